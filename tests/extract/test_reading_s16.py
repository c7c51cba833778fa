"""Readings added in session 16, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import pytest
from reading import Extract, coded, of_type


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Chile's foreign minister called the Argentine proposal ridiculous.", "CHL", "ARG"),
    ("The Kenyan government described the Ugandan statement as dangerous and misleading.", "KEN", "UGA"),
    ("Senegal called the Malian claims untrue.", "SEN", "MLI"),
])
def test_a_judgment_of_anothers_act_accuses_it(extract: Extract, text: str, actor: str, target: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", [actor], [target])]


@pytest.mark.parametrize(("text", "actor", "target"), [
    # the gerund taken for a verb, the judgment for its object
    ("Thai troops shelled a Cambodian border village on Monday. Cambodia called the shelling a war crime.",
     "KHM", "THA"),
    # the two objects of "called" taken for a pair; whose act it is, told by "by"
    ("Iran called the killing of its general an act of state terrorism by Washington.", "IRN", "USA"),
    ("Poland called the move an act of aggression by Belarus.", "POL", "BLR"),
    ("Kenya described the raid as a violation by Somali forces of its sovereignty.", "KEN", "SOM"),
])
def test_what_an_act_is_called_is_read_however_it_is_parsed(extract: Extract, text: str, actor: str,
                                                            target: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", [actor], [target])]


def test_a_judgment_in_a_quotation_is_dated_when_it_is_said(extract: Extract) -> None:
    events = extract('Thai troops shelled a Cambodian border village on Sunday. "This is a criminal act against a '
                     'peaceful nation," the Cambodian prime minister said on Tuesday.')
    (accuse,) = of_type(events, "ACCUSE")
    assert coded(accuse)[2:] == (["KHM"], ["THA"])
    assert (str(accuse.date), accuse.date_source) == ("2021-03-09", "text")


def test_an_act_a_day_after_a_dated_one_is_dated_from_it(extract: Extract) -> None:
    events = extract("Ghana recalled its ambassador to Togo a day after Togo expelled two Ghanaian diplomats "
                     "on Monday.")
    dates = {e.mode: str(e.date) for e in of_type(events, "SANCTION")}
    assert dates == {"expel": "2021-03-08", "withdraw": "2021-03-09"}


def test_the_clause_an_act_is_counted_from_keeps_its_own_date(extract: Extract) -> None:
    # the main clause dated from the other clause's day; that clause keeps its own
    events = extract("The border clash came a day after Chinese troops shelled an Indian post on Monday.")
    (assault,) = of_type(events, "ASSAULT")
    assert str(assault.date) == "2021-03-08"


@pytest.mark.parametrize("text", [
    "The Nigerian president failed to persuade the Gambian leader to step down.",
    "Nigeria failed to convince Gambia to hand over power.",
])
def test_a_failed_attempt_to_persuade_still_asked(extract: Extract, text: str) -> None:
    (request,) = of_type(extract(text), "REQUEST")
    assert (coded(request)[2:], request.modality) == ((["NGA"], ["GMB"]), "asserted")


def test_failing_to_meet_is_no_meeting(extract: Extract) -> None:
    # guard: failure negates an act that is not done by attempting it
    assert [e.modality for e in extract("Nigeria failed to meet the Gambian leader.")] == ["negated"]


@pytest.mark.parametrize("text", [
    "Lebanese police fired tear gas at protesters outside the Danish consulate in Beirut on Sunday.",
    "Greek police fired tear gas at demonstrators protesting the name deal with Macedonia.",
])
def test_a_crowd_of_ones_own_people_is_no_foreign_target(extract: Extract, text: str) -> None:
    assert of_type(extract(text), "ASSAULT") == []


def test_a_crowd_named_by_its_people_is_their_states(extract: Extract) -> None:
    # guard: a crowd of another people is theirs
    events = extract("Israeli police fired tear gas at Palestinian protesters near the Damascus Gate.")
    assert [coded(e) for e in of_type(events, "ASSAULT")] == [("ASSAULT", "crowd-control", ["ISR"], ["PSE"])]


def test_denying_a_part_in_an_act_hung_on_the_verb_denies_the_act(extract: Extract) -> None:
    (assault,) = of_type(extract("Serbia said it had played no part in the attack on Kosovo police."), "ASSAULT")
    assert (coded(assault)[2:], assault.modality) == ((["SRB"], ["KOS"]), "negated")


def test_an_act_in_a_relative_clause_takes_the_day_its_sentence_points_to(extract: Extract) -> None:
    events = extract("On June 15 Ghana suspended all its agreements with Lome.\n\nTwo days later a Togolese police "
                     "officer shot dead a Ghanaian soldier who had crossed the border and opened fire.", "2022-07-07")
    assert sorted((e.actor[0].code, str(e.date)) for e in of_type(events, "ASSAULT")) == \
        [("GHA", "2022-06-17"), ("TGO", "2022-06-17")]


def test_a_call_told_after_a_reported_plan_is_the_speakers_done_before_speaking(extract: Extract) -> None:
    events = extract("The Kenyan president said on Monday that Kenya would send more troops to the border, after "
                     "speaking to the Ugandan president.")
    (call,) = of_type(events, "CONSULT")
    assert (coded(call)[2:], call.modality, str(call.date)) == ((["KEN"], ["UGA"]), "asserted", "2021-03-08")
    # guard: the plan reported stays a plan
    assert [e.modality for e in of_type(events, "MOBILIZE")] == ["future"]


def test_a_claimed_right_to_hit_back_threatens(extract: Extract) -> None:
    events = extract('Togolese troops shelled a Ghanaian border post on Monday. "Ghana reserves the right to '
                     'respond," the Ghanaian president said on Tuesday.')
    (threat,) = of_type(events, "THREATEN")
    assert (coded(threat), str(threat.date)) == (("THREATEN", "violence", ["GHA"], ["TGO"]), "2021-03-09")


def test_a_right_to_defend_ones_borders_is_no_threat(extract: Extract) -> None:
    # guard: a right claimed in general, not to hit back
    assert extract("Kenya has the right to defend its borders, the minister said.") == []


def test_missiles_that_destroy_a_factory_assault_its_state(extract: Extract) -> None:
    (assault,) = of_type(extract("Togolese missiles destroyed a factory in Accra on Monday."), "ASSAULT")
    assert coded(assault) == ("ASSAULT", "destroy", ["TGO"], ["GHA"])


@pytest.mark.parametrize("text", [
    "The African Union demanded that Sudan lift its restrictions on Chadian traders.",
    "The African Union reiterated its demand on Monday that Sudan ease restrictions on Chadian traders.",
])
def test_a_request_is_made_of_the_subject_of_what_it_asks(extract: Extract, text: str) -> None:
    (request,) = of_type(extract(text), "REQUEST")
    assert coded(request)[2:] == (["IGO"], ["SDN"])


def test_expelling_an_organisations_inspectors_sanctions_it(extract: Extract) -> None:
    (sanction,) = of_type(extract("Iran expelled inspectors of the International Atomic Energy Agency on Monday."),
                           "SANCTION")
    assert coded(sanction) == ("SANCTION", "expel", ["IRN"], ["IGO"])


def test_a_vetoed_security_council_resolution_is_rejected_at_the_un(extract: Extract) -> None:
    (reject,) = of_type(extract("Russia on Monday vetoed a Security Council resolution on the war in Sudan."),
                         "REJECT")
    assert coded(reject)[2:] == (["RUS"], ["UNO"])


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Soviet troops crossed into Czechoslovakia on 21 August 1968.", "RUS", "CZE"),
    ("Zaire expelled two Belgian diplomats on Monday.", "COD", "BEL"),
    ("The Yugoslav army shelled Dubrovnik on Monday.", "SRB", "HRV"),
])
def test_states_by_their_former_names_are_their_continuing_states(extract: Extract, text: str, actor: str,
                                                                  target: str) -> None:
    events = extract(text)
    assert [coded(e)[2:] for e in events] == [([actor], [target])]


def test_calls_from_others_that_are_rejected_were_made(extract: Extract) -> None:
    events = extract("Peru rejected calls from Chile and Bolivia to reopen the border.")
    assert sorted((coded(e)[0], coded(e)[2], coded(e)[3], e.modality) for e in events) == [
        ("REJECT", ["PER"], ["CHL", "BOL"], "asserted"), ("REQUEST", ["CHL", "BOL"], ["PER"], "asserted")]


def test_a_participle_clause_is_not_denied_by_the_verb_it_hangs_on(extract: Extract) -> None:
    events = extract("Lebanon would not send its army to the border, rejecting calls from the United Nations to "
                     "take control of the area.")
    assert {e.event_type: e.modality for e in events} == {"MOBILIZE": "negated", "REJECT": "asserted",
                                                          "REQUEST": "asserted"}


def test_a_participle_clause_shares_the_plan_it_hangs_on(extract: Extract) -> None:
    # guard: a plan or a possibility is shared, only negation is not
    events = extract("The Kenyan president will travel to Kampala next week, meeting the Ugandan president.")
    assert {e.modality for e in events} == {"future"}


@pytest.mark.parametrize(("text", "mode", "actor", "target"), [
    ("The United Nations on Tuesday reduced food supplies to Sudanese refugee camps in Chad.", "discontinue",
     "UNO", "SDN"),
    ("Germany suspended payments to the Brazilian forest fund on Monday.", "discontinue", "DEU", "BRA"),
    ("The OSCE withdrew its monitors from Georgia on Monday.", "withdraw", "IGO", "GEO"),
])
def test_cutting_supplies_or_recalling_monitors_sanctions(extract: Extract, text: str, mode: str, actor: str,
                                                         target: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "SANCTION")] == [("SANCTION", mode, [actor], [target])]


def test_a_claim_through_an_adjective_of_likelihood_is_dated_by_its_saying(extract: Extract) -> None:
    events = extract("Moscow said it would expel 23 British diplomats.\n\nPrime Minister Theresa May told "
                     "parliament on Monday that it was highly likely Russia was responsible for the nerve agent "
                     "attack, and gave Moscow until midnight on Tuesday to explain.", "2018-03-17")
    assert sorted((str(e.date), e.date_source) for e in of_type(events, "ACCUSE")) == [("2018-03-12", "text")]


@pytest.mark.parametrize("text", [
    "The Dutch foreign minister said on Monday it was highly likely that the Russian president had ordered the attack.",
    "Kenya said on Monday that Somalia had planned the raid on the border post.",
])
def test_saying_another_ordered_or_planned_an_attack_accuses_it(extract: Extract, text: str) -> None:
    (accuse,) = of_type(extract(text), "ACCUSE")
    assert (coded(accuse)[:2], str(accuse.date)) == (("ACCUSE", "allege"), "2021-03-08")


def test_ordering_ones_own_attack_is_no_claim(extract: Extract) -> None:
    # guard: a culprit verb makes a claim only when someone else says it
    assert of_type(extract("The Kenyan president ordered an attack on the rebels."), "ACCUSE") == []
