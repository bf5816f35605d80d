package app.bravo.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of HR's list of surveys; {@code closedRounds} of its {@code rounds} have results to read. */
public record SurveySummary(long id, String nameEn, String nameFa, SurveyKind kind, SurveyStatus status,
                            Recurrence recurrence, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
                            int questions, int rounds, int closedRounds) {

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
