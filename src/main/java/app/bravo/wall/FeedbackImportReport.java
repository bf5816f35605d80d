package app.bravo.wall;

import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvReport;
import java.util.List;

/** What a feedback import did: notes made (all PENDING), lines skipped as duplicates, and every line with a problem. */
public record FeedbackImportReport(int created, int duplicates, List<CsvProblem> problems) implements CsvReport {

    public FeedbackImportReport {
        problems = List.copyOf(problems);
    }

    /** Lines that made no note because they broke a rule. */
    public long refusedLines() {
        return CsvProblem.lines(problems, p -> p.outcome() == CsvProblem.Outcome.REFUSED);
    }
}
