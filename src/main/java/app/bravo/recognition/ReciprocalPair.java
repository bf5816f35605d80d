package app.bravo.recognition;

import app.bravo.people.PersonSummary;

/**
 * Two people who recognised each other in a period (HR's view against gaming): the kudos and
 * add-ons each gave the other and their points, everything each gave anyone in the period, and all
 * points given in the period by anyone. {@code a} is the one with the lower id.
 */
public record ReciprocalPair(PersonSummary a, PersonSummary b,
                             long kudosAToB, long pointsAToB, long kudosBToA, long pointsBToA,
                             long givenByA, long givenByB, long allPoints) {

    /** "Mostly": each gave at least half of their recognition in the period to the other. */
    public static final double MOSTLY = 0.5;

    /** The share of A's recognition (kudos and add-ons, by count) that went to B. */
    public double shareOfAToB() {
        return givenByA == 0 ? 0 : (double) kudosAToB / givenByA;
    }

    /** The share of B's recognition (kudos and add-ons, by count) that went to A. */
    public double shareOfBToA() {
        return givenByB == 0 ? 0 : (double) kudosBToA / givenByB;
    }

    public boolean mostly() {
        return shareOfAToB() >= MOSTLY && shareOfBToA() >= MOSTLY;
    }

    /** The points the two gave each other, as a share of all points given in the period. */
    public double shareOfAllPoints() {
        return allPoints == 0 ? 0 : (double) (pointsAToB + pointsBToA) / allPoints;
    }
}
