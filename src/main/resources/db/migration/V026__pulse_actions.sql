-- "You said, we did" action plans (issue 14 point 7, DESIGN section 2.4): what HR and managers do
-- about a closed round's results, tied to the round and optionally to one of its questions, with an
-- owner, a due date and a status, and the progress notes every employee follows. The title and body
-- are one text in the author's language, kept exactly as written (DD024). Actions go with their
-- round (ON DELETE CASCADE), so removing a survey's rounds removes what was said about them.

CREATE TABLE pulse_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT NOT NULL,
    question_id  BIGINT NULL,
    title        VARCHAR(160) NOT NULL,
    body         TEXT NOT NULL,
    owner_id     BIGINT NOT NULL,
    due_date     DATE NULL,                       -- company zone
    status       VARCHAR(12) NOT NULL,            -- PLANNED, IN_PROGRESS, DONE
    created_by   BIGINT NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    version      INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_pulse_action_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT fk_pulse_action_round FOREIGN KEY (round_id) REFERENCES pulse_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_action_question FOREIGN KEY (question_id) REFERENCES pulse_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_action_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_pulse_action_created_by FOREIGN KEY (created_by) REFERENCES person (id),
    INDEX ix_pulse_action_list (created_at, id),
    INDEX ix_pulse_action_status (status, created_at, id),
    INDEX ix_pulse_action_round (round_id, created_at, id),
    INDEX ix_pulse_action_question (question_id),
    INDEX ix_pulse_action_owner (owner_id),
    INDEX ix_pulse_action_created_by (created_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The progress timeline: one row per publication, status change or progress note, oldest first.
CREATE TABLE pulse_action_progress (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_id  BIGINT NOT NULL,
    status     VARCHAR(12) NOT NULL,
    note       TEXT NULL,
    by_id      BIGINT NOT NULL,
    at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_pulse_action_progress_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT fk_pulse_action_progress_action FOREIGN KEY (action_id) REFERENCES pulse_action (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_action_progress_by FOREIGN KEY (by_id) REFERENCES person (id),
    INDEX ix_pulse_action_progress_action (action_id, at, id),
    INDEX ix_pulse_action_progress_by (by_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
