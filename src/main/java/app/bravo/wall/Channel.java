package app.bravo.wall;

/** How the customer's words reached us. */
public enum Channel {
    EMAIL, SURVEY, CALL, CHAT, SOCIAL, REVIEW, IN_PERSON, OTHER
}
