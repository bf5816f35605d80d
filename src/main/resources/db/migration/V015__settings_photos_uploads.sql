-- Uploaded files (issue 12, point 22): one table for every feature's uploads (profile photos now;
-- reward images and practice attachments later). Each file is addressed by a random key, never by
-- its row id, so addresses cannot be counted through; the bytes are the re-encoded image, never
-- what the browser sent.
CREATE TABLE stored_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_key      CHAR(22) NOT NULL,
    purpose       VARCHAR(40) NOT NULL,
    content_type  VARCHAR(60) NOT NULL,
    size_bytes    INT NOT NULL,
    width         INT NULL,
    height        INT NULL,
    content       MEDIUMBLOB NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by    VARCHAR(254) NOT NULL,
    CONSTRAINT uk_stored_file_key UNIQUE (file_key),
    INDEX ix_stored_file_purpose (purpose, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a person owns of their profile: a photo and a short "about me". Job title and department
-- stay the directory's (admin and CSV import); the import never writes these two columns.
ALTER TABLE person
    ADD COLUMN about_me   VARCHAR(500) NULL AFTER job_title,
    ADD COLUMN photo_key  CHAR(22) NULL AFTER about_me,
    ADD CONSTRAINT fk_person_photo FOREIGN KEY (photo_key) REFERENCES stored_file (file_key) ON DELETE SET NULL,
    ADD INDEX ix_person_photo (photo_key);
