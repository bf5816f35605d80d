package app.bravo.pulse;

/** How often a survey's rounds recur, in the company calendar. */
public enum Recurrence { NONE, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY }
