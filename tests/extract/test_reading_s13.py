"""Readings added in session 13, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.extraction import Extractor
from communique.model import Event

Extract = Callable[..., list[Event]]


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


def _parties(ev: Event) -> set[str | None]:
    """Every participant's code, for the symmetric types scored on the set."""
    return {a.code for a in [*ev.actor, *ev.recipient]}


def _its(extractor: Extractor, text: str) -> str | None:
    """The code the actor resolver gives the first "its" of ``text``."""
    doc = extractor.nlp(text)
    its = next(t for t in doc if t.lower_ == "its")
    return extractor.shared.actors.resolve(doc, None).by_token[its.i].code


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ghana called for Togo to reopen the border crossing at Aflao.", ("REQUEST", ["GHA"], ["TGO"])),
    ("Finland pressed for Estonia to share its radar data.", ("REQUEST", ["FIN"], ["EST"])),
    ("Uruguay is pushing hard for Brazil to drop the new import levy.", ("REQUEST", ["URY"], ["BRA"])),
])
def test_a_call_for_someone_to_act_asks_them(extract: Extract, text: str, dyad: tuple) -> None:
    assert _dyads(extract(text)) == [dyad]


def test_a_call_for_a_thing_names_no_one_asked(extract: Extract) -> None:
    # guard: "called for calm" asks no named party; nothing is invented
    assert extract("Ghana called for calm at the border crossing.") == []


def test_a_coalition_led_by_a_state_named_in_a_hyphen_is_that_state(extract: Extract) -> None:
    events = extract("Portugal refused to give any assistance to the Nigerian-led coalition.")
    assert [(e.event_type, [r.code for r in e.recipient]) for e in events] == [("REJECT", ["NGA"])]


def test_forcing_an_agency_out_expels_it(extract: Extract) -> None:
    assert _dyads(extract("Eritrea forced the Swiss relief agency out of the country.")) == [
        ("SANCTION", ["ERI"], ["CHE"])]


def test_a_welcome_given_to_a_visitor_is_a_visit(extract: Extract) -> None:
    (ev,) = extract("Chancellor Scholz extended a warm welcome on Friday to the Nigerian president.")
    assert (ev.event_type, ev.mode) == ("CONSULT", "visit")
    assert _parties(ev) == {"DEU", "NGA"}


def test_meeting_a_demand_is_no_meeting(extract: Extract) -> None:
    events = extract("Latvia said it would not meet Belarus's demands to close the camps.")
    assert "CONSULT" not in [e.event_type for e in events]
    assert _dyads(events) == [("REJECT", ["LVA"], ["BLR"])]


def test_meeting_a_minister_stays_a_meeting(extract: Extract) -> None:
    # guard: the not_object list leaves the meeting sense of "meet" alone
    (ev,) = extract("Latvia's foreign minister will meet her Belarusian counterpart in Riga on Monday.")
    assert ev.event_type == "CONSULT"


@pytest.mark.parametrize(("text", "dyad"), [
    ("A second contingent of Ghanaian peacekeepers arrived in South Sudan on Thursday.", ("AID", ["GHA"], ["SSD"])),
    ("Hundreds of Ethiopian troops arrived in southern Somalia on Thursday.", ("MOBILIZE", ["ETH"], ["SOM"])),
])
def test_forces_arriving_make_no_visit(extract: Extract, text: str, dyad: tuple) -> None:
    assert _dyads(extract(text)) == [dyad]


def test_a_minister_arriving_makes_a_visit(extract: Extract) -> None:
    # guard: people arriving are still visitors
    (ev,) = extract("Ethiopia's foreign minister arrived in Mogadishu on Thursday.")
    assert (ev.event_type, ev.mode) == ("CONSULT", "visit")


def test_an_act_a_call_asks_for_is_not_done(extract: Extract) -> None:
    events = extract("The Ghanaian president made a call to end the fighting in Togo.", published="2024-05-10")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_an_act_done_in_an_effort_is_done(extract: Extract) -> None:
    # guard: the noun after the act ("in an effort to ease tensions") governs nothing before it
    (ev,) = extract("Benin freed the Nigerian sailors in an effort to ease tensions.")
    assert (ev.event_type, ev.modality) == ("RETREAT", "asserted")


def test_two_states_talking_about_something_talk_with_each_other(extract: Extract) -> None:
    (ev,) = extract("Gabon and Cameroon talked about the new bridge on Monday.")
    assert ev.event_type == "CONSULT" and _parties(ev) == {"GAB", "CMR"}


def test_one_state_talking_about_something_is_no_meeting(extract: Extract) -> None:
    # guard: a single speaker talking about a topic meets no one
    assert extract("Gabon talked about the new bridge on Monday.") == []


def test_the_move_called_a_violation_is_the_last_act_told(extract: Extract) -> None:
    events = extract("Gabon closed its border with Equatorial Guinea on Monday. Cameroon's foreign minister "
                     "called the move a violation of regional trade rules.", published="2024-07-09")
    assert sorted(_dyads(events)) == [("ACCUSE", ["CMR"], ["GAB"]), ("SANCTION", ["GAB"], ["GNQ"])]


def test_a_judgment_of_the_move_reaches_back_one_sentence_only(extract: Extract) -> None:
    # guard: an act told two sentences earlier is too far for "the move"; no target is guessed
    events = extract("Gabon closed its border with Equatorial Guinea on Monday. Trade fell sharply in the region. "
                     "Cameroon's foreign minister called the move a violation of regional trade rules.",
                     published="2024-07-09")
    assert [e.event_type for e in events] == ["SANCTION"]


def test_a_lead_after_a_dateline_keeps_its_doer(extract: Extract) -> None:
    assert _dyads(extract("HANOI, Sept 3 - Laos protested to Thailand over the shooting of its border guards.",
                          published="2024-09-03")) == [("ACCUSE", ["LAO"], ["THA"])]


def test_ships_ramming_a_boat_use_force(extract: Extract) -> None:
    assert _dyads(extract("Malaysian patrol boats rammed an Indonesian trawler near Tawau on Sunday.")) == [
        ("ASSAULT", ["MYS"], ["IDN"])]


def test_ramming_a_bill_through_is_no_force(extract: Extract) -> None:
    # guard: the legislative idiom is no event
    assert extract("The Malaysian government rammed the bill through parliament on Sunday.") == []


def test_vessels_blocking_a_resupply_mission_restrict_it(extract: Extract) -> None:
    assert _dyads(extract("Cuban coast guard vessels blocked a Haitian resupply mission on Sunday.")) == [
        ("COERCE", ["CUB"], ["HTI"])]


def test_the_lead_after_a_dateline_keeps_its_subject(extractor: Extractor) -> None:
    # (a lead the parser, left to itself, cuts after its subject)
    doc = extractor.nlp("HANOI, Sept 3 - Laos protested to Thailand over the shooting.\nThailand said nothing.")
    assert [s.text.strip() for s in doc.sents] == ["HANOI, Sept 3 -", "Laos protested to Thailand over the shooting.",
                                                   "Thailand said nothing."]


@pytest.mark.parametrize(("text", "state"), [
    ("Laos protested to Thailand over the seizure of its fishing boats.", "LAO"),
    ("Iran could strike American targets in Iraq at a time of its choosing.", "IRN"),
])
def test_its_means_the_state_its_clause_is_told_of(extractor: Extractor, text: str, state: str) -> None:
    assert _its(extractor, text) == state


def test_its_after_troops_entering_a_state_is_that_state(extractor: Extractor) -> None:
    # guard: troops are no named state; "its" keeps the state just named
    assert _its(extractor, "Kenyan troops entered Somalia at the request of its government.") == "SOM"


def test_the_first_summit_in_years_is_dated_by_its_day(extract: Extract) -> None:
    (ev,) = extract("Chile and Bolivia held their first summit in 15 years in Santiago on Thursday.",
                    published="2024-05-10")
    assert (ev.event_type, ev.date) == ("CONSULT", "2024-05-09")


def test_in_two_years_without_a_cue_is_still_a_date() -> None:
    # guard: only after a word of rank ("first", "worst") is "in N years" a span
    import datetime as dt

    from communique.resolve.dates import DateResolver

    found = DateResolver().find("The bridge will be finished in two years.", dt.date(2024, 5, 10))
    assert [(m.text, m.value) for m in found] == [("two years", "2026-05")]


def test_a_state_accused_as_it_is_the_state_just_named(extract: Extract) -> None:
    events = extract("Gabon cut diplomatic ties with Chad in 2019, accusing it of arming rebels.")
    assert sorted(_dyads(events)) == [("ACCUSE", ["GAB"], ["TCD"]), ("SANCTION", ["GAB"], ["TCD"])]


def test_a_clause_set_beside_a_judgment_is_its_own_act(extract: Extract) -> None:
    events = extract("Benin and Togo agreed on Tuesday to reopen the Hilla Condji crossing. Ghana welcomed the move, "
                     "while Niger accused Benin of harbouring rebel fighters.", published="2024-05-10")
    assert ("ACCUSE", ["NER"], ["BEN"]) in _dyads(events)
    assert ("SUPPORT", ["GHA"], ["BEN", "TGO"]) in _dyads(events)


def test_what_a_judging_verb_is_about_is_no_act_of_its_own(extract: Extract) -> None:
    # guard: the complement of a welcome is what is welcomed, not a second event
    events = extract("Ghana welcomed Niger's decision to reopen the border.")
    assert [e.event_type for e in events] == ["SUPPORT"]


def test_telling_a_state_to_act_asks_it(extract: Extract) -> None:
    assert _dyads(extract("Algeria told Morocco to stop meddling in its internal affairs.")) == [
        ("REQUEST", ["DZA"], ["MAR"])]


@pytest.mark.parametrize("text", [
    "Algeria told reporters that it would reopen the border.",  # a saying, not a directive
    "President Tebboune told his foreign minister to prepare a report on Morocco.",  # one's own official
])
def test_telling_that_or_telling_ones_own_is_no_request(extract: Extract, text: str) -> None:
    assert "REQUEST" not in [e.event_type for e in extract(text)]


def test_the_two_rivals_are_the_pair_told(extract: Extract) -> None:
    events = extract("Qatar and Bahrain reopened their embassies on Monday, a year after the two rivals restored "
                     "diplomatic relations.", published="2024-10-09")
    restored = [e for e in events if e.trigger == "restored"]
    assert [_parties(e) for e in restored] == [{"QAT", "BHR"}]


def test_a_day_told_before_a_span_of_time_dates_the_main_act(extract: Extract) -> None:
    events = extract("Qatar and Bahrain resumed direct flights on Monday, six months after the two neighbours restored "
                     "diplomatic relations.", published="2024-10-09")
    assert {e.trigger: e.date for e in events} == {"resumed": "2024-10-07", "restored": "2024-04"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali accused Burkina Faso of arming rebels in the north and of sending troops across the border. "
     "Burkina Faso denies it.", {("AID", ("BFA",), ("MLI",)), ("MOBILIZE", ("BFA",), ("MLI",))}),
    ("Ghana said Togolese soldiers had shelled its border posts on Monday. Togo's defence ministry rejected "
     "the accusation.", {("ASSAULT", ("TGO",), ("GHA",))}),
])
def test_a_denial_of_an_accusation_is_the_accused_act_negated(extract: Extract, text: str, expected: set) -> None:
    events = extract(text, published="2024-05-10")
    negated = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
               for e in events if e.modality == "negated"}
    assert negated == expected
    assert ("ACCUSE", ["MLI" if "Mali" in text else "GHA"], ["BFA" if "Mali" in text else "TGO"]) in _dyads(events)


def test_a_denied_act_keeps_the_date_the_claim_gave_it(extract: Extract) -> None:
    events = extract("Ghana said Togolese soldiers had shelled its border posts on Monday. Togo rejected the "
                     "accusation on Wednesday.", published="2024-05-10")
    (denied,) = [e for e in events if e.modality == "negated"]
    assert denied.date == "2024-05-06"


def test_a_denial_of_a_new_act_or_of_an_unaccused_state_makes_none(extract: Extract) -> None:
    # guard: the denier must be the accused; the group's own act told in a clause is no part of the charge
    events = extract("Mali accused Burkina Faso of arming the rebels, a group that seized Kidal in May. "
                     "Niger denied it.", published="2024-05-10")
    assert [e for e in events if e.modality == "negated"] == []


@pytest.mark.parametrize(("text", "state"), [
    ("Benin said Nigerien soldiers had shelled its border posts.", "BEN"),  # the speaker's posts
    ("Benin said Niger had withdrawn its troops.", "NER"),  # guard: an organ is the doer's
])
def test_its_in_a_reported_hostile_act_is_the_speakers(extractor: Extractor, text: str, state: str) -> None:
    assert _its(extractor, text) == state


@pytest.mark.parametrize("second", ["Cotonou vowed to retaliate.", "Cotonou warned of a decisive response."])
def test_a_vow_or_warning_of_force_threatens_the_other_side(extract: Extract, second: str) -> None:
    events = extract("Benin said Nigerien soldiers had shelled its border posts. " + second, published="2024-05-10")
    assert ("THREATEN", ["BEN"], ["NER"]) in _dyads(events)
    assert "AGREE" not in [e.event_type for e in events]


def test_the_two_standing_alone_are_the_pair_who_met(extract: Extract) -> None:
    events = extract("Gabon's foreign minister met Cameroonian President Paul Biya in Yaounde on Tuesday. The two "
                     "agreed to speed up work on the new bridge.", published="2024-05-10")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert [_parties(e) for e in agree] == [{"GAB", "CMR"}]


def test_between_the_two_is_no_new_party(extract: Extract) -> None:
    # guard: only a subject "the two" points back; "relations between the two" names no one new
    events = extract("Gabon and Cameroon met on Tuesday. The dispute threatens a plan to normalise relations "
                     "between the two.", published="2024-05-10")
    assert [e.event_type for e in events] == ["CONSULT"]


def test_voicing_concern_at_anothers_act_disapproves(extract: Extract) -> None:
    events = extract("Ecuador's foreign ministry voiced concern over Peru's military buildup on the border.")
    assert ("ACCUSE", ["ECU"], ["PER"]) in _dyads(events)


def test_hitting_back_with_words_is_a_retort(extract: Extract) -> None:
    events = extract("Burundi hit back at Rwanda on Monday, calling its claims baseless.", published="2024-05-10")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_hitting_back_with_strikes_is_force(extract: Extract) -> None:
    # guard: the force sense stays when no words are told with it
    events = extract("Burundi hit back at Rwandan positions with artillery on Monday.", published="2024-05-10")
    assert "ASSAULT" in [e.event_type for e in events]


def test_whatever_is_donated_to_a_state_is_aid(extract: Extract) -> None:
    assert _dyads(extract("Oman donated 40 ambulances to Yemen on Sunday.")) == [("AID", ["OMN"], ["YEM"])]
