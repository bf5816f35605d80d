-- Anonymous conversations on pulse comments (issue 14 point 6, docs/decisions/DD022).
--
-- HR replies to a comment; its author, whom the server never learns, reads the reply and answers
-- back through a reply key only their browser holds (pulse_comment.reply_key_hash keeps its hash,
-- one hash per comment, each derived from the submission's key so that no stored value ties two
-- comments of one submission together).
--
-- A reply row holds its comment, which side wrote it, a sequence number within its thread (the
-- order of one conversation, nothing across comments or submissions), the text and, for HR's side
-- only, the person who wrote it and the day. The author's side has no person and no date: a CHECK
-- keeps them empty, so nothing stored says who answered or when. Ids are random 16 bytes.
CREATE TABLE pulse_reply (
    id          BINARY(16) NOT NULL PRIMARY KEY,
    comment_id  BINARY(16) NOT NULL,
    seq         INT NOT NULL,
    side        VARCHAR(6) NOT NULL,                 -- STAFF (HR, named) or AUTHOR (anonymous)
    staff_id    BIGINT NULL,                         -- STAFF only
    written_on  DATE NULL,                           -- STAFF only: the company day
    body        TEXT NOT NULL,
    CONSTRAINT uk_pulse_reply_seq UNIQUE (comment_id, seq),
    CONSTRAINT ck_pulse_reply_side CHECK (
        (side = 'STAFF' AND staff_id IS NOT NULL AND written_on IS NOT NULL)
        OR (side = 'AUTHOR' AND staff_id IS NULL AND written_on IS NULL)),
    CONSTRAINT ck_pulse_reply_seq CHECK (seq >= 1),
    CONSTRAINT fk_pulse_reply_comment FOREIGN KEY (comment_id) REFERENCES pulse_comment (id),
    CONSTRAINT fk_pulse_reply_staff FOREIGN KEY (staff_id) REFERENCES person (id),
    INDEX ix_pulse_reply_staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
