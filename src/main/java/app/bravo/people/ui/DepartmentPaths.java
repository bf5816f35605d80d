package app.bravo.people.ui;

import app.bravo.people.DepartmentNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Labels departments by their place in the tree ("Sales / Inside sales") so that pickers tell
 * namesakes apart, and finds a department's descendants, which cannot become its parent.
 */
final class DepartmentPaths {

    static final String SEPARATOR = " / ";

    private final Map<Long, DepartmentNode> byId;

    private DepartmentPaths(List<DepartmentNode> nodes) {
        this.byId = nodes.stream().collect(Collectors.toMap(DepartmentNode::id, Function.identity()));
    }

    static DepartmentPaths of(List<DepartmentNode> nodes) {
        return new DepartmentPaths(nodes);
    }

    String label(DepartmentNode node) {
        var names = new ArrayList<String>();
        Set<Long> seen = new HashSet<>();
        for (DepartmentNode d = node; d != null && seen.add(d.id()); d = d.parentId() == null ? null : byId.get(d.parentId())) {
            names.add(d.name());
        }
        Collections.reverse(names);
        return String.join(SEPARATOR, names);
    }

    /** The department itself and everything below it. */
    Set<Long> subtree(long id) {
        Set<Long> result = new HashSet<>();
        result.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DepartmentNode d : byId.values()) {
                if (d.parentId() != null && result.contains(d.parentId()) && result.add(d.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }
}
