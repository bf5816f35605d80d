package app.bravo.wall.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.security.Roles;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.Submission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.ScrollPosition;

/**
 * "My submissions": every note the signed-in person shared, newest first, with what became of it
 * (waiting, published, rejected with the moderator's reason, archived), a keyset page at a time.
 */
@Route("wall/mine")
@Menu(title = "nav.my-submissions", icon = "vaadin:paperplane", order = 10.5)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/moderation.css")
public class MySubmissionsView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final RouterLink toWall = new RouterLink();
    final Button more = new Button();
    /** The cards on screen by note id, newest first. */
    final Map<Long, Article> cards = new LinkedHashMap<>();

    private final transient FeedbackService feedback;
    private ScrollPosition next = ScrollPosition.keyset();

    MySubmissionsView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassNames("view", "moderation-view", "mine-view");
        var intro = new Paragraph(getTranslation("mine.intro"));
        intro.addClassName("moderation-intro");
        toWall.setText(getTranslation("mine.to-wall"));
        toWall.setRoute(WallView.class);
        empty.setText(getTranslation("mine.empty"));
        empty.addClassName("moderation-empty");
        list.addClassName("moderation-list");
        more.setText(getTranslation("mine.more"));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(e -> load());
        add(new H2(getTranslation("mine.title")), new Div(intro, toWall), empty, list, more);
        load();
    }

    Optional<Article> card(long id) {
        return Optional.ofNullable(cards.get(id));
    }

    private void load() {
        var window = feedback.mySubmissions(next, PAGE_SIZE);
        window.forEach(s -> {
            var card = card(s);
            cards.put(s.id(), card);
            list.add(card);
        });
        if (!window.isEmpty()) {
            next = window.positionAt(window.size() - 1);
        }
        more.setVisible(window.hasNext());
        empty.setVisible(cards.isEmpty());
    }

    private Article card(Submission s) {
        var status = new Span(getTranslation("mine.status." + s.status().name()));
        status.getElement().getThemeList().add(switch (s.status()) {
            case PENDING -> "badge";
            case PUBLISHED -> "badge success";
            case REJECTED -> "badge error";
            case ARCHIVED -> "badge contrast";
        });
        status.addClassName("mine-status");
        var when = new Span(getTranslation("mine.submitted-at", Dates.dateTime(s.submittedAt(), getLocale(), UserSettings.zone())));
        when.addClassName("moderation-when");
        var header = new Div(status, when);
        header.addClassName("moderation-card-header");

        var quote = new Paragraph(s.quote());
        quote.addClassNames("moderation-quote", "user-text");
        var card = new Article(header, quote);
        card.addClassNames("moderation-card", "mine-card", "mine-" + s.status().name().toLowerCase(java.util.Locale.ROOT));

        var outcome = new Paragraph();
        outcome.addClassName("mine-outcome");
        String decided = s.decidedAt() == null ? "" : Dates.dateTime(s.decidedAt(), getLocale(), UserSettings.zone());
        outcome.setText(switch (s.status()) {
            case PENDING -> getTranslation("mine.outcome.PENDING");
            case PUBLISHED -> getTranslation("mine.outcome.PUBLISHED", decided);
            case REJECTED -> getTranslation("mine.outcome.REJECTED", decided);
            case ARCHIVED -> getTranslation("mine.outcome.ARCHIVED", decided);
        });
        card.add(outcome);
        if (s.status() == FeedbackStatus.REJECTED && s.rejectReason() != null) {
            var reason = new Paragraph(s.rejectReason());
            reason.addClassNames("moderation-quote", "user-text", "mine-reason");
            var label = new Span(getTranslation("mine.reason"));
            label.addClassName("moderation-label");
            card.add(label, reason);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.my-submissions"));
    }
}
