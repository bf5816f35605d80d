package app.bravo.wall.api;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiScope;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.NewApiToken;
import app.bravo.security.Role;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.WallCursor;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The OpenAPI document is the contract integrators generate clients from: real answers of every
 * kind (2xx, 4xx, 5xx) are recorded and checked against /v3/api-docs with Atlassian's
 * swagger-request-validator, which fails on an undocumented status, a wrong content type, or a body
 * its schema does not allow (a null in a field declared non-null, a missing required field).
 */
@IntegrationTest
class OpenApiContractTest {

    @Autowired WebApplicationContext context;
    @Autowired ApiTokenService tokens;
    @Autowired FeedbackService feedback;
    @Autowired app.bravo.recognition.KudosService kudos;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;
    NewApiToken all;
    NewApiToken intake;

    record Recorded(String path, Request.Method method, MockHttpServletResponse response) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures.signInAs(Role.ADMIN);
        all = tokens.create(Fixtures.unique("contract"));
        intake = tokens.create(Fixtures.unique("contract intake"), Set.of(ApiScope.FEEDBACK_INTAKE));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private MockHttpServletResponse record(String path, Request.Method method, RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        recorded.add(new Recorded(path, method, response));
        return response;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder bearer(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, NewApiToken token) {
        return b.header("Authorization", "Bearer " + token.token());
    }

    @Test
    void recorded_answers_of_every_kind_match_the_openapi_document() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "openapi.json"), document);
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();

        String externalId = Fixtures.unique("contract");
        String anonymous = "{\"quote\":\"No name, no score\",\"channel\":\"CHAT\",\"externalId\":\"%s\"}".formatted(externalId);
        var created = record("/api/v1/feedback", Request.Method.POST,
                bearer(post("/api/v1/feedback"), all).contentType(MediaType.APPLICATION_JSON).content(anonymous));
        assertThat(created.getStatus()).isEqualTo(201);
        long id = Long.parseLong(created.getContentAsString().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
        assertThat(record("/api/v1/feedback", Request.Method.POST,
                bearer(post("/api/v1/feedback"), all).contentType(MediaType.APPLICATION_JSON).content(anonymous)).getStatus())
                .isEqualTo(200);
        assertThat(record("/api/v1/feedback", Request.Method.POST,
                bearer(post("/api/v1/feedback"), all).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quote\":\"\",\"channel\":\"NOPE\"}")).getStatus()).isEqualTo(400);
        assertThat(record("/api/v1/feedback", Request.Method.POST,
                post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content(anonymous)).getStatus()).isEqualTo(401);
        assertThat(record("/api/v1/feedback", Request.Method.POST,
                bearer(post("/api/v1/feedback"), all).contentType(MediaType.TEXT_PLAIN).content("hello")).getStatus()).isEqualTo(415);
        assertThat(record("/api/v1/feedback", Request.Method.POST,
                bearer(post("/api/v1/feedback"), all).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quote\":\"" + "x".repeat(70_000) + "\"}")).getStatus()).isEqualTo(413);

        assertThat(record("/api/v1/feedback/" + id, Request.Method.GET, bearer(get("/api/v1/feedback/" + id), all)).getStatus())
                .isEqualTo(200);
        assertThat(record("/api/v1/feedback/" + id, Request.Method.GET, bearer(get("/api/v1/feedback/" + id), intake)).getStatus())
                .isEqualTo(404);

        // the anonymous, unscored note on the wall, at a place of its own in time, so the page holds it
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        Fixtures.signOut();
        Instant at = Instant.parse("2002-03-04T05:06:07.654321Z");
        jdbc.update("update feedback_note set published_at = ? where id = ?", Timestamp.from(at), id);
        String after = new WallCursor(at.plusNanos(1000), 0).token();
        var wall = record("/api/v1/wall", Request.Method.GET, bearer(get("/api/v1/wall").param("size", "1").param("after", after), all));
        assertThat(wall.getStatus()).isEqualTo(200);
        assertThat(wall.getContentAsString()).contains("\"id\":" + id, "\"customerName\":null", "\"score\":null");
        assertThat(record("/api/v1/wall", Request.Method.GET, bearer(get("/api/v1/wall").param("size", "0"), all)).getStatus())
                .isEqualTo(400);
        assertThat(record("/api/v1/wall", Request.Method.GET, bearer(get("/api/v1/wall"), intake)).getStatus()).isEqualTo(403);

        // the recognition feed (issue 13): a page with a celebration (no giver, nulls) and a kudos, a bad cursor, a wrong scope
        recordKudos();

        recorded.add(new Recorded("/api/v1/feedback", Request.Method.POST, serverError()));

        List<String> problems = new ArrayList<>();
        for (Recorded r : recorded) {
            var response = SimpleResponse.Builder.status(r.response().getStatus())
                    .withContentType(r.response().getContentType())
                    .withBody(r.response().getContentAsString(StandardCharsets.UTF_8));
            ValidationReport report = validator.validateResponse(r.path(), r.method(), response.build());
            if (report.hasErrors()) {
                problems.add(r.method() + " " + r.path() + " " + r.response().getStatus() + ": " + report.getMessages());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(recorded).extracting(r -> r.response().getStatus())
                .contains(200, 201, 400, 401, 403, 404, 413, 415, 500);
    }

    /** Recognition's answers: a page holding a kudos with a quote and a celebration without a giver. */
    private void recordKudos() throws Exception {
        var giver = fixtures.person("Contract giver");
        var taker = fixtures.person("Contract taker");
        fixtures.signIn(giver);
        long id = kudos.give(new app.bravo.recognition.KudosForm(List.of(taker.getId()), "Thanks for the contract", Set.of(), 0,
                app.bravo.recognition.PointSource.ALLOWANCE, false, "A customer's words"));
        Fixtures.signOut();
        Instant at = Instant.parse("1991-04-05T06:07:08.123456Z");
        jdbc.update("update kudos set published_at = ? where id = ?", Timestamp.from(at), id);
        jdbc.update("""
                insert into kudos (kind, status, giver_id, message, created_at, published_at)
                values ('CELEBRATION', 'PUBLISHED', NULL, 'ANNIVERSARY:10', ?, ?)""", Timestamp.from(at), Timestamp.from(at.minusMillis(1)));
        String after = new app.bravo.recognition.KudosCursor(at.plusNanos(1000), 0).token();
        var page = record("/api/v1/kudos", Request.Method.GET, bearer(get("/api/v1/kudos").param("size", "2").param("after", after), all));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("\"id\":" + id, "\"giverId\":null", "\"editedAt\":null",
                "\"celebration\":null", "\"celebration\":{\"kind\":\"ANNIVERSARY\",\"years\":10}");
        assertThat(record("/api/v1/kudos", Request.Method.GET, bearer(get("/api/v1/kudos").param("after", "nope"), all)).getStatus())
                .isEqualTo(400);
        assertThat(record("/api/v1/kudos", Request.Method.GET, bearer(get("/api/v1/kudos"), intake)).getStatus()).isEqualTo(403);
        assertThat(record("/api/v1/kudos", Request.Method.GET, get("/api/v1/kudos")).getStatus()).isEqualTo(401);
    }

    /** The answer of the API chain's own error filter to a failure nobody handled (no mock can make a real one). */
    private MockHttpServletResponse serverError() throws Exception {
        var chain = context.getBean("apiSecurity", org.springframework.security.web.SecurityFilterChain.class);
        jakarta.servlet.Filter filter = chain.getFilters().stream()
                .filter(f -> f.getClass().getSimpleName().equals("ApiProblemFilter")).findFirst().orElseThrow();
        var response = new MockHttpServletResponse();
        filter.doFilter(new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/feedback"), response,
                (req, res) -> {
                    throw new IllegalStateException("boom");
                });
        assertThat(response.getStatus()).isEqualTo(500);
        return response;
    }

    @Test
    void the_document_declares_the_bearer_scheme_and_the_nullable_fields() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.paths['/api/v1/wall'].get.security[0].bearer").exists())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.schemas.ApiKudos.properties.celebration.anyOf[1].type").value("null"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.schemas.ApiKudos.properties.celebration.anyOf[0]['$ref']")
                        .value("#/components/schemas/ApiCelebration"));
    }
}
