-- Peer recognition (issue 13, DESIGN section 2.2): kudos and big wins, the points ledger,
-- rewards, and the company calendar that allowances, leaderboards and pulse rounds count by.

-- The company calendar (app.bravo.shared.time.CompanyCalendar): one row.
CREATE TABLE company_calendar (
    id                 TINYINT PRIMARY KEY,
    calendar_system    VARCHAR(10) NOT NULL,    -- GREGORIAN or PERSIAN months
    first_day_of_week  VARCHAR(10) NOT NULL,    -- MONDAY ... SUNDAY
    CONSTRAINT ck_company_calendar_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO company_calendar (id, calendar_system, first_day_of_week) VALUES (1, 'GREGORIAN', 'MONDAY');

-- What HR sets for recognition: one row.
CREATE TABLE recognition_setting (
    id                   TINYINT PRIMARY KEY,
    monthly_allowance    INT NOT NULL DEFAULT 100,   -- 0: recognition without points
    team_budget_base     INT NOT NULL DEFAULT 0,
    team_budget_per_report INT NOT NULL DEFAULT 0,
    daily_cap_per_person INT NOT NULL DEFAULT 50,    -- most points one giver sends one person in a day
    value_required       BOOLEAN NOT NULL DEFAULT FALSE,
    point_value          DECIMAL(12,4) NOT NULL DEFAULT 0.01,  -- what a point is worth, for the liability
    currency             VARCHAR(3) NOT NULL DEFAULT 'EUR',
    version              INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_recognition_setting_one CHECK (id = 1),
    CONSTRAINT ck_recognition_setting_amounts CHECK (monthly_allowance >= 0 AND team_budget_base >= 0
        AND team_budget_per_report >= 0 AND daily_cap_per_person >= 0 AND point_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO recognition_setting (id) VALUES (1);

-- A department's own monthly allowance; its sub-departments inherit it unless they have their own.
CREATE TABLE department_allowance (
    department_id  BIGINT PRIMARY KEY,
    allowance      INT NOT NULL,
    CONSTRAINT ck_department_allowance CHECK (allowance >= 0),
    CONSTRAINT fk_department_allowance FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's own choices: leaderboards, and a birthday celebrated only if they opt in.
CREATE TABLE recognition_preference (
    person_id               BIGINT PRIMARY KEY,
    hidden_from_leaderboards BOOLEAN NOT NULL DEFAULT FALSE,
    celebrate_birthday      BOOLEAN NOT NULL DEFAULT FALSE,
    birthday_month          TINYINT NULL,
    birthday_day            TINYINT NULL,
    CONSTRAINT fk_recognition_preference_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_recognition_birthday CHECK ((birthday_month IS NULL AND birthday_day IS NULL)
        OR (birthday_month BETWEEN 1 AND 12 AND birthday_day BETWEEN 1 AND 31))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Big-win award levels that HR names (in English and Persian) and prices.
CREATE TABLE award_level (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_en    VARCHAR(60) NOT NULL,
    name_fa    VARCHAR(60) NOT NULL,
    points     INT NOT NULL,
    position   INT NOT NULL DEFAULT 0,
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    version    INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_award_level_points CHECK (points > 0),
    INDEX ix_award_level_order (active, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO award_level (name_en, name_fa, points, position) VALUES
    ('Thank you', 'سپاس', 5, 1),
    ('Great job', 'کارت عالی بود', 10, 2),
    ('Impressive', 'چشمگیر', 20, 3),
    ('Exceptional', 'استثنایی', 50, 4);

-- A kudos: a small win (published at once), a big win (a nomination that a manager or HR decides),
-- or a celebration the app posts (work anniversary, birthday; no giver).
CREATE TABLE kudos (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(12) NOT NULL,      -- SMALL, BIG, CELEBRATION
    status           VARCHAR(12) NOT NULL,      -- PUBLISHED, PENDING, DECLINED, DELETED
    giver_id         BIGINT NULL,               -- NULL for celebrations
    message          VARCHAR(1000) NOT NULL,
    quote            VARCHAR(2000) NULL,        -- the customer's words, when given from a wall note
    private_kudos    BOOLEAN NOT NULL DEFAULT FALSE, -- seen by the giver, the recipients and their managers
    award_level_id   BIGINT NULL,               -- big wins
    award_points     INT NULL,                  -- the level's price when nominated, per recipient
    approver_id      BIGINT NULL,               -- who decides a nomination; NULL: HR
    decided_by       BIGINT NULL,
    decision_note    VARCHAR(500) NULL,
    decided_at       TIMESTAMP(6) NULL,
    celebration_key  VARCHAR(80) NULL,          -- "ANNIVERSARY:<person>:<year>": once a year each
    hidden           BOOLEAN NOT NULL DEFAULT FALSE, -- hidden by a moderator
    hidden_by        VARCHAR(254) NULL,
    hidden_reason    VARCHAR(500) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    published_at     TIMESTAMP(6) NULL,         -- the feed's order: when it appeared (a big win at approval)
    edited_at        TIMESTAMP(6) NULL,
    version          INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_kudos_celebration UNIQUE (celebration_key),
    CONSTRAINT fk_kudos_giver FOREIGN KEY (giver_id) REFERENCES person (id),
    CONSTRAINT fk_kudos_award_level FOREIGN KEY (award_level_id) REFERENCES award_level (id),
    CONSTRAINT fk_kudos_approver FOREIGN KEY (approver_id) REFERENCES person (id),
    CONSTRAINT fk_kudos_decided_by FOREIGN KEY (decided_by) REFERENCES person (id),
    CONSTRAINT ck_kudos_kind CHECK (kind IN ('SMALL', 'BIG', 'CELEBRATION')),
    CONSTRAINT ck_kudos_status CHECK (status IN ('PUBLISHED', 'PENDING', 'DECLINED', 'DELETED')),
    INDEX ix_kudos_feed (status, hidden, published_at, id),
    INDEX ix_kudos_feed_kind (status, kind, hidden, published_at, id),
    INDEX ix_kudos_giver (giver_id, created_at),
    INDEX ix_kudos_queue (status, approver_id, created_at),
    INDEX ix_kudos_award_level (award_level_id),
    INDEX ix_kudos_decided_by (decided_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kudos_recipient (
    kudos_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    points     INT NOT NULL DEFAULT 0,          -- from the giver, per recipient (a big win: award_points)
    PRIMARY KEY (kudos_id, person_id),
    CONSTRAINT fk_kudos_recipient_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_recipient_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_kudos_recipient_points CHECK (points >= 0),
    INDEX ix_kudos_recipient_person (person_id, kudos_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kudos_value (
    kudos_id  BIGINT NOT NULL,
    value_id  BIGINT NOT NULL,
    PRIMARY KEY (kudos_id, value_id),
    CONSTRAINT fk_kudos_value_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_value_value FOREIGN KEY (value_id) REFERENCES company_value (id),
    INDEX ix_kudos_value_value (value_id, kudos_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "+1": a colleague joins a kudos with their own words and points (to each recipient), once.
CREATE TABLE kudos_addon (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kudos_id    BIGINT NOT NULL,
    giver_id    BIGINT NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    points      INT NOT NULL DEFAULT 0,         -- per recipient
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    hidden      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP(6) NOT NULL,
    edited_at   TIMESTAMP(6) NULL,
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_kudos_addon_once UNIQUE (kudos_id, giver_id),
    CONSTRAINT fk_kudos_addon_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_addon_giver FOREIGN KEY (giver_id) REFERENCES person (id),
    CONSTRAINT ck_kudos_addon_points CHECK (points >= 0),
    INDEX ix_kudos_addon_giver (giver_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kudos_reaction (
    kudos_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    reaction   VARCHAR(12) NOT NULL,
    PRIMARY KEY (kudos_id, person_id, reaction),
    CONSTRAINT fk_kudos_reaction_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_reaction_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    INDEX ix_kudos_reaction_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kudos_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kudos_id    BIGINT NOT NULL,
    author_id   BIGINT NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    hidden      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP(6) NOT NULL,
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_kudos_comment_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    INDEX ix_kudos_comment_kudos (kudos_id, created_at, id),
    INDEX ix_kudos_comment_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Anyone may report an abusive kudos or comment once; a moderator resolves it.
CREATE TABLE kudos_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kudos_id     BIGINT NOT NULL,
    comment_id   BIGINT NULL,                   -- NULL: the kudos itself
    target_key   VARCHAR(40) NOT NULL,          -- "K<kudos>" or "C<comment>", for the once-only key
    reporter_id  BIGINT NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    resolved_at  TIMESTAMP(6) NULL,
    resolved_by  VARCHAR(254) NULL,
    CONSTRAINT uk_kudos_report_once UNIQUE (target_key, reporter_id),
    CONSTRAINT fk_kudos_report_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_report_comment FOREIGN KEY (comment_id) REFERENCES kudos_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_kudos_report_reporter FOREIGN KEY (reporter_id) REFERENCES person (id),
    INDEX ix_kudos_report_open (resolved_at, created_at),
    INDEX ix_kudos_report_kudos (kudos_id),
    INDEX ix_kudos_report_comment (comment_id),
    INDEX ix_kudos_report_reporter (reporter_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rewards that HR offers for received points.
CREATE TABLE reward (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_en         VARCHAR(80) NOT NULL,
    name_fa         VARCHAR(80) NOT NULL,
    description_en  VARCHAR(1000) NOT NULL DEFAULT '',
    description_fa  VARCHAR(1000) NOT NULL DEFAULT '',
    photo_key       CHAR(22) NULL,
    cost            INT NOT NULL,
    stock           INT NULL,                   -- NULL: unlimited; never below zero
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(6) NOT NULL,
    version         INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_reward_photo FOREIGN KEY (photo_key) REFERENCES stored_file (file_key) ON DELETE SET NULL,
    CONSTRAINT ck_reward_cost CHECK (cost > 0),
    CONSTRAINT ck_reward_stock CHECK (stock IS NULL OR stock >= 0),
    INDEX ix_reward_photo (photo_key),
    INDEX ix_reward_active (active, cost)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE redemption (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    reward_id    BIGINT NOT NULL,
    person_id    BIGINT NOT NULL,
    cost         INT NOT NULL,                  -- the price when redeemed
    status       VARCHAR(12) NOT NULL,          -- PENDING, FULFILLED, DECLINED
    reason       VARCHAR(500) NULL,             -- why HR declined
    decided_by   BIGINT NULL,
    decided_at   TIMESTAMP(6) NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    version      INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_redemption_reward FOREIGN KEY (reward_id) REFERENCES reward (id),
    CONSTRAINT fk_redemption_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_redemption_decided_by FOREIGN KEY (decided_by) REFERENCES person (id),
    CONSTRAINT ck_redemption_status CHECK (status IN ('PENDING', 'FULFILLED', 'DECLINED')),
    INDEX ix_redemption_queue (status, created_at, id),
    INDEX ix_redemption_person (person_id, created_at),
    INDEX ix_redemption_reward (reward_id),
    INDEX ix_redemption_decided_by (decided_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The points ledger (STYLE.md: never a balance column). An account holds points: a person's
-- monthly allowance (to give), what they received (to spend on rewards), a manager's team budget,
-- and the company budget that pays for big wins. A balance is always the sum of its movements.
CREATE TABLE point_account (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,            -- ALLOWANCE, RECEIVED, TEAM_BUDGET, COMPANY_BUDGET
    person_id  BIGINT NULL,                     -- NULL only for the one company budget
    CONSTRAINT uk_point_account UNIQUE (kind, person_id),
    CONSTRAINT fk_point_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_point_account_kind CHECK (kind IN ('ALLOWANCE', 'RECEIVED', 'TEAM_BUDGET', 'COMPANY_BUDGET')),
    CONSTRAINT ck_point_account_owner CHECK ((kind = 'COMPANY_BUDGET') = (person_id IS NULL)),
    INDEX ix_point_account_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The company budget: one row, made here so that no two instances can make two.
INSERT INTO point_account (id, kind, person_id) VALUES (1, 'COMPANY_BUDGET', NULL);

-- One movement of points: from one account to another; a grant or top-up has no source, an expiry
-- or a redemption no destination. Grants and expiries carry a once-only key per account and month,
-- so a rerun (a restart, a second instance, a catch-up after downtime) adds nothing.
CREATE TABLE point_movement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(16) NOT NULL,        -- GRANT, GIFT, ADD_ON, BIG_WIN, REDEMPTION, REFUND, EXPIRY, REVERSAL, TOP_UP
    from_account   BIGINT NULL,
    to_account     BIGINT NULL,
    amount         INT NOT NULL,
    period         VARCHAR(8) NULL,             -- the company month of a grant or expiry (G2026-12, P1405-09)
    once_key       VARCHAR(80) NULL,            -- GRANT:<account>:<period>, EXPIRY:<account>:<period>
    kudos_id       BIGINT NULL,
    addon_id       BIGINT NULL,
    redemption_id  BIGINT NULL,
    reverses       BIGINT NULL,                 -- the movement this one gives back (once)
    actor          VARCHAR(254) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_point_movement_once UNIQUE (once_key),
    CONSTRAINT uk_point_movement_reverses UNIQUE (reverses),
    CONSTRAINT fk_point_movement_from FOREIGN KEY (from_account) REFERENCES point_account (id),
    CONSTRAINT fk_point_movement_to FOREIGN KEY (to_account) REFERENCES point_account (id),
    CONSTRAINT fk_point_movement_kudos FOREIGN KEY (kudos_id) REFERENCES kudos (id),
    CONSTRAINT fk_point_movement_addon FOREIGN KEY (addon_id) REFERENCES kudos_addon (id),
    CONSTRAINT fk_point_movement_redemption FOREIGN KEY (redemption_id) REFERENCES redemption (id),
    CONSTRAINT fk_point_movement_reverses FOREIGN KEY (reverses) REFERENCES point_movement (id),
    CONSTRAINT ck_point_movement_amount CHECK (amount > 0),
    CONSTRAINT ck_point_movement_ends CHECK (from_account IS NOT NULL OR to_account IS NOT NULL),
    CONSTRAINT ck_point_movement_kind CHECK (kind IN ('GRANT', 'GIFT', 'ADD_ON', 'BIG_WIN', 'REDEMPTION',
        'REFUND', 'EXPIRY', 'REVERSAL', 'TOP_UP')),
    INDEX ix_point_movement_from (from_account, created_at),
    INDEX ix_point_movement_to (to_account, created_at),
    INDEX ix_point_movement_kudos (kudos_id),
    INDEX ix_point_movement_addon (addon_id),
    INDEX ix_point_movement_redemption (redemption_id),
    INDEX ix_point_movement_account_kind (to_account, kind, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
