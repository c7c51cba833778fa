"""Readings added in session 22, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import pytest
from reading import Extract, coded, of_type


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Chilean and Peruvian foreign ministers are to meet in Arica on Friday.", "CONSULT"),
    ("Norway's prime minister is to visit Nairobi next month.", "CONSULT"),
])
def test_an_act_a_copula_arranges_is_to_come(extract: Extract, text: str, event_type: str) -> None:
    # "is to meet": arranged, not done
    assert [e.modality for e in of_type(extract(text), event_type)] == ["future"]


def test_a_purpose_told_with_a_copula_is_no_arrangement(extract: Extract) -> None:
    # guard: "the aim is to ..." names a purpose; no act of the aim is arranged
    events = extract("The aim of the visit is to deepen trade between Chile and Peru.")
    assert all(e.modality != "future" for e in events)


def test_a_condition_with_were_to_is_no_arrangement(extract: Extract) -> None:
    # guard: "were to attack" is a condition
    events = of_type(extract("If Belarus were to attack Lithuania, Poland would respond."), "ASSAULT")
    assert [e.modality for e in events] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Under the agreement, Ethiopia is to free 40 Eritrean detainees next week.",
    "Kenya and Somalia signed an accord on Monday under which Kenya will withdraw its troops from Somalia.",
    "Under the terms of the truce, Azerbaijan will pull its forces back from Armenian territory.",
])
def test_a_term_of_an_agreement_is_no_act_of_its_own(extract: Extract, text: str) -> None:
    # the agreement is the event (codebook section 5); what it says each side will do is not coded apart
    events = extract(text)
    assert not [e for e in events if e.event_type in ("RETREAT", "CONCEDE")]


def test_an_act_done_under_an_agreement_is_coded(extract: Extract) -> None:
    # guard: carried out, a term is an act
    events = of_type(extract("Under the deal, Ethiopia freed 40 Eritrean detainees on Monday."), "RETREAT")
    assert [(coded(e)[2], coded(e)[3], str(e.date)) for e in events] == [(["ETH"], ["ERI"], "2021-03-08")]


@pytest.mark.parametrize(("text", "accused"), [
    ("Lithuania believes Belarus supplied the smugglers' drones to Russia.", ["BLR"]),
    ("Kyiv alleged that Tehran had sent hundreds of drones to Moscow.", ["IRN"]),
])
def test_help_to_another_a_speaker_suspects_is_a_claim(extract: Extract, text: str, accused: list[str]) -> None:
    # codebook section 9: suspected, the supply is an accusation of the supplier, not aid told as fact
    events = extract(text)
    assert [coded(e)[3] for e in of_type(events, "ACCUSE")] == [accused]
    assert not of_type(events, "AID")


def test_help_a_speaker_tells_is_aid(extract: Extract) -> None:
    # guard: said, not suspected, the delivery is news
    events = extract("Berlin said Paris had sent tanks to Kyiv.")
    assert [coded(e)[2:] for e in of_type(events, "AID")] == [(["FRA"], ["UKR"])]
    assert not of_type(events, "ACCUSE")


@pytest.mark.parametrize(("text", "target"), [
    ("Moscow admitted on Tuesday that its troops had shelled Georgian villages.", ["GEO"]),
    ("Minsk acknowledged that its air defences had shot down a Polish drone.", ["POL"]),
])
def test_owning_up_to_ones_own_attack_is_a_concession(extract: Extract, text: str, target: list[str]) -> None:
    # codebook section 2: regret, a verbal concession, to the target of the act owned up to
    events = extract(text)
    assert [coded(e)[3] for e in of_type(events, "CONCEDE")] == [target]
    assert of_type(events, "ASSAULT")


def test_acknowledging_anothers_attack_is_no_concession(extract: Extract) -> None:
    # guard: what another did is not owned up to
    assert not of_type(extract("Kyiv acknowledged that Russia had shelled Kharkiv."), "CONCEDE")
