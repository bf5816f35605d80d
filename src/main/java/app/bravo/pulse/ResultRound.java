package app.bravo.pulse;

import java.time.LocalDate;

/** A closed round of a survey, whose results HR can read: its id and the company day it closed. */
public record ResultRound(long id, LocalDate closeDate) {
}
