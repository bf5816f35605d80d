package app.bravo.pulse;

/** A survey's name in both languages, its kind and its two anonymity thresholds. */
public record SurveyForm(String nameEn, String nameFa, SurveyKind kind, int anonymityThreshold, int commentThreshold) {

    public static final int NAME_MAX = 160;
    /** No group smaller than this is ever shown, whatever a survey says (DESIGN section 2.4). */
    public static final int THRESHOLD_MIN = 3;
    public static final int DEFAULT_THRESHOLD = 5;
    public static final int DEFAULT_COMMENT_THRESHOLD = 8;
    public static final int THRESHOLD_MAX = 1000;

    /** A new survey with the default thresholds. */
    public static SurveyForm of(String nameEn, String nameFa, SurveyKind kind) {
        return new SurveyForm(nameEn, nameFa, kind, DEFAULT_THRESHOLD, DEFAULT_COMMENT_THRESHOLD);
    }
}
