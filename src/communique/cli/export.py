"""``communique export``: every stored event in one file format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from communique.cli._app import app, open_app, state
from communique.store.export import FORMATS

__all__ = ["export"]


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Only events at least this confident (0-1).")] = None,
    date_source: Annotated[str | None, typer.Option(
        "--date-source", help="Only events dated from: text, discourse or publication.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Write all stored events as JSON Lines (the event schema), CSV, Parquet or PLOVER JSON."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and out is None:
        raise typer.BadParameter("parquet is written to a file: add -o FILE.parquet", param_hint="--format")
    with open_app(ctx, db, read_only=True) as communique:
        n = communique.export(fmt, out or sys.stdout, min_confidence=min_confidence, date_source=date_source)
    if out is not None and not state(ctx).quiet:
        typer.echo(f"wrote {n} events to {out}", err=True)
