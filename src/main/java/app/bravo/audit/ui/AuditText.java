package app.bravo.audit.ui;

import app.bravo.audit.AuditEntry;
import app.bravo.security.Role;
import app.bravo.shared.time.Dates;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as a sentence in the reader's language: the message key's text with its named
 * parameters filled in ({@code {subject}'s roles: {roles} (were: {were})}), names and quotes
 * isolated for direction. Rows written before messages keep their English details, made readable:
 * the target named, role lists such as {@code [EMPLOYEE, HR]} in words.
 */
final class AuditText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern ROLE_LIST = Pattern.compile("\\[([A-Z, ]*)]");
    private static final List<String> KINDS = List.of("person", "department", "value", "feedback", "api-token",
            "kiosk-token", "comment", "import", "company-calendar", "kudos", "kudos-comment", "award-level",
            "company-budget", "recognition-settings", "reward", "redemption");
    /** First strong isolate and pop directional isolate: user text keeps its own direction inside the sentence. */
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private final Function<String, String> translate;
    private final Locale locale;

    AuditText(Function<String, String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    String describe(AuditEntry e) {
        if (e.getMessageKey() == null) {
            return old(e);
        }
        JsonNode params = e.getParams() == null ? JSON.createObjectNode() : JSON.readTree(e.getParams());
        Matcher m = PARAM.matcher(translate.apply(e.getMessageKey()));
        var out = new StringBuilder();
        while (m.find()) {
            JsonNode value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : render(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String render(JsonNode v) {
        if (v.isNumber()) {
            return NumberFormat.getIntegerInstance(locale).format(v.longValue());
        }
        if (v.isString()) {
            return isolate(v.asString());
        }
        if (v.has("key")) {
            return translate.apply(v.get("key").asString());
        }
        if (v.has("date")) {
            return Dates.date(LocalDate.parse(v.get("date").asString()), locale);
        }
        List<String> items = new ArrayList<>();
        if (v.has("keys")) {
            v.get("keys").forEach(k -> items.add(translate.apply(k.asString())));
        } else if (v.has("texts")) {
            v.get("texts").forEach(t -> items.add(isolate(t.asString())));
        }
        return items.isEmpty() ? translate.apply("audit.none") : String.join(separator(), items);
    }

    private String separator() {
        return locale.getLanguage().equals("fa") ? "، " : ", ";
    }

    private static String isolate(String text) {
        return FSI + text + PDI;
    }

    /** A row from before messages: its target named, then its details with role lists in words. */
    private String old(AuditEntry e) {
        Matcher m = ROLE_LIST.matcher(e.getDetails());
        var details = new StringBuilder();
        while (m.find()) {
            List<String> roles = new ArrayList<>();
            boolean allRoles = true;
            for (String name : m.group(1).split(",\\s*")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    roles.add(translate.apply("role." + Role.valueOf(name.strip()).name()));
                } catch (IllegalArgumentException notARole) {
                    allRoles = false;
                }
            }
            String words = roles.isEmpty() ? translate.apply("audit.none") : String.join(separator(), roles);
            m.appendReplacement(details, Matcher.quoteReplacement(allRoles ? words : m.group()));
        }
        m.appendTail(details);
        String target = KINDS.contains(e.getTargetType()) ? translate.apply("audit.kind." + e.getTargetType()) : e.getTargetType();
        String id = e.getTargetId() == null ? "" : " " + e.getTargetId();
        String text = details.toString().strip();
        return text.isEmpty() ? target + id : target + id + ": " + text;
    }
}
