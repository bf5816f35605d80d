package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.people.ValueView;
import app.bravo.recognition.AwardOption;
import app.bravo.recognition.BigWinForm;
import app.bravo.recognition.BigWinService;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * "Nominate a big win": colleagues found by name as one types, an award level with its points in
 * the reader's language, the company values it shows, and the words. Problems are shown on the
 * field they concern and nothing typed is lost: the dialog stays open until the nomination is in.
 */
@StyleSheet("styles/bigwins.css")
final class NominateDialog extends Dialog {

    final MultiSelectComboBox<PersonSummary> recipients = new MultiSelectComboBox<>();
    final Select<AwardOption> level = new Select<>();
    final MultiSelectComboBox<ValueView> values = new MultiSelectComboBox<>();
    final TextArea message = new TextArea();
    final Paragraph intro = new Paragraph();
    final Paragraph problems = new Paragraph();
    final Button submit = new Button();
    final Button cancel = new Button();

    private final transient BigWinService bigWins;
    private final transient LongConsumer onNominated;

    NominateDialog(BigWinService bigWins, PeopleService people, Collection<PersonSummary> preselected, LongConsumer onNominated) {
        this.bigWins = bigWins;
        this.onNominated = onNominated;
        addClassName("bigwin-dialog");
        setHeaderTitle(getTranslation("bigwins.nominate.title"));
        setWidth("40rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        intro.setText(getTranslation("bigwins.nominate.intro"));
        intro.addClassName("bigwin-intro");

        recipients.setLabel(getTranslation("bigwins.nominate.recipients"));
        recipients.setPlaceholder(getTranslation("bigwins.nominate.recipients.placeholder"));
        recipients.setHelperText(getTranslation("bigwins.nominate.recipients.help", BigWinService.RECIPIENTS_MAX));
        recipients.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent());
        recipients.setItemLabelGenerator(PersonSummary::displayName);
        recipients.setSelectedItemsOnTop(true);
        recipients.setRequiredIndicatorVisible(true);
        recipients.setWidthFull();
        if (!preselected.isEmpty()) {
            recipients.setValue(preselected);
        }

        var locale = BigWinCard.locale();
        List<AwardOption> levels = bigWins.awardLevels();
        level.setLabel(getTranslation("bigwins.nominate.level"));
        level.setPlaceholder(getTranslation("bigwins.nominate.level.placeholder"));
        level.setItems(levels);
        level.setItemLabelGenerator(a -> a == null ? "" : getTranslation("bigwins.nominate.level.option", a.name(locale), a.points()));
        level.setRequiredIndicatorVisible(true);
        level.setHelperText(getTranslation("bigwins.nominate.level.help"));
        level.setEmptySelectionAllowed(false);

        boolean required = bigWins.valueRequired();
        values.setLabel(getTranslation("bigwins.nominate.values"));
        values.setPlaceholder(getTranslation("bigwins.nominate.values.placeholder"));
        values.setItems(people.values().stream().filter(ValueView::active).toList());
        values.setItemLabelGenerator(v -> v.name(getLocale()));
        values.setRequiredIndicatorVisible(required);
        values.setHelperText(getTranslation(required ? "bigwins.nominate.values.required" : "bigwins.nominate.values.help"));

        message.setLabel(getTranslation("bigwins.nominate.message"));
        message.setPlaceholder(getTranslation("bigwins.nominate.message.placeholder"));
        message.setHelperText(getTranslation("bigwins.nominate.message.help", BigWinService.MESSAGE_MAX));
        message.setMaxLength(BigWinService.MESSAGE_MAX);
        message.setRequiredIndicatorVisible(true);
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.addClassName("user-text");
        message.getElement().setAttribute("dir", "auto");
        message.setMinHeight("8rem");

        problems.addClassName("bigwin-problems");
        problems.setVisible(false);
        problems.getElement().setAttribute("role", "alert");

        var form = new FormLayout(recipients, level, values, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(recipients, 2);
        form.setColspan(message, 2);
        add(intro, problems, form);

        submit.setText(getTranslation("bigwins.nominate.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        cancel.setText(getTranslation("bigwins.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, submit);
    }

    BigWinForm form() {
        return new BigWinForm(
                recipients.getValue().stream().sorted(Comparator.comparing(PersonSummary::displayName)).map(PersonSummary::id).toList(),
                level.getValue() == null ? null : level.getValue().id(),
                values.getValue().stream().map(ValueView::id).sorted().toList(),
                message.getValue());
    }

    void submit() {
        List<HasValidationProperties> fields = List.of(recipients, level, values, message);
        fields.forEach(f -> f.setInvalid(false));
        problems.setVisible(false);
        try {
            long id = bigWins.nominate(form());
            close();
            var n = Notification.show(getTranslation("bigwins.nominate.done"), 5000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onNominated.accept(id);
        } catch (UserError e) {
            String text = getTranslation(e.key(), e.args());
            HasValidationProperties field = fieldOf(e.key());
            if (field == null) {
                problems.setText(text);
                problems.setVisible(true);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
    }

    private @org.jspecify.annotations.Nullable HasValidationProperties fieldOf(String key) {
        if (key.startsWith("bigwins.error.recipient") || key.equals("bigwins.error.self")) {
            return recipients;
        }
        if (key.equals("bigwins.error.award-level")) {
            return level;
        }
        if (key.startsWith("bigwins.error.value")) {
            return values;
        }
        if (key.startsWith("bigwins.error.message") || key.equals("text.error.characters")) {
            return message;
        }
        return null;
    }
}
