package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.PersonDetails;
import app.bravo.people.PersonSummary;
import app.bravo.people.ValueView;
import app.bravo.recognition.KudosForm;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.MyPoints;
import app.bravo.recognition.PointSource;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Give kudos" in one phone screen: colleagues found by name as one types, the message with its
 * counter, the company values (marked required when HR requires one), the points each with what is
 * left to give (and, for managers, the team budget), private or not. A refusal stays in the dialog
 * with everything typed kept; a kudos given closes it and tells the caller its id.
 */
@StyleSheet("styles/kudos.css")
public class GiveKudosDialog extends Dialog {

    final MultiSelectComboBox<PersonSummary> recipients = new MultiSelectComboBox<>();
    final TextArea message = new TextArea();
    final Span counter = new Span();
    final CheckboxGroup<ValueView> values = new CheckboxGroup<>();
    final IntegerInput points = new IntegerInput();
    final RadioButtonGroup<PointSource> source = new RadioButtonGroup<>();
    final Checkbox privateKudos = new Checkbox();
    final Paragraph quote = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button give = new Button();
    final Button cancel = new Button();

    private final transient KudosService kudos;
    private final transient LongConsumer onGiven;
    private final @Nullable String quoted;
    private MyPoints myPoints;

    GiveKudosDialog(KudosService kudos, PeopleService people, long me, Collection<Long> preset, @Nullable String quoted,
                    LongConsumer onGiven) {
        this.kudos = kudos;
        this.onGiven = onGiven;
        this.quoted = quoted == null || quoted.isBlank() ? null : quoted;
        this.myPoints = kudos.myPoints();
        addClassName("kudos-dialog");
        setHeaderTitle(getTranslation("kudos.give.title"));

        recipients.setLabel(getTranslation("kudos.give.recipients"));
        recipients.setPlaceholder(getTranslation("kudos.give.recipients-placeholder"));
        recipients.setRequiredIndicatorVisible(true);
        recipients.setItemLabelGenerator(PersonSummary::displayName);
        recipients.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent().stream()
                .filter(p -> p.id() != me).toList()).setIdentifierProvider(PersonSummary::id);
        recipients.setWidthFull();
        Set<PersonSummary> chosen = new LinkedHashSet<>();
        preset.stream().filter(id -> id != me).distinct().map(people::find).flatMap(java.util.Optional::stream)
                .map(GiveKudosDialog::summary).forEach(chosen::add);
        recipients.setValue(chosen);

        quote.addClassNames("kudos-quote", "user-text");
        quote.getElement().setAttribute("dir", "auto");
        quote.setText(this.quoted == null ? "" : this.quoted);
        quote.setVisible(this.quoted != null);

        message.setLabel(getTranslation("kudos.give.message"));
        message.setPlaceholder(getTranslation("kudos.give.message-placeholder"));
        message.setRequiredIndicatorVisible(true);
        message.setMaxLength(2 * KudosService.MESSAGE_MAX);
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.setWidthFull();
        message.addClassName("user-text");
        message.getElement().setAttribute("dir", "auto");
        message.addValueChangeListener(e -> showCounter());
        counter.addClassName("kudos-counter");
        message.setSuffixComponent(counter);
        showCounter();

        values.setLabel(getTranslation("kudos.give.values"));
        values.setItems(kudos.values());
        values.setItemLabelGenerator(v -> v.name(getLocale()));
        values.addClassName("kudos-values-choice");
        values.setRequiredIndicatorVisible(kudos.valueRequired());

        points.setLabel(getTranslation("kudos.give.points"));
        points.setMin(0);
        points.setValue(0);
        points.setStepButtonsVisible(true);
        source.setLabel(getTranslation("kudos.give.source"));
        source.setItems(PointSource.values());
        source.setItemLabelGenerator(s -> getTranslation("kudos.source." + s.name()));
        source.setValue(PointSource.ALLOWANCE);
        source.setVisible(myPoints.manager());
        source.addValueChangeListener(e -> showLeft());
        showLeft();

        privateKudos.setLabel(getTranslation("kudos.give.private"));
        privateKudos.setTooltipText(getTranslation("kudos.give.private-help"));

        error.addClassName("kudos-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        var pointsRow = new Div(points, source);
        pointsRow.addClassName("kudos-points-row");
        var form = new Div(recipients, quote, message, values, pointsRow, privateKudos, error);
        form.addClassName("kudos-form");
        add(form);

        give.setText(getTranslation("kudos.give.submit"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> submit());
        cancel.setText(getTranslation("kudos.give.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, give);
        // the first thing to do is to name someone: on a phone the keyboard opens on the search
        if (chosen.isEmpty()) {
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    recipients.focus();
                }
            });
        }
    }

    static PersonSummary summary(PersonDetails d) {
        return new PersonSummary(d.id(), d.displayName(), d.email(), d.jobTitle(), d.departmentName(), d.active());
    }

    private void showCounter() {
        String m = message.getValue();
        int used = m.strip().codePointCount(0, m.strip().length());
        counter.setText(Numbers.format(used, getLocale()) + "/" + Numbers.format(KudosService.MESSAGE_MAX, getLocale()));
        counter.setClassName("over", used > KudosService.MESSAGE_MAX);
    }

    private void showLeft() {
        boolean team = source.getValue() == PointSource.TEAM_BUDGET;
        long left = team ? myPoints.teamBudgetLeft() : myPoints.allowanceLeft();
        points.setHelperText(getTranslation(team ? "kudos.give.team-left" : "kudos.give.allowance-left",
                Numbers.format(left, getLocale())));
    }

    /** What the dialog would give now. */
    KudosForm form() {
        List<Long> ids = recipients.getValue().stream().map(PersonSummary::id).toList();
        Set<Long> valueIds = values.getValue().stream().map(ValueView::id).collect(Collectors.toSet());
        Integer p = points.getValue();
        return new KudosForm(ids, message.getValue(), valueIds, p == null ? 0 : p,
                Objects.requireNonNullElse(source.getValue(), PointSource.ALLOWANCE), privateKudos.getValue(), quoted);
    }

    void submit() {
        if (points.isBadInput()) {
            showError(getTranslation("kudos.error.points-negative"));
            return;
        }
        try {
            long id = kudos.give(form());
            close();
            onGiven.accept(id);
        } catch (UserError e) {
            showError(getTranslation(e.key(), e.args()));
            myPoints = kudos.myPoints();
            showLeft();
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
