/** Recognition's views: the rewards catalog with my points and redemptions, and HR's management of them. */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
