"""Extract: parsed sentences -> PLOVER event records (triggers, roles, modality, quotes).

The public entry point is :class:`Extractor`; it loads the spaCy model and the data files once
and turns articles into :class:`communique.model.Event` lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from communique.model import Article, Event
from communique.settings import Settings

STAGE_NAME = "communique.extract.v1"


class Extractor:
    """Turns articles into events. Load once, call :meth:`extract` or :meth:`extract_many`."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def extract(self, article: Article) -> list[Event]:
        """The events one article reports (placeholder until the rules land: none)."""
        return next(iter(self.extract_many([article])))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, parsing in batches."""
        for article in articles:
            yield article, []
