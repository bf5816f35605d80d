/** Translations (one bundle per feature, English and Persian) and the languages Bravo speaks. */
@NullMarked
package app.bravo.shared.i18n;

import org.jspecify.annotations.NullMarked;
