package app.bravo.pulse;

import java.time.LocalDate;

/** A round whose results HR has published to every employee (DD023), dates only. */
public record PublishedRound(long roundId, long surveyId, String nameEn, String nameFa, LocalDate closeDate,
                             LocalDate publishedOn) {

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
