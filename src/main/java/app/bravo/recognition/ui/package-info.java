/** Recognition's views: the feed, the give dialog, and HR's administration of points. */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
