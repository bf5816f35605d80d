package app.bravo.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audited action did, as data rather than English: a message key of the {@code auditlog}
 * bundle and named parameters, rendered in the reader's language when the log is shown (see
 * docs/decisions/DD009-audit-messages.md). Values are what they were at the time (a person's
 * name, a note's short quote), so the log stays true after a rename or an erasure of the original.
 * <pre>
 * audit.record(AuditAction.ROLES_CHANGED, "person", id, AuditMessage.of("audit.msg.roles-changed")
 *         .subject(person.getDisplayName()).translated("roles", "role.", after).translated("were", "role.", before));
 * </pre>
 * The key's text names the parameters in braces: {@code {subject}'s roles: {roles} (were: {were})}.
 */
public final class AuditMessage {

    public static final int SUBJECT_MAX = 200;
    public static final int QUOTE_MAX = 60;
    static final int PARAMS_MAX = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String key;
    private @Nullable String subject;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private AuditMessage(String key) {
        this.key = key;
    }

    /** A message with this key of the auditlog bundle. */
    public static AuditMessage of(String key) {
        return new AuditMessage(key);
    }

    /** The name of the person, note, department, token or screen acted on; also the {@code {subject}} parameter. */
    public AuditMessage subject(@Nullable String name) {
        String s = name == null ? "" : shorten(name.strip(), SUBJECT_MAX);
        this.subject = s.isEmpty() ? null : s;
        params.put("subject", s);
        return this;
    }

    /** A value shown as it is: a name, an e-mail address, a file name, a count (numbers in the reader's digits). */
    public AuditMessage text(String name, @Nullable Object value) {
        params.put(name, value instanceof Number n ? n : value == null ? "" : value.toString());
        return this;
    }

    /** Several values shown as they are, as a list in the reader's language ("none" when empty). */
    public AuditMessage texts(String name, Collection<?> values) {
        params.put(name, Map.of("texts", values.stream().map(String::valueOf).toList()));
        return this;
    }

    /** The start of a user's text, on one line: enough to recognise a note or a comment. */
    public AuditMessage quote(String name, String text) {
        params.put(name, shortQuote(text));
        return this;
    }

    /** One word translated for the reader: {@code prefix + value} is a key (such as {@code role.} and ADMIN). */
    public AuditMessage translated(String name, String prefix, Object value) {
        params.put(name, Map.of("key", prefix + value));
        return this;
    }

    /** Several translated words, as a list ("none" when empty). Enums keep their declared order. */
    public AuditMessage translated(String name, String prefix, Collection<?> values) {
        List<String> keys = new ArrayList<>();
        values.stream().sorted((a, b) -> a instanceof Enum<?> ea && b instanceof Enum<?> eb
                ? Integer.compare(ea.ordinal(), eb.ordinal()) : 0).forEach(v -> keys.add(prefix + v));
        params.put(name, Map.of("keys", keys));
        return this;
    }

    /** A day, shown in the reader's calendar. */
    public AuditMessage date(String name, LocalDate day) {
        params.put(name, Map.of("date", day.toString()));
        return this;
    }

    /** The start of a text on one line, cut at {@link #QUOTE_MAX} characters with an ellipsis. */
    public static String shortQuote(String text) {
        return shorten(text.strip().replaceAll("\\s+", " "), QUOTE_MAX);
    }

    String key() {
        return key;
    }

    @Nullable String subjectName() {
        return subject;
    }

    String paramsJson() {
        String json = JSON.writeValueAsString(params);
        return json.length() <= PARAMS_MAX ? json : JSON.writeValueAsString(Map.of("subject", params.getOrDefault("subject", "")));
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s
                : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
