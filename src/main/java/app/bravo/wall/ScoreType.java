package app.bravo.wall;

/** The scale of a customer's score: Net Promoter (0-10) or customer satisfaction (1-5). */
public enum ScoreType {
    NPS(0, 10), CSAT(1, 5);

    private final int min;
    private final int max;

    ScoreType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }
}
