package app.bravo.pulse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attacker's model of a round, written apart from the engine: every candidate group as the set
 * of atoms it holds, and its count, so that tests can subtract shown groups themselves.
 */
final class DisclosureWorld {

    record Atom(@Nullable Long department, String band) {
    }

    final List<DisclosureDepartment> departments = new ArrayList<>();
    final List<String> bands;
    final Map<Atom, Long> counts = new HashMap<>();

    DisclosureWorld(String... bands) {
        this.bands = List.of(bands);
    }

    DisclosureWorld department(long id, @Nullable Long parent) {
        departments.add(new DisclosureDepartment(id, parent));
        return this;
    }

    DisclosureWorld count(@Nullable Long department, String band, long n) {
        counts.merge(new Atom(department, band), n, Long::sum);
        return this;
    }

    DisclosurePlan plan(int k) {
        var rows = new ArrayList<DisclosureCount>();
        counts.forEach((a, n) -> rows.add(new DisclosureCount(a.department(), a.band(), n)));
        return DisclosurePlan.of(departments, bands, rows, k);
    }

    /** Every group the app can name. */
    List<DisclosureGroup> groups() {
        var result = new ArrayList<DisclosureGroup>();
        result.add(DisclosureGroup.ALL);
        bands.forEach(b -> result.add(DisclosureGroup.band(b)));
        for (DisclosureDepartment d : departments) {
            result.add(DisclosureGroup.department(d.id()));
            bands.forEach(b -> result.add(DisclosureGroup.crossing(d.id(), b)));
        }
        return result;
    }

    Set<Atom> atoms(DisclosureGroup g) {
        var result = new HashSet<Atom>();
        var deps = new ArrayList<@Nullable Long>();
        deps.add(null);
        departments.forEach(d -> deps.add(d.id()));
        for (Long d : deps) {
            for (String b : bands) {
                boolean inDepartment = g.departmentId() == null || d != null && within(d, g.departmentId());
                if (inDepartment && (g.band() == null || g.band().equals(b))) {
                    result.add(new Atom(d, b));
                }
            }
        }
        return result;
    }

    long count(DisclosureGroup g) {
        return atoms(g).stream().mapToLong(a -> counts.getOrDefault(a, 0L)).sum();
    }

    private boolean within(long d, long ancestor) {
        Long at = d;
        while (at != null) {
            if (at == ancestor) {
                return true;
            }
            long here = at;
            at = departments.stream().filter(x -> x.id() == here).findFirst().orElseThrow().parentId();
        }
        return false;
    }

    /**
     * The first attack that works on this plan: a shown group below k, or a shown group G minus
     * pairwise disjoint shown groups strictly inside it leaving between 1 and k-1; null if none.
     */
    @Nullable String attack(DisclosurePlan plan, int k) {
        List<DisclosureGroup> shown = groups().stream().filter(plan::shows).toList();
        // distinct atom sets: with one band a band group is "all" again
        for (DisclosureGroup g : shown) {
            if (count(g) < k) {
                return g + " shown with " + count(g);
            }
            if (plan.count(g).orElseThrow() != count(g)) {
                return g + " shown with a wrong count";
            }
        }
        for (DisclosureGroup g : shown) {
            Set<Atom> outer = atoms(g);
            List<Set<Atom>> inside = new ArrayList<>();
            List<DisclosureGroup> names = new ArrayList<>();
            for (DisclosureGroup h : shown) {
                Set<Atom> a = atoms(h);
                if (outer.containsAll(a) && !a.equals(outer) && !inside.contains(a)) {
                    inside.add(a);
                    names.add(h);
                }
            }
            String found = search(g, count(g), inside, names, 0, new HashSet<>(), new ArrayList<>(), k);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private @Nullable String search(DisclosureGroup g, long left, List<Set<Atom>> inside, List<DisclosureGroup> names,
                                    int from, Set<Atom> used, List<DisclosureGroup> taken, int k) {
        if (left > 0 && left < k) {
            return g + " minus " + taken + " leaves " + left;
        }
        for (int i = from; i < inside.size(); i++) {
            Set<Atom> a = inside.get(i);
            if (a.stream().noneMatch(used::contains)) {
                used.addAll(a);
                taken.add(names.get(i));
                String found = search(g, left - count(names.get(i)), inside, names, i + 1, used, taken, k);
                taken.removeLast();
                used.removeAll(a);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
