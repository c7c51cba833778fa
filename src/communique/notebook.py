"""The notebook API: ``communique.open()`` and relations that become DataFrames inside DuckDB.

::

    import communique

    c = communique.open("news.duckdb")
    c.ingest(["articles.jsonl"]); c.extract()
    c.events(dyad="RUS-TUR", type="CONSULT").df()       # pandas
    c.incidents(dyad="RUS-NATO").pl()                   # polars
    c.series(dyad="RUS-TUR", freq="quarter").arrow()    # pyarrow

Each reading method returns a :class:`~communique.store.query.Relation`: a SQL query over the
store, run when ``.df()``, ``.pl()``, ``.arrow()`` or ``.fetchall()`` is called, the result going
from DuckDB to the DataFrame library without Python objects in between. The columns are
documented in ``docs/tables.md``. pandas, polars and pyarrow come with ``pip install
'communique[notebook]'``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from communique.app import Communique
from communique.pipeline import EventExtractor, ExtractSummary, IngestSummary
from communique.settings import Settings
from communique.store import EventFilter
from communique.store.query import Relation, events_relation, incidents_relation, series_relation

__all__ = ["Workspace", "open_workspace"]


class Workspace:
    """One store opened for analysis: relations to read, ``ingest`` and ``extract`` to fill it."""

    def __init__(self, app: Communique) -> None:
        self.app = app

    def __repr__(self) -> str:
        return f"communique.open({str(self.app.settings.db)!r})"

    # -- filling -----------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path] | str | Path) -> IngestSummary:
        """Read files, folders or URLs into the store (see :meth:`Communique.ingest`)."""
        return self.app.ingest([paths] if isinstance(paths, str | Path) else paths)

    def extract(self, redo: bool = False) -> ExtractSummary:
        """Extract events from the articles not yet extracted (every one with ``redo``) and link them."""
        return self.app.extract(redo)

    # -- reading -----------------------------------------------------------------------------

    def events(self, dyad: str | None = None, type: str | None = None, **filters: Any) -> Relation:
        """One row per event: ``dyad`` ("RUS-TUR", "RUS-NATO"), ``type`` ("CONSULT") and the other
        filters of :class:`~communique.store.EventFilter` (``date_from``, ``actor``, ``date_source``...)."""
        return events_relation(self.app.store(), EventFilter(dyad=dyad, event_type=type, **filters))

    def incidents(self, dyad: str | None = None, type: str | None = None,
                  modality: str | None = "asserted") -> Relation:
        """One row per incident (real-world event): of ``dyad``, ``type`` and ``modality`` (None: all)."""
        return incidents_relation(self.app.store(), dyad, modality, type)

    def series(self, dyad: str | None = None, freq: str = "month", type: str | None = None,
               modality: str | None = "asserted") -> Relation:
        """Incidents per ``freq`` (month, quarter, year): count, per quad class, scale sum and mean."""
        return series_relation(self.app.store(), dyad, freq, modality, type)

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the store."""
        self.app.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_workspace(db: str | Path = "communique.duckdb", *, extractor: EventExtractor | None = None,
                   **settings: Any) -> Workspace:
    """Open (creating on first write) the store ``db`` for analysis; ``settings`` are
    :class:`~communique.settings.Settings` fields, ``extractor`` replaces the built-in one."""
    return Workspace(Communique(Settings.from_env(db=Path(db), **settings), extractor=extractor))
