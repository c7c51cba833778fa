"""Plural pronouns read in session 17: "they"/"them"/"their" stand for the nearest plural noun
phrase they agree with, a thing or unnamed people included, not for the states named last. Every
sentence is written for these tests (none taken or paraphrased from a dev, held-out or GSR
sentence). Published 2021-03-10, a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import Extract, parties

from communique.extraction import Extractor
from communique.model import Article


def _pronoun_codes(extractor: Extractor, text: str, word: str) -> set[str | None] | None:
    """The codes the last ``word`` of ``text`` is read as (None: no participant)."""
    doc = extractor.nlp(text)
    state = extractor.run(doc, Article(id="t", text=text, published=dt.date(2021, 3, 10)))
    tok = [t for t in doc if t.text == word][-1]
    mention = state.require_actors().by_token.get(tok.i)
    return None if mention is None else {m.code for m in mention.expand()}


@pytest.mark.parametrize("text", [
    # the people counted, not the states of the sentence before
    "Iran and Iraq signed a border accord in Baghdad on Monday. Hundreds of migrants gathered at the frontier "
    "on Tuesday, and Turkish police detained them.",
    # what a main clause told before an aside: the protesters, not the states of the "after" clause
    "Thousands of protesters marched on the embassy in Ankara on Friday after Greece and Cyprus signed a "
    "maritime accord. Turkish police arrested them.",
    "Thousands of protesters marched on the embassy in Ankara on Friday after Greece and Cyprus signed a "
    "maritime accord. Turkish police arrested dozens of them.",
])
def test_them_for_unnamed_people_makes_no_act_on_states_named_before(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [e for e in events if e.event_type == "COERCE"]
    assert [e.event_type for e in events] == ["AGREE"]


def test_them_for_people_of_an_organisation_is_that_organisation(extract: Extract) -> None:
    events = extract("IAEA monitors landed in Tehran on Saturday, a week after France and Germany pressed Iran to "
                     "cooperate. Iranian officials met them on Monday.")
    (meeting,) = [e for e in events if e.event_type == "CONSULT"]
    assert parties(meeting) == {"IRN", "IGO"}


def test_them_for_a_named_force_is_that_force(extractor: Extractor) -> None:
    text = ("Kenya and Somalia restored diplomatic ties on Monday. Al-Shabaab fighters attacked a base on "
            "Tuesday, and Kenyan troops repelled them.")
    assert _pronoun_codes(extractor, text, "them") == {"SOM"}


def test_them_for_foreign_troops_is_not_the_parties_of_a_truce(extract: Extract) -> None:
    events = extract("Armenia and Azerbaijan agreed on a ceasefire on Monday. Russian peacekeepers reached the "
                     "front line on Tuesday, and Armenian villagers welcomed them.")
    welcomed = [e for e in events if e.trigger == "welcomed"]
    assert welcomed and all("AZE" not in parties(e) for e in welcomed)


def test_their_after_people_of_two_states_is_both(extractor: Extractor) -> None:
    text = "Burundi threatened on Monday to expel the ambassadors of Rwanda and Uganda over their support for rebels."
    assert _pronoun_codes(extractor, text, "their") == {"RWA", "UGA"}


# guards: what was read before still is


def test_they_after_two_states_told_together_is_both(extract: Extract) -> None:
    events = extract("Russia and Ukraine held talks in Istanbul on Monday. They agreed to exchange prisoners.")
    (agree,) = [e for e in events if e.event_type == "AGREE"]
    assert parties(agree) == {"RUS", "UKR"}


def test_their_passes_over_a_thing_to_its_owners(extractor: Extractor) -> None:
    text = ("Ghana and Togo agreed on Monday to resume trade talks and to reopen their consulates in each "
            "other's capitals.")
    assert _pronoun_codes(extractor, text, "their") == {"GHA", "TGO"}
