"""Readings added in session 15, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

import pytest
from reading import Extract, coded

from communique.model import Event


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


@pytest.mark.parametrize(("text", "visitor", "hosts"), [
    ("The Chilean president began a tour of Argentina, Uruguay and Paraguay on Monday.", "CHL", ["ARG", "URY", "PRY"]),
    ("Kenya's foreign minister visited Uganda, Rwanda and Burundi on Friday.", "KEN", ["UGA", "RWA", "BDI"]),
    ("Japan's prime minister will make visits to India and Vietnam next month.", "JPN", ["IND", "VNM"]),
])
def test_a_journey_to_several_states_is_one_visit_each(extract: Extract, text: str, visitor: str,
                                                       hosts: list[str]) -> None:
    events = extract(text)
    assert sorted(_dyads(events)) == sorted(("CONSULT", [visitor], [h]) for h in hosts)
    assert {e.mode for e in events} == {"visit"} and len({e.date for e in events}) == 1


def test_a_meeting_with_several_leaders_stays_one_meeting(extract: Extract) -> None:
    # guard: people met are no destinations
    events = extract("Brazil's president met the leaders of Argentina and Chile in Montevideo on Friday.")
    assert _dyads(events) == [("CONSULT", ["BRA"], ["ARG", "CHL"])]


@pytest.mark.parametrize("text", [
    "The talks between Chad and Niger, hosted by Algeria, ended on Monday.",
    "Ministers of Chad and Niger met in Niamey on Monday at talks brokered by Algeria.",
    "Algerian-mediated talks between Chad and Niger opened on Sunday.",
    "Delegations from Chad and Niger met on Sunday for talks chaired by the Algerian foreign minister.",
    "The meeting of the foreign ministers of Chad and Niger, convened in Abuja by Algeria, ended on Tuesday.",
    "Chad and Niger held talks in Niamey on Monday. Algeria, which brokered the meeting, praised both sides.",
])
def test_whoever_hosts_or_mediates_a_meeting_takes_part(extract: Extract, text: str) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert {p.code for p in ev.actor + ev.recipient} == {"TCD", "NER", "DZA"}


def test_a_meeting_judged_by_a_state_leaves_the_judge_out(extract: Extract) -> None:
    # guard: only a host's or mediator's participle names a party of the meeting
    events = extract("The talks between Chad and Niger, praised by Algeria, ended on Monday.")
    assert [{p.code for p in e.actor + e.recipient} for e in events if e.event_type == "CONSULT"] == [{"TCD", "NER"}]


# published 2021-03-10, a Wednesday
@pytest.mark.parametrize(("text", "date"), [
    ("Chile and Peru agreed to hold talks on April 18.", "2021-03-10"),
    ("Chile and Peru agreed to hold talks in April.", "2021-03-10"),
    ("Chile and Peru agreed on Monday to reopen the border on April 2.", "2021-03-08"),
])
def test_an_agreement_is_dated_when_made_not_by_what_it_promises(extract: Extract, text: str, date: str) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "AGREE"]
    assert (ev.date, ev.modality) == (date, "asserted")


def test_an_agreement_keeps_its_own_date(extract: Extract) -> None:
    # guard: a date on the agreeing verb dates it
    (ev,) = [e for e in extract("Chile and Peru agreed on Monday to reopen the border.") if e.event_type == "AGREE"]
    assert ev.date == "2021-03-08"


def test_every_host_of_a_meeting_takes_part(extract: Extract) -> None:
    events = extract("The leaders of Chad and Niger met on Monday in talks brokered by Algeria and hosted by Mali.")
    assert [(e.event_type, {p.code for p in e.actor + e.recipient}) for e in events] == [
        ("CONSULT", {"TCD", "NER", "DZA", "MLI"})]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Thousands of Kenyans set fire to the Ugandan embassy in Nairobi on Friday.", ("PROTEST", ["KEN"], ["UGA"])),
    ("Demonstrators in Nairobi set the Ugandan consulate on fire on Friday.", ("PROTEST", ["KEN"], ["UGA"])),
    ("Protesters set fire to the Ugandan consulate in Mombasa, a day after the Kampala rally.",
     ("PROTEST", ["KEN"], ["UGA"])),
])
def test_setting_fire_to_a_foreign_mission_is_a_protest_against_its_state(extract: Extract, text: str,
                                                                           dyad: tuple) -> None:
    events = extract(text)
    assert _dyads(events) == [dyad] and events[0].mode == "vandalize"


def test_a_people_burning_villages_is_no_protest(extract: Extract) -> None:
    # guard: a people as the doer holds only against a foreign mission
    assert all(e.event_type != "PROTEST" for e in extract("Angry Kenyans set fire to three Ugandan villages."))


@pytest.mark.parametrize("text", [
    "Kenya expelled two Ugandan officials on Monday.",
    "Kenya expelled the military advisers of the Ugandan High Commission on Monday.",
])
def test_expelling_a_states_officials_is_expelling_its_diplomats(extract: Extract, text: str) -> None:
    (ev,) = extract(text)
    assert coded(ev) == ("SANCTION", "expel", ["KEN"], ["UGA"])


def test_expelling_a_states_nationals_is_a_deportation(extract: Extract) -> None:
    # guard: people who do not serve their state are deported, not expelled as diplomats
    (ev,) = extract("Kenya expelled hundreds of Ugandan nationals on Monday.")
    assert (ev.event_type, ev.mode) == ("COERCE", "deport")


@pytest.mark.parametrize("text", [
    "Kenya would resist any Ugandan incursion, its president said on Monday.",
    "Chile warned Lima that it would be held responsible for any attack on Chilean ships.",
])
def test_any_act_of_a_kind_is_no_act(extract: Extract, text: str) -> None:
    assert all(e.event_type not in ("MOBILIZE", "ASSAULT") for e in extract(text))


def test_any_act_denied_is_the_act_negated(extract: Extract) -> None:
    # guard: a denial of any such act is that act, negated (codebook 9)
    (ev,) = extract("Kenya denied any attack on Ugandan positions.")
    assert (ev.event_type, ev.modality) == ("ASSAULT", "negated")


# published 2021-03-10
@pytest.mark.parametrize(("text", "date"), [
    ("Germany will deliver air defence systems to Ukraine next month, the defence ministry said.", "2021-03-10"),
    ("Germany said on Monday it would deliver air defence systems to Ukraine in June.", "2021-03-08"),
])
def test_a_promise_is_dated_when_made_not_by_what_it_promises(extract: Extract, text: str, date: str) -> None:
    (ev,) = extract(text)
    assert (ev.event_type, ev.modality, ev.date) == ("AGREE", "asserted", date)


@pytest.mark.parametrize("text", [
    "Kenya said Uganda was responsible for the attack on its border post.",
    "Kenya said Uganda was behind the attack on its border post.",
    "Kenya said it was highly likely that Uganda was behind the attack on its border post.",
])
def test_naming_the_culprit_of_an_attack_is_a_claim(extract: Extract, text: str) -> None:
    # codebook 9: told only as the speaker's claim, the attack itself is not asserted
    assert _dyads(extract(text)) == [("ACCUSE", ["KEN"], ["UGA"])]


def test_a_judgment_the_tagger_took_for_a_verb_still_judges(extract: Extract) -> None:
    # ("absurd" after its noun is tagged a verb by the parser's model)
    events = extract("Kenya accused Uganda of the raid on Monday. Uganda's government called the Kenyan claims absurd.")
    assert ("ACCUSE", ["UGA"], ["KEN"]) in _dyads(events)


def test_an_act_the_other_way_is_not_the_act_told_before(extract: Extract) -> None:
    events = extract("Kenya accused Uganda of the raid on Monday. Uganda called the Kenyan claims absurd.")
    (answer,) = [e for e in events if [a.code for a in e.actor] == ["UGA"]]
    assert "the same act" not in answer.reason


@pytest.mark.parametrize("text", [
    "Kenya announced the suspension of all planned contacts with Uganda.",
    "Kenya announced the cancellation of the president's visit to Uganda.",
])
def test_an_act_stopped_is_no_act_of_its_own(extract: Extract, text: str) -> None:
    assert all(e.event_type != "CONSULT" for e in extract(text))


def test_a_meeting_beside_a_stopping_is_still_a_meeting(extract: Extract) -> None:
    # guard: only the act the stopping noun takes is stopped
    events = extract("After talks with Uganda on Monday, Kenya announced the suspension of its border tariffs.")
    assert "CONSULT" in {e.event_type for e in events}


@pytest.mark.parametrize("text", [
    "Ghana protested against the visit of the Togolese foreign minister to Benin.",
    "Ghana cut ties with Benin on Tuesday, a week after a visit to Cotonou by the Togolese foreign minister.",
])
def test_a_visit_is_its_travellers_not_the_clause_subjects(extract: Extract, text: str) -> None:
    visits = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in visits] == [(["TGO"], ["BEN"])]


def test_a_visit_by_an_official_the_lexicons_lack_is_of_the_state_named_on_the_title(extract: Extract) -> None:
    events = extract("Accra launched drills after the visit to Lome by the U.S. trade envoy.")
    assert ("CONSULT", ["USA"], ["TGO"]) in _dyads(events)


@pytest.mark.parametrize("text", [
    "Chile described Peru's claims as baseless.",
    "Chile took Peru to task over the arrests.",
    "Chile complained that Peru had violated its airspace.",
])
def test_ways_of_criticising(extract: Extract, text: str) -> None:
    assert _dyads(extract(text)) == [("ACCUSE", ["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "Chile criticised Peru for arresting its fishermen.",
    "Chile praised Peru for freeing the fishermen.",
])
def test_the_act_a_judgment_is_for_is_not_the_judges(extract: Extract, text: str) -> None:
    # the arresting and the freeing are Peru's: never Chile's acts on Peru
    assert all([a.code for a in e.actor] != ["CHL"] or e.event_type in ("ACCUSE", "SUPPORT") for e in extract(text))


@pytest.mark.parametrize("text", [
    "Kenya called for sanctions against Uganda on Sunday.",
    "Kenya called for an international investigation into Uganda's conduct.",
])
def test_urging_a_hostile_act_against_a_party_accuses_it(extract: Extract, text: str) -> None:
    # codebook 9: the addressee is no participant; the stance toward the one who is
    (ev,) = extract(text)
    assert coded(ev) == ("ACCUSE", "disapprove", ["KEN"], ["UGA"])


def test_urging_a_party_itself_is_a_request(extract: Extract) -> None:
    # guard: the addressee is a participant
    (ev,) = extract("Kenya called on Uganda to impose sanctions against the rebels.")
    assert (ev.event_type, [r.code for r in ev.recipient]) == ("REQUEST", ["UGA"])


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli troops arrested 12 people in the West Bank on Friday.", "PSE"),
    ("Kenyan police detained four activists in Dar es Salaam on Friday.", "TZA"),
])
def test_a_place_target_is_geocoded_by_its_whole_name(extract: Extract, text: str, target: str) -> None:
    (ev,) = extract(text)
    assert [r.code for r in ev.recipient] == [target]


def test_sanctions_imposed_again_are_sanctions(extract: Extract) -> None:
    assert _dyads(extract("Kenya reimposed sanctions on Uganda on Friday.")) == [("SANCTION", ["KEN"], ["UGA"])]


def test_accepting_an_invitation_to_visit_agrees_with_the_host(extract: Extract) -> None:
    # codebook 2: AGREE covers invitations and future visits; the visit is what is accepted
    assert _dyads(extract("Kenya accepted an invitation to visit Uganda.")) == [("AGREE", ["KEN"], ["UGA"])]


def test_an_invitation_sent_to_visit_is_the_senders(extract: Extract) -> None:
    # guard: who sends an invitation is not who would travel
    assert _dyads(extract("Kenya sent Uganda an invitation to visit Nairobi.")) == [("AGREE", ["KEN"], ["UGA"])]


@pytest.mark.parametrize("text", [
    "Kenya said it would not rule out military action against Uganda.",
    "Kenya did not rule out the use of force against Uganda.",
])
def test_not_ruling_out_force_threatens(extract: Extract, text: str) -> None:
    assert _dyads(extract(text)) == [("THREATEN", ["KEN"], ["UGA"])]


def test_ruling_out_force_threatens_nothing(extract: Extract) -> None:
    # guard: ruled out, the act is renounced, not threatened
    assert all(e.event_type != "THREATEN" for e in extract("Kenya ruled out military action against Uganda."))
