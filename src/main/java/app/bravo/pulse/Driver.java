package app.bravo.pulse;

/** What a question measures, for the heatmap of departments by drivers. */
public enum Driver { RECOGNITION, GROWTH, MANAGER, WELLBEING, CUSTOMER_FOCUS, TEAMWORK, PURPOSE, WORKLOAD, COMMUNICATION, LOYALTY }
