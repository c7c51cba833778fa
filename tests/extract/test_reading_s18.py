"""Readings added in session 18, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import pytest
from reading import Extract, coded, dated, of_type


@pytest.mark.parametrize(("text", "refuser", "asker"), [
    # the relative pronoun stands for what was asked
    ("Chile asked Peru on Monday to return the seized fishing boats, which Lima refused.", "PER", "CHL"),
    # the relative clause misparsed as a complement or an adverbial clause: its pronoun is still the object
    ("Bolivia asked Chile to allow the lorries to cross the border freely, which Santiago refused.", "CHL", "BOL"),
    ("Chile seized the trawler on Monday and asked Peru to let the crew go home quietly, which Lima refused.",
     "PER", "CHL"),
    # a request noun with a bare relative clause
    ("Mexico asked Ecuador to let the former minister leave, a request Quito turned down on Friday.", "ECU", "MEX"),
    # an offer refused
    ("Norway offered to host talks between the two governments, an offer which Khartoum rejected.", "SDN", "NOR"),
])
def test_a_refusal_in_a_relative_clause_answers_who_asked(extract: Extract, text: str, refuser: str,
                                                          asker: str) -> None:
    assert [(e.actor[0].code, [r.code for r in e.recipient]) for e in of_type(extract(text), "REJECT")] == [
        (refuser, [asker])]


def test_a_refusal_with_its_own_object_is_not_an_answer(extract: Extract) -> None:
    # guard: "which" is the subject here; what Lima refused is named, and no one asked for it
    events = of_type(extract("Chile sent a note, which said that Lima refused the fishing quota on Monday."),
                     "REJECT")
    assert all("CHL" not in [r.code for r in e.recipient] for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya called on Uganda to withdraw its troops from the island. Tanzania echoed the call on Sunday.",
     ("REQUEST", "TZA", "UGA")),
    # the echoed word names the act: the latest act of that kind is copied, not the latest act
    ("Greece warned Turkey on Monday against drilling near Crete. Athens also accused Ankara of piracy. "
     "Cyprus echoed the warning on Tuesday.", ("THREATEN", "CYP", "TUR")),
])
def test_an_echoed_act_is_copied_with_the_echoing_subject_as_doer(extract: Extract, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    kind, doer, target = expected
    copies = [coded(e) for e in extract(text) if e.actor and e.actor[0].code == doer]
    assert [(c[0], c[2], c[3]) for c in copies] == [(kind, [doer], [target])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed new sanctions on Belarus on Monday. The bloc also accused Minsk of using "
     "migrants as a weapon.", ("ACCUSE", ["EUR"], ["BLR"])),
    ("NATO met in Brussels on Tuesday. Russia accused the alliance of encircling it.", ("ACCUSE", ["RUS"], ["IGO"])),
    # named inside a title first ("leaders of ECOWAS"), and the description as a possessor
    ("Leaders of ECOWAS met in Abuja on Sunday. The bloc gave the junta in Niger a week to restore the president.",
     ("REQUEST", ["IGO"], ["NER"])),
    ("Leaders of ECOWAS met in Abuja on Sunday. The bloc's leaders warned the junta in Niger against harming the "
     "president.", ("THREATEN", ["IGO"], ["NER"])),
])
def test_the_bloc_or_the_alliance_is_the_organisation_named_before(extract: Extract, text: str,
                                                                   expected: tuple[str, list[str], list[str]]) -> None:
    kind, actor, target = expected
    assert [(c[0], c[2], c[3]) for c in map(coded, of_type(extract(text), kind))] == [(kind, actor, target)]


@pytest.mark.parametrize("text", [
    # guard: no organisation so described was named: a bloc of its own
    "The Soviet bloc collapsed in 1989. Poland accused the bloc of decades of oppression.",
    # guard: the EU is no alliance
    "The European Union met in Brussels on Monday. Russia accused the alliance of encircling it.",
])
def test_a_description_no_named_organisation_has_is_nobody(extract: Extract, text: str) -> None:
    assert all(r.code not in ("EUR", "IGO") for e in of_type(extract(text), "ACCUSE") for r in e.recipient)


@pytest.mark.parametrize("text", [
    # the counted act told before (its verb again): its day is the last day told, the act the span after
    "Kosovo declared independence from Serbia on 17 February 2008. Serbia recalled its ambassador from "
    "Washington a day after Kosovo declared independence.",
    # an act the span after one a definite noun refers back to
    "Kosovo declared independence from Serbia on 17 February 2008. Serbia recalled its ambassador from "
    "Washington a day after the declaration.",
])
def test_an_act_a_span_after_one_told_before_is_dated_from_its_day(extract: Extract, text: str) -> None:
    assert dated(extract(text), "SANCTION") == [("2008-02-18", "discourse")]


def test_the_main_clause_told_a_span_after_a_new_act_keeps_the_day_told(extract: Extract) -> None:
    # guard: the clash is the day told (3 May); the closure, not told before, the day before it
    events = extract("Fighting broke out on the Kyrgyz-Tajik border on 3 May 2021. The clash came a day after "
                     "Kyrgyzstan closed the crossing to Tajik lorries.")
    assert dated(events, "SANCTION") == [("2021-05-02", "discourse")]


def test_a_span_after_a_noun_with_a_day_of_its_own_is_that_day(extract: Extract) -> None:
    # guard: the sentence names its own day
    events = extract("Kosovo declared independence from Serbia on 17 February 2008. On 20 February 2008, three "
                     "days after the declaration, Serbia recalled its ambassador from Washington.")
    assert dated(events, "SANCTION") == [("2008-02-20", "text")]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Somalia's army said on Tuesday that it would resist any Ethiopian incursion.", "SOM", "ETH"),
    ("Seoul said its forces would repel any attack by North Korea.", "KOR", "PRK"),
])
def test_resisting_a_hostile_act_to_come_threatens_its_doer(extract: Extract, text: str, actor: str,
                                                            target: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "THREATEN")] == [("THREATEN", "violence", [actor], [target])]


def test_resisting_told_as_past_is_no_threat(extract: Extract) -> None:
    # guard: "resisted" is what happened, not a threat
    assert not of_type(extract("Somalia's army resisted the Ethiopian incursion on Tuesday."), "THREATEN")


@pytest.mark.parametrize("text", [
    "ASEAN foreign ministers will meet in Singapore next week.",
    "NATO defence ministers met in Brussels on Tuesday to discuss the air defence plan.",
])
def test_an_organisations_own_meeting_has_no_host(extract: Extract, text: str) -> None:
    # its members meet wherever it sits: the city's state is no party
    assert not [e for e in of_type(extract(text), "CONSULT") if {"SGP", "BEL"} & {r.code for r in e.recipient}]


def test_a_states_meeting_abroad_is_hosted_by_the_state_it_is_held_in(extract: Extract) -> None:
    # guard: one side named, the talks held in Norway
    events = of_type(extract("The Kenyan foreign minister held talks in Oslo on Monday."), "CONSULT")
    assert [coded(e)[2:] for e in events] == [(["KEN"], ["NOR"])]


@pytest.mark.parametrize(("text", "org"), [
    ("The US president flew to Auckland on Thursday for the APEC summit.", "IGO"),
    ("The Kenyan president arrived in Vilnius on Monday for a NATO summit.", "IGO"),
])
def test_a_journey_to_an_organisations_summit_meets_the_organisation(extract: Extract, text: str, org: str) -> None:
    # the venue's state was a guessed host; the summit names whose meeting it is
    events = of_type(extract(text), "CONSULT")
    assert len(events) == 1 and org in {r.code for r in events[0].recipient}
    assert not {"NZL", "LTU"} & {r.code for r in events[0].recipient}


@pytest.mark.parametrize("text", [
    "Armenia occupies seven Azerbaijani districts.",
    "Israel occupies the Syrian Golan Heights.",
])
def test_coercion_told_in_the_simple_present_is_a_standing_state(extract: Extract, text: str) -> None:
    # codebook section 9: standing states are not events
    assert not of_type(extract(text), "COERCE")


def test_coercion_told_as_done_is_an_event(extract: Extract) -> None:
    # guard: the same kind of act, told in the past with its day
    assert [coded(e)[2:] for e in of_type(extract("Iran seized a British tanker in the Gulf on Friday."), "COERCE")] \
        == [(["IRN"], ["GBR"])]
