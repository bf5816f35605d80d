package app.bravo.recognition;

/**
 * The signed-in person's points: what is left of this month's allowance and how much it is, a
 * manager's team budget left ({@code manager} false: none), and the points they received and may
 * spend on rewards.
 */
public record MyPoints(long allowanceLeft, int allowancePerMonth, boolean manager, long teamBudgetLeft, long received) {
}
