/**
 * The little that every feature shares: the base entity, the embedded database for a fresh
 * machine, time and calendars, translations, and the application shell ({@code shared.ui}).
 */
@NullMarked
package app.bravo.shared;

import org.jspecify.annotations.NullMarked;
