/**
 * The wall's views for moderators: the moderation queue ({@code /wall/moderation}) with the personal
 * data found in each note highlighted and a redaction proposed, and the feedback CSV import
 * ({@code /wall/import}). User text is always set as text, never as HTML.
 */
@NullMarked
package app.bravo.wall.ui;

import org.jspecify.annotations.NullMarked;
