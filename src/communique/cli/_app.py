"""The typer application, its global options and the one place errors become exit codes.

Exit codes: ``0`` done, ``1`` a :class:`CommuniqueError` (``error: [E402] ...`` on stderr),
``2`` bad usage (typer's own, and a bad filter value: E111, E112), ``3`` finished but some inputs were rejected, ``130``
interrupted (safe to rerun). ``--debug`` prints the traceback before the error line.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from communique.errors import CommuniqueError
from communique.settings import Settings

if TYPE_CHECKING:  # the facade imports the store and the pipeline: only when a command opens it
    from communique.app import Communique

__all__ = ["CliState", "app", "main", "open_app", "state"]


@dataclass
class CliState:
    """The global options, shared with every command through ``ctx.obj``."""

    db: Path | None = None
    debug: bool = False
    quiet: bool = False
    lexicon_dirs: list[Path] = field(default_factory=list)

    def settings(self, db: Path | None = None) -> Settings:
        """Settings from the environment, then the global options, then a command's ``--db``."""
        return Settings.from_env(db=db or self.db, lexicon_dirs=self.lexicon_dirs or None)


def report_error(exc: CommuniqueError, *, debug: bool) -> None:
    """Print ``error: [E…] message`` (after the traceback when ``debug``) on stderr."""
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    typer.echo(f"error: {exc}", err=True)


#: Errors that are bad usage (exit 2): a filter value that is malformed (E111) or an unknown code (E112).
USAGE_CODES = frozenset({"E111", "E112"})

#: Commands in pipeline order, for --help. Each is the module ``communique.cli.NAME``, imported
#: when the command is run or listed (so ``events`` neither imports nor builds the other eleven).
COMMAND_ORDER = ("ingest", "extract", "link", "events", "timeline", "analytics", "report", "serve", "export",
                 "evaluate", "demo", "info")


#: An example for each command's --help (a command may give its own epilog instead).
EXAMPLES = {
    "ingest": "communique ingest articles.jsonl news/ --db news.duckdb",
    "link": "communique link --all --db news.duckdb",
    "timeline": "communique timeline --dyad RUS-TUR --from 2020 -f csv -o timeline.csv",
    "analytics": "communique analytics --dyad RUS-TUR --freq quarter -f csv -o series.csv",
    "report": "communique report --dyad RUS-TUR -o russia-turkey.html",
    "serve": "communique serve --port 8001",
    "evaluate": "communique evaluate gold.jsonl --db news.duckdb --errors",
    "info": "communique info --db news.duckdb --settings",
}

_METAVARS = {"Path": "PATH", "int": "N", "float": "X", "str": "TEXT"}


def plain_metavars(command: Any, ctx: Any = None) -> Any:
    """Help that reads ``--dyad TEXT``, ``--all``: no ``<bool>`` after flags, no ``<list[Path]>``."""
    params = list(getattr(command, "params", ()))
    if command is not None and ctx is not None:
        params.append(command.get_help_option(ctx))
    for param in params:
        if param is None:
            continue
        if getattr(param, "param_type_name", "option") != "option":  # an argument: its name, no <list[str]>
            param.display_type_rich = lambda ctx: None
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None:
            annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
            args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
            many = getattr(annotation, "__origin__", None) is list
            base = args[0] if args else annotation
            param.metavar = _METAVARS.get(getattr(base, "__name__", ""), "TEXT") + ("..." if many else "")
    return command


class _Group(TyperGroup):
    """Runs a command and turns what it raises into one line and an exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = {*super().list_commands(ctx), *COMMAND_ORDER}
        return sorted(names, key=lambda n: (COMMAND_ORDER.index(n) if n in COMMAND_ORDER else len(COMMAND_ORDER), n))

    def _add_command_of(self, name: str) -> None:
        """Import the module of command ``name`` (``communique.cli.NAME``, whose decorator registers
        the command on :data:`app`) and add what it registered to this group, as typer builds it."""
        from typer.main import get_command_from_info, get_command_name

        importlib.import_module(f"communique.cli.{name}")
        for info in app.registered_commands:
            registered = info.name or (get_command_name(info.callback.__name__) if info.callback else None)
            if registered and registered not in self.commands:
                self.add_command(get_command_from_info(info, pretty_exceptions_short=app.pretty_exceptions_short,
                                                       rich_markup_mode=app.rich_markup_mode), registered)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in COMMAND_ORDER and args[0] not in self.commands:
            for name in COMMAND_ORDER:  # an unknown command: typer suggests the closest of all of them
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in COMMAND_ORDER and cmd_name not in self.commands:
            self._add_command_of(cmd_name)
        command = plain_metavars(super().get_command(ctx, cmd_name), ctx)
        if command is not None and not command.epilog and cmd_name in EXAMPLES:
            command.epilog = f"Example: {EXAMPLES[cmd_name]}"
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        plain_metavars(self, ctx)
        super().format_help(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:  # typer's own (vendored click) Context
        try:
            return super().invoke(ctx)
        except CommuniqueError as exc:
            report_error(exc, debug=bool(ctx.params.get("debug")))
            raise typer.Exit(2 if exc.code in USAGE_CODES else 1) from None
        except KeyboardInterrupt:
            typer.echo("interrupted: what was saved is kept; run the command again to continue", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:
            if not _interrupted(exc):
                raise
            typer.echo("interrupted: what was saved is kept; run the command again to continue", err=True)
            raise typer.Exit(130) from None


def _interrupted(exc: Exception) -> bool:
    """Whether ``exc`` is DuckDB stopping a query on Ctrl-C (imported only if a command used DuckDB)."""
    duckdb = sys.modules.get("duckdb")
    if duckdb is not None and isinstance(exc, duckdb.InterruptException):
        return True
    # DuckDB stops a query on Ctrl-C with RuntimeError("Query interrupted") too
    return isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower()


app = typer.Typer(
    cls=_Group,
    name="communique",
    help="News articles in, PLOVER event records out: who did what to whom, when and where.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        from communique.app import version

        typer.echo(f"communique {version()}")
        raise typer.Exit(0)


@app.callback()
def _global(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file (default: ./communique.duckdb, "
                                            "or COMMUNIQUE_DB).")] = None,
    lexicon_dir: Annotated[list[Path] | None, typer.Option(
        "--lexicon-dir", help="Extra data directory extending the packaged lexicons and rules "
        "(repeatable; also COMMUNIQUE_LEXICON_DIRS).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only results and errors.")] = False,
    show_version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True,
                                               callback=_print_version)] = False,
) -> None:
    """News articles in, PLOVER event records out: who did what to whom, when and where.

    Example: communique ingest articles.jsonl && communique extract && communique timeline --dyad RUS-TUR
    """
    ctx.obj = CliState(db=db, debug=debug, quiet=quiet, lexicon_dirs=list(lexicon_dir or []))


def state(ctx: typer.Context) -> CliState:
    """The global options of this invocation."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, CliState) else CliState()


def open_app(ctx: typer.Context, db: Path | None = None, *, read_only: bool = False) -> Communique:
    """The facade for this invocation; a command's own ``--db`` wins over the global one.

    Commands that only read pass ``read_only=True``: they share the store with other readers.
    """
    from communique.app import Communique

    return Communique(state(ctx).settings(db), read_only=read_only)


def main() -> None:
    """Entry point of the ``communique`` script and ``python -m communique``."""
    app(prog_name="communique")
