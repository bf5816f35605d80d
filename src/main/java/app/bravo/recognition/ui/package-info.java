/**
 * Recognition's screens: the kudos feed at {@code /kudos} with its filters, cards, reactions,
 * comments and add-ons; the "give kudos" dialog and its opener for other screens
 * ({@link app.bravo.recognition.ui.KudosDialogs}); and recognition's slots on other pages: the
 * "thank them" action on customer notes, the home-page card and the profile section.
 */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
