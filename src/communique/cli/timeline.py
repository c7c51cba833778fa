"""``communique timeline``: one line per incident (or event) of a dyad, by date.

::

    $ communique timeline --dyad RUS-TUR --from 2020-12
    2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan · Syria, Libya · 2 sources
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli._app import app, open_app, state

__all__ = ["FORMATS", "timeline"]

FORMATS = ("text", "jsonl", "csv", "md")


@app.command()
def timeline(
    ctx: typer.Context,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                             "(default: every incident).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
                         ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date (inclusive).")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Only items naming this topic (any case).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, jsonl, csv or md.")] = "text",
    modality: Annotated[str, typer.Option("--modality", help="asserted (default: what happened), future, "
                                          "hypothetical, negated, or all.")] = "asserted",
    raw: Annotated[bool, typer.Option("--events", help="One row per extracted event instead of per incident.")
                   ] = False,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Print a dyad's incidents (or events with --events), one per line, by date."""
    from communique.analytics import render_timeline
    from communique.cli._format import write_text

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    with open_app(ctx, db, read_only=True) as communique:
        rows = communique.timeline(dyad, date_from=date_from, date_to=date_to, topic=topic, events=raw,
                                   modality=None if modality == "all" else modality)
    if not rows and not state(ctx).quiet:
        typer.echo(f"no {'events' if raw else 'incidents'} match these filters", err=True)
    text = render_timeline(rows, fmt)  # type: ignore[arg-type]  # checked against FORMATS above
    if out is None:
        typer.echo(text, nl=False)
        return
    write_text(out, text)
    if not state(ctx).quiet:
        typer.echo(f"wrote {len(rows)} {'events' if raw else 'incidents'} to {out}", err=True)
