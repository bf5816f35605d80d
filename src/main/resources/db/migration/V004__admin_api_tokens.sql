-- API tokens for integrations. Only the SHA-256 hash of a token is kept; the token itself is shown
-- once, when it is made. The prefix (the token's first characters) lets an administrator recognise it.

CREATE TABLE api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(80) NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    prefix        VARCHAR(16) NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_used_at  TIMESTAMP(6) NULL,
    revoked_at    TIMESTAMP(6) NULL,
    version       INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    INDEX ix_api_token_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
