package app.bravo.inbox.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.home.HomeView;
import app.bravo.inbox.Inbox;
import app.bravo.inbox.InboxService;
import app.bravo.people.Person;
import app.bravo.shell.MainLayout;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired Inbox inbox;
    @Autowired InboxService service;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long thanked(Person to, String who, String what, String link) {
        return inbox.post(to.getId(), "inboxtest.thanked", List.of(who, what), link);
    }

    /** The unread badge beside the inbox in the side menu. */
    private InboxBadge menuBadge() {
        return (InboxBadge) $(SideNavItem.class, $(MainLayout.class).single()).all().stream()
                .filter(i -> "inbox".equals(i.getPath())).findFirst().orElseThrow().getSuffixComponent();
    }

    /** Runs what other threads handed to this UI with {@code UI.access} (push does it in a browser). */
    private static void runPendingAccess() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void messages_show_newest_first_translated_with_their_parameters_as_text_and_unread_marked() {
        var me = fixtures.person("Reader " + Fixtures.unique("r"));
        long older = thanked(me, "Sara", "<b>not bold</b>", "people/1");
        long newer = thanked(me, "Omid", "for the release", "people/2");
        fixtures.signIn(me);
        service.markRead(older);

        InboxView view = navigate(InboxView.class);
        assertThat(view.rows.keySet()).containsExactly(newer, older);
        assertThat(view.row(newer).orElseThrow().text.getText()).isEqualTo("Omid thanked you: for the release");
        assertThat(view.row(older).orElseThrow().text.getText()).isEqualTo("Sara thanked you: <b>not bold</b>");
        assertThat(view.row(older).orElseThrow().text.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(view.row(newer).orElseThrow().unread()).isTrue();
        assertThat(view.row(older).orElseThrow().unread()).isFalse();
        assertThat(view.unread.getText()).isEqualTo("1 unread");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.more.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inbox · Bravo");
    }

    @Test
    void opening_a_message_marks_it_read_and_goes_where_it_points() {
        var me = fixtures.person("Opener " + Fixtures.unique("o"));
        // no link: the message only tells
        long id = inbox.post(me.getId(), "inboxtest.thanked", List.of("Sara", "thanks"), null);
        fixtures.signIn(me);
        InboxView view = navigate(InboxView.class);
        view.row(id).orElseThrow().open.click();
        assertThat(service.unreadCount()).isZero();
        assertThat(view.row(id).orElseThrow().unread()).isFalse();
    }

    @Test
    void opening_a_message_with_a_link_navigates_there() {
        var me = fixtures.person("Navigator " + Fixtures.unique("n"));
        long id = inbox.post(me.getId(), "inboxtest.probe", List.of("go"), "people");
        fixtures.signIn(me);
        InboxView view = navigate(InboxView.class);
        view.row(id).orElseThrow().open.click();
        assertThat(service.unreadCount()).isZero();
        assertThat(getCurrentView()).isNotInstanceOf(InboxView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("people");
    }

    @Test
    void mark_all_read_reads_everything_and_says_so() {
        var me = fixtures.person("Busy " + Fixtures.unique("b"));
        thanked(me, "A", "one", "people");
        thanked(me, "B", "two", "people");
        fixtures.signIn(me);
        InboxView view = navigate(InboxView.class);
        assertThat(view.unread.getText()).isEqualTo("2 unread");

        view.markAllRead.click();
        assertThat(view.rows.values()).noneMatch(InboxView.Row::unread);
        assertThat(view.unread.getText()).isEqualTo("Everything read");
        assertThat(view.markAllRead.isEnabled()).isFalse();
    }

    @Test
    void older_messages_load_a_page_at_a_time() {
        var me = fixtures.person("Many " + Fixtures.unique("m"));
        for (int i = 0; i < InboxView.PAGE_SIZE + 3; i++) {
            inbox.post(me.getId(), "inboxtest.probe", List.of(String.valueOf(i)), null);
        }
        fixtures.signIn(me);
        InboxView view = navigate(InboxView.class);
        assertThat(view.rows).hasSize(InboxView.PAGE_SIZE);
        assertThat(view.more.isVisible()).isTrue();
        assertThat(view.rows.values().iterator().next().text.getText()).isEqualTo("Probe message " + (InboxView.PAGE_SIZE + 2));

        view.more.click();
        assertThat(view.rows).hasSize(InboxView.PAGE_SIZE + 3);
        assertThat(view.rows.values().stream().reduce((a, b) -> b).orElseThrow().text.getText()).isEqualTo("Probe message 0");
        view.more.click();
        assertThat(view.rows).hasSize(InboxView.PAGE_SIZE + 3);
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    void an_empty_inbox_says_so_in_persian_too() {
        fixtures.signIn(fixtures.person("Quiet " + Fixtures.unique("q")));
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        InboxView view = navigate(InboxView.class);
        assertThat(view.rows).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("هنوز پیامی نیست.");
        assertThat(view.unread.getText()).isEqualTo("همه خوانده شده");
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    void persian_readers_see_counts_numbers_and_dates_in_persian_digits() {
        var me = fixtures.person("Digits " + Fixtures.unique("d"));
        long id = thanked(me, "Team Q3", "20", "people");
        thanked(me, "Sara", "thanks", "people");
        fixtures.signIn(me);
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        navigate(HomeView.class);
        InboxBadge badge = menuBadge();
        assertThat(badge.getText()).isEqualTo("۲");

        InboxView view = navigate(InboxView.class);
        var row = view.row(id).orElseThrow();
        // the number is the reader's; a name that holds a digit is the writer's and stays as written
        assertThat(row.text.getText()).isEqualTo("Team Q3 از شما قدردانی کرد: ۲۰");
        assertThat(view.unread.getText()).contains("۲").doesNotContainPattern("[0-9]");
        String when = row.when.getText();
        assertThat(when).isNotBlank().doesNotContainPattern("[0-9]").containsPattern("[۰-۹]");
    }

    @Test
    void a_message_posted_while_the_inbox_is_open_appears_live() {
        var me = fixtures.person("Live " + Fixtures.unique("l"));
        var other = fixtures.person("Other " + Fixtures.unique("l"));
        fixtures.signIn(me);
        InboxView view = navigate(InboxView.class);
        assertThat(view.rows).isEmpty();

        thanked(other, "X", "not for me", "people");
        long id = thanked(me, "Sara", "live", "people");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingAccess();
            return view.rows.containsKey(id);
        });
        assertThat(view.rows).hasSize(1);
        assertThat(view.unread.getText()).isEqualTo("1 unread");
    }

    @Test
    void the_menu_shows_the_unread_count_beside_the_inbox_and_keeps_it_live() {
        var me = fixtures.person("Badge " + Fixtures.unique("b"));
        long first = thanked(me, "A", "one", "people");
        thanked(me, "B", "two", "people");
        fixtures.signIn(me);
        navigate(HomeView.class);
        InboxBadge badge = menuBadge();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("2");
        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("2 unread messages");

        service.markRead(first);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingAccess();
            return badge.getText().equals("1");
        });
        service.markAllRead();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            runPendingAccess();
            return !badge.isVisible();
        });
    }
}
