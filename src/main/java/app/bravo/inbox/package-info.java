/**
 * The in-app inbox: short messages to one person (a kudos received, a nomination to decide, a
 * redemption fulfilled), each an i18n key with text parameters, translated when shown in the
 * reader's language, with a link inside the app and read or unread. Features write to it from
 * their event listeners through {@link app.bravo.inbox.Inbox}; a person reads their own through
 * {@link app.bravo.inbox.InboxService} and {@code /inbox}. Like the audit log it sits below the
 * features and depends only on the shared kernel and security. Owns the {@code inbox_message} table.
 * <p>
 * A feature tells someone by listening to its own past-tense event with Spring Modulith's
 * {@code @ApplicationModuleListener} (after commit, asynchronous, in a transaction of its own,
 * recorded in the event publication registry so that nothing is lost when the app stops; see
 * docs/decisions/DD017-event-publication-registry.md):
 * <pre>
 * &#64;ApplicationModuleListener
 * void on(KudosGiven event) {
 *     for (long id : event.recipientIds()) {
 *         inbox.post(id, "kudos.inbox.received", List.of(giverName), "kudos/" + event.kudosId());
 *     }
 * }
 * </pre>
 */
@NullMarked
package app.bravo.inbox;

import org.jspecify.annotations.NullMarked;
