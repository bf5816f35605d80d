/**
 * Recognition's views: the leaderboard with a person's own leaderboard and birthday settings, HR's
 * reciprocal pairs, and the badges and values on a profile (a {@link app.bravo.shared.ui.ProfileCard}).
 */
@NullMarked
package app.bravo.recognition.ui;

import org.jspecify.annotations.NullMarked;
