"""The assembled extractor: the spaCy model, the resolvers and the extraction pipeline, loaded once.

    >>> ex = Extractor()
    >>> [e.event_type for e in ex.extract(article)]
    ['CONSULT', 'AGREE']

This module sits above the stages: it hands the resolvers (:mod:`communique.resolve`) to the
extract stage, which reads them through protocols and imports no other stage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import communique.extract.components  # noqa: F401  (registers the packaged components)
from communique import data
from communique.extract.events import ArticleExtractor
from communique.extract.registry import (
    ComponentInfo,
    PipelineConfig,
    PipelineEntry,
    Run,
    components,
    load_pipeline_config,
)
from communique.extract.resources import Resolvers
from communique.extract.rules import load_discourse
from communique.extract.state import DocState
from communique.model import Article, Event
from communique.nlp import load_nlp
from communique.resolve.actors import ActorResolver
from communique.resolve.dates import DateResolver
from communique.resolve.event_dates import EventDates, Offsets
from communique.resolve.event_places import EventPlaces
from communique.resolve.places import PlaceResolver
from communique.settings import Settings

__all__ = ["Extractor", "Step", "forget_models", "resolvers", "shared_resources"]

#: the learned typer's factory: the ``typing_threshold`` setting is its threshold
LEARNED = "communique.learned_triggers.v1"


def _with_learned(config: PipelineConfig, settings: Settings) -> PipelineConfig:
    """The pipeline with the learned typer after ``triggers`` when ``typing_threshold`` asks for it
    and the pipeline does not have it yet (it is not in the packaged default)."""
    entries = list(config.components or [])
    if settings.typing_threshold is None or any(e.factory == LEARNED for e in entries):
        return config
    at = next((n + 1 for n, e in enumerate(entries) if e.name == "triggers"), len(entries))
    entries.insert(at, PipelineEntry(name="learned_triggers", factory=LEARNED))
    return config.model_copy(update={"components": entries})


def resolvers(nlp: Language, extra_dirs: Sequence[Path] = ()) -> Resolvers:
    """The actor, place and date resolvers, and the choice of an event's date and place, with the
    data of ``extra_dirs``."""
    places = PlaceResolver(extra_dirs)
    dates = DateResolver(extra_dirs)
    actors = ActorResolver(nlp, extra_dirs, places, calendar=[*dates.rules.months, *dates.rules.weekdays])
    discourse = load_discourse(tuple(extra_dirs))
    event_dates = EventDates(dates, anaphoric_dates=discourse.anaphoric_dates,
                             anaphoric_periods=discourse.anaphoric_periods, deadlines=discourse.deadlines,
                             bounds=discourse.bounds,
                             offsets=Offsets(discourse.offset_units, discourse.offset_numbers,
                                             discourse.offset_relations, discourse.offset_pointing,
                                             discourse.offset_following))
    words = data.load_words(tuple(extra_dirs))
    event_places = EventPlaces(places, actors, words.place_nouns,
                               journey_words=words.destination_words | words.journey_verbs)
    return Resolvers(actors=actors, places=places, dates=dates, event_dates=event_dates, event_places=event_places)


def shared_resources(nlp: Language, extra_dirs: Sequence[Path] = ()) -> ArticleExtractor:
    """Rules, lexicons and resolvers, loaded once for every article (what components are given)."""
    return ArticleExtractor(nlp, resolvers(nlp, extra_dirs), extra_dirs)


@dataclass(frozen=True)
class Step:
    """One assembled component: its entry in the pipeline config, its registration and its step."""

    entry: PipelineEntry
    info: ComponentInfo
    run: Run

    def describe(self) -> dict[str, Any]:
        """Name, factory, what it reads and writes, and what it does."""
        return {"name": self.entry.name, "factory": self.entry.factory, "reads": list(self.info.reads),
                "writes": list(self.info.writes), "doc": self.info.doc}


class Extractor:
    """Turns articles into events. Load once, call :meth:`extract` or :meth:`extract_many`.

    Loading reads the spaCy model (``settings.spacy_model``) and every data file; it raises
    :class:`communique.errors.ModelMissing` or :class:`communique.errors.DataFileError`.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load_nlp(self.settings.spacy_model, ner=self.settings.spacy_ner)
        self.shared = shared_resources(self.nlp, self.settings.lexicon_dirs)
        self.config = _with_learned(load_pipeline_config(self.settings.lexicon_dirs), self.settings)
        versions = sorted((rel, e.get("version", "")) for rel, e in data.manifest()["files"].items())
        data_hash = hashlib.sha256(repr(versions).encode()).hexdigest()[:12]
        #: recorded on every event: the pipeline config and the data versions that produced it
        self.provenance = f"pipeline:{self.config.digest()} data:{data_hash}" \
            + (" ner:spacy" if self.settings.spacy_ner else "")
        self.steps: list[Step] = []
        for entry in self.config.components or []:
            info = components.get(entry.factory)
            config = dict(entry.config)
            if entry.factory == LEARNED and self.settings.typing_threshold is not None:
                config["threshold"] = self.settings.typing_threshold
            self.steps.append(Step(entry, info, info.factory(self.shared, config)))

    def pipeline(self) -> list[dict[str, Any]]:
        """The components in order, each with what it reads and writes (``communique info --pipeline``)."""
        return [s.describe() for s in self.steps]

    def run(self, doc: Doc, article: Article) -> DocState:
        """Run every component on one parsed article and return its document state."""
        state = DocState(doc=doc, article=article)
        for step in self.steps:
            step.run(state)
        return state

    def extract(self, article: Article) -> list[Event]:
        """The events one article reports."""
        return next(iter(self.extract_many([article])))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, parsing in batches with ``nlp.pipe``: at
        most ``batch_size`` articles and ``batch_size`` x :data:`BATCH_CHARS_PER_ARTICLE`
        characters, so that a run of long articles does not raise the parser's working memory."""
        size = self.settings.batch_size
        for batch in _budgeted(articles, size, size * BATCH_CHARS_PER_ARTICLE):
            pairs = ((a.text, a) for a in batch)
            with self.nlp.memory_zone():  # the batch's new words leave the vocabulary with its docs
                for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                    events = [e.model_copy(update={"provenance": self.provenance})
                              for e in self.run(doc, article).events]
                    if self.settings.min_confidence > 0:
                        events = [e for e in events if (e.confidence or 0) >= self.settings.min_confidence]
                    yield article, events


def forget_models() -> None:
    """Drop the process's loaded models (the spaCy pipeline, the sentence encoder and the typing
    model, each loaded once per process and kept): an extractor built later loads them again.
    For a process that is done extracting and goes on to other work (``extract`` before linking).
    What loading froze is put back under the collector (:func:`communique.engines.collector.thaw`),
    so that a ``gc.collect()`` then frees the models' reference cycles."""
    from communique.engines.collector import thaw
    from communique.extract.learned import load_typing_model
    from communique.nlp.encoder import load_encoder

    load_nlp.cache_clear()
    load_encoder.cache_clear()
    load_typing_model.cache_clear()
    thaw()


#: the characters per article a parse batch is budgeted for (a news article's median length): a
#: batch of long articles holds fewer of them, so peak memory does not follow the longest ones met
BATCH_CHARS_PER_ARTICLE = 1600


def _budgeted(articles: Iterable[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """``articles`` in order, in batches of at most ``size`` articles and ``chars`` characters
    (a longer article alone is a batch of one)."""
    batch: list[Article] = []
    total = 0
    for a in articles:
        if batch and (len(batch) >= size or total + len(a.text) > chars):
            yield batch
            batch, total = [], 0
        batch.append(a)
        total += len(a.text)
    if batch:
        yield batch
