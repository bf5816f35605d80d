package app.bravo;

import app.bravo.people.Department;
import app.bravo.people.Person;
import app.bravo.people.TestAccess;
import app.bravo.people.internal.DepartmentRepository;
import app.bravo.people.internal.PersonRepository;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;

/** Makes each test's own data, with names no other test uses, and signs people in. */
@TestComponent
public class Fixtures {

    private static final AtomicLong counter = new AtomicLong();

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final SecurityContextHolderStrategy contexts;

    /**
     * Signs in through this application context's own security-context strategy: with several test
     * contexts in one JVM, the last one started owns the global {@link SecurityContextHolder}
     * strategy, while method security reads its own context's bean.
     */
    Fixtures(PersonRepository people, DepartmentRepository departments, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.people = people;
        this.departments = departments;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A word no other test uses, for names and e-mail addresses. */
    public static String unique(String prefix) {
        return prefix + "-" + counter.incrementAndGet() + "-" + letters(8);
    }

    /**
     * Random lower-case letters. Not hex: eight random hex characters are sometimes all digits,
     * and the personal-data scanner rightly reads a long run of digits as a phone number.
     */
    private static String letters(int n) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    @Transactional
    public Department department(String prefix) {
        return departments.save(new Department(unique(prefix), null));
    }

    /** A new active person with these roles (EMPLOYEE always among them). */
    @Transactional
    public Person person(String name, Role... roles) {
        var p = new Person(unique("p") + "@test.example", name);
        p.setHireDate(LocalDate.of(2020, 1, 15));
        Set<Role> r = EnumSet.of(Role.EMPLOYEE);
        r.addAll(Set.of(roles));
        TestAccess.setRoles(p, r);
        return people.save(p);
    }

    /** Signs a new person with these roles in for the current thread, and returns them. */
    public BravoUser signInAs(Role... roles) {
        Person p = person("Signed In " + UUID.randomUUID().toString().substring(0, 4), roles);
        return signIn(p);
    }

    public BravoUser signIn(Person p) {
        var user = new BravoUser(p.getId(), p.getEmail(), p.getDisplayName(), null, p.getRoles(), "en", "light");
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        contexts.getContext().setAuthentication(auth);
        current = contexts;
        return user;
    }

    /**
     * No one signed in, as a service sees an office screen's or the sign-in page's request: Spring
     * Security's anonymous authentication (with no authentication at all, method security refuses
     * with a different exception than access denied).
     */
    public void signInAnonymously() {
        var auth = new AnonymousAuthenticationToken("test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        SecurityContextHolder.getContext().setAuthentication(auth);
        contexts.getContext().setAuthentication(auth);
        current = contexts;
    }

    private static volatile SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();

    public static void signOut() {
        SecurityContextHolder.clearContext();
        current.clearContext();
    }
}
