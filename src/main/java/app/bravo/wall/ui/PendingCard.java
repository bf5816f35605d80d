package app.bravo.wall.ui;

import app.bravo.wall.FeedbackRules;
import app.bravo.wall.PendingNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One note in the queue: its quote with the personal data marked, beside it the text to publish
 * (the proposed redaction, which the moderator may edit), the facts, and the actions.
 */
final class PendingCard extends Article {

    final PendingNote pending;
    final Div quote;
    final TextArea proposal = new TextArea();
    final Paragraph found = new Paragraph();
    final Button approve = new Button();
    /** Publishes the customer's words as written, ignoring the box: offered when personal data was found. */
    final Button approveUnchanged = new Button();
    final Button useProposal = new Button();
    final Button edit = new Button();
    final Button reject = new Button();
    final Button archive = new Button();

    PendingCard(PendingNote pending) {
        this.pending = pending;
        var note = pending.note();
        addClassNames("moderation-card", "moderation-pending");
        getElement().setAttribute("aria-labelledby", "note-" + note.id() + "-title");

        var title = new H3(getTranslation("moderation.card.title", note.id()));
        title.setId("note-" + note.id() + "-title");
        title.addClassName("moderation-card-title");
        var source = new Span(getTranslation("moderation.source." + note.source().name()));
        source.getElement().getThemeList().add("badge contrast small");
        var header = new Div(title, source);
        header.addClassName("moderation-card-header");

        quote = NoteParts.highlighted(this, note.quote(), pending.personalData());
        quote.addClassName("user-text");
        var original = new Div(label("moderation.original"), quote);
        original.addClassName("moderation-original");

        boolean anything = !pending.personalData().isEmpty();
        found.setText(anything ? getTranslation("moderation.found", pending.personalData().size(), kinds())
                : getTranslation("moderation.found.none"));
        found.addClassNames("moderation-found", anything ? "moderation-found-some" : "moderation-found-none");

        proposal.setLabel(getTranslation(anything ? "moderation.proposal" : "moderation.proposal.none"));
        proposal.setHelperText(getTranslation("moderation.proposal.help"));
        proposal.setValue(pending.proposedQuote());
        proposal.setMaxLength(FeedbackRules.QUOTE_MAX);
        proposal.setValueChangeMode(ValueChangeMode.EAGER);
        proposal.addClassNames("moderation-proposal", "user-text");
        proposal.setWidthFull();

        useProposal.setText(getTranslation("moderation.use-proposal"));
        useProposal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        useProposal.addClickListener(e -> proposal.setValue(pending.proposedQuote()));
        useProposal.setVisible(false);
        proposal.addValueChangeListener(e -> {
            useProposal.setVisible(!e.getValue().equals(pending.proposedQuote()));
            approve.setText(getTranslation(approveKey()));
            approveUnchanged.setVisible(offerUnchanged());
        });
        var redaction = new Div(proposal, useProposal);
        redaction.addClassName("moderation-redaction");

        var sideBySide = new Div(original, redaction);
        sideBySide.addClassName("moderation-compare");

        approve.setText(getTranslation(approveKey()));
        approve.setIcon(VaadinIcon.CHECK.create());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("approve");
        approveUnchanged.setText(getTranslation("moderation.approve.unchanged"));
        approveUnchanged.setTooltipText(getTranslation("moderation.approve.unchanged.help"));
        approveUnchanged.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
        approveUnchanged.setVisible(offerUnchanged());
        edit.setText(getTranslation("moderation.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        reject.setText(getTranslation("moderation.reject"));
        reject.setIcon(VaadinIcon.BAN.create());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.setText(getTranslation("moderation.archive"));
        archive.setIcon(VaadinIcon.ARCHIVE.create());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(approve, approveUnchanged, edit, reject, archive);
        actions.addClassName("moderation-actions");

        add(header, found, sideBySide, NoteParts.facts(this, note, pending.submittedBy(), true), actions);
    }

    long id() {
        return pending.note().id();
    }

    /** What approve publishes: the text as it stands in the box. */
    String textToPublish() {
        return proposal.getValue();
    }

    /** Personal data was found and the box differs from what the customer wrote (else approve already publishes it as is). */
    private boolean offerUnchanged() {
        return !pending.personalData().isEmpty() && !proposal.getValue().equals(pending.note().quote());
    }

    private String approveKey() {
        String text = proposal.getValue();
        if (text.equals(pending.note().quote())) {
            return "moderation.approve";
        }
        return text.equals(pending.proposedQuote()) ? "moderation.approve.proposal" : "moderation.approve.edited";
    }

    private String kinds() {
        return pending.personalData().stream().map(p -> p.kind()).distinct()
                .map(k -> getTranslation("moderation.kind." + k.name()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Span label(String key) {
        var s = new Span(getTranslation(key));
        s.addClassName("moderation-label");
        return s;
    }
}
