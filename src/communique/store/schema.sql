-- communique store, schema version 1 (migration 1 in communique/store/migrations.py).
--
-- Never edit this file to change the schema of existing databases: add a migration instead.
-- No foreign keys: DuckDB refuses to update a row that another table references, and
-- save_events replaces an article's events in one transaction anyway.

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    title         VARCHAR,
    text          VARCHAR NOT NULL,      -- exactly as ingested: every offset indexes it
    published     DATE,
    source        VARCHAR,
    url           VARCHAR,
    content_hash  VARCHAR NOT NULL,      -- sha256 of text
    origin        VARCHAR,               -- file:line or URL it came from
    ingested_at   TIMESTAMP NOT NULL,
    extracted_at  TIMESTAMP,             -- NULL: waiting for 'communique extract'
    duplicate_of  VARCHAR                -- id of the article this one reprints
);

CREATE TABLE events (
    id               VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,   -- articles.id
    event_type       VARCHAR NOT NULL,
    mode             VARCHAR,
    date             VARCHAR,            -- YYYY, YYYY-MM or YYYY-MM-DD
    date_text        VARCHAR,
    modality         VARCHAR NOT NULL,
    place_text       VARCHAR,            -- event_loc.extracted_place
    place            VARCHAR,            -- event_loc.resolved_place
    place_country    VARCHAR,
    place_lat        DOUBLE,
    place_lon        DOUBLE,
    place_geonameid  BIGINT,
    context          VARCHAR[],
    topics           VARCHAR[],
    confidence       DOUBLE,
    quad_code        INTEGER,
    event_scale      DOUBLE,
    trigger          VARCHAR,
    reason           VARCHAR,
    incident_id      VARCHAR,            -- set by dedup
    record           JSON NOT NULL       -- Event.to_record(): the event is rebuilt from this
);
CREATE INDEX events_doc_id ON events (doc_id);

CREATE TABLE participants (
    event_id         VARCHAR NOT NULL,
    role             VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient')),
    position         INTEGER NOT NULL,
    code             VARCHAR NOT NULL,
    sector           VARCHAR,
    entity_text      VARCHAR,
    identifier_text  VARCHAR,
    identifier_id    VARCHAR,
    office           VARCHAR
);

CREATE TABLE spans (
    event_id  VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR
);

CREATE TABLE quotes (
    event_id  VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    speaker   VARCHAR,
    start     INTEGER,
    "end"     INTEGER
);

CREATE TABLE rejects (
    origin  VARCHAR,
    line    INTEGER,
    code    VARCHAR,
    reason  VARCHAR NOT NULL,
    "at"    TIMESTAMP NOT NULL
);

CREATE SEQUENCE runs_id START 1;
CREATE TABLE runs (
    id             INTEGER PRIMARY KEY DEFAULT nextval('runs_id'),
    command        VARCHAR NOT NULL,     -- ingest | extract
    stages         JSON,                 -- {"communique.extract.v1": "0.1.0", ...}
    data_versions  JSON,                 -- {"rules/triggers.yaml": "0.1.0", ...}
    articles       INTEGER,
    events         INTEGER,
    rejects        INTEGER,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP
);
