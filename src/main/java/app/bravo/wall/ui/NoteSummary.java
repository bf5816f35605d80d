package app.bravo.wall.ui;

import app.bravo.shared.time.Dates;
import app.bravo.wall.NoteView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A note in a short list (home page, profile): the quote as text, who said it and when, and the
 * actions other features add to a published note.
 */
class NoteSummary extends Div {

    final Paragraph quote = new Paragraph();

    NoteSummary(NoteView n, NoteActions noteActions) {
        addClassName("wall-summary");
        quote.setText(n.quote());
        quote.addClassNames("wall-summary-quote", "user-text");
        var who = new Span(n.customerName() == null ? getTranslation("wallui.anonymous") : n.customerName());
        who.addClassName("user-text");
        who.getElement().setAttribute("dir", "auto");
        var line = new Div(who);
        if (n.company() != null) {
            var company = new Span(n.company());
            company.addClassName("user-text");
            company.getElement().setAttribute("dir", "auto");
            line.add(company);
        }
        line.add(new Span(Dates.date(n.receivedOn(), getLocale())));
        line.addClassNames("secondary", "wall-summary-meta");
        add(quote, line);
        noteActions.row(n, "wall-summary-actions").ifPresent(this::add);
    }
}
