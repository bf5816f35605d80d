-- Wall search by words (docs/decisions/DD007-search-token-index.md): the words of each note (its
-- quote, customer, company, tags and the names it credits), split and folded by the application's
-- tokenizer, one row per word. A search looks its words up in ix_feedback_note_token_token, so two-
-- letter and Persian words are exact on any server, whatever innodb_ft_min_token_size says. The
-- tokens are folded already, so they compare as bytes. V012_1 (a Java migration) fills it for the
-- notes that exist.

CREATE TABLE feedback_note_token (
    note_id  BIGINT NOT NULL,
    token    VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (note_id, token),
    CONSTRAINT fk_feedback_note_token_note FOREIGN KEY (note_id) REFERENCES feedback_note (id) ON DELETE CASCADE,
    INDEX ix_feedback_note_token_token (token, note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The full-text index served the old search only.
ALTER TABLE feedback_note DROP INDEX ft_feedback_note_text;

-- The wall pages by (published_at, id) from the newest: the index holds both.
ALTER TABLE feedback_note DROP INDEX ix_feedback_note_status_published,
    ADD INDEX ix_feedback_note_status_published (status, published_at, id);
