-- communique store, migration 4 (communique/store/migrations.py): the query layout, wide.
--
-- Never edit this file once released: add a migration instead. event_pairs (migration 3) gains
-- what a dyad's timeline and series read, so that they read this table alone, in the few row
-- groups of the dyad, instead of joining every event and participant row and parsing the JSON
-- records: the event's type, mode, modality, date source, quad class, scale, place and topics,
-- its actors and recipients (code and names, in order), and its article's publication date,
-- outlet and URL (fixed while the event exists: an article whose text changes loses its events),
-- so that a page of a dyad's events looks up only its records. The migration fills it again
-- (communique/store/layout.py).

DROP TABLE event_pairs;

CREATE TABLE event_pairs (
    lo           VARCHAR NOT NULL,   -- the smaller of the two codes
    hi           VARCHAR NOT NULL,
    date         VARCHAR,            -- events.date
    doc_id       VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    event_type   VARCHAR NOT NULL,
    mode         VARCHAR,
    modality     VARCHAR NOT NULL,
    date_source  VARCHAR,            -- record.date_source: text, discourse, publication
    quad_code    INTEGER,
    event_scale  DOUBLE,
    place        VARCHAR,            -- the resolved place, else the place as written
    topics       VARCHAR[],
    actors       STRUCT(code VARCHAR, entity_text VARCHAR, identifier_text VARCHAR, office VARCHAR, reason VARCHAR)[],
    recipients   STRUCT(code VARCHAR, entity_text VARCHAR, identifier_text VARCHAR, office VARCHAR, reason VARCHAR)[],
    published    DATE,               -- articles.published, source and url of the event's article
    source       VARCHAR,
    url          VARCHAR
);
