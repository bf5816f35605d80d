package app.bravo.recognition.ui;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.people.ValueView;
import app.bravo.recognition.KudosCountsChanged;
import app.bravo.recognition.KudosCursor;
import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosKind;
import app.bravo.recognition.KudosPublished;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.KudosSlice;
import app.bravo.recognition.MyPoints;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.FilterAddress;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * The recognition feed: kudos, approved big wins and celebrations as cards, newest first, loaded a
 * keyset page at a time as the reader scrolls, narrowed by filters that live in the address
 * ({@code /kudos?department=..&value=..&person=..&kind=..}). New kudos that match an open feed appear
 * at its top at once when the reader is there with no filters set; otherwise they wait behind an
 * "N new kudos" button so that what the reader reads does not move. Edits, add-ons, reactions and
 * comments change the cards without a reload.
 */
@Route("kudos")
@Menu(title = "nav.kudos", icon = "vaadin:trophy", order = 19)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/kudos.css")
public class KudosView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE_SIZE = 10;

    final Button give = new Button();
    final Button nominate;
    final Paragraph points = new Paragraph();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final ComboBox<ValueView> value = new ComboBox<>();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final ComboBox<KudosKind> kind = new ComboBox<>();
    final Button clearFilters = new Button();
    final Div filters = new Div();
    /** "3 new kudos": what arrived while the reader had filters set or had scrolled down. */
    final Button newKudos = new Button();
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final Button more = new Button();

    private final transient KudosService kudos;
    private final transient PeopleService people;
    private final transient KudosDialogs dialogs;
    private final boolean moderator;
    private final Set<Long> shown = new HashSet<>();
    /** Kudos that arrived and match the filters, waiting behind {@link #newKudos}, in arrival order. */
    private final Set<Long> waiting = new LinkedHashSet<>();
    private boolean atTop = true;
    private @Nullable KudosCursor next;
    private final FilterAddress address = new FilterAddress();

    KudosView(KudosService kudos, PeopleService people, KudosDialogs dialogs, BigWinNominations nominations, CurrentUser currentUser,
              Broadcaster broadcaster) {
        this.kudos = kudos;
        this.people = people;
        this.dialogs = dialogs;
        var me = currentUser.require();
        this.moderator = me.has(Role.MODERATOR) || me.has(Role.ADMIN);
        addClassNames("view", "kudos-view");

        var title = new H2(getTranslation("kudos.title"));
        var intro = new Paragraph(getTranslation("kudos.intro"));
        intro.addClassName("secondary");
        give.setText(getTranslation("kudos.give.open"));
        give.setIcon(VaadinIcon.PLUS.create());
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> openGive());
        nominate = nominations.button(List.of());
        var actions = new Div(give, nominate);
        actions.addClassName("kudos-header-actions");
        var header = new Div(new Div(title, intro), actions);
        header.addClassName("kudos-header");
        points.addClassName("kudos-my-points");
        showPoints();

        department.setPlaceholder(getTranslation("kudos.filter.department"));
        department.setAriaLabel(getTranslation("kudos.filter.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(DepartmentNode::name);
        value.setPlaceholder(getTranslation("kudos.filter.value"));
        value.setAriaLabel(getTranslation("kudos.filter.value"));
        value.setItems(kudos.values());
        value.setItemLabelGenerator(v -> v.name(getLocale()));
        person.setPlaceholder(getTranslation("kudos.filter.person"));
        person.setAriaLabel(getTranslation("kudos.filter.person"));
        person.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent())
                .setIdentifierProvider(PersonSummary::id);
        person.setItemLabelGenerator(PersonSummary::displayName);
        kind.setPlaceholder(getTranslation("kudos.filter.kind"));
        kind.setAriaLabel(getTranslation("kudos.filter.kind"));
        kind.setItems(KudosKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kudos.kind." + k.name()));
        for (var box : List.of(department, value, person, kind)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> filtersChanged());
        }
        filters.add(department, value, person, kind);
        filters.addClassName("kudos-filters");
        filters.getElement().setAttribute("role", "search");

        cards.addClassName("kudos-feed");
        cards.getElement().setAttribute("aria-live", "polite");
        empty.setText(getTranslation("kudos.empty"));
        empty.addClassName("secondary");
        empty.setVisible(false);
        clearFilters.setText(getTranslation("kudos.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> clearFilters());
        clearFilters.setVisible(false);
        more.setText(getTranslation("kudos.more"));
        more.addClassName("kudos-more");
        more.addClickListener(e -> loadMore());

        newKudos.setIcon(VaadinIcon.ARROW_UP.create());
        newKudos.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newKudos.addClickListener(e -> showWaiting());
        newKudos.setVisible(false);
        var pill = new Div(newKudos);
        pill.addClassName("kudos-new-pill");
        pill.getElement().setAttribute("role", "status");

        add(header, points, filters, pill, cards, new Div(empty, clearFilters), more);
        broadcaster.subscribeWhileAttached(this, KudosPublished.class, e -> live(e.kudosId(), false));
        broadcaster.subscribeWhileAttached(this, KudosCountsChanged.class, e -> live(e.kudosId(), true));
    }

    private void live(long kudosId, boolean countsOnly) {
        try {
            if (shown.contains(kudosId)) {
                refreshCard(kudosId, countsOnly);
            } else if (!countsOnly) {
                arrived(kudosId);
            }
        } catch (AuthenticationException signedOut) {
            // the reader's sign-in ended while the feed stayed open: nothing to show them
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.apply(event.getLocation(), p -> {
            department.setValue(p.number("department")
                    .flatMap(id -> department.getListDataView().getItems().filter(d -> d.id() == id).findFirst()).orElse(null));
            value.setValue(p.number("value")
                    .flatMap(id -> value.getListDataView().getItems().filter(v -> v.id() == id).findFirst()).orElse(null));
            person.setValue(p.number("person").flatMap(people::find).map(GiveKudosDialog::summary).orElse(null));
            kind.setValue(p.option("kind", KudosKind.class).orElse(null));
        });
        reload();
    }

    /** The address of the feed with this filter: what the reader may bookmark or share. */
    public static String location(KudosFilter f) {
        return FilterAddress.query("kudos").with("department", f.departmentId()).with("value", f.valueId())
                .with("person", f.personId()).with("kind", f.kind()).address();
    }

    KudosFilter filter() {
        return new KudosFilter(department.getValue() == null ? null : department.getValue().id(),
                value.getValue() == null ? null : value.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), kind.getValue());
    }

    private void filtersChanged() {
        address.changed(this, location(filter()), this::reload);
    }

    void clearFilters() {
        address.quietly(() -> {
            department.clear();
            value.clear();
            person.clear();
            kind.clear();
        });
        filtersChanged();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // whether the reader sees the top of the feed: new kudos wait behind a button otherwise
        getElement().executeJs("""
                const view = this;
                if (!view.__kudosTop) {
                  view.__kudosTop = new IntersectionObserver(entries => view.$server.scrolled(entries.some(e => e.isIntersecting)));
                }
                view.__kudosTop.observe($0);""", filters.getElement());
        // scrolling near the end loads the next page; the button stays for keyboards and old browsers
        more.getElement().executeJs("""
                const b = this;
                if (!b.__kudosObserver) {
                  b.__kudosObserver = new IntersectionObserver(entries => {
                    if (entries.some(e => e.isIntersecting) && !b.hidden && !b.disabled) b.click();
                  }, {rootMargin: '600px 0px'});
                }
                b.__kudosObserver.observe(b);""");
    }

    /** From the browser: whether the top of the feed (its filters) is on screen. */
    @ClientCallable
    void scrolled(boolean top) {
        atTop = top;
    }

    void reload() {
        cards.removeAll();
        shown.clear();
        waiting.clear();
        showWaitingCount();
        next = null;
        loadMore();
    }

    void loadMore() {
        KudosSlice<KudosItem> slice = kudos.page(filter(), next, PAGE_SIZE);
        next = slice.next();
        for (KudosItem k : slice.items()) {
            if (shown.add(k.id())) {
                cards.add(card(k));
            }
        }
        more.setVisible(slice.hasNext());
        empty.setVisible(shown.isEmpty());
        clearFilters.setVisible(shown.isEmpty() && filter().activeFilters() > 0);
        if (slice.hasNext()) {
            more.getElement().executeJs("if (this.__kudosObserver) { this.__kudosObserver.unobserve(this); this.__kudosObserver.observe(this); }");
        }
    }

    private KudosCard card(KudosItem k) {
        return new KudosCard(k, kudos, moderator, id -> refreshCard(id, false));
    }

    /** A kudos appeared somewhere: it goes on top if it matches this feed's filter and the reader may see it. */
    void showNew(long kudosId) {
        if (shown.contains(kudosId)) {
            return;
        }
        kudos.find(kudosId, filter()).filter(this::newerThanTheTop).ifPresent(k -> {
            shown.add(k.id());
            var card = card(k);
            card.addClassName("kudos-card-new");
            cards.addComponentAsFirst(card);
            empty.setVisible(false);
            clearFilters.setVisible(false);
        });
    }

    /**
     * A kudos arrived live. A reader at the top of an unfiltered feed sees it at once; one who has
     * scrolled down or set filters keeps reading undisturbed and is offered "N new kudos" instead,
     * counting only those that match the filters.
     */
    void arrived(long kudosId) {
        if (atTop && filter().activeFilters() == 0) {
            showNew(kudosId);
        } else if (!shown.contains(kudosId) && !waiting.contains(kudosId)
                && kudos.find(kudosId, filter()).filter(this::newerThanTheTop).isPresent()) {
            waiting.add(kudosId);
            showWaitingCount();
        }
    }

    /** The waiting kudos go on top, newest first, read again (one deleted meanwhile is left out); the reader is taken there. */
    void showWaiting() {
        List<KudosItem> now = waiting.stream().filter(id -> !shown.contains(id))
                .flatMap(id -> kudos.find(id, filter()).stream())
                .sorted(Comparator.comparing(KudosItem::publishedAt).thenComparing(KudosItem::id)).toList();
        for (KudosItem k : now) {
            shown.add(k.id());
            var card = card(k);
            card.addClassName("kudos-card-new");
            cards.addComponentAsFirst(card);
        }
        if (!now.isEmpty()) {
            empty.setVisible(false);
            clearFilters.setVisible(false);
        }
        waiting.clear();
        showWaitingCount();
        filters.scrollIntoView();
    }

    private void showWaitingCount() {
        newKudos.setText(getTranslation("kudos.new.show", Numbers.format(waiting.size(), getLocale())));
        newKudos.setVisible(!waiting.isEmpty());
    }

    int waitingCount() {
        return waiting.size();
    }

    /** An older kudos that changed (an edit, a +1) but is not loaded here stays where it belongs, below. */
    private boolean newerThanTheTop(KudosItem k) {
        List<KudosCard> list = cardList();
        return list.isEmpty() || !k.publishedAt().isBefore(list.getFirst().item().publishedAt());
    }

    /** Reads a shown kudos again: its card changes, or goes when it was deleted or hidden. */
    void refreshCard(long kudosId, boolean countsOnly) {
        cardList().stream().filter(c -> c.kudosId == kudosId).findFirst().ifPresent(card -> {
            Optional<KudosItem> now = kudos.find(kudosId, filter());
            if (now.isEmpty()) {
                cards.remove(card);
                shown.remove(kudosId);
            } else if (countsOnly) {
                card.showCounts(now.get());
            } else {
                card.show(now.get());
            }
        });
        showPoints();
    }

    List<KudosCard> cardList() {
        return cards.getChildren().filter(KudosCard.class::isInstance).map(KudosCard.class::cast).toList();
    }

    void showPoints() {
        MyPoints mine = kudos.myPoints();
        String text = getTranslation("kudos.points.allowance", Numbers.format(mine.allowanceLeft(), getLocale()),
                Numbers.format(mine.allowancePerMonth(), getLocale()))
                + (mine.manager() ? " · " + getTranslation("kudos.points.team", Numbers.format(mine.teamBudgetLeft(), getLocale())) : "")
                + " · " + getTranslation("kudos.points.received", Numbers.format(mine.received(), getLocale()));
        points.setText(text);
    }

    @Nullable GiveKudosDialog lastDialog;

    void openGive() {
        lastDialog = dialogs.open(List.of(), null, id -> {
            showNew(id);
            showPoints();
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.kudos"));
    }
}
