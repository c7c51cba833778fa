"""The facade the CLI, the API and the tests all construct.

::

    with Communique(Settings(db=Path("news.duckdb"))) as app:
        app.ingest(["articles.jsonl"])          # -> IngestSummary(new=12, unchanged=0, rejects=())
        app.extract()                           # -> ExtractSummary(articles=12, events=31)
        app.events(dyad="RUS-TUR", date_from="2020")
        app.timeline(dyad="RUS-TUR")            # -> [TimelineRow], one per incident
        app.report(dyad="RUS-TUR")              # -> one self-contained HTML page
        app.export("csv", Path("events.csv"))

Ingest marks reprints of stored articles; extract skips them, then links the new events into
incidents (:func:`communique.pipeline.link_into`); :meth:`Communique.link` does that alone.

The store opens on first use and stays open until :meth:`Communique.close` (so an in-memory
store, ``Settings(db=Path(":memory:"))``, lives as long as the object). The extractor, which
loads spaCy and the data files, is built on the first :meth:`Communique.extract`; pass
``extractor=`` to use another (tests pass a fake one).

``Communique(settings, read_only=True)`` only reads: it opens the store read-only, so several
readers (``events``, ``serve``, notebooks) share the file; DuckDB lets them in only while no
process writes, so opening retries for up to :data:`READ_WAIT` seconds. A writer retries for up
to :data:`WRITE_WAIT` seconds and lets the file go between units of work after holding it
:data:`WRITE_HOLD` seconds, so that readers get their turn during a long ``extract``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from communique.errors import DataFileError
from communique.settings import Settings

if TYPE_CHECKING:  # the stages are imported by the methods that use them: `info` and `--help` start light
    from communique.analytics import TimelineRow
    from communique.analytics.series import Item, SeriesPoint
    from communique.ingest import Fetcher
    from communique.model import Event, Incident
    from communique.pipeline import EventExtractor, ExtractSummary, IngestSummary, LinkSummary, Progress
    from communique.store import Store

__all__ = ["DEMO_CORPUS", "READ_WAIT", "TIMELINE_BATCH", "WRITE_HOLD", "WRITE_WAIT", "Communique", "demo_corpus",
           "version"]

DEMO_CORPUS = "demo/articles.jsonl"
#: seconds a reader retries while a writer holds the store
READ_WAIT = 10.0
#: seconds a writer retries while readers hold the store
WRITE_WAIT = 60.0
#: seconds a writer keeps the store between two units of work before letting readers in
WRITE_HOLD = 1.0
#: DuckDB's memory cap on the store while ``extract`` parses (Store.limit_memory)
EXTRACT_MEMORY = "32MB"
#: articles a one-shot ``extract`` must have extracted before it drops the parser to link in its memory
#: (fewer link in little memory, and dropping it costs a collection of its objects, ~0.1 s)
RELEASE_FROM = 100
#: events read at a time by :meth:`Communique.timeline` with ``events=True``
TIMELINE_BATCH = 5000


def version() -> str:
    """The installed communique version."""
    import importlib.metadata

    try:
        return importlib.metadata.version("communique")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def demo_corpus() -> Path:
    """The packaged demo articles. Raises :class:`DataFileError` (E204) when they are missing."""
    path = Path(str(resources.files("communique") / "data" / DEMO_CORPUS))
    if not path.is_file():
        raise DataFileError([f"the demo corpus {DEMO_CORPUS} is missing from the communique package "
                             "(reinstall communique)"], code="E204")
    return path


class Communique:
    """One store, one extractor, one set of settings."""

    def __init__(self, settings: Settings | None = None, *, extractor: EventExtractor | None = None,
                 read_only: bool = False, wait: float | None = None) -> None:
        self.settings = settings or Settings()
        self.read_only = read_only
        self.wait = (READ_WAIT if read_only else WRITE_WAIT) if wait is None else wait
        self._extractor = extractor
        self._store: Store | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def store(self, *, create: bool = True) -> Store:
        """The open store; opened (and migrated) on first use.

        With ``create=False`` a missing database raises :class:`StoreError` E404 instead of
        being created empty.
        """
        if self._store is None:
            from communique.store import Store

            self._store = Store(self.settings.db, create=create, read_only=self.read_only, wait=self.wait,
                                hold=None if self.read_only else WRITE_HOLD)
        return self._store

    def close(self) -> None:
        """Close the store, if open."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Communique:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def extractor(self) -> EventExtractor:
        """The extractor, built from the settings on first use (loads spaCy and the data)."""
        if self._extractor is None:
            from communique.engines.collector import loading

            with loading():  # the collector paused, then what was loaded frozen (engines.collector)
                from communique.extraction import Extractor  # loads spaCy: only when needed

                self._extractor = Extractor(self.settings)
        return self._extractor

    # -- the pipeline ------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, stdin: TextIO | None = None,
               fetcher: Fetcher | None = None, manifest: Path | None = None,
               published: dt.date | None = None) -> IngestSummary:
        """Read files, folders, ``-`` (stdin) or URLs into the store; bad inputs become rejects.

        ``manifest`` gives plain files their dates and titles (:mod:`communique.ingest.manifest`);
        ``published`` is the date of every article that has none of its own. URLs are fetched
        under the settings' fetch policy (``allow_private``, ``fetch_*``, ``feed_max_items``) unless
        another ``fetcher`` is given.
        """
        from communique import ingest
        from communique.dedup.reprints import STAGE_NAME as REPRINT_STAGE
        from communique.ingest import MB, FetchPolicy, HttpFetcher, Limits, load_boilerplate, read_paths
        from communique.pipeline import ingest_into

        rules = load_boilerplate(self.settings.lexicon_dirs)
        limits = Limits(max_record_bytes=int(self.settings.max_record_mb * MB),
                        max_file_bytes=int(self.settings.max_file_mb * MB))
        s = self.settings
        fetcher = fetcher or HttpFetcher(FetchPolicy(
            allow_private=s.allow_private, allow_hosts=s.fetch_allow_hosts, max_bytes=s.fetch_max_bytes,
            timeout=s.fetch_timeout, max_redirects=s.fetch_max_redirects, max_items=s.feed_max_items))
        items = read_paths(paths, rules=rules, stdin=stdin, fetcher=fetcher, limits=limits, manifest=manifest,
                           published=published)
        return ingest_into(self.store(), items, stages={ingest.STAGE_NAME: version(), REPRINT_STAGE: version()})

    def extract(self, redo: bool = False, progress: Progress | None = None, *, strict: bool = False,
                link: bool = True, release: bool = False) -> ExtractSummary:
        """Extract events from pending articles (all articles with ``redo``), store them, and
        (unless ``link=False``) link them into incidents; reprints are skipped. With ``release``
        the extractor is dropped (:meth:`release_extractor`) before linking, whose memory then
        reuses the parser's, when :data:`RELEASE_FROM` articles or more were extracted: for a
        one-shot command.

        With ``redo`` every incident is rebuilt from scratch. Raises :class:`StoreError` E404
        when there is no store yet (nothing was ingested).
        """
        from communique.dedup.incidents import STAGE_NAME as LINK_STAGE
        from communique.extract import STAGE_NAME as EXTRACT_STAGE
        from communique.pipeline import ExtractSummary, StoredArticles, ensure_reprints, extract_into, link_into

        store = self.store(create=False)
        ensure_reprints(store)  # an ingest killed before its reprint detection: detect them first
        # read a batch of texts at a time as extraction goes, not every pending text at once
        articles = StoredArticles(store, store.article_ids(pending=not redo))
        summary = ExtractSummary(articles=0, events=0)
        if articles:
            if redo and link:
                store.clear_incidents()  # one statement instead of dissolving them article by article
            versions = {name: str(entry.get("version", ""))
                        for name, entry in _manifest().get("files", {}).items()}
            stages = {EXTRACT_STAGE: version(), **({LINK_STAGE: version()} if link else {})}
            # the store's cache stays small beside the parser while articles are extracted (it
            # would grow with the store: Store.limit_memory); linking then has DuckDB's default
            store.limit_memory(EXTRACT_MEMORY)
            try:
                summary = extract_into(store, self.extractor, articles, stages=stages, data_versions=versions,
                                       progress=progress, strict=strict, window=self.settings.batch_size)
            except KeyboardInterrupt:
                store.limit_memory(None)
                if link:  # what was saved is linked, so incidents match the stored events
                    link_into(store)
                raise
            finally:
                store.limit_memory(None)
        if release and summary.articles >= RELEASE_FROM:
            self.release_extractor()
        if link:
            summary = dataclasses.replace(summary, linked=link_into(store))
        return summary

    def release_extractor(self) -> None:
        """Drop the extractor (its parser and data; worker processes are stopped) and the models
        the process loaded (:func:`communique.extraction.forget_models`), and give the freed heap
        back to the system; the next extraction builds them again."""
        from communique.engines.allocator import trim_heap
        from communique.extraction import forget_models

        close = getattr(self._extractor, "close", None)
        if close is not None:
            close()
        self._extractor = None
        forget_models()
        gc.collect()  # the parser's objects hold cycles: free them now, before linking allocates
        trim_heap()

    def link(self, redo: bool = False) -> LinkSummary:
        """Link the events not yet in an incident (every event, from scratch, with ``redo``).

        Raises :class:`StoreError` E404 when there is no store yet.
        """
        from communique.dedup.incidents import STAGE_NAME as LINK_STAGE
        from communique.pipeline import link_into

        store = self.store(create=False)
        run = store.start_run("link", {LINK_STAGE: version()})
        summary = link_into(store, redo=redo)
        store.finish_run(run, articles=0, events=summary.events, rejects=0)
        return summary

    # -- reading -----------------------------------------------------------------------------

    def events(self, **filters: Any) -> list[Event]:
        """Stored events matching ``filters`` (the fields of :class:`EventFilter`).

        Raises :class:`InputError` E111 for a bad filter value, :class:`StoreError` E404 when
        there is no store yet.
        """
        from communique.store import EventFilter

        return self.store(create=False).events(EventFilter(**filters))

    def incidents(self, dyad: str | None = None, modality: str | None = None) -> list[Incident]:
        """Stored incidents (of ``dyad``, e.g. ``"RUS-TUR"``: both among the participants; of one
        ``modality``, e.g. ``"asserted"``, when given).

        Raises :class:`InputError` E111 for a bad dyad or modality, :class:`StoreError` E404
        without a store.
        """
        return self.store(create=False).incidents(dyad=dyad, modality=modality)

    def incident_events(self, incidents: Iterable[Incident]) -> list[Event]:
        """The events behind ``incidents`` (for names and evidence)."""
        by_incident = self.store(create=False).incident_events(i.id for i in incidents)
        return [e for events in by_incident.values() for e in events]

    def timeline(self, dyad: str | None = None, *, date_from: str | None = None, date_to: str | None = None,
                 topic: str | None = None, modality: str | None = "asserted", events: bool = False
                 ) -> list[TimelineRow]:
        """One row per incident (per event with ``events``) of ``dyad``, by date.

        ``date_from``/``date_to`` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) keep items whose date
        overlaps the range; ``topic`` keeps items naming it; ``modality`` (default ``"asserted"``:
        what happened; None for every report, planned, denied or hypothetical too) keeps those
        reported so. Raises :class:`InputError` E111 for a bad dyad, date or modality.
        """
        return [row for rows in self.iter_timeline(dyad, date_from=date_from, date_to=date_to, topic=topic,
                                                   modality=modality, events=events) for row in rows]

    def iter_timeline(self, dyad: str | None = None, *, date_from: str | None = None, date_to: str | None = None,
                      topic: str | None = None, modality: str | None = "asserted", events: bool = False
                      ) -> Iterator[list[TimelineRow]]:
        """:meth:`timeline` in lists of rows, in order: with ``events``, the rows of a batch of
        events at a time (:data:`TIMELINE_BATCH`; batches end between dates), so that neither all
        the events nor all the rows need be in memory when the rows are written out as they come."""
        from communique.analytics import timeline
        from communique.store import EventFilter

        dyad = EventFilter(dyad=dyad, date_from=date_from, date_to=date_to).dyad
        if events:
            for batch in self.store(create=False).iter_events(EventFilter(dyad=dyad, modality=modality),
                                                               TIMELINE_BATCH):
                yield timeline(batch, events=batch, dyad=dyad, date_from=date_from, date_to=date_to, topic=topic)
            return
        chosen = self.incidents(dyad, modality)
        yield timeline(chosen, events=self.incident_events(chosen), dyad=dyad, date_from=date_from,
                       date_to=date_to, topic=topic)

    def iter_timeline_text(self, dyad: str | None = None, *, date_from: str | None = None,
                           date_to: str | None = None, topic: str | None = None, modality: str | None = "asserted"
                           ) -> Iterator[list[str]] | None:
        """The text lines of :meth:`timeline` with ``events`` (as :func:`~communique.analytics.format_line`
        gives them), made in the store from its pair table, in lists; None when that table cannot
        answer (no dyad, an organisation id in it, or a ``topic``): use :meth:`iter_timeline` then."""
        from communique.analytics.timeline import event_line_sql, people_texts, range_sql
        from communique.store import EventFilter

        f = EventFilter(dyad=dyad, date_from=date_from, date_to=date_to)
        if topic is not None or f.pair() is None:
            return None
        where, params = range_sql(date_from, date_to)
        return self.store(create=False).iter_pair_lines(
            EventFilter(dyad=f.dyad, modality=modality), event_line_sql("who_symmetric", "who_directed"),
            people_texts, where, params, order="date IS NULL, coalesce(date, ''), event_type, event_id")

    def items(self, dyad: str | None = None, *, modality: str | None = "asserted", events: bool = False
              ) -> list[Incident] | list[Item]:
        """What analytics counts: the incidents of ``dyad`` (with ``events``, its events as
        :class:`~communique.analytics.series.Item` read from the store's columns), of ``modality``
        (default asserted; None for all)."""
        if not events:
            return self.incidents(dyad, modality)
        from communique.analytics import event_item
        from communique.store import EventFilter

        facts = self.store(create=False).event_facts(EventFilter(dyad=dyad, modality=modality))
        return [event_item(*row) for row in facts]

    def event_series(self, dyad: str | None = None, freq: str = "month", *, modality: str | None = "asserted"
                     ) -> list[SeriesPoint] | None:
        """:func:`~communique.analytics.dyad_series` of the events (not incidents) of ``dyad``,
        counted in the store: the same points, without reading the events. None when the dyad
        names an organisation id or one code twice (count :meth:`items` then)."""
        from communique.analytics.series import series_from_periods
        from communique.data import load_plover
        from communique.store import EventFilter
        from communique.store.query import event_period_rows

        f = EventFilter(dyad=dyad, modality=modality)
        if dyad is not None and f.pair() is None:
            return None
        plover = load_plover().types
        types = [(str(t), e.quad, e.scale) for t, e in plover.items()]
        modes = [(str(t), m, s) for t, e in plover.items() for m, s in e.modes.items()]
        rows = event_period_rows(self.store(create=False), f, freq, types, modes)
        return series_from_periods(rows, freq)  # type: ignore[arg-type]  # freq checked by the query

    def report(self, dyad: str | None = None, title: str | None = None, *, modality: str | None = "asserted"
               ) -> str:
        """The self-contained HTML report of ``dyad``'s incidents (every dyad without one), of
        ``modality`` (default asserted; None for all)."""
        from communique.store import EventFilter
        from communique.web.report import render_report

        dyad = EventFilter(dyad=dyad).dyad
        chosen = self.incidents(dyad, modality)
        events = self.incident_events(chosen)
        articles = self.store(create=False).articles({e.doc_id for e in events})
        return render_report(chosen, events, articles, dyad=dyad, title=title)

    def export(self, fmt: str, out: TextIO | Path | None = None, **filters: Any) -> int:
        """Write the events matching ``filters`` as ``fmt`` to ``out`` (stdout when ``None``).

        Returns the number of events written.
        """
        from communique.store import EventFilter, export_store

        return export_store(self.store(create=False), fmt, sys.stdout if out is None else out, EventFilter(**filters))

    def info(self) -> dict[str, Any]:
        """Version, settings, data file versions and, if the store exists, its table counts."""
        out: dict[str, Any] = {
            "version": version(),
            "python": sys.version.split()[0],
            "db": str(self.settings.db),
            "spacy_model": self.settings.spacy_model,
            "data_files": {name: entry.get("version") for name, entry in _manifest().get("files", {}).items()},
        }
        if self._store is not None:
            out["schema_version"] = self._store.schema_version
            out["counts"] = self._store.counts()
        elif self.settings.db.exists():  # a look only: no SQL functions (their registration imports numpy)
            from communique.store import Store

            with Store(self.settings.db, create=False, read_only=self.read_only, wait=self.wait,
                       functions=False) as store:
                out["schema_version"] = store.schema_version
                out["counts"] = store.counts()
        return out


def _manifest() -> dict[str, Any]:
    """The packaged data files' manifest, as :func:`communique.data.manifest` reads it (a test keeps the
    two equal), without importing the data loaders (YAML, the models: `info` starts faster)."""
    import tomllib

    return tomllib.loads((resources.files("communique") / "data" / "MANIFEST.toml").read_text(encoding="utf-8"))
