-- Leaderboards and HR's reciprocal pairs (issue 13, points 3 and 6): the pairs view reads add-ons by
-- the time they were given, over all givers, which no index of V016 serves.
CREATE INDEX ix_kudos_addon_created ON kudos_addon (created_at, kudos_id);
