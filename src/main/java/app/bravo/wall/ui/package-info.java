/** The wall's views: the office screen (kiosk) and the home page's note of the day. */
@NullMarked
package app.bravo.wall.ui;

import org.jspecify.annotations.NullMarked;
