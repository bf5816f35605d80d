/** Recognition's repositories and helpers, above all the points ledger; no other feature touches them. */
@NullMarked
package app.bravo.recognition.internal;

import org.jspecify.annotations.NullMarked;
