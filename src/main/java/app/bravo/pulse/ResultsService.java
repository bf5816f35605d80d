package app.bravo.pulse;

import app.bravo.pulse.internal.DisclosureCount;
import app.bravo.pulse.internal.DisclosureDepartment;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.pulse.internal.DisclosurePlan;
import app.bravo.pulse.internal.DisclosureTiming;
import app.bravo.pulse.internal.ResultsStore;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.UserError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed round's results for one group (issue 14 point 4, DD020), for HR, and for a manager their
 * own department's; trends across rounds and the heatmap of departments by drivers for HR; and, once
 * HR publishes a round, its company-wide and own-department results for every employee (DD023). Every measure gets its own disclosure plan on the round's
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

    /** The most published rounds {@link #publishedRounds()} lists. */
    public static final int PUBLISHED_MAX = 100;

    private static final String HR_OR_MANAGER = "hasAnyRole('" + Roles.HR + "','" + Roles.MANAGER + "')";

    private final ResultsStore store;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final CompanyCalendar calendar;

    ResultsService(ResultsStore store, CurrentUser currentUser, AuditService audit, CompanyCalendar calendar) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * Publishes a closed round's results to every employee, once (DD023): a conditional update, so
     * two HR people at once publish it once; audited.
     *
     * @throws UserError {@code pulse.error.unknown-round}, {@code pulse.disclosure.open} while open,
     *         {@code pulse.results.already-published}
     */
    @Transactional
    public void publish(long roundId) {
        ResultsStore.RoundFacts round = store.round(roundId).orElseThrow(() -> new UserError("pulse.error.unknown-round"));
        if (round.status() != RoundStatus.CLOSED) {
            throw new UserError("pulse.disclosure.open");
        }
        if (!store.publish(roundId, currentUser.require().personId(), calendar.now())) {
            throw new UserError("pulse.results.already-published");
        }
        ResultsStore.PublishedRoundRow row = store.publishedRound(roundId).orElseThrow();
        audit.record(AuditAction.RESULTS_PUBLISHED, "pulse-round", roundId, AuditMessage.of("audit.msg.results-published")
                .subject(row.nameEn()).date("closeDate", row.closeDate()));
    }

    /** The published rounds, newest publication first, at most {@value #PUBLISHED_MAX}. */
    @PreAuthorize(Roles.IS_EMPLOYEE)
    public List<PublishedRound> publishedRounds() {
        return store.publishedRounds(PUBLISHED_MAX).stream()
                .map(r -> new PublishedRound(r.roundId(), r.surveyId(), r.nameEn(), r.nameFa(), r.closeDate(), r.publishedOn()))
                .toList();
    }

    /**
     * A published round's results for any employee (DD023): the company's and the caller's own
     * current department's (with its sub-departments, as the round's locked tree has them), each
     * through the same plans as HR's view, and null where the plan hides it.
     *
     * @throws UserError {@code pulse.error.unknown-round}, {@code pulse.results.not-published}
     */
    @PreAuthorize(Roles.IS_EMPLOYEE)
    public PublishedResults publishedResults(long roundId) {
        ResultsStore.RoundFacts round = store.round(roundId).orElseThrow(() -> new UserError("pulse.error.unknown-round"));
        if (!round.published()) {
            throw new UserError("pulse.results.not-published");
        }
        List<DisclosureDepartment> tree = store.tree(roundId);
        DisclosurePlan respondents = DisclosurePlan.of(tree, BANDS, store.respondents(roundId), round.threshold());
        Long own = store.departmentOf(currentUser.require().personId());
        Long inTree = own != null && tree.stream().anyMatch(d -> d.id() == own) ? own : null;
        RoundResults company = shown(round, tree, respondents, DisclosureGroup.ALL);
        RoundResults department = inTree == null ? null : shown(round, tree, respondents, DisclosureGroup.department(inTree));
        return new PublishedResults(roundId, company, inTree, department);
    }

    private @Nullable RoundResults shown(ResultsStore.RoundFacts round, List<DisclosureDepartment> tree, DisclosurePlan respondents,
                                         DisclosureGroup group) {
        OptionalLong count = respondents.count(group);
        return count.isEmpty() ? null : figures(round, tree, group, count.getAsLong());
    }

    /**
     * @throws UserError {@code pulse.error.unknown-round}, {@code pulse.disclosure.open} while the
     *         round is open, {@code pulse.disclosure.unknown-department},
     *         {@code pulse.disclosure.unknown-band} or {@code pulse.disclosure.hidden}
     */
    @PreAuthorize(HR_OR_MANAGER)
    public RoundResults results(long roundId, DisclosureGroup group) {
        ResultsStore.RoundFacts round = store.round(roundId).orElseThrow(() -> new UserError("pulse.error.unknown-round"));
        boolean closed = round.status() == RoundStatus.CLOSED;
        List<DisclosureDepartment> tree = store.tree(roundId);
        if (!currentUser.require().has(Role.HR)) {
            requireManaged(roundId, group);
        }
        DisclosurePlan respondents = DisclosurePlan.of(tree, BANDS, closed ? store.respondents(roundId) : List.of(),
                round.threshold());
        long responses = DisclosureTiming.requireFigures(respondents, group, closed);
        return figures(round, tree, group, responses);
    }

    /**
     * A manager reads only a department they manage, with its sub-departments as the round's locked
     * tree has them (DD023): their own current department.
     */
    private void requireManaged(long roundId, DisclosureGroup group) {
        Long own = store.departmentOf(currentUser.require().personId());
        if (own == null || group.departmentId() == null || !store.inSubtree(roundId, own, group.departmentId())) {
            throw new UserError("pulse.results.not-your-department");
        }
    }

    /** The figures of a group the respondents' plan shows, with that plan's count. */
    private RoundResults figures(ResultsStore.RoundFacts round, List<DisclosureDepartment> tree, DisclosureGroup group,
                                 long responses) {
        long roundId = round.id();
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
        Map<Long, List<DisclosureCount>> chose = store.chose(roundId);
        Map<Long, List<ResultsStore.ChoiceText>> choices = store.choices(round.surveyId());
        var choiceQuestions = new ArrayList<ChoiceResult>();
        for (ResultsStore.ChoiceQuestion q : store.choiceQuestions(round.surveyId())) {
            DisclosurePlan plan = DisclosurePlan.of(tree, BANDS, chose.getOrDefault(q.id(), List.of()), round.threshold());
            if (plan.count(group).isEmpty()) {
                choiceQuestions.add(new ChoiceResult(q.id(), q.position(), q.type(), q.textEn(), q.textFa(), null, null));
                continue;
            }
            Map<Long, Long> counts = store.choiceCounts(roundId, q.id(), group);
            choiceQuestions.add(new ChoiceResult(q.id(), q.position(), q.type(), q.textEn(), q.textFa(),
                    plan.count(group).getAsLong(), choices.getOrDefault(q.id(), List.of()).stream()
                            .map(c -> new ChoiceResult.ChoiceCount(c.id(), c.textEn(), c.textFa(), counts.getOrDefault(c.id(), 0L)))
                            .toList()));
        }
        return new RoundResults(roundId, group, round.threshold(), responses, round.audienceSize(), rate, questions,
                comments, choiceQuestions);
    }

    /**
     * The survey's closed rounds for one group, by close date: per round the response count and each
     * 1-5 and 0-10 question's average and eNPS, each planned as {@link #results} plans it on that
     * round's locked tree and threshold, and null where that plan hides the group (or the round's
     * tree has no such department).
     *
     * @throws UserError {@code pulse.error.no-survey}
     */
    public SurveyTrend trend(long surveyId, DisclosureGroup group) {
        if (!store.surveyExists(surveyId)) {
            throw new UserError("pulse.error.no-survey");
        }
        List<ResultsStore.NumericQuestion> numeric = store.numericQuestions(surveyId);
        Long enpsQuestion = numeric.stream().filter(q -> q.type() == QuestionType.SCALE_10).map(ResultsStore.NumericQuestion::id)
                .findFirst().orElse(null);
        var points = new ArrayList<SurveyTrend.Point>();
        for (ResultsStore.ClosedRound r : store.closedRounds(surveyId)) {
            ResultsStore.RoundFacts round = store.round(r.id()).orElseThrow();
            List<DisclosureDepartment> tree = store.tree(r.id());
            OptionalLong responses = DisclosurePlan.of(tree, BANDS, store.respondents(r.id()), round.threshold()).count(group);
            Map<Long, List<DisclosureCount>> answered = store.answered(r.id());
            var values = new ArrayList<SurveyTrend.Value>();
            Integer enps = null;
            for (ResultsStore.NumericQuestion q : numeric) {
                QuestionResult result = question(r.id(), q,
                        DisclosurePlan.of(tree, BANDS, answered.getOrDefault(q.id(), List.of()), round.threshold()), group);
                values.add(new SurveyTrend.Value(q.id(), result.average(), result.enps()));
                if (enpsQuestion != null && q.id() == enpsQuestion) {
                    enps = result.enps();
                }
            }
            points.add(new SurveyTrend.Point(r.id(), r.closeDate(), responses.isPresent() ? responses.getAsLong() : null,
                    enps, values));
        }
        return new SurveyTrend(surveyId, enpsQuestion, points);
    }

    /**
     * A closed round's heatmap of departments by drivers (DD023): rows for the departments the
     * respondents' plan shows, cells planned per driver on the people who answered that driver's 1-5
     * questions.
     *
     * @throws UserError {@code pulse.error.unknown-round}, {@code pulse.disclosure.open}
     */
    public Heatmap heatmap(long roundId) {
        ResultsStore.RoundFacts round = store.round(roundId).orElseThrow(() -> new UserError("pulse.error.unknown-round"));
        if (round.status() != RoundStatus.CLOSED) {
            throw new UserError("pulse.disclosure.open");
        }
        List<DisclosureDepartment> tree = store.tree(roundId);
        DisclosurePlan respondents = DisclosurePlan.of(tree, BANDS, store.respondents(roundId), round.threshold());
        List<Driver> drivers = store.agreeDrivers(round.surveyId());
        Map<Driver, List<DisclosureCount>> answerers = store.drivenAnswerers(roundId);
        var plans = new EnumMap<Driver, DisclosurePlan>(Driver.class);
        for (Driver d : drivers) {
            plans.put(d, DisclosurePlan.of(tree, BANDS, answerers.getOrDefault(d, List.of()), round.threshold()));
        }
        var rows = new ArrayList<Heatmap.Row>();
        for (ResultsStore.TreeNode node : store.treeNodes(roundId)) {
            DisclosureGroup group = DisclosureGroup.department(node.id());
            if (!respondents.shows(group)) {
                continue;
            }
            Map<Driver, Double> averages = drivers.stream().anyMatch(d -> plans.get(d).shows(group))
                    ? store.driverAverages(roundId, group) : Map.of();
            var cells = new ArrayList<@Nullable Double>();
            for (Driver d : drivers) {
                cells.add(plans.get(d).shows(group) ? averages.get(d) : null);
            }
            rows.add(new Heatmap.Row(node.id(), node.parentId(), node.name(), cells));
        }
        return new Heatmap(roundId, round.threshold(), drivers, rows);
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
