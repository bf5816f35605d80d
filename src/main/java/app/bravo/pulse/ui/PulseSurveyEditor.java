package app.bravo.pulse.ui;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.pulse.Audience;
import app.bravo.pulse.ChoiceForm;
import app.bravo.pulse.ClosedRoundService;
import app.bravo.pulse.Driver;
import app.bravo.pulse.JourneyStage;
import app.bravo.pulse.Question;
import app.bravo.pulse.QuestionForm;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.Recurrence;
import app.bravo.pulse.Schedule;
import app.bravo.pulse.SurveyDetails;
import app.bravo.pulse.SurveyForm;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyService;
import app.bravo.pulse.TenureBand;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.DateField;
import app.bravo.shared.ui.ErrorBanner;
import app.bravo.shared.ui.IntegerInput;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code /pulse/manage/{surveyId}}, for HR: one survey's names, thresholds, questions (added, edited,
 * removed, moved), audience and schedule, and a preview of the sheet as an employee sees it. A
 * locked survey (a round has opened) is shown read-only with a note saying why. Every refusal of
 * {@link SurveyService} is shown in the banner at the top.
 */
@StyleSheet("assets/admin.css")
@StyleSheet("styles/pulse.css")
@Route("pulse/manage/:surveyId")
@RolesAllowed(Roles.HR)
public class PulseSurveyEditor extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SURVEY = "surveyId";

    private final SurveyService surveys;
    private final PeopleService people;
    private final ClosedRoundService closedRounds;
    final H2 title = new H2();
    /** To the results page, shown once a round has closed. */
    final RouterLink results = new RouterLink();
    final ErrorBanner error = new ErrorBanner();
    final Paragraph lockedNote = new Paragraph();
    final TextField nameEn = new TextField();
    final TextField nameFa = new TextField();
    final Select<SurveyKind> kind = new Select<>();
    final IntegerInput threshold = new IntegerInput();
    final IntegerInput commentThreshold = new IntegerInput();
    final Button saveDetails = new Button();
    final Div questions = new Div();
    /** The edit, up, down and remove buttons of each question row, by question id. */
    final Map<Long, QuestionRow> rows = new LinkedHashMap<>();
    final Button addQuestion = new Button();
    final QuestionDialog questionDialog = new QuestionDialog();
    final CheckboxGroup<DepartmentNode> departments = new CheckboxGroup<>();
    final CheckboxGroup<TenureBand> bands = new CheckboxGroup<>();
    final Paragraph audienceNote = new Paragraph();
    final Button saveAudience = new Button();
    final DateField opensOn = new DateField();
    final DateField closesOn = new DateField();
    final Select<Recurrence> recurrence = new Select<>();
    final Paragraph scheduleNote = new Paragraph();
    final Button schedule = new Button();
    final Button unschedule = new Button();
    final Button preview = new Button();
    final Dialog previewDialog = new Dialog();
    final SheetQuestions previewSheet = new SheetQuestions();
    final Paragraph previewAnonymity = new Paragraph();
    private final List<Component> editable = new ArrayList<>();
    private long surveyId;
    private @Nullable SurveyDetails survey;

    PulseSurveyEditor(SurveyService surveys, PeopleService people, ClosedRoundService closedRounds) {
        this.surveys = surveys;
        this.people = people;
        this.closedRounds = closedRounds;
        addClassNames("view", "pulse-editor");
        lockedNote.addClassName("pulse-locked-note");
        lockedNote.setText(getTranslation("pulse.editor.locked"));
        var back = new RouterLink(getTranslation("pulse.editor.back"), PulseManageView.class);
        back.addClassName("pulse-back");
        preview.setText(getTranslation("pulse.editor.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(e -> showPreview());
        results.setText(getTranslation("pulse.manage.results"));
        results.addClassName("pulse-results-link");
        results.setVisible(false);
        Div headButtons = new Div(results, preview);
        headButtons.addClassName("pulse-buttons");
        Div head = new Div(title, headButtons);
        head.addClassName("pulse-editor-head");
        add(back, head, lockedNote, error, detailsSection(), questionsSection(), audienceSection(), scheduleSection());
        buildPreview();
    }

    // ---- sections ----

    private Section section(String key, Component... content) {
        Section s = new Section();
        s.addClassNames("card", "pulse-editor-section");
        s.add(new H3(getTranslation(key)));
        s.add(content);
        return s;
    }

    /** The English and Persian name fields of a survey, each written in its own direction. */
    static void nameFields(TextField en, TextField fa) {
        en.setLabel(en.getTranslation("pulse.editor.name-en"));
        en.setMaxLength(SurveyForm.NAME_MAX);
        en.getElement().setAttribute("dir", "ltr");
        fa.setLabel(fa.getTranslation("pulse.editor.name-fa"));
        fa.setMaxLength(SurveyForm.NAME_MAX);
        fa.getElement().setAttribute("dir", "rtl");
    }

    private Section detailsSection() {
        nameFields(nameEn, nameFa);
        kind.setLabel(getTranslation("pulse.editor.kind"));
        kind.setItems(SurveyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pulse.kind." + k.name()));
        threshold.setLabel(getTranslation("pulse.editor.threshold"));
        threshold.setHelperText(getTranslation("pulse.editor.threshold-help", SurveyForm.THRESHOLD_MIN));
        commentThreshold.setLabel(getTranslation("pulse.editor.comment-threshold"));
        commentThreshold.setHelperText(getTranslation("pulse.editor.comment-threshold-help"));
        saveDetails.setText(getTranslation("pulse.editor.save"));
        saveDetails.addThemeVariants(ButtonVariant.PRIMARY);
        saveDetails.addClickListener(e -> run(() -> surveys.update(surveyId, new SurveyForm(nameEn.getValue(), nameFa.getValue(),
                kind.getValue(), number(threshold), number(commentThreshold))), "pulse.editor.saved"));
        Div fields = new Div(nameEn, nameFa, kind, threshold, commentThreshold);
        fields.addClassName("pulse-fields");
        editable.addAll(List.of(nameEn, nameFa, kind, threshold, commentThreshold, saveDetails));
        return section("pulse.editor.details", fields, saveDetails);
    }

    private Section questionsSection() {
        questions.addClassName("pulse-editor-questions");
        addQuestion.setText(getTranslation("pulse.editor.add-question"));
        addQuestion.setIcon(VaadinIcon.PLUS.create());
        addQuestion.addClickListener(e -> questionDialog.edit(null));
        editable.add(addQuestion);
        return section("pulse.editor.questions", questions, addQuestion);
    }

    private Section audienceSection() {
        departments.setLabel(getTranslation("pulse.editor.departments"));
        departments.setItemLabelGenerator(d -> Bidi.isolate(d.name()));
        departments.addClassName("pulse-departments");
        bands.setLabel(getTranslation("pulse.editor.bands"));
        bands.setItems(TenureBand.values());
        bands.setItemLabelGenerator(b -> getTranslation("pulse.band." + b.name()));
        audienceNote.setText(getTranslation("pulse.editor.audience-note"));
        audienceNote.addClassName("pulse-hint");
        saveAudience.setText(getTranslation("pulse.editor.save-audience"));
        saveAudience.addClickListener(e -> run(() -> surveys.setAudience(surveyId, new Audience(
                departments.getValue().stream().map(DepartmentNode::id).collect(Collectors.toSet()), bands.getValue())),
                "pulse.editor.audience-saved"));
        editable.addAll(List.of(departments, bands, saveAudience));
        return section("pulse.editor.audience", audienceNote, departments, bands, saveAudience);
    }

    private Section scheduleSection() {
        opensOn.setLabel(getTranslation("pulse.editor.opens-on"));
        closesOn.setLabel(getTranslation("pulse.editor.closes-on"));
        closesOn.setHelperText(getTranslation("pulse.editor.closes-on-help"));
        recurrence.setLabel(getTranslation("pulse.editor.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("pulse.recurrence." + r.name()));
        recurrence.setValue(Recurrence.NONE);
        scheduleNote.addClassName("pulse-hint");
        schedule.setText(getTranslation("pulse.editor.schedule"));
        schedule.addThemeVariants(ButtonVariant.PRIMARY);
        schedule.addClickListener(e -> {
            if (opensOn.getValue() == null) {
                error.show(getTranslation(opensOn.isBadInput() ? "pulse.editor.bad-date" : "pulse.editor.opens-required"));
                return;
            }
            if (closesOn.isBadInput()) {
                error.show(getTranslation("pulse.editor.bad-date"));
                return;
            }
            run(() -> surveys.schedule(surveyId, new Schedule(opensOn.getValue(), closesOn.getValue(), recurrence.getValue())),
                    "pulse.editor.scheduled");
        });
        unschedule.setText(getTranslation("pulse.editor.unschedule"));
        unschedule.addClickListener(e -> run(() -> surveys.unschedule(surveyId), "pulse.editor.unscheduled"));
        Div fields = new Div(opensOn, closesOn, recurrence);
        fields.addClassName("pulse-fields");
        Div buttons = new Div(schedule, unschedule);
        buttons.addClassName("pulse-buttons");
        editable.addAll(List.of(opensOn, closesOn, recurrence, schedule, unschedule));
        return section("pulse.editor.schedule-title", scheduleNote, fields, buttons);
    }

    private void buildPreview() {
        previewDialog.addClassName("pulse-preview");
        previewDialog.add(new Paragraph(getTranslation("pulse.editor.preview-note")), previewAnonymity, previewSheet);
        previewDialog.getFooter().add(new Button(getTranslation("pulse.manage.cancel"), e -> previewDialog.close()));
    }

    // ---- showing ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            surveyId = Long.parseLong(event.getRouteParameters().get(SURVEY).orElse(""));
            reload();
        } catch (NumberFormatException | UserError e) {
            title.setText(getTranslation("pulse.editor.unavailable"));
            error.show(getTranslation(e instanceof UserError u ? u.key() : "pulse.error.no-survey"));
            getChildren().filter(Section.class::isInstance).forEach(c -> c.setVisible(false));
            preview.setVisible(false);
            results.setVisible(false);
            lockedNote.setVisible(false);
        }
    }

    private boolean persian() {
        return Language.of(getLocale()) == Language.PERSIAN;
    }

    private void reload() {
        SurveyDetails s = surveys.survey(surveyId);
        survey = s;
        title.setText(Bidi.isolate(persian() ? s.form().nameFa() : s.form().nameEn()));
        lockedNote.setVisible(s.locked());
        boolean closed = s.locked() && !closedRounds.closedRounds(surveyId).isEmpty();
        results.setVisible(closed);
        if (closed) {
            results.setRoute(PulseResultsView.class, PulseResultsView.route(surveyId));
        }
        editable.forEach(c -> c.getElement().setEnabled(!s.locked()));
        nameEn.setValue(s.form().nameEn());
        nameFa.setValue(s.form().nameFa());
        kind.setValue(s.form().kind());
        threshold.setValue(s.form().anonymityThreshold());
        commentThreshold.setValue(s.form().commentThreshold());
        rows.clear();
        questions.removeAll();
        for (Question q : s.questions()) {
            QuestionRow row = new QuestionRow(q, s.questions().size(), s.locked());
            rows.put(q.id(), row);
            questions.add(row);
        }
        if (s.questions().isEmpty()) {
            questions.add(new Paragraph(getTranslation("pulse.editor.no-questions")));
        }
        List<DepartmentNode> all = people.departments();
        departments.setItems(all);
        departments.setValue(all.stream().filter(d -> s.audience().departmentIds().contains(d.id())).collect(Collectors.toSet()));
        bands.setValue(s.audience().tenureBands());
        Schedule sc = s.schedule();
        opensOn.setValue(sc == null ? null : sc.opensOn());
        closesOn.setValue(sc == null ? null : sc.closesOn());
        recurrence.setValue(sc == null ? Recurrence.NONE : sc.recurrence());
        scheduleNote.setText(getTranslation("pulse.status." + s.status().name()) + " · "
                + getTranslation("pulse.editor.schedule-note"));
        unschedule.setVisible(sc != null);
    }

    private void showPreview() {
        run(() -> {
            var sheet = surveys.preview(surveyId);
            previewDialog.setHeaderTitle(Bidi.isolate(sheet.name(persian())));
            previewAnonymity.setText(getTranslation("pulse.answer.anonymity", sheet.anonymityThreshold(), sheet.commentThreshold()));
            previewSheet.show(sheet);
            previewDialog.open();
        }, null);
    }

    /** Runs a change of the service; on success reloads and says so, on refusal shows the service's message. */
    boolean run(Runnable change, @Nullable String doneKey) {
        try {
            change.run();
            error.clear();
            if (doneKey != null) {
                reload();
                var n = Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (UserError e) {
            error.show(getTranslation(e.key(), e.args()));
            return false;
        }
    }

    private static int number(IntegerInput field) {
        Integer v = field.getValue();
        return v == null ? 0 : v;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.pulse.manage"));
    }

    /** One question in the list: its position, text, type and tags, and its buttons. */
    final class QuestionRow extends Div {

        final Button edit = new Button(VaadinIcon.EDIT.create());
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        QuestionRow(Question q, int count, boolean locked) {
            addClassName("pulse-editor-question");
            boolean fa = persian();
            Span number = new Span(String.format(getLocale(), "%d", q.position()));
            number.addClassName("pulse-question-number");
            Div text = new Div(new Paragraph(Bidi.isolate(q.text(fa))));
            List<String> tags = new ArrayList<>();
            tags.add(getTranslation("pulse.type." + q.type().name()));
            tags.add(getTranslation(q.required() ? "pulse.editor.required" : "pulse.editor.optional"));
            if (q.driver() != null) {
                tags.add(getTranslation("pulse.driver." + q.driver().name()));
            }
            if (q.stage() != null) {
                tags.add(getTranslation("pulse.stage." + q.stage().name()));
            }
            Paragraph facts = new Paragraph(String.join(" · ", tags));
            facts.addClassName("pulse-question-facts");
            text.add(facts);
            text.addClassName("pulse-question-text");
            edit.setAriaLabel(getTranslation("pulse.editor.edit"));
            edit.addClickListener(e -> questionDialog.edit(q));
            up.setAriaLabel(getTranslation("pulse.editor.up"));
            up.setEnabled(q.position() > 1);
            up.addClickListener(e -> run(() -> surveys.moveQuestion(q.id(), q.position() - 1), "pulse.editor.moved"));
            down.setAriaLabel(getTranslation("pulse.editor.down"));
            down.setEnabled(q.position() < count);
            down.addClickListener(e -> run(() -> surveys.moveQuestion(q.id(), q.position() + 1), "pulse.editor.moved"));
            remove.setAriaLabel(getTranslation("pulse.editor.remove"));
            remove.addThemeVariants(ButtonVariant.ERROR);
            remove.addClickListener(e -> run(() -> surveys.removeQuestion(q.id()), "pulse.editor.removed"));
            Div buttons = new Div(edit, up, down, remove);
            buttons.addClassName("pulse-question-buttons");
            buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.TERTIARY));
            buttons.setVisible(!locked);
            add(number, text, buttons);
        }
    }

    /** Adds or edits one question: type, both texts, required, driver, journey stage and, for choices, one per line. */
    final class QuestionDialog extends Dialog {

        final Select<QuestionType> type = new Select<>();
        final TextArea textEn = new TextArea();
        final TextArea textFa = new TextArea();
        final Checkbox required = new Checkbox();
        final Select<Driver> driver = new Select<>();
        final Select<JourneyStage> stage = new Select<>();
        final TextArea choicesEn = new TextArea();
        final TextArea choicesFa = new TextArea();
        final ErrorBanner problem = new ErrorBanner();
        final Button save = new Button();
        private @Nullable Long questionId;

        QuestionDialog() {
            addClassName("pulse-question-dialog");
            type.setLabel(getTranslation("pulse.editor.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation("pulse.type." + t.name()));
            type.addValueChangeListener(e -> showChoices());
            textEn.setLabel(getTranslation("pulse.editor.text-en"));
            textEn.setMaxLength(QuestionForm.TEXT_MAX);
            textEn.getElement().setAttribute("dir", "ltr");
            textFa.setLabel(getTranslation("pulse.editor.text-fa"));
            textFa.setMaxLength(QuestionForm.TEXT_MAX);
            textFa.getElement().setAttribute("dir", "rtl");
            required.setLabel(getTranslation("pulse.editor.required"));
            driver.setLabel(getTranslation("pulse.editor.driver"));
            driver.setItems(Arrays.asList(Driver.values()));
            driver.setEmptySelectionAllowed(true);
            driver.setEmptySelectionCaption(getTranslation("pulse.editor.none"));
            driver.setItemLabelGenerator(d -> d == null ? getTranslation("pulse.editor.none") : getTranslation("pulse.driver." + d.name()));
            stage.setLabel(getTranslation("pulse.editor.stage"));
            stage.setItems(Arrays.asList(JourneyStage.values()));
            stage.setEmptySelectionAllowed(true);
            stage.setEmptySelectionCaption(getTranslation("pulse.editor.none"));
            stage.setItemLabelGenerator(s -> s == null ? getTranslation("pulse.editor.none") : getTranslation("pulse.stage." + s.name()));
            choicesEn.setLabel(getTranslation("pulse.editor.choices-en"));
            choicesEn.getElement().setAttribute("dir", "ltr");
            choicesFa.setLabel(getTranslation("pulse.editor.choices-fa"));
            choicesFa.getElement().setAttribute("dir", "rtl");
            choicesEn.setHelperText(getTranslation("pulse.editor.choices-help"));
            for (var f : List.of(textEn, textFa, choicesEn, choicesFa)) {
                f.setWidthFull();
            }
            Div tags = new Div(type, driver, stage);
            tags.addClassName("pulse-fields");
            Div choiceFields = new Div(choicesEn, choicesFa);
            choiceFields.addClassName("pulse-fields");
            add(problem, tags, textEn, textFa, required, choiceFields);
            save.setText(getTranslation("pulse.editor.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("pulse.manage.cancel"), e -> close()), save);
        }

        void edit(@Nullable Question q) {
            questionId = q == null ? null : q.id();
            setHeaderTitle(getTranslation(q == null ? "pulse.editor.add-question" : "pulse.editor.edit"));
            QuestionForm f = q == null ? new QuestionForm(QuestionType.AGREE_5, "", "", true, null, null, List.of()) : q.form();
            type.setValue(f.type());
            textEn.setValue(f.textEn());
            textFa.setValue(f.textFa());
            required.setValue(f.required());
            driver.setValue(f.driver());
            stage.setValue(f.stage());
            choicesEn.setValue(f.choices().stream().map(ChoiceForm::textEn).collect(Collectors.joining("\n")));
            choicesFa.setValue(f.choices().stream().map(ChoiceForm::textFa).collect(Collectors.joining("\n")));
            problem.clear();
            showChoices();
            open();
        }

        private void showChoices() {
            boolean choices = type.getValue() != null && type.getValue().hasChoices();
            choicesEn.getParent().ifPresent(p -> p.setVisible(choices));
        }

        private static List<String> lines(String text) {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        void save() {
            List<ChoiceForm> choices = List.of();
            if (type.getValue().hasChoices()) {
                List<String> en = lines(choicesEn.getValue());
                List<String> fa = lines(choicesFa.getValue());
                if (en.size() != fa.size()) {
                    problem.show(getTranslation("pulse.editor.choices-mismatch", en.size(), fa.size()));
                    return;
                }
                List<ChoiceForm> both = new ArrayList<>();
                for (int i = 0; i < en.size(); i++) {
                    both.add(new ChoiceForm(en.get(i), fa.get(i)));
                }
                choices = both;
            }
            QuestionForm form = new QuestionForm(type.getValue(), textEn.getValue(), textFa.getValue(), required.getValue(),
                    driver.getValue(), stage.getValue(), choices);
            Long id = questionId;
            try {
                if (id == null) {
                    surveys.addQuestion(surveyId, form);
                } else {
                    surveys.updateQuestion(id, form);
                }
                close();
                run(() -> { }, id == null ? "pulse.editor.question-added" : "pulse.editor.question-saved");
            } catch (UserError e) {
                problem.show(getTranslation(e.key(), e.args()));
            }
        }
    }
}
