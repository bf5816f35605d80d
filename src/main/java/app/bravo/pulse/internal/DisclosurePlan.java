package app.bravo.pulse.internal;

import app.bravo.shared.UserError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Which groups' figures of one round, for one measure, may be shown (issue 14, point 3;
 * docs/decisions/DD020-pulse-disclosure.md). Pure Java: the results service gives it the round's
 * locked department tree, its tenure bands, the count of one measure per atom (department × band,
 * from one SQL aggregate) and the threshold, and shows only what {@link #count} returns.
 * <p>
 * The groups are "all", each department with its sub-departments, each band, and each department
 * × band crossing (with a single band there are no band groups: they would equal "all" and the
 * departments). Think of them as a table: one row per department node (plus the company's row),
 * one column per band plus the total column; a row is the sum of its children's rows and of the
 * department's own people, the total column the sum of the band columns.
 * <p>
 * <b>What it guarantees</b>, for the groups it shows together, with k the threshold:
 * <ol>
 * <li>every shown group has at least k;
 * <li>no group below k, shown or not, can be computed exactly by adding and subtracting shown
 *     counts (a linear-span test over the atoms), and a group that can be so computed counts as
 *     known in the next rule, although the plan does not show it;
 * <li>for every known group G and every set of pairwise disjoint known groups strictly inside G
 *     (any mix of sub-departments, crossings and bands), G minus their sum is 0 or at least k: this
 *     covers "all" minus "all but X", a parent minus all its shown children, "all" minus the
 *     shown bands, a department minus its shown crossings, and a single hidden cell of a row or
 *     column of the table recovered from its margin.
 * </ol>
 * It gets there by primary suppression (every group below k) and then, to a fixed point, one more
 * suppression per violation found: for rule 3 the smallest shown group of the offending set (the
 * smallest sibling), for rule 2 the smallest shown group the derivation needs. Suppressing only
 * ever removes ways to subtract, so a group found clean stays clean; ties are broken by the
 * department id and the band's place, so the same input always gives the same plan.
 * <p>
 * <b>What it does not cover</b> (DD020): bounds rather than exact values (a hidden pair summing to
 * 9 tells each is at most 9); combinations other than a group minus disjoint known groups that
 * happen to yield a small set (inclusion-exclusion over overlapping groups, checked only where the
 * result is itself a candidate group); what an attacker knows from outside (who was on leave); and
 * differences between plans of different measures, rounds or thresholds, which the service must
 * avoid by planning each measure once per closed round on its locked tree and threshold.
 */
public final class DisclosurePlan {

    /** The lowest threshold a round may have (issue 14, point 1). */
    public static final int MIN_THRESHOLD = 3;
    /** The highest threshold the engine handles (its sets of small sums are 64-bit masks). */
    public static final int MAX_THRESHOLD = 62;
    /** The most tenure bands the engine handles (it walks every subset of them). */
    public static final int MAX_BANDS = 8;

    private final int threshold;
    private final Map<Long, Integer> nodeOf;
    private final List<String> bands;
    private final long[][] counts;
    private final boolean[][] shown;
    private final boolean bandGroups;

    private DisclosurePlan(int threshold, Map<Long, Integer> nodeOf, List<String> bands, long[][] counts,
                           boolean[][] shown, boolean bandGroups) {
        this.threshold = threshold;
        this.nodeOf = nodeOf;
        this.bands = bands;
        this.counts = counts;
        this.shown = shown;
        this.bandGroups = bandGroups;
    }

    /**
     * Plans one measure of a round.
     *
     * @param departments the round's locked tree: unique ids, each parent in the list, no cycles
     * @param bands the tenure bands in display order, at least one and at most {@value #MAX_BANDS}
     * @param atoms the measure's count per own department and band (repeats are added up)
     * @param threshold k, from {@value #MIN_THRESHOLD} to {@value #MAX_THRESHOLD}
     */
    public static DisclosurePlan of(List<DisclosureDepartment> departments, List<String> bands,
                                    List<DisclosureCount> atoms, int threshold) {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("threshold " + threshold + " outside " + MIN_THRESHOLD + ".." + MAX_THRESHOLD);
        }
        if (bands.isEmpty() || bands.size() > MAX_BANDS || new HashSet<>(bands).size() != bands.size()) {
            throw new IllegalArgumentException("bands must be 1.." + MAX_BANDS + " distinct names: " + bands);
        }
        return new Engine(departments, List.copyOf(bands), atoms, threshold).run();
    }

    public int threshold() {
        return threshold;
    }

    /** Whether this group's figures may be shown; false for a department or band the round does not know. */
    public boolean shows(DisclosureGroup group) {
        int[] cell = cell(group);
        return cell != null && shown[cell[0]][cell[1]];
    }

    /** The group's count if it may be shown; empty when hidden, so a small group's count is hidden too. */
    public OptionalLong count(DisclosureGroup group) {
        int[] cell = cell(group);
        return cell != null && shown[cell[0]][cell[1]] ? OptionalLong.of(counts[cell[0]][cell[1]]) : OptionalLong.empty();
    }

    /**
     * The group's count for a filter the user asked for, or a refusal that says why without telling
     * whether the group is small or hidden to protect another: both are "hidden".
     *
     * @throws UserError {@code pulse.disclosure.unknown-department}, {@code pulse.disclosure.unknown-band}
     *         or {@code pulse.disclosure.hidden}
     */
    public long require(DisclosureGroup group) {
        if (group.departmentId() != null && !nodeOf.containsKey(group.departmentId())) {
            throw new UserError("pulse.disclosure.unknown-department");
        }
        if (group.band() != null && !bands.contains(group.band())) {
            throw new UserError("pulse.disclosure.unknown-band");
        }
        OptionalLong count = count(group);
        if (count.isEmpty()) {
            throw new UserError("pulse.disclosure.hidden", threshold);
        }
        return count.getAsLong();
    }

    /** Every group the plan shows: "all" first, then bands, then departments by id, each with its crossings. */
    public List<DisclosureGroup> shownGroups() {
        var result = new ArrayList<DisclosureGroup>();
        var ids = new ArrayList<>(nodeOf.keySet());
        ids.sort(Comparator.naturalOrder());
        var nodes = new ArrayList<@Nullable Long>();
        nodes.add(null);
        nodes.addAll(ids);
        for (Long id : nodes) {
            int n = id == null ? 0 : nodeOf.get(id);
            if (shown[n][bands.size()]) {
                result.add(new DisclosureGroup(id, null));
            }
            for (int b = 0; bandGroups && b < bands.size(); b++) {
                if (shown[n][b]) {
                    result.add(new DisclosureGroup(id, bands.get(b)));
                }
            }
        }
        return result;
    }

    private int @Nullable [] cell(DisclosureGroup group) {
        Integer n = group.departmentId() == null ? Integer.valueOf(0) : nodeOf.get(group.departmentId());
        if (n == null) {
            return null;
        }
        if (group.band() == null) {
            return new int[] {n, bands.size()};
        }
        int b = bands.indexOf(group.band());
        if (b < 0) {
            return null;
        }
        // with one band, a band group is the same people as its department (or "all")
        return new int[] {n, bandGroups ? b : bands.size()};
    }

    /**
     * The computation. Node 0 is the company (its own people are those in no department), nodes
     * 1.. the departments in id order; column b &lt; B is a band, column B the total. Atom n*B+b is
     * node n's own people in band b.
     */
    private static final class Engine {

        private final int k;
        private final int bandCount;
        private final int total;
        private final boolean bandGroups;
        private final int allBands;
        private final Map<Long, Integer> nodeOf = new HashMap<>();
        private final long[] ids;
        private final int[][] children;
        private final long[][] own;
        private final long[][] count;
        private final boolean[][] shown;
        private final List<String> bands;
        private boolean[][] known;

        Engine(List<DisclosureDepartment> departments, List<String> bands, List<DisclosureCount> atoms, int k) {
            this.k = k;
            this.bands = bands;
            this.bandCount = bands.size();
            this.total = bandCount;
            this.bandGroups = bandCount > 1;
            this.allBands = (1 << bandCount) - 1;
            var sorted = new ArrayList<>(departments);
            sorted.sort(Comparator.comparingLong(DisclosureDepartment::id));
            int nodes = sorted.size() + 1;
            ids = new long[nodes];
            for (int i = 0; i < sorted.size(); i++) {
                if (nodeOf.put(sorted.get(i).id(), i + 1) != null) {
                    throw new IllegalArgumentException("department " + sorted.get(i).id() + " twice in the tree");
                }
                ids[i + 1] = sorted.get(i).id();
            }
            int[] parent = new int[nodes];
            var kids = new ArrayList<List<Integer>>();
            for (int n = 0; n < nodes; n++) {
                kids.add(new ArrayList<>());
            }
            for (int i = 0; i < sorted.size(); i++) {
                Long p = sorted.get(i).parentId();
                Integer pn = p == null ? Integer.valueOf(0) : nodeOf.get(p);
                if (pn == null) {
                    throw new IllegalArgumentException("parent " + p + " of department " + ids[i + 1] + " is not in the tree");
                }
                parent[i + 1] = pn;
                kids.get(pn).add(i + 1);
            }
            for (int n = 1; n < nodes; n++) {
                int steps = 0;
                for (int a = n; a != 0; a = parent[a]) {
                    if (++steps > nodes) {
                        throw new IllegalArgumentException("the tree has a cycle through department " + ids[n]);
                    }
                }
            }
            children = new int[nodes][];
            for (int n = 0; n < nodes; n++) {
                children[n] = kids.get(n).stream().mapToInt(Integer::intValue).toArray();
            }
            own = new long[nodes][bandCount];
            for (DisclosureCount c : atoms) {
                Integer n = c.departmentId() == null ? Integer.valueOf(0) : nodeOf.get(c.departmentId());
                int b = bands.indexOf(c.band());
                if (n == null || b < 0) {
                    throw new IllegalArgumentException("count for an unknown department or band: " + c);
                }
                own[n][b] += c.respondents();
            }
            count = new long[nodes][bandCount + 1];
            sum(0);
            shown = new boolean[nodes][bandCount + 1];
            for (int n = 0; n < nodes; n++) {
                for (int c = 0; c <= bandCount; c++) {
                    shown[n][c] = exists(c) && count[n][c] >= k;
                }
            }
            known = shown;
        }

        private void sum(int n) {
            for (int b = 0; b < bandCount; b++) {
                count[n][b] = own[n][b];
            }
            for (int child : children[n]) {
                sum(child);
                for (int b = 0; b < bandCount; b++) {
                    count[n][b] += count[child][b];
                }
            }
            count[n][total] = Arrays.stream(count[n], 0, bandCount).sum();
        }

        private boolean exists(int column) {
            return column == total || bandGroups;
        }

        DisclosurePlan run() {
            var order = new ArrayList<int[]>();
            for (int n = 0; n < ids.length; n++) {
                for (int c = 0; c <= bandCount; c++) {
                    if (exists(c)) {
                        order.add(new int[] {n, c});
                    }
                }
            }
            // smallest first: local suppressions settle the big groups' sums too
            order.sort(Comparator.<int[]>comparingLong(g -> count[g[0]][g[1]]).thenComparingInt(g -> g[0]).thenComparingInt(g -> g[1]));
            var clean = new HashSet<Integer>();
            while (true) {
                List<int[]> shownList = order.stream().filter(g -> shown[g[0]][g[1]]).toList();
                var span = new DisclosureSpan(atomCount(), shownList.reversed().stream().map(this::vector).toList());
                known = new boolean[ids.length][bandCount + 1];
                int[] small = null;
                for (int[] g : order) {
                    known[g[0]][g[1]] = shown[g[0]][g[1]] || span.contains(vector(g));
                    long c = count[g[0]][g[1]];
                    if (small == null && known[g[0]][g[1]] && !shown[g[0]][g[1]] && c > 0 && c < k) {
                        small = g;
                    }
                }
                if (small != null) {
                    suppressNeeded(span, shownList, vector(small));
                    continue;
                }
                boolean changed = false;
                for (int[] g : order) {
                    int key = g[0] * (bandCount + 1) + g[1];
                    if (!known[g[0]][g[1]] || clean.contains(key)) {
                        continue;
                    }
                    List<int[]> family = violation(g);
                    if (family == null) {
                        clean.add(key);
                        continue;
                    }
                    int[] smallest = family.stream().filter(f -> shown[f[0]][f[1]])
                            .min(Comparator.<int[]>comparingLong(f -> count[f[0]][f[1]]).thenComparingInt(f -> f[0]).thenComparingInt(f -> f[1]))
                            .orElse(null);
                    if (smallest != null) {
                        shown[smallest[0]][smallest[1]] = false;
                    } else {
                        suppressNeeded(span, shownList, remainder(g, family));
                    }
                    changed = true;
                    break;
                }
                if (!changed) {
                    return new DisclosurePlan(k, Map.copyOf(nodeOf), bands, count, shown, bandGroups);
                }
            }
        }

        /** Hides the smallest shown group that a derivation of this small set uses. */
        private void suppressNeeded(DisclosureSpan span, List<int[]> shownList, boolean[] small) {
            long[] coefficients = span.express(small);
            if (coefficients == null) {
                throw new IllegalStateException("a known set outside the span");
            }
            List<int[]> generators = shownList.reversed();
            int[] pick = null;
            for (int i = 0; i < generators.size(); i++) {
                int[] g = generators.get(i);
                if (coefficients[i] != 0 && (pick == null || count[g[0]][g[1]] < count[pick[0]][pick[1]]
                        || count[g[0]][g[1]] == count[pick[0]][pick[1]] && (g[0] < pick[0] || g[0] == pick[0] && g[1] < pick[1]))) {
                    pick = g;
                }
            }
            if (pick == null) {
                throw new IllegalStateException("a small set derived from nothing");
            }
            shown[pick[0]][pick[1]] = false;
        }

        private int atomCount() {
            return ids.length * bandCount;
        }

        /** The atoms of group (n, c): n's subtree in band c, or in every band for the total. */
        private boolean[] vector(int[] g) {
            boolean[] v = new boolean[atomCount()];
            mark(v, g[0], g[1] == total ? allBands : 1 << g[1]);
            return v;
        }

        private void mark(boolean[] v, int n, int bandMask) {
            for (int b = 0; b < bandCount; b++) {
                if ((bandMask & 1 << b) != 0) {
                    v[n * bandCount + b] = true;
                }
            }
            for (int child : children[n]) {
                mark(v, child, bandMask);
            }
        }

        private boolean[] remainder(int[] g, List<int[]> family) {
            boolean[] v = vector(g);
            for (int[] f : family) {
                boolean[] part = vector(f);
                for (int i = 0; i < v.length; i++) {
                    v[i] &= !part[i];
                }
            }
            return v;
        }

        /**
         * Pairwise disjoint known groups strictly inside g whose sum leaves between 1 and k-1 of g,
         * or null if there are none. A dynamic programme over g's subtree: at each node the family
         * either takes the node's department (only if no band of it is taken above), or takes some
         * of the node's crossings in the bands still open and goes on below with the rest.
         */
        private @Nullable List<int[]> violation(int[] g) {
            var walk = new Walk(g);
            int open = g[1] == total ? allBands : 1 << g[1];
            long sums = walk.sums(g[0], open, true);
            for (int r = 1; r < k; r++) {
                if ((sums & 1L << r) != 0) {
                    return walk.family(g[0], open, true, r);
                }
            }
            return null;
        }

        /** The capped sums of one group's families: bit s set when s uncovered people can remain (bit k: k or more). */
        private final class Walk {

            private final int[] g;
            private final Map<Integer, Long> memo = new HashMap<>();

            Walk(int[] g) {
                this.g = g;
            }

            long sums(int n, int open, boolean root) {
                if (!root) {
                    Long m = memo.get(n * 256 + open);
                    if (m != null) {
                        return m;
                    }
                }
                long result = 0;
                if (takesDepartment(n, open, root)) {
                    result |= 1;
                }
                for (int taken = open; ; taken = (taken - 1) & open) {
                    if (takesCrossings(n, taken, root)) {
                        result |= below(n, open & ~taken);
                    }
                    if (taken == 0) {
                        break;
                    }
                }
                if (!root) {
                    memo.put(n * 256 + open, result);
                }
                return result;
            }

            private long below(int n, int open) {
                if (open == 0) {
                    return 1;
                }
                long s = single(ownIn(n, open));
                for (int child : children[n]) {
                    s = add(s, sums(child, open, false));
                }
                return s;
            }

            @Nullable List<int[]> family(int n, int open, boolean root, int target) {
                if (takesDepartment(n, open, root) && target == 0) {
                    return new ArrayList<>(List.of(new int[] {n, total}));
                }
                for (int taken = open; ; taken = (taken - 1) & open) {
                    if (takesCrossings(n, taken, root)) {
                        List<int[]> rest = familyBelow(n, open & ~taken, target);
                        if (rest != null) {
                            for (int b = 0; b < bandCount; b++) {
                                if ((taken & 1 << b) != 0) {
                                    rest.add(new int[] {n, b});
                                }
                            }
                            return rest;
                        }
                    }
                    if (taken == 0) {
                        return null;
                    }
                }
            }

            private @Nullable List<int[]> familyBelow(int n, int open, int target) {
                if (open == 0) {
                    return target == 0 ? new ArrayList<>() : null;
                }
                int[] kids = children[n];
                long[] prefix = new long[kids.length + 1];
                prefix[0] = single(ownIn(n, open));
                for (int i = 0; i < kids.length; i++) {
                    prefix[i + 1] = add(prefix[i], sums(kids[i], open, false));
                }
                if ((prefix[kids.length] & 1L << target) == 0) {
                    return null;
                }
                var result = new ArrayList<int[]>();
                int left = target;
                for (int i = kids.length - 1; i >= 0; i--) {
                    long child = sums(kids[i], open, false);
                    for (int v = 0; v <= left; v++) {
                        if ((child & 1L << v) != 0 && (prefix[i] & 1L << (left - v)) != 0) {
                            List<int[]> part = family(kids[i], open, false, v);
                            result.addAll(part == null ? List.of() : part);
                            left -= v;
                            break;
                        }
                    }
                }
                return result;
            }

            private boolean takesDepartment(int n, int open, boolean root) {
                return !root && open == allBands && known[n][total];
            }

            private boolean takesCrossings(int n, int taken, boolean root) {
                for (int b = 0; b < bandCount; b++) {
                    if ((taken & 1 << b) != 0 && (!bandGroups || !known[n][b] || root && g[1] == b)) {
                        return false;
                    }
                }
                return true;
            }
        }

        private long ownIn(int n, int open) {
            long s = 0;
            for (int b = 0; b < bandCount; b++) {
                if ((open & 1 << b) != 0) {
                    s += own[n][b];
                }
            }
            return s;
        }

        private long single(long value) {
            return 1L << Math.min(value, k);
        }

        /** The capped sumset of two capped sets. */
        private long add(long a, long b) {
            long result = 0;
            long belowK = (1L << k) - 1;
            for (int i = 0; i <= k; i++) {
                if ((a & 1L << i) == 0) {
                    continue;
                }
                if (i == k) {
                    if (b != 0) {
                        result |= 1L << k;
                    }
                    continue;
                }
                result |= (b << i) & belowK;
                if ((b >>> (k - i)) != 0) {
                    result |= 1L << k;
                }
            }
            return result;
        }
    }
}
