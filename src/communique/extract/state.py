"""The per-article document state every extraction component reads and extends.

One :class:`DocState` is made for each article and dropped when its events are out: nothing that
belongs to one article lives on the shared, loaded objects (rules, resolvers, models). Components
declare which of these fields they read and write (:mod:`communique.extract.registry`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from communique.model import Article, Event, Place

if TYPE_CHECKING:
    from communique.extract.events import Candidate
    from communique.extract.quotes import QuoteMention
    from communique.extract.triggers import Trigger
    from communique.nlp.mentions import DateMention, DocActors, Mention

__all__ = ["FIELDS", "DocState"]

#: the fields a component may declare in ``reads`` / ``writes``
FIELDS = ("doc", "article", "actors", "quotes", "dateline", "dates", "all_dates", "triggers", "candidates",
          "last_group", "recent", "events", "extras")


@dataclass
class DocState:
    """Everything known about one article while its events are extracted."""

    doc: Doc
    article: Article
    #: participants found in the text (names, titles, pronouns, groups), by token
    actors: DocActors | None = None
    #: direct quotations with their speakers
    quotes: list[QuoteMention] = field(default_factory=list)
    #: the place of the dateline or of the visit the article tells, if any
    dateline: Place | None = None
    #: date expressions per sentence (keyed by the sentence's first token), with the token they hang on
    dates: dict[int, list[tuple[DateMention, Token | None]]] = field(default_factory=dict)
    #: every date the text gives, in order (character offsets into the text)
    all_dates: list[DateMention] = field(default_factory=list)
    #: trigger words per sentence (keyed by the sentence's first token), from rules and models
    triggers: dict[int, list[Trigger]] = field(default_factory=dict)
    #: events before merging, one per trigger
    candidates: list[Candidate] = field(default_factory=list)
    #: the article's event records, the pipeline's output
    events: list[Event] = field(default_factory=list)
    #: discourse memory: the parties of the last event with several participants
    last_group: list[Mention] = field(default_factory=list)
    #: discourse memory: the candidates told so far, in order
    recent: list[Candidate] = field(default_factory=list)
    #: free room for user components
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def published(self) -> dt.date | None:
        """The article's publication date."""
        return self.article.published

    def require_actors(self) -> DocActors:
        """The participants; a component that needs them runs after the actors component."""
        if self.actors is None:
            raise RuntimeError("no participants yet: the 'actors' component must run before this one")
        return self.actors
