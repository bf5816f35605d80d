package app.bravo.recognition;

/** What the signed-in person can spend (the sum of their received account's rows) and the first page of their history. */
public record MyBalance(long balance, PointsPage history) {
}
