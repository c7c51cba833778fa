"""``docs/tables.md``, generated: every store table and every export column, with its type and meaning.

Types come from the schema itself (a fresh in-memory store, migrated), the export columns from
:data:`communique.store.query.EVENT_COLUMNS` and :data:`~communique.store.query.INCIDENT_COLUMNS`.
``python -m communique.store.tables > docs/tables.md`` rewrites the page; a test fails while the
page differs from :func:`tables_markdown`.
"""

from __future__ import annotations

from communique.store.duckdb import MEMORY, Store
from communique.store.query import EVENT_COLUMNS, INCIDENT_COLUMNS

__all__ = ["STORE_COLUMNS", "TABLES", "tables_markdown"]

#: What each store table holds.
TABLES: dict[str, str] = {
    "articles": "one row per ingested article; its text is kept exactly (every offset indexes it)",
    "events": "one row per extracted event; `record` holds the whole event (event.schema.json)",
    "participants": "the actors and recipients of each event, in order",
    "spans": "the evidence spans of each event",
    "quotes": "direct quotations attached to events",
    "incidents": "one row per real-world event, linking the reports of it; `record` holds the whole incident",
    "rejects": "inputs that could not be read, with the error",
    "runs": "every ingest, extract and link run: versions and counts",
    "dedup_state": "the reprint detector's saved signatures",
    "event_pairs": "derived, for dyad queries: one row per event and pair of distinct participant codes, "
                   "sorted by pair and date (communique.store.layout)",
    "event_pairs_state": "how many rows of event_pairs were sorted when it was last sorted",
    "schema_version": "the migrations applied to this file",
}

#: Store columns: ``table.column`` -> meaning (the export columns describe themselves).
STORE_COLUMNS: dict[str, str] = {
    "articles.id": "article id (given in the input, or derived from its origin)",
    "articles.title": "headline", "articles.text": "the article's text",
    "articles.published": "publication date", "articles.source": "outlet", "articles.url": "URL",
    "articles.content_hash": "hash of the text (changed text: extract again)",
    "articles.origin": "file and line, or URL, it came from", "articles.ingested_at": "when ingested",
    "articles.extracted_at": "when extracted (null: pending)",
    "articles.duplicate_of": "the article it reprints (not extracted), else null",
    "events.id": "event id", "events.doc_id": "article id", "events.event_type": "PLOVER type",
    "events.mode": "PLOVER mode", "events.date": "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text",
    "events.date_text": "the words that gave the date", "events.modality": "asserted, future, hypothetical, negated",
    "events.place_text": "the place as written", "events.place": "the gazetteer's name of the place",
    "events.place_country": "the place's country code", "events.place_lat": "latitude",
    "events.place_lon": "longitude", "events.place_geonameid": "GeoNames id", "events.context": "PLOVER contexts",
    "events.topics": "topics", "events.confidence": "confidence 0-1", "events.quad_code": "quad class 1-4",
    "events.event_scale": "cooperation/conflict scale", "events.trigger": "the words that made it an event",
    "events.reason": "the rule or model that found it", "events.incident_id": "its incident (null: not linked)",
    "events.record": "the whole event as JSON (event.schema.json)",
    "participants.event_id": "event id", "participants.role": "actor or recipient",
    "participants.position": "order within the role", "participants.code": "PLOVER code (ISO alpha-3, IGO...)",
    "participants.sector": "PLOVER sector", "participants.entity_text": "the mention as written",
    "participants.identifier_text": "canonical name from the knowledge base",
    "participants.identifier_id": "Wikidata id", "participants.office": "office held",
    "spans.event_id": "event id", "spans.position": "order", "spans.start": "first character",
    "spans.end": "one past the last character", "spans.text": "the evidence text",
    "quotes.event_id": "event id", "quotes.position": "order", "quotes.text": "the quotation",
    "quotes.speaker": "who said it", "quotes.start": "first character", "quotes.end": "one past the last",
    "incidents.id": "incident id", "incidents.seq": "opening order", "incidents.link_key": "the linking key",
    "incidents.event_type": "PLOVER type", "incidents.modality": "modality shared by its reports",
    "incidents.mode": "PLOVER mode", "incidents.date": "the date its reports agree on",
    "incidents.participants": "every participant code", "incidents.actor": "actor codes",
    "incidents.recipient": "recipient codes", "incidents.doc_ids": "reporting articles",
    "incidents.n_sources": "number of articles (reprints included)", "incidents.n_events": "number of events",
    "incidents.first_report": "earliest publication date", "incidents.disagreement": "sources disagree",
    "incidents.event_scale": "scale", "incidents.quad_code": "quad class", "incidents.record": "the incident as JSON",
    "rejects.origin": "file or URL", "rejects.line": "line number", "rejects.code": "error code (E1xx)",
    "rejects.reason": "what was wrong", "rejects.at": "when",
    "runs.id": "run id", "runs.command": "ingest, extract or link", "runs.stages": "stage versions",
    "runs.data_versions": "data file versions", "runs.articles": "articles processed",
    "runs.events": "events written", "runs.rejects": "inputs rejected", "runs.started_at": "start",
    "runs.finished_at": "end (null: interrupted)",
    "dedup_state.name": "detector name", "dedup_state.fingerprint": "what the signatures were built from",
    "dedup_state.data": "the signatures", "dedup_state.updated_at": "when saved",
    "schema_version.version": "schema version", "schema_version.description": "what the migration did",
    "schema_version.applied_at": "when applied",
    "event_pairs.lo": "the smaller of the two codes", "event_pairs.hi": "the larger",
    "event_pairs.date": "the event's date", "event_pairs.doc_id": "the event's article",
    "event_pairs.event_id": "the event", "event_pairs.event_type": "the event's type",
    "event_pairs.mode": "the event's mode", "event_pairs.modality": "the event's modality",
    "event_pairs.date_source": "where the date came from: text, discourse or publication",
    "event_pairs.quad_code": "the event's quad class (as stored: may be null)",
    "event_pairs.event_scale": "the event's scale (as stored: may be null)",
    "event_pairs.place": "the resolved place, else the place as written",
    "event_pairs.topics": "the event's topics",
    "event_pairs.actors": "the actors in order: code, names and the reason of each",
    "event_pairs.recipients": "the recipients in order, as actors",
    "event_pairs.published": "the event's article's publication date",
    "event_pairs.source": "the event's article's outlet", "event_pairs.url": "the event's article's URL",
    "event_pairs_state.n": "rows in sorted order",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def tables_markdown() -> str:
    """The page: export columns (events, incidents) then every store table, types from the schema."""
    out = ["# Tables and columns", "",
           "Generated by `python -m communique.store.tables > docs/tables.md` (a test checks it is current).", "",
           "## Exported events", "",
           "`communique export` (CSV, Parquet; JSON Lines adds these fields to each schema record), "
           "`communique.open(db).events()`. Lists are real lists in Parquet, JSON Lines and DataFrames, "
           "joined by `;` in CSV.", "", "| column | type | meaning |", "|---|---|---|"]
    out += [f"| `{n}` | {kind} | {_cell(desc)} |" for n, (kind, _, desc) in EVENT_COLUMNS.items()]
    out += ["", "## Incidents", "", "`communique.open(db).incidents()`.", "",
            "| column | type | meaning |", "|---|---|---|"]
    out += [f"| `{n}` | {kind} | {_cell(desc)} |" for n, (kind, _, desc) in INCIDENT_COLUMNS.items()]
    out += ["", "## The store (DuckDB file)", ""]
    with Store(MEMORY) as store:
        cursor = store.connection.cursor()
        tables = [r[0] for r in cursor.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name")
                  .fetchall()]
        for table in tables:
            out += [f"### `{table}`", "", TABLES.get(table, ""), "", "| column | type | meaning |", "|---|---|---|"]
            columns = cursor.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                                     "ORDER BY column_index", [table]).fetchall()
            out += [f"| `{c}` | {kind} | {_cell(STORE_COLUMNS.get(f'{table}.{c}', ''))} |" for c, kind in columns]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


if __name__ == "__main__":
    print(tables_markdown(), end="")
