package app.bravo.shared.csv;

/** Told how far an import has come: {@code done} of {@code total} lines. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
