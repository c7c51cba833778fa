"""The pipeline: ingest -> extract -> store, and its error policy.

One bad input never stops a batch. Ingest problems arrive as :class:`InputError` items and go
to the ``rejects`` table. An article on which the extractor fails is recorded the same way
(E120), left pending so the next run retries it, and extraction goes on with the next one;
``strict=True`` raises instead. Errors of the set-up (model missing, bad data file: any
:class:`CommuniqueError` the extractor raises) and interrupts always propagate: events are saved
article by article, so an interrupted run is safe to rerun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from communique.errors import CommuniqueError, InputError
from communique.model import Article, Event
from communique.store import Store

__all__ = ["EventExtractor", "ExtractSummary", "IngestSummary", "Progress", "extract_into", "ingest_into"]

#: ``progress(done, total)``, called after each article.
Progress = Callable[[int, int], None]

_CHUNK = 500


class EventExtractor(Protocol):
    """What the pipeline needs of an extractor (:class:`communique.extract.Extractor` is one)."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, in order."""
        ...


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest did: articles new (or changed), unchanged, and the rejected inputs."""

    new: int
    unchanged: int
    rejects: tuple[InputError, ...] = ()

    @property
    def rejected(self) -> int:
        """How many inputs were rejected."""
        return len(self.rejects)


@dataclass(frozen=True)
class ExtractSummary:
    """What one extraction did: articles extracted, events written, articles that failed."""

    articles: int
    events: int
    failed: tuple[InputError, ...] = ()


def ingest_into(store: Store, items: Iterable[Article | InputError], *, stages: dict[str, str]) -> IngestSummary:
    """Add the articles of ``items`` to ``store`` and record its rejects and the run."""
    run = store.start_run("ingest", stages)
    new = unchanged = 0
    rejects: list[InputError] = []
    iterator = iter(items)
    while chunk := list(islice(iterator, _CHUNK)):
        articles = [i for i in chunk if isinstance(i, Article)]
        bad = [i for i in chunk if isinstance(i, InputError)]
        added, same = store.add_articles(articles)
        new, unchanged = new + added, unchanged + same
        store.add_rejects(bad)
        rejects += bad
    store.finish_run(run, articles=new + unchanged, events=0, rejects=len(rejects))
    return IngestSummary(new=new, unchanged=unchanged, rejects=tuple(rejects))


def _failure(article: Article, exc: Exception) -> InputError:
    return InputError(f"extraction failed: {type(exc).__name__}: {exc}", origin=article.origin or article.id,
                      code="E120", hint="the article stays pending; run with --strict --debug for the traceback")


def _extract_each(
    extractor: EventExtractor, articles: Sequence[Article], *, strict: bool, window: int
) -> Iterator[tuple[Article, list[Event] | InputError]]:
    """``(article, events)`` in order, or ``(article, InputError)`` for an article that failed.

    A batch that raises is redone one article at a time to find the culprit, then batching
    resumes.
    """
    start = 0
    while start < len(articles):
        done = 0
        try:
            for article, events in extractor.extract_many(articles[start:]):
                done += 1
                yield article, events
            return
        except CommuniqueError:
            raise
        except Exception:
            if strict:
                raise
        start += done
        for article in articles[start:start + window]:
            try:
                yield from extractor.extract_many([article])
            except CommuniqueError:
                raise
            except Exception as exc:
                yield article, _failure(article, exc)
        start += window


def extract_into(
    store: Store,
    extractor: EventExtractor,
    articles: Sequence[Article],
    *,
    stages: dict[str, str],
    data_versions: dict[str, str] | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    window: int = 32,
) -> ExtractSummary:
    """Extract ``articles`` and save each one's events to ``store`` as soon as they are ready."""
    run = store.start_run("extract", stages, data_versions)
    done = n_events = 0
    failed: list[InputError] = []
    for article, result in _extract_each(extractor, articles, strict=strict, window=window):
        if isinstance(result, InputError):
            failed.append(result)
        else:
            store.save_events(article.id, result)
            n_events += len(result)
        done += 1
        if progress is not None:
            progress(done, len(articles))
    store.add_rejects(failed)
    store.finish_run(run, articles=done - len(failed), events=n_events, rejects=len(failed))
    return ExtractSummary(articles=done - len(failed), events=n_events, failed=tuple(failed))
