/** Pulse's SQL stores, template loader and rounds job; no other feature touches them. */
@NullMarked
package app.bravo.pulse.internal;

import org.jspecify.annotations.NullMarked;
