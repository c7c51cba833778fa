"""``communique report``: one self-contained HTML page of a dyad's incidents.

Charts (monthly series, types per quarter, actor network, map), the timeline and the evidence
sentences, with the CSS, script and data inlined: the file opens offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli._app import app, open_app, state

__all__ = ["report"]


@app.command()
def report(
    ctx: typer.Context,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                             "(default: every incident).")] = None,
    out: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write ('-' for stdout).")
                   ] = Path("report.html"),
    title: Annotated[str | None, typer.Option("--title", help="Page title (default: 'Incidents: RUS–TUR').")
                     ] = None,
    modality: Annotated[str, typer.Option("--modality", help="asserted (default: what happened), future, "
                                          "hypothetical, negated, or all.")] = "asserted",
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Write one self-contained HTML report: charts, network, map, timeline and evidence."""
    from communique.cli._format import write_text
    from communique.store import EventFilter

    with open_app(ctx, db, read_only=True) as communique:
        chosen = None if modality == "all" else modality
        page = communique.report(dyad, title=title, modality=chosen)
        n = len(communique.incidents(EventFilter(dyad=dyad).dyad, chosen))
    if str(out) == "-":
        typer.echo(page, nl=False)
        return
    write_text(out, page)
    if not state(ctx).quiet:
        typer.echo(f"wrote {out}: {n} incidents, {len(page) // 1024} KiB", err=True)
