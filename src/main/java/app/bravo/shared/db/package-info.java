/** The embedded MariaDB that lets Bravo start on a fresh machine with no database server. */
@NullMarked
package app.bravo.shared.db;

import org.jspecify.annotations.NullMarked;
