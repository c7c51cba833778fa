"""Readings added in session 6, each on sentences written for these tests: a "when" clause on a
date, a date opening the sentence before a subordinate clause, and groups of armed forces
("the two armies", "generals from both sides")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]


@pytest.mark.parametrize("text,expected", [
    ("The row is the worst since May 2009, when Peru recalled its ambassador from Bolivia.", "2009-05"),
    ("Ties have not been this bad since 1998, when Ghana expelled Togo's consul.", "1998"),
])
def test_a_when_clause_on_a_date_happens_on_it(extract: Extract, text: str, expected: str) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "SANCTION"]
    assert (ev.date, ev.date_source) == (expected, "text")



@pytest.mark.parametrize("text", [
    "In June 2015, after a regional court rejected the claim, Chile expelled Bolivia's consul.",
    "In June 2015, after a United Nations panel found the seizure lawful, Chile expelled Bolivia's consul "
    "and froze trade agreements with its neighbour.",
])
def test_a_date_opening_the_sentence_before_a_subordinate_clause_dates_the_main_act(
        extract: Extract, text: str) -> None:
    ev = next(e for e in extract(text) if e.event_type == "SANCTION")
    assert ev.date == "2015-06"


def test_since_without_a_when_clause_dates_no_act(extract: Extract) -> None:
    # guard: "since 2015" bounds how long the quarrel has run; the recall told today is dated today
    (ev,) = [e for e in extract("Peru recalled its ambassador from Bolivia, the worst row since 2015.")
             if e.event_type == "SANCTION"]
    assert ev.date != "2015"


@pytest.mark.parametrize("subject", ["The two armies", "Soldiers of the two armies", "Forces of both countries"])
def test_armed_forces_of_both_sides_fight_each_other(extract: Extract, subject: str) -> None:
    text = f"Peru and Ecuador have argued over the border for years. {subject} clashed on Monday."
    pairs = {(e.actor[0].code, e.recipient[0].code) for e in extract(text) if e.event_type == "ASSAULT"}
    assert pairs == {("PER", "ECU"), ("ECU", "PER")}


def test_officers_from_both_sides_meet_as_their_states(extract: Extract) -> None:
    text = "Peru and Ecuador have argued over the border for ages. Officers from both sides met at a bridge on June 6."
    (ev,) = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert {m.code for m in ev.actor + ev.recipient} == {"PER", "ECU"}


def test_coordinated_demonyms_on_troops_stay_two_states(extract: Extract) -> None:
    # guard: "troops" as a group word must not make "Thai troops" a group of Thailand alone
    pairs = {(e.actor[0].code, e.recipient[0].code)
             for e in extract("Kenyan and Somali troops exchanged fire on Friday.") if e.event_type == "ASSAULT"}
    assert pairs == {("KEN", "SOM"), ("SOM", "KEN")}


def test_the_junta_belongs_to_the_state_named_not_to_an_organisation(extract: Extract) -> None:
    text = "Burkina Faso's army seized power on Monday. The African Union gave the junta two weeks to hand back power."
    (ev,) = [e for e in extract(text) if e.event_type == "REQUEST"]
    assert ([a.code for a in ev.actor], [r.code for r in ev.recipient]) == (["IGO"], ["BFA"])


def test_every_act_agreed_to_is_part_of_the_agreement(extract: Extract) -> None:
    events = extract("Ghana and Togo agreed on Friday to restore diplomatic relations and reopen their embassies.")
    assert [e.event_type for e in events] == ["AGREE"]


def test_a_second_verb_of_the_agreeing_party_stays_its_own_act(extract: Extract) -> None:
    # guard: "agreed to X and condemned Y" -- the condemnation is no part of the agreement
    events = extract("Ghana agreed on Friday to reopen its border with Togo and condemned Benin's raid.")
    assert "ACCUSE" in {e.event_type for e in events}


def test_a_day_told_in_a_relative_clause_is_no_time_the_story_reached(extract: Extract) -> None:
    text = ("Kenya and Somalia traded blame on Wednesday over the border clash. Their ministers agreed in a call "
            "on Wednesday to respect the accord their envoys signed on June 6.\n\n"
            "A day earlier Somalia's foreign minister accused Kenya of crossing the border.")
    ev = next(e for e in extract(text, "2021-06-17") if e.event_type == "ACCUSE" and e.actor[0].code == "SOM"
              and "A day earlier" in e.text_info[0].text)
    assert ev.date == "2021-06-15"


def test_a_name_a_state_owns_is_someone_of_that_state(extract: Extract) -> None:
    # names the lexicon does not know, made up for this test
    (ev,) = extract("Nigeria's president hosted Ghana's Kwame Owusu-Mensah and Togo's Edem Kodjo-Agbe on Monday.")
    assert (ev.event_type, sorted(r.code for r in ev.recipient)) == ("CONSULT", ["GHA", "TGO"])


def test_a_relative_pronoun_acts_for_its_antecedent(extract: Extract) -> None:
    events = extract("Kenya and Somalia have quarrelled for months. Nigeria, which condemned Kenya's raid on "
                     "Monday, offered to mediate.", "2022-07-07")
    assert any(e.event_type == "ACCUSE" and [a.code for a in e.actor] == ["NGA"]
               and [r.code for r in e.recipient] == ["KEN"] and e.date == "2022-07-04" for e in events)


def test_an_undated_aside_on_a_participant_is_background(extract: Extract) -> None:
    # guard: "Uganda, which has long backed Kenya" tells no act the reader can date
    events = extract("Uganda, which has long backed Kenya's claim, sent troops to Somalia on Monday.")
    assert not any(e.event_type == "SUPPORT" for e in events)


def test_a_reopened_border_ends_a_measure(extract: Extract) -> None:
    pairs = {(e.event_type, e.actor[0].code, e.recipient[0].code)
             for e in extract("Uganda and Kenya reopened their border on Monday.")}
    assert pairs == {("RETREAT", "UGA", "KEN"), ("RETREAT", "KEN", "UGA")}
    (ev,) = extract("Uganda reopened its embassy in Kenya on Monday.")
    assert (ev.event_type, [a.code for a in ev.actor]) == ("RETREAT", ["UGA"])


def test_a_mutual_retreat_announced_together_is_one_agreement(extract: Extract) -> None:
    (ev,) = extract("Ghana and Togo announced on Monday that they would reopen their embassies.")
    assert (ev.event_type, sorted(a.code for a in ev.actor + ev.recipient)) == ("AGREE", ["GHA", "TGO"])


@pytest.mark.parametrize("text", ["Kenyan warships patrol the strait.", "Italy buys most of the gas Libya produces."])
def test_a_material_act_told_in_the_simple_present_is_a_standing_state(extract: Extract, text: str) -> None:
    assert extract(text) == []


def test_a_material_act_in_the_present_with_its_own_date_is_an_act(extract: Extract) -> None:
    # guard: the date makes it an act, not a habit
    events = extract("Kenyan warships patrol the strait off Somalia on Monday.", "2021-03-10")
    assert [e.event_type for e in events] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Kenya threatened on Monday to expel Somalia's ambassador.",
    "Kenya threatened to cut off aid to Somalia.",
])
def test_a_threatened_act_is_a_threat_not_the_act(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [(e.event_type, e.actor[0].code, e.recipient[0].code) for e in events] == [("THREATEN", "KEN", "SOM")]


@pytest.mark.parametrize("text", [
    "Kenya said on Monday it was ready to use force against Somalia.",
    "Kenya said it was prepared to impose sanctions on Somalia.",
    "Kenya said on Monday it would not hesitate to strike Somali positions.",
])
def test_readiness_to_use_force_or_coercion_is_a_threat(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.modality) for e in extract(text)] == [("THREATEN", "asserted")]


@pytest.mark.parametrize("text", [
    "Ghana said on Monday it was disappointed by Togo's decision.",
    "Ghana was outraged at Togo's remarks on Monday.",
    "Togo's decision angered Ghana.",
])
def test_displeasure_at_another_s_act_disapproves_of_it(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.actor[0].code, e.recipient[0].code) for e in extract(text)] == [
        ("ACCUSE", "GHA", "TGO")]


def test_displeasure_with_no_one_s_act_is_no_event(extract: Extract) -> None:
    # guard: a feeling about something no participant owns
    assert extract("Ghana's president was disappointed with the result of the vote.") == []


def test_the_court_is_the_international_court_named_before(extract: Extract) -> None:
    text = ("The International Court of Justice ruled on Tuesday in Uganda's favour. Rwanda said it would not "
            "comply with the decision and accused the court of bias.")
    events = extract(text, "2021-10-13")
    assert ("ACCUSE", "asserted", ("RWA",), ("UNO",)) in {
        (e.event_type, e.modality, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}


def test_a_national_court_stays_its_state_s(extract: Extract) -> None:
    # guard: with no international court named, "the court" is an organ of the state named
    events = extract("Kenya's supreme court ruled on Monday that the election was void. Ghana praised the court.")
    assert [(e.event_type, e.recipient[0].code) for e in events] == [("SUPPORT", "KEN")]


def test_what_a_state_has_never_recognised_is_a_standing_state(extract: Extract) -> None:
    assert extract("Ghana has never recognised Togo's claim to the island.") == []


def test_what_a_treaty_obliges_is_no_act(extract: Extract) -> None:
    # guard: an obligation (modality.yaml hypothetical_governors) is no act done
    events = extract("The 2015 treaty obliges Ghana and Togo to cooperate on border security.")
    assert "COOPERATE" not in {e.event_type for e in events}


@pytest.mark.parametrize("text,let", [
    ("Peru and Ecuador agreed on Monday to let Brazilian monitors patrol the frontier.", "BRA"),
    ("Peru and Ecuador agreed on Monday to allow Chile to send observers to the frontier.", "CHL"),
])
def test_whoever_an_agreement_lets_act_is_a_party_to_it(extract: Extract, text: str, let: str) -> None:
    (ev,) = extract(text)
    assert (ev.event_type, sorted(m.code for m in ev.actor + ev.recipient)) == ("AGREE", sorted(["PER", "ECU", let]))


def test_both_sides_are_the_latest_pair_told_together_past_a_larger_group(extract: Extract) -> None:
    text = ("Brazil, Chile and Argentina sent envoys to Lima. Peru and Ecuador agreed on Monday to end the fighting. "
            "Brazil, Chile and Argentina welcomed the accord. The troops of both sides clashed again on Tuesday.")
    pairs = {(e.actor[0].code, e.recipient[0].code) for e in extract(text, "2021-03-10") if e.event_type == "ASSAULT"}
    assert pairs == {("PER", "ECU"), ("ECU", "PER")}


def test_a_talk_with_a_leader_about_something_is_with_that_leader_in_one_call(extract: Extract) -> None:
    text = ("On Monday, Kenya's president discussed the crisis with Ghana's president in a phone call, and African "
            "Union ministers agreed to widen sanctions on Mali.")
    consults = [e for e in extract(text, "2021-11-16") if e.event_type == "CONSULT"]
    assert [(e.mode, e.actor[0].code, e.recipient[0].code) for e in consults] == [("phone", "KEN", "GHA")]


def test_a_process_with_a_state_is_a_topic_not_a_partner(extract: Extract) -> None:
    # guard: "discussed the normalisation process with Armenia" names a topic
    assert extract("Turkey discussed the normalisation process with Armenia on Monday.") == []


@pytest.mark.parametrize("text", ["Chile put trade talks with Peru on hold on Monday.",
                                  "Chile put its cooperation with Peru on ice on Monday."])
def test_putting_talks_or_cooperation_on_hold_suspends_them(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.mode, e.recipient[0].code) for e in extract(text)] == [("SANCTION", "discontinue", "PER")]


def test_arriving_in_a_country_named_like_a_foreign_town_visits_that_country(extract: Extract) -> None:
    (ev,) = extract("Ghana's president arrived in Mali on Monday.")
    assert (ev.event_type, [r.code for r in ev.recipient]) == ("CONSULT", ["MLI"])


def test_a_coalition_led_by_a_state_acts_for_it(extract: Extract) -> None:
    (ev,) = extract("The US-led coalition bombed Syrian army positions on Monday.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("ASSAULT", "USA", "SYR")


def test_a_language_named_by_a_demonym_is_no_state(extract: Extract) -> None:
    assert extract("Estonia's parliament lifted limits on the use of the Russian language in schools on Monday.") == []


def test_a_verbal_act_told_as_what_was_said_is_dated_when_it_was_said(extract: Extract) -> None:
    text = ("ACCRA, May 20 - Togo's trade ministry on Monday imposed duties on Ghanaian cocoa.\n\n"
            "Ghana's trade minister said on Tuesday that Accra rejected Togo's ruling as unfounded.")
    (ev,) = [e for e in extract(text, "2020-05-20") if e.event_type == "ACCUSE"]
    assert (ev.date, ev.date_source) == ("2020-05-19", "text")


def test_an_undated_act_takes_the_day_its_sentence_gives_another(extract: Extract) -> None:
    text = ("ACCRA - Ghana and Togo signed a trade accord on Tuesday.\n\nIn Accra, Ghana's president thanked Togo on "
            "Wednesday for hosting the talks, and his foreign minister said he had invited Togo's foreign minister "
            "to visit Accra next month.")
    invited = [e for e in extract(text, "2018-09-20") if e.event_type == "AGREE" and "invited" in e.text_info[0].text]
    assert [e.date for e in invited] == ["2018-09-19"]


def test_a_day_told_in_an_aside_is_not_the_sentence_s(extract: Extract) -> None:
    # guard: "who held talks ... on Thursday" dates the talks, not the statement made after them
    text = ("Ghana's president met Benin's president in Accra on Friday. Ghana's foreign minister, who had talks "
            "with Togo's foreign minister on Thursday, praised Benin in a statement.")
    (ev,) = [e for e in extract(text, "2018-09-22") if e.event_type == "SUPPORT"]
    assert ev.date != "2018-09-20"


def test_a_counted_group_with_no_pointing_word_is_new_not_a_back_reference(extract: Extract) -> None:
    events = extract("Ghana praised Togo on Wednesday, and Ghana expelled two Beninese diplomats.", "2018-09-20")
    (ev,) = [e for e in events if e.event_type == "SANCTION"]
    assert [r.code for r in ev.recipient] == ["BEN"]


def test_the_pope_is_the_holy_see(extract: Extract) -> None:
    text = "Peru and Chile signed a border accord on Monday. The pope congratulated both governments on Tuesday."
    (ev,) = [e for e in extract(text, "2021-03-10") if e.event_type == "SUPPORT"]
    assert ([a.code for a in ev.actor], sorted(r.code for r in ev.recipient)) == (["VAT"], ["CHL", "PER"])


def test_a_host_receiving_the_delegations_meets_the_parties_in_focus(extract: Extract) -> None:
    text = "Peru and Chile broke off their talks on Monday. Brazil received both delegations in Brasilia on Friday."
    (ev,) = [e for e in extract(text, "2021-03-14") if e.event_type == "CONSULT"]
    assert sorted(m.code for m in ev.actor + ev.recipient) == ["BRA", "CHL", "PER"]


def test_a_name_after_a_demonym_and_a_common_noun_is_someone_of_that_state(extract: Extract) -> None:
    text = ("Ugandan trader Okot Lagwen-Ayo crossed into Kenya on Wednesday. Kenyan police picked him up the "
            "same evening.")
    (ev,) = extract(text, "2019-03-02")
    assert (ev.event_type, ev.mode, ev.actor[0].code, ev.recipient[0].code) == ("COERCE", "arrest", "KEN", "UGA")


def test_picking_up_the_pace_is_no_arrest(extract: Extract) -> None:
    # guard: the person_object constraint
    assert all(e.event_type != "COERCE" for e in extract("Kenya picked up the pace of its talks with Uganda."))


def test_following_it_and_an_untargeted_act_of_the_same_kind_share_the_target(extract: Extract) -> None:
    text = ("Nairobi cut ties with Mogadishu on Sunday. Uganda and Burundi followed it a day later, and Tanzania "
            "recalled its ambassador.")
    pairs = {(e.event_type, tuple(sorted(a.code for a in e.actor)), e.recipient[0].code)
             for e in extract(text, "2021-03-10")}
    assert {("SANCTION", ("BDI", "UGA"), "SOM"), ("SANCTION", ("TZA",), "SOM")} <= pairs


def test_answering_with_air_strikes_strikes(extract: Extract) -> None:
    text = "Uganda's troops raided a Kenyan village on Monday. Kenya answered with shelling of Ugandan border towns."
    strikes = {(e.actor[0].code, e.recipient[0].code) for e in extract(text) if e.event_type == "ASSAULT"}
    assert ("KEN", "UGA") in strikes


def test_firing_grenades_at_people_assaults_them(extract: Extract) -> None:
    (ev,) = extract("Kenyan police fired rubber bullets at Somali protesters on Friday.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("ASSAULT", "KEN", "SOM")


def test_the_agent_of_a_nominal_act_hung_on_its_object_is_its_doer(extract: Extract) -> None:
    (ev,) = extract("The expulsion of Togo's ambassador by Ghana on Monday deepened the crisis.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("SANCTION", "GHA", "TGO")


def test_a_decision_s_owner_does_what_was_decided(extract: Extract) -> None:
    events = extract("Ghana's decision on Monday to expel Togo's ambassador angered Lome.")
    assert ("SANCTION", "GHA", "TGO") in {(e.event_type, e.actor[0].code, e.recipient[0].code) for e in events}


def test_a_refusal_to_meet_rejects_the_meeting(extract: Extract) -> None:
    (ev,) = extract("Ghana's refusal to meet Togo's envoy deepened the rift.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("REJECT", "GHA", "TGO")


def test_an_expectation_s_owner_does_nothing_yet(extract: Extract) -> None:
    # guard: deciding_nouns -- a hope or expectation is no act of its owner
    assert extract("Kenya's president voiced his country's expectation to buy Russian wheat.") == []


@pytest.mark.parametrize("text", ["Ghana called for talks with Togo on Monday.",
                                  "Ghana said on Monday it was open to talks with Togo."])
def test_talks_asked_for_or_welcomed_are_not_held(extract: Extract, text: str) -> None:
    assert all(e.modality != "asserted" for e in extract(text) if e.event_type == "CONSULT")


def test_talks_opened_are_held(extract: Extract) -> None:
    # guard: "open" makes talks possible only as an adjective
    assert [(e.event_type, e.modality) for e in extract("Ghana opened talks with Togo on Monday.")] == [
        ("CONSULT", "asserted")]


def test_an_act_lasting_since_a_bound_takes_the_period_covering_it(extract: Extract) -> None:
    (ev,) = extract("Ghana's navy has shadowed the Togolese flotilla since Monday.", "2021-11-17")
    assert (ev.event_type, ev.date) == ("MOBILIZE", "2021-11")


def test_an_act_lasting_for_years_is_a_standing_state(extract: Extract) -> None:
    assert extract("Ghana has imposed sanctions on Togo since 2015.", "2021-11-17") == []


def test_shunning_another_state_s_goods_is_a_boycott(extract: Extract) -> None:
    (ev,) = extract("Ghanaian consumers shunned Togolese wine on Monday.", "2021-11-17")
    assert (ev.event_type, ev.mode, ev.recipient[0].code) == ("PROTEST", "boycott", "TGO")


def test_a_possibility_takes_no_date_from_the_saying(extract: Extract) -> None:
    text = "Kenya's foreign minister said on Monday that another round of talks with Somalia could be held."
    (ev,) = [e for e in extract(text, "2021-03-10") if e.event_type == "CONSULT"]
    assert (ev.modality, ev.date) == ("hypothetical", None)


@pytest.mark.parametrize("text", ["Ghana held Togo responsible on Monday for the attack.",
                                  "Ghana's president held the Togolese government accountable for the deaths."])
def test_holding_someone_responsible_accuses_them(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.mode, e.actor[0].code, e.recipient[0].code) for e in extract(text)] == [
        ("ACCUSE", "allege", "GHA", "TGO")]


def test_being_responsible_for_a_task_accuses_no_one(extract: Extract) -> None:
    assert extract("Togo is responsible for security along the border with Ghana.") == []


def test_a_threatened_act_s_target_may_be_named_by_its_condition(extract: Extract) -> None:
    (ev,) = extract("Kenya threatened to launch a new offensive unless Somalia accepted its conditions.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("THREATEN", "KEN", "SOM")


@pytest.mark.parametrize("text", ["Ghana pulled its troops out of Togo on Monday.",
                                  "Ghana pulled its troops out of Togolese territory on Monday."])
def test_pulling_troops_out_of_a_state_withdraws_from_it(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.mode, e.recipient[0].code) for e in extract(text)] == [("RETREAT", "withdraw", "TGO")]


def test_an_offer_to_mediate_is_an_agreement_offered(extract: Extract) -> None:
    (ev,) = extract("Ghana offered on Monday to mediate between Togo and Benin.", "2021-11-17")
    assert (ev.event_type, sorted(m.code for m in ev.actor + ev.recipient)) == ("AGREE", ["BEN", "GHA", "TGO"])


def test_a_visit_told_as_coming_stays_a_planned_meeting(extract: Extract) -> None:
    # guard: only an offer or promise to meet is an AGREE
    assert [(e.event_type, e.modality) for e in extract("Ghana's president will visit Togo next week.")] == [
        ("CONSULT", "future")]


def test_an_event_noun_describing_the_act_told_is_no_new_event(extract: Extract) -> None:
    text = ("Ghana's president met Togo's president in Lome on Monday. It was the second summit of the two "
            "presidents in a month.")
    assert [e.event_type for e in extract(text, "2021-11-17")] == ["CONSULT"]


def test_the_taliban_are_afghanistan_s(extract: Extract) -> None:
    (ev,) = extract("The United States imposed sanctions on the Taliban on Monday.", "2021-03-10")
    assert (ev.event_type, ev.recipient[0].code) == ("SANCTION", "AFG")


def test_a_withdrawal_completed_is_a_retreat(extract: Extract) -> None:
    (ev,) = extract("Ghana completed the withdrawal of its troops from Togo on Monday.", "2021-11-17")
    assert (ev.event_type, ev.mode, ev.recipient[0].code) == ("RETREAT", "withdraw", "TGO")


def test_a_ceasefire_declared_in_a_war_declares_no_war(extract: Extract) -> None:
    events = extract("Ghana declared a unilateral ceasefire in its border war with Togo on Monday.", "2021-11-17")
    assert all(e.event_type != "THREATEN" for e in events)


def test_firing_grenades_hung_on_the_object_at_people_assaults_them(extract: Extract) -> None:
    (ev,) = extract("Kenyan police fired tear gas into a crowd of Somali refugees on Friday.", "2021-05-22")
    assert (ev.event_type, ev.mode, ev.recipient[0].code) == ("ASSAULT", "crowd-control", "SOM")


def test_widening_sanctions_sanctions(extract: Extract) -> None:
    (ev,) = extract("The European Union widened its sanctions on Minsk on Monday.", "2021-11-17")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("SANCTION", "EUR", "BLR")


def test_an_ethnic_people_is_not_its_namesake_state(extract: Extract) -> None:
    events = extract("Hundreds of ethnic Kenyans marched in Kampala on Monday to protest against Uganda's land law.")
    assert all("KEN" not in {m.code for m in e.actor + e.recipient} for e in events)


def test_a_protest_with_no_foreign_target_is_a_domestic_act(extract: Extract) -> None:
    assert extract("Thousands of Kenyans demonstrated in Mombasa on Sunday calling for lower fuel prices.") == []


def test_a_protest_at_a_foreign_embassy_is_an_event(extract: Extract) -> None:
    # guard
    (ev,) = extract("Thousands of Kenyans protested outside the Ugandan embassy in Nairobi on Sunday.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("PROTEST", "KEN", "UGA")


def test_days_later_at_a_new_paragraph_go_on_from_the_last_day_told(extract: Extract) -> None:
    text = ("ACCRA, July 7 - Ghana and Togo agreed on Wednesday on a roadmap.\n\nThe crisis deepened in late May. "
            "On June 15 Togo suspended all its agreements with Accra.\n\nTwo days later a Ghanaian police officer "
            "shot dead a Togolese soldier at the border.")
    (ev,) = [e for e in extract(text, "2022-07-07") if e.event_type == "ASSAULT"]
    assert ev.date == "2022-06-17"


def test_removing_a_state_from_a_list_of_partners_sanctions_it(extract: Extract) -> None:
    (ev,) = extract("Kenya removed Uganda from its list of favoured trading partners on Aug 2.", "2019-08-23")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code, ev.date) == ("SANCTION", "KEN", "UGA", "2019-08-02")


def test_a_second_verb_shares_the_target_the_first_verb_s_rule_finds(extract: Extract) -> None:
    text = "Ghana has sent some 12,000 soldiers to the border with Togo and closed the Aflao crossing on Nov 9."
    events = {(e.event_type, e.recipient[0].code, e.date) for e in extract(text, "2021-11-17")}
    assert ("SANCTION", "TGO", "2021-11-09") in events
    assert ("MOBILIZE", "TGO", "2021-11-17") in events  # what has been done is not dated by the other act


def test_an_act_told_in_a_with_clause_beside_another_is_its_own_on_the_same_day(extract: Extract) -> None:
    text = ("Kenya retaliated on Thursday by closing its consulate in Kampala, with Kenya's foreign minister accusing "
            "Uganda of bad faith.")
    events = {(e.event_type, e.actor[0].code, e.recipient[0].code, e.date) for e in extract(text, "2022-08-05")}
    assert ("ACCUSE", "KEN", "UGA", "2022-08-04") in events


def test_diplomats_given_a_deadline_to_leave_are_expelled(extract: Extract) -> None:
    (ev,) = extract("Kenya gave Somali diplomats three days to leave the country.")
    assert (ev.event_type, ev.mode, ev.actor[0].code, ev.recipient[0].code) == ("SANCTION", "expel", "KEN", "SOM")


def test_a_junta_given_a_deadline_is_asked(extract: Extract) -> None:
    # guard: a deadline to anyone else is a request
    (ev,) = extract("The African Union gave Niger's junta two weeks to restore civilian rule.")
    assert (ev.event_type, ev.mode) == ("REQUEST", "change")


@pytest.mark.parametrize("text,asker,asked", [
    ("Benin halted the survey on Monday at the urging of Ghana's president.", "GHA", "BEN"),
    ("Ghana sent peacekeepers to Togo at the request of its government on Monday.", "TGO", "GHA"),
])
def test_at_the_urging_of_someone_they_asked(extract: Extract, text: str, asker: str, asked: str) -> None:
    assert ("REQUEST", asker, asked) in {(e.event_type, e.actor[0].code, e.recipient[0].code) for e in extract(text)}


def test_troops_massing_by_themselves_mobilise(extract: Extract) -> None:
    (ev,) = extract("Ghanaian troops massed along the border with Togo on Monday.")
    assert (ev.event_type, ev.mode, ev.actor[0].code) == ("MOBILIZE", "troops", "GHA")
