package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.recognition.RewardForm;
import app.bravo.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /rewards} for an employee: balance, catalog cards, redeeming with a confirmation, my redemptions and history. */
@IntegrationTest
class RewardsViewTest extends RewardsViewTestCase {


    @Test
    void a_person_sees_their_balance_and_redeems_an_affordable_reward_after_confirming() {
        String tag = Fixtures.unique("view");
        Person me = fixtures.person("Viewer " + tag);
        points.give(me.getId(), 50, "Thanks for the launch " + tag);
        long mug = reward("Mug " + tag, 30, 2);
        long bike = reward("Bike " + tag, 500, null);
        long gone = reward("Gone " + tag, 5, 0);
        fixtures.signIn(me);

        RewardsView view = navigate(RewardsView.class);
        assertThat(view.balance.getText()).isEqualTo("50");
        assertThat(view.manage.isVisible()).isFalse();
        var mugCard = view.cards.get(mug);
        assertThat(mugCard.getElement().getTextRecursively()).contains("Mug " + tag).contains("30 points").contains("2 left");
        assertThat(mugCard.redeem.isEnabled()).isTrue();
        assertThat(view.cards.get(bike).redeem.isEnabled()).isFalse();
        assertThat(view.cards.get(bike).why.getText()).isEqualTo("You need 450 more points");
        assertThat(view.cards.get(bike).stock.getText()).isEqualTo("Unlimited");
        assertThat(view.cards.get(gone).redeem.isEnabled()).isFalse();
        assertThat(view.cards.get(gone).why.getText()).isEqualTo("Out of stock");
        assertThat(view.redemptionsEmpty.isVisible()).isTrue();
        assertThat(view.history.getElement().getTextRecursively()).contains("Big win awarded").contains("Thanks for the launch " + tag);

        test(mugCard.redeem).click();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(test(view.confirm).getText()).isEqualTo("“Mug " + tag + "” costs 30 points; 20 will be left. "
                + "HR will hand it over or give the points back.");
        test(view.confirm).confirm();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("“Mug " + tag + "” is redeemed. HR will be in touch.");
        assertThat(view.balance.getText()).isEqualTo("20");
        assertThat(view.cards.get(mug).stock.getText()).isEqualTo("1 left");
        assertThat(view.cards.get(mug).redeem.isEnabled()).isFalse();
        assertThat(view.redemptionCards).hasSize(1);
        assertThat(view.redemptions.getElement().getTextRecursively()).contains("Waiting for HR").contains("Mug " + tag);
        assertThat(view.history.getElement().getTextRecursively()).contains("Reward redeemed");
    }

    @Test
    void a_declined_redemption_shows_its_reason_and_hr_sees_the_link_to_manage() {
        String tag = Fixtures.unique("declined");
        Person me = fixtures.person("Declined " + tag, Role.HR);
        points.give(me.getId(), 20, "Kudos " + tag);
        long pen = reward("Pen " + tag, 20, null);
        fixtures.signIn(me);
        long redemption = rewards.redeem(pen);
        fixtures.signInAs(Role.HR);
        rewards.decline(redemption, "We ran out of pens");
        fixtures.signIn(me);

        RewardsView view = navigate(RewardsView.class);
        assertThat(view.manage.isVisible()).isTrue();
        assertThat(view.balance.getText()).isEqualTo("20");
        assertThat(view.redemptionCards.get(redemption).getElement().getTextRecursively())
                .contains("Declined").contains("We ran out of pens").contains("the points came back");
        assertThat(view.history.getElement().getTextRecursively()).contains("Redemption declined, points back");
    }

    @Test
    void the_history_loads_more_on_request() {
        String tag = Fixtures.unique("more");
        Person me = fixtures.person("Many " + tag);
        for (int i = 0; i < RewardsView.PAGE_SIZE + 3; i++) {
            points.give(me.getId(), 1, "Small thanks " + i);
        }
        fixtures.signIn(me);
        RewardsView view = navigate(RewardsView.class);
        assertThat(view.history.getComponentCount()).isEqualTo(RewardsView.PAGE_SIZE);
        assertThat(view.moreHistory.isVisible()).isTrue();
        test(view.moreHistory).click();
        assertThat(view.history.getComponentCount()).isEqualTo(RewardsView.PAGE_SIZE + 3);
        assertThat(view.moreHistory.isVisible()).isFalse();
    }

    @Test
    void in_persian_the_catalog_shows_persian_names() {
        String tag = Fixtures.unique("fa");
        long book = reward("Book " + tag, 10, null);
        fixtures.signIn(fixtures.person("Reader " + tag));
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        RewardsView view = navigate(RewardsView.class);
        assertThat(view.cards.get(book).getElement().getTextRecursively()).contains("جایزه Book " + tag)
                .contains("نامحدود");
        assertThat(view.cards.get(book).why.getText()).isEqualTo("۱۰ امتیاز دیگر لازم دارید");
    }

    private long reward(String name, int cost, @Nullable Integer stock) {
        fixtures.signInAs(Role.HR);
        long id = rewards.create(new RewardForm(name, "جایزه " + name, "About " + name, "", cost, stock, true));
        Fixtures.signOut();
        return id;
    }
}
