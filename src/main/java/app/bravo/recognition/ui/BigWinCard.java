package app.bravo.recognition.ui;

import app.bravo.recognition.BigWin;
import app.bravo.recognition.BigWinStatus;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One big win: the award and its points, whom it celebrates, the words, the values, who nominated
 * it and when; for a nominator also where it stands and the decider's note. Every text people typed
 * is shown as text, in its own direction.
 */
final class BigWinCard extends Article {

    final BigWin win;
    final H3 people = new H3();
    final Span award = new Span();
    final Paragraph message = new Paragraph();
    final Paragraph values = new Paragraph();
    final Paragraph byline = new Paragraph();
    final Span status = new Span();
    final Paragraph outcome = new Paragraph();
    final Paragraph note = new Paragraph();
    final Div actions = new Div();

    BigWinCard(BigWin win, Map<Long, String> valueNames, boolean showStatus) {
        this.win = win;
        addClassNames("bigwin-card", "bigwin-" + win.status().name().toLowerCase(Locale.ROOT));
        Locale locale = locale();
        String headingId = "bigwin-" + win.id() + "-people";
        getElement().setAttribute("aria-labelledby", headingId);

        award.setText(getTranslation("bigwins.card.award", win.awardName(locale), win.points()));
        award.getElement().getThemeList().add("badge success");
        award.addClassName("bigwin-award");
        var header = new Div(award);
        header.addClassName("bigwin-card-header");
        if (showStatus) {
            status.setText(getTranslation("bigwins.status." + win.status().name()));
            status.getElement().getThemeList().add(switch (win.status()) {
                case PENDING -> "badge";
                case PUBLISHED -> "badge success primary";
                case DECLINED -> "badge error";
            });
            status.addClassName("bigwin-status");
            header.add(status);
        }

        people.setText(win.recipients().stream().map(r -> Bidi.isolate(r.name())).collect(Collectors.joining(
                getTranslation("bigwins.list.separator"))));
        people.setId(headingId);
        people.addClassNames("bigwin-people", "user-text");

        message.setText(win.message());
        message.addClassNames("bigwin-message", "user-text");
        message.getElement().setAttribute("dir", "auto");

        String valueText = win.valueIds().stream().map(valueNames::get).filter(Objects::nonNull)
                .map(Bidi::isolate).collect(Collectors.joining(getTranslation("bigwins.list.separator")));
        values.setText(valueText.isEmpty() ? "" : getTranslation("bigwins.card.values", valueText));
        values.setVisible(!valueText.isEmpty());
        values.addClassName("bigwin-values");

        byline.setText(getTranslation("bigwins.card.byline", Bidi.isolate(win.nominator().name()),
                Dates.dateTime(win.createdAt(), locale, UserSettings.zone())));
        byline.addClassName("bigwin-byline");

        add(header, people, message, values, byline);

        if (showStatus) {
            outcome.addClassName("bigwin-outcome");
            String decided = win.decidedAt() == null ? "" : Dates.dateTime(win.decidedAt(), locale, UserSettings.zone());
            String decider = win.decidedBy() == null ? "" : Bidi.isolate(win.decidedBy().name());
            outcome.setText(switch (win.status()) {
                case PENDING -> win.withHr() ? getTranslation("bigwins.outcome.PENDING.hr")
                        : getTranslation("bigwins.outcome.PENDING.manager", Bidi.isolate(Objects.requireNonNull(win.approver()).name()));
                case PUBLISHED -> getTranslation("bigwins.outcome.PUBLISHED", decider, decided);
                case DECLINED -> getTranslation("bigwins.outcome.DECLINED", decider, decided);
            });
            add(outcome);
        } else if (win.status() == BigWinStatus.PENDING) {
            outcome.addClassName("bigwin-outcome");
            outcome.setText(win.withHr() ? getTranslation("bigwins.queue.routed.hr")
                    : getTranslation("bigwins.queue.routed.you"));
            add(outcome);
        }
        if (win.decisionNote() != null) {
            var label = new Span(getTranslation("bigwins.card.note"));
            label.addClassName("bigwin-label");
            note.setText(win.decisionNote());
            note.addClassNames("bigwin-note", "user-text");
            note.getElement().setAttribute("dir", "auto");
            add(label, note);
        }
        actions.addClassName("bigwin-actions");
        add(actions);
    }

    /** The reader's language (cards are built before they are attached). */
    static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
