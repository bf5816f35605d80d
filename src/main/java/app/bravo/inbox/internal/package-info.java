/**
 * The inbox's table and its queries, which nothing outside the inbox touches, and the job that
 * resubmits failed event publications (the registry's table is the inbox's V017).
 */
@NullMarked
package app.bravo.inbox.internal;

import org.jspecify.annotations.NullMarked;
