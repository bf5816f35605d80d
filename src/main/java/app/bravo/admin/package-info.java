/**
 * Administration that belongs to no single feature: the audit log of privileged actions, API tokens
 * for integrations with the security chain of {@code /api/**} that checks them (and, as they come,
 * kiosk tokens, retention and settings). Owns the {@code audit_entry} and {@code api_token} tables.
 */
@NullMarked
package app.bravo.admin;

import org.jspecify.annotations.NullMarked;
