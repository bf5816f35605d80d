package app.bravo.wall.ui;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.live.Broadcaster;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackApproved;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.SubmitResult;
import app.bravo.wall.WallFilter;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import app.bravo.shared.ui.DateField;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.AuthenticationException;

/**
 * The customer love wall: published notes as cards, newest first, loaded a page at a time as the
 * reader scrolls (with no last page), narrowed by filters and search; a newly approved note
 * appears at the top of every open wall it matches, without a reload.
 */
@Route("wall")
@Menu(title = "nav.wall", icon = "vaadin:heart", order = 10)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/wall.css")
public class WallView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 12;

    final TextField search = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Button share = new Button();
    final Paragraph submitted = new Paragraph();
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final Button more = new Button();

    private final transient WallService wall;
    private final transient FeedbackService feedback;
    private final transient PeopleService people;
    private final boolean moderator;
    private final Set<Long> shown = new HashSet<>();
    private final List<String> knownTags;
    private int nextPage;

    WallView(WallService wall, FeedbackService feedback, PeopleService people, CurrentUser currentUser, Broadcaster broadcaster) {
        this.wall = wall;
        this.feedback = feedback;
        this.people = people;
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
        var header = new Div(new Div(title, intro), share);
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
        search.addValueChangeListener(e -> reload());

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

        from.setPlaceholder(getTranslation("wallui.filter.from"));
        from.setAriaLabel(getTranslation("wallui.filter.from"));
        to.setPlaceholder(getTranslation("wallui.filter.to"));
        to.setAriaLabel(getTranslation("wallui.filter.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        for (var box : List.of(department, person, channel, tag)) {
            box.setClearButtonVisible(true);
        }
        department.addValueChangeListener(e -> reload());
        person.addValueChangeListener(e -> reload());
        channel.addValueChangeListener(e -> reload());
        tag.addValueChangeListener(e -> reload());
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        var filters = new Div(search, department, person, channel, tag, from, to);
        filters.addClassNames("toolbar", "wall-filters");
        filters.getElement().setAttribute("role", "search");

        cards.addClassName("wall-grid");
        cards.getElement().setAttribute("aria-live", "polite");
        empty.setText(getTranslation("wallui.empty"));
        empty.addClassName("secondary");
        empty.setVisible(false);
        more.setText(getTranslation("wallui.more"));
        more.addClassName("wall-more");
        more.addClickListener(e -> loadMore());

        add(header, submitted, filters, cards, empty, more);
        broadcaster.subscribeWhileAttached(this, FeedbackApproved.class, e -> {
            try {
                showApproved(e.noteId());
            } catch (AuthenticationException signedOut) {
                // the reader's sign-in ended while the wall stayed open: nothing to show them
            }
        });
        loadMore();
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
        nextPage = 0;
        loadMore();
    }

    void loadMore() {
        Slice<WallNote> slice = wall.page(filter(), PageRequest.of(nextPage, PAGE_SIZE));
        nextPage++;
        for (WallNote n : slice) {
            // a note that arrived live shifts the pages by one: it is not shown twice
            if (shown.add(n.id())) {
                cards.add(new NoteCard(n, wall, moderator));
            }
        }
        more.setVisible(slice.hasNext());
        empty.setVisible(shown.isEmpty());
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
            var card = new NoteCard(n, wall, moderator);
            card.addClassName("wall-card-new");
            cards.addComponentAsFirst(card);
            empty.setVisible(false);
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
        return getTranslation("nav.wall");
    }
}
