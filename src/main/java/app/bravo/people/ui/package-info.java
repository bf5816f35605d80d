/** The directory, profiles and the administration of people, departments and values. */
@NullMarked
package app.bravo.people.ui;

import org.jspecify.annotations.NullMarked;
