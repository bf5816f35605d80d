/**
 * The application shell: the main layout with its menus and avatar menu, the set-up of every new
 * browser tab (the signed-in person's language, direction and theme) and the pages and messages a
 * person sees when something goes wrong. It sits above security and the shared kernel and below no
 * feature: features show themselves in it through {@code @Menu} and the shared slots.
 */
@NullMarked
package app.bravo.shell;

import org.jspecify.annotations.NullMarked;
