package app.bravo.people;

import app.bravo.shared.csv.CsvFile;
import app.bravo.shared.csv.CsvLayout;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvRow;
import app.bravo.shared.csv.CsvText;
import app.bravo.shared.csv.ImportProgress;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.internal.DepartmentRepository;
import app.bravo.people.internal.PersonImportRepository;
import app.bravo.people.internal.PersonRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the directory from a CSV file (UTF-8, comma or semicolon, a header row naming the
 * columns in any order). Every line is checked first and each bad one is reported with its line
 * number; the good ones are then upserted by e-mail in batches, each batch its own transaction,
 * so a file of ten thousand people neither holds one huge transaction nor loses everything to
 * one bad line. Managers are set in a second pass, so a manager may appear later in the file.
 * Columns left out of the header are left alone; an empty cell clears the value.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class PeopleImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_LINES = 20_000;
    public static final List<String> COLUMNS = List.of("email", "name", "title", "department", "manager_email", "hire_date", "roles");
    public static final CsvLayout LAYOUT = new CsvLayout(COLUMNS, List.of("email", "name"), "import.error.missing-columns",
            MAX_BYTES, MAX_LINES);
    static final int BATCH_SIZE = 200;

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);
    private static final String ROLE_SEPARATORS = "[;,|\\s]+";


    private final PersonRepository people;
    private final PersonImportRepository lookups;
    private final DepartmentRepository departments;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    PeopleImport(PersonRepository people, PersonImportRepository lookups, DepartmentRepository departments,
                 AuditService audit, CurrentUser currentUser, PlatformTransactionManager transactions,
                 ApplicationEventPublisher events) {
        this.people = people;
        this.lookups = lookups;
        this.departments = departments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** A file with the header and two example lines, for administrators to start from. */
    public static String template() {
        return LAYOUT.header() + "\n"
                + "ada.lovelace@example.com,Ada Lovelace,Head of Engineering,Engineering,,2019-03-01,EMPLOYEE;MANAGER\n"
                + "alan.turing@example.com,Alan Turing,Engineer,Engineering,ada.lovelace@example.com,2021-09-15,EMPLOYEE\n";
    }

    /**
     * Imports a file. A file that cannot be read at all (too large, too long, not UTF-8, no usable
     * header) is refused with a {@link UserError}; otherwise every bad line is in the report.
     */
    public ImportReport importCsv(String fileName, byte[] data, ImportProgress progress) {
        List<CsvProblem> problems = new ArrayList<>();
        CsvFile parsed = CsvFile.read(data, LAYOUT, problems);
        Map<String, Long> firstLineOfEmail = new HashMap<>();
        List<Row> checked = parsed.rows().stream().map(r -> check(r, firstLineOfEmail, problems)).toList();
        List<Row> rows = checkManagers(checked, problems);

        boolean managers = parsed.has("manager_email");
        int total = rows.size() * (managers ? 2 : 1);
        int done = 0;
        progress.update(done, total);

        List<String> newDepartments = new ArrayList<>();
        Map<String, Long> departmentIds = parsed.has("department") ? departments(rows, newDepartments) : Map.of();

        for (List<Row> batch : batches(rows)) {
            upsert(batch, parsed, departmentIds, problems);
            done += batch.size();
            progress.update(done, total);
        }
        if (managers) {
            for (List<Row> batch : batches(rows)) {
                setManagers(batch.stream().filter(r -> r.status != Status.FAILED).toList(), problems);
                done += batch.size();
                progress.update(done, total);
            }
        }

        problems.sort(Comparator.comparingLong(CsvProblem::line));
        var report = new ImportReport(count(rows, Status.CREATED), count(rows, Status.UPDATED), count(rows, Status.UNCHANGED),
                problems, newDepartments);
        tx.executeWithoutResult(s -> audit.record(AuditAction.PEOPLE_IMPORTED, "import", null,
                AuditMessage.of("audit.msg.people-imported").text("file", CsvText.printable(fileName))
                        .text("created", report.created()).text("updated", report.updated())
                        .text("unchanged", report.unchanged()).text("bad", report.badLines())
                        .texts("departments", newDepartments)));
        return report;
    }

    // ---- checking ----

    private Row check(CsvRow record, Map<String, Long> firstLineOfEmail, List<CsvProblem> problems) {
        int before = problems.size();
        long line = record.line();
        for (var cell : record.cells().entrySet()) {
            if (cell.getValue().chars().anyMatch(Character::isISOControl)) {
                problems.add(CsvProblem.refused(line, cell.getKey(), "import.error.control", cell.getKey()));
            }
        }

        String email = null;
        String rawEmail = Objects.requireNonNull(record.get("email"));
        if (rawEmail.isEmpty()) {
            problems.add(CsvProblem.refused(line, null, "import.error.email-missing"));
        } else {
            try {
                email = Person.normaliseEmail(rawEmail);
                Long first = firstLineOfEmail.putIfAbsent(email, line);
                if (first != null) {
                    problems.add(CsvProblem.refused(line, null, "import.error.email-duplicate", email, first));
                }
            } catch (UserError e) {
                problems.add(CsvProblem.refused(line, null, "import.error.email-invalid", CsvText.printable(rawEmail)));
            }
        }

        String name = Objects.requireNonNull(record.get("name"));
        if (name.isEmpty()) {
            problems.add(CsvProblem.refused(line, null, "import.error.name-missing"));
        } else if (name.length() > Person.NAME_MAX) {
            problems.add(CsvProblem.refused(line, null, "import.error.name-too-long", Person.NAME_MAX));
        }
        String title = record.text("title");
        if (title != null && title.length() > Person.TITLE_MAX) {
            problems.add(CsvProblem.refused(line, null, "import.error.title-too-long", Person.TITLE_MAX));
        }
        String department = record.text("department");
        if (department != null && department.length() > Department.NAME_MAX) {
            problems.add(CsvProblem.refused(line, null, "import.error.department-too-long", Department.NAME_MAX));
        }

        LocalDate hireDate = record.date("hire_date", problems);

        Set<Role> roles = null;
        String rawRoles = record.get("roles");
        if (rawRoles != null) {
            roles = EnumSet.of(Role.EMPLOYEE);
            for (String r : rawRoles.split(ROLE_SEPARATORS)) {
                if (r.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(CsvProblem.refused(line, null, "import.error.role", CsvText.printable(r),
                            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
                }
            }
        }

        String manager = null;
        String rawManager = record.text("manager_email");
        if (rawManager != null) {
            try {
                manager = Person.normaliseEmail(rawManager);
                if (manager.equals(email)) {
                    problems.add(CsvProblem.refused(line, null, "import.error.self-manager"));
                }
            } catch (UserError e) {
                problems.add(CsvProblem.refused(line, null, "import.error.manager-invalid", CsvText.printable(rawManager)));
            }
        }

        var row = new Row(line, email == null ? "" : email, name, title, department, manager, hireDate, roles);
        row.bad = problems.size() > before || email == null;
        return row;
    }

    /** Drops lines whose manager is neither a good line of the file nor in the directory, until none is left. */
    private List<Row> checkManagers(List<Row> rows, List<CsvProblem> problems) {
        Set<String> inFile = rows.stream().filter(r -> !r.bad).map(r -> r.email).collect(Collectors.toCollection(HashSet::new));
        // Every manager is looked up, also those of the file: a line dropped below may name someone who exists already.
        List<String> managers = rows.stream().map(r -> r.manager).filter(Objects::nonNull).distinct().toList();
        Set<String> inDirectory = new HashSet<>();
        for (int i = 0; i < managers.size(); i += 500) {
            var chunk = managers.subList(i, Math.min(managers.size(), i + 500));
            inDirectory.addAll(Objects.requireNonNull(tx.execute(s -> lookups.existingEmails(chunk))));
        }
        // A line that is bad anyway is told about its unknown manager too, so that one round of fixes is enough.
        for (Row r : rows) {
            if (r.bad && r.manager != null && !r.manager.equals(r.email)
                    && !inFile.contains(r.manager) && !inDirectory.contains(r.manager)) {
                problems.add(CsvProblem.refused(r.line, null, "import.error.manager-unknown", r.manager));
            }
        }
        List<Row> kept = new ArrayList<>(rows.stream().filter(r -> !r.bad).toList());
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (var it = kept.iterator(); it.hasNext(); ) {
                Row r = it.next();
                if (r.manager != null && !inFile.contains(r.manager) && !inDirectory.contains(r.manager)) {
                    problems.add(CsvProblem.refused(r.line, null, "import.error.manager-unknown", r.manager));
                    it.remove();
                    inFile.remove(r.email);
                    dropped = true;
                }
            }
        }
        return kept;
    }

    // ---- writing ----

    /** Finds or creates each department the good lines name (case-insensitively, as the database compares). */
    private Map<String, Long> departments(List<Row> rows, List<String> created) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.stream().map(r -> r.department).filter(Objects::nonNull)
                .forEach(d -> names.putIfAbsent(d.toLowerCase(Locale.ROOT), d));
        Map<String, Long> ids = new HashMap<>();
        tx.executeWithoutResult(s -> {
            for (var e : names.entrySet()) {
                Department d = departments.findByName(e.getValue()).orElse(null);
                if (d == null) {
                    d = departments.save(new Department(e.getValue(), null));
                    audit.record(AuditAction.DEPARTMENT_CREATED, "department", d.getId(),
                            AuditMessage.of("audit.msg.department-created.import").subject(d.getName()));
                    created.add(d.getName());
                }
                ids.put(e.getKey(), d.getId());
            }
        });
        return ids;
    }

    private void upsert(List<Row> batch, CsvFile parsed, Map<String, Long> departmentIds, List<CsvProblem> problems) {
        List<CsvProblem> found = new ArrayList<>();
        Long self = currentUser.get().map(u -> u.personId()).orElse(null);
        try {
            tx.executeWithoutResult(s -> {
                Map<String, Person> existing = lookups.findAllByEmail(batch.stream().map(r -> r.email).toList()).stream()
                        .collect(Collectors.toMap(Person::getEmail, p -> p));
                for (Row row : batch) {
                    Person p = existing.get(row.email);
                    boolean isNew = p == null;
                    if (isNew) {
                        p = new Person(row.email, row.name);
                    }
                    boolean changed = !p.getDisplayName().equals(row.name);
                    p.setDisplayName(row.name);
                    if (parsed.has("title") && !Objects.equals(p.getJobTitle(), row.title)) {
                        p.setJobTitle(row.title);
                        changed = true;
                    }
                    if (parsed.has("department")) {
                        Long id = row.department == null ? null : departmentIds.get(row.department.toLowerCase(Locale.ROOT));
                        Long current = p.getDepartment() == null ? null : p.getDepartment().getId();
                        if (!Objects.equals(id, current)) {
                            p.setDepartment(id == null ? null : departments.getReferenceById(id));
                            changed = true;
                        }
                    }
                    if (parsed.has("hire_date") && !Objects.equals(p.getHireDate(), row.hireDate)) {
                        p.setHireDate(row.hireDate);
                        changed = true;
                    }
                    Set<Role> before = isNew ? Set.of() : p.getRoles();
                    Set<Role> after = row.roles != null ? row.roles : isNew ? EnumSet.of(Role.EMPLOYEE) : before;
                    if (!isNew && self != null && self.equals(p.getId()) && before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
                        found.add(CsvProblem.of(row.line, "roles", CsvProblem.Outcome.IMPORTED, "import.error.own-admin"));
                        after = before;
                    }
                    if (!before.equals(after)) {
                        p.setRoles(after);
                        changed = true;
                        if (!isNew) {
                            events.publishEvent(new PersonRolesChanged(p.getId(), after));
                        }
                    }
                    if (isNew) {
                        people.save(p);
                    }
                    if (!before.equals(after) && !(isNew && after.equals(EnumSet.of(Role.EMPLOYEE)))) {
                        audit.record(AuditAction.ROLES_CHANGED, "person", p.getId(), isNew
                                ? AuditMessage.of("audit.msg.roles-set.import").subject(p.getDisplayName())
                                        .translated("roles", "role.", after).text("email", p.getEmail())
                                : AuditMessage.of("audit.msg.roles-changed.import").subject(p.getDisplayName())
                                        .translated("roles", "role.", after).translated("were", "role.", before)
                                        .text("email", p.getEmail()));
                    }
                    row.status = isNew ? Status.CREATED : changed ? Status.UPDATED : Status.UNCHANGED;
                }
            });
            problems.addAll(found);
        } catch (DataAccessException | TransactionException | UserError e) {
            // Most likely someone else changed the same people at the same moment; this batch is reported, the rest goes on.
            log.warn("Import batch from line {} failed: {}", batch.getFirst().line, e.toString());
            for (Row row : batch) {
                row.status = Status.FAILED;
                problems.add(CsvProblem.refused(row.line, null, "import.error.not-saved"));
            }
        }
    }

    private void setManagers(List<Row> batch, List<CsvProblem> problems) {
        if (batch.isEmpty()) {
            return;
        }
        List<CsvProblem> found = new ArrayList<>();
        Map<Row, Status> statuses = new HashMap<>();
        try {
            tx.executeWithoutResult(s -> {
                Set<String> emails = new HashSet<>();
                batch.forEach(r -> {
                    emails.add(r.email);
                    if (r.manager != null) {
                        emails.add(r.manager);
                    }
                });
                Map<String, Person> byEmail = lookups.findAllByEmail(emails).stream()
                        .collect(Collectors.toMap(Person::getEmail, p -> p));
                for (Row row : batch) {
                    Person p = byEmail.get(row.email);
                    Person manager = row.manager == null ? null : byEmail.get(row.manager);
                    if (p == null || (row.manager != null && manager == null)) {
                        found.add(CsvProblem.refused(row.line, null, "import.error.manager-unknown", String.valueOf(row.manager)));
                        continue;
                    }
                    Long current = p.getManager() == null ? null : p.getManager().getId();
                    Long wanted = manager == null ? null : manager.getId();
                    if (Objects.equals(current, wanted)) {
                        continue;
                    }
                    if (reportsTo(manager, p)) {
                        found.add(CsvProblem.refused(row.line, null, "import.error.manager-cycle", row.manager));
                        continue;
                    }
                    p.setManager(manager);
                    if (row.status == Status.UNCHANGED) {
                        statuses.put(row, Status.UPDATED);
                    }
                }
            });
            problems.addAll(found);
            statuses.forEach((row, status) -> row.status = status);
        } catch (DataAccessException | TransactionException | UserError e) {
            log.warn("Import manager batch from line {} failed: {}", batch.getFirst().line, e.toString());
            for (Row row : batch) {
                problems.add(CsvProblem.refused(row.line, null, "import.error.manager-not-saved"));
            }
        }
    }

    /** Whether {@code manager} is {@code person} or reports to them, directly or not. */
    private static boolean reportsTo(@Nullable Person manager, Person person) {
        int depth = 0;
        for (Person m = manager; m != null && depth < 10_000; m = m.getManager(), depth++) {
            if (m.getId() != null && m.getId().equals(person.getId())) {
                return true;
            }
        }
        return false;
    }

    // ---- helpers ----

    private enum Status { PENDING, CREATED, UPDATED, UNCHANGED, FAILED }

    private static final class Row {
        final long line;
        final String email;
        final String name;
        final @Nullable String title;
        final @Nullable String department;
        final @Nullable String manager;
        final @Nullable LocalDate hireDate;
        final @Nullable Set<Role> roles;
        Status status = Status.PENDING;
        boolean bad;

        Row(long line, String email, String name, @Nullable String title, @Nullable String department,
            @Nullable String manager, @Nullable LocalDate hireDate, @Nullable Set<Role> roles) {
            this.line = line;
            this.email = email;
            this.name = name;
            this.title = title;
            this.department = department;
            this.manager = manager;
            this.hireDate = hireDate;
            this.roles = roles;
        }
    }

    private static List<List<Row>> batches(List<Row> rows) {
        List<List<Row>> batches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE)));
        }
        return batches;
    }

    private static int count(List<Row> rows, Status status) {
        return (int) rows.stream().filter(r -> r.status == status).count();
    }





}
