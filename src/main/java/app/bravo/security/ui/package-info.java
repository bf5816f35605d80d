/** The sign-in view. */
@NullMarked
package app.bravo.security.ui;

import org.jspecify.annotations.NullMarked;
