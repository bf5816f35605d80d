package app.bravo.recognition.api;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiScope;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.NewApiToken;
import app.bravo.recognition.KudosCursor;
import app.bravo.recognition.KudosForm;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.PointSource;
import app.bravo.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MockMvc on the shared application context, as FeedbackApiTest explains. */
@IntegrationTest
class KudosApiTest {

    @Autowired WebApplicationContext context;
    @Autowired ApiTokenService tokens;
    @Autowired KudosService kudos;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;
    NewApiToken reader;
    NewApiToken wallOnly;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.signInAs(Role.ADMIN);
        reader = tokens.create(Fixtures.unique("kudos reader"), Set.of(ApiScope.RECOGNITION_READ));
        wallOnly = tokens.create(Fixtures.unique("wall reader"), Set.of(ApiScope.WALL_READ));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** A kudos published at a moment of its own, so that a cursor just after it reads this test's rows first. */
    long kudosAt(long giver, long taker, String message, boolean privateKudos, Instant at) {
        fixtures.signIn(fixtures.person("Api giver " + giver));
        long id = kudos.give(new KudosForm(List.of(taker), message, Set.of(), 0, PointSource.ALLOWANCE, privateKudos, null));
        jdbc.update("UPDATE kudos SET published_at = ? WHERE id = ?", Timestamp.from(at), id);
        Fixtures.signOut();
        return id;
    }

    @Test
    void without_a_token_the_feed_answers_401() throws Exception {
        mvc.perform(get("/api/v1/kudos"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_token_without_the_recognition_scope_gets_403() throws Exception {
        mvc.perform(get("/api/v1/kudos").header("Authorization", "Bearer " + wallOnly.token()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/kudos").header("Authorization", "Bearer " + reader.token())).andExpect(status().isOk());
    }

    @Test
    void an_employee_cannot_read_the_api_feed_through_the_service() {
        fixtures.signInAs();
        assertThatThrownBy(() -> kudos.published(null, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_feed_pages_by_cursor_and_leaves_private_kudos_out() throws Exception {
        var taker = fixtures.person("Api taker");
        Instant base = Instant.parse("1990-03-04T05:06:07.000000Z").plusNanos((System.nanoTime() % 900_000) * 1000);
        long oldest = kudosAt(1, taker.getId(), "Oldest", false, base);
        long secret = kudosAt(2, taker.getId(), "Secret", true, base.plusMillis(1));
        long middle = kudosAt(3, taker.getId(), "Middle 🙌 <i>ok</i>", false, base.plusMillis(2));
        long newest = kudosAt(4, taker.getId(), "Newest", false, base.plusMillis(3));
        String after = new KudosCursor(base.plusMillis(3).plusNanos(1000), 0).token();

        String body = mvc.perform(get("/api/v1/kudos").param("after", after).param("size", "2")
                        .header("Authorization", "Bearer " + reader.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains((int) newest, (int) middle)))
                .andExpect(jsonPath("$.items[1].message").value("Middle 🙌 <i>ok</i>"))
                .andExpect(jsonPath("$.items[0].recipients[0].id").value(taker.getId().intValue()))
                .andExpect(jsonPath("$.items[0].kind").value("SMALL"))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.next").value(startsWith("http")))
                .andExpect(header().string("Link", startsWith("<http")))
                .andReturn().getResponse().getContentAsString();
        String next = body.replaceAll("(?s).*\"next\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        String second = mvc.perform(get(next).header("Authorization", "Bearer " + reader.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value((int) oldest))
                .andReturn().getResponse().getContentAsString();
        assertThat(body + second).doesNotContain("\"id\":" + secret + ",").doesNotContain("Secret");
    }

    @Test
    void a_celebration_answers_what_it_celebrates_and_english_words_not_its_machine_text() throws Exception {
        Instant at = Instant.parse("1989-05-06T07:08:09.000000Z").plusNanos((System.nanoTime() % 900_000) * 1000);
        long birthday = celebrationAt("BIRTHDAY", at.plusMillis(2));
        long anniversary = celebrationAt("ANNIVERSARY:3", at.plusMillis(1));
        long plain = kudosAt(5, fixtures.person("Api taker").getId(), "Plain thanks", false, at);
        String after = new KudosCursor(at.plusMillis(2).plusNanos(1000), 0).token();

        mvc.perform(get("/api/v1/kudos").param("after", after).param("size", "3")
                        .header("Authorization", "Bearer " + reader.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains((int) birthday, (int) anniversary, (int) plain)))
                .andExpect(jsonPath("$.items[0].kind").value("CELEBRATION"))
                .andExpect(jsonPath("$.items[0].celebration.kind").value("BIRTHDAY"))
                .andExpect(jsonPath("$.items[0].celebration.years").value(0))
                .andExpect(jsonPath("$.items[0].message").value("🎂 Happy birthday! The whole company wishes you a wonderful day."))
                .andExpect(jsonPath("$.items[1].celebration.kind").value("ANNIVERSARY"))
                .andExpect(jsonPath("$.items[1].celebration.years").value(3))
                .andExpect(jsonPath("$.items[1].message").value("🎉 3 years with us today. Happy work anniversary!"))
                .andExpect(jsonPath("$.items[2].celebration").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.items[2].message").value("Plain thanks"));
    }

    /** A celebration as the app posts it (no giver, the machine text as its message), for a person of its own. */
    long celebrationAt(String what, Instant at) {
        var person = fixtures.person("Api celebrated");
        jdbc.update("""
                insert into kudos (kind, status, giver_id, message, created_at, published_at)
                values ('CELEBRATION', 'PUBLISHED', NULL, ?, ?, ?)""", what, Timestamp.from(at), Timestamp.from(at));
        long id = jdbc.queryForObject("select max(id) from kudos where message = ? and published_at = ?", Long.class,
                what, Timestamp.from(at));
        jdbc.update("insert into kudos_recipient (kudos_id, person_id) values (?, ?)", id, person.getId());
        return id;
    }

    @Test
    void a_bad_cursor_or_size_is_a_400_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/v1/kudos").param("after", "not-a-cursor").param("size", "0")
                        .header("Authorization", "Bearer " + reader.token()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("size", "after")));
        mvc.perform(get("/api/v1/kudos").param("size", "many").header("Authorization", "Bearer " + reader.token()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
