package app.bravo.people;

import java.util.List;

/** What a directory import did: people created, changed and left as they were, the bad lines, new departments. */
public record ImportReport(int created, int updated, int unchanged, List<ImportProblem> problems, List<String> newDepartments) {

    public ImportReport {
        problems = List.copyOf(problems);
        newDepartments = List.copyOf(newDepartments);
    }

    /** Lines with at least one problem. */
    public long badLines() {
        return problems.stream().mapToLong(ImportProblem::line).distinct().count();
    }
}
