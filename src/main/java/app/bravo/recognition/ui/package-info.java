/**
 * Recognition's screens: the kudos feed at {@code /kudos} with its filters, cards, reactions,
 * comments and add-ons; the "give kudos" dialog and its opener for other screens
 * ({@link app.bravo.recognition.ui.KudosDialogs}); big wins (the nomination dialog and its opener,
 * the approvals queue of managers and HR, a nominator's own nominations); and recognition's slots
 * on other pages: the "thank them" action on customer notes, the home-page cards and the profile
 * sections (kudos, badges and values); leaderboards and HR's reciprocal pairs; HR's administration of points, budgets and award levels at {@code /kudos/admin}; rewards at {@code /rewards} and their management at {@code /rewards/manage}.
 */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
