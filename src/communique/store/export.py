"""Events out: JSON Lines, CSV, Parquet and PLOVER-style JSON, tidy enough for pandas and polars.

=========  ==================================================================================
jsonl      one ``Event.to_record()`` per line (``shared/spec/event.schema.json``, what the
           scorer reads) plus the tidy fields below; each participant gains ``org_id``
csv        one row per event, the columns of :data:`CSV_COLUMNS`; lists joined by ``;``, cells
           a spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@``) prefixed with ``'``
parquet    the same columns, typed: lists are lists, ``date_start``/``date_end``/``published``
           are dates (written by DuckDB, no pyarrow needed)
plover     one object per actor x recipient pair in the PLOVER data format
           (``"actor": "RUSGOV"``); a symmetric event (CONSULT, AGREE, COOPERATE) gives one
           object per pair of its participants, so no side is dropped
=========  ==================================================================================

Every row has ``incident_id``, ``published``, ``source`` and ``url`` when the events come from a
store (:func:`export_store`); ``date`` keeps the text's precision and ``date_start``,
``date_end`` (the days it covers) and ``date_precision`` make it a date for every row. The
columns are those of :data:`communique.store.query.EVENT_COLUMNS` (``docs/tables.md``).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import duckdb

from communique.errors import ConfigError, StoreError
from communique.names import org_id, org_id_of
from communique.store.filters import EventFilter
from communique.store.query import EVENT_COLUMNS, events_relation
from communique.tabular import csv_cell
from communique.vocab import SYMMETRIC_TYPES

if TYPE_CHECKING:
    from communique.model import ActorRef, Event
    from communique.store.duckdb import Store

__all__ = ["CSV_COLUMNS", "FORMATS", "date_interval", "export", "export_store", "flatten", "plover_records",
           "tidy_record", "write_csv", "write_jsonl", "write_parquet", "write_plover", "write_records"]

FORMATS = ("jsonl", "csv", "parquet", "plover")

#: :func:`store_extras` looks up at most this many events by key (a page); more are joined
PAGE_LOOKUP = 1000

#: CSV / Parquet columns and their DuckDB types (lists are ``VARCHAR[]``).
CSV_COLUMNS: dict[str, str] = {name: kind for name, (kind, _, _) in EVENT_COLUMNS.items()}

#: What a store adds to each event: its incident and its article's date, outlet and URL.
Extras = Mapping[str, Mapping[str, Any]]
_STORE_FIELDS = ("incident_id", "published", "source", "url")


def date_interval(date: str | None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """``(first day, last day, precision)`` a date covers: ``"2021-02"`` -> 1 to 28 February, month."""
    if not date:
        return None, None, None
    try:
        if len(date) == 4:
            return dt.date(int(date), 1, 1), dt.date(int(date), 12, 31), "year"
        if len(date) == 7:
            year, month = int(date[:4]), int(date[5:7])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None, None, None
    return day, day, "day"


def flatten(event: Event, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One event as a row of :data:`CSV_COLUMNS` (lists as lists); ``extra`` gives the store's
    fields (``incident_id``, ``published``, ``source``, ``url``)."""
    loc = event.event_loc
    span = event.text_info[0] if event.text_info else None
    start, end, precision = date_interval(event.date)
    extra = extra or {}

    def side(refs: Sequence[ActorRef], prefix: str) -> dict[str, list[str | None]]:
        return {prefix: [a.code for a in refs], f"{prefix}_org": [org_id_of(a) for a in refs],
                f"{prefix}_sector": [a.sector for a in refs],
                f"{prefix}_name": [a.identifier_text or a.entity_text for a in refs]}

    row: dict[str, Any] = {
        "id": event.id, "incident_id": extra.get("incident_id"), "doc_id": event.doc_id,
        "published": extra.get("published"), "source": extra.get("source"), "url": extra.get("url"),
        "date": event.date, "date_start": start, "date_end": end, "date_precision": precision,
        "date_source": event.date_source, "date_text": event.date_text,
        "event_type": event.event_type, "mode": event.mode, "modality": event.modality,
        **side(event.actor, "actor"), **side(event.recipient, "recipient"),
        "place": (loc.resolved_place or loc.extracted_place) if loc else None,
        "country_code": loc.country_code if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "context": list(event.context), "topics": list(event.topics), "confidence": event.confidence,
        "quad_code": event.quad_code, "event_scale": event.event_scale, "trigger": event.trigger,
        "evidence": span.text if span else None, "evidence_start": span.start if span else None,
        "evidence_end": span.end if span else None, "reason": event.reason,
    }
    return {name: row[name] for name in CSV_COLUMNS}


def _plover_code(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    return actor.code + (actor.sector or "")


def _pairs(event: Event) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """Actor x recipient pairs; a symmetric event's participants pairwise (none dropped)."""
    if event.event_type in SYMMETRIC_TYPES:
        everyone = [*event.actor, *event.recipient]
        if len(everyone) >= 2:
            return list(combinations(everyone, 2))
    actors: Sequence[ActorRef | None] = event.actor or (None,)
    recipients: Sequence[ActorRef | None] = event.recipient or (None,)
    return [(a, r) for a in actors for r in recipients]


def plover_records(event: Event, extra: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """The event as PLOVER objects, one per actor x recipient pair (a missing side is ``null``);
    a symmetric event's participants are paired with each other, so every one appears.

    Ids are the event id, suffixed ``.1``, ``.2`` ... when the event yields several pairs.
    """
    pairs = _pairs(event)
    source_text = " ... ".join(s.text for s in event.text_info if s.text) or None
    start, end, precision = date_interval(event.date)
    extra = extra or {}
    out = []
    for n, (actor, recipient) in enumerate(pairs, 1):
        out.append({
            "id": event.id if len(pairs) == 1 else f"{event.id}.{n}",
            "doc_id": event.doc_id,
            "incident_id": extra.get("incident_id"),
            "date": event.date,
            "date_start": start.isoformat() if start else None,
            "date_end": end.isoformat() if end else None,
            "date_precision": precision,
            "date_source": event.date_source,
            "event": event.event_type,
            "mode": event.mode,
            "context": list(event.context),
            "actor": _plover_code(actor),
            "actor_org": org_id_of(actor) if actor else None,
            "actor_text": (actor.entity_text or actor.identifier_text) if actor else None,
            "recipient": _plover_code(recipient),
            "recipient_org": org_id_of(recipient) if recipient else None,
            "recipient_text": (recipient.entity_text or recipient.identifier_text) if recipient else None,
            "modality": event.modality,
            "source_text": source_text,
            **_json_store_fields(extra, ("published", "source", "url")),
        })
    return out


def _json_store_fields(extra: Mapping[str, Any], names: Sequence[str] = _STORE_FIELDS) -> dict[str, Any]:
    out = {}
    for name in names:
        value = extra.get(name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


#: the fields of a record (``Event.to_record()``) and of its participants, as this version writes
#: them (a test keeps them equal to the model's)
RECORD_FIELDS = frozenset({
    "id", "doc_id", "event_type", "mode", "actor", "recipient", "date", "date_text", "date_source", "modality",
    "event_loc", "context", "topics", "text_info", "quotes", "confidence", "quad_code", "event_scale", "trigger",
    "reason", "provenance", "when"})
PARTICIPANT_FIELDS = frozenset({"code", "entity_text", "identifier_id", "identifier_text", "office", "reason",
                                "sector"})


def _current(record: dict[str, Any]) -> bool:
    """Whether a stored record has the fields this version writes (older ones are read through the model)."""
    return record.keys() == RECORD_FIELDS and all(
        ref.keys() == PARTICIPANT_FIELDS for role in ("actor", "recipient") for ref in record[role])


def json_record(event: Event, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``event.to_record()`` (schema-valid) plus the tidy fields (:func:`tidy_record`)."""
    return tidy_record(event.to_record(), extra)


def tidy_record(record: dict[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A record (``Event.to_record()``, as the store keeps it) plus the tidy fields, in place: the
    store's, ``date_start``, ``date_end``, ``date_precision``, and ``org_id`` on each participant."""
    for role in ("actor", "recipient"):
        for ref in record[role]:
            ref["org_id"] = org_id(ref["code"], ref.get("entity_text"), ref.get("identifier_text"), ref.get("office"),
                                   ref.get("reason"))
    start, end, precision = date_interval(record.get("date"))
    record.update(_json_store_fields(extra or {}))
    record.update(date_start=start.isoformat() if start else None, date_end=end.isoformat() if end else None,
                  date_precision=precision)
    return record


def write_jsonl(events: Iterable[Event], out: TextIO, extras: Extras | None = None) -> int:
    """Write one record (:func:`json_record`) per line; returns the number of events."""
    return write_records((event.to_record() for event in events), out, extras)


def write_records(records: Iterable[dict[str, Any]], out: TextIO, extras: Extras | None = None) -> int:
    """:func:`write_jsonl` of records (``Event.to_record()``, as the store keeps them)."""
    n = 0
    for record in records:
        out.write(json.dumps(tidy_record(record, (extras or {}).get(record["id"])), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_plover(events: Iterable[Event], out: TextIO, extras: Extras | None = None) -> int:
    """Write PLOVER objects, one per line; returns the number of events (not lines)."""
    n = 0
    for event in events:
        for record in plover_records(event, (extras or {}).get(event.id)):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(v or "" for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return csv_cell(value)


def write_csv(events: Iterable[Event], out: TextIO, extras: Extras | None = None) -> int:
    """Write a header and one row per event (lists joined by ``;``, formulas escaped)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(CSV_COLUMNS))
    n = 0
    for event in events:
        row = flatten(event, (extras or {}).get(event.id))
        writer.writerow([_csv_value(v) for v in row.values()])
        n += 1
    return n


def write_parquet(events: Iterable[Event], path: Path, extras: Extras | None = None) -> int:
    """Write the rows to a Parquet file with DuckDB (lists as lists, dates as dates); returns
    the number of events. Raises :class:`StoreError` (E406) when DuckDB cannot write the file."""
    rows = [list(flatten(e, (extras or {}).get(e.id)).values()) for e in events]
    columns = ", ".join(f'"{name}" {kind}' for name, kind in CSV_COLUMNS.items())
    try:
        with duckdb.connect(":memory:") as con:
            con.execute(f"CREATE TABLE export ({columns})")
            if rows:
                con.executemany(f"INSERT INTO export VALUES ({', '.join('?' * len(CSV_COLUMNS))})", rows)
            target = str(path).replace("'", "''")
            con.execute(f"COPY export TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise StoreError(f"cannot write {path}: {exc}", code="E406") from exc
    return len(rows)


def export(events: Iterable[Event], fmt: str, out: TextIO | Path, extras: Extras | None = None) -> int:
    """Write ``events`` in format ``fmt`` to a stream or a file path; returns the number of events.

    ``extras`` maps event ids to the store's fields (:func:`export_store` fills it). Raises
    :class:`ConfigError` (E503) for an unknown format or Parquet to a stream.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", code="E503", hint=f"use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ConfigError("Parquet is written to a file, not a stream", code="E503", hint="pass -o FILE.parquet")
        return write_parquet(events, out, extras)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "plover": write_plover}[fmt]
    return _write_to(out, lambda fh: writer(events, fh, extras))


def _write_to(out: TextIO | Path, write: Callable[[TextIO], int]) -> int:
    """``write(stream)`` on ``out``, opened for writing when it is a path (E406 when it cannot be)."""
    if isinstance(out, Path):
        try:
            with out.open("w", encoding="utf-8", newline="") as fh:
                return write(fh)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror or exc}", code="E406") from exc
    return write(out)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def store_extras(store: Store, events: Sequence[Event]) -> dict[str, dict[str, Any]]:
    """Each event's incident and its article's publication date, outlet and URL."""
    if not events:
        return {}
    ids = [e.id for e in events]
    docs = sorted({e.doc_id for e in events})
    with store.cursor(functions=False) as cursor:
        try:
            if len(ids) <= PAGE_LOOKUP:  # a page: looked up by primary key, one parameter per id
                incident = dict(cursor.execute(f"SELECT id, incident_id FROM events WHERE id IN ({_marks(ids)})",
                                               ids).fetchall())
                article = {r[0]: r[1:] for r in cursor.execute(
                    f"SELECT id, published, source, url FROM articles WHERE id IN ({_marks(docs)})", docs).fetchall()}
                none = (None, None, None)
                return {e.id: dict(zip(_STORE_FIELDS, (incident.get(e.id), *article.get(e.doc_id, none)),
                                       strict=True)) for e in events if e.id in incident}
            rows = cursor.execute("SELECT e.id, e.incident_id, a.published, a.source, a.url FROM events e "
                                  "LEFT JOIN articles a ON a.id = e.doc_id WHERE list_contains(?, e.id)",
                                  [ids]).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read {store.path}: {exc}", code="E407") from exc
    return {row[0]: dict(zip(_STORE_FIELDS, row[1:], strict=True)) for row in rows}


def export_store(store: Store, fmt: str, out: TextIO | Path, filters: EventFilter | None = None) -> int:
    """Write the stored events matching ``filters`` as ``fmt``, each with its incident and article
    fields; Parquet straight from DuckDB (:func:`communique.store.query.events_relation`)."""
    if fmt == "parquet" and isinstance(out, Path):
        relation = events_relation(store, filters)
        relation.to_parquet(str(out))
        return len(relation)
    if fmt == "jsonl" and filters is not None:
        page_records = store.page_records(filters)
        if page_records is not None:  # a page of a dyad, written from the stored records as they are
            records = [json.loads(r) for r in page_records[0]]
            if not all(_current(r) for r in records):  # one written by an older communique: read by the model
                from communique.model import Event

                records = [Event.model_validate(r).to_record() for r in records]
            return _write_to(out, lambda fh: write_records(records, fh, page_records[1]))
    page = store.page(filters) if filters is not None else None
    if page is not None:  # a page of a dyad: its article fields come with it
        return export(page[0], fmt, out, page[1])
    events = store.events(filters)
    return export(events, fmt, out, store_extras(store, events))
