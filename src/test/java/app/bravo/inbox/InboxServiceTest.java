package app.bravo.inbox;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.shared.live.Broadcaster;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InboxServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired Inbox inbox;
    @Autowired InboxService service;
    @Autowired Broadcaster broadcaster;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long post(Person to, String text) {
        return inbox.post(to.getId(), "inboxtest.probe", List.of(text), "kudos/1");
    }

    private List<Long> ids(List<InboxItem> items) {
        return items.stream().map(InboxItem::id).toList();
    }

    @Test
    void a_posted_message_is_in_its_persons_inbox_and_no_one_elses() {
        var ana = fixtures.person("Ana Inbox");
        var ben = fixtures.person("Ben Inbox");
        Fixtures.signOut();
        long id = inbox.post(ana.getId(), "inboxtest.thanked", List.of("Sara", "For the demo"), "kudos/123");

        fixtures.signIn(ana);
        List<InboxItem> mine = service.mine(null, 10);
        assertThat(mine).hasSize(1);
        InboxItem item = mine.getFirst();
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.messageKey()).isEqualTo("inboxtest.thanked");
        assertThat(item.params()).containsExactly("Sara", "For the demo");
        assertThat(item.link()).isEqualTo("kudos/123");
        assertThat(item.unread()).isTrue();

        fixtures.signIn(ben);
        assertThat(service.mine(null, 10)).isEmpty();
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    void parameters_come_back_exactly_as_posted() {
        var ana = fixtures.person("Ana Params");
        List<String> params = List.of("<b>bold</b> & \"quoted\" {0} 'it''s'", "سپاس از تیم 🎉", "", "a\nb");
        inbox.post(ana.getId(), "inboxtest.thanked", params, null);
        fixtures.signIn(ana);
        InboxItem item = service.mine(null, 10).getFirst();
        assertThat(item.params()).containsExactlyElementsOf(params);
        assertThat(item.link()).isNull();
    }

    @Test
    void a_long_parameter_is_cut_with_an_ellipsis() {
        var ana = fixtures.person("Ana Long");
        inbox.post(ana.getId(), "inboxtest.probe", List.of("x".repeat(Inbox.PARAM_MAX + 50)), null);
        fixtures.signIn(ana);
        String stored = service.mine(null, 1).getFirst().params().getFirst();
        assertThat(stored).hasSize(Inbox.PARAM_MAX).endsWith("…");
    }

    @Test
    void the_unread_count_falls_as_messages_are_read() {
        var ana = fixtures.person("Ana Count");
        long first = post(ana, "one");
        post(ana, "two");
        post(ana, "three");
        fixtures.signIn(ana);
        assertThat(service.unreadCount()).isEqualTo(3);

        service.markRead(first);
        assertThat(service.unreadCount()).isEqualTo(2);
        assertThat(service.mine(null, 10)).filteredOn(i -> i.id() == first).singleElement()
                .satisfies(i -> assertThat(i.readAt()).isNotNull());
        service.markRead(first);
        assertThat(service.unreadCount()).isEqualTo(2);

        service.markAllRead();
        assertThat(service.unreadCount()).isZero();
        assertThat(service.mine(null, 10)).hasSize(3).noneMatch(InboxItem::unread);
    }

    @Test
    void marking_another_persons_message_read_changes_nothing_and_says_nothing() {
        var ana = fixtures.person("Ana Own");
        var ben = fixtures.person("Ben Other");
        long anas = post(ana, "private");
        post(ben, "bens own");

        fixtures.signIn(ben);
        service.markRead(anas);
        assertThat(service.unreadCount()).isEqualTo(1);

        fixtures.signIn(ana);
        assertThat(service.unreadCount()).isEqualTo(1);
        assertThat(service.mine(null, 10)).singleElement().satisfies(i -> assertThat(i.unread()).isTrue());
    }

    @Test
    void mark_all_read_reads_only_my_messages() {
        var ana = fixtures.person("Ana All");
        var ben = fixtures.person("Ben All");
        post(ana, "a");
        post(ben, "b");
        fixtures.signIn(ben);
        service.markAllRead();
        fixtures.signIn(ana);
        assertThat(service.unreadCount()).isEqualTo(1);
    }

    @Test
    void pages_go_newest_first_by_keyset() {
        var ana = fixtures.person("Ana Pages");
        long m1 = post(ana, "1");
        long m2 = post(ana, "2");
        long m3 = post(ana, "3");
        long m4 = post(ana, "4");
        long m5 = post(ana, "5");
        fixtures.signIn(ana);

        List<InboxItem> first = service.mine(null, 2);
        assertThat(ids(first)).containsExactly(m5, m4);
        List<InboxItem> second = service.mine(first.getLast().id(), 2);
        assertThat(ids(second)).containsExactly(m3, m2);
        List<InboxItem> third = service.mine(second.getLast().id(), 2);
        assertThat(ids(third)).containsExactly(m1);
        assertThat(service.mine(m1, 2)).isEmpty();
    }

    @Test
    void a_page_holds_at_most_the_maximum() {
        var ana = fixtures.person("Ana Max");
        post(ana, "only");
        fixtures.signIn(ana);
        assertThat(service.mine(null, 0)).hasSize(1);
        assertThat(service.mine(null, Integer.MAX_VALUE)).hasSize(1);
    }

    @Test
    void a_link_must_stay_inside_the_app_and_a_key_must_be_a_key() {
        long ana = fixtures.person("Ana Links").getId();
        for (String link : List.of("https://evil.example/x", "//evil.example", "/kudos/1", "javascript:alert(1)", " kudos/1",
                "kudos/1\"><script>", "x".repeat(301))) {
            assertThatThrownBy(() -> inbox.post(ana, "inboxtest.probe", List.of(), link)).as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> inbox.post(ana, "Not a key!", List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inbox.post(ana, "inboxtest.probe", java.util.Collections.nCopies(11, "p"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.post(ana, "inboxtest.probe", List.of(), "rewards?tab=mine")).isPositive();
    }

    @Test
    void posting_and_reading_tell_the_persons_open_screens() throws InterruptedException {
        var ana = fixtures.person("Ana Live");
        var heard = new LinkedBlockingQueue<InboxChanged>();
        var registration = broadcaster.subscribe(InboxChanged.class, e -> {
            if (e.personId() == ana.getId()) {
                heard.add(e);
            }
        });
        try {
            long id = post(ana, "live");
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new InboxChanged(ana.getId()));
            fixtures.signIn(ana);
            service.markRead(id);
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new InboxChanged(ana.getId()));
        } finally {
            registration.remove();
        }
    }
}
