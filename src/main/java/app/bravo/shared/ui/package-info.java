/**
 * Small building blocks every view uses: the per-tab language, theme and zone of the person in
 * front of the browser, the home and profile card slots, upload texts and background imports.
 * Depends on no feature and not on security.
 */
@NullMarked
package app.bravo.shared.ui;

import org.jspecify.annotations.NullMarked;
