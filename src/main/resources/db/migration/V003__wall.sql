-- The customer love wall: feedback notes from the form, CSV imports and the intake API, their
-- moderation, and whom they credit. Nothing is shown on the wall before status PUBLISHED.

CREATE TABLE feedback_note (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    status         VARCHAR(12) NOT NULL,
    quote          VARCHAR(2000) NOT NULL,
    redacted       BOOLEAN NOT NULL DEFAULT FALSE,
    customer_name  VARCHAR(120) NULL,          -- NULL: an anonymous customer
    company        VARCHAR(120) NULL,
    channel        VARCHAR(12) NOT NULL,
    score          INT NULL,
    score_type     VARCHAR(4) NULL,
    received_on    DATE NOT NULL,
    submitted_by   BIGINT NULL,                -- NULL: came through the API
    source         VARCHAR(8) NOT NULL,
    external_id    VARCHAR(120) NULL,
    reject_reason  VARCHAR(500) NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    published_at   TIMESTAMP(6) NULL,
    moderated_by   BIGINT NULL,
    moderated_at   TIMESTAMP(6) NULL,
    featured_on    DATE NULL,                  -- the day it is the note of the day
    version        INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_feedback_note_external_id UNIQUE (external_id),
    CONSTRAINT uk_feedback_note_featured_on UNIQUE (featured_on),
    CONSTRAINT ck_feedback_note_score CHECK (
        (score IS NULL AND score_type IS NULL)
        OR (score_type = 'NPS' AND score BETWEEN 0 AND 10)
        OR (score_type = 'CSAT' AND score BETWEEN 1 AND 5)),
    CONSTRAINT fk_feedback_note_submitted_by FOREIGN KEY (submitted_by) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT fk_feedback_note_moderated_by FOREIGN KEY (moderated_by) REFERENCES person (id) ON DELETE SET NULL,
    INDEX ix_feedback_note_status_published (status, published_at),
    INDEX ix_feedback_note_status_created (status, created_at),
    INDEX ix_feedback_note_channel_published (channel, status, published_at),
    INDEX ix_feedback_note_received (status, received_on),
    INDEX ix_feedback_note_submitted_by (submitted_by),
    INDEX ix_feedback_note_moderated_by (moderated_by),
    FULLTEXT INDEX ft_feedback_note_text (quote, customer_name, company)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback_credit_person (
    note_id    BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (note_id, person_id),
    CONSTRAINT fk_feedback_credit_person_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_credit_person_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_feedback_credit_person_person (person_id, note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback_credit_department (
    note_id        BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (note_id, department_id),
    CONSTRAINT fk_feedback_credit_department_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_credit_department_department FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE,
    INDEX ix_feedback_credit_department_department (department_id, note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback_tag (
    note_id  BIGINT NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    PRIMARY KEY (note_id, tag),
    CONSTRAINT fk_feedback_tag_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    INDEX ix_feedback_tag_tag (tag, note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
