/** The home page, which gathers what each feature offers at a glance. Owns no data. */
@NullMarked
package app.bravo.home;

import org.jspecify.annotations.NullMarked;
