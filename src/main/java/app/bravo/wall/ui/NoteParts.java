package app.bravo.wall.ui;

import app.bravo.shared.UserError;
import app.bravo.shared.time.Dates;
import app.bravo.wall.Credit;
import app.bravo.wall.InvalidFeedback;
import app.bravo.wall.NoteView;
import app.bravo.wall.PersonalData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Pieces the moderation cards share: the highlighted quote, the facts of a note, notifications. */
final class NoteParts {

    private NoteParts() {
    }

    /**
     * The quote as text, each finding of personal data in a {@code <mark>}: built from components
     * and the scanner's indices, so the customer's words are never interpreted as HTML.
     */
    static Div highlighted(Component owner, String quote, List<PersonalData> found) {
        var text = new Div();
        text.addClassName("moderation-quote");
        int at = 0;
        for (PersonalData pd : found) {
            if (pd.start() < at || pd.end() > quote.length()) {
                continue; // the scanner never overlaps; a stale index is shown unmarked rather than wrongly
            }
            if (pd.start() > at) {
                text.add(new Span(quote.substring(at, pd.start())));
            }
            var mark = new Mark(quote.substring(pd.start(), pd.end()));
            String kind = owner.getTranslation("moderation.kind." + pd.kind().name());
            mark.addClassNames("pii", "pii-" + pd.kind().name().toLowerCase(java.util.Locale.ROOT));
            mark.getElement().setAttribute("title", kind);
            mark.getElement().setAttribute("data-kind", kind);
            text.add(mark);
            at = pd.end();
        }
        if (at < quote.length()) {
            text.add(new Span(quote.substring(at)));
        }
        return text;
    }

    /** Submitter, customer, company, channel, score, date, credits and tags, each labelled. */
    static Div facts(Component owner, NoteView n, @Nullable Credit submitter, boolean showSubmitter) {
        var facts = new Div();
        facts.addClassName("moderation-facts");
        if (showSubmitter) {
            fact(owner, facts, "moderation.fact.submitter", submitter == null
                    ? owner.getTranslation("moderation.source." + n.source().name()) : submitter.name());
        }
        fact(owner, facts, "moderation.fact.customer",
                n.customerName() == null ? owner.getTranslation("moderation.anonymous") : n.customerName());
        if (n.company() != null) {
            fact(owner, facts, "moderation.fact.company", n.company());
        }
        fact(owner, facts, "moderation.fact.channel", owner.getTranslation("moderation.channel." + n.channel().name()));
        if (n.score() != null && n.scoreType() != null) {
            fact(owner, facts, "moderation.fact.score", owner.getTranslation("moderation.score", n.score(),
                    n.scoreType().max(), n.scoreType().name()));
        }
        fact(owner, facts, "moderation.fact.received", Dates.date(n.receivedOn(), locale()));
        if (!n.creditedPeople().isEmpty()) {
            fact(owner, facts, "moderation.fact.people", names(n.creditedPeople()));
        }
        if (!n.creditedDepartments().isEmpty()) {
            fact(owner, facts, "moderation.fact.departments", names(n.creditedDepartments()));
        }
        if (!n.tags().isEmpty()) {
            fact(owner, facts, "moderation.fact.tags", n.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")));
        }
        return facts;
    }

    private static String names(List<Credit> credits) {
        return credits.stream().map(Credit::name).collect(Collectors.joining(", "));
    }

    private static void fact(Component owner, Div facts, String labelKey, String value) {
        var label = new Span(owner.getTranslation(labelKey));
        label.addClassName("moderation-fact-label");
        var text = new Span(value);
        text.addClassNames("moderation-fact-value", "user-text");
        var fact = new Div(label, text);
        fact.addClassName("moderation-fact");
        facts.add(fact);
    }

    /** The reader's language, for dates (cards are built before they are attached). */
    static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    static void success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void failure(String message) {
        var n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A rule broken, in the reader's language; for invalid feedback, every bad field. */
    static String message(Component owner, UserError e) {
        if (e instanceof InvalidFeedback invalid && !invalid.problems().isEmpty()) {
            return invalid.problems().stream()
                    .map(p -> owner.getTranslation("moderation.field." + fieldBase(p.field())) + ": "
                            + owner.getTranslation(p.messageKey(), p.args()))
                    .collect(Collectors.joining(" "));
        }
        return owner.getTranslation(e.key(), e.args());
    }

    static String fieldBase(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
