"""What the extractor needs of the resolvers, as protocols: the extract stage never imports
``communique.resolve``; the assembled extractor (:mod:`communique.extraction`) hands it resolvers
that fit these shapes (``ActorResolver``, ``PlaceResolver``, ``DateResolver``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Doc

from communique.data import Country
from communique.model import Place
from communique.nlp.mentions import DateMention, DocActors, Mention

__all__ = ["Actors", "Dates", "Places", "Resolvers"]


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


@dataclass(frozen=True)
class Resolvers:
    """The three resolvers the extractor reads through."""

    actors: Actors
    places: Places
    dates: Dates
