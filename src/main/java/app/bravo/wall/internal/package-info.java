/** The wall's repositories and helpers (the personal-data scanner); no other feature uses them. */
@NullMarked
package app.bravo.wall.internal;

import org.jspecify.annotations.NullMarked;
