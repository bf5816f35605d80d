package app.bravo.wall;

import java.util.Map;
import java.util.Set;

/** A note's reactions: how many of each kind, and which kinds the reader gave. */
public record Reactions(Map<Reaction, Long> counts, Set<Reaction> mine) {

    public static final Reactions NONE = new Reactions(Map.of(), Set.of());

    public Reactions {
        counts = Map.copyOf(counts);
        mine = Set.copyOf(mine);
    }

    public long count(Reaction kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public boolean gave(Reaction kind) {
        return mine.contains(kind);
    }
}
