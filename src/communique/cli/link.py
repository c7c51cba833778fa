"""``communique link``: group stored events into incidents (one per real-world event)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli._app import app, open_app, state

if TYPE_CHECKING:
    from communique.pipeline import LinkSummary

__all__ = ["format_link", "link"]


def format_link(summary: LinkSummary) -> str:
    """``"linked: 3 events, 2 incidents new or changed, 2 in all"`` (and reprint sources when added)."""
    line = f"linked: {summary.events} events, {summary.changed} incidents new or changed, {summary.incidents} in all"
    if summary.reprints:
        line += f", {summary.reprints} reprint source{'' if summary.reprints == 1 else 's'} added"
    return line


@app.command()
def link(
    ctx: typer.Context,
    redo: Annotated[bool, typer.Option("--all", help="Forget every incident and link all events from scratch.")
                    ] = False,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Link events not yet in an incident (extract does this too); --all recomputes every incident."""
    with open_app(ctx, db) as communique:
        summary = communique.link(redo=redo)
    if not state(ctx).quiet:
        typer.echo(format_link(summary))
