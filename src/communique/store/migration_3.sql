-- communique store, migration 3 (communique/store/migrations.py): the query layout.
--
-- Never edit this file once released: add a migration instead. event_pairs is derived data
-- (communique/store/layout.py): one row per event and unordered pair of distinct participant
-- codes, kept sorted by (lo, hi, date, doc_id, event_id) so that a dyad's rows sit in a few row
-- groups. The migration fills it from participants and events.

CREATE TABLE event_pairs (
    lo        VARCHAR NOT NULL,      -- the smaller of the two codes
    hi        VARCHAR NOT NULL,
    date      VARCHAR,               -- events.date
    doc_id    VARCHAR NOT NULL,
    event_id  VARCHAR NOT NULL
);

-- how many rows of event_pairs were in sorted order when it was last sorted
CREATE TABLE event_pairs_state (
    n  BIGINT NOT NULL
);
