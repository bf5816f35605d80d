package app.bravo.wall.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.NoteAction;
import app.bravo.shared.ui.Spotlight;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackApproved;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteCountsChanged;
import app.bravo.wall.SubmitResult;
import app.bravo.wall.WallCursor;
import app.bravo.wall.WallFilter;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import app.bravo.wall.WallSlice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import app.bravo.shared.ui.DateField;
import app.bravo.shared.ui.FilterAddress;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * The customer love wall: published notes as cards, newest first, loaded a keyset page at a time as
 * the reader scrolls (with no last page), narrowed by filters and search. The filters live in the
 * address ({@code /wall?q=..&department=..&person=..&channel=..&tag=..&from=..&to=..}), so a filtered
 * wall can be bookmarked, reloaded and shared. On a phone the six filters fold behind one "Filters"
 * button that says how many are set. A newly approved note appears at the top of every open wall it
 * matches, and reaction and comment counts change on every open wall, without a reload. Above the
 * search stands the strip of moments other features celebrate (approved big wins), and each card
 * carries the actions other features add to a note ("thank them"): both through shared slots.
 */
@Route("wall")
@Menu(title = "nav.wall", icon = "vaadin:heart", order = 10)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/wall.css")
public class WallView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * Six cards fill a laptop's first screen; the rest load as the reader scrolls. Twelve made the
     * first paint heavy enough to hold the wall's Lighthouse desktop score at 84 (92 with six).
     */
    static final int PAGE_SIZE = 6;

    final TextField search = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final DateField from = periodField("wallui.filter.from");
    final DateField to = periodField("wallui.filter.to");
    final Button filtersToggle = new Button();
    final Div filters = new Div();
    final Button clearFilters = new Button();
    final Button share = new Button();
    final RouterLink mine = new RouterLink();
    final Paragraph submitted = new Paragraph();
    final SpotlightStrip spotlight;
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final Button more = new Button();

    private final transient WallService wall;
    private final transient FeedbackService feedback;
    private final transient PeopleService people;
    private final boolean moderator;
    private final NoteActions noteActions;
    private final Set<Long> shown = new HashSet<>();
    private final List<String> knownTags;
    private @Nullable WallCursor next;
    /** While the address is being applied to the filters, their change events load nothing. */
    private final FilterAddress address = new FilterAddress();

    WallView(WallService wall, FeedbackService feedback, PeopleService people, CurrentUser currentUser, Broadcaster broadcaster,
             List<NoteAction> noteActions, List<Spotlight> spotlights) {
        this.wall = wall;
        this.feedback = feedback;
        this.people = people;
        this.noteActions = new NoteActions(noteActions);
        this.spotlight = new SpotlightStrip(spotlights, broadcaster);
        var me = currentUser.require();
        this.moderator = me.has(Role.MODERATOR) || me.has(Role.ADMIN);
        addClassNames("view", "wall-view");

        var title = new H2(getTranslation("wallui.title"));
        var intro = new Paragraph(getTranslation("wallui.intro"));
        intro.addClassName("secondary");
        share.setText(getTranslation("wallui.share"));
        share.setIcon(VaadinIcon.PLUS.create());
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        share.addClickListener(e -> openForm());
        mine.setText(getTranslation("nav.my-submissions"));
        mine.setRoute(MySubmissionsView.class);
        mine.addClassName("wall-mine");
        var actions = new Div(mine, share);
        actions.addClassName("wall-header-actions");
        var header = new Div(new Div(title, intro), actions);
        header.addClassName("wall-header");
        submitted.addClassName("wall-submitted");
        submitted.getElement().setAttribute("role", "status");
        submitted.setVisible(false);

        search.setPlaceholder(getTranslation("wallui.filter.search"));
        search.setAriaLabel(getTranslation("wallui.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.addValueChangeListener(e -> filtersChanged());

        department.setPlaceholder(getTranslation("wallui.filter.department"));
        department.setAriaLabel(getTranslation("wallui.filter.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(DepartmentNode::name);

        person.setPlaceholder(getTranslation("wallui.filter.person"));
        person.setAriaLabel(getTranslation("wallui.filter.person"));
        person.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent());
        person.setItemLabelGenerator(PersonSummary::displayName);

        channel.setPlaceholder(getTranslation("wallui.filter.channel"));
        channel.setAriaLabel(getTranslation("wallui.filter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("wallui.channel." + c.name()));

        knownTags = new ArrayList<>(wall.popularTags(100));
        tag.setPlaceholder(getTranslation("wallui.filter.tag"));
        tag.setAriaLabel(getTranslation("wallui.filter.tag"));
        tag.setItems(knownTags);
        tag.setItemLabelGenerator(t -> "#" + t);
        tag.setAllowCustomValue(true);
        tag.addCustomValueSetListener(e -> {
            String t = e.getDetail().strip().replaceFirst("^#+", "");
            if (!t.isEmpty() && !knownTags.contains(t)) {
                knownTags.add(t);
                tag.getListDataView().refreshAll();
            }
            tag.setValue(t.isEmpty() ? null : t);
        });

        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        for (var box : List.of(department, person, channel, tag)) {
            box.setClearButtonVisible(true);
        }
        department.addValueChangeListener(e -> filtersChanged());
        person.addValueChangeListener(e -> filtersChanged());
        channel.addValueChangeListener(e -> filtersChanged());
        tag.addValueChangeListener(e -> filtersChanged());
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());

        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.addClassName("wall-filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", "wall-filters");
        filtersToggle.addClickListener(e -> toggleFilters());
        filters.setId("wall-filters");
        filters.add(department, person, channel, tag, from, to);
        filters.addClassName("wall-filters");
        var bar = new Div(search, filtersToggle, filters);
        bar.addClassNames("toolbar", "wall-bar");
        bar.getElement().setAttribute("role", "search");
        showFilterCount();

        cards.addClassName("wall-grid");
        cards.getElement().setAttribute("aria-live", "polite");
        empty.setText(getTranslation("wallui.empty"));
        empty.addClassName("secondary");
        clearFilters.setText(getTranslation("wallui.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> clearFilters());
        var emptyState = new Div(empty, clearFilters);
        emptyState.addClassName("wall-empty");
        empty.setVisible(false);
        clearFilters.setVisible(false);
        more.setText(getTranslation("wallui.more"));
        more.addClassName("wall-more");
        more.addClickListener(e -> loadMore());

        add(header, submitted, spotlight, bar, cards, emptyState, more);
        broadcaster.subscribeWhileAttached(this, FeedbackApproved.class, e -> {
            try {
                showApproved(e.noteId());
            } catch (AuthenticationException signedOut) {
                // the reader's sign-in ended while the wall stayed open: nothing to show them
            }
        });
        broadcaster.subscribeWhileAttached(this, NoteCountsChanged.class, e -> {
            try {
                refreshCounts(e.noteId());
            } catch (AuthenticationException signedOut) {
                // as above
            }
        });
    }

    /** The period's two date fields: one small piece, so that another date field can replace it alone. */
    private DateField periodField(String key) {
        var field = new DateField();
        field.setPlaceholder(getTranslation(key));
        field.setAriaLabel(getTranslation(key));
        field.setClearButtonVisible(true);
        return field;
    }

    /** The filters come from the address: a bookmark, a reload or a shared link shows the same wall. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.apply(event.getLocation(), p -> {
            search.setValue(p.text("q").map(q -> q.length() > 200 ? q.substring(0, 200) : q).orElse(""));
            department.setValue(p.number("department")
                    .flatMap(id -> department.getListDataView().getItems().filter(d -> d.id() == id).findFirst()).orElse(null));
            person.setValue(p.number("person").flatMap(people::find)
                    .map(d -> new PersonSummary(d.id(), d.displayName(), d.email(), d.jobTitle(), d.departmentName(), d.active()))
                    .orElse(null));
            channel.setValue(p.option("channel", Channel.class).orElse(null));
            String t = p.text("tag").map(v -> new WallFilter(null, null, null, null, v, null, null).tag()).orElse(null);
            if (t != null && !knownTags.contains(t)) {
                knownTags.add(t);
                tag.getListDataView().refreshAll();
            }
            tag.setValue(t);
            from.setValue(p.date("from").orElse(null));
            to.setValue(p.date("to").orElse(null));
        });
        showFilterCount();
        reload();
    }

    /** The address of the wall with this filter: what the reader may bookmark or share. */
    static String location(WallFilter f) {
        return FilterAddress.query("wall").with("q", f.text()).with("department", f.departmentId())
                .with("person", f.personId()).with("channel", f.channel()).with("tag", f.tag())
                .with("from", f.from()).with("to", f.to()).address();
    }

    private void filtersChanged() {
        address.changed(this, location(filter()), () -> {
            showFilterCount();
            reload();
        });
    }

    private void showFilterCount() {
        int active = filter().activeFilters();
        filtersToggle.setText(active == 0 ? getTranslation("wallui.filter.toggle")
                : getTranslation("wallui.filter.toggle-count", active));
        filtersToggle.setClassName("active", active > 0);
        filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(filters.hasClassName("open")));
    }

    void toggleFilters() {
        filters.setClassName("open", !filters.hasClassName("open"));
        showFilterCount();
    }

    void clearFilters() {
        address.quietly(() -> {
            search.clear();
            department.clear();
            person.clear();
            channel.clear();
            tag.clear();
            from.clear();
            to.clear();
        });
        filtersChanged();
    }

    /** Someone reacted or commented somewhere: the card shows the new counts, with this reader's own marks. */
    void refreshCounts(long noteId) {
        cardList().stream().filter(c -> c.noteId == noteId).findFirst()
                .ifPresent(card -> wall.find(noteId, WallFilter.NONE).ifPresent(card::showCounts));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // scrolling near the end loads the next page; the button stays for keyboards and old browsers
        more.getElement().executeJs("""
                const b = this;
                if (!b.__wallObserver) {
                  b.__wallObserver = new IntersectionObserver(entries => {
                    if (entries.some(e => e.isIntersecting) && !b.hidden && !b.disabled) b.click();
                  }, {rootMargin: '600px 0px'});
                }
                b.__wallObserver.observe(b);""");
    }

    WallFilter filter() {
        return new WallFilter(search.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(),
                channel.getValue(), tag.getValue(), from.getValue(), to.getValue());
    }

    void reload() {
        cards.removeAll();
        shown.clear();
        next = null;
        loadMore();
    }

    void loadMore() {
        WallSlice<WallNote> slice = wall.page(filter(), next, PAGE_SIZE);
        next = slice.next();
        for (WallNote n : slice.items()) {
            // a note that arrived live is not shown twice
            if (shown.add(n.id())) {
                cards.add(new NoteCard(n, wall, moderator, noteActions));
            }
        }
        more.setVisible(slice.hasNext());
        empty.setVisible(shown.isEmpty());
        clearFilters.setVisible(shown.isEmpty() && !filter().equals(WallFilter.NONE));
        if (slice.hasNext()) {
            // look again: if the end is still in sight, the observer loads the next page too
            more.getElement().executeJs("if (this.__wallObserver) { this.__wallObserver.unobserve(this); this.__wallObserver.observe(this); }");
        }
    }

    /** A note was approved somewhere: it goes on top if it matches this wall's filter. */
    void showApproved(long noteId) {
        if (shown.contains(noteId)) {
            return;
        }
        wall.find(noteId, filter()).ifPresent(n -> {
            shown.add(n.id());
            var card = new NoteCard(n, wall, moderator, noteActions);
            card.addClassName("wall-card-new");
            cards.addComponentAsFirst(card);
            empty.setVisible(false);
            clearFilters.setVisible(false);
        });
    }

    /** The cards on the wall now, top first. */
    List<NoteCard> cardList() {
        return cards.getChildren().filter(NoteCard.class::isInstance).map(NoteCard.class::cast).toList();
    }

    void openForm() {
        var dialog = new FeedbackDialog(feedback, people, knownTags, this::submitted);
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
        lastDialog = dialog;
    }

    @Nullable FeedbackDialog lastDialog;

    private void submitted(SubmitResult result) {
        String text = getTranslation("wallui.submitted");
        submitted.setText(text);
        submitted.setVisible(true);
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(Component source, UserError e) {
        Notification.show(source.getTranslation(e.key(), e.args()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.wall"));
    }
}
