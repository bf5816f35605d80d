package app.bravo.wall.internal;

import app.bravo.shared.search.TokenIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words a wall search finds a note by: its quote, customer, company, tags and the names of the
 * people and departments it credits, kept in {@code feedback_note_token} (V012). The feedback service
 * rewrites them whenever a note is written; V012_1 filled them for the notes made before.
 * A name changed later in the directory is found under its new form once the note is edited again.
 */
@Component
public class WallSearchIndex {

    private final TokenIndex tokens;

    WallSearchIndex(DataSource dataSource) {
        this.tokens = tokenIndex(JdbcClient.create(dataSource));
    }

    static TokenIndex tokenIndex(JdbcClient jdbc) {
        return new TokenIndex(jdbc, "feedback_note_token", "note_id");
    }

    /** Replaces the note's words; in the caller's transaction, after the note is flushed. */
    public void index(long noteId, String quote, @Nullable String customerName, @Nullable String company,
                      Collection<String> tags, Collection<String> creditedNames) {
        tokens.replace(noteId, texts(quote, customerName, company, tags, creditedNames));
    }

    static List<@Nullable String> texts(String quote, @Nullable String customerName, @Nullable String company,
                                        Collection<String> tags, Collection<String> creditedNames) {
        List<@Nullable String> texts = new ArrayList<>();
        texts.add(quote);
        texts.add(customerName);
        texts.add(company);
        texts.addAll(tags);
        texts.addAll(creditedNames);
        return texts;
    }
}
