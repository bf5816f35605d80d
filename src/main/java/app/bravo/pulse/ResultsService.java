package app.bravo.pulse;

import app.bravo.pulse.internal.DisclosureCount;
import app.bravo.pulse.internal.DisclosureDepartment;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.pulse.internal.DisclosurePlan;
import app.bravo.pulse.internal.DisclosureTiming;
import app.bravo.pulse.internal.ResultsStore;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed round's results for one group (issue 14 point 4, DD020), for HR; managers' results for
 * their own departments are not here yet. Every measure gets its own disclosure plan on the round's
 * locked department tree and threshold: the respondents for the response count, and each 1-5 and
 * 0-10 question's answerers for its figures. A group the respondents' plan hides is refused; a
 * question whose plan hides the group has null figures. Free-text comments get a plan of their own
 * per question at the round's comment threshold, and come in a fixed shuffled order. Figures are SQL aggregates over the
 * group's atoms, never answers loaded into Java. eNPS is given for every 0-10 question (the 0-10
 * scale is the eNPS scale, whatever the survey's kind), as {@link QuestionResult#enps()} says.
 * The plans use every {@link TenureBand}: a respondent's band is taken when answering, so it need
 * not be one of the bands the audience was chosen by.
 */
@Service
@PreAuthorize(Roles.IS_HR)
@Transactional(readOnly = true)
public class ResultsService {

    /** The most comments of one question one answer carries. */
    public static final int COMMENTS_MAX = 500;

    private static final List<String> BANDS = Arrays.stream(TenureBand.values()).map(Enum::name).toList();

    private final ResultsStore store;

    ResultsService(ResultsStore store) {
        this.store = store;
    }

    /**
     * @throws UserError {@code pulse.error.unknown-round}, {@code pulse.disclosure.open} while the
     *         round is open, {@code pulse.disclosure.unknown-department},
     *         {@code pulse.disclosure.unknown-band} or {@code pulse.disclosure.hidden}
     */
    public RoundResults results(long roundId, DisclosureGroup group) {
        ResultsStore.RoundFacts round = store.round(roundId).orElseThrow(() -> new UserError("pulse.error.unknown-round"));
        boolean closed = round.status() == RoundStatus.CLOSED;
        List<DisclosureDepartment> tree = store.tree(roundId);
        DisclosurePlan respondents = DisclosurePlan.of(tree, BANDS, closed ? store.respondents(roundId) : List.of(),
                round.threshold());
        long responses = DisclosureTiming.requireFigures(respondents, group, closed);
        Integer rate = group.equals(DisclosureGroup.ALL) && round.audienceSize() > 0
                ? (int) Math.round(100.0 * responses / round.audienceSize()) : null;
        Map<Long, List<DisclosureCount>> answered = store.answered(roundId);
        var questions = new ArrayList<QuestionResult>();
        for (ResultsStore.NumericQuestion q : store.numericQuestions(round.surveyId())) {
            DisclosurePlan plan = DisclosurePlan.of(tree, BANDS, answered.getOrDefault(q.id(), List.of()), round.threshold());
            questions.add(question(roundId, q, plan, group));
        }
        Map<Long, List<DisclosureCount>> commented = store.commented(roundId);
        var comments = new ArrayList<CommentResult>();
        for (ResultsStore.TextQuestion q : store.textQuestions(round.surveyId())) {
            DisclosurePlan plan = DisclosurePlan.of(tree, BANDS, commented.getOrDefault(q.id(), List.of()),
                    round.commentThreshold());
            comments.add(plan.count(group).isEmpty()
                    ? new CommentResult(q.id(), q.position(), q.textEn(), q.textFa(), null, null)
                    : new CommentResult(q.id(), q.position(), q.textEn(), q.textFa(), plan.count(group).getAsLong(),
                            store.comments(roundId, q.id(), group, COMMENTS_MAX)));
        }
        return new RoundResults(roundId, group, round.threshold(), responses, round.audienceSize(), rate, questions,
                comments);
    }

    private QuestionResult question(long roundId, ResultsStore.NumericQuestion q, DisclosurePlan plan, DisclosureGroup group) {
        if (plan.count(group).isEmpty()) {
            return new QuestionResult(q.id(), q.position(), q.type(), q.textEn(), q.textFa(), null, null, null, null);
        }
        long n = plan.count(group).getAsLong();
        Map<Integer, Long> byValue = store.distribution(roundId, q.id(), group);
        var distribution = new ArrayList<Long>();
        for (int v = q.type().min(); v <= q.type().max(); v++) {
            distribution.add(byValue.getOrDefault(v, 0L));
        }
        Integer enps = null;
        if (q.type() == QuestionType.SCALE_10 && n > 0) {
            long promoters = distribution.get(9) + distribution.get(10);
            long detractors = distribution.subList(0, 7).stream().mapToLong(Long::longValue).sum();
            enps = (int) Math.round(100.0 * (promoters - detractors) / n);
        }
        return new QuestionResult(q.id(), q.position(), q.type(), q.textEn(), q.textFa(), n, distribution,
                store.average(roundId, q.id(), group), enps);
    }
}
