package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.recognition.RewardDetails;
import app.bravo.recognition.RewardForm;
import app.bravo.security.Role;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.upload.UploadsTestImages;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /rewards/manage} for HR: the queue (leavers marked), fulfil and decline, the catalog editor with pictures, the export and the liability. */
@IntegrationTest
class RewardsManageViewTest extends RewardsViewTestCase {

    @Autowired PeopleService people;

    @Test
    void hr_fulfils_one_redemption_and_declines_a_leavers_with_a_reason_which_refunds_it() {
        String tag = Fixtures.unique("queue");
        Person stays = fixtures.person("Stays " + tag);
        Person leaves = fixtures.person("Leaves " + tag);
        points.give(stays.getId(), 40, "k");
        points.give(leaves.getId(), 40, "k");
        fixtures.signInAs(Role.HR);
        long hoodie = rewards.create(new RewardForm("Hoodie " + tag, "هودی " + tag, "", "", 40, 5, true));
        fixtures.signIn(stays);
        long first = rewards.redeem(hoodie);
        fixtures.signIn(leaves);
        long second = rewards.redeem(hoodie);
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(leaves.getId());
        fixtures.signInAs(Role.HR);

        RewardsManageView view = navigate(RewardsManageView.class);
        loadWholeQueue(view);
        assertThat(view.queueCards).containsKeys(first, second);
        assertThat(view.queueCards.get(second).getElement().getTextRecursively())
                .contains("Leaves " + tag).contains("Has left the company").contains("Hoodie " + tag).contains("40 points");
        assertThat(view.queueCards.get(first).getElement().getTextRecursively()).doesNotContain("Has left the company");

        test(view.queueCards.get(first).approve).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("“Hoodie " + tag + "” for Stays " + tag
                + " is marked as handed over.");
        loadWholeQueue(view);
        assertThat(view.queueCards).doesNotContainKey(first);

        test(view.queueCards.get(second).decline).click();
        assertThat(view.declineDialog.isOpened()).isTrue();
        // the browserless tester finds this footer button detached here (not so in the wall's reject dialog;
        // not investigated yet), so the dialog's own confirm runs what the button runs
        view.declineDialog.confirm();
        assertThat(view.declineDialog.reason.isInvalid()).isTrue();
        assertThat(view.declineDialog.reason.getErrorMessage()).isEqualTo("Say why you decline it; the person will read it.");
        view.declineDialog.reason.setValue("Left before we could order it");
        view.declineDialog.confirm();
        assertThat(view.declineDialog.isOpened()).isFalse();
        assertThat(points.balance(leaves.getId())).isEqualTo(40);
        loadWholeQueue(view);
        assertThat(view.queueCards).doesNotContainKeys(first, second);
    }

    @Test
    void hr_adds_a_reward_with_a_picture_and_sees_clear_messages_for_bad_input() throws Exception {
        String tag = Fixtures.unique("editor");
        fixtures.signInAs(Role.HR);
        RewardsManageView view = navigate(RewardsManageView.class);
        test(view.tabs).select(1);
        test(view.create).click();
        var editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.upload.isVisible()).isFalse();
        assertThat(editor.pictureHint.getText()).isEqualTo("Save the reward first, then add its picture.");

        test(editor.nameEn).setValue("Lunch " + tag);
        editor.cost.setValue(25);
        test(editor.save).click();
        assertThat(editor.nameFa.isInvalid()).isTrue();
        assertThat(editor.nameFa.getErrorMessage()).isEqualTo("Enter the Persian name.");
        assertThat(editor.error.getText()).isEqualTo("Enter the Persian name.");

        test(editor.nameFa).setValue("ناهار " + tag);
        editor.cost.setValue(0);
        test(editor.save).click();
        assertThat(editor.error.getText()).isEqualTo("The cost is a whole number of points above zero.");
        editor.cost.setValue(25);
        editor.stock.setValue(3);
        test(editor.save).click();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.upload.isVisible()).isTrue();
        RewardDetails saved = rewards.rewards().stream().filter(r -> r.nameEn().equals("Lunch " + tag)).findFirst().orElseThrow();
        assertThat(saved.nameFa()).isEqualTo("ناهار " + tag);
        assertThat(saved.stock()).isEqualTo(3);

        editor.savePicture("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.pictureError.isVisible()).isTrue();
        assertThat(editor.pictureError.getText()).isEqualTo("This file is not a PNG, JPEG or GIF image.");
        editor.savePicture(UploadsTestImages.image("jpeg", 640, 480, false));
        assertThat(editor.pictureError.isVisible()).isFalse();
        assertThat(editor.picture.isVisible()).isTrue();
        assertThat(editor.picture.getSrc()).startsWith("files/");
        assertThat(view.grid.getGenericDataView().getItems().filter(r -> r.id() == saved.id()).findFirst().orElseThrow()
                .pictureUrl()).isEqualTo(editor.picture.getSrc());
    }

    @Test
    void the_export_holds_the_period_and_the_liability_shows_points_and_worth() {
        String tag = Fixtures.unique("export");
        Person me = fixtures.person("Exporter " + tag);
        points.give(me.getId(), 15, "k");
        fixtures.signInAs(Role.HR);
        long cap = rewards.create(new RewardForm("Cap " + tag, "کلاه " + tag, "", "", 15, null, true));
        fixtures.signIn(me);
        rewards.redeem(cap);
        fixtures.signInAs(Role.HR);

        RewardsManageView view = navigate(RewardsManageView.class);
        assertThat(view.liabilityPoints.getText()).matches("[0-9,]+");
        var l = rewards.liability();
        assertThat(view.liabilityWorth.getText()).isEqualTo("Worth " + Numbers.money(l.worth(), l.currency(), Locale.ENGLISH)
                + " at " + Numbers.unitPrice(l.pointValue(), l.currency(), Locale.ENGLISH) + " a point");
        test(view.tabs).select(2);
        String csv = new String(view.exportCsv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdate,person,email,reward_en,reward_fa,cost,status,decided_by,decided_at,reason")
                .contains("Exporter " + tag).contains("کلاه " + tag);
        view.to.setValue(LocalDate.now().minusYears(1));
        assertThat(view.export.isEnabled()).isFalse();
        assertThat(view.exportError.getText()).isEqualTo("The end of the period comes before its start.");
    }

    @Test
    void a_persian_reader_sees_the_liability_in_persian_digits_with_one_decimal_separator() {
        fixtures.signInAs(Role.HR);
        Locale fa = Locale.forLanguageTag("fa");
        UI.getCurrent().setLocale(fa);
        RewardsManageView view = navigate(RewardsManageView.class);
        var l = rewards.liability();
        assertThat(view.liabilityWorth.getText()).isEqualTo("به ارزش " + Numbers.money(l.worth(), l.currency(), fa)
                + " با نرخ " + Numbers.unitPrice(l.pointValue(), l.currency(), fa) + " برای هر امتیاز");
        // Latin digits or a Latin point beside Persian ones ("EUR ۰.۰۱") were the defect
        assertThat(view.liabilityWorth.getText()).doesNotContainPattern("[0-9.]");
    }

    /** Loads every page of the queue (other tests leave redemptions waiting too); a decision reloads the first page. */
    private void loadWholeQueue(RewardsManageView view) {
        for (int i = 0; i < 500 && view.moreQueue.isVisible(); i++) {
            test(view.moreQueue).click();
        }
    }
}
