package app.bravo.recognition;

/** Where a redemption stands: waiting for HR, fulfilled (the person got the reward), or declined (points refunded). */
public enum RedemptionStatus { PENDING, FULFILLED, DECLINED }
