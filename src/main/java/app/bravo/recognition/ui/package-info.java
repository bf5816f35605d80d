/**
 * Big wins on screen: the nomination dialog (and its public opener for the feed and profiles), the
 * approvals queue of managers and HR, a nominator's own nominations, and the home page's big-wins card.
 */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
