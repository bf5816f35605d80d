-- The audit log of privileged actions: who did what, to what, and when.

CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor_email  VARCHAR(254) NOT NULL,
    action       VARCHAR(40) NOT NULL,
    target_type  VARCHAR(40) NOT NULL,
    target_id    VARCHAR(64) NULL,
    details      VARCHAR(2000) NOT NULL DEFAULT '',
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_action_occurred (action, occurred_at),
    INDEX ix_audit_actor_occurred (actor_email, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
