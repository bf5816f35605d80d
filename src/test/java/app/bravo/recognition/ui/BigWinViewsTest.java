package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.home.HomeView;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.people.PersonSummary;
import app.bravo.recognition.AwardOption;
import app.bravo.recognition.BigWinForm;
import app.bravo.recognition.BigWinQueueChanged;
import app.bravo.recognition.BigWinService;
import app.bravo.recognition.BigWinStatus;
import app.bravo.recognition.internal.Ledger;
import app.bravo.security.Role;
import app.bravo.shared.live.Broadcaster;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The nomination dialog, the approvals queue, my nominations and the home card, without a browser. */
@IntegrationTest
class BigWinViewsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired BigWinService bigWins;
    @Autowired PeopleService people;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired BigWinNominations nominations;
    @Autowired Broadcaster broadcaster;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_dialog_nominates_colleagues_found_by_name_for_an_award_with_its_points() {
        Person manager = fixtures.person(name("Manager"), Role.MANAGER);
        Person colleague = reportOf(manager);
        long level = level(20);
        fixtures.signIn(fixtures.person(name("HR nominator"), Role.HR));
        ApprovalsView view = navigate(ApprovalsView.class);

        test(view.nominate).click();
        NominateDialog dialog = $(NominateDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        AwardOption option = dialog.level.getListDataView().getItems().filter(a -> a.id() == level).findFirst().orElseThrow();
        assertThat(dialog.level.getItemLabelGenerator().apply(option)).isEqualTo(option.nameEn() + " · 20 points");

        // nothing chosen: the problems are shown on the fields, the dialog stays open
        test(dialog.submit).click();
        assertThat(dialog.recipients.isInvalid()).isTrue();
        assertThat(dialog.recipients.getErrorMessage()).isEqualTo("Choose at least one colleague.");
        assertThat(dialog.isOpened()).isTrue();

        PersonSummary found = people.search(colleague.getDisplayName(), null, false, PageRequest.of(0, 5)).getContent().getFirst();
        dialog.recipients.setValue(Set.of(found));
        test(dialog.submit).click();
        assertThat(dialog.level.isInvalid()).isTrue();
        dialog.level.setValue(option);
        test(dialog.submit).click();
        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(dialog.message.getErrorMessage()).isEqualTo("Say what they did.");
        dialog.message.setValue("Saved the launch <i>single-handedly</i> 🚀");
        test(dialog.submit).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Nominated. You will see the decision in My nominations.");
        var mine = bigWins.myNominations(null, 5).items().getFirst();
        assertThat(mine.recipientIds()).containsExactly(colleague.getId());
        assertThat(mine.message()).isEqualTo("Saved the launch <i>single-handedly</i> 🚀");
        assertThat(mine.points()).isEqualTo(20);
        assertThat(mine.approver()).isNotNull();
        assertThat(mine.approver().id()).isEqualTo(manager.getId());
    }

    @Test
    void the_opener_chooses_the_person_of_a_profile_and_leaves_out_former_staff() {
        Person colleague = fixtures.person(name("Colleague"));
        Person gone = fixtures.person(name("Gone"));
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(gone.getId());
        fixtures.signInAs();
        navigate(MyNominationsView.class);

        var dialog = (NominateDialog) nominations.open(List.of(colleague.getId(), gone.getId()), id -> { });
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.recipients.getValue()).extracting(PersonSummary::id).containsExactly(colleague.getId());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Nominate a big win");
    }

    @Test
    void the_queue_shows_each_nomination_and_approves_it_with_a_note() {
        Person manager = fixtures.person(name("Manager"), Role.MANAGER);
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long level = level(10);
        long id = nominate(nominator, level, "Fixed the outage at 3 a.m.", a);
        topUp(100);

        fixtures.signIn(manager);
        ApprovalsView view = navigate(ApprovalsView.class);
        BigWinCard card = view.card(id).orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains(nominator.getDisplayName()).contains(a.getDisplayName())
                .contains(levelName(level) + " · 10 points each").contains("Fixed the outage at 3 a.m.")
                .contains("Routed to you as their manager.");
        assertThat(card.message.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(view.empty.isVisible()).isFalse();

        test(button(card, "Approve")).click();
        assertThat(view.decision.isOpened()).isTrue();
        assertThat(view.decision.note.isRequired()).isFalse();
        view.decision.note.setValue("Thank you!");
        test(view.decision.confirm).click();

        assertThat(view.decision.isOpened()).isFalse();
        assertThat(view.card(id)).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Approved: the points are paid and the big win is celebrated.");
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, a.getId())).isEqualTo(10);
        fixtures.signIn(nominator);
        var decided = bigWins.myNominations(null, 5).items().getFirst();
        assertThat(decided.status()).isEqualTo(BigWinStatus.PUBLISHED);
        assertThat(decided.decisionNote()).isEqualTo("Thank you!");
    }

    @Test
    void the_queue_is_live_a_new_nomination_routed_here_appears_and_one_decided_by_another_approver_leaves() throws Exception {
        Person hr = fixtures.person(name("HR watcher"), Role.HR);
        Person otherHr = fixtures.person(name("HR colleague"), Role.HR);
        Person manager = fixtures.person(name("Manager elsewhere"), Role.MANAGER);
        Person nominator = fixtures.person(name("Nominator"));
        long level = level(10);
        topUp(100);
        fixtures.signIn(hr);
        ApprovalsView view = navigate(ApprovalsView.class);

        var heard = new java.util.concurrent.LinkedBlockingQueue<BigWinQueueChanged>();
        var registration = broadcaster.subscribe(BigWinQueueChanged.class, heard::add);
        try {
            long toHr = nominate(nominator, level, "Rescued the demo", fixtures.person(name("Unmanaged")));
            long toManager = nominate(nominator, level, "Not for HR", reportOf(manager));
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new BigWinQueueChanged(toHr));
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new BigWinQueueChanged(toManager));

            // each queue reads the nomination with its own reader's rights: HR's gets the one routed to HR only
            fixtures.signIn(hr);
            view.queueChanged(toHr);
            view.queueChanged(toManager);
            view.queueChanged(toHr);
            assertThat(view.cards.keySet()).first().isEqualTo(toHr);
            assertThat(view.cards).doesNotContainKey(toManager);
            assertThat(view.list.getChildren().findFirst()).containsSame(view.card(toHr).orElseThrow());
            assertThat(view.card(toHr).orElseThrow().hasClassName("bigwin-card-new")).isTrue();

            // HR opens the decision while the other HR person approves it: the card leaves at once
            test(button(view.card(toHr).orElseThrow(), "Approve")).click();
            fixtures.signIn(otherHr);
            bigWins.approve(toHr, "Mine first");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new BigWinQueueChanged(toHr));
            fixtures.signIn(hr);
            view.queueChanged(toHr);
            assertThat(view.card(toHr)).isEmpty();
            assertThat(view.list.getChildren().filter(c -> c instanceof BigWinCard b && b.win.id() == toHr)).isEmpty();

            // deciding it anyway is refused with the service's plain message
            test(view.decision.confirm).click();
            assertThat(test($(Notification.class).last()).getText()).isEqualTo("Someone has already decided this nomination.");
            assertThat(view.decision.isOpened()).isFalse();
        } finally {
            registration.remove();
        }
    }

    @Test
    void a_company_budget_too_small_is_said_plainly_and_the_nomination_stays() {
        Person a = fixtures.person(name("Recipient"));
        long id = nominate(fixtures.person(name("Nominator")), level(1_000_000_000), "Huge", a, fixtures.person(name("Recipient")));
        fixtures.signInAs(Role.HR);
        ApprovalsView view = navigate(ApprovalsView.class);
        BigWinCard card = card(view, id);

        test(button(card, "Approve")).click();
        test(view.decision.confirm).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("The company budget holds ")
                .endsWith("and this big win needs 2,000,000,000. Ask HR to top it up; nothing was changed.");
        assertThat(view.decision.isOpened()).isTrue();
        assertThat(view.card(id)).isPresent();
    }

    @Test
    void declining_asks_for_a_note_and_the_nominator_reads_it() {
        Person manager = fixtures.person(name("Manager"), Role.MANAGER);
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(10), "Did their job", a);
        fixtures.signIn(manager);
        ApprovalsView view = navigate(ApprovalsView.class);

        test(button(view.card(id).orElseThrow(), "Decline")).click();
        assertThat(view.decision.note.isRequired()).isTrue();
        test(view.decision.confirm).click();
        assertThat(view.decision.note.isInvalid()).isTrue();
        assertThat(view.decision.isOpened()).isTrue();
        view.decision.note.setValue("Lovely, but a kudos fits better");
        test(view.decision.confirm).click();
        assertThat(view.card(id)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();

        fixtures.signIn(nominator);
        MyNominationsView mine = navigate(MyNominationsView.class);
        String text = mine.card(id).orElseThrow().getElement().getTextRecursively();
        assertThat(text).contains("Declined").contains("Lovely, but a kudos fits better").contains(manager.getDisplayName());
    }

    @Test
    void the_dialog_hints_what_each_field_wants_in_english_and_persian() {
        fixtures.signIn(fixtures.person(name("HR nominator"), Role.HR));
        test(navigate(ApprovalsView.class).nominate).click();
        NominateDialog dialog = $(NominateDialog.class).single();
        assertThat(dialog.recipients.getPlaceholder()).isEqualTo("Type a name");
        assertThat(dialog.level.getPlaceholder()).isEqualTo("Choose an award");
        assertThat(dialog.values.getPlaceholder()).isEqualTo("Choose values");
        assertThat(dialog.message.getPlaceholder()).isEqualTo("What happened, and what did it change?");
        dialog.close();

        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        test(navigate(ApprovalsView.class).nominate).click();
        NominateDialog persian = $(NominateDialog.class).single();
        assertThat(persian.recipients.getPlaceholder()).isEqualTo("نامی بنویسید");
        assertThat(persian.level.getPlaceholder()).isEqualTo("جایزه‌ای برگزینید");
        assertThat(persian.values.getPlaceholder()).isEqualTo("ارزش‌ها را برگزینید");
        assertThat(persian.message.getPlaceholder()).isEqualTo("چه شد و چه چیزی را تغییر داد؟");
    }

    @Test
    void an_empty_queue_says_so_in_persian_too() {
        fixtures.signIn(fixtures.person(name("Manager"), Role.MANAGER));
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        ApprovalsView view = navigate(ApprovalsView.class);
        assertThat(view.cards).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("هیچ نامزدی‌ای منتظر شما نیست.");
        assertThat(view.getPageTitle()).endsWith("· " + view.getTranslation("app.name"));
    }

    @Test
    void my_nominations_show_what_waits_and_for_whom() {
        Person manager = fixtures.person(name("Manager"), Role.MANAGER);
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long toManager = nominate(nominator, level(10), "One", a);
        long toHr = nominate(nominator, level(10), "Two", fixtures.person(name("Alone")));
        fixtures.signIn(nominator);
        MyNominationsView view = navigate(MyNominationsView.class);
        assertThat(view.cards.keySet()).containsExactly(toHr, toManager);
        assertThat(view.card(toManager).orElseThrow().outcome.getText()).isEqualTo("Waiting for \u2068" + manager.getDisplayName() + "\u2069 to decide.");
        assertThat(view.card(toHr).orElseThrow().outcome.getText()).isEqualTo("Waiting for HR to decide.");
        assertThat(view.card(toHr).orElseThrow().status.getText()).isEqualTo("Waiting");
    }

    @Test
    void the_home_card_celebrates_big_wins_and_tells_deciders_what_waits() {
        Person manager = fixtures.person(name("Manager"), Role.MANAGER);
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long celebrated = nominate(nominator, level(10), "Celebrate me", fixtures.person(name("Star")));
        topUp(50);
        fixtures.signInAs(Role.HR);
        bigWins.approve(celebrated, null);
        nominate(nominator, level(10), "Waiting", a);

        fixtures.signIn(manager);
        HomeView home = navigate(HomeView.class);
        var card = $(BigWinsHomeCard.Panel.class, home).single();
        assertThat(card.getElement().getTextRecursively()).contains("Big wins").contains("Celebrate me");
        assertThat(card.waiting.isVisible()).isTrue();
        assertThat(card.waiting.getText()).isEqualTo("One nomination waits for you");
        assertThat(card.waiting.getHref()).isEqualTo("kudos/approvals");

        fixtures.signIn(a);
        navigate(MyNominationsView.class); // the router keeps the view it is on: leave it first
        HomeView plain = navigate(HomeView.class);
        assertThat(plain).isNotSameAs(home);
        assertThat($(BigWinsHomeCard.Panel.class, plain).single().waiting.isVisible()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void the_side_menu_offers_approvals_to_managers_and_hr_and_my_nominations_to_everyone(Role role) {
        fixtures.signInAs(role);
        navigate(HomeView.class);
        List<String> paths = $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
        assertThat(paths).as("side menu of %s", role).contains("kudos/nominations");
        if (role == Role.MANAGER || role == Role.HR) {
            assertThat(paths).as("side menu of %s", role).contains("kudos/approvals");
        } else {
            assertThat(paths).as("side menu of %s", role).doesNotContain("kudos/approvals");
        }
    }

    // ---- helpers ----

    private static String name(String prefix) {
        return prefix + " " + Fixtures.unique("v");
    }

    private static Button button(BigWinCard card, String text) {
        return card.actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private BigWinCard card(ApprovalsView view, long id) {
        while (view.card(id).isEmpty() && view.more.isVisible()) {
            test(view.more).click();
        }
        return view.card(id).orElseThrow();
    }

    private Person reportOf(Person manager) {
        Person p = fixtures.person(name("Report"));
        jdbc.sql("UPDATE person SET manager_id = :m WHERE id = :p").param("m", manager.getId()).param("p", p.getId()).update();
        return p;
    }

    private long level(int points) {
        String tag = Fixtures.unique("L");
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award_level (name_en, name_fa, points, position) VALUES (:en, :fa, :p, 100)")
                .param("en", "Level " + tag).param("fa", "سطح " + tag).param("p", points).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private String levelName(long level) {
        return jdbc.sql("SELECT name_en FROM award_level WHERE id = :id").param("id", level).query(String.class).single();
    }

    private long nominate(Person nominator, long level, String message, Person... recipients) {
        fixtures.signIn(nominator);
        return bigWins.nominate(new BigWinForm(java.util.Arrays.stream(recipients).map(Person::getId).toList(), level,
                List.of(), message));
    }

    private void topUp(int amount) {
        tx.executeWithoutResult(s -> ledger.topUp(amount, "test"));
    }
}
