package app.bravo.wall.api;

import app.bravo.admin.ApiClient;
import app.bravo.wall.Channel;
import app.bravo.wall.Credit;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackRules;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackSource;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.FieldProblem;
import app.bravo.wall.InvalidFeedback;
import app.bravo.wall.NoteView;
import app.bravo.wall.WallCursor;
import app.bravo.wall.WallSlice;
import app.bravo.wall.ScoreType;
import app.bravo.wall.SubmitResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Feedback intake for integrations and the published wall (DESIGN section 3). Every field is
 * checked and every bad one named in a 400 problem (see {@link ApiProblems}); the same
 * {@code externalId} from the same integration always answers with the first note. The wall pages
 * by an opaque cursor over (published time, id) ({@link WallCursor}), never by offset.
 */
@RestController
@SecurityRequirement(name = ApiDocs.BEARER)
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApiController {

    static final int PAGE_SIZE_MAX = 100;

    private final FeedbackService feedback;
    private final Clock clock;

    FeedbackApiController(FeedbackService feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @Schema(description = "Customer feedback for the wall. Text is stored as sent and always shown as text, never as HTML. "
            + "Control characters are refused (newline and tab are allowed in the quote). Lengths count Unicode characters.")
    record FeedbackRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = FeedbackRules.QUOTE_MAX,
                    description = "The customer's words") @Nullable String quote,
            @Schema(maxLength = FeedbackRules.NAME_MAX, description = "Absent or empty: an anonymous customer") @Nullable String customerName,
            @Schema(maxLength = FeedbackRules.COMPANY_MAX) @Nullable String company,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"EMAIL", "SURVEY", "CALL", "CHAT", "SOCIAL", "REVIEW", "IN_PERSON", "OTHER"})
            @Nullable String channel,
            @Schema(description = "NPS 0-10 or CSAT 1-5; needs scoreType") @Nullable Integer score,
            @Schema(allowableValues = {"NPS", "CSAT"}) @Nullable String scoreType,
            @Schema(description = "The day the feedback was received (ISO date, not in the future); default today") @Nullable LocalDate receivedAt,
            @Schema(description = "E-mail addresses of the employees to credit, at most " + FeedbackRules.CREDITED_MAX
                    + "; addresses of no active employee are reported in unknownCredited") @Nullable List<@Nullable String> credited,
            @Schema(description = "At most " + FeedbackRules.TAGS_MAX + " tags of at most " + FeedbackRules.TAG_MAX
                    + " letters, digits, spaces, '-' or '_'; stored lower case without '#'") @Nullable List<@Nullable String> tags,
            @Schema(maxLength = FeedbackRules.EXTERNAL_ID_MAX, description = "Idempotency key (printable ASCII): the same "
                    + "externalId again returns the first note with 200 and never makes a second one") @Nullable String externalId) {
    }

    @Schema(description = "The note made (201) or found by its externalId (200); it waits for moderation")
    record Submission(long id, FeedbackStatus status,
                      @Schema(description = "Credited addresses of no active employee; always empty when reading a note's state")
                      List<String> unknownCredited) {
    }

    @Schema(description = "A published note")
    record ApiNote(long id, FeedbackStatus status, String quote,
                   @Schema(description = "True when a moderator removed personal data from the quote") boolean redacted,
                   @Schema(types = {"string", "null"}, description = "null: an anonymous customer") @Nullable String customerName,
                   @Schema(types = {"string", "null"}) @Nullable String company,
                   Channel channel,
                   @Schema(types = {"integer", "null"}, format = "int32", description = "null: no score") @Nullable Integer score,
                   @Schema(types = {"string", "null"}, allowableValues = {"NPS", "CSAT"}, description = "null exactly when score is null")
                   @Nullable ScoreType scoreType,
                   LocalDate receivedOn, FeedbackSource source, Instant createdAt,
                   @Schema(types = {"string", "null"}, format = "date-time") @Nullable Instant publishedAt,
                   List<String> tags, List<Credit> creditedPeople, List<Credit> creditedDepartments) {

        static ApiNote of(NoteView n) {
            return new ApiNote(n.id(), n.status(), n.quote(), n.redacted(), n.customerName(), n.company(), n.channel(), n.score(),
                    n.scoreType(), n.receivedOn(), n.source(), n.createdAt(), n.publishedAt(), n.tags(), n.creditedPeople(),
                    n.creditedDepartments());
        }
    }

    @Schema(description = "Some published notes, most recently published first")
    record WallPage(List<ApiNote> items, int size,
                    @Schema(types = {"string", "null"}, format = "uri",
                            description = "The address of the next notes (also in the Link header); null when there are no more")
                    @Nullable String next) {
    }

    @Operation(summary = "Submit customer feedback; it appears on the wall once a moderator approves it",
            description = "Needs the scope FEEDBACK_INTAKE. The same externalId from the same integration answers 200 with the "
                    + "first note instead of making a second one; externalIds of other integrations are out of reach.")
    @ApiResponse(responseCode = "201", description = "The note was made", headers = @Header(name = "Location", description = "The note's address"))
    @ApiResponse(responseCode = "200", description = "This integration sent the externalId before: the first note",
            headers = @Header(name = "Location", description = "The note's address"))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @PostMapping(path = "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submission> submit(@AuthenticationPrincipal ApiClient client, @RequestBody FeedbackRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        Channel channel = parse(Channel.class, body.channel(), "channel", problems);
        ScoreType scoreType = parse(ScoreType.class, body.scoreType(), "scoreType", problems);
        var form = new FeedbackForm(body.quote(), body.customerName(), body.company(), channel, body.score(), scoreType,
                body.receivedAt(), List.of(), body.credited() == null ? List.of() : body.credited(), List.of(),
                body.tags() == null ? List.of() : body.tags(), body.externalId());
        Set<String> unparsed = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        FeedbackRules.problems(form, FeedbackRules.latestToday(clock)).stream()
                .filter(p -> !unparsed.contains(p.field()))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidFeedback(problems);
        }
        SubmitResult result;
        try {
            result = feedback.submitFromApi(client.integrationId(), form);
        } catch (DataIntegrityViolationException race) {
            // the same externalId arrived twice at once and the other request made the note
            String externalId = body.externalId();
            result = externalId == null ? null : feedback.findByExternalId(client.integrationId(), externalId).orElse(null);
            if (result == null) {
                throw race;
            }
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/feedback/{id}").buildAndExpand(result.id()).toUri();
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(new Submission(result.id(), result.status(), result.unknownCredited()));
    }

    @Operation(summary = "Where a note this integration submitted is in moderation",
            description = "Needs the scope FEEDBACK_INTAKE. Notes other integrations posted are 404, as unknown ones are.")
    @ApiResponse(responseCode = "200", description = "The note's state")
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @GetMapping("/feedback/{id}")
    Submission status(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        return feedback.statusOf(client.integrationId(), id).map(s -> new Submission(id, s, List.of()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No note of this integration has this id."));
    }

    @Operation(summary = "Published notes, most recently published first",
            description = "Needs the scope WALL_READ. Pages by cursor: follow `next` (or the Link header) until it is null. "
                    + "size is at most " + PAGE_SIZE_MAX + ".")
    @ApiResponse(responseCode = "200", description = "Some notes and the address of the next ones",
            headers = @Header(name = "Link", description = "<next>; rel=\"next\" while more notes follow"))
    @ApiResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @GetMapping("/wall")
    ResponseEntity<WallPage> wall(
            @Parameter(description = "The cursor from the previous answer's next; absent: the newest notes")
            @RequestParam(required = false) @Nullable String after,
            @Parameter(schema = @Schema(types = {"integer"}, format = "int32", minimum = "1", maximum = "" + PAGE_SIZE_MAX, defaultValue = "20"))
            @RequestParam(defaultValue = "20") int size,
            @Parameter(hidden = true) @RequestParam(required = false) @Nullable String page) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page != null) {
            problems.add(new FieldProblem("page", "wall.error.page-gone"));
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            problems.add(new FieldProblem("size", "wall.error.page-size", PAGE_SIZE_MAX));
        }
        WallCursor key = null;
        if (after != null) {
            key = WallCursor.parse(after).orElse(null);
            if (key == null) {
                problems.add(new FieldProblem("after", "wall.error.cursor"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFeedback(problems);
        }
        WallSlice<NoteView> slice = feedback.published(key, size);
        WallCursor last = slice.next();
        String next = last == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", last.token())
                .replaceQueryParam("size", size)
                .build().toUriString();
        var answer = ResponseEntity.ok();
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(new WallPage(slice.items().stream().map(ApiNote::of).toList(), size, next));
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "wall.error.one-of",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
