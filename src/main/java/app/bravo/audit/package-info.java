/**
 * The audit log of privileged actions: who did what to which person, note, token or setting, and
 * when. Every feature writes to it, so it sits below them and depends on nothing but the shared
 * kernel and the signed-in person. Owns the {@code audit_entry} table and the {@code /admin/audit}
 * view.
 */
@NullMarked
package app.bravo.audit;

import org.jspecify.annotations.NullMarked;
