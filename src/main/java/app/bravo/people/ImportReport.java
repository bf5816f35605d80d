package app.bravo.people;

import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvReport;
import java.util.List;

/** What a directory import did: people created, changed and left as they were, the bad lines, new departments. */
public record ImportReport(int created, int updated, int unchanged, List<CsvProblem> problems, List<String> newDepartments) implements CsvReport {

    public ImportReport {
        problems = List.copyOf(problems);
        newDepartments = List.copyOf(newDepartments);
    }

    /** Lines with at least one problem. */
    public long badLines() {
        return CsvProblem.lines(problems, p -> true);
    }
}
