package app.bravo.wall.ui;

import app.bravo.shared.UserError;
import app.bravo.wall.Channel;
import app.bravo.wall.Credit;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackRules;
import app.bravo.wall.InvalidFeedback;
import app.bravo.wall.NoteView;
import app.bravo.wall.ScoreType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import app.bravo.shared.ui.DateField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's edit of a note's fields (FeedbackService.edit). Who is credited stays as it is:
 * the dialog carries the credits over unchanged.
 */
final class NoteEditor extends Dialog {

    /** Saves the form for a note; throws the service's UserError when a rule is broken. */
    interface Saver {
        void save(long id, FeedbackForm form);
    }

    final TextArea quote = new TextArea();
    final TextField customerName = new TextField();
    final TextField company = new TextField();
    final Select<Channel> channel = new Select<>();
    final IntegerInput score = new IntegerInput();
    final Select<ScoreType> scoreType = new Select<>();
    final DateField receivedOn = new DateField();
    final TextField tags = new TextField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Saver saver;
    private final Consumer<Long> saved;
    private @Nullable NoteView note;

    NoteEditor(Saver saver, Consumer<Long> saved) {
        this.saver = saver;
        this.saved = saved;
        addClassName("moderation-dialog");
        setHeaderTitle(getTranslation("moderation.edit.title"));
        setWidth("40rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        quote.setLabel(getTranslation("moderation.field.quote"));
        quote.setMaxLength(FeedbackRules.QUOTE_MAX);
        quote.setRequired(true);
        customerName.setLabel(getTranslation("moderation.field.customerName"));
        customerName.setHelperText(getTranslation("moderation.edit.anonymous-help"));
        customerName.setMaxLength(FeedbackRules.NAME_MAX);
        company.setLabel(getTranslation("moderation.field.company"));
        company.setMaxLength(FeedbackRules.COMPANY_MAX);
        channel.setLabel(getTranslation("moderation.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("moderation.channel." + c.name()));
        channel.setRequiredIndicatorVisible(true);
        score.setLabel(getTranslation("moderation.field.score"));
        score.setMin(0);
        score.setMax(10);
        scoreType.setLabel(getTranslation("moderation.field.scoreType"));
        scoreType.setItems(ScoreType.values());
        scoreType.setItemLabelGenerator(t -> t == null ? getTranslation("moderation.score-type.none") : getTranslation("moderation.score-type." + t.name()));
        scoreType.setEmptySelectionAllowed(true);
        scoreType.setEmptySelectionCaption(getTranslation("moderation.score-type.none"));
        receivedOn.setLabel(getTranslation("moderation.field.receivedAt"));
        tags.setLabel(getTranslation("moderation.field.tags"));
        tags.setHelperText(getTranslation("moderation.edit.tags-help", FeedbackRules.TAGS_MAX));
        for (var field : List.of(quote, customerName, company, tags)) {
            field.addClassName("user-text");
        }

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(quote, 2);
        form.add(customerName, company, channel, receivedOn, score, scoreType);
        form.add(tags, 2);
        error.addClassName("moderation-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(form, error);

        save.setText(getTranslation("moderation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("moderation.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void edit(NoteView n) {
        note = n;
        clearErrors();
        quote.setValue(n.quote());
        customerName.setValue(n.customerName() == null ? "" : n.customerName());
        company.setValue(n.company() == null ? "" : n.company());
        channel.setValue(n.channel());
        score.setValue(n.score());
        scoreType.setValue(n.scoreType());
        receivedOn.setValue(n.receivedOn());
        tags.setValue(String.join("; ", n.tags()));
        open();
    }

    private void save() {
        NoteView n = note;
        if (n == null) {
            return;
        }
        clearErrors();
        var form = new FeedbackForm(quote.getValue(), blankToNull(customerName.getValue()), blankToNull(company.getValue()),
                channel.getValue(), score.getValue(), scoreType.getValue(), receivedOn.getValue(),
                n.creditedPeople().stream().map(Credit::id).toList(), List.of(),
                n.creditedDepartments().stream().map(Credit::id).toList(),
                Arrays.stream(tags.getValue().split("[;,]")).map(String::strip).filter(t -> !t.isEmpty()).toList(), null);
        try {
            saver.save(n.id(), form);
            close();
            saved.accept(n.id());
        } catch (InvalidFeedback e) {
            Map<String, HasValidation> fields = Map.of("quote", quote, "customerName", customerName, "company", company,
                    "channel", channel, "score", score, "scoreType", scoreType, "receivedAt", receivedOn, "tags", tags);
            e.problems().forEach(p -> {
                HasValidation field = fields.get(NoteParts.fieldBase(p.field()));
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.key(), p.args()));
                    field.setInvalid(true);
                }
            });
            error.setText(NoteParts.message(this, e));
            error.setVisible(true);
        } catch (UserError e) {
            error.setText(NoteParts.message(this, e));
            error.setVisible(true);
        }
    }

    private void clearErrors() {
        error.setVisible(false);
        for (HasValidation f : List.<HasValidation>of(quote, customerName, company, channel, score, scoreType, receivedOn, tags)) {
            f.setInvalid(false);
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
