"""``communique analytics``: counts over time, topic and context shares, the actor network.

::

    $ communique analytics --dyad RUS-TUR --freq quarter
    period   n  type:CONSULT  type:ACCUSE  quad:1  quad:3  scale_sum  scale_mean
    2020-Q4  3  2             1            2       1       1.8        0.6

Every row is a flat dict (:func:`analytics_rows`), so the table, JSON Lines and CSV show the
same columns: ``type:<PLOVER type>`` and ``quad:<class>`` counts, and for the network one row
per node (``kind`` node, ``source`` the code) and per edge.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from communique.cli._app import app, open_app, state

if TYPE_CHECKING:  # imported where used, so that --help and the other commands start light
    from rich.table import Table

    from communique.analytics.series import Freq, Item, SeriesPoint
    from communique.model import Event, Incident

__all__ = ["COLUMNS", "FORMATS", "FREQS", "WHAT", "analytics", "analytics_rows", "render_rows", "series_rows"]

WHAT = ("series", "topics", "contexts", "network")
FREQS = ("month", "quarter", "year")
FORMATS = ("table", "jsonl", "csv")


def _counts(prefix: str, counts: dict[Any, int], order: Sequence[Any]) -> dict[str, int]:
    return {f"{prefix}:{key}": counts.get(key, 0) for key in order}


def _used(dicts: Iterable[dict[Any, int]], order: Sequence[Any]) -> list[Any]:
    seen = {key for d in dicts for key in d}
    return [key for key in order if key in seen]


def analytics_rows(items: Sequence[Incident | Event | Item], what: str = "series", dyad: str | None = None,
                   freq: Freq = "month") -> list[dict[str, Any]]:
    """Flat rows of one analysis of ``items`` (restricted to ``dyad`` when given).

    ``series``: period, n, ``type:*`` and ``quad:*`` counts (columns for the types and classes
    that occur), scale_sum, scale_mean. ``topics`` / ``contexts``: name, n, share. ``network``:
    kind, source, target, n, scale_mean and the counts, nodes first.
    """
    from communique.analytics import actor_network, context_shares, dyad_series, topic_shares
    from communique.model import EVENT_TYPES

    if what == "series":
        return series_rows(dyad_series(items, dyad, freq))
    if what in ("topics", "contexts"):
        shares = topic_shares(items, dyad) if what == "topics" else context_shares(items, dyad)
        return [{"name": s.name, "n": s.n, "share": round(s.share, 3)} for s in shares]
    if what == "network":
        chosen: Sequence[Incident | Event | Item] = items
        if dyad is not None:
            first, second = dyad.split("-")
            chosen = [i for i in items if {first, second} <= _codes(i)]
        nodes, edges = actor_network(chosen)
        types = _used((e.by_type for e in edges), EVENT_TYPES)
        quads = _used((e.by_quad for e in edges), (1, 2, 3, 4))
        rows: list[dict[str, Any]] = [{"kind": "node", "source": n.code, "target": "", "n": n.n, "scale_mean": None,
                                       **_counts("type", {}, types), **_counts("quad", {}, quads)} for n in nodes]
        rows += [{"kind": "edge", "source": e.source, "target": e.target, "n": e.n,
                  "scale_mean": None if e.scale_mean is None else round(e.scale_mean, 3),
                  **_counts("type", e.by_type, types), **_counts("quad", e.by_quad, quads)} for e in edges]
        return rows
    raise ValueError(f"unknown analysis {what!r}; use one of {', '.join(WHAT)}")


def series_rows(series: Sequence[SeriesPoint]) -> list[dict[str, Any]]:
    """The ``series`` rows of :func:`analytics_rows` from the points of a series."""
    from communique.model import EVENT_TYPES

    types = _used((p.by_type for p in series), EVENT_TYPES)
    quads = _used((p.by_quad for p in series), (1, 2, 3, 4))
    return [{"period": p.period, "n": p.n, **_counts("type", p.by_type, types), **_counts("quad", p.by_quad, quads),
             "scale_sum": round(p.scale_sum, 3),
             "scale_mean": None if p.scale_mean is None else round(p.scale_mean, 3)} for p in series]


def _codes(item: Incident | Event | Item) -> set[str]:
    from communique.analytics.series import Item
    from communique.model import Incident

    if isinstance(item, Incident):
        return {*item.participants, *item.actor, *item.recipient}
    if isinstance(item, Item):
        return set(item.participants)
    return {a.code for a in (*item.actor, *item.recipient)}


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


#: The columns of each analysis when it has no rows (otherwise the first row's keys).
COLUMNS = {"series": ["period", "n", "scale_sum", "scale_mean"], "topics": ["name", "n", "share"],
           "contexts": ["name", "n", "share"], "network": ["kind", "source", "target", "n", "scale_mean"]}


def render_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> str:
    """``jsonl`` (one object per row) or ``csv`` (header from the first row, else ``columns``) as text."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str] = ()) -> Table:
    from rich.table import Table

    table = Table(header_style="bold")
    for column in (list(rows[0]) if rows else columns):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(v) for v in r.values()))
    return table


@app.command()
def analytics(
    ctx: typer.Context,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                             "(default: everything).")] = None,
    what: Annotated[str, typer.Option("--what", help="series, topics, contexts or network.")] = "series",
    freq: Annotated[str, typer.Option("--freq", help="Period of the series: month, quarter or year.")] = "month",
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="table, jsonl or csv (default: table on a "
                                            "terminal, else jsonl).")] = None,
    modality: Annotated[str, typer.Option("--modality", help="asserted (default: what happened), future, "
                                          "hypothetical, negated, or all.")] = "asserted",
    raw: Annotated[bool, typer.Option("--events", help="Count extracted events instead of incidents.")] = False,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Counts per period by type and quad class with the scale, topic/context shares, or the actor network."""
    from communique.cli._format import write_text
    from communique.store import EventFilter

    fmt = fmt or ("table" if out is None and sys.stdout.isatty() else "jsonl")
    for value, allowed, hint in ((what, WHAT, "--what"), (freq, FREQS, "--freq"), (fmt, FORMATS, "--format")):
        if value not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=hint)
    pair = EventFilter(dyad=dyad).dyad
    chosen = None if modality == "all" else modality
    with open_app(ctx, db, read_only=True) as communique:
        # a series of events is counted in the store; other analyses count the items in Python
        series = communique.event_series(pair, freq, modality=chosen) if raw and what == "series" else None
        items = communique.items(pair, events=raw, modality=chosen) if series is None else []
    rows = series_rows(series) if series is not None else analytics_rows(
        items, what, pair, freq)  # type: ignore[arg-type]  # checked against FREQS
    if not rows and not state(ctx).quiet:
        typer.echo("no incidents match these filters", err=True)
    if fmt == "table":
        from rich.console import Console  # only for a table: JSON Lines and CSV start quicker

        wide = out is None and sys.stdout.isatty()
        console = Console(file=io.StringIO() if out else None, width=None if wide else 200)
        console.print(_table(rows, COLUMNS[what]))
        if out is not None and isinstance(console.file, io.StringIO):
            write_text(out, console.file.getvalue())
    elif out is not None:
        write_text(out, render_rows(rows, fmt, COLUMNS[what]))
    else:
        typer.echo(render_rows(rows, fmt, COLUMNS[what]), nl=False)
    if out is not None and not state(ctx).quiet:
        typer.echo(f"wrote {len(rows)} rows to {out}", err=True)
