-- Office screens (/kiosk/{token}). As with API tokens only the SHA-256 hash of a screen's secret is
-- kept; the secret is shown once, inside the screen's address. The prefix lets an administrator
-- recognise a screen. A screen without departments shows every published note.

CREATE TABLE kiosk_token (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(80) NOT NULL,
    token_hash        VARCHAR(64) NOT NULL,
    prefix            VARCHAR(16) NOT NULL,
    rotation_seconds  INT NOT NULL DEFAULT 15,
    created_by        VARCHAR(254) NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_seen_at      TIMESTAMP(6) NULL,
    revoked_at        TIMESTAMP(6) NULL,
    version           INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_kiosk_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_kiosk_token_rotation CHECK (rotation_seconds BETWEEN 5 AND 300),
    INDEX ix_kiosk_token_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kiosk_token_department (
    token_id       BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (token_id, department_id),
    CONSTRAINT fk_kiosk_token_department_token FOREIGN KEY (token_id) REFERENCES kiosk_token (id) ON DELETE CASCADE,
    CONSTRAINT fk_kiosk_token_department_department FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE,
    INDEX ix_kiosk_token_department_department (department_id, token_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
