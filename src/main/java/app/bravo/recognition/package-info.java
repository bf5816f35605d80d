/**
 * Peer recognition (DESIGN section 2.2): kudos for small wins and approved big wins tied to the
 * company values, the points ledger with monthly allowances, team budgets and the company budget,
 * the rewards catalog, the live feed, leaderboards, badges and celebrations. It owns the tables of
 * V016 except {@code company_calendar}, which belongs to {@code shared.time.CompanyCalendar}.
 */
@NullMarked
package app.bravo.recognition;

import org.jspecify.annotations.NullMarked;
