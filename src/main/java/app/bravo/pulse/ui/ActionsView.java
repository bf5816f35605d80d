package app.bravo.pulse.ui;

import app.bravo.people.PeopleService;
import app.bravo.pulse.ActionFilter;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionService;
import app.bravo.pulse.ActionStatus;
import app.bravo.pulse.ClosedRound;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.FilterAddress;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /actions}: the "you said, we did" action plans, for everyone, newest first, a page at a
 * time, each with the round and question it answers, its owner, due date, status and progress
 * timeline; chips filter by status, and {@code ?round=ID} (the link from a round's results) shows one
 * round's actions. HR and managers publish new actions and update their status here.
 */
@StyleSheet("styles/pulse.css")
@StyleSheet("styles/pulseactions.css")
@Route("actions")
@Menu(title = "nav.actions", icon = "vaadin:check-square-o", order = 42)
@RolesAllowed(Roles.EMPLOYEE)
public class ActionsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 20;
    static final String ROUND = "round";
    static final String STATUS = "status";

    private final ActionService actions;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final FilterAddress address = new FilterAddress();
    final Button allChip = new Button();
    final Map<ActionStatus, Button> chips = new EnumMap<>(ActionStatus.class);
    final Div roundBanner = new Div();
    final Span roundName = new Span();
    final Button clearRound = new Button();
    final Button newAction = new Button();
    final Div list = new Div();
    /** The action cards shown, by action id. */
    final Map<Long, ActionCard> cards = new LinkedHashMap<>();
    final Button more = new Button();
    final Paragraph empty = new Paragraph();
    /** The dialog open now (new, edit or status), for tests. */
    @Nullable ActionDialog dialog;
    @Nullable ActionStatusDialog statusDialog;
    private @Nullable ActionStatus status;
    private @Nullable Long round;
    private @Nullable KeysetToken next;

    ActionsView(ActionService actions, PeopleService people, CurrentUser currentUser) {
        this.actions = actions;
        this.currentUser = currentUser;
        this.people = people;
        addClassNames("view", "pulse-actions");
        Div chipRow = new Div();
        chipRow.addClassName("pulse-action-chips");
        chipRow.getElement().setAttribute("role", "group");
        chipRow.getElement().setAttribute("aria-label", getTranslation("pulseactions.filter"));
        allChip.setText(getTranslation("pulseactions.filter.all"));
        allChip.addClickListener(e -> choose(null));
        chipRow.add(allChip);
        for (ActionStatus s : ActionStatus.values()) {
            Button chip = new Button(getTranslation("pulseactions.status." + s.name()), e -> choose(s));
            chips.put(s, chip);
            chipRow.add(chip);
        }
        roundBanner.addClassName("pulse-action-round-banner");
        clearRound.setText(getTranslation("pulseactions.all-rounds"));
        clearRound.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearRound.addClickListener(e -> {
            round = null;
            changed();
        });
        roundBanner.add(roundName, clearRound);
        roundBanner.setVisible(false);
        newAction.setText(getTranslation("pulseactions.new"));
        newAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAction.setVisible(actions.canPublish());
        newAction.addClickListener(e -> openNew());
        list.addClassName("pulse-action-list");
        more.setText(getTranslation("pulseactions.more"));
        more.addClickListener(e -> page());
        empty.setText(getTranslation("pulseactions.empty"));
        Div head = new Div(new H2(getTranslation("nav.actions")), newAction);
        head.addClassName("pulse-action-head");
        add(head, new Paragraph(getTranslation("pulseactions.intro")), chipRow, roundBanner, list, empty, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.apply(event.getLocation(), p -> {
            status = p.option(STATUS, ActionStatus.class).orElse(null);
            round = p.number(ROUND).orElse(null);
        });
        reload();
    }

    /** The address of the actions of one round, for a round's results page. */
    public static String ofRound(long roundId) {
        return FilterAddress.query("actions").with(ROUND, roundId).address();
    }

    private void choose(@Nullable ActionStatus s) {
        status = s;
        changed();
    }

    private void changed() {
        address.changed(this, FilterAddress.query("actions").with(STATUS, status).with(ROUND, round).address(), this::reload);
    }

    private boolean persian() {
        return Language.of(getLocale()) == Language.PERSIAN;
    }

    void reload() {
        list.removeAll();
        cards.clear();
        next = null;
        allChip.getElement().setAttribute("aria-pressed", String.valueOf(status == null));
        allChip.setClassName("chosen", status == null);
        chips.forEach((s, chip) -> {
            chip.getElement().setAttribute("aria-pressed", String.valueOf(s == status));
            chip.setClassName("chosen", s == status);
        });
        ClosedRound r = round == null ? null : actions.closedRound(round).orElse(null);
        roundBanner.setVisible(round != null);
        roundName.setText(round == null ? ""
                : r == null ? getTranslation("pulseactions.round-unknown")
                : getTranslation("pulseactions.round-filter", Bidi.isolate(r.name(persian())), Dates.date(r.closeDate(), getLocale())));
        page();
    }

    private void page() {
        KeysetPage<ActionPlan> p = actions.page(new ActionFilter(status, round, null), next, PAGE);
        for (ActionPlan a : p.items()) {
            ActionCard card = new ActionCard(a, persian(), this::openEdit, this::openStatus);
            cards.put(a.id(), card);
            list.add(card);
        }
        next = p.next();
        more.setVisible(p.hasNext());
        empty.setVisible(cards.isEmpty());
    }

    private void openNew() {
        dialog = show(new ActionDialog(actions, people, currentUser.require().personId(), null, round, id -> reload()));
    }

    private void openEdit(ActionPlan a) {
        dialog = show(new ActionDialog(actions, people, currentUser.require().personId(), a, null, this::refresh));
    }

    private void openStatus(ActionPlan a) {
        statusDialog = show(new ActionStatusDialog(actions, a, this::refresh));
    }

    /** Opens the dialog on this view; it goes once closed. */
    private <D extends com.vaadin.flow.component.dialog.Dialog> D show(D d) {
        add(d);
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                d.removeFromParent();
            }
        });
        d.open();
        return d;
    }

    /** The card of this action drawn again from what is saved now. */
    private void refresh(long id) {
        ActionCard old = cards.get(id);
        if (old == null) {
            reload();
            return;
        }
        ActionCard card = new ActionCard(actions.action(id), persian(), this::openEdit, this::openStatus);
        list.replace(old, card);
        cards.put(id, card);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.actions"));
    }
}
