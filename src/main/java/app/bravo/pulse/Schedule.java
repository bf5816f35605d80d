package app.bravo.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a survey runs, in company days: a one-off survey ({@link Recurrence#NONE}) is open from the
 * start of {@code opensOn} to the start of {@code closesOn}; a recurring one has a round in every
 * period (week, two weeks, month, quarter of the company calendar) from {@code opensOn} on, each
 * open for its period, until {@code closesOn} (none: until HR ends it).
 */
public record Schedule(LocalDate opensOn, @Nullable LocalDate closesOn, Recurrence recurrence) {
}
