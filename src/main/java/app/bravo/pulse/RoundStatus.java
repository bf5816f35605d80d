package app.bravo.pulse;

/** A round is open from its opening until its close; it never reopens. */
public enum RoundStatus { OPEN, CLOSED }
