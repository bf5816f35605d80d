/** Reading uploaded CSV text (encoding, delimiter, line numbers) and writing CSV files safe to open in a spreadsheet. */
@NullMarked
package app.bravo.shared.csv;

import org.jspecify.annotations.NullMarked;
