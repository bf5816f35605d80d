-- The monthly roll of a points account (issue 13, app.bravo.recognition.internal.Ledger): one row per
-- account and company month it rolled into, whether or not that month granted anything. A grant row
-- alone cannot tell that an account with an allowance of 0 has rolled, so its leftovers (points a
-- reversal gave back) would never expire; this marker can. Written under the account's row lock, so
-- a rerun, a second instance or a catch-up after downtime rolls each account into a month once.
CREATE TABLE point_roll (
    account_id  BIGINT NOT NULL,
    period      VARCHAR(8) NOT NULL,            -- the company month rolled into (G2026-12, P1405-09)
    rolled_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (account_id, period),
    CONSTRAINT fk_point_roll_account FOREIGN KEY (account_id) REFERENCES point_account (id),
    INDEX ix_point_roll_latest (account_id, rolled_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Accounts that were granted before this table existed have rolled into those months.
INSERT INTO point_roll (account_id, period, rolled_at)
SELECT to_account, period, MIN(created_at) FROM point_movement
WHERE kind = 'GRANT' AND to_account IS NOT NULL AND period IS NOT NULL
GROUP BY to_account, period;
