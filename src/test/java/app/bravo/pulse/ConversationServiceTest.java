package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.ReplyKeys;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Anonymous conversations (issue 14 point 6, DD022): HR's reply reaches the comment's author only
 * through the reply key their browser holds; the database keeps only per-comment hashes; the
 * author's answers carry no person and no date; nothing stored or logged holds a key.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConversationServiceTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);

    @Autowired ConversationService conversations;
    @Autowired PulseService pulses;
    @Autowired PulseTestData data;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private PulseTestData.Commented world(int n, boolean open) {
        return data.commented(n, open);
    }

    private String refusal(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run).key();
    }

    @Test
    void hr_s_reply_reaches_the_author_through_their_key_and_their_answer_back_reaches_hr() {
        PulseTestData.Commented w = world(3, false);
        String comment = w.first().getFirst();

        conversations.replyAsStaff(comment, "Thank you: which meetings run longest?");

        fixtures.signIn(w.people().getFirst());
        List<Conversation> mine = conversations.threadsFor(List.of(w.keys().getFirst()));
        assertThat(mine).extracting(Conversation::commentId).containsExactlyInAnyOrder(comment, w.second().getFirst());
        Conversation thread = mine.stream().filter(c -> c.commentId().equals(comment)).findFirst().orElseThrow();
        assertThat(thread.comment()).startsWith("The stand-ups run long");
        assertThat(thread.questionEn()).isEqualTo("Anything else?");
        assertThat(thread.replies()).containsExactly(
                new ConversationReply(1, ReplySide.STAFF, "Thank you: which meetings run longest?", LocalDate.of(2033, 3, 15)));
        assertThat(thread.answerable()).isTrue();
        assertThat(mine.stream().filter(c -> !c.commentId().equals(comment)).findFirst().orElseThrow().answerable()).isFalse();

        conversations.answerAsAuthor(w.keys().getFirst(), comment, "  The Monday one.  ");

        fixtures.signInAs(Role.HR);
        assertThat(conversations.staffThread(comment).replies()).extracting(ConversationReply::seq, ConversationReply::side,
                        ConversationReply::body, ConversationReply::writtenOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReplySide.STAFF, "Thank you: which meetings run longest?",
                                LocalDate.of(2033, 3, 15)),
                        org.assertj.core.groups.Tuple.tuple(2, ReplySide.AUTHOR, "The Monday one.", null));
        var authorRow = jdbc.sql("SELECT staff_id, written_on FROM pulse_reply WHERE comment_id = UNHEX(?) AND side = 'AUTHOR'")
                .param(comment).query((rs, n) -> Arrays.asList(rs.getObject(1), rs.getObject(2))).single();
        assertThat(authorRow).containsExactly(null, null);
    }

    @Test
    void another_person_s_key_a_wrong_key_and_no_key_at_all_see_nothing_of_the_thread() {
        PulseTestData.Commented w = world(3, false);
        String comment = w.first().getFirst();
        conversations.replyAsStaff(comment, "We hear you.");

        fixtures.signIn(w.people().get(1));
        assertThat(conversations.threadsFor(List.of(w.keys().get(1)))).extracting(Conversation::commentId)
                .containsExactlyInAnyOrder(w.first().get(1), w.second().get(1))
                .doesNotContain(comment);
        assertThat(conversations.threadsFor(List.of(ReplyKeys.newKey()))).isEmpty();
        assertThat(conversations.threadsFor(List.of("not a key", "", comment))).isEmpty();
        assertThat(conversations.threadsFor(List.of())).isEmpty();
        assertThat(refusal(() -> conversations.answerAsAuthor(w.keys().get(1), comment, "I wrote it")))
                .isEqualTo("pulse.conversation.error.no-thread");
        assertThat(refusal(() -> conversations.answerAsAuthor(ReplyKeys.newKey(), comment, "I wrote it")))
                .isEqualTo("pulse.conversation.error.no-thread");
        assertThat(refusal(() -> conversations.answerAsAuthor("garbage", comment, "I wrote it")))
                .isEqualTo("pulse.conversation.error.no-thread");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_reply WHERE comment_id = UNHEX(?)").param(comment).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void the_author_answers_only_after_hr_and_hr_replies_only_to_comments_the_results_show() {
        PulseTestData.Commented open = world(3, true);
        assertThat(refusal(() -> conversations.replyAsStaff(open.first().getFirst(), "Too early")))
                .isEqualTo("pulse.conversation.error.not-shown");
        PulseTestData.Commented small = world(2, false);
        assertThat(refusal(() -> conversations.replyAsStaff(small.first().getFirst(), "Too few")))
                .isEqualTo("pulse.conversation.error.not-shown");
        assertThat(refusal(() -> conversations.staffThread(small.first().getFirst())))
                .isEqualTo("pulse.conversation.error.not-shown");
        assertThat(refusal(() -> conversations.replyAsStaff("00112233445566778899aabbccddeeff", "Nobody")))
                .isEqualTo("pulse.conversation.error.not-shown");

        PulseTestData.Commented w = world(3, false);
        fixtures.signIn(w.people().getFirst());
        assertThat(refusal(() -> conversations.answerAsAuthor(w.keys().getFirst(), w.first().getFirst(), "First!")))
                .isEqualTo("pulse.conversation.error.wait");
        fixtures.signInAs(Role.HR);
        assertThat(refusal(() -> conversations.replyAsStaff(w.first().getFirst(), "   "))).isEqualTo("pulse.conversation.error.empty");
        assertThat(refusal(() -> conversations.replyAsStaff(w.first().getFirst(), "x".repeat(ConversationService.BODY_MAX + 1))))
                .isEqualTo("pulse.conversation.error.too-long");
        assertThat(conversations.staffThread(w.first().getFirst()).replies()).isEmpty();
    }

    @Test
    void one_look_takes_at_most_fifty_keys() {
        fixtures.signInAs();
        List<String> keys = IntStream.range(0, ConversationService.KEYS_MAX + 1).mapToObj(i -> ReplyKeys.newKey()).toList();

        assertThat(conversations.threadsFor(keys.subList(0, ConversationService.KEYS_MAX))).isEmpty();
        assertThat(refusal(() -> conversations.threadsFor(keys))).isEqualTo("pulse.conversation.error.too-many-keys");
    }

    @Test
    void a_submission_without_free_text_gets_no_key() {
        long dept = data.department(null);
        Person p = data.employee(dept, HIRED);
        long round = data.openOneOff(data.draft(), new Audience(Set.of(dept), Set.of()));
        fixtures.signIn(p);
        List<Question> q = pulses.sheet(round).questions();

        Submitted s = pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 7), GivenAnswer.number(q.get(1).id(), 3)));

        assertThat(s.replyKey()).isNull();
    }

    @Test
    void the_database_keeps_one_unrelated_hash_per_comment_and_never_the_key() {
        PulseTestData.Commented w = world(3, false);
        String key = w.keys().getFirst();
        conversations.replyAsStaff(w.first().getFirst(), "Noted.");
        fixtures.signIn(w.people().getFirst());
        conversations.answerAsAuthor(key, w.first().getFirst(), "Thanks.");
        byte[] raw = ReplyKeys.parse(key).orElseThrow();

        byte[] firstHash = hashOf(w.first().getFirst());
        byte[] secondHash = hashOf(w.second().getFirst());
        assertThat(firstHash).isEqualTo(ReplyKeys.hash(raw, 0)).isNotEqualTo(raw);
        assertThat(secondHash).isEqualTo(ReplyKeys.hash(raw, 1)).isNotEqualTo(firstHash);

        var columns = jdbc.sql("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'binary', 'varbinary',
                                    'tinyblob', 'blob', 'mediumblob', 'longblob', 'json')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(columns).extracting(c -> c.get(0)).contains("pulse_comment", "pulse_reply", "audit_entry");
        for (List<String> c : columns) {
            String hex = HexFormat.of().formatHex(raw);
            int found = jdbc.sql("SELECT COUNT(*) FROM `" + c.get(0) + "` WHERE LOCATE(?, `" + c.get(1) + "`) > 0"
                            + " OR LOCATE(UNHEX(?), `" + c.get(1) + "`) > 0 OR LOCATE(?, HEX(`" + c.get(1) + "`)) > 0")
                    .params(key, hex, hex.toUpperCase()).query(Integer.class).single();
            assertThat(found).as("%s.%s holds the reply key", c.get(0), c.get(1)).isZero();
        }
    }

    private byte[] hashOf(String commentId) {
        return jdbc.sql("SELECT reply_key_hash FROM pulse_comment WHERE id = UNHEX(?)").param(commentId).query(byte[].class).single();
    }

    @Test
    void the_reply_and_comment_tables_hold_no_time_and_the_author_s_side_no_person() {
        var columns = jdbc.sql("""
                SELECT table_name, column_name, data_type, extra FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name IN ('pulse_reply', 'pulse_comment')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        assertThat(columns).filteredOn(c -> c.get(0).equals("pulse_reply")).extracting(c -> c.get(1))
                .containsExactlyInAnyOrder("id", "comment_id", "seq", "side", "staff_id", "written_on", "body");
        assertThat(columns).extracting(c -> c.get(2)).doesNotContain("timestamp", "datetime", "time", "year");
        assertThat(columns).extracting(c -> c.get(3)).noneMatch(extra -> extra.toLowerCase().contains("auto_increment"));
        var people = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND table_name IN ('pulse_reply', 'pulse_comment') AND referenced_table_name = 'person'""")
                .query((rs, n) -> rs.getString(1) + "." + rs.getString(2)).list();
        assertThat(people).containsExactly("pulse_reply.staff_id");

        PulseTestData.Commented w = world(3, false);
        long hr = fixtures.signInAs(Role.HR).personId();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO pulse_reply (id, comment_id, seq, side, staff_id, written_on, body)
                VALUES (RANDOM_BYTES(16), UNHEX(?), 1, 'AUTHOR', ?, NULL, 'named author')""")
                .params(w.first().getFirst(), hr).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO pulse_reply (id, comment_id, seq, side, staff_id, written_on, body)
                VALUES (RANDOM_BYTES(16), UNHEX(?), 1, 'AUTHOR', NULL, '2033-03-15', 'dated author')""")
                .param(w.first().getFirst()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void no_log_line_carries_a_reply_key_even_at_debug(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        List<String> loud = List.of("app.bravo", "org.springframework.jdbc", "org.springframework.security", "org.springframework.transaction");
        loud.forEach(name -> logging.setLogLevel(name, LogLevel.TRACE));
        String key;
        String wrong = ReplyKeys.newKey();
        int before = output.length();
        try {
            PulseTestData.Commented w = world(3, false);
            key = w.keys().getFirst();
            conversations.replyAsStaff(w.first().getFirst(), "Logged reply");
            fixtures.signIn(w.people().getFirst());
            assertThat(conversations.threadsFor(List.of(key, wrong))).hasSize(2);
            conversations.answerAsAuthor(key, w.first().getFirst(), "Logged answer");
            UserError refused = catchThrowableOfType(UserError.class,
                    () -> conversations.answerAsAuthor(wrong, w.first().getFirst(), "Wrong key"));
            assertThat(refused.toString() + refused.getMessage() + Arrays.toString(refused.args())).doesNotContain(wrong);
            UserError malformed = catchThrowableOfType(UserError.class,
                    () -> conversations.answerAsAuthor(wrong + "!", w.first().getFirst(), "Bad key"));
            assertThat(malformed.toString()).doesNotContain(wrong);
        } finally {
            loud.forEach(name -> logging.setLogLevel(name, null));
        }
        String logged = output.toString().substring(before);
        assertThat(logged).as("the capture saw the statements").contains("pulse_reply");
        String raw = HexFormat.of().formatHex(ReplyKeys.parse(key).orElseThrow());
        String rawB64 = Base64.getEncoder().encodeToString(ReplyKeys.parse(key).orElseThrow());
        assertThat(logged).doesNotContain(key).doesNotContain(wrong).doesNotContainIgnoringCase(raw).doesNotContain(rawB64)
                .doesNotContain(new String(ReplyKeys.parse(key).orElseThrow(), StandardCharsets.ISO_8859_1));
    }
}
