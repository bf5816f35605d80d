package app.bravo.recognition;

/** HR fulfilled a redemption (tell the person). */
public record RedemptionApproved(long redemptionId, long personId, long rewardId) {
}
