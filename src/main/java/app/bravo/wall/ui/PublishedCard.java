package app.bravo.wall.ui;

import app.bravo.shared.time.Dates;
import app.bravo.wall.NoteView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;

/** A published note, with what a moderator may still do to it: edit or take it off the wall. */
final class PublishedCard extends Article {

    final NoteView note;
    final Paragraph quote = new Paragraph();
    final Button edit = new Button();
    final Button archive = new Button();

    PublishedCard(NoteView note, ZoneId zone) {
        this.note = note;
        addClassNames("moderation-card", "moderation-published");
        quote.setText(note.quote());
        quote.addClassNames("moderation-quote", "user-text");
        var when = new Span(note.publishedAt() == null ? ""
                : getTranslation("moderation.published-at", Dates.dateTime(note.publishedAt(), NoteParts.locale(), zone)));
        when.addClassName("moderation-when");
        if (note.redacted()) {
            var redacted = new Span(getTranslation("moderation.redacted"));
            redacted.getElement().getThemeList().add("badge small");
            when.add(new Span(" "), redacted);
        }
        edit.setText(getTranslation("moderation.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        archive.setText(getTranslation("moderation.archive"));
        archive.setIcon(VaadinIcon.ARCHIVE.create());
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(edit, archive);
        actions.addClassName("moderation-actions");
        add(when, quote, NoteParts.facts(this, note, null, false), actions);
    }

    long id() {
        return note.id();
    }
}
