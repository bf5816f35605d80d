-- API tokens belong to an integration and carry scopes (README "Posting feedback from another
-- system", docs/decisions/DD008-api-integrations-and-scopes.md). A token replaced by a new one keeps its
-- integration, so the integration's externalIds and notes stay its own.

CREATE TABLE api_integration (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(80) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version     INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every token made so far becomes an integration of its own, with the two things it could do
INSERT INTO api_integration (id, name, created_at) SELECT id, name, created_at FROM api_token;

ALTER TABLE api_token ADD COLUMN integration_id BIGINT NULL AFTER name;
UPDATE api_token SET integration_id = id;
ALTER TABLE api_token
    MODIFY integration_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_api_token_integration FOREIGN KEY (integration_id) REFERENCES api_integration (id),
    ADD INDEX ix_api_token_integration (integration_id, created_at);

CREATE TABLE api_token_scope (
    token_id  BIGINT NOT NULL,
    scope     VARCHAR(20) NOT NULL,
    PRIMARY KEY (token_id, scope),
    CONSTRAINT fk_api_token_scope_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO api_token_scope (token_id, scope)
    SELECT id, 'FEEDBACK_INTAKE' FROM api_token UNION ALL SELECT id, 'WALL_READ' FROM api_token;

-- Which integration posted a note, and externalId unique per integration: notes from the form and
-- CSV imports (no integration) share scope 0, as the import expects.
ALTER TABLE feedback_note
    ADD COLUMN api_integration_id BIGINT NULL AFTER submitted_by,
    ADD COLUMN external_scope BIGINT AS (COALESCE(api_integration_id, 0)) PERSISTENT,
    DROP INDEX uk_feedback_note_external_id,
    ADD CONSTRAINT uk_feedback_note_external_id UNIQUE (external_scope, external_id),
    ADD CONSTRAINT fk_feedback_note_api_integration FOREIGN KEY (api_integration_id) REFERENCES api_integration (id),
    ADD INDEX ix_feedback_note_api_integration (api_integration_id);

-- Earlier API notes recorded no token. Where that is unambiguous they go to their integration: the
-- demo wall's notes to the demo token's, and all of them when only one integration exists.
UPDATE feedback_note SET api_integration_id =
        (SELECT t.integration_id FROM api_token t WHERE t.token_hash = SHA2('demo-token', 256))
    WHERE source = 'API' AND external_id LIKE 'demo-wall-%';
UPDATE feedback_note SET api_integration_id = (SELECT MIN(id) FROM api_integration)
    WHERE source = 'API' AND api_integration_id IS NULL AND (SELECT COUNT(*) FROM api_integration) = 1;
