package app.bravo.pulse;

/** A stage of the employee journey, from hiring to leaving (issue 14 point 8). */
public enum JourneyStage { RECRUITING, ONBOARDING, EVERYDAY_WORK, GROWTH, RECOGNITION, LEAVING }
