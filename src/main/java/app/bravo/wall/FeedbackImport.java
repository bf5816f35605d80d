package app.bravo.wall;

import app.bravo.shared.csv.CsvFile;
import app.bravo.shared.csv.CsvLayout;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvProblem.Outcome;
import app.bravo.shared.csv.CsvRow;
import app.bravo.shared.csv.CsvText;
import app.bravo.shared.csv.ImportProgress;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports customer feedback from a CSV file (UTF-8 with or without BOM, comma or semicolon, a header
 * row naming the columns in any order) for moderators. Every line is checked with the same rules as
 * the form and the API ({@link FeedbackRules}); good lines become PENDING notes with source CSV, each
 * in its own transaction through {@link FeedbackService#submitFromImport}, so one bad line costs only
 * itself. An {@code external_id} seen before (in the database or earlier in the file) never makes a
 * second note. Text is stored as it is written: markup is shown as text, never run.
 */
@Service
@PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
public class FeedbackImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_LINES = 10_000;
    public static final List<String> COLUMNS = List.of("quote", "customer_name", "company", "channel", "score",
            "score_type", "received_on", "credited", "departments", "tags", "external_id");
    public static final CsvLayout LAYOUT = new CsvLayout(COLUMNS, List.of("quote", "channel"),
            "moderation.import.error.missing-columns", MAX_BYTES, MAX_LINES);
    static final String LIST_SEPARATOR = ";";

    private static final Logger log = LoggerFactory.getLogger(FeedbackImport.class);
    /** The rules' field names (as the API knows them) and the file's columns. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "quote", "quote", "customerName", "customer_name", "company", "company", "channel", "channel",
            "score", "score", "scoreType", "score_type", "receivedAt", "received_on", "credited", "credited",
            "creditedDepartments", "departments", "tags", "tags");


    private final FeedbackService feedback;
    private final PeopleService people;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    FeedbackImport(FeedbackService feedback, PeopleService people, AuditService audit, Clock clock,
                   PlatformTransactionManager transactions) {
        this.feedback = feedback;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A file with the header and two example lines, for moderators to start from. */
    public static String template() {
        return LAYOUT.header() + "\n"
                + "\"They solved our outage in twenty minutes, on a Sunday.\",Mina Rahimi,Acme,EMAIL,10,NPS,2024-03-01,"
                + "ada.lovelace@example.com,Support,support;weekend,crm-1001\n"
                + "\"Friendly and fast, thank you!\",,,SURVEY,5,CSAT,2024-03-02,,,,crm-1002\n";
    }

    /**
     * Imports a file. A file that cannot be read at all (too large, too long, not UTF-8, no usable
     * header) is refused with a {@link UserError}; otherwise every line with a problem is in the report.
     */
    public FeedbackImportReport importCsv(String fileName, byte[] data, ImportProgress progress) {
        List<CsvProblem> problems = new ArrayList<>();
        List<CsvRow> lines = CsvFile.read(data, LAYOUT, problems).rows();
        Map<String, Long> departments = departmentsByName();
        LocalDate today = FeedbackRules.latestToday(clock);

        int created = 0;
        int duplicates = 0;
        Map<String, Long> firstLineOfId = new HashMap<>();
        progress.update(0, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CsvRow line = lines.get(i);
            switch (importLine(line, departments, today, firstLineOfId, problems)) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case REFUSED -> { }
            }
            if ((i + 1) % 25 == 0 || i == lines.size() - 1) {
                progress.update(i + 1, lines.size());
            }
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        var report = new FeedbackImportReport(created, duplicates, problems);
        int made = created;
        int skipped = duplicates;
        tx.executeWithoutResult(s -> audit.record(AuditAction.FEEDBACK_IMPORTED, "import", null,
                AuditMessage.of("audit.msg.feedback-imported").text("file", CsvText.printable(fileName))
                        .text("created", made).text("duplicates", skipped).text("refused", report.refusedLines())));
        return report;
    }

    private enum Result { CREATED, DUPLICATE, REFUSED }

    private Result importLine(CsvRow line, Map<String, Long> departments, LocalDate today,
                              Map<String, Long> firstLineOfId, List<CsvProblem> problems) {
        int before = problems.size();
        long n = line.line();

        Channel channel = parse(Channel.class, line.get("channel"), "channel", n, problems);
        ScoreType scoreType = parse(ScoreType.class, line.get("score_type"), "score_type", n, problems);
        Integer score = null;
        String rawScore = line.text("score");
        if (rawScore != null) {
            try {
                score = Integer.valueOf(rawScore);
            } catch (NumberFormatException e) {
                problems.add(CsvProblem.of(n, "score", Outcome.REFUSED, "moderation.import.error.number", CsvText.printable(rawScore)));
            }
        }
        LocalDate receivedOn = line.date("received_on", problems);
        List<Long> departmentIds = new ArrayList<>();
        for (String name : list(line.get("departments"))) {
            Long id = departments.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                problems.add(CsvProblem.of(n, "departments", Outcome.REFUSED,
                        "moderation.import.error.department-unknown", CsvText.printable(name)));
            } else if (!departmentIds.contains(id)) {
                departmentIds.add(id);
            }
        }
        String externalId = line.text("external_id");
        var form = new FeedbackForm(line.get("quote"), line.text("customer_name"),
                line.text("company"), channel, score, scoreType, receivedOn, List.of(),
                list(line.get("credited")), departmentIds, list(line.get("tags")), externalId);
        for (FieldProblem p : FeedbackRules.problems(form, today)) {
            String column = columnOf(p.field());
            // a cell that could not be read at all is reported once, not again by the rules
            boolean known = problems.subList(before, problems.size()).stream().anyMatch(q -> column.equals(q.column()));
            if (!known) {
                problems.add(new CsvProblem(n, column, p.key(),
                        Arrays.stream(p.args()).map(String::valueOf).toList(), Outcome.REFUSED));
            }
        }
        if (problems.size() > before) {
            return Result.REFUSED;
        }
        if (externalId != null) {
            Long first = firstLineOfId.putIfAbsent(externalId, n);
            if (first != null) {
                problems.add(CsvProblem.of(n, "external_id", Outcome.SKIPPED,
                        "moderation.import.error.duplicate-in-file", CsvText.printable(externalId), first));
                return Result.DUPLICATE;
            }
        }
        try {
            SubmitResult result = feedback.submitFromImport(form);
            if (!result.created()) {
                problems.add(CsvProblem.of(n, "external_id", Outcome.SKIPPED,
                        "moderation.import.error.duplicate", CsvText.printable(String.valueOf(externalId))));
                return Result.DUPLICATE;
            }
            if (!result.unknownCredited().isEmpty()) {
                problems.add(CsvProblem.of(n, "credited", Outcome.IMPORTED,
                        "moderation.import.error.credited-unknown", CsvText.printable(String.join(", ", result.unknownCredited()))));
            }
            return Result.CREATED;
        } catch (InvalidFeedback e) {
            e.problems().forEach(p -> problems.add(new CsvProblem(n, columnOf(p.field()), p.key(),
                    Arrays.stream(p.args()).map(String::valueOf).toList(), Outcome.REFUSED)));
            return Result.REFUSED;
        } catch (DataIntegrityViolationException e) {
            // the same external id arrived at the same moment from elsewhere (the API or another import)
            problems.add(CsvProblem.of(n, "external_id", Outcome.SKIPPED,
                    "moderation.import.error.duplicate", CsvText.printable(String.valueOf(externalId))));
            return Result.DUPLICATE;
        } catch (UserError e) {
            log.warn("Feedback import line {} not saved: {}", n, e.toString());
            problems.add(new CsvProblem(n, null, e.key(),
                    Arrays.stream(e.args()).map(String::valueOf).toList(), Outcome.REFUSED));
            return Result.REFUSED;
        }
    }

    private static String columnOf(String field) {
        int bracket = field.indexOf('[');
        String base = bracket < 0 ? field : field.substring(0, bracket);
        return COLUMN_OF_FIELD.getOrDefault(base, base);
    }

    private Map<String, Long> departmentsByName() {
        Map<String, Long> byName = new HashMap<>();
        for (DepartmentNode d : people.departments()) {
            byName.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d.id());
        }
        return byName;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String column, long line,
                                                       List<CsvProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(CsvProblem.of(line, column, Outcome.REFUSED, "moderation.import.error.one-of", CsvText.printable(value),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** The entries of a list cell, separated by semicolons; empty entries are dropped. */
    private static List<String> list(@Nullable String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }





}
