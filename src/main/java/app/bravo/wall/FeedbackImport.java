package app.bravo.wall;

import app.bravo.shared.csv.ImportProgress;
import app.bravo.shared.csv.CsvText;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.FeedbackImportProblem.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    static final String LIST_SEPARATOR = ";";

    private static final Logger log = LoggerFactory.getLogger(FeedbackImport.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
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
        return String.join(",", COLUMNS) + "\n"
                + "\"They solved our outage in twenty minutes, on a Sunday.\",Mina Rahimi,Acme,EMAIL,10,NPS,2024-03-01,"
                + "ada.lovelace@example.com,Support,support;weekend,crm-1001\n"
                + "\"Friendly and fast, thank you!\",,,SURVEY,5,CSAT,2024-03-02,,,,crm-1002\n";
    }

    /**
     * Imports a file. A file that cannot be read at all (too large, too long, not UTF-8, no usable
     * header) is refused with a {@link UserError}; otherwise every line with a problem is in the report.
     */
    public FeedbackImportReport importCsv(String fileName, byte[] data, ImportProgress progress) {
        if (data.length > MAX_BYTES) {
            throw new UserError("import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = CsvText.decode(data);
        if (CsvText.lineCount(text) > MAX_LINES) {
            throw new UserError("import.error.too-many-lines", MAX_LINES);
        }
        List<FeedbackImportProblem> problems = new ArrayList<>();
        List<Line> lines = parse(text, problems);
        Map<String, Long> departments = departmentsByName();
        LocalDate today = FeedbackRules.latestToday(clock);

        int created = 0;
        int duplicates = 0;
        Map<String, Long> firstLineOfId = new HashMap<>();
        progress.update(0, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
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

    private Result importLine(Line line, Map<String, Long> departments, LocalDate today,
                              Map<String, Long> firstLineOfId, List<FeedbackImportProblem> problems) {
        int before = problems.size();
        Function<String, @Nullable String> cell = line.cells()::get;
        long n = line.number();

        Channel channel = parse(Channel.class, cell.apply("channel"), "channel", n, problems);
        ScoreType scoreType = parse(ScoreType.class, cell.apply("score_type"), "score_type", n, problems);
        Integer score = null;
        String rawScore = CsvText.emptyToNull(cell.apply("score"));
        if (rawScore != null) {
            try {
                score = Integer.valueOf(rawScore);
            } catch (NumberFormatException e) {
                problems.add(FeedbackImportProblem.of(n, "score", Outcome.REFUSED, "moderation.import.error.number", CsvText.printable(rawScore)));
            }
        }
        LocalDate receivedOn = null;
        String rawDate = CsvText.emptyToNull(cell.apply("received_on"));
        if (rawDate != null) {
            try {
                receivedOn = LocalDate.parse(rawDate, DATE);
            } catch (DateTimeParseException e) {
                problems.add(FeedbackImportProblem.of(n, "received_on", Outcome.REFUSED, "import.error.date", CsvText.printable(rawDate)));
            }
        }
        List<Long> departmentIds = new ArrayList<>();
        for (String name : list(cell.apply("departments"))) {
            Long id = departments.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                problems.add(FeedbackImportProblem.of(n, "departments", Outcome.REFUSED,
                        "moderation.import.error.department-unknown", CsvText.printable(name)));
            } else if (!departmentIds.contains(id)) {
                departmentIds.add(id);
            }
        }
        String externalId = CsvText.emptyToNull(cell.apply("external_id"));
        var form = new FeedbackForm(cell.apply("quote"), CsvText.emptyToNull(cell.apply("customer_name")),
                CsvText.emptyToNull(cell.apply("company")), channel, score, scoreType, receivedOn, List.of(),
                list(cell.apply("credited")), departmentIds, list(cell.apply("tags")), externalId);
        for (FieldProblem p : FeedbackRules.problems(form, today)) {
            String column = columnOf(p.field());
            // a cell that could not be read at all is reported once, not again by the rules
            boolean known = problems.subList(before, problems.size()).stream().anyMatch(q -> column.equals(q.column()));
            if (!known) {
                problems.add(new FeedbackImportProblem(n, column, p.key(),
                        Arrays.stream(p.args()).map(String::valueOf).toList(), Outcome.REFUSED));
            }
        }
        if (problems.size() > before) {
            return Result.REFUSED;
        }
        if (externalId != null) {
            Long first = firstLineOfId.putIfAbsent(externalId, n);
            if (first != null) {
                problems.add(FeedbackImportProblem.of(n, "external_id", Outcome.SKIPPED,
                        "moderation.import.error.duplicate-in-file", CsvText.printable(externalId), first));
                return Result.DUPLICATE;
            }
        }
        try {
            SubmitResult result = feedback.submitFromImport(form);
            if (!result.created()) {
                problems.add(FeedbackImportProblem.of(n, "external_id", Outcome.SKIPPED,
                        "moderation.import.error.duplicate", CsvText.printable(String.valueOf(externalId))));
                return Result.DUPLICATE;
            }
            if (!result.unknownCredited().isEmpty()) {
                problems.add(FeedbackImportProblem.of(n, "credited", Outcome.IMPORTED,
                        "moderation.import.error.credited-unknown", CsvText.printable(String.join(", ", result.unknownCredited()))));
            }
            return Result.CREATED;
        } catch (InvalidFeedback e) {
            e.problems().forEach(p -> problems.add(new FeedbackImportProblem(n, columnOf(p.field()), p.key(),
                    Arrays.stream(p.args()).map(String::valueOf).toList(), Outcome.REFUSED)));
            return Result.REFUSED;
        } catch (DataIntegrityViolationException e) {
            // the same external id arrived at the same moment from elsewhere (the API or another import)
            problems.add(FeedbackImportProblem.of(n, "external_id", Outcome.SKIPPED,
                    "moderation.import.error.duplicate", CsvText.printable(String.valueOf(externalId))));
            return Result.DUPLICATE;
        } catch (UserError e) {
            log.warn("Feedback import line {} not saved: {}", n, e.toString());
            problems.add(new FeedbackImportProblem(n, null, e.key(),
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

    // ---- reading ----

    private record Line(long number, Map<String, String> cells) {
    }




    private static List<Line> parse(String text, List<FeedbackImportProblem> problems) {
        int[] lineStarts = CsvText.lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvText.delimiter(text))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            long nextLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // An unclosed quote swallows the rest of the file: report where it started, keep what came before.
                    problems.add(FeedbackImportProblem.of(nextLine, null, Outcome.REFUSED, "import.error.malformed"));
                    break;
                }
                long line = CsvText.lineOf(lineStarts, record.getCharacterPosition());
                nextLine = parser.getCurrentLineNumber() + 1;
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                int width = columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
                if (record.size() < width || (record.size() > width && !CsvText.trailingEmpty(record, width))) {
                    problems.add(FeedbackImportProblem.of(line, null, Outcome.REFUSED, "import.error.column-count", width, record.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                columns.forEach((name, i) -> cells.put(name, record.get(i)));
                lines.add(new Line(line, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new UserError("import.error.empty");
        }
        return lines;
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (name.isEmpty() && i == record.size() - 1) {
                continue; // a trailing delimiter, as some spreadsheets write
            }
            if (!COLUMNS.contains(name)) {
                throw new UserError("import.error.unknown-column", CsvText.printable(record.get(i)), String.join(", ", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw new UserError("import.error.duplicate-column", name);
            }
        }
        if (!columns.containsKey("quote") || !columns.containsKey("channel")) {
            throw new UserError("moderation.import.error.missing-columns");
        }
        return columns;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String column, long line,
                                                       List<FeedbackImportProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(FeedbackImportProblem.of(line, column, Outcome.REFUSED, "moderation.import.error.one-of", CsvText.printable(value),
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
