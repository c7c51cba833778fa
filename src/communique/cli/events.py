"""``communique events``: query stored events, as a table or in an export format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from communique.cli._app import app, open_app, state
from communique.cli._format import events_table
from communique.store.export import export

__all__ = ["events"]

FORMATS = ("table", "jsonl", "csv", "parquet", "plover")


@app.command()
def events(
    ctx: typer.Context,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date (inclusive, on the date's prefix).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Code among the actors, e.g. TUR.")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Code among the recipients.")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="asserted, future, hypothetical, negated.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only events of this article id.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Only events at least this confident (0-1): trade recall for precision.")] = None,
    date_source: Annotated[str | None, typer.Option(
        "--date-source", help="Only events dated from: text, discourse or publication (drop guessed dates).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="table, jsonl, csv, parquet or plover "
                                            "(default: table on a terminal, else jsonl).")] = None,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """List stored events matching the filters, sorted by date."""
    fmt = fmt or ("table" if out is None and sys.stdout.isatty() else "jsonl")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and out is None:
        raise typer.BadParameter("parquet is written to a file: add -o FILE.parquet", param_hint="--format")
    filters: dict[str, Any] = {"dyad": dyad, "event_type": event_type, "date_from": date_from, "date_to": date_to,
                               "actor": actor, "recipient": recipient, "modality": modality, "doc_id": doc,
                               "limit": limit, "min_confidence": min_confidence, "date_source": date_source}
    with open_app(ctx, db) as communique:
        found = communique.events(**filters)
    if not found and not state(ctx).quiet:
        typer.echo("no events match these filters", err=True)
    if fmt == "table":
        to_terminal = out is None and sys.stdout.isatty()
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=None if to_terminal else 200)
        console.print(events_table(found))
        if out:
            console.file.close()
        return
    n = export(found, fmt, out or sys.stdout)
    if out is not None and not state(ctx).quiet:
        typer.echo(f"wrote {n} events to {out}", err=True)
