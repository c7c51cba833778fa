"""Unknown people's names read from the parse and the lexicon (communique.resolve.person_names),
the default instead of spaCy's entity recogniser (setting ``spacy_ner``)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extraction import Extractor
from communique.model import Article
from communique.settings import Settings


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The default extractor: no entity recogniser in its pipeline."""
    return Extractor()


def names(extractor: Extractor, text: str) -> list[str]:
    """The unknown people's names (``N`` pieces) the actor resolver finds in ``text``."""
    doc = extractor.nlp(text)
    return [s.text for s, kind, _ in extractor.shared.actors._pieces(doc) if kind == "N"]


def test_the_default_pipeline_runs_no_entity_recogniser(extractor: Extractor) -> None:
    assert "ner" not in extractor.nlp.pipe_names
    assert not extractor.shared.actors.uses_ner
    assert "ner:spacy" not in extractor.provenance


def test_the_setting_brings_the_recogniser_back() -> None:
    ex = Extractor(Settings(spacy_ner=True))
    assert "ner" in ex.nlp.pipe_names and ex.shared.actors.uses_ner
    assert ex.provenance.endswith("ner:spacy")


@pytest.mark.parametrize(("text", "name"), [
    ("Deputy Interior Minister Kalani Mbatha arrived in Lusaka on Monday.", "Kalani Mbatha"),
    ("The bank's governor, Ines Valcarcel, resigned on Friday.", "Ines Valcarcel"),
    ("Tovar Ulloa, the defence minister, flew to Quito.", "Tovar Ulloa"),
    ("Mr Okonjo-Bwire told reporters the talks had failed.", "Okonjo-Bwire"),
    ("The junta detained Ould Tahar Salem at the airport.", "Ould Tahar Salem"),
    ("The court convicted Anselm van Droogen of spying.", "Anselm van Droogen"),
    ("The army chief, Hamid al-Rawashdeh, inspected the troops.", "Hamid al-Rawashdeh"),
    ("Seoul recalled its envoy, Ambassador Seo Jun-ho, on Tuesday.", "Seo Jun-ho"),
])
def test_a_name_the_text_marks_as_a_person_is_found(extractor: Extractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


def test_an_honorific_is_evidence_not_part_of_the_name(extractor: Extractor) -> None:
    got = names(extractor, "Sheikh Faisal Al-Dawsari met the envoy. Dr Farouk Tannous chaired the session.")
    assert "Faisal Al-Dawsari" in got and "Farouk Tannous" in got
    assert not any(n.startswith(("Sheikh", "Dr")) for n in got)


@pytest.mark.parametrize("text", [
    "Warships sailed into the Black Sea on Monday.",
    "The Defence Ministry said the Northern Fleet had returned to port.",
    "Negotiators met in Kuala Lumpur in March.",
    "The Helsinki Final Act was signed by both states.",
    "Gunmen attacked a checkpoint in Nigeria's Zamfara Kaura province on Monday.",
])
def test_things_places_and_months_are_no_names(extractor: Extractor, text: str) -> None:
    assert names(extractor, text) == []


def test_an_unknown_titled_official_serves_the_state_of_the_title() -> None:
    ex = Extractor()
    events = ex.extract(Article(id="t", text="Zambian Deputy Foreign Minister Kalani Mbatha accused Malawi of "
                                "harbouring rebels on Monday.", published=dt.date(2021, 3, 10)))
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor[0].code == "ZMB" and accuse[0].actor[0].entity_text.endswith("Kalani Mbatha")
    assert [r.code for r in accuse[0].recipient] == ["MWI"]


def test_a_date_the_parse_finds_is_no_particle_of_the_verb(extractor: Extractor) -> None:
    # without the recogniser, the date expressions mark "Monday" as a date: "called ... on Monday"
    # is no "call on" (a request)
    events = extractor.extract(Article(id="t", text="Estonia expelled two diplomats. Russia's ambassador called the "
                                       "expulsions absurd on Monday.", published=dt.date(2021, 3, 10)))
    assert not any(e.event_type == "REQUEST" for e in events)


@pytest.mark.parametrize(("published", "wikidata"), [(dt.date(1991, 3, 4), "Q23505"), (dt.date(2003, 3, 4), "Q207")])
def test_a_surname_two_known_people_share_is_the_one_in_office(extractor: Extractor, published: dt.date,
                                                              wikidata: str) -> None:
    """"Bush" alone names the president of the article's day, whichever of the two the lexicon lists first."""
    events = extractor.extract(Article(id="b", text="Bush telephoned the Saudi king on Monday to discuss oil prices.",
                                       published=published))
    assert [a.identifier_id for e in events for a in e.actor] == [wikidata]
