package app.bravo.wall;

import java.util.List;

/** What a feedback import did: notes made (all PENDING), lines skipped as duplicates, and every line with a problem. */
public record FeedbackImportReport(int created, int duplicates, List<FeedbackImportProblem> problems) {

    public FeedbackImportReport {
        problems = List.copyOf(problems);
    }

    /** Lines that made no note because they broke a rule. */
    public long refusedLines() {
        return problems.stream().filter(p -> p.outcome() == FeedbackImportProblem.Outcome.REFUSED)
                .mapToLong(FeedbackImportProblem::line).distinct().count();
    }
}
