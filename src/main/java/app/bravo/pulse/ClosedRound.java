package app.bravo.pulse;

import java.time.LocalDate;

/** A closed round an action can answer: its survey's names and the day it closed. */
public record ClosedRound(long roundId, long surveyId, String nameEn, String nameFa, LocalDate closeDate) {

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
