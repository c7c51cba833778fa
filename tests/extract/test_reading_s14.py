"""Readings added in session 14, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event_type, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events]


# published 2021-03-10, a Wednesday
@pytest.mark.parametrize(("text", "date", "source"), [
    ("Chile said on Monday it would close its border with Peru.", "2021-03-08", "discourse"),
    ("Kenya will recall its ambassador to Uganda, the ministry said on Tuesday.", "2021-03-09", "discourse"),
    ("The Spanish government said it would expel two Moroccan diplomats.", "2021-03-10", "publication"),
])
def test_a_plan_with_no_date_of_its_own_is_dated_when_announced(extract: Extract, text: str, date: str,
                                                                 source: str) -> None:
    (ev,) = extract(text)
    assert (ev.modality, ev.date, ev.date_source) == ("future", date, source)


def test_a_plan_keeps_its_own_date(extract: Extract) -> None:
    # guard: the planned day, not the day of the saying
    (ev,) = extract("Chile said on Monday it would close its border with Peru on March 20.")
    assert (ev.modality, ev.date) == ("future", "2021-03-20")


def test_a_possibility_is_not_dated_by_its_saying(extract: Extract) -> None:
    # guard: what only could happen has no date but its own
    (ev,) = extract("Chile said on Monday it could close its border with Peru.")
    assert (ev.modality, ev.date) == ("hypothetical", None)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Protesters in Lusaka set fire to the Angolan consulate on Friday.", ("PROTEST", ["ZMB"], ["AGO"])),
    ("Hundreds of students set fire to the gates of the Kenyan embassy in Kampala.", ("PROTEST", ["UGA"], ["KEN"])),
])
def test_crowds_setting_fire_to_a_foreign_mission_vandalise_it(extract: Extract, text: str, dyad: tuple) -> None:
    events = extract(text)
    assert _dyads(events) == [dyad] and events[0].mode == "vandalize"


def test_an_army_setting_fire_is_no_protest(extract: Extract) -> None:
    # guard: the rule is for crowds; soldiers burning villages is another act
    assert all(e.event_type != "PROTEST" for e in extract("Zambian soldiers set fire to three villages."))


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Malian-led force drove the Burkinabe troops out of the valley in 2019.", ("ASSAULT", ["MLI"], ["BFA"])),
    ("Peruvian tanks pushed Chilean units back across the river.", ("ASSAULT", ["PER"], ["CHL"])),
])
def test_driving_armed_forces_out_is_force_against_their_state(extract: Extract, text: str, dyad: tuple) -> None:
    # the place they are driven from is not the target ("out of the valley", "back across")
    assert _dyads(extract(text)) == [dyad]


def test_pushing_diplomats_back_is_no_attack(extract: Extract) -> None:
    # guard: only armed forces are driven off by force
    assert all(e.event_type != "ASSAULT" for e in extract("Malawi pushed the Zambian diplomats back to the border."))


@pytest.mark.parametrize("text", [
    "The United States designated Zimbabwe a state sponsor of terrorism in 2005.",
    "Washington listed Zimbabwe as a sponsor of terrorism.",
])
def test_naming_a_state_a_sponsor_of_terrorism_sanctions_it(extract: Extract, text: str) -> None:
    assert _dyads(extract(text)) == [("SANCTION", ["USA"], ["ZWE"])]


def test_listing_a_state_among_partners_is_no_sanction(extract: Extract) -> None:
    # guard: the listing verbs sanction only with a terrorism designation
    assert extract("Washington listed Zimbabwe among its main trading partners.") == []


def test_a_meeting_told_only_as_coming_keeps_no_date_but_its_own(extract: Extract) -> None:
    # guard: a planned meeting has its planned date or none (codebook 5), not the day it was announced
    (ev,) = extract("Ghana said on Monday that its foreign minister would meet his Togolese counterpart.")
    assert (ev.event_type, ev.modality, ev.date) == ("CONSULT", "future", None)


def test_later_in_the_day_is_the_day_just_told(extract: Extract) -> None:
    events = extract("The Ghanaian president flew to Lome on Monday, and he was expected to go on to Cotonou to "
                     "meet President Patrice Talon later in the day.")
    meeting = next(e for e in events if e.modality == "future")
    assert ([r.code for r in meeting.recipient], meeting.date) == (["BEN"], "2021-03-08")


def test_a_conjoined_talk_with_a_partner_of_its_own_keeps_its_own(extract: Extract) -> None:
    events = extract("The Ghanaian president met Faure Gnassingbe in Lome on Monday and spoke to Patrice Talon "
                     "by phone later in the day.")
    assert sorted(tuple(sorted({a.code for a in [*e.actor, *e.recipient]})) for e in events) == [
        ("BEN", "GHA"), ("GHA", "TGO")]


def test_a_conjoined_act_with_no_partner_shares_the_first_s(extract: Extract) -> None:
    # guard: "met X and agreed ...": who met, agreed
    events = extract("The Ghanaian president met Faure Gnassingbe in Lome on Monday and agreed to reopen the border.")
    assert {e.event_type: {a.code for a in [*e.actor, *e.recipient]} for e in events} == {
        "CONSULT": {"GHA", "TGO"}, "AGREE": {"GHA", "TGO"}}


def test_they_said_by_a_body_named_as_a_plural_is_that_body(extract: Extract) -> None:
    # "condemned X and said they ...": the saying verb shares the first verb's subject, an armed group
    assert _dyads(extract("Hezbollah condemned the raid and said they would never hand the captured soldiers "
                          "over to Israel.")) == [("REJECT", ["LBN"], ["ISR"])]


def test_they_said_by_one_person_is_not_that_person(extract: Extract) -> None:
    # guard: one speaker's "they" means others
    assert extract("The Chilean ambassador condemned the raid and said they would never hand the suspects "
                   "over to Peru.") == []


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a border accord in Lome on Monday. The Ghanaian cabinet met in emergency session "
    "after the signing.",
    "Ghana and Togo signed a border accord in Lome on Monday. Lawmakers in Accra met on Tuesday to debate it.",
])
def test_a_state_s_own_sitting_body_meeting_alone_meets_no_one(extract: Extract, text: str) -> None:
    assert [e.event_type for e in extract(text)] == ["AGREE"]


def test_a_sitting_body_meeting_a_named_partner_is_a_meeting(extract: Extract) -> None:
    # guard: the partner named in the sentence is kept
    events = extract("The Ghanaian parliament met a Togolese delegation on Tuesday.")
    assert [(e.event_type, {a.code for a in [*e.actor, *e.recipient]}) for e in events] == [
        ("CONSULT", {"GHA", "TGO"})]


def test_asylum_given_to_someone_is_no_aid_to_their_state(extract: Extract) -> None:
    # codebook: AID is material aid mainly for the recipient; asylum shelters a person from their state
    assert all(e.event_type != "AID" for e in extract("Zambia granted political asylum to a former Malawian "
                                                       "minister on Friday."))


def test_a_finding_held_with_confidence_is_a_claim(extract: Extract) -> None:
    # "established with high confidence that X fired": the clause is parsed as the noun's relative clause
    events = extract("Kenya said its intelligence had established with high confidence that Somali forces fired "
                     "rockets into the border town.")
    assert [(e.event_type, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("ACCUSE", "allege", ["KEN"], ["SOM"])]


@pytest.mark.parametrize("text", [
    "Olusegun Obasanjo, the African Union's envoy, met Faure Gnassingbe in Lome on Monday.",
    "Olusegun Obasanjo, the former Nigerian president who is the envoy of the African Union, met Faure Gnassingbe "
    "in Lome on Monday.",
])
def test_an_organisation_s_envoy_acts_in_its_name(extract: Extract, text: str) -> None:
    # codebook 9: acts taken in an organisation's name are coded to the organisation
    assert [(e.event_type, sorted({a.code for a in [*e.actor, *e.recipient]})) for e in extract(text)] == [
        ("CONSULT", ["IGO", "TGO"])]


def test_a_minister_whose_country_chairs_a_bloc_acts_for_that_country(extract: Extract) -> None:
    # guard: the country chairs the bloc, not the minister
    events = extract("Nigerian Foreign Minister Yusuf Tuggar, whose country chairs the African Union this year, "
                     "met Faure Gnassingbe in Lome on Monday.")
    assert [sorted({a.code for a in [*e.actor, *e.recipient]}) for e in events] == [["NGA", "TGO"]]


def test_a_call_told_in_a_relative_clause_is_a_conversation_of_its_own(extract: Extract) -> None:
    # "X, who in a call on Monday had pressed Y, spoke to Z on Tuesday": two conversations, the
    # first with whom the verb addresses
    events = extract("Nigerian President Bola Tinubu, who in a phone call on Monday had pressed President John "
                     "Mahama for a ceasefire, spoke on Tuesday with Togolese leader Faure Gnassingbe.")
    calls = sorted((e.date, sorted({a.code for a in [*e.actor, *e.recipient]})) for e in events
                   if e.event_type == "CONSULT")
    assert calls == [("2021-03-08", ["GHA", "NGA"]), ("2021-03-09", ["NGA", "TGO"])]


def test_a_call_in_which_a_verb_tells_the_conversation_is_one_event(extract: Extract) -> None:
    # guard: "discussed X with Y in a phone call" is one conversation
    events = extract("Nigerian President Bola Tinubu discussed the border with Togolese leader Faure Gnassingbe "
                     "in a phone call on Monday.")
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "phone")]


def test_a_visit_with_two_sides_of_its_own_borrows_no_one_from_the_clause(extract: Extract) -> None:
    # "Beijing launched drills ... in retaliation for Pelosi's visit": the visit is the visitor's
    # and the host's; the clause's subject did not take part in it
    events = extract("Nigeria closed its border on Thursday in retaliation for the Ghanaian president's visit "
                     "to Lome.")
    visits = [sorted({a.code for a in [*e.actor, *e.recipient]}) for e in events if e.event_type == "CONSULT"]
    assert visits == [["GHA", "TGO"]]


def test_talks_with_one_side_borrow_the_clause_subject(extract: Extract) -> None:
    # guard: "held talks with Togo" is the holder's
    assert [sorted({a.code for a in [*e.actor, *e.recipient]}) for e in extract("Ghana held talks with Togo.")] == [
        ["GHA", "TGO"]]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chile recalled its ambassador from Tel Aviv on Monday.", ("SANCTION", ["CHL"], ["ISR"])),
    ("Kenya recalled its ambassador from Dar es Salaam on Monday.", ("SANCTION", ["KEN"], ["TZA"])),
])
def test_a_city_that_hosts_the_embassies_names_its_state(extract: Extract, text: str, dyad: tuple) -> None:
    # knowledge: embassies to Israel and Tanzania sit in Tel Aviv and Dar es Salaam (gazetteer capitals)
    assert _dyads(extract(text)) == [dyad]


@pytest.mark.parametrize("text", [
    "Nigeria sent two security delegations, one to Lome and one to Accra, to check the truce.",
    "Nigeria sent delegations to Lome and Accra on Friday.",
])
def test_envoys_sent_to_several_places_make_one_visit_each(extract: Extract, text: str) -> None:
    assert sorted((e.mode, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in extract(text)) == [
        ("visit", ["NGA"], ["GHA"]), ("visit", ["NGA"], ["TGO"])]


def test_a_meeting_with_two_parties_is_one_meeting(extract: Extract) -> None:
    # guard: partners met are no destinations
    events = extract("Nigeria met Togo and Ghana in Abuja on Friday.")
    assert [sorted({a.code for a in [*e.actor, *e.recipient]}) for e in events] == [["GHA", "NGA", "TGO"]]


@pytest.mark.parametrize("text", ["Chile said on Monday it would help rebuild Gaza.",
                                  "Chile pledged to help rebuild the Gaza Strip."])
def test_the_gaza_strip_is_palestine(extract: Extract, text: str) -> None:
    # knowledge: Gaza names Palestine as a party (gazetteer metonym), not only as a place
    assert _dyads(extract(text)) == [("AGREE", ["CHL"], ["PSE"])]


@pytest.mark.parametrize("text", [
    "Hours earlier, Kenyan President William Ruto spoke by telephone with Ugandan leader Yoweri Museveni.",
    "Before the vote, Chilean President Gabriel Boric talked by telephone with Argentine leader Javier Milei.",
])
def test_a_partner_hung_on_the_telephone_is_the_talk_s(extract: Extract, text: str) -> None:
    # "spoke by telephone with X": the parser may hang "with X" on "telephone"
    events = extract(text)
    assert [(e.event_type, e.mode, len({a.code for a in [*e.actor, *e.recipient]})) for e in events] == [
        ("CONSULT", "phone", 2)]


def test_a_ranking_infinitive_is_the_act_told_above_it(extract: Extract) -> None:
    # "spoke to X ..., becoming the first leader to talk to him since 2020": one talk
    events = extract("Kenyan President William Ruto spoke by telephone with Ugandan leader Yoweri Museveni on "
                     "Monday, becoming the first regional leader to talk to him since 2020.")
    assert [(e.event_type, e.date) for e in events] == [("CONSULT", "2021-03-08")]


def test_the_same_talk_told_in_the_next_sentence_is_one_event(extract: Extract) -> None:
    # (not dated by the paragraph's last date, which only says since when)
    events = extract("German Chancellor Olaf Scholz spoke by telephone with Togolese leader Faure Gnassingbe on "
                     "Monday, the first such call since his re-election in August 2020. They discussed aid for the "
                     "refugees stranded at the border, his spokesman said.")
    assert [(e.event_type, e.date, len(e.text_info)) for e in events] == [("CONSULT", "2021-03-08", 2)]


def test_a_ranking_infinitive_alone_is_no_event_of_another(extract: Extract) -> None:
    # guard: with no act of its type above it, the ranked act is not dropped for another's sake
    events = extract("Ghana expelled two Togolese diplomats on Monday, becoming the first state to sanction Lome.")
    assert ("SANCTION", ["GHA"], ["TGO"]) in _dyads(events)


@pytest.mark.parametrize(("text", "modality"), [
    ("Ghana announced a decision to expel two Togolese diplomats.", "asserted"),
    ("Ghana responded with a plan to expel two Togolese diplomats.", "future"),
])
def test_an_unowned_decision_is_that_of_the_clause_s_subject(extract: Extract, text: str, modality: str) -> None:
    events = extract(text)
    assert [(e.event_type, e.modality, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("SANCTION", modality, ["GHA"], ["TGO"])]


def test_a_plan_is_dated_when_it_was_made(extract: Extract) -> None:
    (ev,) = extract("Ghana hit back on Monday with a plan to drop Togo from its list of trusted partners.")
    assert (ev.event_type, ev.modality, ev.date, ev.date_source) == ("SANCTION", "future", "2021-03-08", "discourse")


def test_its_organ_heading_a_coordinated_clause_is_the_first_subject_s(extract: Extract) -> None:
    events = extract("Chile tightened its controls on exports to Peru on July 4, and on Aug 2 its cabinet voted to "
                     "remove Peru from a list of trusted trading partners.", published="2021-09-01")
    assert {(e.date, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events} >= {
        ("2021-08-02", ("CHL",), ("PER",))}
