package app.bravo.pulse;

import app.bravo.pulse.internal.ClosedRoundStore;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the results page offers to choose from, for HR: a survey's closed rounds, and the departments
 * of a round's locked tree to filter by. It gives no figures: those come from {@link ResultsService},
 * behind its disclosure plans, which also refuses a department here whose group is too small;
 * {@link #results} names the group by department and band for views, which do not reach the
 * disclosure engine's own types.
 */
@Service
@PreAuthorize(Roles.IS_HR)
@Transactional(readOnly = true)
public class ClosedRoundService {

    /** The most rounds the picker lists: a weekly survey's four years. */
    public static final int ROUNDS_MAX = 200;

    private final ClosedRoundStore store;
    private final ResultsService results;

    ClosedRoundService(ClosedRoundStore store, ResultsService results) {
        this.store = store;
        this.results = results;
    }

    /** The survey's closed rounds, newest first (at most {@link #ROUNDS_MAX}). */
    public List<ResultRound> closedRounds(long surveyId) {
        return store.closed(surveyId, ROUNDS_MAX);
    }

    /** The departments of the round's tree as it was at close, in tree order; empty for a round not yet closed. */
    public List<RoundDepartment> departments(long roundId) {
        return store.departments(roundId);
    }

    /**
     * {@link ResultsService#results} for the group of this department (with its sub-departments; null:
     * the whole company) and this band (null: every band).
     *
     * @throws app.bravo.shared.UserError as {@link ResultsService#results} does
     */
    public RoundResults results(long roundId, @Nullable Long departmentId, @Nullable TenureBand band) {
        return results.results(roundId, new DisclosureGroup(departmentId, band == null ? null : band.name()));
    }
}
