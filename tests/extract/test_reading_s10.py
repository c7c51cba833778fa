"""Readings added in session 10, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.extraction import Extractor
from communique.model import Article, Event

Extract = Callable[..., list[Event]]


def test_an_act_told_as_done_repeatedly_up_to_now_takes_no_date_from_the_story_before_it(extract: Extract) -> None:
    text = ("Chile expelled two Peruvian diplomats on 3 May 2019. "
            "Chile has repeatedly asked Peru to hand over the fugitive banker.")
    (ev,) = [e for e in extract(text) if e.event_type == "REQUEST"]
    assert ev.date != "2019-05-03"


def test_an_act_told_in_the_simple_past_continues_the_dated_story(extract: Extract) -> None:
    # guard: the carry the reading above excepts
    text = ("Chile expelled two Peruvian diplomats on 3 May 2019. "
            "Chile also asked Peru to hand over the fugitive banker.")
    (ev,) = [e for e in extract(text) if e.event_type == "REQUEST"]
    assert ev.date == "2019-05-03"


def test_a_deadline_given_until_a_day_is_an_ultimatum(extract: Extract) -> None:
    (ev,) = extract("Turkey gave the Swedish government until Friday to hand over the suspects.")
    assert (ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient]) == ("REQUEST", ["TUR"], ["SWE"])
    assert ev.date == "2021-03-10"  # given when told, not on the day it runs out


def _dyad(ev: Event) -> tuple[str, list[str | None], list[str | None]]:
    return ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient]


#: one sentence per reading, and the one event it reports: (type, actor codes, recipient codes)
ONE_EVENT = [
    # a hostile act reported by a source that takes no side is told as fact, not as its accusation
    pytest.param("Kenyan police said on Tuesday that Eritrean soldiers had seized three Ethiopian border villages.",
                 ("COERCE", ["ERI"], ["ETH"]), id="source-third-state-police"),
    pytest.param("Ugandan troops burned homes in eastern Congo, Amnesty International said.",
                 ("ASSAULT", ["UGA"], ["COD"]), id="source-rights-group"),
    # violence against people of a state is done to that state
    pytest.param("Chadian soldiers tortured Sudanese migrants.", ("ASSAULT", ["TCD"], ["SDN"]), id="people-tortured"),
    pytest.param("Chinese coastguards assaulted Filipino fishermen near the shoal.", ("ASSAULT", ["CHN"], ["PHL"]),
                 id="people-assaulted"),
    pytest.param("Thousands of protesters gathered at the Turkish embassy in Athens on Sunday.",
                 ("PROTEST", ["GRC"], ["TUR"]), id="protest-at-a-mission"),
    pytest.param("The Japanese prime minister offered an apology to South Korea on Friday.",
                 ("CONCEDE", ["JPN"], ["KOR"]), id="apology-offered"),
    # a complaint is against whom it is about
    pytest.param("Jordan complained to the Arab League on Sunday over Syrian artillery fire.",
                 ("ACCUSE", ["JOR"], ["SYR"]), id="complaint-over"),
    pytest.param("Ghana protested to the African Union about Togolese border raids.", ("ACCUSE", ["GHA"], ["TGO"]),
                 id="complaint-about"),
    # guard: with no other party in what it is about, the complaint is against whom it is made to
    pytest.param("Chile complained to Argentina about the arrest of its fishermen.", ("ACCUSE", ["CHL"], ["ARG"]),
                 id="complaint-to"),
    # a withdrawal carried on faster is a withdrawal carried out
    pytest.param("Kenya has hastened the pullback of its soldiers from Somalia.",
                 ("RETREAT", ["KEN"], ["SOM"]), id="withdrawal-hastened"),
    pytest.param("Ethiopia accelerated the pullout of its forces from Sudan.", ("RETREAT", ["ETH"], ["SDN"]),
                 id="withdrawal-accelerated"),
]


@pytest.mark.parametrize("text,dyad", ONE_EVENT)
def test_the_one_event_a_sentence_reports(extract: Extract, text: str,
                                          dyad: tuple[str, list[str], list[str]]) -> None:
    (ev,) = extract(text)
    assert _dyad(ev) == dyad


def test_the_same_act_reported_by_the_target_s_own_police_stays_its_claim(extract: Extract) -> None:
    # guard: a side's report of what the other did is an accusation (codebook section 9)
    text = "Ethiopian police said on Tuesday that Eritrean soldiers had seized three Ethiopian border villages."
    (ev,) = extract(text)
    assert (*_dyad(ev), ev.mode) == ("ACCUSE", ["ETH"], ["ERI"], "allege")


def test_hosting_people_of_a_state_still_hosts_no_participant(extract: Extract) -> None:
    # guard: people of a state count as the object of violence only
    assert not extract("Chad hosts thousands of Sudanese refugees.")


def test_officials_gathering_at_an_embassy_are_no_protest(extract: Extract) -> None:
    # guard: the gathering is a protest only when protesters or a crowd gather
    assert not [e for e in extract("Greek ministers gathered at the Turkish embassy in Athens for a reception.")
                if e.event_type == "PROTEST"]


def _trigger_words(extractor: Extractor, text: str) -> list[str]:
    state = extractor.run(extractor.nlp(text), Article(id="t", text=text, published=dt.date(2021, 3, 10)))
    return [t.token.text for ts in state.triggers.values() for t in ts]


def test_a_word_of_judgment_in_the_narration_judges_nothing(extractor: Extractor) -> None:
    text = "Greek and Turkish warships staged hostile manoeuvres near the islands last summer."
    assert "hostile" not in _trigger_words(extractor, text)


@pytest.mark.parametrize("text", [
    "Iran said Washington's illegitimate pressure had failed.",
    '"Washington\'s illegitimate pressure has failed," the Iranian minister told reporters.',
])
def test_a_word_of_judgment_someone_says_still_judges(extractor: Extractor, text: str) -> None:
    # guard: said through a verb of saying, or inside a quotation
    assert "illegitimate" in _trigger_words(extractor, text)
