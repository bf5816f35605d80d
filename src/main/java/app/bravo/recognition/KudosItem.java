package app.bravo.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A kudos as the feed shows it to one reader: who gave it (none for a celebration), to whom, the
 * points each recipient got, the words (and the customer's, when it thanks people for a wall note),
 * the values, a big win's award level, the add-ons, the reactions with the reader's own, the number
 * of visible comments, and what the reader may do with it. {@code hidden} is only ever true for
 * moderators, who see hidden kudos marked.
 */
public record KudosItem(long id, KudosKind kind, @Nullable KudosPerson giver, List<KudosPerson> recipients, int pointsEach,
                        String message, @Nullable String quote, boolean privateKudos, boolean hidden,
                        @Nullable String hiddenReason, List<Value> values, @Nullable String awardLevelEn,
                        @Nullable String awardLevelFa, Instant createdAt, Instant publishedAt, @Nullable Instant editedAt,
                        List<AddOn> addOns, Reactions reactions, long comments, boolean mayEdit, boolean mayAddOn) {

    /** A company value the kudos shows. */
    public record Value(long id, String name, String nameFa) {
        /** The value's name in the reader's language. */
        public String name(java.util.Locale locale) {
            return app.bravo.shared.i18n.Language.of(locale) == app.bravo.shared.i18n.Language.PERSIAN ? nameFa : name;
        }

    }

    /** A colleague's "+1": their own words and the points each recipient got from them. */
    public record AddOn(long id, KudosPerson giver, String message, int pointsEach, Instant createdAt) {
    }

    /** How many of each reaction a kudos has, and which the reader gave. */
    public record Reactions(java.util.Map<KudosReaction, Long> counts, java.util.Set<KudosReaction> mine) {

        public static final Reactions NONE = new Reactions(java.util.Map.of(), java.util.Set.of());

        public Reactions {
            counts = java.util.Map.copyOf(counts);
            mine = java.util.Set.copyOf(mine);
        }

        public long count(KudosReaction kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public boolean gave(KudosReaction kind) {
            return mine.contains(kind);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public KudosItem {
        recipients = List.copyOf(recipients);
        values = List.copyOf(values);
        addOns = List.copyOf(addOns);
    }

    /** A big win's award level in the reader's language (Persian or English); null for other kinds. */
    public @Nullable String awardLevel(Locale locale) {
        return "fa".equals(locale.getLanguage()) && awardLevelFa != null ? awardLevelFa : awardLevelEn;
    }

    /** The points each recipient got in all: the kudos's own and every add-on's. */
    public int totalPointsEach() {
        return pointsEach + addOns.stream().mapToInt(AddOn::pointsEach).sum();
    }

    public List<Long> recipientIds() {
        return recipients.stream().map(KudosPerson::id).toList();
    }
}
