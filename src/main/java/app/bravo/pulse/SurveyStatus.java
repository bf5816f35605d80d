package app.bravo.pulse;

/** A survey is a draft until HR schedules it; the rounds job ends it after its last round. */
public enum SurveyStatus { DRAFT, SCHEDULED, ENDED }
