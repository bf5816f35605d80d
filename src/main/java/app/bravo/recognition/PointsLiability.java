package app.bravo.recognition;

import java.math.BigDecimal;

/**
 * The points people hold and have not redeemed yet (the sum of every received account's rows) and
 * what they are worth at HR's rate: {@code worth = points × pointValue}, in {@code currency}.
 */
public record PointsLiability(long points, BigDecimal pointValue, BigDecimal worth, String currency) {
}
