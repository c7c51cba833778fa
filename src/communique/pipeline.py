"""The pipeline: ingest (+ reprints) -> extract -> link incidents -> store, and its error policy.

One bad input never stops a batch. Ingest problems arrive as :class:`InputError` items and go
to the ``rejects`` table. An article on which the extractor fails is recorded the same way
(E120), left pending so the next run retries it, and extraction goes on with the next one;
``strict=True`` raises instead. Errors of the set-up (model missing, bad data file: any
:class:`CommuniqueError` the extractor raises) and interrupts always propagate: events are saved
in batches of articles (one transaction each), so an interrupted run is safe to rerun.

Dedup happens at two points:

* **Reprints, at ingest** (:func:`detect_reprints`): each new or changed article is compared with
  every stored one by MinHash/LSH (:class:`~communique.dedup.ReprintDetector`); a near-copy gets
  ``articles.duplicate_of`` and :func:`extract_into` marks it extracted without running the
  extractor. The detector's signatures are kept in the store (``dedup_state``) with a fingerprint
  of the articles they cover (ids and content hashes, in order); when the fingerprint no longer
  matches (a changed article, an interrupted run, an older store) the detector is rebuilt from
  the stored texts, and the articles still pending are checked again.
* **Incidents, after extraction** (:func:`link_into`): only events without an incident are
  linked. The stored incidents of the blocks they fall in are restored into an
  :class:`~communique.dedup.IncidentLinker` (no decision is taken again), the new events are
  linked, every reprint is added as a source of its original's incidents, and the incidents
  that changed are saved with the event -> incident assignments in one transaction.
  ``redo=True`` clears every incident and links all events from scratch.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol, overload

from communique.dedup import IncidentLinker, ReprintDetector, record_from_event
from communique.dedup.reprints import STAGE_NAME as REPRINT_STAGE
from communique.errors import CommuniqueError, InputError
from communique.model import Article, Event, Incident
from communique.store import ArticleKey, Store, event_key

__all__ = [
    "REPRINT_STATE",
    "EventExtractor",
    "ExtractSummary",
    "IngestSummary",
    "LinkSummary",
    "Progress",
    "StoredArticles",
    "detect_reprints",
    "ensure_reprints",
    "extract_into",
    "ingest_into",
    "link_into",
]

#: Name of the reprint detector's state in the store's ``dedup_state`` table.
REPRINT_STATE = "reprints"

#: ``progress(done, total)``, called after each article.
Progress = Callable[[int, int], None]

_CHUNK = 500

#: extract_into saves events in one transaction per this many articles, or this many events, at
#: most once per SAVE_SECONDS unless SAVE_MOST articles wait (each save reopens the store and
#: checkpoints it when it is let go: ~0.1 s of the writer's CPU, taken from the workers). SAVE_SECONDS
#: is 0: readers of a store being extracted (the explorer, a notebook) see it grow batch by batch
#: (tests/api/test_serve_process.py); 5 s saved ~2 s of CPU on 1,053 articles but hid short runs'
#: progress until their end.
SAVE_ARTICLES = 64
SAVE_EVENTS = 2000
SAVE_SECONDS = 0.0
SAVE_MOST = 512


class EventExtractor(Protocol):
    """What the pipeline needs of an extractor (:class:`communique.extraction.Extractor` is one)."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, in order."""
        ...


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest did: articles new (or changed), unchanged, and the rejected inputs."""

    new: int
    unchanged: int
    rejects: tuple[InputError, ...] = ()
    reprints: tuple[tuple[str, str], ...] = ()  # (reprint, original) found among the new articles
    undated: int = 0  # new articles without a publication date
    repeated: int = 0  # articles given again in the same ingest with the same id and text (kept once)
    #: articles whose id an earlier one of the same ingest had with another text (E133): stored
    #: under the id with a suffix of their own text's hash, so that nothing given is lost
    renamed: tuple[InputError, ...] = ()

    @property
    def rejected(self) -> int:
        """How many inputs were rejected."""
        return len(self.rejects)


@dataclass(frozen=True)
class LinkSummary:
    """What one linking run did: events linked, incidents saved (new or changed), incidents in
    the store afterwards, and reprints newly counted as sources."""

    events: int
    changed: int
    incidents: int
    reprints: int = 0


@dataclass(frozen=True)
class ExtractSummary:
    """What one extraction did: articles extracted, events written, articles that failed,
    reprints skipped, and the linking that followed (when the caller linked)."""

    articles: int
    events: int
    failed: tuple[InputError, ...] = ()
    reprints: int = 0
    linked: LinkSummary | None = None


def _storable(error: InputError) -> InputError:
    """``error`` with lone surrogates in its origin or reason escaped, so the store can keep it."""
    def safe(value: str) -> str:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    origin, reason = error.origin, error.reason
    if safe(origin or "") == (origin or "") and safe(reason) == reason:
        return error
    return InputError(safe(reason), origin=safe(origin) if origin is not None else None, line=error.line,
                      code=error.code, hint=error.hint)


@dataclass
class _Batch:
    """The state of one ingest: ids given so far (with where and what), counters, rejects."""

    seen: dict[str, tuple[str | None, str]]
    rejects: list[InputError]
    renamed: list[InputError] = field(default_factory=list)
    repeated: int = 0

    def take(self, article: Article) -> Article | None:
        """``article`` to store, or None: the first with its id in this ingest is stored as it is;
        a later one with the same content is a repeat (counted, not stored again); a later one with
        other content is stored under ``ID~HASH`` (its own text's hash: the same name on every
        ingest) and reported (E133)."""
        first = self.seen.get(article.id)
        if first is None:
            self.seen[article.id] = (article.origin, article.content_hash)
            return article
        if first[1] == article.content_hash:
            self.repeated += 1
            return None
        own = f"{article.id}~{article.content_hash[:8]}"
        origin, _, line = (article.origin or article.id).rpartition(":")
        where = (origin, int(line)) if origin and line.isdigit() else (article.origin or article.id, None)
        self.renamed.append(InputError(
            f"id {article.id!r} was already given (at {first[0] or '?'}) with another text; this one is "
            f"stored as {own!r}", origin=where[0], line=where[1], code="E133",
            hint="give each article its own id, or drop the id to derive it from the text"))
        return self.take(article.model_copy(update={"id": own}))


def ingest_into(store: Store, items: Iterable[Article | InputError], *, stages: dict[str, str],
                reprints: bool = True) -> IngestSummary:
    """Add the articles of ``items`` to ``store``, find reprints among the new ones (unless
    ``reprints=False``), and record the rejects and the run.

    The first article with a given id keeps it; a later one with other text is stored as
    ``ID~HASH`` and reported in ``renamed`` (E133), one with the same text counts in
    ``repeated``. Each chunk of articles is committed with its rejects; reprint detection comes
    after the last chunk. A run killed in between leaves the
    saved detector state out of date, which the next ingest or extract notices
    (:func:`ensure_reprints`) before anything is extracted.
    """
    run = store.start_run("ingest", stages)
    changed: list[str] = []
    unchanged = undated = 0
    batch = _Batch({}, [])
    iterator = iter(items)
    while chunk := list(islice(iterator, _CHUNK)):
        before = len(batch.rejects)
        batch.rejects += (_storable(i) for i in chunk if isinstance(i, InputError))
        articles = [a for i in chunk if isinstance(i, Article) and (a := batch.take(i)) is not None]
        added, same = store.upsert_articles(articles)
        fresh = set(added)
        undated += sum(1 for a in articles if a.id in fresh and a.published is None)
        changed += added
        unchanged += same
        store.add_rejects(batch.rejects[before:])
    found = detect_reprints(store, changed) if reprints else {}
    new = len(dict.fromkeys(changed))
    store.finish_run(run, articles=new + unchanged, events=0, rejects=len(batch.rejects))
    return IngestSummary(new=new, unchanged=unchanged, rejects=tuple(batch.rejects), reprints=tuple(found.items()),
                         undated=undated, repeated=batch.repeated, renamed=tuple(batch.renamed))


def ensure_reprints(store: Store, detector: ReprintDetector | None = None) -> dict[str, str]:
    """Run reprint detection again if the saved detector state does not cover every stored
    article (an ingest killed after committing articles and before detecting reprints).

    Returns ``{reprint id: original id}`` of the links set; ``{}`` when the state was current.
    ``Communique.extract`` calls it first, so reprints are never extracted as originals.
    """
    keys = store.article_keys()
    if not keys:
        return {}
    state = store.load_state(REPRINT_STATE)
    if state is not None and state[0] == _fingerprint(keys, detector or ReprintDetector()):
        return {}
    return detect_reprints(store, [], detector)


def _fingerprint(keys: Iterable[ArticleKey], detector: ReprintDetector) -> str:
    digest = hashlib.sha256(f"{REPRINT_STAGE} {detector.threshold} {detector.num_perm} {detector.k} "
                            f"{detector.seed}\n".encode())
    for key in keys:
        digest.update(f"{key.id}\t{key.content_hash}\n".encode())
    return digest.hexdigest()


def _texts(store: Store, keys: Sequence[ArticleKey]) -> Iterator[Article]:
    """The stored articles of ``keys``, in that order, read a chunk at a time."""
    for start in range(0, len(keys), _CHUNK):
        ids = [k.id for k in keys[start:start + _CHUNK]]
        by_id = {a.id: a for a in store.articles(ids)}
        yield from (by_id[i] for i in ids if i in by_id)


def detect_reprints(store: Store, new_ids: Iterable[str], detector: ReprintDetector | None = None
                    ) -> dict[str, str]:
    """Find which of the articles ``new_ids`` reprint a stored article; set ``duplicate_of``.

    Returns ``{reprint id: original id}`` for the articles whose link was set. The detector's
    state comes from the store when its fingerprint matches the stored articles other than
    ``new_ids``; otherwise it is rebuilt from the stored texts (``detector`` gives the settings,
    default :class:`ReprintDetector`'s) and every article still pending is checked too.
    """
    fresh = detector or ReprintDetector()
    new = set(new_ids)
    keys = store.article_keys()
    seen = [k for k in keys if k.id not in new]
    todo = [k for k in keys if k.id in new]
    state = store.load_state(REPRINT_STATE)
    det: ReprintDetector | None = None
    if state is not None and state[0] == _fingerprint(seen, fresh):
        try:
            det = ReprintDetector.loads(state[1])
        except (ValueError, OSError, KeyError):
            det = None
    if det is None:  # rebuild: everything in order, pending articles checked again
        det = fresh
        todo = [k for k in keys if k.id in new or (not k.extracted and k.duplicate_of is None)]
        feed = keys
    else:
        feed = todo
        if not todo:
            return {}
    check = {k.id for k in todo}
    stored = {k.id: k.duplicate_of for k in keys}
    found: dict[str, str] = {}
    updates: dict[str, str | None] = {}
    for article in _texts(store, feed):
        original = det.add(article)
        if article.id in check and original != stored[article.id]:
            updates[article.id] = original
            if original is not None:
                found[article.id] = original
    store.set_duplicates(updates)
    store.save_state(REPRINT_STATE, _fingerprint(keys, det), det.dumps())
    return found


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


def _saved_in_batches(store: Store, results: Iterable[tuple[Article, list[Event] | InputError]],
                      articles: int = SAVE_ARTICLES, events: int = SAVE_EVENTS, seconds: float = SAVE_SECONDS,
                      most: int = SAVE_MOST) -> Iterator[tuple[Article, list[Event] | InputError]]:
    """Pass ``results`` through, saving the events in one transaction per batch of articles.

    A batch is written when it holds ``articles`` articles or ``events`` events and the last one
    was written ``seconds`` ago or more (or it holds ``most`` articles), and at the end; Ctrl-C
    writes the batch extracted so far; a killed run loses at most the batch not yet written
    (those articles stay pending).
    """
    batch: list[tuple[str, Sequence[Event]]] = []
    size = 0
    last = time.monotonic()
    try:
        for article, result in results:
            if not isinstance(result, InputError):
                batch.append((article.id, result))
                size += len(result)
                full = len(batch) >= articles or size >= events
                if (full and time.monotonic() - last >= seconds) or len(batch) >= most:
                    store.save_events_many(batch)
                    batch, size, last = [], 0, time.monotonic()
            yield article, result
    except KeyboardInterrupt:
        store.save_events_many(batch)  # Ctrl-C: keep what was extracted (exit 130, rerun to go on)
        raise
    store.save_events_many(batch)


class StoredArticles(Sequence[Article]):
    """Stored articles by id, read from the store ``chunk`` at a time as they are iterated, so a run
    over many articles holds one chunk of texts, not all of them. Slices are views too."""

    def __init__(self, store: Store, ids: Sequence[str], chunk: int = 256) -> None:
        self.store, self.ids, self.chunk = store, list(ids), chunk

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, k: int) -> Article: ...
    @overload
    def __getitem__(self, k: slice) -> StoredArticles: ...
    def __getitem__(self, k: int | slice) -> Article | StoredArticles:
        if isinstance(k, slice):
            return StoredArticles(self.store, self.ids[k], self.chunk)
        return self.store.articles([self.ids[k]])[0]

    def __iter__(self) -> Iterator[Article]:
        for start in range(0, len(self.ids), self.chunk):
            wanted = self.ids[start:start + self.chunk]
            by_id = {a.id: a for a in self.store.articles(wanted)}
            yield from (by_id[i] for i in wanted if i in by_id)


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
    """Extract ``articles`` and save each one's events to ``store`` as soon as they are ready.

    Reprints (articles with ``duplicate_of``) are marked extracted with no events of their own;
    they count in ``reprints``, not in ``articles``, and are not reported to ``progress``.
    """
    run = store.start_run("extract", stages, data_versions)
    ids = articles.ids if isinstance(articles, StoredArticles) else [a.id for a in articles]
    copies = store.duplicates(ids)
    store.save_events_many([(doc_id, []) for doc_id in copies])
    if isinstance(articles, StoredArticles):
        if copies:
            articles = StoredArticles(store, [i for i in ids if i not in copies], articles.chunk)
    else:
        articles = [a for a in articles if a.id not in copies]
    done = n_events = 0
    failed: list[InputError] = []
    results = _extract_each(extractor, articles, strict=strict, window=window)
    for _article, result in _saved_in_batches(store, results):
        if isinstance(result, InputError):
            failed.append(result)
        else:
            n_events += len(result)
        done += 1
        if progress is not None:
            progress(done, len(articles))
    store.add_rejects(failed)
    store.finish_run(run, articles=done - len(failed), events=n_events, rejects=len(failed))
    store.tidy_layout()  # sorts the query layout again once the rows added since are many
    return ExtractSummary(articles=done - len(failed), events=n_events, failed=tuple(failed), reprints=len(copies))


#: unlinked events read per batch by :func:`link_into`: a batch of parsed events is held while the
#: next is read (about 5 KB per event as objects), so 500 rather than 2,000 lowers the linking peak
#: after 5,000 articles (23,000 events) by ~22 MB for 0.35 s more CPU (benchmarks/README.md)
LINK_BATCH = 500


def link_into(store: Store, *, redo: bool = False, batch_size: int = LINK_BATCH) -> LinkSummary:
    """Link the events without an incident into the stored incidents (all events with ``redo``).

    Only the incidents of the blocks the new events (and the originals of newly found reprints)
    fall in are read back; see the module docstring. Unlinked events are read ``batch_size`` at a
    time: memory holds the linker's index and the event -> incident assignments, not the events.
    """
    if redo:
        store.clear_incidents()
    waiting = store.unlinked_reprints()
    linker = IncidentLinker()
    restored: set[str] = set()
    before: dict[str, str] = {}  # restored incident id -> its stored record
    docs: set[str] = set()

    def restore(keys: set[str]) -> None:
        keys -= restored
        if not keys:
            return
        restored.update(keys)
        stored = store.incidents(keys=keys)
        members = store.incident_events(i.id for i in stored)
        incident_docs = {d for i in stored for d in i.doc_ids}
        linker.add_published(store.published(incident_docs - docs))
        docs.update(incident_docs)
        linker.restore((i, members[i.id]) for i in stored)
        before.update((i.id, i.model_dump_json()) for i in stored)

    restore(store.incident_keys_of({original for _, original in waiting}))
    assignments: dict[str, str] = {}
    pending = 0
    for batch in store.iter_unlinked_events(batch_size):
        pending += len(batch)
        new_docs = {e.doc_id for e in batch} - docs
        linker.add_published(store.published(new_docs))
        docs.update(new_docs)
        restore({event_key(e) for e in batch})
        linker.link_records(record_from_event(e, linker.published(e.doc_id)) for e in batch)
        assignments.update((e.id, i) for e in batch if (i := linker.incident_of(e.id)) is not None)
    if not pending and not waiting:
        return LinkSummary(events=0, changed=0, incidents=store.counts()["incidents"])
    pairs = store.reprints_of(docs)
    linker.add_published(store.published({r for r, _ in pairs} - docs))
    for reprint, original in pairs:
        linker.add_reprint(reprint, original)
    copies = {reprint for reprint, _ in pairs}
    counts = {"changed": 0, "reprints": 0}

    def changed() -> Iterator[tuple[Incident, str]]:
        # one incident at a time: the store writes them in chunks, so memory holds the linker only
        for incident in linker.iter_incidents():
            if before.get(incident.id) == incident.model_dump_json():
                continue
            old = set(json.loads(before[incident.id])["doc_ids"]) if incident.id in before else set()
            counts["changed"] += 1
            counts["reprints"] += len(copies.intersection(incident.doc_ids) - old)
            yield incident, linker.modality_of(incident.id) or "asserted"

    store.save_incidents(changed(), assignments)
    return LinkSummary(events=len(assignments), changed=counts["changed"], incidents=store.counts()["incidents"],
                       reprints=counts["reprints"])
