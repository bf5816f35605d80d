package app.bravo.pulse;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.pulse.internal.TemplateLibrary;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.TextRules;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building and scheduling pulse surveys (issue 14 point 1), for HR: from scratch or from a shipped
 * template; questions added, edited, removed and reordered; the audience and the schedule; a
 * preview as an employee sees it. Once a round of a survey has opened, the survey is locked: its
 * questions, thresholds, audience and schedule stay as the round copied them, so that nobody can
 * lower the threshold or change the groups between two looks at the results. Every change takes the
 * survey's row lock first, as the rounds job does before opening a round, so the two never cross.
 * Every change is in the audit log.
 */
@Service
@PreAuthorize(Roles.IS_HR)
@Transactional(readOnly = true)
public class SurveyService {

    public static final int PAGE_MAX = 100;

    private final SurveyStore store;
    private final TemplateLibrary templates;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;

    SurveyService(SurveyStore store, TemplateLibrary templates, AuditService audit, CurrentUser currentUser,
                  CompanyCalendar calendar) {
        this.store = store;
        this.templates = templates;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** The shipped templates, in their order. */
    public List<SurveyTemplate> templates() {
        return templates.all();
    }

    /** Surveys, newest first, before the one with id {@code beforeId}. */
    public List<SurveySummary> surveys(@Nullable Long beforeId, int size) {
        return store.page(beforeId, Math.clamp(size, 1, PAGE_MAX));
    }

    /** @throws UserError {@code pulse.error.no-survey} */
    public SurveyDetails survey(long id) {
        return store.details(id).orElseThrow(() -> new UserError("pulse.error.no-survey"));
    }

    /** A new draft survey with no questions, for everyone; returns its id. */
    @Transactional
    public long create(SurveyForm form) {
        SurveyForm f = checked(form);
        long id = store.create(f, null, currentUser.require().personId(), calendar.now());
        audit.record(AuditAction.SURVEY_CREATED, "pulse-survey", id, AuditMessage.of("audit.msg.survey-created")
                .subject(f.nameEn()).text("nameFa", f.nameFa()));
        return id;
    }

    /**
     * A new draft survey copied from a template, with its questions, the default thresholds and
     * everyone as its audience; returns its id.
     *
     * @throws UserError {@code pulse.error.no-template}
     */
    @Transactional
    public long createFromTemplate(String templateKey) {
        SurveyTemplate t = templates.find(templateKey).orElseThrow(() -> new UserError("pulse.error.no-template"));
        SurveyForm f = checked(SurveyForm.of(t.nameEn(), t.nameFa(), t.kind()));
        long id = store.create(f, t.key(), currentUser.require().personId(), calendar.now());
        for (QuestionForm q : t.questions()) {
            store.addQuestion(id, checked(q));
        }
        audit.record(AuditAction.SURVEY_CREATED, "pulse-survey", id, AuditMessage.of("audit.msg.survey-from-template")
                .subject(f.nameEn()).text("nameFa", f.nameFa()).text("template", t.key()));
        return id;
    }

    /** Changes the names, kind and thresholds. @throws UserError {@code pulse.error.locked} once a round opened */
    @Transactional
    public void update(long id, SurveyForm form) {
        SurveyForm f = checked(form);
        lockEditable(id);
        store.update(id, f);
        audit.record(AuditAction.SURVEY_UPDATED, "pulse-survey", id, AuditMessage.of("audit.msg.survey-updated")
                .subject(f.nameEn()).text("threshold", f.anonymityThreshold()).text("commentThreshold", f.commentThreshold()));
    }

    /** Adds a question at the end; returns its id. */
    @Transactional
    public long addQuestion(long surveyId, QuestionForm question) {
        QuestionForm q = checked(question);
        lockEditable(surveyId);
        long id = store.addQuestion(surveyId, q);
        auditQuestion(surveyId, "audit.msg.survey-question-added", q.textEn());
        return id;
    }

    @Transactional
    public void updateQuestion(long questionId, QuestionForm question) {
        QuestionForm q = checked(question);
        long survey = surveyOfQuestion(questionId);
        lockEditable(survey);
        store.updateQuestion(questionId, q);
        auditQuestion(survey, "audit.msg.survey-question-edited", q.textEn());
    }

    @Transactional
    public void removeQuestion(long questionId) {
        long survey = surveyOfQuestion(questionId);
        lockEditable(survey);
        store.removeQuestion(survey, questionId);
        auditQuestion(survey, "audit.msg.survey-question-removed", String.valueOf(questionId));
    }

    /** Puts a question at this position (1 first; beyond the end means last). */
    @Transactional
    public void moveQuestion(long questionId, int position) {
        long survey = surveyOfQuestion(questionId);
        lockEditable(survey);
        store.moveQuestion(survey, questionId, position);
        auditQuestion(survey, "audit.msg.survey-question-moved", String.valueOf(questionId));
    }

    /** @throws UserError {@code pulse.error.no-department} for a department that does not exist */
    @Transactional
    public void setAudience(long surveyId, Audience audience) {
        if (store.existingDepartments(audience.departmentIds()) != audience.departmentIds().size()) {
            throw new UserError("pulse.error.no-department");
        }
        lockEditable(surveyId);
        store.setAudience(surveyId, audience);
        audit.record(AuditAction.SURVEY_UPDATED, "pulse-survey", surveyId, AuditMessage.of("audit.msg.survey-audience")
                .subject(name(surveyId)).text("departments", audience.departmentIds().size())
                .text("bands", audience.tenureBands().size()));
    }

    /**
     * Schedules the survey: its rounds open and close by themselves from {@code opensOn} on.
     *
     * @throws UserError {@code pulse.error.no-questions}, {@code pulse.error.close-required} (a one-off
     *                   needs a close date), {@code pulse.error.close-before-open},
     *                   {@code pulse.error.opens-in-past}, {@code pulse.error.locked}
     */
    @Transactional
    public void schedule(long surveyId, Schedule schedule) {
        if (schedule.recurrence() == Recurrence.NONE && schedule.closesOn() == null) {
            throw new UserError("pulse.error.close-required");
        }
        if (schedule.closesOn() != null && !schedule.closesOn().isAfter(schedule.opensOn())) {
            throw new UserError("pulse.error.close-before-open");
        }
        if (schedule.opensOn().isBefore(calendar.today())) {
            throw new UserError("pulse.error.opens-in-past");
        }
        lockEditable(surveyId);
        if (store.questionCount(surveyId) == 0) {
            throw new UserError("pulse.error.no-questions");
        }
        store.schedule(surveyId, schedule);
        audit.record(AuditAction.SURVEY_SCHEDULED, "pulse-survey", surveyId, AuditMessage.of("audit.msg.survey-scheduled")
                .subject(name(surveyId)).date("opensOn", schedule.opensOn())
                .text("recurrence", schedule.recurrence().name()));
    }

    /** Back to a draft, as long as no round has opened. */
    @Transactional
    public void unschedule(long surveyId) {
        lockEditable(surveyId);
        store.schedule(surveyId, null);
        audit.record(AuditAction.SURVEY_SCHEDULED, "pulse-survey", surveyId, AuditMessage.of("audit.msg.survey-unscheduled")
                .subject(name(surveyId)));
    }

    /** The survey as an employee will see it to answer, with no round behind it. */
    public AnswerSheet preview(long surveyId) {
        SurveyDetails s = survey(surveyId);
        return new AnswerSheet(null, s.form().nameEn(), s.form().nameFa(), null, s.form().anonymityThreshold(),
                s.form().commentThreshold(), false, s.questions());
    }

    // ---- rules ----

    private void lockEditable(long surveyId) {
        if (store.lock(surveyId).isEmpty()) {
            throw new UserError("pulse.error.no-survey");
        }
        if (store.hasRounds(surveyId)) {
            throw new UserError("pulse.error.locked");
        }
    }

    private long surveyOfQuestion(long questionId) {
        return store.surveyOfQuestion(questionId).orElseThrow(() -> new UserError("pulse.error.no-question"));
    }

    private String name(long surveyId) {
        return store.details(surveyId).map(d -> d.form().nameEn()).orElse("");
    }

    private void auditQuestion(long surveyId, String key, String what) {
        audit.record(AuditAction.SURVEY_UPDATED, "pulse-survey", surveyId, AuditMessage.of(key)
                .subject(name(surveyId)).text("question", what));
    }

    /**
     * The form checked and stripped.
     *
     * @throws UserError {@code pulse.error.name-en.required}, {@code pulse.error.name-fa.required} (and
     *                   {@code .too-long}), {@code pulse.error.threshold-too-low},
     *                   {@code pulse.error.comment-threshold-too-low}, {@code pulse.error.threshold-too-high}
     */
    static SurveyForm checked(SurveyForm f) {
        String en = TextRules.check(f.nameEn(), true, SurveyForm.NAME_MAX, "pulse.error.name-en");
        String fa = TextRules.check(f.nameFa(), true, SurveyForm.NAME_MAX, "pulse.error.name-fa");
        if (f.anonymityThreshold() < SurveyForm.THRESHOLD_MIN) {
            throw new UserError("pulse.error.threshold-too-low", SurveyForm.THRESHOLD_MIN);
        }
        if (f.commentThreshold() < f.anonymityThreshold()) {
            throw new UserError("pulse.error.comment-threshold-too-low", f.anonymityThreshold());
        }
        if (f.commentThreshold() > SurveyForm.THRESHOLD_MAX) {
            throw new UserError("pulse.error.threshold-too-high", SurveyForm.THRESHOLD_MAX);
        }
        return new SurveyForm(en, fa, f.kind(), f.anonymityThreshold(), f.commentThreshold());
    }

    /**
     * @throws UserError {@code pulse.error.question-en.required}, {@code pulse.error.question-fa.required},
     *                   {@code pulse.error.choice-en.required}, {@code pulse.error.choice-fa.required} (and
     *                   {@code .too-long}), {@code pulse.error.too-few-choices}, {@code pulse.error.too-many-choices},
     *                   {@code pulse.error.choices-not-allowed}
     */
    static QuestionForm checked(QuestionForm q) {
        String en = TextRules.check(q.textEn(), true, QuestionForm.TEXT_MAX, "pulse.error.question-en");
        String fa = TextRules.check(q.textFa(), true, QuestionForm.TEXT_MAX, "pulse.error.question-fa");
        List<ChoiceForm> choices = q.choices().stream()
                .map(c -> new ChoiceForm(TextRules.check(c.textEn(), true, QuestionForm.CHOICE_MAX, "pulse.error.choice-en"),
                        TextRules.check(c.textFa(), true, QuestionForm.CHOICE_MAX, "pulse.error.choice-fa")))
                .toList();
        if (q.type().hasChoices() && choices.size() < 2) {
            throw new UserError("pulse.error.too-few-choices");
        }
        if (choices.size() > QuestionForm.CHOICES_MAX) {
            throw new UserError("pulse.error.too-many-choices", QuestionForm.CHOICES_MAX);
        }
        if (!q.type().hasChoices() && !choices.isEmpty()) {
            throw new UserError("pulse.error.choices-not-allowed");
        }
        return new QuestionForm(q.type(), en, fa, q.required(), q.driver(), q.stage(), choices);
    }
}
