package app.bravo.recognition;

import java.math.BigDecimal;

/**
 * What HR sets for recognition: the monthly allowance that people without a department allowance
 * get (0: recognition without points), a manager's team budget (a base plus an amount per active
 * direct report), the most points one giver may send one person in a day, whether a kudos needs a
 * company value, and what a point is worth (for the points liability).
 */
public record RecognitionSettings(int monthlyAllowance, int teamBudgetBase, int teamBudgetPerReport, int dailyCap,
                                  boolean valueRequired, BigDecimal pointValue, String currency) {

    /** The most points of any amount HR sets: far above any sensible month, far below an overflow. */
    public static final int POINTS_MAX = 1_000_000;
    public static final BigDecimal POINT_VALUE_MAX = new BigDecimal("99999999.9999");
    public static final int POINT_VALUE_SCALE = 4;
}
