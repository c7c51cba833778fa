"""``communique timeline``: one line per incident (or event) of a dyad, by date.

::

    $ communique timeline --dyad RUS-TUR --from 2020-12
    2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan · Syria, Libya · 2 sources

``-f parquet -o FILE`` writes the CSV's columns typed, as ``communique export`` does: codes and
names as lists, ``date_start``/``date_end`` as dates (with ``date_precision``), written by DuckDB.
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from communique.cli._app import app, open_app, state
from communique.cli._filters import check_format

if TYPE_CHECKING:
    from communique.analytics import TimelineRow

__all__ = ["FORMATS", "PARQUET_COLUMNS", "timeline", "write_timeline_parquet"]

FORMATS = ("text", "jsonl", "csv", "md", "parquet")
#: the Parquet columns and their DuckDB types: the CSV's, typed, with the date's interval
PARQUET_COLUMNS: dict[str, str] = {
    "date": "VARCHAR", "date_start": "DATE", "date_end": "DATE", "date_precision": "VARCHAR",
    "date_source": "VARCHAR", "event_type": "VARCHAR", "mode": "VARCHAR", "actor": "VARCHAR[]",
    "recipient": "VARCHAR[]", "actor_name": "VARCHAR[]", "recipient_name": "VARCHAR[]", "place": "VARCHAR",
    "lat": "DOUBLE", "lon": "DOUBLE", "topics": "VARCHAR[]", "n_sources": "INTEGER", "disagreement": "BOOLEAN",
    "event_scale": "DOUBLE", "quad_code": "INTEGER", "id": "VARCHAR",
}


def _parquet_row(r: TimelineRow) -> list[Any]:
    from communique.store.export import date_interval

    start, end, precision = date_interval(r.date)
    return [r.date, start, end, precision, r.date_source, r.event_type, r.mode, list(r.actor_codes),
            list(r.recipient_codes), list(r.actors), list(r.recipients), r.place, r.lat, r.lon, list(r.topics),
            r.n_sources, r.disagreement, r.event_scale, r.quad_code, r.id]


def write_timeline_parquet(rows: Sequence[TimelineRow], path: Path) -> int:
    """Write ``rows`` to a Parquet file of :data:`PARQUET_COLUMNS`; returns how many.

    Raises :class:`StoreError` (E406) when DuckDB cannot write the file.
    """
    import duckdb

    from communique.errors import StoreError

    columns = ", ".join(f'"{name}" {kind}' for name, kind in PARQUET_COLUMNS.items())
    try:
        with duckdb.connect(":memory:") as con:
            con.execute(f"CREATE TABLE timeline ({columns})")
            if rows:
                con.executemany(f"INSERT INTO timeline VALUES ({', '.join('?' * len(PARQUET_COLUMNS))})",
                                [_parquet_row(r) for r in rows])
            target = str(path).replace("'", "''")
            con.execute(f"COPY timeline TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise StoreError(f"cannot write {path}: {exc}", code="E406") from exc
    return len(rows)


@app.command()
def timeline(
    ctx: typer.Context,
    dyad: Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                             "(default: every incident).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
                         ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date (inclusive).")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Only items naming this topic (any case).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, jsonl, csv, md or parquet (with -o).")
                   ] = "text",
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

    check_format(fmt, out, FORMATS)
    counted = 0

    def counting(batches: Iterator[list[Any]]) -> Iterator[list[Any]]:
        nonlocal counted
        for rows in batches:
            counted += len(rows)
            yield rows

    chosen = None if modality == "all" else modality
    with open_app(ctx, db, read_only=True) as communique:
        lines = communique.iter_timeline_text(dyad, date_from=date_from, date_to=date_to, topic=topic,
                                              modality=chosen) if raw and fmt == "text" else None
        batches = counting(lines if lines is not None else communique.iter_timeline(
            dyad, date_from=date_from, date_to=date_to, topic=topic, events=raw, modality=chosen))
        if fmt == "parquet" and out is not None:  # a typed table: written whole
            write_timeline_parquet([r for rows in batches for r in rows], out)
        else:
            first = list(itertools.islice(batches, 1))  # the query runs (and may fail) before the file is opened
            if lines is not None:  # made in the store, as render_timeline_parts would
                parts: Iterator[str] = ("".join(f"{line}\n" for line in batch)
                                        for batch in itertools.chain(first, batches))
            else:
                parts = render_timeline_parts(itertools.chain(first, batches), fmt)  # type: ignore[arg-type]
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
