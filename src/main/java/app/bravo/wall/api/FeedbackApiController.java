package app.bravo.wall.api;

import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackRules;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.FieldProblem;
import app.bravo.wall.InvalidFeedback;
import app.bravo.wall.NoteView;
import app.bravo.wall.ScoreType;
import app.bravo.wall.SubmitResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * {@code externalId} always answers with the first note.
 */
@RestController
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
    record Submission(long id, FeedbackStatus status, List<String> unknownCredited) {
    }

    record WallPage(List<NoteView> items, int page, int size, boolean hasNext) {
    }

    @Operation(summary = "Submit customer feedback; it appears on the wall once a moderator approves it")
    @PostMapping(path = "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submission> submit(@RequestBody FeedbackRequest body) {
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
            result = feedback.submitFromApi(form);
        } catch (DataIntegrityViolationException race) {
            // the same externalId arrived twice at once and the other request made the note
            String externalId = body.externalId();
            result = externalId == null ? null : feedback.findByExternalId(externalId).orElse(null);
            if (result == null) {
                throw race;
            }
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/feedback/{id}").buildAndExpand(result.id()).toUri();
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(new Submission(result.id(), result.status(), result.unknownCredited()));
    }

    @Operation(summary = "Where a submitted note is in moderation")
    @GetMapping("/feedback/{id}")
    Submission status(@PathVariable long id) {
        return feedback.statusOf(id).map(s -> new Submission(id, s, List.of()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Operation(summary = "Published notes, most recently published first; size at most " + PAGE_SIZE_MAX)
    @GetMapping("/wall")
    WallPage wall(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "wall.error.page"));
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            problems.add(new FieldProblem("size", "wall.error.page-size", PAGE_SIZE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFeedback(problems);
        }
        var slice = feedback.published(PageRequest.of(page, size));
        return new WallPage(slice.getContent(), page, size, slice.hasNext());
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
