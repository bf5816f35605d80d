package app.bravo.recognition;

/**
 * What a badge is awarded for. Badges are computed from the kudos each time (no table): they count
 * published, public kudos that no moderator hid, small and big wins alike.
 */
public enum BadgeKind {
    /** Received a first kudos. */
    FIRST_KUDOS(1),
    /** Received ten kudos. */
    TEN_KUDOS(10),
    /** Received fifty kudos. */
    FIFTY_KUDOS(50),
    /** Gave ten kudos. */
    GENEROUS_GIVER(10),
    /**
     * Received the most kudos tied to one company value in one company month (of the last twelve
     * months that have ended); when several people tie for the most, each of them is champion.
     */
    VALUE_CHAMPION(1),
    /** Received an approved big win. */
    BIG_WIN(1);

    private final int threshold;

    BadgeKind(int threshold) {
        this.threshold = threshold;
    }

    /** How many kudos (received, or given for the giver's badge) it takes. */
    public int threshold() {
        return threshold;
    }
}
