package app.bravo.pulse;

/** Where a "you said, we did" action stands. */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE }
