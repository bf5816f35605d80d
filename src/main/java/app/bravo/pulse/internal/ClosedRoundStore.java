package app.bravo.pulse.internal;

import app.bravo.pulse.ResultRound;
import app.bravo.pulse.RoundDepartment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The closed rounds of a survey and a round's locked department tree, as the results page lists them. */
@Component
public class ClosedRoundStore {

    private record Node(long id, @Nullable Long parentId, String name) {
    }

    private final JdbcClient jdbc;

    ClosedRoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey's closed rounds, newest first. */
    public List<ResultRound> closed(long surveyId, int limit) {
        return jdbc.sql("""
                SELECT id, close_date FROM pulse_round WHERE survey_id = ? AND status = 'CLOSED'
                ORDER BY close_date DESC, id DESC LIMIT ?""")
                .params(surveyId, limit)
                .query((rs, n) -> new ResultRound(rs.getLong(1), rs.getDate(2).toLocalDate()))
                .list();
    }

    /**
     * The departments of the round's tree as locked at close, in tree order (each after its parent,
     * siblings by name), restricted to the round's audience when it was chosen by department: the
     * audience's departments, and what has come below them by the close.
     */
    public List<RoundDepartment> departments(long roundId) {
        List<Node> all = jdbc.sql("SELECT department_id, parent_id, name FROM pulse_round_tree WHERE round_id = ?")
                .param(roundId)
                .query((rs, n) -> new Node(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
                .list();
        boolean everyone = jdbc.sql("SELECT audience_all_departments FROM pulse_round WHERE id = ?")
                .param(roundId).query(Boolean.class).optional().orElse(true);
        List<Long> audience = everyone ? List.of()
                : jdbc.sql("SELECT department_id FROM pulse_round_department WHERE round_id = ?").param(roundId)
                        .query(Long.class).list();
        Map<Long, Node> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        Map<@Nullable Long, List<Node>> children = new HashMap<>();
        for (Node d : all) {
            Long parent = d.parentId() != null && byId.containsKey(d.parentId()) ? d.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Node::id)));
        var out = new ArrayList<RoundDepartment>();
        walk(null, 0, everyone, Set.copyOf(audience), children, out);
        return out;
    }

    private static void walk(@Nullable Long parent, int depth, boolean inAudience, Set<Long> audience,
                             Map<@Nullable Long, List<Node>> children, List<RoundDepartment> out) {
        for (Node d : children.getOrDefault(parent, List.of())) {
            boolean in = inAudience || audience.contains(d.id());
            if (in) {
                out.add(new RoundDepartment(d.id(), d.name(), depth));
            }
            walk(d.id(), in ? depth + 1 : depth, in, audience, children, out);
        }
    }
}
