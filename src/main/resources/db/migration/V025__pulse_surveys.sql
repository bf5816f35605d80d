-- Pulse surveys (issue 14, DESIGN section 2.4): surveys and their questions, the rounds they recur
-- in, who has answered a round (participation) and the anonymous answers.
--
-- The anonymity promise is kept by the shape of the answer tables: pulse_response, pulse_answer,
-- pulse_answer_choice and pulse_comment hold no person, no time at all (a response belongs to its
-- round, whose close date is the finest time there is), and no key that follows the order of
-- submission (their ids are random 16 bytes made in Java, and InnoDB keeps rows in id order, so the
-- physical order is random too). No foreign key leads from them to person or pulse_participation.
-- What results need to group by is copied at submission: the respondent's department and tenure
-- band, read against the round's department tree as it was at close (pulse_round_tree).

CREATE TABLE pulse_survey (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_en              VARCHAR(160) NOT NULL,
    name_fa              VARCHAR(160) NOT NULL,
    kind                 VARCHAR(20) NOT NULL,        -- SurveyKind
    template_key         VARCHAR(60) NULL,            -- the shipped template it was made from
    anonymity_threshold  INT NOT NULL DEFAULT 5,
    comment_threshold    INT NOT NULL DEFAULT 8,
    opens_on             DATE NULL,                   -- company zone; the first day a round may open
    closes_on            DATE NULL,                   -- company zone; rounds end by its start (a one-off closes then)
    recurrence           VARCHAR(12) NOT NULL DEFAULT 'NONE',
    status               VARCHAR(12) NOT NULL DEFAULT 'DRAFT',  -- DRAFT, SCHEDULED, ENDED
    created_by           BIGINT NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    version              INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_pulse_survey_threshold CHECK (anonymity_threshold >= 3),
    CONSTRAINT ck_pulse_survey_comment_threshold CHECK (comment_threshold >= anonymity_threshold),
    CONSTRAINT ck_pulse_survey_dates CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on > opens_on),
    CONSTRAINT fk_pulse_survey_created_by FOREIGN KEY (created_by) REFERENCES person (id),
    INDEX ix_pulse_survey_created_by (created_by),
    INDEX ix_pulse_survey_status (status, opens_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audience: no rows in either table is everyone; departments include their sub-departments.
CREATE TABLE pulse_survey_department (
    survey_id      BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (survey_id, department_id),
    CONSTRAINT fk_pulse_survey_department_survey FOREIGN KEY (survey_id) REFERENCES pulse_survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_pulse_survey_department_department FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE,
    INDEX ix_pulse_survey_department_department (department_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_survey_tenure (
    survey_id  BIGINT NOT NULL,
    band       VARCHAR(16) NOT NULL,                  -- TenureBand
    PRIMARY KEY (survey_id, band),
    CONSTRAINT fk_pulse_survey_tenure_survey FOREIGN KEY (survey_id) REFERENCES pulse_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id      BIGINT NOT NULL,
    position       INT NOT NULL,
    type           VARCHAR(10) NOT NULL,               -- AGREE_5, SCALE_10, SINGLE, MULTI, TEXT
    text_en        VARCHAR(500) NOT NULL,
    text_fa        VARCHAR(500) NOT NULL,
    required       BOOLEAN NOT NULL DEFAULT TRUE,
    driver         VARCHAR(24) NULL,                   -- Driver
    journey_stage  VARCHAR(16) NULL,                   -- JourneyStage
    CONSTRAINT fk_pulse_question_survey FOREIGN KEY (survey_id) REFERENCES pulse_survey (id) ON DELETE CASCADE,
    INDEX ix_pulse_question_survey (survey_id, position),
    INDEX ix_pulse_question_driver (driver),
    INDEX ix_pulse_question_stage (journey_stage)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_choice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT NOT NULL,
    position     INT NOT NULL,
    text_en      VARCHAR(200) NOT NULL,
    text_fa      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_pulse_choice_question FOREIGN KEY (question_id) REFERENCES pulse_question (id) ON DELETE CASCADE,
    INDEX ix_pulse_choice_question (question_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One occurrence of a survey. Its thresholds and audience are copied when it opens and never change
-- after, so that nobody can lower the threshold or widen the audience between two looks.
CREATE TABLE pulse_round (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id            BIGINT NOT NULL,
    period_key           VARCHAR(20) NOT NULL,         -- ONCE, W2026-12-07, B2026-12-07, G2026-12, P1405-09, GQ2026-4, PQ1405-3
    opens_at             TIMESTAMP(6) NOT NULL,
    closes_at            TIMESTAMP(6) NOT NULL,
    open_date            DATE NOT NULL,                -- the company day it opens: tenure bands of the audience are counted on it
    close_date           DATE NOT NULL,                -- the company day it closes: the finest time its answers carry
    anonymity_threshold  INT NOT NULL,
    comment_threshold    INT NOT NULL,
    audience_all_departments BOOLEAN NOT NULL,
    audience_size        INT NOT NULL,                 -- active people in the audience at open: the response rate's base
    status               VARCHAR(8) NOT NULL,          -- OPEN, CLOSED
    reminder_step        INT NOT NULL DEFAULT 0,       -- the last reminder step sent
    closed_at            TIMESTAMP(6) NULL,
    CONSTRAINT uk_pulse_round_period UNIQUE (survey_id, period_key),
    CONSTRAINT ck_pulse_round_threshold CHECK (anonymity_threshold >= 3 AND comment_threshold >= anonymity_threshold),
    CONSTRAINT ck_pulse_round_times CHECK (closes_at > opens_at),
    CONSTRAINT fk_pulse_round_survey FOREIGN KEY (survey_id) REFERENCES pulse_survey (id),
    INDEX ix_pulse_round_status (status, closes_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audience as it was at open: the chosen departments with every sub-department of that moment.
CREATE TABLE pulse_round_department (
    round_id       BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (round_id, department_id),
    CONSTRAINT fk_pulse_round_department_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    INDEX ix_pulse_round_department_department (department_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_round_tenure (
    round_id  BIGINT NOT NULL,
    band      VARCHAR(16) NOT NULL,
    PRIMARY KEY (round_id, band),
    CONSTRAINT fk_pulse_round_tenure_round FOREIGN KEY (round_id) REFERENCES pulse_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The department tree as it was when the round closed: results group by it, not by today's tree.
CREATE TABLE pulse_round_tree (
    round_id       BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    parent_id      BIGINT NULL,
    name           VARCHAR(120) NOT NULL,
    PRIMARY KEY (round_id, department_id),
    CONSTRAINT fk_pulse_round_tree_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    INDEX ix_pulse_round_tree_parent (round_id, parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has answered a round: stops a second answer and tells reminders whom to spare. Nothing else:
-- no time, no order, no link to the answers.
CREATE TABLE pulse_participation (
    round_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (round_id, person_id),
    CONSTRAINT fk_pulse_participation_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_participation_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_pulse_participation_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One anonymous submission: a random id, its round, and the grouping attributes results need.
-- department_id has no foreign key: the round's tree snapshot names it even after the department goes.
CREATE TABLE pulse_response (
    id             BINARY(16) NOT NULL PRIMARY KEY,
    round_id       BIGINT NOT NULL,
    department_id  BIGINT NULL,
    tenure_band    VARCHAR(16) NOT NULL,
    CONSTRAINT fk_pulse_response_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    INDEX ix_pulse_response_group (round_id, department_id, tenure_band)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The answer to one closed question: a number (AGREE_5 1-5, SCALE_10 0-10), or choices below.
CREATE TABLE pulse_answer (
    response_id    BINARY(16) NOT NULL,
    question_id    BIGINT NOT NULL,
    numeric_value  INT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_pulse_answer_response FOREIGN KEY (response_id) REFERENCES pulse_response (id),
    CONSTRAINT fk_pulse_answer_question FOREIGN KEY (question_id) REFERENCES pulse_question (id),
    INDEX ix_pulse_answer_question (question_id, numeric_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pulse_answer_choice (
    response_id  BINARY(16) NOT NULL,
    question_id  BIGINT NOT NULL,
    choice_id    BIGINT NOT NULL,
    PRIMARY KEY (response_id, question_id, choice_id),
    CONSTRAINT fk_pulse_answer_choice_answer FOREIGN KEY (response_id, question_id) REFERENCES pulse_answer (response_id, question_id),
    CONSTRAINT fk_pulse_answer_choice_choice FOREIGN KEY (choice_id) REFERENCES pulse_choice (id),
    INDEX ix_pulse_answer_choice_choice (choice_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Free-text answers, apart from the response they came with (their own, higher threshold; no link
-- back to the scores), each with its own random id. reply_key_hash is the hash of the reply key only
-- the author's browser holds (issue 14 point 6).
CREATE TABLE pulse_comment (
    id              BINARY(16) NOT NULL PRIMARY KEY,
    round_id        BIGINT NOT NULL,
    question_id     BIGINT NOT NULL,
    department_id   BIGINT NULL,
    tenure_band     VARCHAR(16) NOT NULL,
    body            TEXT NOT NULL,
    reply_key_hash  BINARY(32) NULL,
    CONSTRAINT uk_pulse_comment_reply_key UNIQUE (reply_key_hash),
    CONSTRAINT fk_pulse_comment_round FOREIGN KEY (round_id) REFERENCES pulse_round (id),
    CONSTRAINT fk_pulse_comment_question FOREIGN KEY (question_id) REFERENCES pulse_question (id),
    INDEX ix_pulse_comment_group (round_id, question_id, department_id, tenure_band)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
