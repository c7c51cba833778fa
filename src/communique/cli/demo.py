"""``communique demo``: ingest the packaged demo articles, extract and link, print one dyad's incidents."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli._app import app, state
from communique.cli.extract import run_extract

if TYPE_CHECKING:
    from communique.analytics import TimelineRow
    from communique.app import Communique

__all__ = ["demo", "run_demo"]


def run_demo(communique: Communique, corpus: Path, dyad: str, *, show_progress: bool = False) -> list[TimelineRow]:
    """Ingest ``corpus``, extract and link its events, and return the incident timeline of ``dyad``."""
    communique.ingest([corpus])
    run_extract(communique, redo=False, strict=False, show_progress=show_progress)
    return communique.timeline(dyad)


@app.command(epilog="Example: communique demo --dyad RUS-NATO --db demo.duckdb")
def demo(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="Keep the demo store in this file "
                                            "(default: in memory).")] = None,
    dyad: Annotated[str, typer.Option("--dyad", help="Pair of codes to show the timeline of.")] = "RUS-TUR",
) -> None:
    """Run the whole pipeline on the packaged demo articles and print a dyad's incident timeline."""
    from communique.analytics import format_line
    from communique.app import Communique, demo_corpus
    from communique.store import MEMORY

    cli = state(ctx)
    settings = cli.settings(db or cli.db or Path(MEMORY))
    with Communique(settings) as communique:
        rows = run_demo(communique, demo_corpus(), dyad, show_progress=not cli.quiet and sys.stderr.isatty())
        counts = communique.store().counts()
    if not cli.quiet:
        n = counts["reprints"]
        copies = f" ({n} reprint{'' if n == 1 else 's'})" if n else ""
        typer.echo(f"demo: {counts['articles']} articles{copies}, {counts['events']} events in "
                   f"{counts['incidents']} incidents; {len(rows)} in the {dyad.upper()} timeline:", err=True)
    for row in rows:
        typer.echo(format_line(row))
    if not cli.quiet and str(settings.db) == MEMORY:
        typer.echo("(the store was in memory: pass --db FILE to keep it and query it with 'communique timeline')",
                   err=True)
