package app.bravo.wall;

import app.bravo.shared.csv.ImportProgress;
import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvProblem.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class FeedbackImportTest {

    @Autowired FeedbackImport importer;
    @Autowired FeedbackService feedback;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    /** Marks this test's notes (JUnit makes a new instance, so a new tag, for each test). */
    final String tag = Fixtures.unique("fi");

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.MODERATOR);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    FeedbackImportReport run(String csv) {
        return importer.importCsv("feedback.csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    /** The pending note whose quote contains this text (the newest page of the queue). */
    PendingNote pending(String text) {
        return feedback.pending(PageRequest.of(0, 200)).getContent().stream()
                .filter(p -> p.note().quote().contains(text)).findFirst().orElseThrow();
    }

    boolean anyPending(String text) {
        return feedback.pending(PageRequest.of(0, 200)).getContent().stream().anyMatch(p -> p.note().quote().contains(text));
    }

    @Test
    void good_lines_become_pending_csv_notes_and_each_bad_line_is_reported_with_its_reason() {
        var dept = fixtures.department("Support");
        var credited = fixtures.person("Credited Importee");
        String csv = """
                quote,customer_name,company,channel,score,score_type,received_on,credited,departments,tags,external_id
                "Good %1$s, fast help",Mina,Acme,email,9,NPS,2024-03-01,%2$s,%3$s,support;fast,%1$s-1
                "Bad channel %1$s",,,PIGEON,,,,,,,
                "Bad score %1$s",,,CALL,11,NPS,,,,,
                ,,,CALL,,,,,,,
                "Bad date %1$s",,,CALL,,,01/03/2024,,,,
                "Unknown team %1$s",,,CALL,,,,,No such team %1$s,,
                """.formatted(tag, credited.getEmail(), dept.getName());

        FeedbackImportReport report = run(csv);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.refusedLines()).isEqualTo(5);
        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::column,
                        CsvProblem::messageKey, CsvProblem::outcome)
                .containsExactly(
                        tuple(3L, "channel", "moderation.import.error.one-of", Outcome.REFUSED),
                        tuple(4L, "score", "wall.error.score-range", Outcome.REFUSED),
                        tuple(5L, "quote", "wall.error.required", Outcome.REFUSED),
                        tuple(6L, "received_on", "import.error.date", Outcome.REFUSED),
                        tuple(7L, "departments", "moderation.import.error.department-unknown", Outcome.REFUSED));
        PendingNote good = pending("Good " + tag);
        assertThat(good.note().source()).isEqualTo(FeedbackSource.CSV);
        assertThat(good.note().status()).isEqualTo(FeedbackStatus.PENDING);
        assertThat(good.note().customerName()).isEqualTo("Mina");
        assertThat(good.note().score()).isEqualTo(9);
        assertThat(good.note().scoreType()).isEqualTo(ScoreType.NPS);
        assertThat(good.note().tags()).containsExactly("fast", "support");
        assertThat(good.note().creditedPeople()).extracting(Credit::id).containsExactly(credited.getId());
        assertThat(good.note().creditedDepartments()).extracting(Credit::id).containsExactly(dept.getId());
        assertThat(anyPending("Bad channel " + tag)).isFalse();
        assertThat(anyPending("Unknown team " + tag)).isFalse();

        // nothing imported is public before a moderator approves it
        assertThat(feedback.published(null, 100).items()).noneMatch(n -> n.id() == good.note().id());
    }

    @Test
    void the_same_external_id_never_makes_a_second_note() {
        String csv = """
                quote;channel;external_id
                "Once %1$s";CHAT;%1$s
                "Twice in the file %1$s";CHAT;%1$s
                """.formatted(tag);

        FeedbackImportReport first = run(csv);
        FeedbackImportReport again = run(csv);

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.problems()).extracting(CsvProblem::line, CsvProblem::messageKey, CsvProblem::outcome)
                .containsExactly(tuple(3L, "moderation.import.error.duplicate-in-file", Outcome.SKIPPED));
        assertThat(again.created()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.problems()).extracting(CsvProblem::messageKey)
                .containsExactly("moderation.import.error.duplicate", "moderation.import.error.duplicate-in-file");
        assertThat(feedback.pending(PageRequest.of(0, 200)).getContent().stream()
                .filter(p -> p.note().quote().contains(tag))).hasSize(1);
    }

    @Test
    void unknown_credited_addresses_are_reported_on_their_line_and_the_note_is_made_without_them() {
        var known = fixtures.person("Known Credit");
        String unknown = Fixtures.unique("nobody") + "@test.example";
        String csv = """
                quote,channel,credited
                "Credits %1$s",SURVEY,"%2$s;%3$s"
                """.formatted(tag, known.getEmail(), unknown);

        FeedbackImportReport report = run(csv);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("credited");
            assertThat(p.outcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(p.messageKey()).isEqualTo("moderation.import.error.credited-unknown");
            assertThat(p.args()).containsExactly(unknown);
        });
        assertThat(pending("Credits " + tag).note().creditedPeople()).extracting(Credit::id).containsExactly(known.getId());
    }

    @Test
    void persian_text_and_four_byte_emoji_are_stored_intact_with_or_without_a_bom() {
        String quote = "پشتیبانی عالی بود، ممنون 🙏🏽👩‍💻 " + tag;
        String csv = "\uFEFFquote,customer_name,channel,tags\n\"" + quote + "\",مینا رحیمی,CHAT,\"قدردانی;سریع\"\n";

        FeedbackImportReport report = run(csv);

        assertThat(report.problems()).isEmpty();
        NoteView note = pending(tag).note();
        assertThat(note.quote()).isEqualTo(quote);
        assertThat(note.customerName()).isEqualTo("مینا رحیمی");
        assertThat(note.tags()).containsExactlyInAnyOrder("قدردانی", "سریع");
    }

    @Test
    void html_and_scripts_are_stored_as_text_and_control_characters_are_refused() {
        String script = "<script>alert('x')</script><b>bold</b> " + tag;
        String csv = "quote,company,channel\n"
                + "\"" + script + "\",<img src=x onerror=alert(1)>,EMAIL\n"
                + "\"Control " + tag + "\",\"Bad\u0007Co\",EMAIL\n";

        FeedbackImportReport report = run(csv);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::messageKey)
                .containsExactly(tuple(3L, "company", "wall.error.control-characters"));
        NoteView note = pending(tag).note();
        assertThat(note.quote()).isEqualTo(script);
        assertThat(note.company()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void too_long_values_are_refused_with_the_limit() {
        String csv = "quote,customer_name,channel\n\"" + "x".repeat(FeedbackRules.QUOTE_MAX + 1) + "\","
                + "n".repeat(FeedbackRules.NAME_MAX + 1) + ",EMAIL\n";

        FeedbackImportReport report = run(csv);

        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(CsvProblem::column, CsvProblem::messageKey, CsvProblem::args)
                .containsExactly(tuple("quote", "wall.error.too-long", List.of(String.valueOf(FeedbackRules.QUOTE_MAX))),
                        tuple("customer_name", "wall.error.too-long", List.of(String.valueOf(FeedbackRules.NAME_MAX))));
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_as_a_whole() {
        assertThatThrownBy(() -> run("quote,colour\n\"x\",red\n")).isInstanceOf(UserError.class)
                .hasMessage("import.error.unknown-column");
        assertThatThrownBy(() -> run("company\nAcme\n")).isInstanceOf(UserError.class)
                .hasMessage("moderation.import.error.missing-columns");
        assertThatThrownBy(() -> importer.importCsv("x.csv", new byte[] {(byte) 0xC3, 0x28}, ImportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessage("import.error.encoding");
        assertThatThrownBy(() -> importer.importCsv("x.csv", new byte[FeedbackImport.MAX_BYTES + 1], ImportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessage("import.error.too-large");
        assertThatThrownBy(() -> run("quote,channel\n" + "a,EMAIL\n".repeat(FeedbackImport.MAX_LINES)))
                .isInstanceOf(UserError.class).hasMessage("import.error.too-many-lines");
    }

    @Test
    void progress_is_reported_and_the_import_is_audited() {
        List<int[]> steps = new ArrayList<>();
        String csv = "quote,channel\n\"One " + tag + "\",CALL\n\"Two " + tag + "\",CALL\n";

        importer.importCsv("audited-" + tag + ".csv", csv.getBytes(StandardCharsets.UTF_8), (done, total) -> steps.add(new int[] {done, total}));

        assertThat(steps.getFirst()).containsExactly(0, 2);
        assertThat(steps.getLast()).containsExactly(2, 2);
        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.find(AuditAction.FEEDBACK_IMPORTED, tag, PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(e -> assertThat(e.getParams()).contains("\"created\":2"));
    }

    @Test
    void an_employee_cannot_import() {
        fixtures.signInAs();
        assertThatThrownBy(() -> run("quote,channel\n\"Sneaky " + tag + "\",CALL\n")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
