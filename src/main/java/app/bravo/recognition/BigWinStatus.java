package app.bravo.recognition;

/** Where a big-win nomination stands: waiting for its decider, approved and celebrated, or declined with a note. */
public enum BigWinStatus {
    PENDING, PUBLISHED, DECLINED
}
