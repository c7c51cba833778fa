"""Readings added in session 17, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import pytest
from reading import Extract, coded, of_type, parties


@pytest.mark.parametrize(("text", "actor", "target"), [
    # a capital as possessor is its state, not a place
    ("Ottawa called Delhi's statements absurd and deeply offensive.", "CAN", "IND"),
    ("Seoul called Pyongyang's latest remarks senseless.", "KOR", "PRK"),
    # the demonym parsed onto the judging word itself
    ("The Colombian foreign minister called the Venezuelan response inhuman.", "COL", "VEN"),
])
def test_whose_act_is_judged_is_read_from_its_owner(extract: Extract, text: str, actor: str, target: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", [actor], [target])]


def test_a_capital_naming_a_place_is_not_judged(extract: Extract) -> None:
    # guard: "the Cairo talks" are talks held in Cairo, not Egypt's act
    events = of_type(extract("Kenya called the Cairo talks a farce."), "ACCUSE")
    assert all("EGY" not in [r.code for r in e.recipient] for e in events)


@pytest.mark.parametrize("text", [
    "In Ankara, a foreign ministry spokesman accused Athens of piracy.",
    "In Ankara, officials said the vessel was in Turkish waters and accused Athens of piracy.",
    "In the Turkish capital, officials accused Athens of piracy.",
])
def test_unnamed_officials_serve_the_state_of_the_scene_told_first(extract: Extract, text: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "allege", ["TUR"], ["GRC"])]


def test_a_city_that_is_no_capital_gives_no_state_to_officials(extract: Extract) -> None:
    # guard: officials "in Geneva" may be anyone's
    events = of_type(extract("In Geneva, officials accused Athens of piracy."), "ACCUSE")
    assert all("CHE" not in [a.code for a in e.actor] for e in events)


def test_the_two_sides_of_mediated_talks_are_the_states_told_between(extract: Extract) -> None:
    events = extract("Norway brokered talks between Colombia and Ecuador on Monday. "
                     "The two sides agreed to reopen their border.")
    assert [parties(e) for e in of_type(events, "AGREE")] == [{"COL", "ECU"}]


@pytest.mark.parametrize("text", [
    "Chile's president said on Monday that his country would close its border with Peru as long as Lima "
    "refused to pay.",
    "Chile said on Monday it would close its border with Peru until Lima paid its debts.",
])
def test_a_hostile_act_promised_while_a_condition_holds_is_a_threat(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [coded(e)[0::2] + coded(e)[3:] for e in events] == [("THREATEN", ["CHL"], ["PER"])]
    assert str(events[0].date) == "2021-03-08"


def test_leaders_meeting_somewhere_are_the_subject_of_what_they_then_do(extract: Extract) -> None:
    # the participle parsed as a clausal subject: its own subject is the doer, its day the act's,
    # and its words tell nothing of what is asked; the venue's state is no party to the coup
    events = extract("Soldiers seized power in Guinea-Bissau on Monday. Southern African leaders meeting in "
                     "Lusaka on Sunday gave the junta ten days to release the president.")
    assert [(coded(e), str(e.date)) for e in of_type(events, "REQUEST")] == [
        (("REQUEST", "yield", ["IGO"], ["GNB"]), "2021-03-07")]


def test_a_phrase_after_the_clause_misparsed_as_its_head_leaves_the_act_asserted(extract: Extract) -> None:
    events = extract("South Africa gave Lesotho's army a week on Sunday to leave the capital, warning that it "
                     "would otherwise act, sanctions not ruled out.")
    (request,) = of_type(events, "REQUEST")
    assert (coded(request)[2:], request.modality, str(request.date)) == ((["ZAF"], ["LSO"]), "asserted",
                                                                         "2021-03-07")


@pytest.mark.parametrize("text", [
    "Chad blamed Sudan for drone strikes on an oil depot on Monday, which Khartoum denied.",
    "Chad accused Sudan of shelling border villages on Monday, which Khartoum denied carrying out.",
])
def test_a_claim_denied_in_a_relative_clause_is_the_accused_act_negated(extract: Extract, text: str) -> None:
    (denied,) = of_type(extract(text), "ASSAULT")
    assert (coded(denied)[2:], denied.modality, str(denied.date)) == ((["SDN"], ["TCD"]), "negated", "2021-03-08")


def test_an_act_denied_is_not_dated_by_the_denial(extract: Extract) -> None:
    # the denied act, any of its kind, is the one told before, and takes its day, not the denial's
    events = extract("Drones struck an oil depot in northern Chad on Monday. Chad blamed Sudan for the raid.\n\n"
                     "On Wednesday, Khartoum denied carrying out any air strikes.")
    (denied,) = [e for e in of_type(events, "ASSAULT") if e.modality == "negated"]
    assert (coded(denied)[2:], str(denied.date)) == ((["SDN"], ["TCD"]), "2021-03-08")


@pytest.mark.parametrize("noun", ["consulate attack", "embassy bombing"])
def test_a_site_named_on_an_act_noun_is_what_was_hit_not_who_did_it(extract: Extract, noun: str) -> None:
    events = extract(f"Israeli jets bombed the Iranian consulate in Damascus on Monday. Russia condemned the {noun}.")
    assert [coded(e)[2:] for e in of_type(events, "ACCUSE")] == [(["RUS"], ["ISR"])]


def test_the_two_as_subject_are_the_parties_of_a_talk(extract: Extract) -> None:
    events = extract("The Chilean and Peruvian presidents met in Lima on Monday. On Tuesday the two talked about "
                     "trade and fishing.")
    assert sorted((str(e.date), sorted(parties(e))) for e in of_type(events, "CONSULT")) == [
        ("2021-03-08", ["CHL", "PER"]), ("2021-03-09", ["CHL", "PER"])]


def test_an_imitation_copies_the_latest_act_not_an_earlier_imitation(extract: Extract) -> None:
    events = extract("Norway recalled its ambassador from Brazil on Monday. Sweden followed suit on Tuesday.\n\n"
                     "Chile expelled two Peruvian diplomats on Monday. Bolivia did the same a day later.")
    assert sorted(coded(e) for e in of_type(events, "SANCTION")) == [
        ("SANCTION", "expel", ["BOL"], ["PER"]), ("SANCTION", "expel", ["CHL"], ["PER"]),
        ("SANCTION", "withdraw", ["NOR"], ["BRA"]), ("SANCTION", "withdraw", ["SWE"], ["BRA"])]


def test_doing_likewise_in_the_same_sentence_imitates_the_act_told_before_it(extract: Extract) -> None:
    events = extract("Kenya condemned the coup in Niger on Monday, and Uganda did likewise.")
    assert sorted(coded(e)[2:] for e in of_type(events, "ACCUSE")) == [(["KEN"], ["NER"]), (["UGA"], ["NER"])]


def test_an_act_sourced_after_it_by_a_third_party_is_told_as_fact(extract: Extract) -> None:
    events = extract("Ugandan troops shelled a Congolese border village on Sunday, officials in Nairobi said.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("ASSAULT", ["UGA"], ["COD"])]


@pytest.mark.parametrize("text", [
    # guards: a side's word, or a third party's told ahead of the act, is a claim
    "Ugandan troops shelled a Congolese border village on Sunday, the Congolese army said.",
    "The Kenyan government said Ugandan troops had shelled a Congolese border village on Sunday.",
])
def test_a_sides_or_a_preposed_report_stays_a_claim(extract: Extract, text: str) -> None:
    assert [e.event_type for e in extract(text)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    # the offer reached through the act it serves
    "Norway is willing to send equipment to help defend Estonia, its foreign minister said.",
    # forces offered for another's defence are no threat to it
    "Norway is ready to send troops to help Estonia.",
])
def test_help_offered_through_a_purpose_is_an_offer(extract: Extract, text: str) -> None:
    assert [coded(e)[0:1] + coded(e)[2:] for e in extract(text)] == [("AGREE", ["NOR"], ["EST"])]


def test_forces_readied_for_a_state_without_a_helping_purpose_threaten_it(extract: Extract) -> None:
    # guard
    assert [coded(e)[0:1] + coded(e)[2:] for e in extract("Russia is ready to send troops to Moldova.")] == [
        ("THREATEN", ["RUS"], ["MDA"])]


def test_a_judging_word_on_an_act_noun_is_said_through_the_calling_verb(extract: Extract) -> None:
    events = extract("Guyana's president called Venezuela's move a reckless act.")
    assert [coded(e) for e in events] == [("ACCUSE", "disapprove", ["GUY"], ["VEN"])]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Iran seized a British-flagged tanker in the Strait of Hormuz on Friday.", "IRN", "GBR"),
    ("The Greek navy seized an Iran-owned ship off Crete on Monday.", "GRC", "IRN"),
])
def test_a_ships_flag_or_owner_is_the_target_of_its_seizure(extract: Extract, text: str, actor: str,
                                                             target: str) -> None:
    assert [coded(e)[0:1] + coded(e)[2:] for e in extract(text)] == [("COERCE", [actor], [target])]


def test_who_made_a_thing_is_not_whose_it_is(extract: Extract) -> None:
    # guard
    events = extract("Ukraine shot down three Iranian-made drones over Kyiv on Monday.")
    assert all("IRN" not in [r.code for r in e.recipient] for e in events)


def test_a_threat_is_aimed_at_whoever_its_condition_names(extract: Extract) -> None:
    # the condition hangs on the act threatened, parsed as a clause of its own after the date
    events = extract("Ghana threatened on Monday to close the border if Togo armed the rebels.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("THREATEN", ["GHA"], ["TGO"])]


def test_scores_of_people_stand_for_the_people_counted(extract: Extract) -> None:
    events = extract("Security forces in Guinea have tortured scores of Liberian refugees, a rights group said "
                     "on Monday.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("ASSAULT", ["GIN"], ["LBR"])]


def test_a_news_outlet_reports_and_takes_no_side(extract: Extract) -> None:
    events = extract("Russia has threatened to end the talks if the United States deploys new missiles in Poland, "
                     "the Washington Post reported.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("THREATEN", ["RUS"], ["USA"])]


def test_a_news_outlet_is_no_party_to_what_it_reports(extract: Extract) -> None:
    # guard: the outlet's state is not a party to the summit it reports on
    events = extract("Two Ugandan students were questioned over riots during an African Union summit in Nairobi "
                     "last week, Reuters reported.")
    assert all("GBR" not in parties(e) for e in events)


def test_peacekeeping_troops_arriving_are_help_sent(extract: Extract) -> None:
    events = extract("Kenyan peacekeeping troops arrived in Haiti on Tuesday.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("AID", ["KEN"], ["HTI"])]


def test_accepting_a_formula_for_ending_a_dispute_agrees(extract: Extract) -> None:
    events = extract("Serbia accepted a Russian initiative for talks with Kosovo on Monday.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in events] == [("AGREE", ["SRB"], ["RUS"])]


def test_a_reminder_that_another_must_act_is_a_demand(extract: Extract) -> None:
    events = extract("The French president issued a stern reminder to Syria on Saturday that it must cooperate "
                     "fully with UN inspectors.")
    assert [coded(e)[0:1] + coded(e)[2:] for e in of_type(events, "REQUEST")] == [("REQUEST", ["FRA"], ["SYR"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine downed a Russian drone over Kyiv on Monday.", ("ASSAULT", "aerial", ["UKR"], ["RUS"])),
    ("Venezuela grounded all flights to Panama on Monday.", ("SANCTION", "discontinue", ["VEN"], ["PAN"])),
])
def test_aircraft_downed_and_flights_grounded(extract: Extract, text: str,
                                              expected: tuple[str, str, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


def test_a_place_named_x_of_y_is_one_name(extract: Extract) -> None:
    # "the Bay of Bengal" is no town called Bay: no state of the place joins the drills
    events = extract("India and Japan held joint naval drills in the Bay of Bengal on Monday.")
    assert [sorted(parties(e)) for e in events] == [["IND", "JPN"]]
