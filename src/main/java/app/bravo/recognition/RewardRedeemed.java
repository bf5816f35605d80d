package app.bravo.recognition;

/** A person redeemed points for a reward; HR fulfils or declines it. */
public record RewardRedeemed(long redemptionId, long personId, long rewardId, int cost) {
}
