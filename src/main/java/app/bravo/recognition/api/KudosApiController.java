package app.bravo.recognition.api;

import app.bravo.recognition.Celebration;
import app.bravo.recognition.KudosCursor;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosKind;
import app.bravo.recognition.KudosPerson;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.KudosSlice;
import app.bravo.shared.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public recognition feed (DESIGN section 3): published kudos that are neither private nor
 * hidden, newest first, paged by an opaque cursor over (published time, id) ({@link KudosCursor}),
 * never by offset. Only tokens with the recognition scope reach it (the API chain and the service
 * both check).
 */
@RestController
@SecurityRequirement(name = "bearer")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class KudosApiController {

    static final int PAGE_SIZE_MAX = 100;

    private final KudosService kudos;
    private final Translations translations;

    KudosApiController(KudosService kudos, Translations translations) {
        this.kudos = kudos;
        this.translations = translations;
    }

    @Schema(description = "A person a recognition names")
    record ApiPerson(long id, String name) {
        static ApiPerson of(KudosPerson p) {
            return new ApiPerson(p.id(), p.name());
        }
    }

    @Schema(description = "A colleague's \"+1\" to a recognition: their own words and points")
    record ApiAddOn(long id, ApiPerson giver, String message,
                    @Schema(description = "Points each recipient got from this add-on (0: none)") int pointsEach,
                    Instant createdAt) {
    }

    @Schema(description = "What a celebration celebrates")
    record ApiCelebration(
            @Schema(description = "ANNIVERSARY: a work anniversary; BIRTHDAY: a birthday") Celebration.Kind kind,
            @Schema(description = "Years with the company for an anniversary; 0 for a birthday") int years) {
    }

    @Schema(description = "A public recognition. Text is stored as written and must be shown as text, never as HTML.")
    record ApiKudos(long id,
                    @Schema(description = "SMALL: a peer's kudos; BIG: an approved big win; CELEBRATION: a work anniversary or birthday")
                    KudosKind kind,
                    @Schema(types = {"integer", "null"}, format = "int64", description = "null for a celebration, which no one gives")
                    @Nullable Long giverId,
                    @Schema(types = {"string", "null"}, description = "The giver's name; null for a celebration")
                    @Nullable String giverName,
                    List<ApiPerson> recipients,
                    @Schema(description = "Points each recipient got from the giver (0: recognition without points)") int pointsEach,
                    @Schema(description = "The giver's words, 1-" + KudosService.MESSAGE_MAX + " characters; "
                            + "for a celebration, which no one writes, its English greeting") String message,
                    @Schema(description = "What a celebration celebrates; null for other kinds")
                    @Nullable ApiCelebration celebration,
                    @Schema(types = {"string", "null"}, description = "A customer's words the kudos quotes; null: none")
                    @Nullable String quote,
                    @Schema(description = "The company values it shows") List<String> values,
                    @Schema(types = {"string", "null"}, description = "A big win's award level (English); null for other kinds")
                    @Nullable String awardLevel,
                    @Schema(types = {"string", "null"}, description = "The award level in Persian; null for other kinds")
                    @Nullable String awardLevelFa,
                    List<ApiAddOn> addOns,
                    @Schema(description = "How many reactions it has") long reactions,
                    @Schema(description = "How many visible comments it has") long comments,
                    @Schema(description = "When it appeared in the feed (a big win: when approved)") Instant publishedAt,
                    @Schema(types = {"string", "null"}, format = "date-time", description = "When its giver last edited it; null: never")
                    @Nullable Instant editedAt) {

        static ApiKudos of(KudosItem k, Translations translations) {
            Celebration celebration = k.kind() == KudosKind.CELEBRATION ? Celebration.parse(k.message()).orElse(null) : null;
            String message = celebration == null ? k.message()
                    : celebration.words((key, args) -> translations.getTranslation(key, Locale.ENGLISH, args));
            return new ApiKudos(k.id(), k.kind(), k.giver() == null ? null : k.giver().id(),
                    k.giver() == null ? null : k.giver().name(), k.recipients().stream().map(ApiPerson::of).toList(),
                    k.pointsEach(), message, celebration == null ? null : new ApiCelebration(celebration.kind(), celebration.years()),
                    k.quote(), k.values().stream().map(KudosItem.Value::name).toList(),
                    k.awardLevelEn(), k.awardLevelFa(),
                    k.addOns().stream().map(a -> new ApiAddOn(a.id(), ApiPerson.of(a.giver()), a.message(), a.pointsEach(),
                            a.createdAt())).toList(),
                    k.reactions().total(), k.comments(), k.publishedAt(), k.editedAt());
        }
    }

    @Schema(description = "Some public recognitions, most recently published first")
    record KudosPage(List<ApiKudos> items, int size,
                     @Schema(types = {"string", "null"}, format = "uri",
                             description = "The address of the next recognitions (also in the Link header); null when there are no more")
                     @Nullable String next) {
    }

    @Operation(summary = "Public recognitions (kudos, approved big wins, celebrations), most recently published first",
            description = "Needs the scope RECOGNITION_READ. Private kudos and those a moderator hid are never listed. "
                    + "Pages by cursor: follow `next` (or the Link header) until it is null. size is at most " + PAGE_SIZE_MAX + ".")
    @ApiResponse(responseCode = "200", description = "Some recognitions and the address of the next ones",
            headers = @Header(name = "Link", description = "<next>; rel=\"next\" while more recognitions follow"))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GetMapping("/kudos")
    ResponseEntity<KudosPage> list(
            @Parameter(description = "The cursor from the previous answer's next; absent: the newest recognitions")
            @RequestParam(required = false) @Nullable String after,
            @Parameter(schema = @Schema(types = {"integer"}, format = "int32", minimum = "1", maximum = "" + PAGE_SIZE_MAX, defaultValue = "20"))
            @RequestParam(defaultValue = "20") int size) {
        List<KudosApiProblems.FieldProblem> problems = new ArrayList<>();
        if (size < 1 || size > PAGE_SIZE_MAX) {
            problems.add(new KudosApiProblems.FieldProblem("size", "kudos.api.page-size", PAGE_SIZE_MAX));
        }
        KudosCursor key = null;
        if (after != null) {
            key = KudosCursor.parse(after).orElse(null);
            if (key == null) {
                problems.add(new KudosApiProblems.FieldProblem("after", "kudos.api.cursor"));
            }
        }
        if (!problems.isEmpty()) {
            throw new KudosApiProblems.InvalidRequest(problems);
        }
        KudosSlice<KudosItem> slice = kudos.published(key, size);
        KudosCursor last = slice.next();
        String next = last == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", last.token())
                .replaceQueryParam("size", size)
                .build().toUriString();
        var answer = ResponseEntity.ok();
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(new KudosPage(slice.items().stream().map(k -> ApiKudos.of(k, translations)).toList(), size, next));
    }
}
