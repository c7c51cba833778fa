"""``communique info``: version, store, data files and settings."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli._app import app, open_app
from communique.settings import SETTINGS, Settings

__all__ = ["format_info", "format_pipeline", "format_settings", "info"]


def format_info(info: dict[str, Any]) -> str:
    """The lines ``communique info`` prints."""
    model = info["spacy_model"]
    installed = "installed" if importlib.util.find_spec(model) is not None else "NOT installed"
    lines = [f"communique {info['version']} (python {info['python']})", f"spaCy model: {model} ({installed})"]
    if "counts" in info:
        c = info["counts"]
        copies = f", {c['reprints']} reprints" if c.get("reprints") else ""
        lines.append(f"store: {info['db']} (schema {info['schema_version']}): {c['articles']} articles "
                     f"({c['pending']} pending{copies}), {c['events']} events, {c.get('incidents', 0)} incidents, "
                     f"{c['rejects']} rejects, {c['runs']} runs")
    else:
        lines.append(f"store: {info['db']} (not created yet)")
    lines.append("data files:")
    lines += [f"  {name} {ver}" for name, ver in sorted(info["data_files"].items())]
    return "\n".join(lines)


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return os.pathsep.join(str(v) for v in value)
    return str(value)


def format_settings(settings: Settings) -> str:
    """Each setting: name, current value, environment variable and help."""
    lines = []
    for s in SETTINGS:
        lines.append(f"{s.name} = {_value(getattr(settings, s.name))!s}    "
                     f"[COMMUNIQUE_{s.name.upper()}, default {s.default!r}]\n    {s.help}")
    return "\n".join(lines)


def format_pipeline(steps: list[dict[str, Any]], digest: str) -> str:
    """The extraction components in order, with the state fields each reads and writes."""
    lines = [f"extraction pipeline (config {digest}):"]
    for n, s in enumerate(steps, 1):
        lines.append(f"{n:>2}. {s['name']:<14} {s['factory']}")
        lines.append(f"      reads: {', '.join(s['reads']) or '-'}   writes: {', '.join(s['writes']) or '-'}")
        if s["doc"]:
            lines.append(f"      {s['doc']}")
    return "\n".join(lines)


@app.command()
def info(
    ctx: typer.Context,
    settings: Annotated[bool, typer.Option("--settings", help="List every setting with its value and help.")] = False,
    pipeline: Annotated[bool, typer.Option("--pipeline", help="List the extraction components in order, "
                                                            "with what each reads and writes.")] = False,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
) -> None:
    """Show the version, the store's contents, the data file versions and, with --settings, the settings."""
    with open_app(ctx, db, read_only=True) as communique:
        if pipeline:
            from communique.extraction import Extractor

            ex = Extractor(communique.settings)
            typer.echo(format_pipeline(ex.pipeline(), ex.config.digest()))
        elif settings:
            typer.echo(format_settings(communique.settings))
        else:
            typer.echo(format_info(communique.info()))
