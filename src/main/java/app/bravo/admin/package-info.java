/**
 * Administration that belongs to no single feature: API tokens for integrations with the security
 * chain of {@code /api/**} that checks them, office-screen (kiosk) tokens, and the company calendar's
 * setting (months and first day of the week, kept by {@code shared.time.CompanyCalendar} in its
 * {@code company_calendar} row; later: retention). Owns the {@code api_token} and {@code kiosk_token} tables. The audit log lives in its
 * own package, {@code app.bravo.audit}, below every feature.
 */
@NullMarked
package app.bravo.admin;

import org.jspecify.annotations.NullMarked;
