package app.bravo.pulse.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The linear span of the shown groups' atom vectors: what an attacker can compute by adding and
 * subtracting shown counts (and, since averages and distributions add up the same way, shown
 * figures). Gaussian elimination modulo the prime 2^31-1: a vector in the rational span is in this
 * span too; the reverse can fail only with negligible probability, and then errs on the side of
 * suppressing more.
 */
final class DisclosureSpan {

    private static final long P = 2_147_483_647L;

    private final int width;
    private final int generators;
    private final List<long[]> rows = new ArrayList<>();
    private final List<long[]> combos = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    /** The span of these 0/1 vectors, each of {@code width} atoms. */
    DisclosureSpan(int width, List<boolean[]> vectors) {
        this.width = width;
        this.generators = vectors.size();
        for (int i = 0; i < vectors.size(); i++) {
            long[] combo = new long[generators];
            combo[i] = 1;
            long[] v = reduce(toLong(vectors.get(i)), combo);
            int pivot = firstNonZero(v);
            if (pivot >= 0) {
                long inverse = inverse(v[pivot]);
                scale(v, inverse);
                scale(combo, inverse);
                rows.add(v);
                combos.add(combo);
                pivots.add(pivot);
            }
        }
    }

    boolean contains(boolean[] vector) {
        return firstNonZero(reduce(toLong(vector), new long[generators])) < 0;
    }

    /**
     * Coefficients (modulo P, indexed like the generators) of one way to write this vector from the
     * generators, or null when it is not in the span.
     */
    long @Nullable [] express(boolean[] vector) {
        long[] combo = new long[generators];
        long[] rest = reduce(toLong(vector), combo);
        if (firstNonZero(rest) >= 0) {
            return null;
        }
        // rest = vector - sum(f_j * row_j) = 0, and combo holds -sum(f_j * combo_j)
        for (int i = 0; i < combo.length; i++) {
            combo[i] = (P - combo[i]) % P;
        }
        return combo;
    }

    private long[] reduce(long[] v, long[] combo) {
        for (int j = 0; j < rows.size(); j++) {
            int pivot = pivots.get(j);
            long f = v[pivot];
            if (f != 0) {
                subtract(v, rows.get(j), f);
                subtract(combo, combos.get(j), f);
            }
        }
        return v;
    }

    private static void subtract(long[] target, long[] row, long factor) {
        for (int i = 0; i < target.length; i++) {
            if (row[i] != 0) {
                target[i] = Math.floorMod(target[i] - factor * row[i] % P, P);
            }
        }
    }

    private static void scale(long[] v, long factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i] * factor % P;
        }
    }

    private long[] toLong(boolean[] vector) {
        long[] v = new long[width];
        for (int i = 0; i < width; i++) {
            v[i] = vector[i] ? 1 : 0;
        }
        return v;
    }

    private static int firstNonZero(long[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a % P;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
