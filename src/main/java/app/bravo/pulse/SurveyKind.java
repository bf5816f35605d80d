package app.bravo.pulse;

/** What a survey is for; results and the journey map read it. */
public enum SurveyKind { PULSE, ENPS, ENGAGEMENT, ONBOARDING, EXIT, JOURNEY }
