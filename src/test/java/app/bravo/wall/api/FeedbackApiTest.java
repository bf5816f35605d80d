package app.bravo.wall.api;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.NewApiToken;
import app.bravo.security.Role;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MockMvc built on the shared application context (not {@code @AutoConfigureMockMvc}, which would
 * start a second context whose Vaadin security-context strategy replaces the first one's).
 */
@IntegrationTest
class FeedbackApiTest {

    @Autowired WebApplicationContext context;
    MockMvc mvc;
    @Autowired ApiTokenService tokens;
    @Autowired FeedbackService feedback;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private NewApiToken token;

    @BeforeEach
    void makeToken() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.signInAs(Role.ADMIN);
        token = tokens.create(Fixtures.unique("integration"));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private ResultActions postFeedback(String json, String bearer) throws Exception {
        return mvc.perform(post("/api/v1/feedback").header("Authorization", "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions postFeedback(String json) throws Exception {
        return postFeedback(json, token.token());
    }

    private static long idOf(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void without_a_token_the_api_answers_401_as_a_problem() throws Exception {
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content("{\"quote\":\"hi\",\"channel\":\"EMAIL\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/wall")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_or_revoked_token_gets_401() throws Exception {
        postFeedback("{\"quote\":\"hi\",\"channel\":\"EMAIL\"}", "bravo_not-a-real-token").andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/wall").header("Authorization", "Basic " + token.token())).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/wall").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        fixtures.signInAs(Role.ADMIN);
        tokens.revoke(token.id());
        Fixtures.signOut();
        mvc.perform(get("/api/v1/wall").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_valid_submission_makes_a_pending_note_and_reports_unknown_credited_addresses() throws Exception {
        var credited = fixtures.person("Credited By Api");
        String ghost = Fixtures.unique("ghost") + "@test.example";
        String json = """
                {"quote": "Your team saved our launch 🚀 — ممنون!", "customerName": "Dana Smith", "company": "Acme",
                 "channel": "survey", "score": 9, "scoreType": "NPS", "receivedAt": "2026-01-15",
                 "credited": ["%s", "%s"], "tags": ["launch", "#Support"]}""".formatted(credited.getEmail(), ghost);
        MvcResult result = postFeedback(json)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/feedback/\\d+")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.unknownCredited").value(org.hamcrest.Matchers.contains(ghost)))
                .andReturn();
        long id = idOf(result);

        fixtures.signInAs(Role.MODERATOR);
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.quote()).isEqualTo("Your team saved our launch 🚀 — ممنون!");
        assertThat(note.creditedPeople()).extracting(c -> c.id()).containsExactly(credited.getId());
        assertThat(note.tags()).containsExactlyInAnyOrder("launch", "support");
        Fixtures.signOut();

        mvc.perform(get(result.getResponse().getHeader("Location")).header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void each_bad_field_is_named_in_a_400_problem() throws Exception {
        String json = """
                {"quote": "", "channel": "TELEPATHY", "score": 11, "scoreType": "NPS", "customerName": "%s",
                 "credited": ["not-an-address"], "tags": ["ok", "<b>"], "receivedAt": "2999-01-01"}""".formatted("n".repeat(121));
        postFeedback(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "quote", "channel", "score", "customerName", "credited[0]", "tags[1]", "receivedAt")))
                .andExpect(jsonPath("$.errors[?(@.field == 'score')].message").value(hasItem("A NPS score is a whole number from 0 to 10.")));
    }

    @Test
    void a_score_without_its_scale_and_control_characters_are_refused() throws Exception {
        postFeedback("{\"quote\":\"bell\\u0007\",\"channel\":\"CHAT\",\"score\":4}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("quote", "scoreType")));
    }

    @Test
    void malformed_json_and_wrongly_typed_values_are_400_problems() throws Exception {
        postFeedback("{\"quote\": \"unterminated")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        postFeedback("{\"quote\": \"ok\", \"channel\": \"EMAIL\", \"score\": \"nine\", \"scoreType\": \"NPS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("score")));
    }

    @Test
    void the_same_external_id_returns_the_first_note_and_never_makes_a_second() throws Exception {
        String externalId = Fixtures.unique("zendesk-4711");
        String first = "{\"quote\":\"First\",\"channel\":\"EMAIL\",\"externalId\":\"%s\"}".formatted(externalId);
        String again = "{\"quote\":\"Second try, different text\",\"channel\":\"CHAT\",\"externalId\":\"%s\"}".formatted(externalId);
        long id = idOf(postFeedback(first).andExpect(status().isCreated()).andReturn());
        long idAgain = idOf(postFeedback(again).andExpect(status().isOk()).andReturn());
        assertThat(idAgain).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from feedback_note where external_id = ?", Integer.class, externalId)).isEqualTo(1);
    }

    @Test
    void the_wall_shows_published_notes_only() throws Exception {
        long approved = idOf(postFeedback("{\"quote\":\"Approve me\",\"channel\":\"REVIEW\"}").andReturn());
        long pending = idOf(postFeedback("{\"quote\":\"Leave me pending\",\"channel\":\"REVIEW\"}").andReturn());
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(approved, null);
        Fixtures.signOut();

        mvc.perform(get("/api/v1/wall?size=100").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) approved)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) pending))))
                .andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PUBLISHED"))));
        mvc.perform(get("/api/v1/wall?size=101").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/wall?page=abc").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    private long approvedNote(String quote) throws Exception {
        long id = idOf(postFeedback("{\"quote\":\"%s\",\"channel\":\"REVIEW\"}".formatted(quote)).andReturn());
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        Fixtures.signOut();
        return id;
    }

    private static String field(MvcResult result, String path) throws Exception {
        Object value = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), path);
        return value == null ? null : value.toString();
    }

    @Test
    void the_wall_pages_by_cursor_through_notes_published_at_the_same_instant_without_gaps_or_repeats() throws Exception {
        long a = approvedNote("Cursor A");
        long b = approvedNote("Cursor B");
        long c = approvedNote("Cursor C");
        // the same published time for all three: only the id orders them
        var same = java.sql.Timestamp.from(java.time.Instant.parse("2001-02-03T04:05:06.123456Z"));
        jdbc.update("update feedback_note set published_at = ? where id in (?, ?, ?)", same, a, b, c);
        String start = new app.bravo.wall.WallCursor(same.toInstant().plusNanos(1000), 0).token();

        java.util.List<Long> seen = new java.util.ArrayList<>();
        String next = "/api/v1/wall?size=1&after=" + start;
        for (int i = 0; i < 3; i++) {
            MvcResult page = mvc.perform(get(next).header("Authorization", "Bearer " + token.token()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andReturn();
            seen.add(Long.valueOf(field(page, "$.items[0].id")));
            if (i < 2) {
                next = field(page, "$.next");
                assertThat(next).contains("after=").contains("size=1");
                assertThat(page.getResponse().getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            }
        }
        assertThat(seen).containsExactly(c, b, a);

        String oldest = new app.bravo.wall.WallCursor(java.time.Instant.parse("1970-01-01T00:00:00.000001Z"), 1).token();
        mvc.perform(get("/api/v1/wall?after=" + oldest).header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.next").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(header().doesNotExist("Link"));
        mvc.perform(get("/api/v1/wall?after=not-a-cursor").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    private NewApiToken tokenWith(app.bravo.admin.ApiScope... scopes) {
        fixtures.signInAs(Role.ADMIN);
        try {
            return tokens.create(Fixtures.unique("scoped"), java.util.Set.of(scopes));
        } finally {
            Fixtures.signOut();
        }
    }

    @Test
    void an_intake_token_reads_nothing_else_and_a_wall_token_posts_nothing() throws Exception {
        NewApiToken intake = tokenWith(app.bravo.admin.ApiScope.FEEDBACK_INTAKE);
        NewApiToken reader = tokenWith(app.bravo.admin.ApiScope.WALL_READ);

        postFeedback("{\"quote\":\"Scoped\",\"channel\":\"EMAIL\"}", intake.token()).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/wall").header("Authorization", "Bearer " + intake.token()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        mvc.perform(get("/api/v1/wall").header("Authorization", "Bearer " + reader.token())).andExpect(status().isOk());
        postFeedback("{\"quote\":\"Not mine to post\",\"channel\":\"EMAIL\"}", reader.token())
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_token_without_the_intake_scope_is_refused_by_the_service_too() {
        fixtures.signInAs();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feedback.statusOf(token.integrationId(), 1L))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void external_ids_and_notes_belong_to_their_integration_and_survive_a_replaced_token() throws Exception {
        NewApiToken other = tokenWith(app.bravo.admin.ApiScope.FEEDBACK_INTAKE);
        String externalId = Fixtures.unique("crm-1");
        String json = "{\"quote\":\"%s\",\"channel\":\"EMAIL\",\"externalId\":\"%s\"}";

        long mine = idOf(postFeedback(json.formatted("Mine", externalId)).andExpect(status().isCreated()).andReturn());
        long theirs = idOf(postFeedback(json.formatted("Theirs", externalId), other.token()).andExpect(status().isCreated()).andReturn());
        assertThat(theirs).isNotEqualTo(mine);

        mvc.perform(get("/api/v1/feedback/" + mine).header("Authorization", "Bearer " + other.token()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/feedback/" + theirs).header("Authorization", "Bearer " + other.token()))
                .andExpect(status().isOk());

        fixtures.signInAs(Role.ADMIN);
        NewApiToken replacement = tokens.replace(token.id());
        Fixtures.signOut();
        assertThat(replacement.integrationId()).isEqualTo(token.integrationId());

        postFeedback(json.formatted("Mine again", externalId), token.token()).andExpect(status().isUnauthorized());
        long again = idOf(postFeedback(json.formatted("Mine again", externalId), replacement.token())
                .andExpect(status().isOk()).andReturn());
        assertThat(again).isEqualTo(mine);
        mvc.perform(get("/api/v1/feedback/" + mine).header("Authorization", "Bearer " + replacement.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void tokens_are_stored_hashed_never_in_plain() throws Exception {
        assertThat(token.token()).startsWith("bravo_").hasSize("bravo_".length() + 43);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from api_token where id = ? and token_hash = ?", Integer.class, token.id(), hash))
                .isEqualTo(1);
        var row = jdbc.queryForMap("select * from api_token where id = ?", token.id());
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token.token().substring(6)));
        fixtures.signInAs(Role.ADMIN);
        assertThat(tokens.list(PageRequest.of(0, 100)).getContent()).filteredOn(t -> t.id() == token.id())
                .singleElement().satisfies(t -> assertThat(t.prefix()).isEqualTo(token.token().substring(0, 12)));
    }

    @Test
    void an_employee_cannot_make_tokens_and_no_fixed_token_exists_outside_demo_mode() {
        fixtures.signInAs();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create("mine"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        fixtures.signInAs(Role.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.ensureDemoToken("demo-token"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_openapi_document_is_served_and_describes_the_intake() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/feedback'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/wall'].get").exists());
    }
}
