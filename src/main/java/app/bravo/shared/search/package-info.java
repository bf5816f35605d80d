/**
 * Word search that is precise for short words and Persian on any MariaDB server: one tokenizer in
 * Java ({@link app.bravo.shared.search.SearchTokens}) splits and normalises text the same way when
 * it is indexed and when it is searched, and {@link app.bravo.shared.search.TokenIndex} keeps the
 * words of each item in a feature's own indexed token table (docs/decisions/DD007-search-token-index.md).
 * Depends on no feature, so the wall and the practices share it.
 */
@NullMarked
package app.bravo.shared.search;

import org.jspecify.annotations.NullMarked;
