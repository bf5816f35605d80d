package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.DepartmentNode;
import app.bravo.recognition.AwardLevelInfo;
import app.bravo.recognition.BudgetMovement;
import app.bravo.recognition.DepartmentAllowance;
import app.bravo.recognition.RecognitionAdminService;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.Role;
import app.bravo.shared.i18n.Numbers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RecognitionAdminViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired RecognitionAdminService admin;
    @Autowired RecognitionSettingsStore store;

    private RecognitionSettingsStore.Settings before;

    @BeforeEach
    void signIn() {
        before = store.current();
        fixtures.signInAs(Role.HR);
    }

    @AfterEach
    void restore() {
        store.update(before);
        Fixtures.signOut();
    }

    @Test
    void hr_saves_the_settings_from_the_form() {
        RecognitionAdminView view = navigate(RecognitionAdminView.class);
        assertThat(view.monthlyAllowance.getValue()).isEqualTo(before.monthlyAllowance());

        view.monthlyAllowance.setValue(140);
        view.dailyCap.setValue(35);
        test(view.pointValue).setValue("0.02");
        test(view.currency).setValue("gbp");
        test(view.saveSettings).click();

        assertThat(view.settingsProblem.isVisible()).isFalse();
        var s = admin.settings();
        assertThat(s.monthlyAllowance()).isEqualTo(140);
        assertThat(s.dailyCap()).isEqualTo(35);
        assertThat(s.pointValue()).isEqualByComparingTo("0.02");
        assertThat(view.currency.getValue()).isEqualTo("GBP");
    }

    @Test
    void a_bad_point_value_or_currency_is_explained_and_the_input_stays() {
        RecognitionAdminView view = navigate(RecognitionAdminView.class);

        test(view.pointValue).setValue("abc");
        view.monthlyAllowance.setValue(77);
        test(view.saveSettings).click();
        assertThat(view.settingsProblem.isVisible()).isTrue();
        assertThat(view.settingsProblem.getMessage()).isEqualTo(view.getTranslation("recognition.admin.error.point-value"));
        assertThat(view.monthlyAllowance.getValue()).isEqualTo(77);

        test(view.pointValue).setValue("0.01");
        test(view.currency).setValue("EU");
        test(view.saveSettings).click();
        assertThat(view.settingsProblem.getMessage()).isEqualTo(view.getTranslation("recognition.admin.error.currency"));
        assertThat(view.currency.getValue()).isEqualTo("EU");
        assertThat(store.current()).isEqualTo(before);
    }

    @Test
    void hr_gives_a_department_its_own_allowance_and_takes_it_away() {
        var dept = fixtures.department("Points");
        RecognitionAdminView view = navigate(RecognitionAdminView.class);
        DepartmentNode node = view.department.getListDataView().getItems().filter(d -> d.id() == dept.getId()).findFirst()
                .orElseThrow();

        test(view.setDepartment).click();
        assertThat(view.departmentProblem.getMessage()).isEqualTo(view.getTranslation("recognition.admin.error.choose-department"));

        view.department.setValue(node);
        view.departmentAmount.setValue(45);
        test(view.setDepartment).click();

        assertThat(view.departmentProblem.isVisible()).isFalse();
        assertThat(view.allowances.getListDataView().getItems())
                .contains(new DepartmentAllowance(dept.getId(), dept.getName(), 45));
        admin.removeDepartmentAllowance(dept.getId());
    }

    @Test
    void hr_creates_an_award_level_and_a_bad_one_is_explained() {
        String name = Fixtures.unique("Stellar");
        RecognitionAdminView view = navigate(RecognitionAdminView.class);
        test(view.newLevel).click();

        test(view.levelNameEn).setValue(name);
        view.levelPoints.setValue(30);
        test(view.saveLevel).click();
        assertThat(view.levelProblem.getMessage()).isEqualTo(view.getTranslation("recognition.admin.error.level-name-fa.required"));

        test(view.levelNameFa).setValue("درخشان");
        test(view.saveLevel).click();

        assertThat(view.levelProblem.isVisible()).isFalse();
        AwardLevelInfo level = view.levels.getListDataView().getItems().filter(l -> l.nameEn().equals(name)).findFirst().orElseThrow();
        assertThat(level.nameFa()).isEqualTo("درخشان");
        assertThat(level.points()).isEqualTo(30);
        assertThat(level.active()).isTrue();
        assertThat(view.editingLevel).isEqualTo(level.id());
    }

    @Test
    void hr_tops_up_the_company_budget_and_sees_the_new_balance() {
        RecognitionAdminView view = navigate(RecognitionAdminView.class);
        long budget = admin.companyBudget();

        view.topUpAmount.setValue(120);
        test(view.topUp).click();

        assertThat(view.budgetProblem.isVisible()).isFalse();
        assertThat(view.budgetBalance.getText()).isEqualTo(Numbers.format(budget + 120, Locale.ENGLISH));
        assertThat(view.movements.getListDataView().getItems().findFirst().orElseThrow().amount()).isEqualTo(120);
        assertThat(view.liabilityPoints.getText()).isEqualTo(Numbers.format(admin.liability().points(), Locale.ENGLISH));
    }

    @Test
    void a_persian_reader_sees_the_point_value_and_the_worth_with_persian_digits_and_separator() {
        Locale fa = Locale.forLanguageTag("fa");
        UI.getCurrent().setLocale(fa);
        RecognitionAdminView view = navigate(RecognitionAdminView.class);
        test(view.pointValue).setValue("۰٫۰۱۲۵");
        test(view.currency).setValue("EUR");
        test(view.saveSettings).click();

        assertThat(view.settingsProblem.isVisible()).isFalse();
        assertThat(admin.settings().pointValue()).isEqualByComparingTo("0.0125");
        assertThat(view.pointValue.getValue()).isEqualTo("۰٫۰۱۲۵");
        var l = admin.liability();
        assertThat(view.liabilityWorth.getText()).isEqualTo(Numbers.money(l.worth(), "EUR", fa))
                .doesNotContainPattern("[0-9.]").contains("€").contains("٫");
    }

    @Test
    void the_budget_shows_the_newest_movements_and_show_more_the_older_ones_below() {
        for (int amount = 1; amount <= RecognitionAdminView.MOVEMENTS_SHOWN + 1; amount++) {
            admin.topUp(amount);
        }
        RecognitionAdminView view = navigate(RecognitionAdminView.class);

        assertThat(view.movements.getListDataView().getItems().map(BudgetMovement::amount).toList())
                .containsExactlyElementsOf(java.util.stream.LongStream.iterate(51, a -> a - 1).limit(50).boxed().toList());
        assertThat(view.moreMovements.isVisible()).isTrue();

        test(view.moreMovements).click();

        assertThat(view.movements.getListDataView().getItems().limit(52).map(BudgetMovement::amount).toList())
                .startsWith(51L, 50L).element(50).isEqualTo(1L);
    }

    @Test
    void a_decimal_in_persian_digits_or_with_a_comma_is_read() {
        assertThat(RecognitionAdminView.decimal("۰٫۰۵")).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(RecognitionAdminView.decimal("0,5")).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(RecognitionAdminView.decimal("1e3")).isNull();
    }
}
