package app.bravo.pulse;

/**
 * How long someone has worked here, in bands wide enough to group by: the audience may be chosen by
 * band, and an answer keeps its author's band (never the hire date) for results. The bands are
 * counted in SQL from the hire date (app.bravo.pulse.internal.RoundStore), in whole months.
 */
public enum TenureBand {
    /** Less than 3 months. */
    UNDER_3_MONTHS,
    /** 3 to 11 months. */
    UNDER_1_YEAR,
    /** 1 to 2 years. */
    UNDER_3_YEARS,
    /** 3 to 4 years. */
    UNDER_5_YEARS,
    /** 5 years or more. */
    OVER_5_YEARS,
    /** No hire date known. */
    UNKNOWN
}
