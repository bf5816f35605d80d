/** The inbox's table and its queries; nothing outside the inbox touches them. */
@NullMarked
package app.bravo.inbox.internal;

import org.jspecify.annotations.NullMarked;
