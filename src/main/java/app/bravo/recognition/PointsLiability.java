package app.bravo.recognition;

import java.math.BigDecimal;

/** The points people hold and have not redeemed yet, and what they are worth at HR's point value. */
public record PointsLiability(long points, BigDecimal worth, String currency, BigDecimal pointValue) {

    /** The points held, worth {@code pointValue} each. */
    public static PointsLiability at(long points, BigDecimal pointValue, String currency) {
        return new PointsLiability(points, pointValue.multiply(BigDecimal.valueOf(points)), currency, pointValue);
    }
}
