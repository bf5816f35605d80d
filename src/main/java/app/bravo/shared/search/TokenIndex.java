package app.bravo.shared.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A feature's token table: the words of each of its items, as {@link SearchTokens} makes them, in a
 * table {@code (item id, token)} with an index on {@code (token, item id)}, so that a search reads
 * only the rows of the words it asks for, whatever the server's full-text settings. The feature
 * owns the table (its migration, with a foreign key to its items); this class writes it and builds
 * the search condition. The token column uses a binary collation: the words are already folded.
 */
public final class TokenIndex {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final JdbcClient jdbc;
    private final String table;
    private final String idColumn;

    /** Over {@code table(idColumn, token)}; both names are fixed identifiers of the feature, never input. */
    public TokenIndex(JdbcClient jdbc, String table, String idColumn) {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(idColumn).matches()) {
            throw new IllegalArgumentException("not an identifier: " + table + "." + idColumn);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
    }

    /** Replaces the item's words by the words of these texts; runs in the caller's transaction. */
    public void replace(long id, Iterable<? extends String> texts) {
        jdbc.sql("DELETE FROM " + table + " WHERE " + idColumn + " = :id").param("id", id).update();
        List<String> tokens = new ArrayList<>(SearchTokens.tokens(texts));
        for (int from = 0; from < tokens.size(); from += 200) {
            List<String> chunk = tokens.subList(from, Math.min(tokens.size(), from + 200));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO " + table + " (" + idColumn + ", token) VALUES ");
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:id, :t").append(i).append(')');
                params.put("t" + i, chunk.get(i));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /**
     * The SQL condition "the item {@code idExpression} holds every word of the query" (empty for an
     * empty query), its parameters added to {@code params} under names starting with {@code prefix}.
     * Each word is one lookup in the (token, id) index; the last may be a prefix range of it.
     */
    public String condition(SearchTokens.Query query, String idExpression, String prefix, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            String name = prefix + i;
            boolean range = query.lastIsPrefix() && i == terms.size() - 1;
            sql.append(sql.isEmpty() ? "" : " AND ").append(idExpression).append(" IN (SELECT ").append(idColumn)
                    .append(" FROM ").append(table).append(" WHERE token ").append(range ? "LIKE :" : "= :").append(name).append(')');
            params.put(name, range ? escapeLike(terms.get(i)) + "%" : terms.get(i));
        }
        return sql.toString();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
