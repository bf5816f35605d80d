/**
 * The customer love wall: customer feedback notes that come in through the form and the intake API,
 * their moderation (personal data found and redacted, approve, edit, reject, archive) and the
 * published wall. Owns the {@code feedback_note}, {@code feedback_credit_person},
 * {@code feedback_credit_department} and {@code feedback_tag} tables. Nothing is public before a
 * moderator approves it; approval publishes {@link app.bravo.wall.FeedbackApproved} for other
 * features (notifications, profiles) to handle after commit.
 */
@NullMarked
package app.bravo.wall;

import org.jspecify.annotations.NullMarked;
