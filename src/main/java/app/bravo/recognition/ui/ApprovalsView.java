package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.recognition.BigWin;
import app.bravo.recognition.BigWinCursor;
import app.bravo.recognition.BigWinQueueChanged;
import app.bravo.recognition.BigWinService;
import app.bravo.recognition.BigWinSlice;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * The approvals queue of managers and HR: the big-win nominations this person may decide, newest
 * first, a page at a time, each with its nominator, recipients, award and points, words and
 * values, and the buttons to approve (with an optional note) or decline (with a note the
 * nominator reads). A refusal (the company budget too small, already decided by someone else) is
 * said plainly and the card stays. The queue is live: a nomination routed to this reader appears
 * when it is made, and one decided by another approver leaves.
 */
@Route("kudos/approvals")
@Menu(title = "bigwins.nav.approvals", icon = "vaadin:trophy", order = 23)
@RolesAllowed({Roles.MANAGER, Roles.HR})
@StyleSheet("styles/bigwins.css")
public class ApprovalsView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    final Paragraph intro = new Paragraph();
    final Button nominate = new Button();
    final Button reload = new Button();
    final RouterLink mine = new RouterLink();
    final Paragraph empty = new Paragraph();
    final Div list = new Div();
    final Button more = new Button();
    final DecisionDialog decision;
    /** The cards on screen by nomination id, newest first. */
    final Map<Long, BigWinCard> cards = new LinkedHashMap<>();

    private final transient BigWinService bigWins;
    private final Map<Long, String> valueNames;
    private @Nullable BigWinCursor next;

    ApprovalsView(BigWinService bigWins, PeopleService people, BigWinNominations nominations, Broadcaster broadcaster) {
        this.bigWins = bigWins;
        this.valueNames = people.values().stream().collect(Collectors.toMap(ValueView::id, v -> v.name(getLocale()), (a, b) -> a));
        addClassNames("view", "bigwins-view");
        decision = new DecisionDialog(this::decide);

        intro.setText(getTranslation("bigwins.queue.intro"));
        intro.addClassName("bigwins-intro");
        nominate.setText(getTranslation("bigwins.nominate.open"));
        nominate.setIcon(VaadinIcon.TROPHY.create());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nominate.addClickListener(e -> nominations.open());
        reload.setText(getTranslation("bigwins.queue.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.addClickListener(e -> reloadQueue());
        mine.setText(getTranslation("bigwins.nav.mine"));
        mine.setRoute(MyNominationsView.class);
        var toolbar = new Div(nominate, mine, reload);
        toolbar.addClassName("bigwins-toolbar");

        empty.setText(getTranslation("bigwins.queue.empty"));
        empty.addClassName("bigwins-empty");
        list.addClassName("bigwins-list");
        list.getElement().setAttribute("aria-live", "polite");
        more.setText(getTranslation("bigwins.more"));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(e -> load());

        add(new H2(getTranslation("bigwins.queue.title")), intro, toolbar, empty, list, more, decision);
        reloadQueue();
        broadcaster.subscribeWhileAttached(this, BigWinQueueChanged.class, e -> {
            try {
                queueChanged(e.nominationId());
            } catch (AuthenticationException signedOut) {
                // the reader's sign-in ended while the queue stayed open: nothing to show them
            }
        });
    }

    /**
     * A nomination was made or decided somewhere: read again with this reader's rights, it joins
     * the queue in its place or leaves it. An open decision dialog stays: deciding then is refused
     * by the service with its plain message.
     */
    void queueChanged(long id) {
        Optional<BigWin> now = bigWins.queued(id);
        if (now.isEmpty()) {
            remove(id);
            return;
        }
        if (cards.containsKey(id)) {
            return;
        }
        BigWin w = now.get();
        List<BigWin> shown = cards.values().stream().map(c -> c.win).toList();
        int at = 0;
        while (at < shown.size() && newer(shown.get(at), w)) {
            at++;
        }
        if (at == shown.size() && next != null) {
            return; // older than what is loaded: the next page brings it
        }
        var card = card(w);
        var before = new ArrayList<>(cards.entrySet());
        cards.clear();
        for (int i = 0; i <= before.size(); i++) {
            if (i == at) {
                cards.put(w.id(), card);
            }
            if (i < before.size()) {
                cards.put(before.get(i).getKey(), before.get(i).getValue());
            }
        }
        list.addComponentAtIndex(at, card);
        card.addClassName("bigwin-card-new");
        empty.setVisible(false);
    }

    /** The queue's order: newest first, by when it was nominated, then by id. */
    private static boolean newer(BigWin a, BigWin b) {
        int c = a.createdAt().compareTo(b.createdAt());
        return c > 0 || (c == 0 && a.id() > b.id());
    }

    Optional<BigWinCard> card(long id) {
        return Optional.ofNullable(cards.get(id));
    }

    void reloadQueue() {
        list.removeAll();
        cards.clear();
        next = null;
        load();
    }

    private void load() {
        BigWinSlice slice = bigWins.queue(next, PAGE_SIZE);
        for (BigWin w : slice.items()) {
            if (!cards.containsKey(w.id())) {
                var card = card(w);
                cards.put(w.id(), card);
                list.add(card);
            }
        }
        next = slice.next();
        more.setVisible(next != null);
        empty.setVisible(cards.isEmpty());
    }

    private BigWinCard card(BigWin w) {
        var card = new BigWinCard(w, valueNames, false);
        String what = getTranslation("bigwins.decision.summary", card.award.getText(), card.people.getText());
        var approve = new Button(getTranslation("bigwins.approve"), VaadinIcon.CHECK.create(),
                e -> decision.open(w.id(), true, what, w.left()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("bigwin-approve");
        var decline = new Button(getTranslation("bigwins.decline"), VaadinIcon.CLOSE_SMALL.create(),
                e -> decision.open(w.id(), false, what, w.left()));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClassName("bigwin-decline");
        card.actions.add(approve, decline);
        return card;
    }

    /** Approves or declines; on success the card leaves the queue. */
    boolean decide(long id, boolean approve, String note) {
        try {
            if (approve) {
                bigWins.approve(id, note);
            } else {
                bigWins.decline(id, note);
            }
        } catch (UserError e) {
            var n = Notification.show(getTranslation(e.key(), e.args()), 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            if (e.key().equals("bigwins.error.already-decided") || e.key().equals("bigwins.error.not-found")) {
                remove(id);
                return true;
            }
            return false;
        }
        remove(id);
        var n = Notification.show(getTranslation(approve ? "bigwins.approve.done" : "bigwins.decline.done"), 5000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private void remove(long id) {
        BigWinCard card = cards.remove(id);
        if (card != null) {
            list.remove(card);
        }
        empty.setVisible(cards.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("bigwins.nav.approvals"));
    }
}
