"""The ``communique`` command: one module per command, all on the typer app of :mod:`._app`.

Each command parses its options, calls the facade (:class:`communique.app.Communique`) or a
plain function, and prints. Errors are turned into ``error: [E…] …`` and exit codes in one
place, :class:`communique.cli._app._Group`, which also imports a command's module only when that
command is run or listed (``--help``): a command starts without the other eleven.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from communique.cli._app import COMMAND_ORDER, app, main


def __getattr__(name: str) -> Any:
    """The command modules (``communique.cli.events``), imported on first use (PEP 562)."""
    if name in COMMAND_ORDER:
        return import_module(f"communique.cli.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
