package app.bravo.recognition.ui;

import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosPerson;
import app.bravo.shared.i18n.Numbers;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** A kudos in a few lines (home card, profile): who to whom, the points, the start of the message. */
class KudosSummary extends Div {

    KudosSummary(KudosItem k) {
        addClassName("kudos-summary");
        String to = k.recipients().stream().map(KudosPerson::name).collect(Collectors.joining(", "));
        var who = new Span(k.giver() == null ? to : getTranslation("kudos.summary.who", k.giver().name(), to));
        who.addClassNames("kudos-summary-who", "user-text");
        who.getElement().setAttribute("dir", "auto");
        add(who);
        if (k.totalPointsEach() > 0) {
            var pts = new Span(getTranslation("kudos.card.points", Numbers.format(k.totalPointsEach(), getLocale())));
            pts.getElement().getThemeList().add("badge contrast");
            add(pts);
        }
        var message = new Paragraph(KudosCard.words(k, this));
        message.addClassNames("kudos-summary-message", "user-text");
        message.getElement().setAttribute("dir", "auto");
        add(message);
    }
}
