/**
 * The wall's screens: the customer love wall with its filters, cards, reactions and comments, the
 * form that submits customer feedback, and the wall's home-page card and profile section.
 */
@NullMarked
package app.bravo.wall.ui;

import org.jspecify.annotations.NullMarked;
