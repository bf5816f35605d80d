/** Live updates: events that reach open screens through Vaadin push. */
@NullMarked
package app.bravo.shared.live;

import org.jspecify.annotations.NullMarked;
