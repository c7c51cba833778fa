"""``communique ingest PATH...``: read articles into the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli._app import app, open_app, state
from communique.errors import InputError

if TYPE_CHECKING:
    from communique.pipeline import IngestSummary

__all__ = ["format_ingest", "ingest"]

MAX_SHOWN = 20


def format_ingest(summary: IngestSummary) -> str:
    """``"ingested: 3 new, 1 unchanged, 2 rejected"``; ``"3 new (1 reprint)"`` when some new articles are reprints.

    Undated and repeated articles are counted in ``summary`` and warned about on stderr.
    """
    copies = len(summary.reprints)
    new = f"{summary.new} new" + (f" ({copies} reprint{'' if copies == 1 else 's'})" if copies else "")
    return f"ingested: {new}, {summary.unchanged} unchanged, {summary.rejected} rejected"


def _date(value: str | None) -> dt.date | None:
    """``--published`` as a date; :class:`InputError` (E106, E136) when it is not a sane ISO date."""
    if value is None:
        return None
    from communique.ingest import check_published, parse_published

    try:
        published = parse_published(value)
    except ValueError as exc:
        raise InputError(str(exc), origin="--published", code="E106", hint="use YYYY-MM-DD") from None
    problem = check_published(published)
    if problem is not None:
        raise InputError(problem, origin="--published", code="E136")
    return published


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .jsonl .json .html), folders, URLs, or - for "
                                               "stdin.", show_default=False)],
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Fetch URLs on private, loopback and "
                                                "link-local addresses too (COMMUNIQUE_ALLOW_PRIVATE=1).")] = False,
    manifest: Annotated[Path | None, typer.Option(
        "--manifest", help="CSV or JSONL of path,published,title,source,url for plain files (.txt, .html); "
        "manifest.csv / manifest.jsonl in an ingested folder are read too.", show_default=False)] = None,
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) of every article that has none of its own.",
        show_default=False)] = None,
) -> None:
    """Read articles into the store. Exit 3 when some inputs were rejected (kept in 'rejects').

    Warns on stderr when new articles have no publication date, and when an id comes again with
    another text (that article is stored under the id with a suffix: E133).
    """
    date = _date(published)
    with open_app(ctx, db) as communique:
        if allow_private:
            communique.settings = dataclasses.replace(communique.settings, allow_private=True)
        summary = communique.ingest(paths, manifest=manifest, published=date)
    quiet = state(ctx).quiet
    if summary.undated:
        typer.echo(f"warning: {summary.undated} new article{'' if summary.undated == 1 else 's'} without a "
                   "publication date (give --published DATE or a manifest with a 'published' column)", err=True)
    if summary.repeated:
        typer.echo(f"warning: {summary.repeated} article{'' if summary.repeated == 1 else 's'} given twice "
                   "with the same id and text (stored once)", err=True)
    for renamed in summary.renamed[:MAX_SHOWN]:
        typer.echo(f"warning: {renamed}", err=True)
    for reject in summary.rejects[:MAX_SHOWN]:
        typer.echo(f"rejected: {reject}", err=True)
    if summary.rejected > MAX_SHOWN:
        typer.echo(f"rejected: ... and {summary.rejected - MAX_SHOWN} more (see the rejects table)", err=True)
    if not quiet:
        typer.echo(format_ingest(summary))
    if summary.rejected:
        raise typer.Exit(3)
