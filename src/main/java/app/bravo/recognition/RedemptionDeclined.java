package app.bravo.recognition;

/** HR declined a redemption with a reason; the points came back by a refund row (tell the person). */
public record RedemptionDeclined(long redemptionId, long personId, long rewardId, String reason) {
}
