package app.bravo.wall;

import app.bravo.people.Person;
import app.bravo.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits and rules of a feedback note, in one place: the entity's setters, the service's
 * all-fields check, the API documentation and (later) the form all use them.
 * <p>
 * Lengths count characters as people see them (Unicode code points, as MariaDB's utf8mb4 columns do),
 * so an emoji counts once. Text is stored exactly as typed, markup included: views show it as text
 * and never interpret it, so a {@code <} is no reason to refuse a note. What is refused are control
 * characters (newline and tab are allowed in the quote and the reject reason) and broken surrogates.
 */
public final class FeedbackRules {

    public static final int QUOTE_MAX = 2000;
    public static final int NAME_MAX = 120;
    public static final int COMPANY_MAX = 120;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int REJECT_REASON_MAX = 500;
    public static final int CREDITED_MAX = 20;
    public static final int EXTERNAL_ID_MAX = 120;

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\u200C _-]+");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\x21-\\x7E]+");

    private FeedbackRules() {
    }

    /** Today somewhere on Earth: a date received is refused only if it is in everyone's future. */
    public static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.MAX));
    }

    /** Line breaks as {@code \n}, outer white space removed. */
    public static String normaliseMultiline(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Checks a text field; {@code null} and blank count as missing. */
    public static Optional<FieldProblem> text(String field, @Nullable String value, boolean required, int max, boolean multiline) {
        String v = value == null ? "" : (multiline ? normaliseMultiline(value) : value.strip());
        if (v.isEmpty()) {
            return required ? Optional.of(new FieldProblem(field, "wall.error.required")) : Optional.empty();
        }
        if (v.codePointCount(0, v.length()) > max) {
            return Optional.of(new FieldProblem(field, "wall.error.too-long", max));
        }
        boolean bad = v.codePoints().anyMatch(c ->
                (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t')))
                        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
        return bad ? Optional.of(new FieldProblem(field, "wall.error.control-characters")) : Optional.empty();
    }

    public static Optional<FieldProblem> score(@Nullable Integer score, @Nullable ScoreType type) {
        if (score == null) {
            return Optional.empty();
        }
        if (type == null) {
            return Optional.of(new FieldProblem("scoreType", "wall.error.score-type-missing"));
        }
        return type.accepts(score) ? Optional.empty()
                : Optional.of(new FieldProblem("score", "wall.error.score-range", type.name(), type.min(), type.max()));
    }

    public static Optional<FieldProblem> receivedOn(@Nullable LocalDate receivedOn, LocalDate today) {
        return receivedOn != null && receivedOn.isAfter(today)
                ? Optional.of(new FieldProblem("receivedAt", "wall.error.received-in-future")) : Optional.empty();
    }

    /** A tag as stored: trimmed, without a leading '#', lower case, single spaces. */
    public static String normaliseTag(String tag) {
        String t = tag.strip();
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Checks the tags and returns the problems; duplicates (after normalising) count once. */
    public static List<FieldProblem> tags(List<@Nullable String> tags) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String raw = tags.get(i);
            String field = "tags[" + i + "]";
            String t = raw == null ? "" : normaliseTag(raw);
            if (t.isEmpty()) {
                problems.add(new FieldProblem(field, "wall.error.required"));
            } else if (t.codePointCount(0, t.length()) > TAG_MAX) {
                problems.add(new FieldProblem(field, "wall.error.too-long", TAG_MAX));
            } else if (!TAG.matcher(t).matches()) {
                problems.add(new FieldProblem(field, "wall.error.tag-characters"));
            } else {
                distinct.add(t);
            }
        }
        if (distinct.size() > TAGS_MAX) {
            problems.add(new FieldProblem("tags", "wall.error.too-many", TAGS_MAX));
        }
        return problems;
    }

    /** Checks the credited e-mail addresses' form (whether they belong to someone is checked later). */
    public static List<FieldProblem> creditedEmails(List<@Nullable String> emails, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            String e = emails.get(i);
            try {
                if (e == null) {
                    throw new UserError("people.error.email");
                }
                Person.normaliseEmail(e);
            } catch (UserError bad) {
                problems.add(new FieldProblem(field + "[" + i + "]", "wall.error.email"));
            }
        }
        if (emails.size() > CREDITED_MAX) {
            problems.add(new FieldProblem(field, "wall.error.too-many", CREDITED_MAX));
        }
        return problems;
    }

    public static Optional<FieldProblem> externalId(@Nullable String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        if (externalId.isEmpty() || externalId.length() > EXTERNAL_ID_MAX || !EXTERNAL_ID.matcher(externalId).matches()) {
            return Optional.of(new FieldProblem("externalId", "wall.error.external-id", EXTERNAL_ID_MAX));
        }
        return Optional.empty();
    }

    /** Every problem of a submission or edit, each bad field named (a note needs a quote and a channel). */
    public static List<FieldProblem> problems(FeedbackForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        text("quote", form.quote(), true, QUOTE_MAX, true).ifPresent(problems::add);
        text("customerName", form.customerName(), false, NAME_MAX, false).ifPresent(problems::add);
        text("company", form.company(), false, COMPANY_MAX, false).ifPresent(problems::add);
        if (form.channel() == null) {
            problems.add(new FieldProblem("channel", "wall.error.required"));
        }
        score(form.score(), form.scoreType()).ifPresent(problems::add);
        receivedOn(form.receivedOn(), today).ifPresent(problems::add);
        problems.addAll(creditedEmails(form.creditedEmails(), "credited"));
        if (form.creditedPeople().size() > CREDITED_MAX) {
            problems.add(new FieldProblem("creditedPeople", "wall.error.too-many", CREDITED_MAX));
        }
        if (form.creditedDepartments().size() > CREDITED_MAX) {
            problems.add(new FieldProblem("creditedDepartments", "wall.error.too-many", CREDITED_MAX));
        }
        problems.addAll(tags(form.tags()));
        externalId(form.externalId()).ifPresent(problems::add);
        return problems;
    }

    /** Throws the problem, if there is one: for setters, which check one field at a time. */
    static void check(Optional<FieldProblem> problem) {
        problem.ifPresent(p -> { throw new InvalidFeedback(List.of(p)); });
    }

    static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFeedback(problems);
        }
    }
}
