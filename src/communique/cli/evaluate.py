"""``communique evaluate``: score predicted events against gold events.

The same metrics as ``shared/eval/score.py`` (dyad, typed and dated P/R/F1, per type, attribute
agreement), plus the misses and false alarms with their sentences::

    communique evaluate gold.jsonl pred.jsonl --errors
    communique evaluate gold.jsonl --db store.duckdb      # against the stored events
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli._app import app, open_app
from communique.errors import InputError

__all__ = ["evaluate", "read_records"]


def read_records(path: Path) -> list[dict[str, Any]]:
    """Event records of a JSON Lines file; raises :class:`InputError` naming the bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", origin=str(path), code="E101") from exc
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", origin=str(path), line=n, code="E103") from exc
        if not isinstance(rec, dict) or "doc_id" not in rec or "event_type" not in rec:
            raise InputError("an event needs doc_id and event_type", origin=str(path), line=n, code="E104")
        out.append(rec)
    return out


@app.command()
def evaluate(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON Lines in the event schema.")],
    pred: Annotated[Path | None, typer.Argument(help="Predicted events (default: the events in the store).")] = None,
    errors: Annotated[bool, typer.Option(
        "--errors", help="List misses and false alarms with their sentences.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_f1: Annotated[float | None, typer.Option("--min-f1", help="Exit 1 when the dated F1 is below this.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Score only predictions at least this confident.")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file (when no PRED file).")] = None,
) -> None:
    """Precision, recall and F1 of predicted events against gold events."""
    from communique.evaluate import evaluate as score
    from communique.evaluate import format_report

    gold_records = read_records(gold)
    if pred is not None:
        predicted = read_records(pred)
        if min_confidence is not None:
            predicted = [p for p in predicted if (p.get("confidence") or 0) >= min_confidence]
    else:
        with open_app(ctx, db) as communique:
            predicted = [e.to_record() for e in communique.events(min_confidence=min_confidence)]
    report = score(gold_records, predicted)
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else format_report(report, errors=errors))
    if min_f1 is not None and report.levels["dated"].f1 < min_f1:
        raise typer.Exit(1)
