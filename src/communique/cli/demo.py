"""``communique demo``: ingest the packaged demo articles, extract, print one dyad's timeline."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from communique.app import Communique, demo_corpus
from communique.cli._app import app, state
from communique.cli._format import timeline_line
from communique.cli.extract import progress_bar
from communique.model import Event
from communique.store import MEMORY

__all__ = ["demo", "run_demo"]


def run_demo(communique: Communique, corpus: Path, dyad: str, *, show_progress: bool = False) -> list[Event]:
    """Ingest ``corpus``, extract its events, and return the events of ``dyad`` by date."""
    communique.ingest([corpus])
    with progress_bar(show_progress) as progress:
        communique.extract(progress=progress)
    return communique.events(dyad=dyad)


@app.command()
def demo(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="Keep the demo store in this file "
                                            "(default: in memory).")] = None,
    dyad: Annotated[str, typer.Option("--dyad", help="Pair of codes to show the timeline of.")] = "RUS-TUR",
) -> None:
    """Run the whole pipeline on the packaged demo articles and print a dyad timeline."""
    cli = state(ctx)
    settings = cli.settings(db or cli.db or Path(MEMORY))
    with Communique(settings) as communique:
        found = run_demo(communique, demo_corpus(), dyad, show_progress=not cli.quiet and sys.stderr.isatty())
        counts = communique.store().counts()
    if not cli.quiet:
        typer.echo(f"demo: {counts['articles']} articles, {counts['events']} events; {len(found)} "
                   f"in the {dyad.upper()} timeline:", err=True)
    for event in found:
        typer.echo(timeline_line(event))
    if not cli.quiet and str(settings.db) == MEMORY:
        typer.echo("(the store was in memory: pass --db FILE to keep it and query it with 'communique events')",
                   err=True)
