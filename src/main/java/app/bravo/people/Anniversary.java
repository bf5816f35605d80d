package app.bravo.people;

import java.time.LocalDate;

/** A work anniversary: a person, how many years, and the day it falls on this year. */
public record Anniversary(PersonSummary person, int years, LocalDate date) {
}
