-- communique store, migration 2 (communique/store/migrations.py): incidents and dedup state.
--
-- Never edit this file once released: add a migration instead. The columns next to ``record``
-- are copies of its fields, kept so that incidents can be selected without parsing JSON.

CREATE TABLE incidents (
    id            VARCHAR PRIMARY KEY,
    seq           BIGINT NOT NULL,       -- order opened: a restored linker keeps it
    link_key      VARCHAR NOT NULL,      -- event_type|modality|participants: the linker's blocks are inside one key
    event_type    VARCHAR NOT NULL,
    modality      VARCHAR NOT NULL,
    mode          VARCHAR,
    date          VARCHAR,               -- YYYY, YYYY-MM or YYYY-MM-DD
    participants  VARCHAR[] NOT NULL,    -- sorted codes
    actor         VARCHAR[],
    recipient     VARCHAR[],
    doc_ids       VARCHAR[] NOT NULL,    -- every source, reprints included
    n_sources     INTEGER NOT NULL,
    n_events      INTEGER NOT NULL,
    first_report  DATE,
    disagreement  BOOLEAN,
    event_scale   DOUBLE,
    quad_code     INTEGER,
    record        JSON NOT NULL          -- Incident.model_dump(mode="json"): the incident is rebuilt from this
);

-- Derived state kept between runs (the reprint detector's MinHash signatures), with a
-- fingerprint of what it was built from; a state whose fingerprint no longer matches is rebuilt.
CREATE TABLE dedup_state (
    name         VARCHAR PRIMARY KEY,
    fingerprint  VARCHAR NOT NULL,
    data         BLOB NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);
