package app.bravo.people;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.internal.CompanyValueRepository;
import app.bravo.people.internal.DepartmentRepository;
import app.bravo.people.internal.PersonRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people feature's public face: the directory every employee reads, and the changes only an
 * administrator makes (people, roles, managers, departments, company values), each one audited.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final CompanyValueRepository values;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(PersonRepository people, DepartmentRepository departments, CompanyValueRepository values,
                  AuditService audit, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                  CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.departments = departments;
        this.values = values;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- the directory, for every employee ----

    /** One page of the directory; former staff are listed only for administrators. */
    public Slice<PersonSummary> search(String text, @Nullable Long departmentId, boolean includeInactive, Pageable page) {
        String t = text.strip();
        boolean inactive = includeInactive && currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        return people.search(t, "%" + escapeLike(t) + "%", departmentId, inactive, page);
    }

    public Optional<PersonDetails> find(long id) {
        return people.findById(id)
                .filter(p -> p.isActive() || currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false))
                .map(this::details);
    }

    public List<DepartmentNode> departments() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : people.countByDepartment()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return departments.findAll().stream()
                .map(d -> new DepartmentNode(d.getId(), d.getName(),
                        d.getParent() == null ? null : d.getParent().getId(), counts.getOrDefault(d.getId(), 0L)))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    public List<PersonSummary> newJoiners(int days, int limit) {
        return people.hiredSince(LocalDate.now(clock).minusDays(days), PageRequest.of(0, limit));
    }

    /** Work anniversaries this month: people hired in this month of an earlier year. */
    public List<Anniversary> anniversariesThisMonth(int limit) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = today.withDayOfYear(1);
        return people.anniversariesIn(today.getMonthValue(), yearStart, PageRequest.of(0, limit)).stream()
                .map(p -> new Anniversary(summary(p), today.getYear() - p.getHireDate().getYear(),
                        p.getHireDate().withYear(today.getYear())))
                .toList();
    }

    /** The company values; administrators also see retired ones. */
    public List<ValueView> values() {
        boolean admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        return values.findAllByOrderByPositionAscNameAsc().stream()
                .filter(v -> admin || v.isActive())
                .map(v -> new ValueView(v.getId(), v.getName(), v.getNameFa(), v.getDescription(), v.getDescriptionFa(),
                        v.getPosition(), v.isActive()))
                .toList();
    }

    // ---- lookups for other features (the wall credits people and departments by id) ----

    /**
     * The ids of the active people with these e-mail addresses, keyed by the address as given;
     * addresses of no one (or of former staff, or not addresses at all) are simply absent.
     */
    @PreAuthorize(Roles.IS_EMPLOYEE_OR_API_CLIENT)
    public Map<String, Long> activeIdsByEmail(Collection<String> emails) {
        Map<String, String> normalised = new HashMap<>();
        for (String e : emails) {
            try {
                normalised.put(Person.normaliseEmail(e), e);
            } catch (UserError notAnAddress) {
                // absent from the answer, which is how the caller learns it is unknown
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (!normalised.isEmpty()) {
            for (Object[] row : people.activeIdsByEmail(normalised.keySet())) {
                ids.put(normalised.get((String) row[0]), (Long) row[1]);
            }
        }
        return ids;
    }

    /** The display names of these people (former staff included: credits outlive employment). */
    @PreAuthorize(Roles.IS_EMPLOYEE_OR_API_CLIENT)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : people.displayNames(ids)) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The ids of these people who are active. */
    @PreAuthorize(Roles.IS_EMPLOYEE_OR_API_CLIENT)
    public Set<Long> activeAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(people.activeAmong(ids));
    }

    /** The names of these departments; unknown ids are absent. */
    @PreAuthorize(Roles.IS_EMPLOYEE_OR_API_CLIENT)
    public Map<Long, String> departmentNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            departments.findAllById(ids).forEach(d -> names.put(d.getId(), d.getName()));
        }
        return names;
    }

    // ---- administration ----

    /** The id of the person with this e-mail address, if any; for imports and seeding. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<Long> idOfEmail(String email) {
        return people.findByEmail(Person.normaliseEmail(email)).map(Person::getId);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long create(PersonForm form) {
        String email = Person.normaliseEmail(form.email());
        if (people.existsByEmail(email)) {
            throw new UserError("people.error.email-taken", email);
        }
        var person = new Person(email, form.displayName());
        apply(person, form);
        person.setRoles(form.roles());
        people.save(person);
        setPassword(person, form.password());
        audit.record(AuditAction.PERSON_CREATED, "person", person.getId(), AuditMessage.of("audit.msg.person-created")
                .subject(person.getDisplayName()).text("email", email).translated("roles", "role.", withEmployee(person.getRoles())));
        return person.getId();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void update(long id, PersonForm form) {
        Person person = people.findById(id).orElseThrow(() -> new UserError("people.error.not-found"));
        String email = Person.normaliseEmail(form.email());
        if (!email.equals(person.getEmail()) && people.existsByEmail(email)) {
            throw new UserError("people.error.email-taken", email);
        }
        person.setEmail(email);
        apply(person, form);
        Set<Role> before = person.getRoles();
        Set<Role> after = withEmployee(form.roles());
        if (!before.equals(after)) {
            if (isSelf(person) && before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
                throw new UserError("people.error.own-admin");
            }
            person.setRoles(after);
            audit.record(AuditAction.ROLES_CHANGED, "person", id, AuditMessage.of("audit.msg.roles-changed")
                    .subject(person.getDisplayName()).translated("roles", "role.", after).translated("were", "role.", withEmployee(before))
                    .text("email", person.getEmail()));
            events.publishEvent(new PersonRolesChanged(id, after));
        }
        setPassword(person, form.password());
        audit.record(AuditAction.PERSON_UPDATED, "person", id, personMessage("audit.msg.person-updated", person));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void deactivate(long id) {
        Person person = people.findById(id).orElseThrow(() -> new UserError("people.error.not-found"));
        if (isSelf(person)) {
            throw new UserError("people.error.own-deactivation");
        }
        if (person.isActive()) {
            person.setActive(false);
            audit.record(AuditAction.PERSON_DEACTIVATED, "person", id, personMessage("audit.msg.person-deactivated", person));
            events.publishEvent(new PersonDeactivated(id));
        }
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void reactivate(long id) {
        Person person = people.findById(id).orElseThrow(() -> new UserError("people.error.not-found"));
        if (!person.isActive()) {
            person.setActive(true);
            audit.record(AuditAction.PERSON_REACTIVATED, "person", id, personMessage("audit.msg.person-reactivated", person));
            events.publishEvent(new PersonReactivated(id));
        }
    }

    /**
     * Going live after demo mode (DESIGN section 3): every account at the demo domain loses its
     * password, and the active ones are deactivated, so that no published demo password opens
     * anything and the first-administrator setting can take over. Returns the closed addresses.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public List<String> closeAccountsAt(String domain) {
        List<String> closed = new java.util.ArrayList<>();
        for (Person p : people.findByEmailEndingWith("@" + domain)) {
            if (p.getPasswordHash() == null) {
                continue;
            }
            p.setPasswordHash(null);
            if (p.isActive()) {
                p.setActive(false);
                audit.record(AuditAction.PERSON_DEACTIVATED, "person", p.getId(), p.getEmail());
                events.publishEvent(new PersonDeactivated(p.getId()));
            }
            closed.add(p.getEmail());
        }
        return closed;
    }

    /** Everyone at a domain, active or not: the demo company, for removing what it made. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<Long> idsAt(String domain) {
        return people.findByEmailEndingWith("@" + domain).stream().map(Person::getId).toList();
    }

    /**
     * Removes the demo company for good before going live: everyone at the domain (people they
     * managed keep no manager), then those of the named departments that are left empty and the
     * named values. Features that refer to people remove their own rows first (the demo seeders).
     * Returns how many people were removed.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public int removeAt(String domain, Collection<String> departmentNames, Collection<String> valueNames) {
        List<Long> ids = idsAt(domain);
        if (!ids.isEmpty()) {
            people.clearManager(ids);
            people.deleteAllByIdIn(ids);
        }
        List<String> removedDepartments = new java.util.ArrayList<>();
        boolean progress = true;
        while (progress) { // children before their parents
            progress = false;
            for (String name : departmentNames) {
                var d = departments.findByName(name);
                if (d.isPresent() && !departments.hasChildren(d.get().getId()) && !departments.hasPeople(d.get().getId())) {
                    departments.delete(d.get());
                    departments.flush();
                    removedDepartments.add(name);
                    progress = true;
                }
            }
        }
        List<String> removedValues = new java.util.ArrayList<>();
        for (String name : valueNames) {
            values.findByName(name).ifPresent(v -> {
                values.delete(v);
                removedValues.add(name);
            });
        }
        audit.record(AuditAction.DEMO_REMOVED, "demo", null, ids.size() + " people at " + domain
                + ", departments " + removedDepartments + ", values " + removedValues);
        return ids.size();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long createDepartment(String name, @Nullable Long parentId) {
        if (departments.findByName(name.strip()).isPresent()) {
            throw new UserError("departments.error.name-taken", name.strip());
        }
        var d = departments.save(new Department(name, parentId == null ? null : department(parentId)));
        audit.record(AuditAction.DEPARTMENT_CREATED, "department", d.getId(), AuditMessage.of("audit.msg.department-created").subject(d.getName()));
        return d.getId();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void updateDepartment(long id, String name, @Nullable Long parentId) {
        Department d = department(id);
        departments.findByName(name.strip()).filter(other -> !other.equals(d))
                .ifPresent(other -> { throw new UserError("departments.error.name-taken", name.strip()); });
        d.setName(name);
        d.setParent(parentId == null ? null : department(parentId));
        audit.record(AuditAction.DEPARTMENT_UPDATED, "department", id, AuditMessage.of("audit.msg.department-updated").subject(d.getName()));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void deleteDepartment(long id) {
        Department d = department(id);
        if (departments.hasChildren(id) || departments.hasPeople(id)) {
            throw new UserError("departments.error.not-empty", d.getName());
        }
        departments.delete(d);
        audit.record(AuditAction.DEPARTMENT_DELETED, "department", id, AuditMessage.of("audit.msg.department-deleted").subject(d.getName()));
    }

    /**
     * Company values are HR's (DESIGN section 1); administrators may keep them too. A value has an
     * English and a Persian name (both required, each unique) and description (both optional).
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public long createValue(String name, String nameFa, String description, String descriptionFa) {
        checkValueNamesFree(null, name, nameFa);
        int position = values.findAll().stream().mapToInt(CompanyValue::getPosition).max().orElse(0) + 1;
        var v = values.save(new CompanyValue(name, nameFa, description, descriptionFa, position));
        audit.record(AuditAction.VALUE_CREATED, "value", v.getId(), AuditMessage.of("audit.msg.value-created").subject(v.getName()));
        return v.getId();
    }

    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void updateValue(long id, String name, String nameFa, String description, String descriptionFa,
                            int position, boolean active) {
        CompanyValue v = values.findById(id).orElseThrow(() -> new UserError("values.error.not-found"));
        checkValueNamesFree(v, name, nameFa);
        v.setName(name);
        v.setNameFa(nameFa);
        v.setDescription(description);
        v.setDescriptionFa(descriptionFa);
        v.setPosition(position);
        v.setActive(active);
        audit.record(AuditAction.VALUE_UPDATED, "value", id,
                AuditMessage.of(active ? "audit.msg.value-updated" : "audit.msg.value-retired").subject(v.getName()));
    }

    /** The unique keys would refuse a taken name too, but with no word for the person who typed it. */
    private void checkValueNamesFree(@Nullable CompanyValue self, String name, String nameFa) {
        values.findByName(name.strip()).filter(other -> self == null || !other.equals(self))
                .ifPresent(other -> { throw new UserError("values.error.name-taken", name.strip()); });
        values.findByNameFa(nameFa.strip()).filter(other -> self == null || !other.equals(self))
                .ifPresent(other -> { throw new UserError("values.error.persian-name.taken", nameFa.strip()); });
    }

    // ---- helpers ----

    private void apply(Person person, PersonForm form) {
        person.setDisplayName(form.displayName());
        person.setJobTitle(form.jobTitle());
        person.setDepartment(form.departmentId() == null ? null : department(form.departmentId()));
        Person manager = form.managerId() == null ? null
                : people.findById(form.managerId()).orElseThrow(() -> new UserError("people.error.manager-not-found"));
        for (Person m = manager; m != null; m = m.getManager()) {
            if (m.equals(person)) {
                throw new UserError("people.error.manager-cycle");
            }
        }
        person.setManager(manager);
        person.setHireDate(form.hireDate());
    }

    private void setPassword(Person person, @Nullable String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        passwordPolicy.problem(password).ifPresent(key -> { throw new UserError(key); });
        person.setPasswordHash(passwordEncoder.encode(password));
        audit.record(AuditAction.PASSWORD_SET, "person", person.getId(), personMessage("audit.msg.password-set", person));
    }

    private Department department(long id) {
        return departments.findById(id).orElseThrow(() -> new UserError("departments.error.not-found"));
    }

    private boolean isSelf(Person person) {
        return currentUser.get().map(u -> u.personId() == person.getId()).orElse(false);
    }

    private PersonDetails details(Person p) {
        Department d = p.getDepartment();
        Person m = p.getManager();
        return new PersonDetails(p.getId(), p.getDisplayName(), p.getEmail(), p.getJobTitle(),
                d == null ? null : d.getId(), d == null ? null : d.getName(),
                m == null ? null : m.getId(), m == null ? null : m.getDisplayName(),
                p.getHireDate(), p.isActive(), p.getRoles(), people.directReports(p.getId()),
                p.getAboutMe(), p.getPhotoKey());
    }

    static PersonSummary summary(Person p) {
        return new PersonSummary(p.getId(), p.getDisplayName(), p.getEmail(), p.getJobTitle(),
                p.getDepartment() == null ? null : p.getDepartment().getName(), p.isActive(), p.getPhotoKey());
    }

    private static Set<Role> withEmployee(Set<Role> roles) {
        EnumSet<Role> r = EnumSet.of(Role.EMPLOYEE);
        r.addAll(roles);
        return r;
    }

    private static AuditMessage personMessage(String key, Person person) {
        return AuditMessage.of(key).subject(person.getDisplayName()).text("email", person.getEmail());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
