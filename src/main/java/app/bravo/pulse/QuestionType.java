package app.bravo.pulse;

/** How a question is answered. */
public enum QuestionType {
    /** Strongly disagree (1) to strongly agree (5). */
    AGREE_5(1, 5),
    /** 0 to 10, as eNPS asks. */
    SCALE_10(0, 10),
    /** One of the question's choices. */
    SINGLE(0, 0),
    /** Any of the question's choices. */
    MULTI(0, 0),
    /** Free text, kept apart as a comment. */
    TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean numeric() {
        return this == AGREE_5 || this == SCALE_10;
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTI;
    }
}
