/** Reading uploaded CSV text: encoding, delimiter, line numbers. */
@NullMarked
package app.bravo.shared.csv;

import org.jspecify.annotations.NullMarked;
