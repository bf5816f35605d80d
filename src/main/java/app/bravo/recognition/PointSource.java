package app.bravo.recognition;

/** Where a giver's points come from: their monthly allowance, or (managers, for their own people) their team budget. */
public enum PointSource {
    ALLOWANCE, TEAM_BUDGET
}
