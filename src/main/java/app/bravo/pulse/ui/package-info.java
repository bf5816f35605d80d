/** Pulse's views: my open pulses, answering one, and the home card. */
@NullMarked
package app.bravo.pulse.ui;

import org.jspecify.annotations.NullMarked;
