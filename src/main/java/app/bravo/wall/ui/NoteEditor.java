package app.bravo.wall.ui;

import app.bravo.people.PeopleService;
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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import app.bravo.shared.ui.DateField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's edit of a note's fields (FeedbackService.edit), credited people and departments
 * included. Someone credited who has left since stays listed (marked as such) until the moderator
 * removes them; only active people can be added.
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
    final MultiSelectComboBox<Credit> creditedPeople = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Credit> creditedDepartments = new MultiSelectComboBox<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Saver saver;
    private final transient PeopleService people;
    private final Consumer<Long> saved;
    private @Nullable NoteView note;
    /** Credited people of the note being edited who are no longer active. */
    private Set<Long> departed = Set.of();

    NoteEditor(Saver saver, PeopleService people, Consumer<Long> saved) {
        this.saver = saver;
        this.people = people;
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
        creditedPeople.setLabel(getTranslation("moderation.field.creditedPeople"));
        creditedPeople.setHelperText(getTranslation("moderation.edit.credited-help"));
        creditedPeople.setItemLabelGenerator(c -> departed.contains(c.id())
                ? getTranslation("moderation.edit.departed", c.name()) : c.name());
        creditedPeople.setSelectedItemsOnTop(true);
        creditedPeople.addClassName("user-text");
        creditedDepartments.setLabel(getTranslation("moderation.field.creditedDepartments"));
        creditedDepartments.setItemLabelGenerator(Credit::name);
        creditedDepartments.setSelectedItemsOnTop(true);
        creditedDepartments.addClassName("user-text");

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(quote, 2);
        form.add(customerName, company, channel, receivedOn, score, scoreType);
        form.add(creditedPeople, 2);
        form.add(creditedDepartments, 2);
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
        Set<Long> creditedIds = n.creditedPeople().stream().map(Credit::id).collect(Collectors.toSet());
        departed = new HashSet<>(creditedIds);
        departed.removeAll(people.activeAmong(creditedIds));
        creditedPeople.setItemsPageable((pageable, filter) -> withSelected(n.creditedPeople(), filter,
                people.search(filter, null, false, pageable).getContent().stream()
                        .map(p -> new Credit(p.id(), p.displayName())).toList(), pageable.getPageNumber() == 0));
        creditedPeople.setValue(new LinkedHashSet<>(n.creditedPeople()));
        List<Credit> departments = new ArrayList<>(people.departments().stream().map(d -> new Credit(d.id(), d.name())).toList());
        n.creditedDepartments().stream().filter(c -> !departments.contains(c)).forEach(departments::add);
        creditedDepartments.setItems(departments);
        creditedDepartments.setValue(new LinkedHashSet<>(n.creditedDepartments()));
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
                creditedPeople.getValue().stream().map(Credit::id).toList(), List.of(),
                creditedDepartments.getValue().stream().map(Credit::id).toList(),
                Arrays.stream(tags.getValue().split("[;,]")).map(String::strip).filter(t -> !t.isEmpty()).toList(), null);
        try {
            saver.save(n.id(), form);
            close();
            saved.accept(n.id());
        } catch (InvalidFeedback e) {
            Map<String, HasValidation> fields = Map.of("quote", quote, "customerName", customerName, "company", company,
                    "channel", channel, "score", score, "scoreType", scoreType, "receivedAt", receivedOn, "tags", tags,
                    "creditedPeople", creditedPeople, "creditedDepartments", creditedDepartments);
            e.problems().forEach(p -> {
                HasValidation field = fields.get(NoteParts.fieldBase(p.field()));
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.messageKey(), p.args()));
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
        for (HasValidation f : List.<HasValidation>of(quote, customerName, company, channel, score, scoreType, receivedOn, tags,
                creditedPeople, creditedDepartments)) {
            f.setInvalid(false);
        }
    }

    /**
     * A page of active people to choose from; the first page also offers those already credited who
     * match the filter, so that a departed person stays selectable (and removable).
     */
    private static List<Credit> withSelected(List<Credit> credited, String filter, List<Credit> found, boolean firstPage) {
        if (!firstPage) {
            return found;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        var all = new LinkedHashSet<Credit>();
        credited.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(f)).forEach(all::add);
        all.addAll(found);
        return List.copyOf(all);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
