/**
 * The wall's screens: the customer love wall with its filters, cards, reactions and comments, the
 * form that submits customer feedback, the moderation queue and the feedback CSV import, the
 * office screen (kiosk), and the wall's home-page cards (latest notes, note of the day) and
 * profile section.
 */
@NullMarked
package app.bravo.wall.ui;

import org.jspecify.annotations.NullMarked;
