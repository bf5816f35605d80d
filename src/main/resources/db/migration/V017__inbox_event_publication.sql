-- Spring Modulith's event publication registry (docs/decisions/DD017-event-publication-registry.md):
-- one row per event and @ApplicationModuleListener, written in the publishing transaction and
-- deleted once the listener has completed (completion mode DELETE). Rows left behind are events
-- whose listener failed or never ran; they are delivered again at the next start.
-- The table is Modulith 2.1's schema-mariadb.sql (v2 structure); its name is upper case because
-- Modulith's statements spell it so and MariaDB on Linux compares table names case-sensitively.
-- SERIALIZED_EVENT is TEXT rather than VARCHAR(4000), so that an event with a long note still fits.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       TEXT         NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)  NULL,
    COMPLETION_ATTEMPTS    INT          NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The in-app inbox: short messages to one person (a kudos received, a nomination to decide), as an
-- i18n key and its parameters, translated when shown; a link inside the app; read or unread.
CREATE TABLE inbox_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    -- the parameters as a JSON array of strings
    params      TEXT         NOT NULL,
    link        VARCHAR(300) NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    read_at     TIMESTAMP(6) NULL,
    CONSTRAINT fk_inbox_message_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    -- "my messages, newest first" (keyset by id) and the foreign key
    INDEX ix_inbox_message_person_id (person_id, id),
    -- "my unread count"
    INDEX ix_inbox_message_person_unread (person_id, read_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
