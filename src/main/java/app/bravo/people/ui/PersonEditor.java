package app.bravo.people.ui;

import app.bravo.shared.ui.ErrorBanner;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.people.PersonDetails;
import app.bravo.people.PersonForm;
import app.bravo.people.PersonSummary;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import app.bravo.shared.ui.DateField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dialog in which an administrator adds a person or changes one: directory facts, manager,
 * roles and, optionally, a password. What the service refuses is shown in the dialog, next to the
 * field it concerns when there is one, and nothing typed is lost.
 */
class PersonEditor extends Dialog {

    final ErrorBanner error = new ErrorBanner();
    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final TextField jobTitle = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final ComboBox<PersonSummary> manager = new ComboBox<>();
    final DateField hireDate = new DateField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save;
    final Button cancel;
    final Button deactivate;
    final Button reactivate;
    final ConfirmDialog confirm;

    private final transient PeopleService people;
    private final Runnable onChange;
    private final Binder<Bean> binder = new Binder<>();
    private @Nullable Long personId;
    private String personName = "";
    private boolean pendingDeactivation;

    PersonEditor(PeopleService people, Runnable onChange) {
        this.people = people;
        this.onChange = onChange;
        AdminUi.styleDialog(this);

        email.setLabel(getTranslation("people.field.email"));
        email.setMaxLength(Person.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("people.error.email.required"))
                .setPatternErrorMessage(getTranslation("people.error.email"))
                .setMaxLengthErrorMessage(getTranslation("people.error.email.too-long", Person.EMAIL_MAX)));
        name.setLabel(getTranslation("people.field.name"));
        name.setMaxLength(Person.NAME_MAX);
        jobTitle.setLabel(getTranslation("people.field.title"));
        jobTitle.setMaxLength(Person.TITLE_MAX);

        department.setLabel(getTranslation("people.field.department"));
        department.setPlaceholder(getTranslation("people.field.department.none"));
        department.setClearButtonVisible(true);

        manager.setLabel(getTranslation("people.field.manager"));
        manager.setPlaceholder(getTranslation("people.field.manager.none"));
        manager.setClearButtonVisible(true);
        manager.setItemLabelGenerator(PersonSummary::displayName);
        manager.setRenderer(new ComponentRenderer<>(PersonEditor::managerOption));
        manager.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent());

        hireDate.setLabel(getTranslation("people.field.hire-date"));
        hireDate.setClearButtonVisible(true);
        hireDate.setBadInputErrorMessage(getTranslation("admin.error.date"));

        roles.setLabel(getTranslation("people.field.roles"));
        roles.setHelperText(getTranslation("people.field.roles.helper"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setItemEnabledProvider(r -> r != Role.EMPLOYEE);
        roles.addValueChangeListener(e -> {
            if (!e.getValue().contains(Role.EMPLOYEE)) {
                var withEmployee = EnumSet.of(Role.EMPLOYEE);
                withEmployee.addAll(e.getValue());
                roles.setValue(withEmployee);
            }
        });

        password.setLabel(getTranslation("people.field.password"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        bind();

        var form = AdminUi.form();
        form.add(email, name, jobTitle, department, manager, hireDate);
        form.add(roles, 2);
        form.add(password, 2);
        add(error, form);

        save = AdminUi.primary(getTranslation("admin.save"));
        save.addClickListener(e -> save());
        cancel = new Button(getTranslation("admin.cancel"), e -> close());
        deactivate = new Button(getTranslation("admin.people.deactivate"), e -> askStatusChange(true));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reactivate = new Button(getTranslation("admin.people.reactivate"), e -> askStatusChange(false));
        reactivate.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
        var start = new Div(deactivate, reactivate);
        start.addClassName("admin-dialog-start");
        getFooter().add(start, cancel, save);

        confirm = AdminUi.confirm(this, "admin.people.deactivate");
        confirm.addConfirmListener(e -> changeStatus());
        add(confirm);
    }

    private void bind() {
        binder.forField(email)
                .asRequired(getTranslation("people.error.email.required"))
                .withValidator(PersonEditor::isEmail, getTranslation("people.error.email"))
                .bind(Bean::getEmail, Bean::setEmail);
        binder.forField(name)
                .asRequired(getTranslation("people.error.name.required"))
                .withValidator(v -> v.strip().length() <= Person.NAME_MAX, getTranslation("people.error.name.too-long", Person.NAME_MAX))
                .bind(Bean::getName, Bean::setName);
        binder.forField(jobTitle)
                .withValidator(v -> v.strip().length() <= Person.TITLE_MAX, getTranslation("people.error.title.too-long", Person.TITLE_MAX))
                .bind(Bean::getJobTitle, Bean::setJobTitle);
        binder.forField(department).bind(Bean::getDepartment, Bean::setDepartment);
        binder.forField(manager)
                .withValidator(m -> m == null || personId == null || m.id() != personId,
                        getTranslation("people.error.self-manager"))
                .bind(Bean::getManager, Bean::setManager);
        binder.forField(hireDate).bind(Bean::getHireDate, Bean::setHireDate);
        binder.forField(roles).bind(Bean::getRoles, Bean::setRoles);
        binder.forField(password)
                .withValidator((v, ctx) -> passwordProblem(v)
                        .map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind(Bean::getPassword, Bean::setPassword);
    }

    /** Opens the dialog empty, to add someone. */
    void openNew() {
        personId = null;
        personName = "";
        setHeaderTitle(getTranslation("admin.people.dialog.new"));
        password.setHelperText(getTranslation("people.field.password.helper-new"));
        deactivate.setVisible(false);
        reactivate.setVisible(false);
        show(new Bean());
    }

    /** Opens the dialog on an existing person. */
    void edit(PersonDetails p) {
        personId = p.id();
        personName = p.displayName();
        setHeaderTitle(getTranslation("admin.people.dialog.edit", p.displayName()));
        password.setHelperText(getTranslation("people.field.password.helper-edit"));
        deactivate.setVisible(p.active());
        reactivate.setVisible(!p.active());
        var bean = new Bean();
        bean.email = p.email();
        bean.name = p.displayName();
        bean.jobTitle = p.jobTitle() == null ? "" : p.jobTitle();
        bean.department = p.departmentId() == null ? null : nodes().stream()
                .filter(d -> d.id() == p.departmentId()).findFirst().orElse(null);
        bean.manager = p.managerId() == null ? null
                : new PersonSummary(p.managerId(), p.managerName() == null ? "" : p.managerName(), "", null, null, true);
        bean.hireDate = p.hireDate();
        bean.roles = p.roles().isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(p.roles());
        show(bean);
    }

    private void show(Bean bean) {
        error.clear();
        List<DepartmentNode> nodes = nodes();
        department.setItems(nodes);
        department.setItemLabelGenerator(DepartmentPaths.of(nodes)::label);
        binder.readBean(bean);
        open();
        email.focus();
    }

    private List<DepartmentNode> nodes() {
        return people.departments();
    }

    private void save() {
        error.clear();
        var bean = new Bean();
        if (!binder.writeBeanIfValid(bean)) {
            error.show(getTranslation("admin.form.invalid"));
            return;
        }
        var form = new PersonForm(bean.email, bean.name, bean.jobTitle.isBlank() ? null : bean.jobTitle,
                bean.department == null ? null : bean.department.id(),
                bean.manager == null ? null : bean.manager.id(),
                bean.hireDate, bean.roles, bean.password.isEmpty() ? null : bean.password);
        try {
            if (personId == null) {
                people.create(form);
                AdminUi.success(getTranslation("admin.people.created", form.displayName().strip()));
            } else {
                people.update(personId, form);
                AdminUi.success(getTranslation("admin.people.saved", form.displayName().strip()));
            }
        } catch (UserError e) {
            showError(e);
            return;
        }
        password.clear();
        close();
        onChange.run();
    }

    /** Puts the service's refusal on the field it concerns, or in the banner when none does. */
    void showError(UserError e) {
        String message = AdminUi.message(this, e);
        HasValidation field = switch (e.key()) {
            case "people.error.email", "people.error.email.required", "people.error.email.too-long", "people.error.email-taken" -> email;
            case "people.error.name.required", "people.error.name.too-long" -> name;
            case "people.error.title.too-long" -> jobTitle;
            case "people.error.self-manager", "people.error.manager-cycle", "people.error.manager-not-found" -> manager;
            case "departments.error.not-found" -> department;
            case "people.error.own-admin" -> roles;
            default -> e.key().startsWith("password.") ? password : null;
        };
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        error.show(message);
    }

    private void askStatusChange(boolean deactivating) {
        pendingDeactivation = deactivating;
        String prefix = deactivating ? "admin.people.deactivate" : "admin.people.reactivate";
        confirm.setHeader(getTranslation(prefix + ".confirm-title", personName));
        confirm.setText(getTranslation(prefix + ".confirm-text", personName));
        confirm.setConfirmText(getTranslation(prefix));
        confirm.setConfirmButtonTheme(deactivating ? "error primary" : "success primary");
        confirm.open();
    }

    private void changeStatus() {
        if (personId == null) {
            return;
        }
        try {
            if (pendingDeactivation) {
                people.deactivate(personId);
                AdminUi.success(getTranslation("admin.people.deactivated", personName));
            } else {
                people.reactivate(personId);
                AdminUi.success(getTranslation("admin.people.reactivated", personName));
            }
        } catch (UserError e) {
            error.show(AdminUi.message(this, e));
            return;
        }
        close();
        onChange.run();
    }

    private static boolean isEmail(String value) {
        try {
            Person.normaliseEmail(value);
            return true;
        } catch (UserError e) {
            return false;
        }
    }

    /** The length rules of {@link PasswordPolicy}, checked as one types; the service adds the list of common ones. */
    static java.util.Optional<String> passwordProblem(String password) {
        if (password.isEmpty()) {
            return java.util.Optional.empty();
        }
        int length = password.codePointCount(0, password.length());
        if (length < PasswordPolicy.MIN_LENGTH) {
            return java.util.Optional.of("password.too-short");
        }
        if (length > PasswordPolicy.MAX_LENGTH) {
            return java.util.Optional.of("password.too-long");
        }
        return java.util.Optional.empty();
    }

    private static Div managerOption(PersonSummary p) {
        var email = new Span(p.email());
        email.addClassName("secondary");
        var option = new Div(new Span(p.displayName()), email);
        option.addClassName("admin-option");
        return option;
    }

    /** What the form holds while it is edited; the service receives it as a {@link PersonForm}. */
    static final class Bean {
        private String email = "";
        private String name = "";
        private String jobTitle = "";
        private @Nullable DepartmentNode department;
        private @Nullable PersonSummary manager;
        private @Nullable LocalDate hireDate;
        private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        private String password = "";

        String getEmail() { return email; }
        void setEmail(String v) { email = v == null ? "" : v; }
        String getName() { return name; }
        void setName(String v) { name = v == null ? "" : v; }
        String getJobTitle() { return jobTitle; }
        void setJobTitle(String v) { jobTitle = v == null ? "" : v; }
        @Nullable DepartmentNode getDepartment() { return department; }
        void setDepartment(@Nullable DepartmentNode v) { department = v; }
        @Nullable PersonSummary getManager() { return manager; }
        void setManager(@Nullable PersonSummary v) { manager = v; }
        @Nullable LocalDate getHireDate() { return hireDate; }
        void setHireDate(@Nullable LocalDate v) { hireDate = v; }
        Set<Role> getRoles() { return roles; }
        void setRoles(Set<Role> v) { roles = v == null || v.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(v); }
        String getPassword() { return password; }
        void setPassword(String v) { password = v == null ? "" : v; }
    }
}
