"""Events out: JSON Lines, CSV, Parquet and PLOVER-style JSON.

=========  ==================================================================================
jsonl      one ``Event.to_record()`` per line: ``shared/spec/event.schema.json``, what the
           scorer reads
csv        one row per event, flattened (:func:`flatten`): codes joined by ``;``, the first
           evidence span as ``evidence``
parquet    the CSV columns, typed, written by DuckDB's ``COPY ... (FORMAT parquet)`` (a file)
plover     one object per actor x recipient pair, in the PLOVER data format:
           ``{"id","date","event","mode","actor","recipient","source_text",...}`` where an
           actor is its code and sector run together (``"RUSGOV"``)
=========  ==================================================================================
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

import duckdb

from communique.errors import ConfigError, StoreError
from communique.model import ActorRef, Event

__all__ = ["CSV_COLUMNS", "FORMATS", "export", "flatten", "plover_records", "write_csv", "write_jsonl",
           "write_parquet", "write_plover"]

FORMATS = ("jsonl", "csv", "parquet", "plover")

#: CSV / Parquet columns and their DuckDB types.
CSV_COLUMNS: dict[str, str] = {
    "id": "VARCHAR",
    "doc_id": "VARCHAR",
    "date": "VARCHAR",
    "event_type": "VARCHAR",
    "mode": "VARCHAR",
    "modality": "VARCHAR",
    "actor": "VARCHAR",
    "actor_sector": "VARCHAR",
    "actor_text": "VARCHAR",
    "recipient": "VARCHAR",
    "recipient_sector": "VARCHAR",
    "recipient_text": "VARCHAR",
    "place": "VARCHAR",
    "country_code": "VARCHAR",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "geonameid": "BIGINT",
    "date_text": "VARCHAR",
    "date_source": "VARCHAR",
    "context": "VARCHAR",
    "topics": "VARCHAR",
    "confidence": "DOUBLE",
    "quad_code": "INTEGER",
    "event_scale": "DOUBLE",
    "trigger": "VARCHAR",
    "evidence": "VARCHAR",
    "evidence_start": "INTEGER",
    "evidence_end": "INTEGER",
    "reason": "VARCHAR",
}


def _join(values: Iterable[str | None]) -> str:
    return ";".join(v or "" for v in values)


def flatten(event: Event) -> dict[str, Any]:
    """One event as a flat row of :data:`CSV_COLUMNS` (lists joined by ``;``)."""
    loc = event.event_loc
    span = event.text_info[0] if event.text_info else None
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "date": event.date,
        "event_type": event.event_type,
        "mode": event.mode,
        "modality": event.modality,
        "actor": _join(a.code for a in event.actor),
        "actor_sector": _join(a.sector for a in event.actor),
        "actor_text": _join(a.identifier_text or a.entity_text for a in event.actor),
        "recipient": _join(a.code for a in event.recipient),
        "recipient_sector": _join(a.sector for a in event.recipient),
        "recipient_text": _join(a.identifier_text or a.entity_text for a in event.recipient),
        "place": (loc.resolved_place or loc.extracted_place) if loc else None,
        "country_code": loc.country_code if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "date_text": event.date_text,
        "date_source": event.date_source,
        "context": _join(event.context),
        "topics": _join(event.topics),
        "confidence": event.confidence,
        "quad_code": event.quad_code,
        "event_scale": event.event_scale,
        "trigger": event.trigger,
        "evidence": span.text if span else None,
        "evidence_start": span.start if span else None,
        "evidence_end": span.end if span else None,
        "reason": event.reason,
    }


def _plover_code(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    return actor.code + (actor.sector or "")


def plover_records(event: Event) -> list[dict[str, Any]]:
    """The event as PLOVER objects, one per actor x recipient pair (a missing side is ``null``).

    Ids are the event id, suffixed ``.1``, ``.2`` ... when the event yields several pairs.
    """
    actors: Sequence[ActorRef | None] = event.actor or (None,)
    recipients: Sequence[ActorRef | None] = event.recipient or (None,)
    pairs = [(a, r) for a in actors for r in recipients]
    source_text = " ... ".join(s.text for s in event.text_info if s.text) or None
    out = []
    for n, (actor, recipient) in enumerate(pairs, 1):
        out.append({
            "id": event.id if len(pairs) == 1 else f"{event.id}.{n}",
            "doc_id": event.doc_id,
            "date": event.date,
            "event": event.event_type,
            "mode": event.mode,
            "context": list(event.context),
            "actor": _plover_code(actor),
            "actor_text": (actor.entity_text or actor.identifier_text) if actor else None,
            "recipient": _plover_code(recipient),
            "recipient_text": (recipient.entity_text or recipient.identifier_text) if recipient else None,
            "modality": event.modality,
            "source_text": source_text,
        })
    return out


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write one schema record per line; returns the number of events."""
    n = 0
    for event in events:
        out.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_plover(events: Iterable[Event], out: TextIO) -> int:
    """Write PLOVER objects, one per line; returns the number of events (not lines)."""
    n = 0
    for event in events:
        for record in plover_records(event):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """Write a header and one flattened row per event; returns the number of events."""
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(flatten(event))
        n += 1
    return n


def write_parquet(events: Iterable[Event], path: Path) -> int:
    """Write the flattened events to a Parquet file with DuckDB; returns the number of events.

    Raises :class:`StoreError` (E406) when DuckDB cannot write the file.
    """
    rows = [list(flatten(e).values()) for e in events]
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


def export(events: Iterable[Event], fmt: str, out: TextIO | Path) -> int:
    """Write ``events`` in format ``fmt`` to a stream or a file path; returns the number of events.

    Raises :class:`ConfigError` (E503) for an unknown format or Parquet to a stream.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", code="E503", hint=f"use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ConfigError("Parquet is written to a file, not a stream", code="E503", hint="pass -o FILE.parquet")
        return write_parquet(events, out)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "plover": write_plover}[fmt]
    if isinstance(out, Path):
        try:
            with out.open("w", encoding="utf-8", newline="") as fh:
                return writer(events, fh)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror or exc}", code="E406") from exc
    return writer(events, out)
