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


@pytest.mark.parametrize(("text", "parties_expected"), [
    # a known leader's family name, or a capital, after another given name is someone else's name
    ("Ecuadorean police arrested Marco Ortega, a suspected smuggler, on Monday.", ["ECU"]),
    ("Bolivian police detained Andres Lima at the border on Monday.", ["BOL"]),
])
def test_a_family_name_after_another_given_name_is_someone_else(extract: Extract, text: str,
                                                                 parties_expected: list[str]) -> None:
    events = extract(text)
    assert {c for e in events for c in coded(e)[2] + coded(e)[3]} <= set(parties_expected)


def test_a_known_leader_with_a_spelling_of_his_given_name_is_still_him(extract: Extract) -> None:
    # guard: "Sergei" for "Sergey" is still the Russian minister
    events = of_type(extract("Sergei Lavrov met Jordan's foreign minister in Amman on Monday."), "CONSULT")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [["JOR", "RUS"]]


def test_calling_someone_a_name_is_no_phone_call(extract: Extract) -> None:
    # "called X a Y" parsed with the description in apposition to the object
    assert not of_type(extract("Colombia's president called Ecuador's leader a drug smuggler on Monday."), "CONSULT")


def test_calling_someone_described_between_commas_is_a_call(extract: Extract) -> None:
    # guard: an apposition proper, between commas, describes the one called
    events = of_type(extract("Colombia's president called Ecuador's leader, a close ally, on Monday."), "CONSULT")
    assert [coded(e)[1:] for e in events] == [("phone", ["COL"], ["ECU"])]


def test_a_dateline_city_is_in_the_state_it_names(extract: Extract) -> None:
    # "ST. JOHN'S, Antigua": the Caribbean capital, not the Canadian city of that name
    text = "ST. JOHN'S, Antigua, March 9 (Wire) - Prime Minister Lionel Hurst met Dominica's president on Monday."
    events = of_type(extract(text), "CONSULT")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [["ATG", "DMA"]]


def test_an_envoy_a_pronoun_owns_is_not_the_datelines(extract: Extract) -> None:
    # "its envoy Anna Lind" is Norway's, wherever the story was filed
    text = "WASHINGTON, March 9 (Wire) - Norway said its envoy Anna Lind would travel to Havana next week."
    events = of_type(extract(text), "CONSULT")
    assert [coded(e)[2:] for e in events] == [(["NOR"], ["CUB"])]


@pytest.mark.parametrize(("text", "to"), [
    ("Ecuador extradited a Peruvian arms dealer to the United States on Monday.", ["USA"]),
    ("Argentina extradited two Chilean fugitives to Chile on Monday.", ["CHL"]),
])
def test_extradition_is_judicial_cooperation_with_the_state_sent_to(extract: Extract, text: str,
                                                                     to: list[str]) -> None:
    # PLOVER's CAMEO 063, judicial cooperation: COOPERATE with the state that receives the suspect
    events = extract(text)
    assert [coded(e)[3] for e in of_type(events, "COOPERATE")] == [to]
    assert not of_type(events, "COERCE")


def test_deporting_migrants_is_coercion(extract: Extract) -> None:
    # guard: deportation stays COERCE
    assert [coded(e)[:2] for e in extract("Italy deported 40 Tunisian migrants on Monday.")] == [("COERCE", "deport")]


def test_an_accord_refused_is_rejected(extract: Extract) -> None:
    # "refused to renew the pact": PLOVER REJECT, not a negated accord
    events = extract("Ghana refused to renew the fishing pact with Togo in May 2019.")
    assert [(coded(e)[2:], e.modality) for e in of_type(events, "REJECT")] == [((["GHA"], ["TGO"]), "asserted")]


def test_an_accord_not_renewed_stays_a_negated_accord(extract: Extract) -> None:
    # guard: without a verb of refusing, the accord is told as not made
    events = extract("Ghana said it would not renew the fishing pact with Togo.")
    assert not of_type(events, "REJECT")


def test_a_block_given_up_is_a_concession(extract: Extract) -> None:
    # "would no longer block": the refusal is dropped, a concession made when said
    events = extract("Hungary's prime minister said on Monday that Budapest would no longer block the EU aid package.")
    assert [(coded(e)[2:], e.modality) for e in of_type(events, "CONCEDE")] == [((["HUN"], ["EUR"]), "asserted")]
    assert not of_type(events, "REJECT")


def test_an_attack_condemned_is_its_doers_though_another_verb_addresses_others(extract: Extract) -> None:
    # the attack told before is condemned; the call is to the states named with "called on"
    text = ("Russian missiles struck Kharkiv on Monday. Latvia's president condemned the attack and called on "
            "Germany and Italy to send more air defences.")
    events = extract(text)
    assert [coded(e)[3] for e in of_type(events, "ACCUSE")] == [["RUS"]]
    assert [sorted(coded(e)[3]) for e in of_type(events, "REQUEST")] == [["DEU", "ITA"]]


def test_a_condemned_act_with_no_doer_told_takes_the_other_verbs_target(extract: Extract) -> None:
    # guard: nothing told before, the other verb's addressee is the one condemned
    events = extract("Kenya condemned the shelling of the market and called on Khartoum to stop.")
    assert [coded(e)[3] for e in of_type(events, "ACCUSE")] == [["SDN"]]


def test_a_neighbour_a_pronoun_owns_is_the_other_side(extract: Extract) -> None:
    # "its neighbour" is not its owner (nor the court the case went to)
    text = ("Guyana filed a case against Suriname at the International Court of Justice on Monday, accusing its "
            "neighbour of dumping waste in the river.")
    assert [coded(e)[3] for e in of_type(extract(text), "ACCUSE")] == [["SUR"]]


@pytest.mark.parametrize(("text", "accused"), [
    ("Vietnam sued the European Union at the WTO on Monday.", ["EUR"]),
    ("Brazil launched a WTO dispute against Argentina on Monday.", ["ARG"]),
    ("New Zealand challenged Japan's beef tariffs at the WTO on Monday.", ["JPN"]),
    ("Honduras initiated proceedings against Nicaragua at the ICJ on Monday.", ["NIC"]),
])
def test_a_case_brought_to_a_forum_accuses_the_other_party(extract: Extract, text: str, accused: list[str]) -> None:
    # codebook section 9: filing a case is ACCUSE allege, against the party, not the forum
    assert [(coded(e)[1], coded(e)[3]) for e in of_type(extract(text), "ACCUSE")] == [("allege", accused)]


@pytest.mark.parametrize(("text", "first", "second"), [
    # the counted act that many months before the main clause's month (the fronted month is the main clause's)
    ("In May, three months after Ghana expelled Togo's ambassador, Togo closed its border with Ghana.",
     "2020-02", "2020-05"),
    # the main clause from the month told on the counted act's own verb
    ("Two weeks after Ghana expelled Togo's ambassador in June 2018, Togo closed its border with Ghana.",
     "2018-06", "2018-06"),
])
def test_a_span_of_time_from_a_month_dates_the_other_act(extract: Extract, text: str, first: str,
                                                         second: str) -> None:
    events = extract(text)
    assert [str(e.date) for e in events if e.mode == "expel"] == [first]
    assert [str(e.date) for e in events if e.mode == "discontinue"] == [second]


def test_a_month_in_an_aside_of_the_counted_act_dates_neither_clause(extract: Extract) -> None:
    # guard: "in June" hangs on a verb inside the counted clause's aside, not on the counted act
    text = ("The visit comes three months after Ghanaian police detained a Togolese trawler, an incident that "
            "led Lome to summon Ghana's ambassador in June.")
    assert [str(e.date) for e in of_type(extract(text), "ACCUSE")] == ["2020-06"]


@pytest.mark.parametrize(("text", "target"), [
    # what a thing is called, tagged a verb by the parser
    ("Canada imposed new tariffs on Chinese steel on Monday. Beijing called the tariffs blackmail.", ["CAN"]),
    # a person described as, or likened to, a criminal or a tyrant
    ("Chile's foreign minister described Peru's interior minister as a smuggler on Monday.", ["PER"]),
    ("Uruguay's president likened Paraguay's leader to a tyrant on Monday.", ["PRY"]),
])
def test_names_put_on_another_are_an_accusation(extract: Extract, text: str, target: list[str]) -> None:
    events = of_type(extract(text), "ACCUSE")
    assert [(coded(e)[1], coded(e)[3]) for e in events] == [("disapprove", target)]


def test_likening_talks_to_a_marathon_judges_nothing(extract: Extract) -> None:
    # guard: a likeness with no word of blame
    assert not of_type(extract("Uruguay's president likened the talks with Paraguay to a marathon."), "ACCUSE")


def test_a_date_on_a_nouns_clause_is_no_time_the_paragraph_reaches(extract: Extract) -> None:
    # "lifting a ban imposed in January": the later sentences continue Monday's story, not January's
    text = ("Ghana reopened its border with Togo on Monday, lifting a closure imposed in January. "
            "Togo welcomed the decision.")
    assert [str(e.date) for e in of_type(extract(text), "SUPPORT")] == ["2021-03-08"]


@pytest.mark.parametrize("text", [
    "Estonia said on Tuesday it would close two crossing points on its border with Russia.",
    "Lithuania will shut three checkpoints on its border with Belarus, the interior minister said.",
])
def test_closing_crossing_points_cuts_relations(extract: Extract, text: str) -> None:
    assert [coded(e)[:2] for e in extract(text)] == [("SANCTION", "discontinue")]


@pytest.mark.parametrize(("text", "parties_expected"), [
    ("Ghana and Togo restored diplomatic ties in 2019 under an accord brokered by Nigeria.", ["GHA", "TGO"]),
    ("Norway brokered a truce between Sudan and South Sudan on Friday.", ["SDN", "SSD"]),
])
def test_a_mediator_is_no_party_to_the_agreement(extract: Extract, text: str, parties_expected: list[str]) -> None:
    # codebook section 9: a mediator is a party to an AGREE only when it signs
    events = of_type(extract(text), "AGREE")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [parties_expected]


def test_a_mediator_takes_part_in_the_talks(extract: Extract) -> None:
    # guard: talks it mediates, it takes part in
    events = of_type(extract("Ghana and Togo met in Accra on Monday at talks brokered by Nigeria."), "CONSULT")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [["GHA", "NGA", "TGO"]]


def test_a_month_is_no_town_where_talks_are_held(extract: Extract) -> None:
    # "in March": not the English town, no host
    events = of_type(extract("Algeria mediated talks between Mali and Niger in March."), "CONSULT")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [["DZA", "MLI", "NER"]]


def test_a_hostile_act_held_over_a_condition_threatens_whom_the_condition_names(extract: Extract) -> None:
    # "would impose sanctions if Iran failed to free them": the threat is to Iran, named only in the condition
    events = extract("Canada said on Monday it would impose sanctions if Iran failed to release two Canadians.")
    assert [coded(e)[2:] for e in of_type(events, "THREATEN")] == [(["CAN"], ["IRN"])]
    # the condition is no release that did not happen
    assert all(e.modality != "negated" for e in events)


@pytest.mark.parametrize("text", [
    "The truce, brokered by Kenya and Ethiopia in May 2019, ended a month of clashes.",
    "Sudan and Chad each freed 40 prisoners on Friday in an exchange brokered by Qatar.",
    "Ruto, whose government brokered the deal together with the AU, said he hoped it would hold.",
])
def test_brokering_a_deal_is_no_talks_of_its_own(extract: Extract, text: str) -> None:
    # who brokered a truce, a deal or an exchange is told by the agreement: no meeting of the brokers
    assert not of_type(extract(text), "CONSULT")


def test_mediating_between_two_parties_is_a_meeting(extract: Extract) -> None:
    # guard: mediation between parties is a meeting with them (codebook section 9)
    events = of_type(extract("Norway mediated between Colombia and Venezuela in May."), "CONSULT")
    assert [coded(e)[1] for e in events] == ["third-party"]


def test_the_purpose_of_a_visit_is_the_visit(extract: Extract) -> None:
    # "will travel to Tbilisi to discuss energy": one meeting, with no partner taken from before
    text = ("Armenia summoned Iran's ambassador on Thursday. Prime Minister Nikol Pashinyan will travel to Tbilisi "
            "next week to discuss energy supplies.")
    events = of_type(extract(text), "CONSULT")
    assert [sorted(coded(e)[2] + coded(e)[3]) for e in events] == [["ARM", "GEO"]]


def test_a_visit_to_meet_someone_named_keeps_the_meeting(extract: Extract) -> None:
    # guard: whom the visit is to meet is a party of its own
    events = of_type(extract("Kenya's president flew to Geneva on Monday to meet Lavrov."), "CONSULT")
    assert ["RUS"] in [coded(e)[3] for e in events]


@pytest.mark.parametrize(("text", "doer"), [
    ("Rosneft halted oil deliveries to Belarus on Monday.", ["RUS"]),
    ("Naftogaz cut gas supplies to Moldova on Monday.", ["UKR"]),
])
def test_a_state_company_acts_for_its_state(extract: Extract, text: str, doer: list[str]) -> None:
    # codebook section 3: a state-owned company named alone is coded to its state (sector BUS)
    events = extract(text)
    assert [coded(e)[2] for e in events] == [doer]
    assert [a.sector for e in events for a in e.actor] == ["BUS"]
