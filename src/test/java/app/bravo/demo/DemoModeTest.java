package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.ui.KioskView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Trying Bravo and then going live on the same data: a start with demo mode off closes the demo
 * logins, {@code demo-token} and {@code /kiosk/demo}, and BRAVO_DEMO_REMOVE removes the company.
 * The test context runs with demo mode off, so the demo rows are made here as a demo-mode data
 * folder would hold them, and the start-up steps are called directly.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoModeTest extends SpringBrowserlessTest {

    @Autowired DemoMode demoMode;
    @Autowired DemoData demoData;
    @Autowired DemoWall demoWall;
    @Autowired PeopleService people;
    @Autowired FeedbackService feedback;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreDemoLogins() {
        // other tests seed the demo company too; leave its logins as demo mode would
        DemoMode.asSystem();
        demoData.seed();
        Fixtures.signOut();
    }

    /** What demo mode leaves in a data folder: the demo company, the demo token and the demo screen, all open. */
    private void demoModeDataFolder() {
        DemoMode.asSystem();
        demoData.seed();
        Fixtures.signOut();
        String hash = sha256(DemoWall.DEMO_TOKEN);
        List<Long> existing = jdbc.queryForList("SELECT integration_id FROM api_token WHERE token_hash = ?", Long.class, hash);
        long integration;
        if (existing.isEmpty()) {
            jdbc.update("INSERT INTO api_integration (name) VALUES ('Demo integration')");
            integration = jdbc.queryForObject("SELECT MAX(id) FROM api_integration WHERE name = 'Demo integration'", Long.class);
            jdbc.update("""
                    INSERT INTO api_token (name, integration_id, token_hash, prefix, created_by)
                    VALUES ('Demo integration', ?, ?, 'demo-tok', 'system')""", integration, hash);
            jdbc.update("""
                    INSERT INTO api_token_scope (token_id, scope)
                    SELECT t.id, s.scope FROM api_token t,
                        (SELECT 'FEEDBACK_INTAKE' AS scope UNION ALL SELECT 'WALL_READ' UNION ALL SELECT 'RECOGNITION_READ') s
                    WHERE t.token_hash = ?""", hash);
        } else {
            integration = existing.getFirst();
            jdbc.update("UPDATE api_token SET revoked_at = NULL WHERE token_hash = ?", hash);
        }
        demoWall.seedNotes(integration);
        Fixtures.signOut();
        jdbc.update("""
                INSERT INTO kiosk_token (name, token_hash, prefix, created_by) VALUES ('Demo office screen', ?, 'demo', 'system')
                ON DUPLICATE KEY UPDATE revoked_at = NULL""", sha256(DemoKiosk.DEMO_SECRET));
    }

    private boolean signsIn(String email, String password) throws Exception {
        var session = new MockHttpSession();
        String target = mvc.perform(post("/login").session(session).with(csrf())
                        .with(r -> { r.setRemoteAddr("198.51.100." + (1 + (int) (Math.random() * 250))); return r; })
                        .param("username", email).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
        return target != null && !target.contains("error");
    }

    private int wallStatusWith(String token) throws Exception {
        return mvc.perform(get("/api/v1/wall").param("size", "1")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    private String kioskHeading() {
        navigate("kiosk/" + DemoKiosk.DEMO_SECRET, KioskView.class);
        return $(H1.class).all().stream().filter(h -> h.isVisible()).map(H1::getText).findFirst().orElse("");
    }

    @Test
    void a_start_with_demo_mode_off_closes_the_demo_logins_token_and_screen_and_says_so(CapturedOutput output) throws Exception {
        demoModeDataFolder();
        // open before: otherwise the test below could pass for the wrong reason
        assertThat(signsIn("employee@bravo.demo", DemoData.PASSWORD)).isTrue();
        assertThat(wallStatusWith(DemoWall.DEMO_TOKEN)).isEqualTo(200);

        List<String> closed = demoMode.close();

        assertThat(closed).contains("the login employee@bravo.demo", "the login manager@bravo.demo",
                "the login moderator@bravo.demo", "the login hr@bravo.demo", "the login admin@bravo.demo",
                "the API token 'demo-token'", "the office screen /kiosk/demo");
        assertThat(output.getOut()).contains("Demo mode is off, but this database holds the demo company: closed")
                .contains("the API token 'demo-token'");
        for (String login : List.of("employee", "manager", "moderator", "hr", "admin")) {
            assertThat(signsIn(login + "@bravo.demo", DemoData.PASSWORD)).as(login).isFalse();
        }
        assertThat(wallStatusWith(DemoWall.DEMO_TOKEN)).isEqualTo(401);
        assertThat(kioskHeading()).isEqualTo("This screen is not connected");
        fixtures.signInAs(Role.ADMIN);
        long admin = people.idOfEmail("admin@bravo.demo").orElseThrow();
        assertThat(people.find(admin).orElseThrow().active()).isFalse();
        Fixtures.signOut();

        // a second start finds nothing left to close
        assertThat(demoMode.close()).isEmpty();

        // demo mode on again: the logins open again
        DemoMode.asSystem();
        demoData.seed();
        Fixtures.signOut();
        assertThat(signsIn("employee@bravo.demo", DemoData.PASSWORD)).isTrue();
    }

    @Test
    void removing_the_demo_company_keeps_the_real_people_and_notes() {
        demoModeDataFolder();
        fixtures.signInAs(Role.ADMIN);
        long demoManager = people.idOfEmail("manager@bravo.demo").orElseThrow();
        long demoEmployee = people.idOfEmail("employee@bravo.demo").orElseThrow();
        String realEmail = Fixtures.unique("real") + "@test.example";
        long real = people.create(new PersonForm(realEmail, "Real Person", null, null, demoManager, null, Set.of(), null));
        fixtures.signInAs();
        String quote = Fixtures.unique("A real customer's praise");
        long realNote = feedback.submit(new FeedbackForm(quote, "Ana", "Harbor Health", Channel.EMAIL, 9,
                app.bravo.wall.ScoreType.NPS, null, List.of(demoEmployee, real), List.of(), List.of(), List.of(), null)).id();
        Fixtures.signOut();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_note WHERE external_id LIKE 'demo-wall-%'", Long.class))
                .isEqualTo(DemoWall.NOTES.size());

        demoMode.close();
        demoMode.remove();

        fixtures.signInAs(Role.ADMIN);
        for (String login : List.of("employee", "manager", "moderator", "hr", "admin", "nora.lindqvist")) {
            assertThat(people.idOfEmail(login + "@bravo.demo")).as(login).isEmpty();
        }
        assertThat(people.idsAt(DemoData.DOMAIN)).isEmpty();
        assertThat(people.values()).extracting(v -> v.name()).doesNotContain("Customers first", "Own it");
        var stays = people.find(real).orElseThrow();
        assertThat(stays.active()).isTrue();
        assertThat(stays.managerId()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_note WHERE external_id LIKE 'demo-wall-%'", Long.class))
                .isZero();
        fixtures.signInAs(Role.MODERATOR);
        assertThat(feedback.find(realNote).orElseThrow().quote()).isEqualTo(quote);
        assertThat(jdbc.queryForList("SELECT person_id FROM feedback_credit_person WHERE note_id = ?", Long.class, realNote))
                .containsExactly(real);
    }

    private static String sha256(String text) throws IllegalStateException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
