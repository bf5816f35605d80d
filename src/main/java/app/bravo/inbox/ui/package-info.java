/** The inbox page at {@code /inbox} and the unread badge that the shell's menu shows. */
@NullMarked
package app.bravo.inbox.ui;

import org.jspecify.annotations.NullMarked;
