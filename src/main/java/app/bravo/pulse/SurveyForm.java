package app.bravo.pulse;

/** A survey's name in both languages, its kind and its two anonymity thresholds. */
public record SurveyForm(String nameEn, String nameFa, SurveyKind kind, int anonymityThreshold, int commentThreshold) {

    public static final int NAME_MAX = 160;
    /** No group smaller than this is ever shown, whatever a survey says (DESIGN section 2.4). */
    public static final int THRESHOLD_MIN = 3;
    public static final int DEFAULT_THRESHOLD = 5;
    public static final int DEFAULT_COMMENT_THRESHOLD = 8;
    /**
     * The highest threshold, for answers and comments alike: groups must stay showable in a company of
     * any size, and the disclosure engine works up to its own limit of 62 (DisclosurePlan.MAX_THRESHOLD).
     */
    public static final int THRESHOLD_MAX = 50;

    /** A new survey with the default thresholds. */
    public static SurveyForm of(String nameEn, String nameFa, SurveyKind kind) {
        return new SurveyForm(nameEn, nameFa, kind, DEFAULT_THRESHOLD, DEFAULT_COMMENT_THRESHOLD);
    }
}
