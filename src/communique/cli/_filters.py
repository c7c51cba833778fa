"""The event filters ``events`` and ``export`` share: their options, once, and the checks on them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli._app import state

__all__ = ["Actor", "DateFrom", "DateSource", "DateTo", "Doc", "Dyad", "EventType", "Limit", "MinConfidence",
           "Modality", "Recipient", "check_format", "event_filters", "report_written"]

Dyad = Annotated[str | None, typer.Option("--dyad", help="Both codes among the participants, e.g. RUS-TUR "
                                          "or RUS-NATO.")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
DateFrom = Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")]
DateTo = Annotated[str | None, typer.Option("--to", help="Latest date (inclusive, on the date's prefix).")]
Actor = Annotated[str | None, typer.Option("--actor", help="Code among the actors, e.g. TUR or NATO.")]
Recipient = Annotated[str | None, typer.Option("--recipient", help="Code among the recipients.")]
Modality = Annotated[str | None, typer.Option("--modality", help="asserted, future, hypothetical, negated.")]
Doc = Annotated[str | None, typer.Option("--doc", help="Only events of this article id.")]
MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", help="Only events at least this confident (0-1): trade recall for precision.")]
DateSource = Annotated[str | None, typer.Option(
    "--date-source", help="Only events dated from: text, discourse or publication (drop guessed dates).")]
Limit = Annotated[int | None, typer.Option("--limit", help="At most this many events.")]


def event_filters(*, dyad: str | None, event_type: str | None, date_from: str | None, date_to: str | None,
                  actor: str | None, recipient: str | None, modality: str | None, doc: str | None,
                  limit: int | None, min_confidence: float | None, date_source: str | None) -> dict[str, Any]:
    """The options as the keyword filters of :meth:`Communique.events` and :meth:`Communique.export`."""
    return {"dyad": dyad, "event_type": event_type, "date_from": date_from, "date_to": date_to, "actor": actor,
            "recipient": recipient, "modality": modality, "doc_id": doc, "limit": limit,
            "min_confidence": min_confidence, "date_source": date_source}


def check_format(fmt: str, out: Path | None, formats: tuple[str, ...]) -> None:
    """Usage errors (exit 2) for a format not in ``formats`` and for Parquet without a file."""
    if fmt not in formats:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(formats)}", param_hint="--format")
    if fmt == "parquet" and out is None:
        raise typer.BadParameter("parquet is written to a file: add -o FILE.parquet", param_hint="--format")


def report_written(ctx: typer.Context, n: int, out: Path | None) -> None:
    """Say on stderr what was written, or that nothing matched."""
    if state(ctx).quiet:
        return
    if n == 0:
        typer.echo("no events match these filters", err=True)
    elif out is not None:
        typer.echo(f"wrote {n} events to {out}", err=True)
