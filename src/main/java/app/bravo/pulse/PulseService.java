package app.bravo.pulse;

import app.bravo.pulse.internal.ReplyKeys;
import app.bravo.pulse.internal.RoundStore;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering pulse rounds (issue 14 point 2), for every employee: my open rounds, a round's questions,
 * and one submission per round. A submission writes the participation row (who has answered) and
 * the anonymous response (what was answered, with a random id, the round, the author's department
 * and tenure band, and nothing else) in one transaction: both are kept or neither. The
 * participation's primary key refuses a second submission, even two at once from two screens.
 * Nothing is logged about who answered what.
 * <p>
 * A submission with free text gets a reply key (DD022): returned once, to the author's browser, and
 * stored only as one hash per comment, so that HR's replies reach the author without the server
 * learning who it is ({@link ConversationService}).
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class PulseService {

    /** The most open rounds one list shows; nobody has that many at once. */
    public static final int OPEN_MAX = 50;

    private final RoundStore rounds;
    private final SurveyStore surveys;
    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;

    PulseService(RoundStore rounds, SurveyStore surveys, CurrentUser currentUser, CompanyCalendar calendar) {
        this.rounds = rounds;
        this.surveys = surveys;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** The open rounds the signed-in person is asked and has not answered, soonest to close first. */
    public List<OpenRound> myOpenRounds() {
        return rounds.openFor(me(), calendar.now(), OPEN_MAX);
    }

    /**
     * The round's questions for the signed-in person to answer; {@code answered} tells whether they have.
     *
     * @throws UserError {@code pulse.error.no-round} (no such round, or not asked of this person),
     *                   {@code pulse.error.round-closed}
     */
    public AnswerSheet sheet(long roundId) {
        RoundStore.RoundRow r = askable(roundId);
        return new AnswerSheet(r.id(), r.nameEn(), r.nameFa(), r.closesAt(), r.threshold(), r.commentThreshold(),
                rounds.answered(roundId, me()), surveys.questions(r.surveyId()));
    }

    /**
     * Submits the signed-in person's answers to a round, once.
     *
     * @throws UserError {@code pulse.error.no-round}, {@code pulse.error.round-closed},
     *                   {@code pulse.error.already-answered}, {@code pulse.error.required} (with the
     *                   question's position), {@code pulse.error.out-of-range} (position, min, max),
     *                   {@code pulse.error.bad-choice} (position), {@code pulse.error.one-choice} (position),
     *                   {@code pulse.error.text-too-long} (position, limit), {@code pulse.error.unknown-question}
     * @return the reply key when the answers hold free text: shown once, never stored or logged
     */
    @Transactional
    public Submitted submit(long roundId, List<GivenAnswer> answers) {
        long me = me();
        RoundStore.RoundRow r = askable(roundId);
        List<RoundStore.Typed> checked = checked(surveys.questions(r.surveyId()), answers);
        try {
            rounds.participate(roundId, me);
        } catch (DuplicateKeyException e) {
            throw new UserError("pulse.error.already-answered");
        }
        String key = checked.stream().anyMatch(RoundStore.Typed::text) ? ReplyKeys.newKey() : null;
        rounds.submit(roundId, rounds.grouping(me, calendar.today()), checked,
                key == null ? null : ReplyKeys.parse(key).orElseThrow());
        return new Submitted(key);
    }

    private RoundStore.RoundRow askable(long roundId) {
        RoundStore.RoundRow r = rounds.round(roundId).orElseThrow(() -> new UserError("pulse.error.no-round"));
        if (!rounds.inAudience(roundId, me())) {
            throw new UserError("pulse.error.no-round");
        }
        if (r.status() != RoundStatus.OPEN || !calendar.now().isBefore(r.closesAt()) || calendar.now().isBefore(r.opensAt())) {
            throw new UserError("pulse.error.round-closed");
        }
        return r;
    }

    /** Each answer checked against its question's type; required questions answered; empty answers dropped. */
    static List<RoundStore.Typed> checked(List<Question> questions, List<GivenAnswer> answers) {
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, q -> q));
        Map<Long, GivenAnswer> given = new HashMap<>();
        for (GivenAnswer a : answers) {
            if (!byId.containsKey(a.questionId())) {
                throw new UserError("pulse.error.unknown-question");
            }
            if (!a.empty()) {
                given.put(a.questionId(), a);
            }
        }
        List<RoundStore.Typed> out = new ArrayList<>();
        for (Question q : questions) {
            GivenAnswer a = given.get(q.id());
            if (a == null) {
                if (q.required()) {
                    throw new UserError("pulse.error.required", q.position());
                }
                continue;
            }
            out.add(new RoundStore.Typed(valid(q, a), q.type() == QuestionType.TEXT));
        }
        return out;
    }

    private static GivenAnswer valid(Question q, GivenAnswer a) {
        switch (q.type()) {
            case AGREE_5, SCALE_10 -> {
                if (a.value() == null || !a.choiceIds().isEmpty() || a.text() != null
                        || a.value() < q.type().min() || a.value() > q.type().max()) {
                    throw new UserError("pulse.error.out-of-range", q.position(), q.type().min(), q.type().max());
                }
                return new GivenAnswer(q.id(), a.value(), Set.of(), null);
            }
            case SINGLE, MULTI -> {
                Set<Long> offered = q.choices().stream().map(Choice::id).collect(Collectors.toSet());
                if (a.value() != null || a.text() != null || !offered.containsAll(a.choiceIds())) {
                    throw new UserError("pulse.error.bad-choice", q.position());
                }
                if (q.type() == QuestionType.SINGLE && a.choiceIds().size() != 1) {
                    throw new UserError("pulse.error.one-choice", q.position());
                }
                return new GivenAnswer(q.id(), null, a.choiceIds(), null);
            }
            default -> {
                String text = a.text() == null ? "" : a.text().strip();
                if (a.value() != null || !a.choiceIds().isEmpty() || text.isEmpty()) {
                    throw new UserError("pulse.error.required", q.position());
                }
                if (text.codePointCount(0, text.length()) > GivenAnswer.TEXT_MAX) {
                    throw new UserError("pulse.error.text-too-long", q.position(), GivenAnswer.TEXT_MAX);
                }
                return new GivenAnswer(q.id(), null, Set.of(), text);
            }
        }
    }

    private long me() {
        return currentUser.require().personId();
    }
}
