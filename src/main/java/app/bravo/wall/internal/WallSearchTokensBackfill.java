package app.bravo.wall.internal;

import app.bravo.shared.search.TokenIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V012_1: the words of every note written before V012, made by the application's own
 * tokenizer (which SQL cannot run), so that search finds old notes exactly as new ones. Runs once, in
 * Flyway's transaction, a thousand notes at a time.
 */
@Component
class WallSearchTokensBackfill implements JavaMigration {

    private static final int BATCH = 1000;

    private record Note(long id, String quote, @Nullable String customer, @Nullable String company) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("012.1");
    }

    @Override
    public String getDescription() {
        return "wall search tokens backfill";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var dataSource = new SingleConnectionDataSource(context.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TokenIndex tokens = WallSearchIndex.tokenIndex(jdbc);
        long after = 0;
        while (true) {
            List<Note> notes = jdbc.sql("""
                    SELECT id, quote, customer_name, company FROM feedback_note WHERE id > :after ORDER BY id LIMIT :limit""")
                    .param("after", after).param("limit", BATCH)
                    .query((rs, i) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
            if (notes.isEmpty()) {
                return;
            }
            long first = notes.getFirst().id();
            long last = notes.getLast().id();
            Map<Long, List<String>> extra = new HashMap<>();
            collect(jdbc, extra, "SELECT note_id, tag FROM feedback_tag WHERE note_id BETWEEN :first AND :last", first, last);
            collect(jdbc, extra, """
                    SELECT c.note_id, p.display_name FROM feedback_credit_person c JOIN person p ON p.id = c.person_id
                    WHERE c.note_id BETWEEN :first AND :last""", first, last);
            collect(jdbc, extra, """
                    SELECT c.note_id, d.name FROM feedback_credit_department c JOIN department d ON d.id = c.department_id
                    WHERE c.note_id BETWEEN :first AND :last""", first, last);
            for (Note n : notes) {
                tokens.replace(n.id(), WallSearchIndex.texts(n.quote(), n.customer(), n.company(),
                        extra.getOrDefault(n.id(), List.of()), List.of()));
            }
            after = last;
        }
    }

    private static void collect(JdbcClient jdbc, Map<Long, List<String>> into, String sql, long first, long last) {
        jdbc.sql(sql).param("first", first).param("last", last)
                .query(rs -> {
                    into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
    }
}
