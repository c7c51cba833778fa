"""The ``communique`` command: one module per command, all on the typer app of :mod:`._app`.

Each command parses its options, calls the facade (:class:`communique.app.Communique`) or a
plain function, and prints. Errors are turned into ``error: [E…] …`` and exit codes in one
place, :class:`communique.cli._app._Group`.
"""

from __future__ import annotations

from communique.cli import (
    analytics,
    demo,
    evaluate,
    events,
    export,
    extract,
    info,
    ingest,
    link,
    report,
    serve,
    timeline,
)
from communique.cli._app import app, main

__all__ = [
    "analytics",
    "app",
    "demo",
    "evaluate",
    "events",
    "export",
    "extract",
    "info",
    "ingest",
    "link",
    "main",
    "report",
    "serve",
    "timeline",
]
