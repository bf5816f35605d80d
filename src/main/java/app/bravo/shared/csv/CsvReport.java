package app.bravo.shared.csv;

import java.util.List;

/** What an import did, as far as every import page shows it: the lines with a problem, in line order. */
public interface CsvReport {

    List<CsvProblem> problems();
}
