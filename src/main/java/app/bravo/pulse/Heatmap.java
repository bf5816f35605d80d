package app.bravo.pulse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A closed round's departments by drivers (issue 14 point 4, DD023): one row per department of the
 * round's locked tree that the respondents' plan shows (top-level and sub-departments, by id), one
 * column per driver of the survey's 1-5 questions. A cell is the average of the department group's
 * 1-5 answers to that driver's questions, to two decimals; null where the cell's own plan (the
 * department's people who answered at least one of them) hides it. 0-10 questions are left out:
 * their scale is another one, and eNPS has its own place.
 */
public record Heatmap(long roundId, int threshold, List<Driver> drivers, List<Row> rows) {

    public Heatmap {
        drivers = List.copyOf(drivers);
        rows = List.copyOf(rows);
    }

    /**
     * One department with its sub-departments, named as the locked tree names it.
     *
     * @param cells one per {@link Heatmap#drivers()}, in that order; null where hidden
     */
    public record Row(long departmentId, @Nullable Long parentId, String name, List<@Nullable Double> cells) {

        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }
}
