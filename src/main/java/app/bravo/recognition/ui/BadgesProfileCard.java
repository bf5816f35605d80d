package app.bravo.recognition.ui;

import app.bravo.recognition.Badge;
import app.bravo.recognition.BadgeKind;
import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.RecognitionTotals;
import app.bravo.recognition.ValueCount;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.ui.ProfileCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.List;
import java.util.Optional;

/**
 * "Recognition" on a profile: how many kudos the person received and gave, their badges (an
 * emoji and a name, the description as a tooltip) and the company values they are recognised for
 * most; absent when they have none of these.
 */
@org.springframework.stereotype.Component
class BadgesProfileCard implements ProfileCard {

    static final int VALUES_SHOWN = 5;

    private final LeaderboardService leaderboards;

    BadgesProfileCard(LeaderboardService leaderboards) {
        this.leaderboards = leaderboards;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create(long personId) {
        RecognitionTotals totals = leaderboards.totals(personId);
        if (totals.received() == 0 && totals.given() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Card(totals, leaderboards.badges(personId), leaderboards.values(personId, VALUES_SHOWN)));
    }

    static String emoji(BadgeKind kind) {
        return switch (kind) {
            case FIRST_KUDOS -> "\uD83C\uDF31";     // seedling
            case TEN_KUDOS -> "\u2B50";             // star
            case FIFTY_KUDOS -> "\uD83C\uDF1F";     // glowing star
            case GENEROUS_GIVER -> "\uD83C\uDF81";  // gift
            case VALUE_CHAMPION -> "\uD83C\uDFC6";  // trophy
            case BIG_WIN -> "\uD83D\uDE80";         // rocket
        };
    }

    @StyleSheet("styles/leaderboards.css")
    static class Card extends Section {

        final Paragraph totals = new Paragraph();
        final UnorderedList badges = new UnorderedList();
        final UnorderedList values = new UnorderedList();

        Card(RecognitionTotals t, List<Badge> earned, List<ValueCount> recognisedFor) {
            addClassNames("card", "recognition-profile");
            add(new H3(getTranslation("leaderboards.badges.title")));
            totals.setText(getTranslation("leaderboards.badges.totals",
                    Numbers.format(t.received(), getLocale()), Numbers.format(t.given(), getLocale())));
            totals.addClassName("recognition-totals");
            add(totals);
            if (!earned.isEmpty()) {
                badges.addClassName("recognition-badges");
                earned.forEach(b -> badges.add(badge(b)));
                add(new H4(getTranslation("leaderboards.badges.badges")), badges);
            }
            if (!recognisedFor.isEmpty()) {
                values.addClassName("recognition-values");
                for (ValueCount v : recognisedFor) {
                    var item = new ListItem(getTranslation("leaderboards.badges.value-count", v.name(),
                            Numbers.format(v.kudos(), getLocale())));
                    item.getElement().setAttribute("dir", "auto");
                    values.add(item);
                }
                add(new H4(getTranslation("leaderboards.badges.values")), values);
            }
        }

        private ListItem badge(Badge b) {
            String key = "leaderboards.badge." + b.kind().name();
            String month = b.month() == null ? "" : MonthLabels.label(b.month(), getLocale());
            String value = b.valueName() == null ? "" : b.valueName();
            String name = getTranslation(key + ".name", value);
            String description = getTranslation(key + ".description", value, month, Numbers.format(b.kudos(), getLocale()));
            var icon = new Span(emoji(b.kind()));
            icon.addClassName("recognition-badge-icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            var label = new Span(name);
            label.getElement().setAttribute("dir", "auto");
            var item = new ListItem(icon, label);
            item.addClassName("recognition-badge");
            item.getElement().setAttribute("aria-description", description);
            item.getElement().setAttribute("tabindex", "0");
            Tooltip.forComponent(item).setText(description);
            if (b.month() != null) {
                var when = new Span(month);
                when.addClassName("secondary");
                item.add(when);
            }
            return item;
        }
    }
}
