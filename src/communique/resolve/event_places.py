"""Where an event happened: the place a preposition on the act names ("in Kazan", "a visit to
Hanoi", "the Kenyan capital"), and the place of an article's wire dateline.

:class:`EventPlaces` is built once (:mod:`communique.extraction`) from the gazetteer, the actor
resolver's states and name matcher, and the place nouns of ``rules/words.yaml``, and handed to the
extract stage, which reads it through its ``EventPlaces`` protocol
(:mod:`communique.extract.resources`): the ``dateline`` component calls :meth:`EventPlaces.dateline`,
each candidate event :meth:`EventPlaces.at` with the tokens that carry its time and place.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any, Protocol

from spacy.tokens import Token

from communique.data import Country
from communique.model import Place
from communique.model import Span as TextSpan
from communique.nlp import DATELINE_RE, of_object

__all__ = ["EventPlaces", "Gazetteer", "NameIndex"]


class Gazetteer(Protocol):
    """Place names to places (:class:`communique.resolve.places.PlaceResolver`)."""

    def geocode(self, name: str) -> Place | None:
        """The place a name names, if known."""
        ...

    def is_place(self, name: str) -> bool:
        """Whether a name is a known place."""
        ...


class NameIndex(Protocol):
    """The states and the name matcher of the actor resolver (:class:`communique.resolve.actors.ActorResolver`)."""

    @property
    def countries(self) -> Mapping[str, Country]:
        """Every known state, by code."""
        ...

    @property
    def matcher(self) -> Any:
        """A spaCy PhraseMatcher of the knowledge base's names, labelled ``KIND|VALUE``."""
        ...


class EventPlaces:
    """Chooses the place of an act and reads the place of a dateline."""

    def __init__(self, places: Gazetteer, names: NameIndex, place_nouns: Collection[str],
                 journey_words: Collection[str] = ("visit", "trip")) -> None:
        self.places = places
        self.names = names
        #: nouns that stand for the place they are "of" ("the port city of Mombasa")
        self.place_nouns = place_nouns
        #: words whose "to X" is where the act happened ("a visit to X", "flew to X", "sent envoys to X")
        self.journey_words = frozenset(journey_words)

    def at(self, token: Token, anchors: set[int]) -> Place | None:
        """Where the act at ``token`` happened: "in/at X" on one of its ``anchors`` (the tokens
        that carry its time and place); "a visit to X"."""
        journey = token.lemma_.lower() in self.journey_words
        preps = ("in", "at", "to") if journey else ("in", "at")
        heads = [token.doc[i] for i in sorted(anchors)]
        if journey:
            heads += [c for c in token.children if c.dep_ == "dobj"]  # "sent two delegations to X"
        for tok in heads:
            for c in tok.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            place = self.named_by(p)
                            if place is not None:
                                return place.model_copy(update={
                                    "reason": f"'{c.text} {p.text}' on '{tok.text}'"})
        return None

    def named_by(self, p: Token) -> Place | None:
        """The place a prepositional object names: "Kazan"; "the port city of Mombasa";
        "a Lisbon hotel", "Hanoi's Noi Bai airport"; "the Kenyan capital"."""
        if p.pos_ == "NOUN" and p.lower_ in self.place_nouns:
            of = of_object(p)
            if of is not None:
                p = of
        if p.pos_ == "NOUN":
            return self._named_by_noun(p)
        if p.pos_ != "PROPN":
            return None
        name_span = p.doc[p.left_edge.i:p.i + 1]
        of_name = of_object(p, "PROPN")
        if of_name is not None:
            # "the Bay of Bengal", "the Strait of Hormuz": one name, or none (not the town "Bay")
            name_span = p.doc[p.left_edge.i:of_name.i + 1]
            name = " ".join(t.text for t in name_span if t.pos_ == "PROPN" or t.lower_ == "of")
            place = self.places.geocode(name)
        else:
            name = " ".join(t.text for t in name_span if t.pos_ == "PROPN")
            place = self.places.geocode(name) if name else None
            if place is None and name != p.text:
                place = self.places.geocode(p.text)
        if place is None:
            return None
        return place.model_copy(update={"evidence": TextSpan(
            start=name_span.start_char, end=name_span.end_char, text=name_span.text)})

    def _named_by_noun(self, p: Token) -> Place | None:
        """ "the Kenyan capital": the capital of the state a demonym names; "a Lisbon hotel": the
        name that modifies the noun."""
        doc = p.doc
        if p.lower_ == "capital":
            # "the Kenyan capital": the capital city of the state the demonym names
            code = next((c for c in self.demonym_codes(p)), None)
            countries = self.names.countries
            capital = countries[code].capitals[0] if code and countries[code].capitals else None
            if capital:
                found = self.places.geocode(capital)
                if found is not None:
                    return found.model_copy(update={"evidence": TextSpan(
                        start=p.left_edge.idx, end=p.idx + len(p), text=doc[p.left_edge.i:p.i + 1].text)})
        for c in p.children:
            if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN":
                found = self.named_by(c)
                if found is not None:
                    return found
        return None

    def demonym_codes(self, noun: Token) -> list[str]:
        """States named by demonyms modifying ``noun`` ("the Kenyan capital" -> KEN)."""
        out = []
        for c in noun.children:
            if c.dep_ in ("amod", "compound"):
                for match_id, _, _ in self.names.matcher(noun.doc[c.i:c.i + 1]):
                    kind, _, value = noun.doc.vocab.strings[match_id].partition("|")
                    if kind in ("D", "C"):
                        out.append(value)
        return out

    def dateline(self, text: str) -> Place | None:
        """The place of an article's dateline ("ANKARA, May 5 (Agency) -"), from its text."""
        first = text.lstrip()[:250]
        first_line = first.split("\n", 1)[0]
        m = DATELINE_RE.match(first_line)
        if m is None:
            return None
        # "MOMBASA, Kenya, March 3 (Agency) -": the first place named is the city, in the state named
        # after it ("ST. JOHN'S, Antigua": not the Canadian city of that name)
        found = [p for part in re.split(r"[,/]", first_line[:m.end()])
                 if (p := self.places.geocode(_dateline_name(part))) is not None]
        if not found:
            return None
        city = found[0]
        state = found[1] if len(found) > 1 and found[1].resolution == 1 else None
        if state is not None and city.resolution != 1 and state.country_code != city.country_code:
            return city.model_copy(update={"country_code": state.country_code, "lat": None, "lon": None,
                                           "geonameid": None})
        return city


def _dateline_name(part: str) -> str:
    """A place's name as a dateline writes it ("MOMBASA" -> "Mombasa")."""
    name = part.strip(" -–—").split("(")[0].strip()
    return name.title() if name.isupper() else name
