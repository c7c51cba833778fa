"""``communique events``: query stored events, as a table or in an export format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from communique.cli._app import app, open_app, state
from communique.cli._format import events_table

__all__ = ["events"]

FORMATS = ("table", "jsonl", "csv", "parquet", "plover")


def _report(ctx: typer.Context, n: int, out: Path | None) -> None:
    """Say on stderr what was written, or that nothing matched."""
    if state(ctx).quiet:
        return
    if n == 0:
        typer.echo("no events match these filters", err=True)
    elif out is not None:
        typer.echo(f"wrote {n} events to {out}", err=True)


@app.command(epilog="Example: communique events --dyad RUS-TUR --type CONSULT --from 2020 -f csv -o consult.csv")
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
    with open_app(ctx, db, read_only=True) as communique:
        if fmt != "table":
            n = communique.export(fmt, out or sys.stdout, **filters)
            _report(ctx, n, out)
            return
        found = communique.events(**filters)
    _report(ctx, len(found), None)
    if fmt == "table":
        to_terminal = out is None and sys.stdout.isatty()
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=None if to_terminal else 200)
        console.print(events_table(found))
        if out:
            console.file.close()
        return
