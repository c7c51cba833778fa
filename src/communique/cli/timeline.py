"""``communique timeline``: one line per incident (or event) of a dyad, by date.

::

    $ communique timeline --dyad RUS-TUR --from 2020-12
    2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan · Syria, Libya · 2 sources
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli._app import app, open_app, state

if TYPE_CHECKING:
    from communique.analytics import TimelineRow

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
    from communique.analytics import render_timeline_parts
    from communique.errors import StoreError

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    counted = 0

    def counting(batches: Iterator[list[TimelineRow]]) -> Iterator[list[TimelineRow]]:
        nonlocal counted
        for rows in batches:
            counted += len(rows)
            yield rows

    with open_app(ctx, db, read_only=True) as communique:
        batches = counting(communique.iter_timeline(dyad, date_from=date_from, date_to=date_to, topic=topic,
                                                    events=raw, modality=None if modality == "all" else modality))
        first = list(itertools.islice(batches, 1))  # the query runs (and may fail) before the file is opened
        parts = render_timeline_parts(itertools.chain(first, batches), fmt)  # type: ignore[arg-type]  # checked
        try:  # written as it is made: a long timeline is never whole in memory
            with out.open("w", encoding="utf-8") if out is not None else contextlib.nullcontext(sys.stdout) as f:
                for part in parts:
                    f.write(part)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror or exc}", code="E406") from exc
    what = "events" if raw else "incidents"
    if not counted and not state(ctx).quiet:
        typer.echo(f"no {what} match these filters", err=True)
    if out is not None and not state(ctx).quiet:
        typer.echo(f"wrote {counted} {what} to {out}", err=True)
