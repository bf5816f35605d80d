/**
 * People: the directory, each person's profile and account, departments and their tree, and the
 * company values. Owns the {@code person}, {@code department} and {@code company_value} tables.
 */
@NullMarked
package app.bravo.people;

import org.jspecify.annotations.NullMarked;
