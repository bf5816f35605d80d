/**
 * The application shell: the main layout with its menus, the per-tab language, direction and
 * theme, and the pages and messages a person sees when something goes wrong.
 */
@NullMarked
package app.bravo.shared.ui;

import org.jspecify.annotations.NullMarked;
