"""``communique export``: stored events in one file format, with the ``events`` filters."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from communique.cli._app import app, open_app
from communique.cli._filters import (
    Actor,
    DateFrom,
    DateSource,
    DateTo,
    Doc,
    Dyad,
    EventType,
    Limit,
    MinConfidence,
    Modality,
    Recipient,
    check_format,
    event_filters,
    report_written,
)

__all__ = ["FORMATS", "export"]

#: the formats of :func:`communique.store.export.export` (a test keeps the two equal; this module
#: does not import the store, so that ``--help`` starts light)
FORMATS = ("jsonl", "csv", "parquet", "plover")


@app.command(epilog="Example: communique export -f parquet -o events.parquet --dyad RUS-NATO --date-source text")
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    dyad: Dyad = None,
    event_type: EventType = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    actor: Actor = None,
    recipient: Recipient = None,
    modality: Modality = None,
    doc: Doc = None,
    min_confidence: MinConfidence = None,
    date_source: DateSource = None,
    limit: Limit = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Write stored events as JSON Lines (the event schema plus tidy fields), CSV, Parquet or PLOVER JSON."""
    check_format(fmt, out, FORMATS)
    filters = event_filters(dyad=dyad, event_type=event_type, date_from=date_from, date_to=date_to, actor=actor,
                            recipient=recipient, modality=modality, doc=doc, limit=limit,
                            min_confidence=min_confidence, date_source=date_source)
    with open_app(ctx, db, read_only=True) as communique:
        n = communique.export(fmt, out or sys.stdout, **filters)
    report_written(ctx, n, out)
