-- Reactions and comments on published wall notes. A person reacts at most once per kind to a
-- note (the primary key); comments are stored as typed and hidden, never deleted, by moderators.

CREATE TABLE note_reaction (
    note_id     BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    kind        VARCHAR(12) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_note_reaction UNIQUE (note_id, person_id, kind),
    CONSTRAINT fk_note_reaction_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_note_reaction_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_note_reaction_note_kind (note_id, kind),
    INDEX ix_note_reaction_person (person_id, note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE note_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    note_id     BIGINT NOT NULL,
    author_id   BIGINT NULL,                -- NULL: the author's account was erased
    body        VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    hidden      BOOLEAN NOT NULL DEFAULT FALSE,
    hidden_by   BIGINT NULL,
    hidden_at   TIMESTAMP(6) NULL,
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_note_comment_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_note_comment_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT fk_note_comment_hidden_by FOREIGN KEY (hidden_by) REFERENCES person (id) ON DELETE SET NULL,
    INDEX ix_note_comment_note (note_id, hidden, created_at),
    INDEX ix_note_comment_author (author_id),
    INDEX ix_note_comment_hidden_by (hidden_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
