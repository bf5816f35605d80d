/** Time: instants in UTC, shown in the reader's zone and calendar (Gregorian or Jalali). */
@NullMarked
package app.bravo.shared.time;

import org.jspecify.annotations.NullMarked;
