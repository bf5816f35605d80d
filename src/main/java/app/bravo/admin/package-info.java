/**
 * Administration that belongs to no single feature: the audit log of privileged actions (and, as
 * they come, API and kiosk tokens, retention and settings).
 */
@NullMarked
package app.bravo.admin;

import org.jspecify.annotations.NullMarked;
