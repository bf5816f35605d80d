-- The kudos feed's reads (issue 13): what V016's indexes do not cover.

-- A person's given kudos in feed order (the person filter, the profile's "given").
CREATE INDEX ix_kudos_giver_feed ON kudos (giver_id, status, published_at, id);
-- Moderators read the feed with hidden kudos marked: published ones in feed order, hidden or not.
CREATE INDEX ix_kudos_published ON kudos (status, published_at, id);
-- Add-ons of a kudos in the order they came, without the deleted ones.
CREATE INDEX ix_kudos_addon_kudos ON kudos_addon (kudos_id, deleted, created_at);
-- Comments that employees see on a kudos: the feed's comment counts.
CREATE INDEX ix_kudos_comment_visible ON kudos_comment (kudos_id, hidden);
