"""``communique ingest PATH...``: read articles into the store."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from communique.cli._app import app, open_app, state
from communique.pipeline import IngestSummary

__all__ = ["format_ingest", "ingest"]

MAX_SHOWN = 20


def format_ingest(summary: IngestSummary) -> str:
    """``"ingested: 3 new, 1 unchanged, 2 rejected"``; ``"3 new (1 reprint)"`` when some new articles are reprints."""
    copies = len(summary.reprints)
    new = f"{summary.new} new" + (f" ({copies} reprint{'' if copies == 1 else 's'})" if copies else "")
    return f"ingested: {new}, {summary.unchanged} unchanged, {summary.rejected} rejected"


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .jsonl .json .html), folders, URLs, or - for "
                                               "stdin.", show_default=False)],
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Fetch URLs on private, loopback and "
                                                "link-local addresses too (COMMUNIQUE_ALLOW_PRIVATE=1).")] = False,
) -> None:
    """Read articles into the store. Exit 3 when some inputs were rejected (kept in 'rejects')."""
    with open_app(ctx, db) as communique:
        if allow_private:
            communique.settings = dataclasses.replace(communique.settings, allow_private=True)
        summary = communique.ingest(paths)
    quiet = state(ctx).quiet
    for reject in summary.rejects[:MAX_SHOWN]:
        typer.echo(f"rejected: {reject}", err=True)
    if summary.rejected > MAX_SHOWN:
        typer.echo(f"rejected: ... and {summary.rejected - MAX_SHOWN} more (see the rejects table)", err=True)
    if not quiet:
        typer.echo(format_ingest(summary))
    if summary.rejected:
        raise typer.Exit(3)
