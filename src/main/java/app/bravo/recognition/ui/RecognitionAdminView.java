package app.bravo.recognition.ui;

import app.bravo.shared.ui.ErrorBanner;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.recognition.AwardLevelInfo;
import app.bravo.recognition.BudgetMovement;
import app.bravo.recognition.DepartmentAllowance;
import app.bravo.recognition.PointsLiability;
import app.bravo.recognition.RecognitionAdminService;
import app.bravo.recognition.RecognitionSettings;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.IntegerInput;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HR's administration of points (issue 13) at {@code /kudos/admin}, in five sections on one page:
 * the settings, department allowances, big-win award levels, the company budget with its top-up
 * and recent movements, and the points liability. A refusal of the service is shown beside the
 * section it belongs to, and the input stays as typed, so nothing is lost.
 */
@Route("kudos/admin")
@Menu(title = "nav.kudos.admin", icon = "vaadin:coin-piles", order = 26)
@RolesAllowed({Roles.HR, Roles.ADMIN})
@StyleSheet("assets/admin.css")
@StyleSheet("assets/recognition-admin.css")
public class RecognitionAdminView extends Main implements HasDynamicTitle {

    static final int MOVEMENTS_SHOWN = 50;

    // settings
    final IntegerInput monthlyAllowance = points("recognition.admin.settings.allowance", 0);
    final IntegerInput teamBudgetBase = points("recognition.admin.settings.team-base", 0);
    final IntegerInput teamBudgetPerReport = points("recognition.admin.settings.team-per-report", 0);
    final IntegerInput dailyCap = points("recognition.admin.settings.daily-cap", 0);
    final Checkbox valueRequired = new Checkbox();
    final TextField pointValue = new TextField();
    final TextField currency = new TextField();
    final Button saveSettings = primary("recognition.admin.settings.save");
    final ErrorBanner settingsProblem = new ErrorBanner();

    // department allowances
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final IntegerInput departmentAmount = points("recognition.admin.departments.amount", 0);
    final Button setDepartment = primary("recognition.admin.departments.set");
    final Grid<DepartmentAllowance> allowances = new Grid<>();
    final ErrorBanner departmentProblem = new ErrorBanner();

    // award levels
    final Grid<AwardLevelInfo> levels = new Grid<>();
    final Button newLevel = new Button();
    final TextField levelNameEn = new TextField();
    final TextField levelNameFa = new TextField();
    final IntegerInput levelPoints = points("recognition.admin.levels.points", 1);
    final IntegerInput levelPosition = points("recognition.admin.levels.position", 0);
    final Checkbox levelActive = new Checkbox();
    final Button saveLevel = primary("recognition.admin.levels.save");
    final Span levelEditing = new Span();
    final ErrorBanner levelProblem = new ErrorBanner();
    @Nullable Long editingLevel;

    // company budget and liability
    final Span budgetBalance = new Span();
    final IntegerInput topUpAmount = points("recognition.admin.budget.top-up-amount", 1);
    final Button topUp = primary("recognition.admin.budget.top-up");
    final Grid<BudgetMovement> movements = new Grid<>();
    final Button moreMovements = new Button();
    private final List<BudgetMovement> shownMovements = new ArrayList<>();
    private @Nullable KeysetToken movementsNext;
    final ErrorBanner budgetProblem = new ErrorBanner();
    final Span liabilityPoints = new Span();
    final Span liabilityWorth = new Span();

    private final transient RecognitionAdminService service;
    private final transient PeopleService people;

    RecognitionAdminView(RecognitionAdminService service, PeopleService people) {
        this.service = service;
        this.people = people;
        addClassNames("view", "admin-view", "recognition-admin");
        var title = new H1(getTranslation("nav.kudos.admin"));
        title.addClassName("recognition-admin-title");
        add(title, settingsSection(), departmentsSection(), levelsSection(), budgetSection(), liabilitySection());
        loadSettings();
        loadDepartments();
        loadLevels();
        loadBudget();
    }

    // ---- settings ----

    private Component settingsSection() {
        valueRequired.setLabel(getTranslation("recognition.admin.settings.value-required"));
        pointValue.setLabel(getTranslation("recognition.admin.settings.point-value"));
        pointValue.setHelperText(getTranslation("recognition.admin.settings.point-value.help"));
        pointValue.setAllowedCharPattern("[0-9\\u06f0-\\u06f9\\u0660-\\u0669.,\\u066b]");
        pointValue.getElement().setAttribute("inputmode", "decimal");
        currency.setLabel(getTranslation("recognition.admin.settings.currency"));
        currency.setHelperText(getTranslation("recognition.admin.settings.currency.help"));
        currency.setMaxLength(3);
        currency.setAllowedCharPattern("[A-Za-z]");
        monthlyAllowance.setHelperText(getTranslation("recognition.admin.settings.allowance.help"));
        teamBudgetPerReport.setHelperText(getTranslation("recognition.admin.settings.team.help"));
        dailyCap.setHelperText(getTranslation("recognition.admin.settings.daily-cap.help"));
        saveSettings.addClickListener(e -> saveSettings());
        var form = form();
        form.add(monthlyAllowance, dailyCap, teamBudgetBase, teamBudgetPerReport, pointValue, currency, valueRequired);
        return section("recognition.admin.settings.title", "recognition.admin.settings.intro", settingsProblem, form,
                actions(saveSettings));
    }

    private void loadSettings() {
        RecognitionSettings s = service.settings();
        monthlyAllowance.setValue(s.monthlyAllowance());
        teamBudgetBase.setValue(s.teamBudgetBase());
        teamBudgetPerReport.setValue(s.teamBudgetPerReport());
        dailyCap.setValue(s.dailyCap());
        valueRequired.setValue(s.valueRequired());
        pointValue.setValue(Numbers.decimal(s.pointValue(), getLocale()));
        currency.setValue(s.currency());
    }

    void saveSettings() {
        settingsProblem.clear();
        Integer allowance = whole(monthlyAllowance, settingsProblem);
        Integer base = whole(teamBudgetBase, settingsProblem);
        Integer perReport = whole(teamBudgetPerReport, settingsProblem);
        Integer cap = whole(dailyCap, settingsProblem);
        BigDecimal value = decimal(pointValue.getValue());
        if (allowance == null || base == null || perReport == null || cap == null) {
            return;
        }
        if (value == null) {
            pointValue.setInvalid(true);
            settingsProblem.show(getTranslation("recognition.admin.error.point-value"));
            return;
        }
        pointValue.setInvalid(false);
        attempt(settingsProblem, () -> {
            service.updateSettings(new RecognitionSettings(allowance, base, perReport, cap, valueRequired.getValue(), value,
                    currency.getValue()));
            loadSettings();
            loadBudget();
            success(getTranslation("recognition.admin.settings.saved"));
        });
    }

    // ---- department allowances ----

    private Component departmentsSection() {
        department.setLabel(getTranslation("recognition.admin.departments.department"));
        department.setItemLabelGenerator(DepartmentNode::name);
        department.setClearButtonVisible(true);
        setDepartment.addClickListener(e -> setDepartmentAllowance());
        var toolbar = new FlexLayout(department, departmentAmount, setDepartment);
        toolbar.addClassNames("toolbar", "admin-toolbar", "recognition-admin-row");

        allowances.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        allowances.addComponentColumn(a -> userText(a.departmentName()))
                .setHeader(getTranslation("recognition.admin.departments.department")).setFlexGrow(1);
        allowances.addColumn(a -> number(a.allowance())).setHeader(getTranslation("recognition.admin.departments.amount"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("9rem");
        allowances.addComponentColumn(this::removeButton).setFlexGrow(0).setWidth("9rem");
        allowances.addItemClickListener(e -> {
            department.getListDataView().getItems().filter(d -> d.id() == e.getItem().departmentId()).findFirst()
                    .ifPresent(department::setValue);
            departmentAmount.setValue(e.getItem().allowance());
        });
        allowances.setEmptyStateText(getTranslation("recognition.admin.departments.empty"));
        allowances.setAriaLabel(getTranslation("recognition.admin.departments.title"));
        allowances.setAllRowsVisible(true);
        return section("recognition.admin.departments.title", "recognition.admin.departments.intro", departmentProblem, toolbar,
                allowances);
    }

    private Button removeButton(DepartmentAllowance a) {
        var b = new Button(getTranslation("recognition.admin.departments.remove"));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        b.setAriaLabel(getTranslation("recognition.admin.departments.remove.aria", a.departmentName()));
        b.addClickListener(e -> attempt(departmentProblem, () -> {
            service.removeDepartmentAllowance(a.departmentId());
            loadDepartments();
            success(getTranslation("recognition.admin.departments.removed", a.departmentName()));
        }));
        return b;
    }

    private void loadDepartments() {
        DepartmentNode chosen = department.getValue();
        List<DepartmentNode> all = people.departments();
        department.setItems(all);
        if (chosen != null) {
            all.stream().filter(d -> d.id() == chosen.id()).findFirst().ifPresent(department::setValue);
        }
        allowances.setItems(service.departmentAllowances());
    }

    void setDepartmentAllowance() {
        departmentProblem.clear();
        DepartmentNode d = department.getValue();
        if (d == null) {
            department.setInvalid(true);
            departmentProblem.show(getTranslation("recognition.admin.error.choose-department"));
            return;
        }
        department.setInvalid(false);
        Integer amount = whole(departmentAmount, departmentProblem);
        if (amount == null) {
            return;
        }
        attempt(departmentProblem, () -> {
            service.setDepartmentAllowance(d.id(), amount);
            loadDepartments();
            success(getTranslation("recognition.admin.departments.saved", d.name()));
        });
    }

    // ---- award levels ----

    private Component levelsSection() {
        newLevel.setText(getTranslation("recognition.admin.levels.new"));
        newLevel.setIcon(VaadinIcon.PLUS.create());
        newLevel.addClickListener(e -> editLevel(null));
        levelNameEn.setLabel(getTranslation("recognition.admin.levels.name-en"));
        levelNameEn.setMaxLength(AwardLevelInfo.NAME_MAX);
        levelNameEn.getElement().setAttribute("dir", "ltr");
        levelNameFa.setLabel(getTranslation("recognition.admin.levels.name-fa"));
        levelNameFa.setMaxLength(AwardLevelInfo.NAME_MAX);
        levelNameFa.getElement().setAttribute("dir", "rtl");
        levelActive.setLabel(getTranslation("recognition.admin.levels.active"));
        saveLevel.addClickListener(e -> saveLevel());
        levelEditing.addClassName("admin-hint");

        levels.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        levels.addColumn(l -> number(l.position())).setHeader(getTranslation("recognition.admin.levels.position"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5rem");
        levels.addComponentColumn(this::levelCell).setHeader(getTranslation("recognition.admin.levels.level")).setFlexGrow(1);
        levels.addColumn(l -> number(l.points())).setHeader(getTranslation("recognition.admin.levels.points"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("7rem");
        levels.addComponentColumn(l -> badge(l.active())).setHeader(getTranslation("recognition.admin.levels.status"))
                .setFlexGrow(0).setWidth("8rem");
        levels.addItemClickListener(e -> editLevel(e.getItem()));
        levels.setEmptyStateText(getTranslation("recognition.admin.levels.empty"));
        levels.setAriaLabel(getTranslation("recognition.admin.levels.title"));
        levels.setAllRowsVisible(true);
        var form = form();
        form.add(levelNameEn, levelNameFa, levelPoints, levelPosition, levelActive);
        var toolbar = new FlexLayout(newLevel);
        toolbar.addClassNames("toolbar", "admin-toolbar");
        return section("recognition.admin.levels.title", "recognition.admin.levels.intro", levelProblem, toolbar, levels,
                levelEditing, form, actions(saveLevel));
    }

    private Div levelCell(AwardLevelInfo l) {
        var name = new Span(l.name(getLocale()));
        name.addClassName("admin-name");
        name.getElement().setAttribute("dir", "auto");
        var other = new Span("fa".equals(getLocale().getLanguage()) ? l.nameEn() : l.nameFa());
        other.addClassName("secondary");
        other.getElement().setAttribute("dir", "auto");
        var cell = new Div(name, other);
        cell.addClassName("admin-value-cell");
        return cell;
    }

    private void loadLevels() {
        levels.setItems(service.awardLevels());
        if (editingLevel == null) {
            editLevel(null);
        }
    }

    void editLevel(@Nullable AwardLevelInfo level) {
        levelProblem.clear();
        editingLevel = level == null ? null : level.id();
        levelNameEn.setValue(level == null ? "" : level.nameEn());
        levelNameFa.setValue(level == null ? "" : level.nameFa());
        levelPoints.setValue(level == null ? null : level.points());
        levelPosition.setValue(level == null ? nextPosition() : level.position());
        levelActive.setValue(level == null || level.active());
        levelEditing.setText(level == null ? getTranslation("recognition.admin.levels.creating")
                : getTranslation("recognition.admin.levels.editing", level.name(getLocale())));
    }

    private int nextPosition() {
        return levels.getListDataView().getItems().mapToInt(AwardLevelInfo::position).max().orElse(0) + 1;
    }

    void saveLevel() {
        levelProblem.clear();
        Integer points = whole(levelPoints, levelProblem);
        Integer position = whole(levelPosition, levelProblem);
        if (points == null || position == null) {
            return;
        }
        attempt(levelProblem, () -> {
            if (editingLevel == null) {
                editingLevel = service.createAwardLevel(levelNameEn.getValue(), levelNameFa.getValue(), points, position,
                        levelActive.getValue());
            } else {
                service.updateAwardLevel(editingLevel, levelNameEn.getValue(), levelNameFa.getValue(), points, position,
                        levelActive.getValue());
            }
            long id = editingLevel;
            loadLevels();
            levels.getListDataView().getItems().filter(l -> l.id() == id).findFirst().ifPresent(this::editLevel);
            success(getTranslation("recognition.admin.levels.saved"));
        });
    }

    // ---- company budget and liability ----

    private Component budgetSection() {
        budgetBalance.addClassName("recognition-admin-figure");
        topUp.addClickListener(e -> topUp());
        var balance = new Div(new Span(getTranslation("recognition.admin.budget.balance")), budgetBalance);
        balance.addClassName("recognition-admin-stat");
        var toolbar = new FlexLayout(topUpAmount, topUp);
        toolbar.addClassNames("toolbar", "admin-toolbar", "recognition-admin-row");

        movements.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        movements.addColumn(m -> Dates.dateTime(m.at(), getLocale(), UserSettings.zone()))
                .setHeader(getTranslation("recognition.admin.budget.when")).setFlexGrow(0).setWidth("12rem");
        movements.addColumn(m -> getTranslation("recognition.movement." + m.kind()))
                .setHeader(getTranslation("recognition.admin.budget.what")).setFlexGrow(1);
        movements.addColumn(m -> signed(m.amount())).setHeader(getTranslation("recognition.admin.budget.amount"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("8rem");
        movements.addComponentColumn(m -> userText(m.actor())).setHeader(getTranslation("recognition.admin.budget.by")).setFlexGrow(1);
        movements.setEmptyStateText(getTranslation("recognition.admin.budget.empty"));
        movements.setAriaLabel(getTranslation("recognition.admin.budget.movements"));
        movements.setAllRowsVisible(true);
        var heading = new H2(getTranslation("recognition.admin.budget.movements"));
        heading.addClassName("recognition-admin-subtitle");
        moreMovements.setText(getTranslation("recognition.admin.budget.more"));
        moreMovements.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        moreMovements.addClickListener(e -> showMoreMovements());
        moreMovements.setVisible(false);
        return section("recognition.admin.budget.title", "recognition.admin.budget.intro", budgetProblem, balance, toolbar,
                heading, movements, moreMovements);
    }

    private Component liabilitySection() {
        liabilityPoints.addClassName("recognition-admin-figure");
        liabilityWorth.addClassName("recognition-admin-figure");
        var held = new Div(new Span(getTranslation("recognition.admin.liability.points")), liabilityPoints);
        held.addClassName("recognition-admin-stat");
        var worth = new Div(new Span(getTranslation("recognition.admin.liability.worth")), liabilityWorth);
        worth.addClassName("recognition-admin-stat");
        var stats = new FlexLayout(held, worth);
        stats.addClassName("recognition-admin-stats");
        return section("recognition.admin.liability.title", "recognition.admin.liability.intro", new ErrorBanner(), stats);
    }

    private void loadBudget() {
        budgetBalance.setText(number(service.companyBudget()));
        shownMovements.clear();
        movementsNext = null;
        readMovements(null);
        PointsLiability l = service.liability();
        liabilityPoints.setText(number(l.points()));
        liabilityWorth.setText(Numbers.money(l.worth(), l.currency(), getLocale()));
    }

    /** The next page of the company budget's movements, below the ones shown ("show more"). */
    void showMoreMovements() {
        if (movementsNext != null) {
            readMovements(movementsNext);
        }
    }

    private void readMovements(@Nullable KeysetToken before) {
        KeysetPage<BudgetMovement> page = service.companyMovements(before, MOVEMENTS_SHOWN);
        shownMovements.addAll(page.items());
        movementsNext = page.next();
        movements.setItems(List.copyOf(shownMovements));
        moreMovements.setVisible(page.hasNext());
    }

    void topUp() {
        budgetProblem.clear();
        Integer amount = whole(topUpAmount, budgetProblem);
        if (amount == null) {
            return;
        }
        attempt(budgetProblem, () -> {
            service.topUp(amount);
            topUpAmount.clear();
            loadBudget();
            success(getTranslation("recognition.admin.budget.topped-up", number(amount)));
        });
    }

    // ---- pieces ----

    private IntegerInput points(String labelKey, int min) {
        var field = new IntegerInput();
        field.setLabel(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(RecognitionSettings.POINTS_MAX);
        field.setBadInputErrorMessage(getTranslation("recognition.admin.error.whole-number"));
        field.setMinErrorMessage(getTranslation(min == 0 ? "recognition.admin.error.not-negative" : "recognition.admin.error.positive"));
        return field;
    }

    /** A field's whole number, or null after telling what is wrong with it. */
    private @Nullable Integer whole(IntegerInput field, ErrorBanner problem) {
        Integer v = field.getValue();
        if (field.isBadInput() || field.isInvalid() || v == null) {
            field.setInvalid(true);
            problem.show(getTranslation("recognition.admin.error.field", field.getLabel()));
            return null;
        }
        return v;
    }

    /** A decimal typed in any digits, with a dot or a comma (Persian: momayyez) as the separator; null if it is none. */
    static @Nullable BigDecimal decimal(String typed) {
        String latin = Numbers.latinDigits(typed.strip()).replace('\u066b', '.').replace(',', '.');
        if (!latin.matches("\\d{1,8}(\\.\\d{1,8})?")) {
            return null;
        }
        return new BigDecimal(latin);
    }

    private void attempt(ErrorBanner problem, Runnable action) {
        try {
            action.run();
        } catch (UserError e) {
            problem.show(getTranslation(e.key(), e.args()));
        }
    }

    private Section section(String titleKey, String introKey, ErrorBanner problem, Component... content) {
        var heading = new H2(getTranslation(titleKey));
        heading.addClassName("recognition-admin-heading");
        var intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("admin-hint");
        var s = new Section(heading, intro, problem);
        s.add(content);
        s.addClassName("recognition-admin-section");
        return s;
    }

    private static FormLayout form() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.addClassName("admin-form");
        return form;
    }

    private static Div actions(Button button) {
        var d = new Div(button);
        d.addClassName("recognition-admin-actions");
        return d;
    }

    private Button primary(String key) {
        var b = new Button(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private Span badge(boolean active) {
        var b = new Span(getTranslation(active ? "recognition.admin.levels.active" : "recognition.admin.levels.retired"));
        b.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        return b;
    }

    private static Span userText(String text) {
        var s = new Span(text);
        s.addClassName("user-text");
        s.getElement().setAttribute("dir", "auto");
        return s;
    }

    private String number(long n) {
        return Numbers.format(n, getLocale());
    }

    private String signed(long n) {
        return (n > 0 ? "+" : n < 0 ? "\u2212" : "") + number(Math.abs(n));
    }

    private void success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.kudos.admin"));
    }
}
