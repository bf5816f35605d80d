package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleImport;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.shared.csv.ImportProgress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A role taken away or given reaches the person's signed-in sessions at once, as deactivation does. */
@IntegrationTest
class RoleChangeReachesSessionsTest {

    static final String PASSWORD = "meadow-lantern-83";

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired PeopleImport importer;
    @Autowired Fixtures fixtures;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategy;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private String account(Set<Role> roles) {
        return Accounts.create(fixtures, people, "roles", PASSWORD, roles);
    }

    /** Signs in through the real form and makes one signed-in request, as a browser tab would. */
    private MockHttpSession signedIn(String email) throws Exception {
        var session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .with(r -> { r.setRemoteAddr("198.51.100.7"); return r; })
                        .param("username", email).param("password", PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("EMPLOYEE", "ADMIN"));
        return session;
    }

    private void setRoles(String email, Set<Role> roles) {
        fixtures.signInAs(Role.ADMIN);
        long id = people.idOfEmail(email).orElseThrow();
        var p = people.find(id).orElseThrow();
        people.update(id, new PersonForm(email, p.displayName(), null, null, null, null, roles, null));
        Fixtures.signOut();
    }

    /** Runs a service call as the session: with the security context the session holds. */
    private void actAs(MockHttpSession session, Runnable call) {
        var contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        contexts.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            call.run();
        } finally {
            Fixtures.signOut();
        }
    }

    @Test
    void a_role_taken_away_is_refused_at_once_to_a_signed_in_session() throws Exception {
        String email = account(Set.of(Role.ADMIN));
        MockHttpSession session = signedIn(email);
        actAs(session, () -> assertThat(people.idOfEmail(email)).isPresent());

        setRoles(email, Set.of(Role.EMPLOYEE));

        actAs(session, () -> assertThatThrownBy(() -> people.idOfEmail(email)).isInstanceOf(AccessDeniedException.class));
        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("EMPLOYEE"));
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_role_given_is_there_at_the_next_request() throws Exception {
        String email = account(Set.of(Role.ADMIN));
        MockHttpSession session = signedIn(email);

        setRoles(email, Set.of(Role.ADMIN, Role.MODERATOR));

        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("EMPLOYEE", "ADMIN", "MODERATOR"));
    }

    @Test
    void a_role_taken_away_by_the_directory_import_is_refused_at_once() throws Exception {
        String email = account(Set.of(Role.ADMIN));
        MockHttpSession session = signedIn(email);

        fixtures.signInAs(Role.ADMIN);
        importer.importCsv("roles.csv", ("email,name,roles\n" + email + ",Role Holder,EMPLOYEE\n").getBytes(StandardCharsets.UTF_8),
                ImportProgress.NONE);
        Fixtures.signOut();

        actAs(session, () -> assertThatThrownBy(() -> people.idOfEmail(email)).isInstanceOf(AccessDeniedException.class));
        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("EMPLOYEE"));
    }
}
