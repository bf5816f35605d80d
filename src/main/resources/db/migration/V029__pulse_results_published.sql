-- Publishing a closed round's results to every employee (issue 14 point 4, DD023). Set once by
-- HR with a conditional update; the round's answers are untouched.
ALTER TABLE pulse_round
    ADD COLUMN published_at TIMESTAMP(6) NULL,
    ADD COLUMN published_by BIGINT NULL,
    ADD CONSTRAINT fk_pulse_round_published_by FOREIGN KEY (published_by) REFERENCES person (id),
    ADD INDEX ix_pulse_round_published_by (published_by),
    ADD INDEX ix_pulse_round_published (published_at, id);
