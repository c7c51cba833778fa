"""``communique extract``: find the events of pending articles and store them."""

from __future__ import annotations

import importlib
import importlib.util
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli._app import app, state
from communique.cli.link import format_link
from communique.engines.allocator import return_large_blocks
from communique.errors import ConfigError

if TYPE_CHECKING:  # imported where used, so that --help and the other commands start light
    from communique.app import Communique
    from communique.pipeline import EventExtractor, ExtractSummary
    from communique.pipeline import Progress as ProgressCallback
    from communique.settings import Settings

__all__ = ["extract", "format_extract", "make_extractor", "progress_bar", "restore_sigint", "run_extract",
           "status_bar"]


def format_extract(summary: ExtractSummary) -> str:
    """``"extracted: 12 articles, 31 events written, 0 failed"``, then the linking line when it did anything.

    Reprints skipped are added to the first line when there are any (``", 1 reprint skipped"``).
    """
    line = f"extracted: {summary.articles} articles, {summary.events} events written, {len(summary.failed)} failed"
    if summary.reprints:
        line += f", {summary.reprints} reprint{'' if summary.reprints == 1 else 's'} skipped"
    linked = summary.linked
    if linked is not None and (linked.events or linked.changed):
        line += "\n" + format_link(linked)
    return line


def restore_sigint() -> None:
    """Give Ctrl-C back to Python (KeyboardInterrupt, exit 130).

    The date parser's native runtime (duckling's Haskell RTS) installs its own SIGINT handler when
    it starts, which ends the process with exit 1 and ``<unknown>: wparseRefTime: interrupted``;
    called after start-up and after each article, this puts Python's handler back.
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def start_native_runtimes() -> None:
    """Start the date parser's native runtime now (importing duckling runs its ``init()``) and
    take Ctrl-C back at once, so that an interrupt during start-up is Python's too."""
    if threading.current_thread() is not threading.main_thread():
        return
    # Ctrl-C in the window between the runtime's start and restore_sigint() would be its (and lost):
    # hold it back meanwhile; Python's handler gets it when it is let through.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        if importlib.util.find_spec("duckling") is not None:
            importlib.import_module("duckling")
        restore_sigint()
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def progress_bar(show: bool, label: str = "extracting") -> Iterator[ProgressCallback | None]:
    """A rich progress bar on stderr as a ``progress(done, total)`` callback; ``None`` when not shown."""
    with status_bar(show, label) as (update, _):
        yield update


@contextmanager
def status_bar(show: bool, label: str) -> Iterator[tuple[ProgressCallback | None, Callable[[str], None]]]:
    """A progress bar (or nothing) and a function that changes its label ("loading model" ...)."""
    if not show:
        yield None, lambda _: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update, lambda text: bar.update(task, description=text)


def run_extract(communique: Communique, *, redo: bool, strict: bool, show_progress: bool) -> ExtractSummary:
    """Extract with a progress bar when ``show_progress``; the plain function behind the command.

    The bar says "loading model" while the extractor starts (spaCy, the data files, the date
    parser), then counts articles. Ctrl-C at any point raises KeyboardInterrupt (exit 130).
    """
    start_native_runtimes()
    return_large_blocks()  # the parser's freed arrays go back to the system (engines.allocator)
    with status_bar(show_progress, "loading model") as (update, relabel):
        counts = communique.store(create=False).counts()
        expected = counts.get("articles", 1) if redo else counts.get("pending", 1)
        if expected:
            start = getattr(communique.extractor, "start", None)  # start-up, under the "loading model" label
            if start is not None:
                start(expected)  # worker processes load while this one reads the store
        restore_sigint()
        relabel("extracting")

        def progress(done: int, total: int) -> None:
            restore_sigint()
            if update is not None:
                update(done, total)

        return communique.extract(redo=redo, progress=progress, strict=strict, release=True)


class Engine(StrEnum):
    """The ``--engine`` choices."""

    local = "local"
    dask = "dask"


def make_extractor(settings: Settings, *, workers: int | None, engine: str = "local",
                   scheduler: str | None = None) -> EventExtractor | None:
    """The extractor of ``--workers``/``--engine``/``--scheduler``; None for the in-process one.

    Raises :class:`ConfigError` E530 for ``--engine dask`` without ``--scheduler`` (or a
    scheduler given to the local engine).
    """
    if engine == "dask":
        if not scheduler:
            raise ConfigError("--engine dask needs --scheduler ADDR", code="E530",
                              hint="start one with 'dask scheduler' and pass its address, e.g. tcp://10.0.0.5:8786")
        from communique.engines.dask_engine import DaskExtractor

        return DaskExtractor(scheduler, settings)
    if scheduler:
        raise ConfigError("--scheduler is for --engine dask", code="E530", hint="add --engine dask")
    from communique.engines.local import PoolExtractor, default_workers

    n = workers or default_workers()
    return PoolExtractor(settings, n) if n > 1 else None


@app.command(epilog="Example: communique extract --db news.duckdb   (Ctrl-C stops it; what was saved is kept)")
def extract(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file.")] = None,
    redo: Annotated[bool, typer.Option("--all", help="Extract every article again, not only pending ones.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first article the extractor fails on.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Processes extracting whole articles, this one included (default: the "
        "machine's cores; 1: this one only). The events are the same.")] = None,
    engine: Annotated[Engine, typer.Option(
        "--engine", help="Where extraction runs: local processes, or a Dask "
        "distributed cluster (with --scheduler).")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Address of the Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786.")] = None,
) -> None:
    """Extract events from the articles not yet extracted. Exit 3 if some articles failed."""
    from communique.app import Communique
    from communique.engines.collector import loading
    from communique.spacy_import import import_spacy

    quiet = quiet or state(ctx).quiet
    settings = state(ctx).settings(db)
    extractor = make_extractor(settings, workers=workers, engine=engine.value, scheduler=scheduler)
    if extractor is None:  # this process extracts: spaCy without its command line (communique.spacy_import)
        with loading():  # the collector paused, then what was loaded frozen (engines.collector)
            import_spacy()
    try:
        with Communique(settings, extractor=extractor) as communique:
            summary = run_extract(communique, redo=redo, strict=strict,
                                  show_progress=not quiet and sys.stderr.isatty())
    finally:
        close = getattr(extractor, "close", None)
        if close is not None:
            close()
    for failure in summary.failed:
        typer.echo(f"failed: {failure}", err=True)
    if not quiet:
        typer.echo(format_extract(summary))
    if summary.failed:
        raise typer.Exit(3)
