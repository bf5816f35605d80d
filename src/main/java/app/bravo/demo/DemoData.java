package app.bravo.demo;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.people.ValueView;
import app.bravo.recognition.RecognitionDemo;
import app.bravo.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode (DESIGN section 3): a realistic company of 150+ people in a dozen departments with
 * managers, hire dates, five company values and the five demo logins. It goes through the same
 * services as an administrator would, and adds only what is missing, so a restart adds nothing
 * twice. Outside demo mode it closes the demo logins; it removes the whole company on request.
 */
@Component
@Order(0)
class DemoData implements DemoSeeder {

    static final String PASSWORD = "bravo-demo";
    static final String DOMAIN = "bravo.demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PeopleService people;
    private final Clock clock;
    private final RecognitionDemo recognition;

    DemoData(PeopleService people, Clock clock, RecognitionDemo recognition) {
        this.people = people;
        this.clock = clock;
        this.recognition = recognition;
    }

    @Override
    public List<String> close() {
        return people.closeAccountsAt(DOMAIN).stream().map(email -> "the login " + email).toList();
    }

    @Override
    public String remove() {
        // the demo kudos are gone by now (later seeders remove first): a value that real kudos still carry is
        // the company's own now and stays (DD013)
        List<String> values = java.util.Arrays.stream(VALUES).map(v -> v[0]).toList();
        List<String> inUse = recognition.valuesInUse(values);
        int removed = people.removeAt(DOMAIN, java.util.Arrays.stream(DEPARTMENTS).map(d -> d[0]).toList(),
                values.stream().filter(v -> !inUse.contains(v)).toList());
        return removed + " people with their departments and values" + (inUse.isEmpty() ? "" : " (kept in real use: " + inUse + ")");
    }

    @Override
    public void seed() {
        seedValues();
        Map<String, Long> departments = seedDepartments();
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now(clock);

        long ceo = person("nora.lindqvist@bravo.demo", "Nora Lindqvist", "Chief Executive Officer", departments.get("Executive Office"),
                null, LocalDate.of(2012, 3, 1), Set.of(Role.MANAGER), null);
        Map<String, Long> heads = new HashMap<>();
        for (Head h : HEADS) {
            String login = h.login();
            long id = person(login != null ? login : email(h.name()), h.name(), h.title(), departments.get(h.department()),
                    ceo, h.hired(), h.roles(), login != null ? PASSWORD : null);
            heads.put(h.department(), id);
        }
        // the other demo logins, each under the head of their department
        for (Login l : LOGINS) {
            person(l.email(), l.name(), l.title(), departments.get(l.department()), heads.get(l.department()),
                    l.hired(), l.roles(), PASSWORD);
        }
        // everyone else: a deterministic crowd, so that every start seeds the same company
        List<String> staffDepartments = new ArrayList<>(STAFF_TITLES.keySet());
        int seeded = 0;
        for (int i = 0; seeded < 150; i++) {
            String first = FIRST[(i * 7 + 3) % FIRST.length];
            String last = LAST[(i * 11 + 5) % LAST.length];
            String name = first + " " + last;
            String department = staffDepartments.get(i % staffDepartments.size());
            List<String> titles = STAFF_TITLES.get(department);
            String title = titles.get(random.nextInt(titles.size()));
            LocalDate hired = today.minusDays(20 + random.nextInt(365 * 12));
            Long manager = heads.get(department);
            Long deptId = departments.get(department);
            String email = email(first + "." + last + "." + i);
            person(email, name, title, deptId, manager, hired, Set.of(), null);
            seeded++;
        }
        log.info("Demo company ready: {} departments, {} people", departments.size(), seeded + HEADS.size() + LOGINS.size() + 1);
    }

    private long person(String email, String name, String title, @Nullable Long department, @Nullable Long manager,
                        LocalDate hired, Set<Role> roles, @Nullable String password) {
        var existing = people.idOfEmail(email);
        if (existing.isEmpty()) {
            return people.create(new PersonForm(email, name, title, department, manager, hired, roles, password));
        }
        long id = existing.get();
        if (password != null && !people.activeAmong(List.of(id)).contains(id)) {
            // a login that a start outside demo mode closed opens again
            people.reactivate(id);
            var p = people.find(id).orElseThrow();
            people.update(id, new PersonForm(p.email(), p.displayName(), p.jobTitle(), p.departmentId(),
                    p.managerId(), p.hireDate(), p.roles(), password));
        }
        return id;
    }

    private Map<String, Long> seedDepartments() {
        Map<String, Long> ids = new HashMap<>();
        people.departments().forEach(d -> ids.put(d.name(), d.id()));
        for (String[] d : DEPARTMENTS) {
            if (!ids.containsKey(d[0])) {
                ids.put(d[0], people.createDepartment(d[0], d[1] == null ? null : ids.get(d[1])));
            }
        }
        return ids;
    }

    private void seedValues() {
        Map<String, ValueView> existing = new HashMap<>();
        people.values().forEach(v -> existing.put(v.name(), v));
        for (String[] v : VALUES) {
            ValueView known = existing.get(v[0]);
            if (known == null) {
                people.createValue(v[0], v[2], v[1], v[3]);
            } else if (known.nameFa().equals(known.name())) {
                // seeded before values had Persian words: V018 copied the English ones, which are replaced here
                people.updateValue(known.id(), known.name(), v[2], known.description(), v[3], known.position(), known.active());
            }
        }
    }

    private static String email(String name) {
        String local = name.toLowerCase().replaceAll("[^a-z0-9.]+", ".").replaceAll("\\.+", ".");
        if (local.isEmpty() || local.equals(".")) {
            local = "person";
        }
        return local + "@bravo.demo";
    }

    record Head(String department, String name, String title, LocalDate hired, Set<Role> roles, @Nullable String login) {
    }

    record Login(String email, String name, String title, String department, LocalDate hired, Set<Role> roles) {
    }

    /** English name, English description, Persian name, Persian description. */
    static final String[][] VALUES = {
            {"Customers first", "We start from what our customers need and measure ourselves by their success.",
                    "اول مشتری", "از نیاز مشتریان آغاز می‌کنیم و خود را با موفقیت آنان می‌سنجیم."},
            {"Own it", "We take responsibility from start to finish, and say so when something goes wrong.",
                    "مسئولیت‌پذیری", "از آغاز تا پایان کار را بر عهده می‌گیریم و وقتی چیزی درست پیش نمی‌رود، آن را می‌گوییم."},
            {"Better together", "We help each other, share what we learn and celebrate each other's wins.",
                    "با هم بهتریم", "به یکدیگر کمک می‌کنیم، آموخته‌هایمان را با هم در میان می‌گذاریم و موفقیت‌های هم را جشن می‌گیریم."},
            {"Keep it simple", "We choose the clear solution over the clever one.",
                    "ساده نگهش داریم", "راه‌حل روشن را بر راه‌حل زیرکانه برمی‌گزینیم."},
            {"Learn every day", "We stay curious, ask for feedback and get a little better each day.",
                    "هر روز بیاموزیم", "کنجکاو می‌مانیم، بازخورد می‌خواهیم و هر روز کمی بهتر می‌شویم."},
    };

    static final String[][] DEPARTMENTS = {
            {"Executive Office", null},
            {"Customer Success", null},
            {"Customer Support", "Customer Success"},
            {"Sales", null},
            {"Marketing", null},
            {"Engineering", null},
            {"Platform Engineering", "Engineering"},
            {"Mobile Engineering", "Engineering"},
            {"Product", null},
            {"Design", "Product"},
            {"People & Culture", null},
            {"Finance", null},
            {"IT", null},
    };

    static final List<Head> HEADS = List.of(
            new Head("Customer Success", "Daniel Reyes", "Head of Customer Success", LocalDate.of(2015, 6, 15), Set.of(Role.MANAGER), "manager@bravo.demo"),
            new Head("Customer Support", "مریم حسینی", "Support Team Lead", LocalDate.of(2017, 2, 1), Set.of(Role.MANAGER), null),
            new Head("Sales", "James O'Connor", "VP Sales", LocalDate.of(2014, 9, 1), Set.of(Role.MANAGER), null),
            new Head("Marketing", "Sofia Marino", "Head of Marketing", LocalDate.of(2016, 4, 11), Set.of(Role.MANAGER), null),
            new Head("Engineering", "Arash Tehrani", "VP Engineering", LocalDate.of(2013, 1, 7), Set.of(Role.MANAGER), null),
            new Head("Platform Engineering", "Priya Nair", "Engineering Manager, Platform", LocalDate.of(2018, 8, 20), Set.of(Role.MANAGER), null),
            new Head("Mobile Engineering", "Lukas Becker", "Engineering Manager, Mobile", LocalDate.of(2019, 3, 4), Set.of(Role.MANAGER), null),
            new Head("Product", "Emma Dubois", "Head of Product", LocalDate.of(2016, 10, 3), Set.of(Role.MANAGER), null),
            new Head("Design", "نگار رضایی", "Design Lead", LocalDate.of(2019, 11, 18), Set.of(Role.MANAGER), null),
            new Head("People & Culture", "Grace Mensah", "Head of People", LocalDate.of(2015, 1, 12), Set.of(Role.MANAGER, Role.HR), null),
            new Head("Finance", "Kenji Watanabe", "Finance Director", LocalDate.of(2014, 5, 26), Set.of(Role.MANAGER), null),
            new Head("IT", "Farhad Jafari", "IT Manager", LocalDate.of(2015, 11, 2), Set.of(Role.MANAGER), null));

    static final List<Login> LOGINS = List.of(
            new Login("employee@bravo.demo", "Sara Ahmadi", "Customer Success Specialist", "Customer Success", LocalDate.of(2021, 11, 8), Set.of()),
            new Login("moderator@bravo.demo", "Leila Karimi", "Community Manager", "Marketing", LocalDate.of(2020, 2, 17), Set.of(Role.MODERATOR)),
            new Login("hr@bravo.demo", "Hannah Schmidt", "People Partner", "People & Culture", LocalDate.of(2018, 11, 26), Set.of(Role.HR)),
            new Login("admin@bravo.demo", "Omid Rahimi", "Systems Administrator", "IT", LocalDate.of(2017, 7, 3), Set.of(Role.ADMIN)));

    static final Map<String, List<String>> STAFF_TITLES = Map.ofEntries(
            Map.entry("Customer Success", List.of("Customer Success Manager", "Onboarding Specialist", "Account Manager")),
            Map.entry("Customer Support", List.of("Support Engineer", "Support Specialist", "Senior Support Engineer")),
            Map.entry("Sales", List.of("Account Executive", "Sales Development Representative", "Sales Engineer")),
            Map.entry("Marketing", List.of("Content Marketer", "Product Marketing Manager", "Growth Analyst")),
            Map.entry("Platform Engineering", List.of("Software Engineer", "Senior Software Engineer", "Site Reliability Engineer")),
            Map.entry("Mobile Engineering", List.of("iOS Engineer", "Android Engineer", "QA Engineer")),
            Map.entry("Product", List.of("Product Manager", "Product Analyst")),
            Map.entry("Design", List.of("Product Designer", "UX Researcher")),
            Map.entry("People & Culture", List.of("Recruiter", "People Operations Specialist")),
            Map.entry("Finance", List.of("Accountant", "Financial Analyst")),
            Map.entry("IT", List.of("IT Support Specialist", "Security Engineer")));

    static final String[] FIRST = {"Ava", "Noah", "Mia", "Liam", "Zahra", "Ali", "Yuki", "Chen", "Amara", "Mateo", "Elif", "Ivan",
            "Fatemeh", "Reza", "Lena", "Oscar", "Aisha", "Tomás", "Ingrid", "Kofi", "Nadia", "Hugo", "Sana", "Pedro", "Maya",
            "Samuel", "Parisa", "Kian", "Julia", "Ethan", "Lucía", "Darius", "Hana", "Jonas", "Chloe", "Babak", "Anya", "Felix"};
    static final String[] LAST = {"Johansson", "Moradi", "García", "Novak", "Kim", "Haddad", "Okafor", "Rossi", "Nguyen", "Schneider",
            "Farahani", "Silva", "Kowalski", "Tanaka", "Ahmed", "Müller", "Sadeghi", "Jensen", "Costa", "Petrov", "Yilmaz",
            "Bauer", "Ebrahimi", "Martin", "Hosseini", "Andersen", "Park", "Lopez", "Navabi", "Fischer", "Mendes", "Dąbrowski"};
}
