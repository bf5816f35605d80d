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
     * The first attack that works on this plan, or null if none: a shown group below k; or a known
     * group G minus pairwise disjoint known groups strictly inside it leaving between 1 and k-1. A
     * group is known when shown, or when such a subtraction leaves exactly its atoms (hidden but
     * given away); the attacker repeats until it learns nothing more.
     */
    @Nullable String attack(DisclosurePlan plan, int k) {
        List<DisclosureGroup> shown = groups().stream().filter(plan::shows).toList();
        for (DisclosureGroup g : shown) {
            if (count(g) < k) {
                return g + " shown with " + count(g);
            }
            if (plan.count(g).orElseThrow() != count(g)) {
                return g + " shown with a wrong count";
            }
        }
        var known = new ArrayList<>(shown);
        var knownSets = new ArrayList<Set<Atom>>();
        known.forEach(g -> knownSets.add(atoms(g)));
        Map<Set<Atom>, DisclosureGroup> candidates = new HashMap<>();
        groups().forEach(g -> candidates.putIfAbsent(atoms(g), g));
        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (int gi = 0; gi < known.size(); gi++) {
                DisclosureGroup g = known.get(gi);
                Set<Atom> outer = knownSets.get(gi);
                List<Set<Atom>> inside = new ArrayList<>();
                List<DisclosureGroup> names = new ArrayList<>();
                for (int hi = 0; hi < known.size(); hi++) {
                    Set<Atom> a = knownSets.get(hi);
                    if (outer.containsAll(a) && !a.equals(outer) && !inside.contains(a)) {
                        inside.add(a);
                        names.add(known.get(hi));
                    }
                }
                var remainders = new ArrayList<Set<Atom>>();
                String found = search(g, new HashSet<>(outer), inside, names, 0, new ArrayList<>(), k, remainders);
                if (found != null) {
                    return found;
                }
                for (Set<Atom> r : remainders) {
                    DisclosureGroup given = candidates.get(r);
                    if (given != null && !knownSets.contains(r)) {
                        if (count(given) > 0 && count(given) < k) {
                            return g + " gives away hidden " + given + " of " + count(given);
                        }
                        known.add(given);
                        knownSets.add(r);
                        learnt = true;
                    }
                }
            }
        }
        return null;
    }

    private long sum(Set<Atom> atoms) {
        return atoms.stream().mapToLong(a -> counts.getOrDefault(a, 0L)).sum();
    }

    private @Nullable String search(DisclosureGroup g, Set<Atom> left, List<Set<Atom>> inside, List<DisclosureGroup> names,
                                    int from, List<DisclosureGroup> taken, int k, List<Set<Atom>> remainders) {
        long n = sum(left);
        if (n > 0 && n < k) {
            return g + " minus " + taken + " leaves " + n;
        }
        if (!taken.isEmpty()) {
            remainders.add(Set.copyOf(left));
        }
        for (int i = from; i < inside.size(); i++) {
            Set<Atom> a = inside.get(i);
            if (left.containsAll(a)) {
                left.removeAll(a);
                taken.add(names.get(i));
                String found = search(g, left, inside, names, i + 1, taken, k, remainders);
                taken.removeLast();
                left.addAll(a);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
