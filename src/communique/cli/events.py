"""``communique events``: query stored events, as a table or in an export format."""

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

__all__ = ["events"]

FORMATS = ("table", "jsonl", "csv", "parquet", "plover")


@app.command(epilog="Example: communique events --dyad RUS-TUR --type CONSULT --from 2020 -f csv -o consult.csv")
def events(
    ctx: typer.Context,
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
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="table, jsonl, csv, parquet or plover "
                                            "(default: table on a terminal, else jsonl).")] = None,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """List stored events matching the filters, sorted by date."""
    fmt = fmt or ("table" if out is None and sys.stdout.isatty() else "jsonl")
    check_format(fmt, out, FORMATS)
    filters = event_filters(dyad=dyad, event_type=event_type, date_from=date_from, date_to=date_to, actor=actor,
                            recipient=recipient, modality=modality, doc=doc, limit=limit,
                            min_confidence=min_confidence, date_source=date_source)
    with open_app(ctx, db, read_only=True) as communique:
        if fmt != "table":
            n = communique.export(fmt, out or sys.stdout, **filters)
            report_written(ctx, n, out)
            return
        found = communique.events(**filters)
    report_written(ctx, len(found), None)
    if fmt == "table":
        from rich.console import Console  # only for a table: JSON Lines and CSV start quicker

        from communique.cli._format import events_table

        to_terminal = out is None and sys.stdout.isatty()
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=None if to_terminal else 200)
        console.print(events_table(found))
        if out:
            console.file.close()
        return
