"""What the extractor needs of the resolvers, as protocols: the extract stage never imports
``communique.resolve``; the assembled extractor (:mod:`communique.extraction`) hands it resolvers
that fit these shapes (``ActorResolver``, ``PlaceResolver``, ``DateResolver``, and the choice of
an event's date and place: ``resolve.event_dates.EventDates``, ``resolve.event_places.EventPlaces``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Doc, Token

from communique.data import Country
from communique.model import Place
from communique.nlp.mentions import DateMention, DocActors, Mention

__all__ = ["Actors", "Dates", "EventDates", "EventPlaces", "Places", "Resolvers"]


class Actors(Protocol):
    """Participant mentions of an article, and the knowledge behind them."""

    @property
    def countries(self) -> Mapping[str, Country]:
        """Every known state, by code."""
        ...

    @property
    def matcher(self) -> Any:
        """A spaCy PhraseMatcher of the knowledge base's names, labelled ``KIND|VALUE``."""
        ...

    @property
    def uses_ner(self) -> bool:
        """Whether unknown people's names come from spaCy's entity recogniser (else from the parse)."""
        ...

    def resolve(self, doc: Doc, published: dt.date | None, home: str | None = None) -> DocActors:
        """Every participant mention of ``doc``; ``home``: the state of its dateline."""
        ...

    def short_names(self, doc: Doc, actors: DocActors) -> None:
        """Parts of names the article gave ("the North"), added to ``actors``."""
        ...

    def first_person(self, doc: Doc, actors: DocActors, quotes: Sequence[tuple[int, int, Mention | None]],
                     narrator: Mention | None) -> None:
        """First person inside quotes is the speaker, outside them the narrator."""
        ...


class Places(Protocol):
    """Place names to places."""

    def geocode(self, name: str) -> Place | None:
        """The place a name names, if known."""
        ...

    def is_place(self, name: str) -> bool:
        """Whether a name is a known place."""
        ...


class Dates(Protocol):
    """Date expressions resolved against the publication date."""

    def find(self, text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
        """Every date expression of ``text``."""
        ...

    def resolve(self, phrase: str, published: dt.date | None, *, future: bool = False) -> str | None:
        """The value of one date expression."""
        ...


class EventDates(Protocol):
    """When an event happened (:class:`communique.resolve.event_dates.EventDates`): the dates of
    every sentence, and the one of an act."""

    def read(self, doc: Doc, published: dt.date | None,
             all_dates: list[DateMention]) -> dict[int, list[tuple[DateMention, Token | None]]]:
        """The date expressions of every sentence (keyed by its first token); each is appended to ``all_dates``."""
        ...

    def paragraph_date_at(self, char: int, text: str, all_dates: list[DateMention]) -> DateMention | None:
        """The last date an earlier sentence of the same paragraph gave, if any."""
        ...

    def anchor_verbs(self, token: Token, verb_rule: bool) -> set[int]:
        """The tokens whose time and place are the act's at ``token``."""
        ...

    def pick(self, token: Token, anchors: set[int], dates: list[tuple[DateMention, Token | None]],
             others: set[int], *, unclaimed: bool = True) -> DateMention | None:
        """The date of the act at ``token`` among its sentence's ``dates`` (``unclaimed``: also the
        sentence's one date no verb claims)."""
        ...


class EventPlaces(Protocol):
    """Where an event happened (:class:`communique.resolve.event_places.EventPlaces`)."""

    def at(self, token: Token, anchors: set[int]) -> Place | None:
        """The place a preposition on one of the act's ``anchors`` names."""
        ...

    def dateline(self, text: str) -> Place | None:
        """The place of an article's dateline."""
        ...

    def named_by(self, p: Token) -> Place | None:
        """The place a noun names ("Kazan", "the port city of Mombasa"), if any."""
        ...


@dataclass(frozen=True)
class Resolvers:
    """The resolvers the extractor reads through: actors, places and dates, and the choice of an
    event's date and place."""

    actors: Actors
    places: Places
    dates: Dates
    event_dates: EventDates
    event_places: EventPlaces
