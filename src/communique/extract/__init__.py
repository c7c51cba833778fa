"""Extract: parsed sentences -> PLOVER event records (triggers, roles, modality, quotes).

The public entry point is :class:`Extractor`; it loads the spaCy model and the data files once
and turns articles into :class:`communique.model.Event` lists::

    >>> ex = Extractor()
    >>> [e.event_type for e in ex.extract(article)]
    ['CONSULT', 'AGREE']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from communique.model import Article, Event
from communique.settings import Settings

__all__ = ["STAGE_NAME", "Extractor"]

STAGE_NAME = "communique.extract.v1"


class Extractor:
    """Turns articles into events. Load once, call :meth:`extract` or :meth:`extract_many`.

    Loading reads the spaCy model (``settings.spacy_model``) and every data file; it raises
    :class:`communique.errors.ModelMissing` or :class:`communique.errors.DataFileError`.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        from communique.extract.events import ArticleExtractor
        from communique.nlp import load_nlp

        self.settings = settings or Settings()
        self.nlp = load_nlp(self.settings.spacy_model)
        self._article = ArticleExtractor(self.nlp, self.settings.lexicon_dirs)

    def extract(self, article: Article) -> list[Event]:
        """The events one article reports."""
        return next(iter(self.extract_many([article])))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, parsing in batches with ``nlp.pipe``."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            events = self._article.events(doc, article)
            if self.settings.min_confidence > 0:
                events = [e for e in events if (e.confidence or 0) >= self.settings.min_confidence]
            yield article, events
