package app.bravo.pulse;

import java.time.Instant;

/** A round the signed-in person may answer now. */
public record OpenRound(long roundId, long surveyId, String nameEn, String nameFa, Instant closesAt, int questions) {

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
