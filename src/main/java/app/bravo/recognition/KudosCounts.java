package app.bravo.recognition;

/** How many published public kudos a person received and gave (a profile's numbers). */
public record KudosCounts(long received, long given) {
}
