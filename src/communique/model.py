"""The vocabulary every stage speaks: articles, spans, actors, dates, places, events, incidents.

Frozen pydantic models with validation only, no pipeline logic. Every field taken from the text
carries its evidence span; every resolved field carries the reason it was chosen.

Anatomy of an event, drawn on an example::

    "The prime minister met her Fijian counterpart in Suva on 3 May, officials said."
     [________________]     [____________________]    [__]    [___]
     actor                  recipient                 place   date_text
      -> Event(event_type="CONSULT", mode="visit", modality="asserted", date="2019-05-03", ...)

Note that ``date`` keeps only the precision the text gives ("in May 2019" -> "2019-05").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

# the vocabulary is part of the model (``from communique.model import EVENT_TYPES``): re-exported
from communique.vocab import CONTEXTS as CONTEXTS
from communique.vocab import EVENT_TYPES as EVENT_TYPES
from communique.vocab import SECTORS as SECTORS
from communique.vocab import SYMMETRIC_TYPES as SYMMETRIC_TYPES
from communique.vocab import DateSource as DateSource
from communique.vocab import EventType as EventType
from communique.vocab import Modality as Modality
from communique.vocab import Precision as Precision
from communique.vocab import Sector as Sector


def mode_problem(event_type: str, mode: str | None) -> str | None:
    """Why ``mode`` is no PLOVER mode of ``event_type`` (None when it is one, or is None).

    The modes of each type are data (``communique/data/plover/modes.yaml``, read and validated by
    :func:`communique.data.load_modes`); the import is deferred because ``communique.data``
    itself builds on this module's vocabulary.
    """
    if mode is None:
        return None
    from communique.data import mode_problem as check

    return check(event_type, mode)


class _Frozen(BaseModel):
    # (validators built at first use, not at import: commands that only read the store, such as
    # ``events``, never build most of them)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Article(_Frozen):
    """One news article as ingested. ``text`` is stored exactly; all offsets index it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    content_hash: str = ""
    origin: str | None = None  # file (and line) the article came from


class Span(_Frozen):
    """Characters ``[start, end)`` of ``Article.text`` that justify a field."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""


class ActorRef(_Frozen):
    """A participant: the state (or organisation) code, its sector and who it is."""

    code: str  # ISO 3166 alpha-3, or a PLOVER group code (UNO, EUR, IGO, ...)
    sector: Sector | None = None
    entity_text: str | None = None  # the most complete mention in the article
    identifier_text: str | None = None  # canonical name ("Sergey Lavrov")
    identifier_id: str | None = None  # Wikidata id
    office: str | None = None
    evidence: Span | None = None
    reason: str = ""  # "lexicon actors.yaml: sergey-lavrov", "demonym 'Turkish'"


class EventDate(_Frozen):
    """A resolved date with the precision the text supports."""

    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str | None = None
    evidence: Span | None = None
    reason: str = ""
    source: DateSource | None = None  # text, discourse or publication

    @property
    def precision(self) -> Precision | None:
        """``day``, ``month`` or ``year`` from the length of ``value``."""
        if not self.value:
            return None
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]  # type: ignore[return-value]


class Place(_Frozen):
    """Where an event happened, geocoded when the gazetteer knows the name."""

    extracted_place: str
    resolved_place: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: int | None = None  # 1 country .. 5 exact point
    evidence: Span | None = None
    reason: str = ""  # how the extractor found it: "'in X' on the act", "the article's dateline"


class Quote(_Frozen):
    """A direct quotation and who said it."""

    text: str
    speaker: str | None = None
    start: int | None = None
    end: int | None = None


class Event(_Frozen):
    """One event reported in one article (codebook section 1)."""

    id: str
    doc_id: str
    event_type: EventType
    #: a PLOVER mode of ``event_type`` (``data/plover/modes.yaml``), checked on construction
    mode: str | None = None
    actor: tuple[ActorRef, ...] = ()
    recipient: tuple[ActorRef, ...] = ()
    date: str | None = None
    date_text: str | None = None
    #: where the date came from: "text", "discourse" or "publication" (event.schema.json)
    date_source: DateSource | None = None
    modality: Modality = "asserted"
    event_loc: Place | None = None
    context: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    text_info: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    confidence: float | None = Field(default=None, ge=0, le=1)
    quad_code: int | None = None
    event_scale: float | None = None
    trigger: str | None = None  # the words that made it an event
    reason: str = ""  # which rule fired
    #: what produced it: the pipeline config's hash and the data files' versions' hash
    provenance: str | None = None
    #: the date with its evidence span, its source and the reason it was chosen
    when: EventDate | None = None

    @model_validator(mode="after")
    def _mode_of_its_type(self) -> Event:
        """``mode`` is one of the PLOVER modes of ``event_type`` (``plover/modes.yaml``), or None."""
        problem = mode_problem(self.event_type, self.mode)
        if problem is not None:
            raise ValueError(f"mode: {problem}")
        return self

    def participants(self) -> frozenset[str]:
        """All participant codes, actor and recipient together."""
        return frozenset(a.code for a in (*self.actor, *self.recipient))

    def to_record(self) -> dict[str, Any]:
        """The event as a JSON object of ``shared/spec/event.schema.json``."""

        def actor(a: ActorRef) -> dict[str, Any]:
            out: dict[str, Any] = a.model_dump(exclude={"evidence"})
            return out

        loc = None
        if self.event_loc is not None:
            loc = self.event_loc.model_dump(exclude={"evidence"})
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "actor": [actor(a) for a in self.actor],
            "recipient": [actor(a) for a in self.recipient],
            "date": self.date,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "modality": self.modality,
            "event_loc": loc,
            "context": list(self.context),
            "topics": list(self.topics),
            "text_info": [s.model_dump() for s in self.text_info],
            "quotes": [q.model_dump() for q in self.quotes],
            "confidence": self.confidence,
            "quad_code": self.quad_code,
            "event_scale": self.event_scale,
            "trigger": self.trigger,
            "reason": self.reason,
            "provenance": self.provenance,
            "when": self.when.model_dump() if self.when else None,
        }


class Incident(_Frozen):
    """One real-world event and every report of it, across articles and outlets."""

    id: str
    event_type: EventType
    modality: Modality = "asserted"  # shared by its reports: negated or planned ones never join asserted ones
    mode: str | None = None
    participants: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    date: str | None = None
    place: Place | None = None
    event_ids: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    n_sources: int = 0
    first_report: dt.date | None = None
    disagreement: bool = False  # sources disagree on date, place or mode
    context: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    event_scale: float | None = None
    quad_code: int | None = None
