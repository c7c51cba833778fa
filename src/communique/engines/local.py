"""``communique extract --workers N``: whole articles extracted by N local processes.

The caller's process is one of the N: it starts ``N - 1`` worker processes, each building one
:class:`~communique.extraction.Extractor` (spaCy, the data files) in its initializer, builds its
own meanwhile, and then hands chunks of articles to the workers while extracting a chunk itself
whenever the oldest chunk handed out is not back yet; results come out in input order, and the
caller writes the store. A third process beside two workers would cost a start-up (~1 s of CPU)
and take CPU from them on a two-core machine while mostly waiting. Workers are started with the
``spawn`` method (no fork of a process holding an open DuckDB connection or the date parser's
native runtime) on :meth:`PoolExtractor.start` or the first :meth:`PoolExtractor.extract_many`,
and stopped by :meth:`PoolExtractor.close`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from types import TracebackType
from typing import TYPE_CHECKING

from communique.engines.allocator import return_large_blocks
from communique.engines.collector import loading
from communique.model import Article, Event
from communique.settings import Settings
from communique.spacy_import import import_spacy

if TYPE_CHECKING:
    from communique.extraction import Extractor

__all__ = ["PoolExtractor", "default_workers", "extract_chunk", "worker_extractor"]

_EXTRACTOR: Extractor | None = None
_SETTINGS: Settings | None = None


def default_workers() -> int:
    """The cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def worker_extractor(settings: Settings) -> Extractor:
    """The extractor of this process for ``settings``, built on first use and then kept."""
    global _EXTRACTOR, _SETTINGS
    if _EXTRACTOR is None or settings != _SETTINGS:
        return_large_blocks()  # a worker process parses for long: its freed arrays go back (allocator)
        with loading():  # the collector paused, then what was loaded frozen (engines.collector)
            import_spacy()  # before anything imports spaCy: without its command line (communique.spacy_import)
            from communique.extraction import Extractor

            _EXTRACTOR, _SETTINGS = Extractor(settings), settings
    return _EXTRACTOR


def _init_worker(settings: Settings) -> None:
    worker_extractor(settings)


def _ready() -> None:
    """A task that only makes the pool start a worker (and so its initializer) now."""


def extract_chunk(settings: Settings, articles: list[Article]) -> list[list[Event]]:
    """The events of each article of ``articles``, with this process's extractor."""
    return [events for _, events in worker_extractor(settings).extract_many(articles)]


class PoolExtractor:
    """An :class:`~communique.pipeline.EventExtractor` running in ``workers`` local processes,
    this one and ``workers - 1`` started ones.

    Chunks of ``settings.batch_size`` articles go to a process at a time, smaller ones (down to
    ``chunk``) towards the end of a sized input, ``chunk`` ones throughout when its length is not
    known; at most ``2 * (workers - 1)`` chunks are with the started processes (memory stays flat
    however many articles are given); this process extracts the next chunk itself while the
    oldest one handed out is not back. Fewer than ``min_parallel`` articles in one call are
    extracted in this process only (starting workers costs more than they save), unless
    :meth:`start` has started the workers already.
    Events are those of :class:`~communique.extraction.Extractor` with the same settings.
    """

    def __init__(self, settings: Settings | None = None, workers: int | None = None, *, chunk: int = 8,
                 min_parallel: int = 32) -> None:
        self.settings = settings or Settings()
        self.workers = workers or default_workers()
        self.chunk = max(1, chunk)
        self.min_parallel = min_parallel
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers - 1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init_worker, initargs=(self.settings,))
        return self._pool

    def start(self, expected: int) -> None:
        """Start loading for ``expected`` articles: the worker processes when ``expected`` calls
        for them (they load while this process goes on), and this process's extractor."""
        if expected >= self.min_parallel and self.workers >= 2:
            pool = self._executor()
            for _ in range(self.workers - 1):  # each task nobody is idle for spawns a worker
                pool.submit(_ready)
        worker_extractor(self.settings)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, in order."""
        items = iter(articles)
        head = list(islice(items, self.min_parallel))
        if self.workers < 2 or (len(head) < self.min_parallel and self._pool is None):  # started: use them
            yield from worker_extractor(self.settings).extract_many([*head, *items])
            return
        pool = self._executor()
        total = len(articles) if isinstance(articles, Sized) else None
        parts = self._parts(chain(head, items), total)
        pending: deque[tuple[list[Article], Future[list[list[Event]]] | list[list[Event]]]] = deque()
        handed = 0  # chunks with the workers
        try:
            for part in parts:
                if handed < 2 * (self.workers - 1):
                    pending.append((part, pool.submit(extract_chunk, self.settings, part)))
                    handed += 1
                else:  # the workers have enough: this process takes the chunk
                    pending.append((part, self.extract_here(part)))
                while pending and _ready_or_full(pending, self.workers):
                    handed -= isinstance(pending[0][1], Future)
                    yield from _results(pending.popleft())
            while pending:
                yield from _results(pending.popleft())
        except BrokenProcessPool:
            self._pool = None  # a worker died (killed, out of memory): start new ones next time
            raise
        finally:
            for _, result in pending:
                if isinstance(result, Future):
                    result.cancel()

    def _parts(self, items: Iterator[Article], total: int | None) -> Iterator[list[Article]]:
        """``items`` in chunks of ``settings.batch_size`` articles (the parse's batch: a smaller one
        parses ~10 % slower) while many remain, then smaller ones down to ``chunk``, so that the
        processes finish together (guided self-scheduling); of ``chunk`` when ``total`` is unknown."""
        largest = max(self.chunk, self.settings.batch_size)
        given = 0
        while True:
            size = self.chunk if total is None else max(self.chunk, min(largest, (total - given) // (2 * self.workers)))
            part = list(islice(items, size))
            if not part:
                return
            given += len(part)
            yield part

    def extract_here(self, articles: list[Article]) -> list[list[Event]]:
        """The events of each of ``articles``, extracted in this process (a chunk it takes)."""
        return extract_chunk(self.settings, articles)

    def close(self) -> None:
        """Stop the worker processes (idempotent)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> PoolExtractor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _ready_or_full(pending: deque[tuple[list[Article], Future[list[list[Event]]] | list[list[Event]]]],
                   workers: int) -> bool:
    """Whether the oldest chunk should be given out now: it is done (by a worker or here), or so
    many chunks wait behind it that this process had better wait for it than take another."""
    oldest = pending[0][1]
    return not isinstance(oldest, Future) or oldest.done() or len(pending) > 4 * workers


def _results(item: tuple[list[Article], Future[list[list[Event]]] | list[list[Event]]]
             ) -> Iterator[tuple[Article, list[Event]]]:
    articles, result = item
    yield from zip(articles, result.result() if isinstance(result, Future) else result, strict=True)
