-- "My submissions": one person's notes newest first, paged by keyset on (created_at, id).
-- The new index also serves the foreign key on submitted_by, so the old one-column index goes.
CREATE INDEX ix_feedback_note_submitted_created ON feedback_note (submitted_by, created_at, id);
DROP INDEX ix_feedback_note_submitted_by ON feedback_note;

-- The audit log speaks the reader's language: what happened is stored as a message key with named
-- parameters (JSON), rendered when shown; subject is the name of the person, note, token or screen
-- concerned at the time. Rows written before keep their English details and no message key.
ALTER TABLE audit_entry
    ADD COLUMN subject     VARCHAR(200)  NULL AFTER target_id,
    ADD COLUMN message_key VARCHAR(80)   NULL AFTER details,
    ADD COLUMN params      VARCHAR(4000) NULL AFTER message_key;
