"""``communique export``: stored events in one file format, with the ``events`` filters."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli._app import app, open_app
from communique.cli.events import _report
from communique.store.export import FORMATS

__all__ = ["export"]


@app.command(epilog="Example: communique export -f parquet -o events.parquet --dyad RUS-NATO --date-source text")
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                             "or RUS-NATO.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date (inclusive, on the date's prefix).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Code among the actors, e.g. TUR or NATO.")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Code among the recipients.")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="asserted, future, hypothetical, negated.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only events of this article id.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Only events at least this confident (0-1).")] = None,
    date_source: Annotated[str | None, typer.Option(
        "--date-source", help="Only events dated from: text, discourse or publication.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Write stored events as JSON Lines (the event schema plus tidy fields), CSV, Parquet or PLOVER JSON."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and out is None:
        raise typer.BadParameter("parquet is written to a file: add -o FILE.parquet", param_hint="--format")
    filters: dict[str, Any] = {"dyad": dyad, "event_type": event_type, "date_from": date_from, "date_to": date_to,
                               "actor": actor, "recipient": recipient, "modality": modality, "doc_id": doc,
                               "limit": limit, "min_confidence": min_confidence, "date_source": date_source}
    with open_app(ctx, db, read_only=True) as communique:
        n = communique.export(fmt, out or sys.stdout, **filters)
    _report(ctx, n, out)
