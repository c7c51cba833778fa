"""Readings added in session 7, each on sentences written for these tests: refusals told as a
commitment, clauses on a noun keeping their own modality, acts told in the progressive, verbal acts
coordinated with a dated saying, troops sent at a government's request, and no past act dated
after its article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]


@pytest.mark.parametrize("text,mode", [
    ("Kabul said on Monday it would never hand the two pilots over to Islamabad.", "yield"),
    ("Chad said on Monday that it would not release the Sudanese soldiers.", "yield"),
    ("Uganda said on Monday it will not send aid to Kenya.", "assist"),
])
def test_a_refusal_told_as_a_commitment_is_a_rejection_made_when_said(extract: Extract, text: str,
                                                                     mode: str) -> None:
    events = extract(text)
    (ev,) = [e for e in events if e.event_type == "REJECT"]
    assert (ev.mode, ev.modality, ev.date) == (mode, "asserted", "2021-03-08")
    assert not [e for e in events if e.event_type in ("RETREAT", "AID")]


def test_a_denied_past_release_stays_a_negated_release(extract: Extract) -> None:
    # guard: told as what did not happen, not as a refusal, the act is coded negated
    events = extract("Chad did not release the Sudanese soldiers on Monday.")
    assert [(e.event_type, e.modality) for e in events] == [("RETREAT", "negated")]


def test_a_clause_on_a_noun_keeps_its_own_modality(extract: Extract) -> None:
    events = extract("Chad said it would not release the Sudanese soldiers it captured last month.")
    (seized,) = [e for e in events if e.event_type == "COERCE"]
    assert (seized.modality, seized.date) == ("asserted", "2021-02")


@pytest.mark.parametrize("text", [
    "Chile said on Monday it was suspending trade talks with Bolivia.",
    "Chile said on Monday that it was recalling its ambassador from Bolivia.",
])
def test_an_act_told_in_the_progressive_is_dated_by_the_saying(extract: Extract, text: str) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "SANCTION"]
    assert (ev.date, ev.date_source) == ("2021-03-08", "text")


def test_a_verbal_act_coordinated_with_a_dated_saying_shares_its_date(extract: Extract) -> None:
    events = extract("Pakistan condemned the Afghan raids and said on Monday that talks were over.")
    (ev,) = [e for e in events if e.event_type == "ACCUSE"]
    assert (ev.date, ev.date_source) == ("2021-03-08", "text")


def test_an_act_with_its_own_date_keeps_it_beside_a_dated_saying(extract: Extract) -> None:
    # guard: the criticism has its own day
    events = extract("Peru criticised Bolivia on Tuesday and said on Monday that talks were over.",
                     published="2021-03-12")
    (ev,) = [e for e in events if e.event_type == "ACCUSE"]
    assert ev.date == "2021-03-09"


@pytest.mark.parametrize("text,asker", [
    ("Kenyan troops entered Somalia in October 2011 at the request of its government.", "SOM"),
    ("Rwanda deployed 1,000 soldiers to Mozambique in July at Maputo's request.", "MOZ"),
    ("Colombian forces entered Venezuela in 2009 at the invitation of its government.", "VEN"),
])
def test_troops_sent_at_a_governments_request_are_aid_to_it(extract: Extract, text: str, asker: str) -> None:
    events = extract(text)
    assert [[m.code for m in e.recipient] for e in events if e.event_type == "AID"] == [[asker]]
    assert not [e for e in events if e.event_type == "MOBILIZE"]


def test_troops_sent_unasked_stay_a_mobilization(extract: Extract) -> None:
    # guard
    events = extract("Russian troops crossed into Georgia in August 2008.")
    assert [e.event_type for e in events] == ["MOBILIZE"]


def test_a_visit_someone_is_due_for_is_planned(extract: Extract) -> None:
    events = extract("Ghana's foreign minister is due in Lome on Thursday for talks with Togo.")
    (ev,) = [e for e in events if e.event_type == "CONSULT"]
    assert (ev.modality, ev.date) == ("future", "2021-03-11")


def test_a_past_act_takes_no_date_from_a_plan_told_before_it(extract: Extract) -> None:
    text = ("Ghana's foreign minister is due in Lome on Thursday for talks with Togo. "
            "Togolese officials criticised Accra, and Ghana's envoy protested.")
    (ev,) = [e for e in extract(text) if e.event_type == "ACCUSE"]
    assert ev.date_source != "discourse"


@pytest.mark.parametrize("text", [
    "Ghana declared Togo's ambassador persona non grata on Monday.",
    "Ghana on Monday declared two Togolese diplomats persona non grata.",
    "Ghana declared the Togolese consul persona non grata.",
])
def test_declaring_an_envoy_persona_non_grata_expels_him(extract: Extract, text: str) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "SANCTION"]
    assert (ev.mode, ev.actor[0].code, ev.recipient[0].code) == ("expel", "GHA", "TGO")


def test_declaring_anything_else_is_no_expulsion(extract: Extract) -> None:
    # guard
    assert not [e for e in extract("Ghana declared a state of emergency near Togo on Monday.")
                if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text,mode", [
    ("Ghana's foreign minister raised the issue with his Togolese counterpart on Monday.", None),
    ("The Kenyan president dined with Museveni on Monday.", "visit"),
])
def test_taking_up_a_matter_or_dining_with_someone_is_a_meeting(extract: Extract, text: str,
                                                                mode: str | None) -> None:
    (ev,) = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert (ev.mode, ev.date) == (mode, "2021-03-08")


def test_raising_concerns_with_someone_stays_a_disapproval(extract: Extract) -> None:
    # guard: the ACCUSE sense of "raise" is kept
    assert [e.event_type for e in extract("Ghana raised concerns with Togo on Monday.")] == ["ACCUSE"]


def test_it_in_a_coordinated_clause_is_the_first_clause_subject(extract: Extract) -> None:
    text = "Canada has criticised Peru for years over mining rights, and last May it imposed sanctions on the country."
    (ev,) = [e for e in extract(text) if e.event_type == "SANCTION"]
    assert (ev.actor[0].code, ev.recipient[0].code) == ("CAN", "PER")


@pytest.mark.parametrize("text,mode", [
    ("Thousands of Kenyan protesters besieged the Ugandan embassy in Nairobi on Monday.", "demo"),
    ("Dozens of Kenyan students stormed the Ugandan embassy in Nairobi on Monday.", "demo"),
])
def test_crowds_besieging_or_storming_an_embassy_protest(extract: Extract, text: str, mode: str) -> None:
    events = extract(text)
    assert [(e.event_type, e.mode, e.actor[0].code, e.recipient[0].code) for e in events] == [
        ("PROTEST", mode, "KEN", "UGA")]


def test_troops_storming_a_post_assault(extract: Extract) -> None:
    # guard: the protest sense is for crowds only
    assert [e.event_type for e in extract("Kenyan troops stormed a Ugandan border post on Monday.")] == ["ASSAULT"]



def test_a_participle_on_a_coordinated_verb_shares_the_first_verbs_date(extract: Extract) -> None:
    text = ("In March 2016 Ghana recalled its ambassador from Lome and sent the Togolese envoy home, "
            "accusing Togo of sheltering coup plotters.")
    (ev,) = [e for e in extract(text, published="2021-10-12") if e.event_type == "ACCUSE"]
    assert (ev.date, ev.date_source) == ("2016-03", "text")


def test_a_participle_on_a_clause_with_its_own_subject_keeps_its_time(extract: Extract) -> None:
    # guard: "and Togo later wrote ..." is a clause of its own, not told on the first verb's date
    text = ("Ghana recalled its ambassador from Lome in March 2016, and Togo later wrote to Accra, "
            "accusing Ghana of sheltering coup plotters.")
    (ev,) = [e for e in extract(text, published="2021-10-12") if e.event_type == "ACCUSE"]
    assert ev.date != "2016-03"


def test_defending_a_state_with_arms_is_no_verbal_support(extract: Extract) -> None:
    events = extract("Poland is ready to send tanks to help defend Lithuania if it is invaded.")
    assert not [e for e in events if e.event_type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Ghana's president defended Togo's decision to close the border on Monday.",
    "Ghana's leader defended Togo on Monday against accusations from Benin.",
])
def test_defending_a_decision_or_a_state_against_criticism_supports(extract: Extract, text: str) -> None:
    # guard: the verbal senses kept when the military one was taken out
    (ev,) = [e for e in extract(text) if e.event_type == "SUPPORT"]
    assert (ev.actor[0].code, ev.recipient[0].code) == ("GHA", "TGO")


@pytest.mark.parametrize("text,recipient", [
    ("The European Union agreed on Monday to send naval ships to protect Cyprus.", "CYP"),
    ("Ghana agreed on Monday to send troops to Togo.", "TGO"),
])
def test_forces_promised_to_a_state_are_an_agreement_made_when_promised(extract: Extract, text: str,
                                                                        recipient: str) -> None:
    events = extract(text)
    assert [(e.event_type, e.modality, e.date, e.recipient[0].code) for e in events] == [
        ("AGREE", "asserted", "2021-03-08", recipient)]


def test_a_retreat_promised_is_a_concession_dated_when_promised(extract: Extract) -> None:
    events = extract("Ethiopia promised on Monday to hand the villages back to Sudan by December.")
    assert [(e.event_type, e.date) for e in events] == [("CONCEDE", "2021-03-08")]


def test_a_vow_of_revenge_threatens(extract: Extract) -> None:
    events = extract("Ghana vowed revenge against Togo on Monday.")
    assert [(e.event_type, e.mode, e.recipient[0].code) for e in events] == [("THREATEN", "violence", "TGO")]


def test_a_vow_of_aid_stays_an_agreement(extract: Extract) -> None:
    # guard: the retaliation sense takes only words of retaliation
    assert [e.event_type for e in extract("Ghana promised aid to Togo on Monday.")] == ["AGREE"]


def test_troops_massed_on_the_border_with_a_state_are_moved_against_it(extract: Extract) -> None:
    (ev,) = extract("Kenyan troops have massed on the border with Somalia.")
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == ("MOBILIZE", "KEN", "SOM")


@pytest.mark.parametrize("text,kind", [
    ("Kenya brought its troops home from Somalia in 2020.", "RETREAT"),
    ("The Kenyan cabinet decided on Monday to bring the troops home from Somalia by July.", "CONCEDE"),
])
def test_troops_brought_home_withdraw(extract: Extract, text: str, kind: str) -> None:
    (ev,) = extract(text)
    assert (ev.event_type, ev.actor[0].code, ev.recipient[0].code) == (kind, "KEN", "SOM")


def test_troops_sent_abroad_still_mobilise(extract: Extract) -> None:
    # guard: only "home" makes sending a withdrawal
    assert [e.event_type for e in extract("Kenya sent troops to Somalia on Monday.")] == ["MOBILIZE"]


def test_condemning_an_attack_on_a_state_does_not_condemn_the_victim(extract: Extract) -> None:
    assert not [e for e in extract("Ghana condemned the attack on Togo's embassy.")
                if e.event_type == "ACCUSE" and "TGO" in [m.code for m in e.recipient]]


def test_condemning_a_told_attack_condemns_its_doer(extract: Extract) -> None:
    # guard: the doer is found through the act told before
    text = "Benin attacked Togo's embassy on Sunday. Ghana condemned the attack on Togo's embassy."
    (ev,) = [e for e in extract(text) if e.event_type == "ACCUSE"]
    assert [m.code for m in ev.recipient] == ["BEN"]


def test_rejecting_an_offer_from_a_state_rejects_that_state(extract: Extract) -> None:
    # guard: "from" still names the party
    (ev,) = extract("Ghana rejected the offer from Togo on Monday.")
    assert (ev.event_type, ev.recipient[0].code) == ("REJECT", "TGO")


def test_calling_a_meeting_of_a_body_asks_it_to_meet(extract: Extract) -> None:
    (ev,) = extract("Ghana called an urgent meeting of the United Nations Security Council on Monday.")
    assert (ev.event_type, ev.mode, ev.recipient[0].code) == ("REQUEST", "meet", "UNO")


def test_calling_off_a_meeting_still_refuses_it(extract: Extract) -> None:
    # guard: the REJECT sense now needs "off"
    (ev,) = extract("Ghana called off a meeting with Togo on Monday.")
    assert (ev.event_type, ev.mode, ev.recipient[0].code) == ("REJECT", "meet", "TGO")


def test_a_promised_response_is_no_agreement(extract: Extract) -> None:
    text = "Iran blamed Israel for the blast. President Ebrahim Raisi promised a response."
    events = extract(text, published="2023-07-17")
    assert ("THREATEN", "ISR") in {(e.event_type, e.recipient[0].code) for e in events if e.recipient}
    assert not [e for e in events if e.event_type == "AGREE"]


def test_a_known_leader_named_with_a_possessive_is_still_known(extract: Extract) -> None:
    events = extract("Erdogan said that President Bashar al-Assad's forces shelled the border villages.",
                     published="2013-08-30")
    assert [(e.event_type, e.actor[0].code, e.recipient[0].code) for e in events] == [("ACCUSE", "TUR", "SYR")]
