"""The facade the CLI, the API and the tests all construct.

::

    with Communique(Settings(db=Path("news.duckdb"))) as app:
        app.ingest(["articles.jsonl"])          # -> IngestSummary(new=12, unchanged=0, rejects=())
        app.extract()                           # -> ExtractSummary(articles=12, events=31)
        app.events(dyad="RUS-TUR", date_from="2020")
        app.export("csv", Path("events.csv"))

The store opens on first use and stays open until :meth:`Communique.close` (so an in-memory
store, ``Settings(db=Path(":memory:"))``, lives as long as the object). The extractor, which
loads spaCy and the data files, is built on the first :meth:`Communique.extract`; pass
``extractor=`` to use another (tests pass a fake one).
"""

from __future__ import annotations

import importlib.metadata
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from communique import data, ingest
from communique.errors import DataFileError
from communique.extract import STAGE_NAME as EXTRACT_STAGE
from communique.extract import Extractor
from communique.ingest import Fetcher, load_boilerplate, read_paths
from communique.model import Event
from communique.pipeline import EventExtractor, ExtractSummary, IngestSummary, Progress, extract_into, ingest_into
from communique.settings import Settings
from communique.store import EventFilter, Store, export

__all__ = ["DEMO_CORPUS", "Communique", "demo_corpus", "version"]

DEMO_CORPUS = "demo/articles.jsonl"


def version() -> str:
    """The installed communique version."""
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

    def __init__(self, settings: Settings | None = None, *, extractor: EventExtractor | None = None) -> None:
        self.settings = settings or Settings()
        self._extractor = extractor
        self._store: Store | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def store(self, *, create: bool = True) -> Store:
        """The open store; opened (and migrated) on first use.

        With ``create=False`` a missing database raises :class:`StoreError` E404 instead of
        being created empty.
        """
        if self._store is None:
            self._store = Store(self.settings.db, create=create)
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
            self._extractor = Extractor(self.settings)
        return self._extractor

    # -- the pipeline ------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, stdin: TextIO | None = None,
               fetcher: Fetcher | None = None) -> IngestSummary:
        """Read files, folders, ``-`` (stdin) or URLs into the store; bad inputs become rejects."""
        rules = load_boilerplate(self.settings.lexicon_dirs)
        items = read_paths(paths, rules=rules, stdin=stdin, fetcher=fetcher)
        return ingest_into(self.store(), items, stages={ingest.STAGE_NAME: version()})

    def extract(self, redo: bool = False, progress: Progress | None = None, *, strict: bool = False) -> ExtractSummary:
        """Extract events from pending articles (all articles with ``redo``) and store them.

        Raises :class:`StoreError` E404 when there is no store yet (nothing was ingested).
        """
        store = self.store(create=False)
        articles = store.articles() if redo else store.pending_articles()
        if not articles:
            return ExtractSummary(articles=0, events=0)
        versions = {name: str(entry.get("version", "")) for name, entry in data.manifest().get("files", {}).items()}
        return extract_into(store, self.extractor, articles, stages={EXTRACT_STAGE: version()},
                            data_versions=versions, progress=progress, strict=strict,
                            window=self.settings.batch_size)

    # -- reading -----------------------------------------------------------------------------

    def events(self, **filters: Any) -> list[Event]:
        """Stored events matching ``filters`` (the fields of :class:`EventFilter`).

        Raises :class:`InputError` E111 for a bad filter value, :class:`StoreError` E404 when
        there is no store yet.
        """
        return self.store(create=False).events(EventFilter(**filters))

    def export(self, fmt: str, out: TextIO | Path | None = None, **filters: Any) -> int:
        """Write the events matching ``filters`` as ``fmt`` to ``out`` (stdout when ``None``).

        Returns the number of events written.
        """
        return export(self.events(**filters), fmt, sys.stdout if out is None else out)

    def info(self) -> dict[str, Any]:
        """Version, settings, data file versions and, if the store exists, its table counts."""
        out: dict[str, Any] = {
            "version": version(),
            "python": sys.version.split()[0],
            "db": str(self.settings.db),
            "spacy_model": self.settings.spacy_model,
            "data_files": {name: entry.get("version") for name, entry in data.manifest().get("files", {}).items()},
        }
        if self._store is not None or self.settings.db.exists():
            store = self.store(create=False)
            out["schema_version"] = store.schema_version
            out["counts"] = store.counts()
        return out
