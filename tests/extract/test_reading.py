"""Constructions of news reading added in session 4, each on sentences written for these tests:
a speaker's second act joined to the clause they report, the object of a rule's verb, and days
told by pointing back ("the same evening")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]
Typed = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def typed(events: list[Event]) -> set[Typed]:
    return {(e.event_type, e.modality, tuple(sorted(a.code for a in e.actor)),
             tuple(sorted(r.code for r in e.recipient))) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the parser hangs "demanded" on the reported "were"; the speaker demands, asserted
        ("The Kenyan president said the truce was fragile and demanded that Somali troops leave the border.",
         ("REQUEST", "asserted", ("KEN",), ("SOM",))),
        ("Peru's foreign minister said the fine was unfair and urged Chile to drop it.",
         ("REQUEST", "asserted", ("PER",), ("CHL",))),
    ],
)
def test_speaker_second_act_joined_to_reported_clause(extract: Extract, text: str, expected: Typed) -> None:
    assert expected in typed(extract(text))


def test_object_of_rule_verb_is_no_event_of_its_own(extract: Extract) -> None:
    # "cut off aid": one sanction, not also aid given
    events = extract("Norway cut off development aid to Malawi on Friday.")
    assert {e.event_type for e in events} == {"SANCTION"}


@pytest.mark.parametrize("words", ["the same evening", "the same morning", "hours later", "the next morning"])
def test_days_told_by_pointing_back(extract: Extract, words: str) -> None:
    text = f"Ghana's president met Togo's president in Accra on 3 May. Nigeria condemned Benin {words}."
    ev = next(e for e in extract(text, "2021-05-20") if e.event_type == "ACCUSE")
    expected = "2021-05-04" if "next" in words else "2021-05-03"
    assert (ev.date, ev.date_source) == (expected, "discourse")


@pytest.mark.parametrize(
    "text,expected",
    [
        # the judged thing's owner stands between the judging verb and the word, however parsed
        ("The Kenyan president called Uganda's claims absurd and deeply irresponsible.",
         ("ACCUSE", "asserted", ("KEN",), ("UGA",))),
        ("Chile's president called Peru's decision reckless.", ("ACCUSE", "asserted", ("CHL",), ("PER",))),
        ("Uganda closed its border with Kenya on Monday.", ("SANCTION", "asserted", ("UGA",), ("KEN",))),
        ("Kenyan President William Ruto spoke to Uganda's president on Tuesday.",
         ("CONSULT", "asserted", ("KEN",), ("UGA",))),
    ],
)
def test_judging_verbs_borders_and_speaking_to(extract: Extract, text: str, expected: Typed) -> None:
    assert expected in typed(extract(text))


def test_judging_verb_needs_an_evaluative_word(extract: Extract) -> None:
    # a neutral description judges nobody
    events = extract("The Kenyan president called Uganda's proposal detailed and long.")
    assert not [e for e in events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        # defending oneself supports nobody; "back down" is no backing
        "Niger threatened Mali on Monday. Mali said it would defend itself.",
        "Niger threatened Mali on Monday. Mali said it would not back down.",
    ],
)
def test_no_support_without_a_supported_one(extract: Extract, text: str) -> None:
    assert {e.event_type for e in extract(text)} == {"THREATEN"}


@pytest.mark.parametrize("where", ["near Khartoum", "inside Sudan"])
def test_attack_on_a_place_of_another_state(extract: Extract, where: str) -> None:
    events = extract(f"Ethiopian jets bombed a camp {where} on Tuesday.")
    assert ("ASSAULT", "asserted", ("ETH",), ("SDN",)) in typed(events)


NEWS_DAY_STORY = (
    "NAIROBI, March 10 (Wire) - Kenya and Uganda signed a border accord in Kampala on Tuesday.\n\n"
    "Kenya's foreign minister told reporters that Uganda had asked for more time on the fishing rules.\n\n"
    "Uganda praises Kenya for its patience, the two governments say."
)


def test_acts_told_in_the_past_take_the_lead_day(extract: Extract) -> None:
    # published Wednesday 10 March; the lead's news is Tuesday's, and so is the request told later
    events = extract(NEWS_DAY_STORY, "2021-03-10")
    request = next(e for e in events if e.event_type == "REQUEST")
    assert (request.date, request.date_source) == ("2021-03-09", "discourse")
    # told in the present: the publication day
    support = next(e for e in events if e.event_type == "SUPPORT")
    assert (support.date, support.date_source) == ("2021-03-10", "publication")


def test_no_news_day_when_the_lead_is_the_publication_day(extract: Extract) -> None:
    story = NEWS_DAY_STORY.replace("on Tuesday", "on Wednesday")
    request = next(e for e in extract(story, "2021-03-10") if e.event_type == "REQUEST")
    assert (request.date, request.date_source) == ("2021-03-10", "publication")


def test_official_titled_without_a_state_serves_the_dateline_state(extract: Extract) -> None:
    text = ("LUSAKA, June 2 (Wire) - Deputy Foreign Minister Mary Banda criticised Malawi on Tuesday "
            "over the closure of the border.")
    assert ("ACCUSE", "asserted", ("ZMB",), ("MWI",)) in typed(extract(text, "2021-06-02"))
    # without a dateline nothing says whose minister she is
    assert not typed(extract(text.split(" - ", 1)[1], "2021-06-02"))


def test_family_name_alone_is_the_person_named_before(extract: Extract) -> None:
    # the entity recogniser may take a lone family name for an organisation
    text = "Chinese Foreign Minister Wang Yi met Blinken on Monday. Wang also criticised Japan."
    assert ("ACCUSE", "asserted", ("CHN",), ("JPN",)) in typed(extract(text))


def test_judging_word_of_a_judging_verb_is_no_second_act(extract: Extract) -> None:
    # "as illegal" says how Kenya condemned; it is no accusation of its own by the speaker of the sentence
    text = ("Tanzanian troops seized the Ugandan border town of Mutukula on Monday. Once Kenya and other "
            "governments had denounced the occupation as unlawful, Tanzania's president said on Friday that "
            "the troops would go home.")
    assert not [e for e in extract(text) if e.event_type == "ACCUSE" and "TZA" in {a.code for a in e.actor}]


@pytest.mark.parametrize("noun", ["the move", "the seizure", "the occupation"])
def test_judged_act_means_its_doer(extract: Extract, noun: str) -> None:
    text = f"Tanzanian troops seized the Ugandan border town of Mutukula on Monday. Kenya condemned {noun} on Tuesday."
    assert ("ACCUSE", "asserted", ("KEN",), ("TZA",)) in typed(extract(text))


def test_judged_act_with_its_owner_named_is_not_looked_up(extract: Extract) -> None:
    text = ("Tanzanian troops seized the Ugandan border town of Mutukula on Monday. "
            "Kenya condemned Burundi's move on Tuesday.")
    assert ("ACCUSE", "asserted", ("KEN",), ("BDI",)) in typed(extract(text))
    assert not [e for e in extract(text) if e.event_type == "ACCUSE" and "TZA" in {r.code for r in e.recipient}]


@pytest.mark.parametrize(
    "text,legs",
    [
        ("Kenya's foreign minister flew first to Kampala on March 7 and then to Kigali a day later.",
         {("UGA", "2021-03-07"), ("RWA", "2021-03-08")}),
        ("The Kenyan president visited Uganda on Monday and Rwanda on Tuesday.",
         {("UGA", "2021-03-08"), ("RWA", "2021-03-09")}),
    ],
)
def test_a_journey_is_one_visit_per_destination(extract: Extract, text: str, legs: set[tuple[str, str]]) -> None:
    visits = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert {(e.recipient[0].code, e.date) for e in visits} == legs
    assert all([a.code for a in e.actor] == ["KEN"] for e in visits)


def test_a_meeting_and_another_act_are_no_journey(extract: Extract) -> None:
    events = extract("The Kenyan president met Uganda's president on Monday and praised Rwanda.")
    assert [(e.event_type, e.participants()) for e in events if e.event_type == "CONSULT"] == [
        ("CONSULT", frozenset({"KEN", "UGA"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian warplanes struck a rebel depot near Gallabat, inside Sudan, on Tuesday.",
        "Ethiopian jets bombed a camp near Kassala on Tuesday.",
    ],
)
def test_strikes_by_weapons_or_on_places(extract: Extract, text: str) -> None:
    assert ("ASSAULT", "asserted", ("ETH",), ("SDN",)) in typed(extract(text))


@pytest.mark.parametrize("text", ["The storm hit Sudan on Tuesday.",
                                  "Sudan's army struck a deal with Ethiopia on Tuesday."])
def test_strike_needs_a_military_doer_or_target(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.event_type == "ASSAULT"]


def test_denying_a_hand_in_an_attack_negates_it(extract: Extract) -> None:
    text = ("Ugandan jets bombed a camp near Busia on Monday, in Kenya. "
            "Uganda has denied any involvement in that attack.")
    assaults = [e for e in extract(text) if e.event_type == "ASSAULT"]
    negated = [e for e in assaults if e.modality == "negated"]
    assert negated and all([a.code for a in e.actor] == ["UGA"] for e in negated)
    assert all(e.modality != "asserted" for e in assaults if "denied" in e.text_info[0].text)


@pytest.mark.parametrize(
    "text",
    [
        "\"We will bomb Ugandan positions if Uganda attacks again,\" Kenya's defence minister said.",
        "Kenya's defence minister said Kenya would bomb Ugandan positions if Uganda attacked again.",
    ],
)
def test_threats_are_made_when_said(extract: Extract, text: str) -> None:
    threats = [e for e in extract(text) if e.event_type == "THREATEN"]
    assert [(e.modality, e.date, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in threats] == [
        ("asserted", "2021-03-10", ["KEN"], ["UGA"])]


def test_a_planned_deployment_is_no_threat(extract: Extract) -> None:
    events = extract("Kenya will deploy troops to the border with Uganda next week.")
    assert [(e.event_type, e.modality) for e in events] == [("MOBILIZE", "future")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ghana is willing to send vaccines to Liberia, its health minister said.",
         ("AGREE", "asserted", ("GHA", "LBR"), ())),
        ("Chile is prepared to resume talks with Bolivia.", ("AGREE", "asserted", ("BOL", "CHL"), ())),
        # a withdrawal offered is a concession (codebook section 2)
        ("Eritrea says it is willing to withdraw its soldiers from Ethiopia.",
         ("CONCEDE", "asserted", ("ERI",), ("ETH",))),
    ],
)
def test_readiness_to_cooperate_is_an_offer(extract: Extract, text: str, expected: Typed) -> None:
    found = typed(extract(text))
    if expected[0] == "AGREE":  # symmetric: compare the set of participants
        found = {(t, m, tuple(sorted(a + r)), ()) for t, m, a, r in found}
    assert expected in found


def test_a_passive_condition_names_no_doer(extract: Extract) -> None:
    events = extract("Canada would send aircraft to protect Latvia if it were invaded.")
    assert not [e for e in events if e.event_type == "ASSAULT"]


def test_armed_groups_are_their_state_s_armed_opposition(extract: Extract) -> None:
    [attack] = [e for e in extract("Hezbollah fired rockets at Israel on Monday.") if e.event_type == "ASSAULT"]
    assert [(a.code, a.sector) for a in attack.actor] == [("LBN", "REB")]
    assert [r.code for r in attack.recipient] == ["ISR"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya cancelled a meeting with Uganda's foreign minister on Thursday.",
        "Kenya retaliated on Thursday by cancelling a meeting between its foreign minister and Uganda's.",
        "Kenya walked out of the border talks with Uganda on Monday.",
        "Kenya withdrew from the talks with Uganda on Monday.",
        "Kenya boycotted the summit with Uganda on Monday.",
    ],
)
def test_refusing_a_meeting_refuses_its_other_side(extract: Extract, text: str) -> None:
    events = extract(text)
    assert ("REJECT", "asserted", ("KEN",), ("UGA",)) in typed(events)
    assert not [e for e in events if e.event_type == "CONSULT" and e.modality == "asserted"]


def test_undated_background_act_borrows_no_party_in_focus(extract: Extract) -> None:
    text = ("Kenya's president met Uganda's president in Kampala on Monday. Nairobi had once negotiated to import "
            "electricity from a foreign utility but abandoned the idea in 2016.")
    consults = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert [(e.participants(), e.date) for e in consults] == [(frozenset({"KEN", "UGA"}), "2021-03-08")]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Kenya thanked Pope Francis on Wednesday.", "2015-03-10", ("SUPPORT", "asserted", ("KEN",), ("VAT",))),
        ("Kenya laid the blame on Uganda for the clashes.", "2021-03-10", ("ACCUSE", "asserted", ("KEN",), ("UGA",))),
        ("Two Ugandan fighter jets violated Kenya's airspace on Wednesday.", "2021-03-10",
         ("MOBILIZE", "asserted", ("UGA",), ("KEN",))),
        ("Uganda fired ballistic missiles into the sea near Kenya on Thursday.", "2021-03-10",
         ("MOBILIZE", "asserted", ("UGA",), ("KEN",))),
    ],
)
def test_more_wording_of_news(extract: Extract, text: str, published: str, expected: Typed) -> None:
    assert expected in typed(extract(text, published))


def test_a_meal_with_someone_is_a_meeting(extract: Extract) -> None:
    events = extract("Kenya's president will have lunch with Uganda's president in Kampala next Tuesday.")
    assert [(e.event_type, e.modality, e.participants()) for e in events] == [
        ("CONSULT", "future", frozenset({"KEN", "UGA"}))]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("A Kenyan court sentenced a Ugandan journalist to eight years in 2017.", "2021-03-10",
         ("SANCTION", "asserted", ("KEN",), ("UGA",))),
        ("Kenya's leaders gave Mali's military rulers ten days to restore the elected government.", "2021-03-10",
         ("REQUEST", "asserted", ("KEN",), ("MLI",))),
    ],
)
def test_courts_and_ultimatums(extract: Extract, text: str, published: str, expected: Typed) -> None:
    assert expected in typed(extract(text, published))


def test_supporting_a_proposal_supports_its_author(extract: Extract) -> None:
    text = "Uganda offered to send troops to Somalia on Monday. Kenya supported this offer."
    assert ("SUPPORT", "asserted", ("KEN",), ("UGA",)) in typed(extract(text))


def test_war_declared_and_told(extract: Extract) -> None:
    assert ("THREATEN", "asserted", ("UGA",), ("KEN",)) in typed(extract("Uganda declared war on Kenya on Tuesday."))
    told = "Kenya's foreign minister told reporters in Arusha on Tuesday that Uganda had declared war on Kenya."
    # a claim of a hostile act is the teller's accusation (codebook section 9), not the act as fact
    assert typed(extract(told)) == {("ACCUSE", "asserted", ("KEN",), ("UGA",))}


def test_the_means_shares_the_act_s_date(extract: Extract) -> None:
    [reject] = [e for e in extract("Kenya hit back on Thursday by cancelling a meeting with Uganda's foreign minister.")
                if e.event_type == "REJECT"]
    assert (reject.date, reject.date_source) == ("2021-03-04", "text")


def test_a_conjoined_verb_keeps_its_own_date(extract: Extract) -> None:
    text = "Police detained her at the airport in March 2016, and a Kenyan court sentenced the Ugandan trader in 2018."
    [sentence] = [e for e in extract(text, "2014-12-17") if e.event_type == "SANCTION"]
    assert sentence.date == "2018"




def test_it_in_what_is_said_is_the_speaker(extract: Extract) -> None:
    text = ("The African Union mission in Somalia announced on Sunday that it had deployed extra soldiers to Kismayo, "
            "after Kenya's president met Somalia's president.")
    moves = [e for e in extract(text, "2021-03-08") if e.event_type == "MOBILIZE"]
    assert moves and all([a.code for a in e.actor] == ["IGO"] for e in moves)


def test_threatened_attacks_are_a_threat_not_attacks(extract: Extract) -> None:
    events = extract("Kenya threatened on Monday to carry out new raids inside Uganda.")
    assert {(e.event_type, e.modality) for e in events} == {("THREATEN", "asserted")}
    assert ("THREATEN", "asserted", ("KEN",), ("UGA",)) in typed(events)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The African Union chairman offered Kenya the union's full solidarity.",
         ("SUPPORT", "asserted", ("IGO",), ("KEN",))),
        ("Kenya deployed 300 riot police officers to the border with Uganda on Tuesday.",
         ("MOBILIZE", "asserted", ("KEN",), ("UGA",))),
        ("Ugandan troops occupied a hill inside Kenya in 2009.",
         ("COERCE", "asserted", ("UGA",), ("KEN",))),
        ("Kenya sent 300 Ugandan migrants back across the border on Friday.",
         ("COERCE", "asserted", ("KEN",), ("UGA",))),
    ],
)
def test_solidarity_police_occupation_and_returns(extract: Extract, text: str, expected: Typed) -> None:
    assert expected in typed(extract(text))


def test_troops_taking_up_positions_move(extract: Extract) -> None:
    events = extract("Kenyan troops took up positions along the border at dawn.")
    assert [(e.event_type, e.mode, [a.code for a in e.actor]) for e in events] == [("MOBILIZE", "troops", ["KEN"])]


def test_speaker_urges_after_a_claim_about_someone_else_s_borders(extract: Extract) -> None:
    text = ("Kenya's foreign minister said on Tuesday that Tanzania's islands were African soil and urged "
            "Uganda to withdraw its boats.")
    assert typed(extract(text)) == {("REQUEST", "asserted", ("KEN",), ("UGA",))}


def test_the_pair_is_the_two_leaders(extract: Extract) -> None:
    text = ("Kenya's president and Uganda's president met in Kampala on Monday. "
            "The pair had also talked by phone on Sunday.")
    calls = [e for e in extract(text) if e.event_type == "CONSULT" and e.mode == "phone"]
    assert [(e.participants(), e.date) for e in calls] == [(frozenset({"KEN", "UGA"}), "2021-03-07")]


def test_sending_detainees_home_releases_them(extract: Extract) -> None:
    text = "Kenya sent two detained Ugandan agents home on Tuesday."
    assert ("RETREAT", "asserted", ("KEN",), ("UGA",)) in typed(extract(text))


@pytest.mark.parametrize("act", ["standing behind Tanzania", "supporting Tanzania", "backing Tanzania"])
def test_what_someone_is_accused_of_is_no_fact(extract: Extract, act: str) -> None:
    events = extract(f"Uganda accused Kenya on Sunday of {act}.")
    assert {e.event_type for e in events} == {"ACCUSE"}


def test_acts_of_one_type_and_other_modes_are_two_records(extract: Extract) -> None:
    text = "Kenya cut diplomatic ties with Uganda and told its envoys to go home."
    events = extract(text)
    modes = sorted(e.mode or "" for e in events if e.event_type == "SANCTION")
    assert modes == ["discontinue", "expel"]
    assert len({e.id for e in events}) == len(events)  # each record its own id: the store keeps both


def test_protesters_with_no_nationality_are_the_people_of_the_place(extract: Extract) -> None:
    events = extract("Hundreds of demonstrators rallied near Uganda's embassy in Nairobi on Monday.")
    assert ("PROTEST", "asserted", ("KEN",), ("UGA",)) in typed(events)
    [protest] = [e for e in events if e.event_type == "PROTEST"]
    assert protest.actor[0].sector == "CVL"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Kenya expressed concern to Uganda on Monday over the closure of the border.", "2021-03-10",
         ("ACCUSE", "asserted", ("KEN",), ("UGA",))),
        # the rule's preposition is the second "on" of the verb
        ("On Saturday night several hundred Kenyan students converged on the Ugandan embassy in Nairobi.", "2021-03-09",
         ("PROTEST", "asserted", ("KEN",), ("UGA",))),
    ],
)
def test_concern_and_protesters_converging(extract: Extract, text: str, published: str, expected: Typed) -> None:
    assert expected in typed(extract(text, published))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the clause "after" opens happened that long before the main clause (here: publication)
        ("The walkout comes four days after Ecuador and Colombia agreed to reopen their border.",
         ("AGREE", "2021-03-06")),
        # ... or before the main clause's own date; Duckling alone reads "the two" as a day of the month
        ("Oman recalled its envoy to Yemen on 2 March, two weeks after Yemen and Oman signed a fishing accord "
         "in Muscat.", ("AGREE", "2021-02-16")),
        # a clause told in the past counts from the last day the text gave
        ("Kenyan and Somali troops exchanged fire on 4 March. The clash came a day after Somalia expelled "
         "the Kenyan ambassador.", ("SANCTION", "2021-03-03")),
        # months and years keep their grain
        ("The expulsions came a month after Latvia summoned the Belarusian ambassador.",
         ("ACCUSE", "2021-02")),
        # "before": the clause's act comes later than the main one
        ("Estonia praised Finland on 1 March, three days before the Finnish president arrived in Tallinn.",
         ("CONSULT", "2021-03-04")),
    ],
)
def test_span_of_time_dates_clause_against_main_act(extract: Extract, text: str,
                                                    expected: tuple[str, str]) -> None:
    assert expected in {(e.event_type, e.date) for e in extract(text)}


def test_span_of_time_before_a_noun_dates_nothing(extract: Extract) -> None:
    # "two days after the vote": the act named by a noun has no date here, the main act keeps its own
    events = extract("Two days after the vote, Panama recalled its ambassador from Cuba on Friday.")
    assert {(e.event_type, e.date) for e in events} == {("SANCTION", "2021-03-05")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act only a state does, in the passive without its doer: the state where it was done
        ("Two Dutch reporters were detained in Minsk on Monday.", ("COERCE", ("BLR",), ("NLD",))),
        ("The Iranian envoy was summoned to the foreign ministry in Canberra on Tuesday.",
         ("ACCUSE", ("AUS",), ("IRN",))),
        # ... or where the dateline is
        ("OSLO, March 9 (Agency) - The Russian charge d'affaires was summoned on Tuesday over the "
         "fishing dispute.", ("ACCUSE", ("NOR",), ("RUS",))),
    ],
)
def test_passive_state_act_done_where_it_happened(extract: Extract, text: str,
                                                  expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert expected in got


def test_passive_act_without_doer_of_other_kinds_stays_unrecorded(extract: Extract) -> None:
    # the codebook records no act whose doer the article does not name, unless only a state does it
    assert extract("Two Dutch reporters were attacked in Minsk on Monday.") == []


def test_missiles_fired_into_a_states_waters_target_it_and_its_protest_answers(extract: Extract) -> None:
    events = extract("Iran fired two missiles into Oman's waters on Monday. Muscat lodged its protest "
                     "through diplomatic channels within hours.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("MOBILIZE", ("IRN",), ("OMN",)) in got
    assert ("ACCUSE", ("OMN",), ("IRN",)) in got


def test_both_sides_are_others_than_who_addresses_them_and_may_be_named_by_demonyms(extract: Extract) -> None:
    # the two sides were named only as modifiers ("Peruvian and Ecuadorian patrols"); the speaker's
    # own state, named in the same sentence, is not one of them
    events = extract("Peruvian and Ecuadorian patrols have faced each other along the Cenepa river for weeks. "
                     "Brazil's foreign minister, Mauro Vieira, urged both sides on Monday to pull back their forces.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(sorted(r.code for r in e.recipient)))
           for e in events}
    assert ("REQUEST", ("BRA",), ("ECU", "PER")) in got


def test_the_two_governments_are_the_pair_just_told_together_not_the_most_named_state(extract: Extract) -> None:
    text = ("LA PAZ (Agency) - Bolivia's foreign minister said on Monday that Bolivia was ready to help its "
            "neighbours. Chile and Peru agreed on Tuesday to let Bolivian customs officers observe the Tacna "
            "crossing, ending a quarrel over stranded trucks. Under the deal, the two governments invited "
            "Bolivia to post inspectors at the border.")
    got = {(e.event_type, tuple(sorted(a.code for a in e.actor)), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert ("AGREE", ("CHL", "PER"), ("BOL",)) in got


def test_a_preposition_of_time_is_no_particle_of_the_verb(extract: Extract) -> None:
    # "called ... on Monday" is no "call on" (a request); the judging verb reads its evaluative word
    events = extract("Latvia closed its border with Belarus on Sunday. Belarus's foreign minister called "
                     "the decision deeply hostile on Monday.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("ACCUSE", ("BLR",), ("LVA",)) in got
    assert not any(t == "REQUEST" for t, _, _ in got)


def test_the_government_or_junta_with_no_state_is_the_article_s_state(extract: Extract) -> None:
    events = extract("Soldiers in Gabon seized power on Sunday. On Monday the junta accused Cameroon of "
                     "sheltering the deposed president. The government also expelled the Belgian ambassador.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("ACCUSE", ("GAB",), ("CMR",)) in got
    assert ("SANCTION", ("GAB",), ("BEL",)) in got


def test_the_government_stays_unknown_when_two_states_are_named_alike(extract: Extract) -> None:
    events = extract("Chad and Sudan traded accusations on Sunday. The government expelled the Belgian ambassador.")
    assert not any(e.event_type == "SANCTION" for e in events)


def test_a_place_where_someone_arrived_named_before_them(extract: Extract) -> None:
    # "where" stands for "in Hanoi"; "she", told before anyone, is the sentence's subject
    events = extract("In Hanoi, where she arrived on Friday for a three-day trip, Australian Foreign Minister "
                     "Penny Wong signed a maritime pact with Vietnam.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("CONSULT", ("AUS",), ("VNM",)) in got


def test_a_promise_is_to_whom_the_promised_act_is_for(extract: Extract) -> None:
    events = extract("Portugal's prime minister has vowed to maintain development aid to Angola.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("AGREE", ("PRT",), ("AGO",)) in got


def test_that_attack_takes_the_date_of_the_attack_told_before_even_without_a_doer(extract: Extract) -> None:
    # the ambush has no doer (no event of its own), yet "that attack" is it, and is dated by it
    events = extract("Chad's army said the 3 March ambush near Bol killed nine of its soldiers. Niger has "
                     "denied any part in that attack on Chadian troops.")
    assert {(e.event_type, e.modality, e.date) for e in events} == {("ASSAULT", "negated", "2021-03-03")}


def test_coordinated_verbs_share_the_first_act_s_partner(extract: Extract) -> None:
    events = extract("Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on Monday "
                     "and signed a railway accord.")
    got = {(e.event_type, tuple(sorted(m.code for m in e.actor + e.recipient))) for e in events}
    assert ("AGREE", ("MWI", "ZMB")) in got


def test_a_partitive_subject_is_the_noun_it_takes_part_of(extract: Extract) -> None:
    events = extract("Three of Algeria's warships entered Moroccan waters on Monday.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("MOBILIZE", ("DZA",), ("MAR",)) in got


@pytest.mark.parametrize(
    "text,expected",
    [
        # one verb, two dates: two events; "a week later" counts from the day told before it
        ("Macron and Scholz spoke by telephone on 1 March and again a week later.",
         {("CONSULT", "2021-03-01"), ("CONSULT", "2021-03-08")}),
        ("Greece summoned the Turkish ambassador on 2 March and again on 5 March.",
         {("ACCUSE", "2021-03-02"), ("ACCUSE", "2021-03-05")}),
        # "again" with no date of its own adds nothing
        ("Greece and Turkey met again on 2 March.", {("CONSULT", "2021-03-02")}),
    ],
)
def test_an_act_told_again_with_its_own_date_is_a_second_event(extract: Extract, text: str,
                                                                expected: set[tuple[str, str]]) -> None:
    assert {(e.event_type, e.date) for e in extract(text)} == expected


def test_a_span_of_time_later_counts_from_the_day_told_before(extract: Extract) -> None:
    events = extract("Macron and Scholz spoke by telephone on 1 March. They met in Berlin three days later.")
    assert ("CONSULT", "2021-03-04") in {(e.event_type, e.date) for e in events}


def test_a_meeting_named_after_a_referring_act_noun_is_between_that_act_s_parties(extract: Extract) -> None:
    # "the decision" refers back to the deal just told: the call it followed was between its parties
    events = extract("Laos and Vietnam agreed on Tuesday to open a new rail link. The decision followed a "
                     "telephone call on Friday.")
    got = {(e.event_type, tuple(sorted(m.code for m in e.actor + e.recipient)), e.date) for e in events}
    assert ("CONSULT", ("LAO", "VNM"), "2021-03-05") in got


def test_a_relative_clause_s_subject_made_the_noun_it_lacks_and_the_act_is_told_too(extract: Extract) -> None:
    # the accord is what Tunisia welcomes (its parties are the ones praised) and an event of its own
    events = extract("Tunisia welcomed the accord Libya and Egypt signed on Monday.")
    got = {(e.event_type, tuple(sorted(a.code for a in e.actor)), tuple(sorted(r.code for r in e.recipient)))
           for e in events}
    assert ("SUPPORT", ("TUN",), ("EGY", "LBY")) in got
    assert ("AGREE", ("EGY", "LBY"), ()) in got


def test_a_counterpart_is_an_official_who_can_be_received(extract: Extract) -> None:
    events = extract("Ghana's president received his Togolese counterpart at Jubilee House on Monday.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("CONSULT", ("GHA",), ("TGO",)) in got


@pytest.mark.parametrize(
    "text,expected",
    [
        ("\"We will respond to any further Serbian provocation,\" Kosovo's interior minister wrote on Monday.",
         {("THREATEN", ("KOS",), ("SRB",))}),
        ("Armenia would retaliate if Azerbaijani troops crossed the line again, the Armenian defence minister "
         "said.", {("THREATEN", ("ARM",), ("AZE",))}),
        # told as done, retaliation is no threat (the act it names is coded instead)
        ("Armenia retaliated on Monday by expelling two Azerbaijani diplomats.",
         {("SANCTION", ("ARM",), ("AZE",))}),
    ],
)
def test_force_said_of_the_future_threatens(extract: Extract, text: str,
                                            expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert got == expected


def test_its_is_the_latest_state_told_as_a_subject_in_its_sentence(extract: Extract) -> None:
    # "its" is Armenia (the subject), not Azerbaijan (named after it)
    events = extract("Armenia will retaliate against any Azerbaijani incursion, its defence minister said.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert got == {("THREATEN", ("ARM",), ("AZE",))}


@pytest.mark.parametrize("text", [
    "According to Yerevan, Azerbaijani troops shelled Jermuk on Monday.",
    "Azerbaijani troops shelled Jermuk on Monday, according to Armenia's defence ministry.",
])
def test_an_act_according_to_a_party_is_its_claim(extract: Extract, text: str) -> None:
    got = {(e.event_type, e.mode, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert got == {("ACCUSE", "allege", ("ARM",), ("AZE",))}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Uganda's president announced on 4 March that his troops would withdraw from South Sudan.",
         ("CONCEDE", "2021-03-04")),
        ("Chad's foreign minister said on 5 March that Chad would send food aid to Sudan.", ("AGREE", "2021-03-05")),
        ("Georgia's defence minister said on 2 March that Georgia would retaliate against any Russian incursion.",
         ("THREATEN", "2021-03-02")),
    ],
)
def test_a_promise_or_threat_is_dated_when_it_is_said(extract: Extract, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(e.event_type, e.date) for e in extract(text)}


@pytest.mark.parametrize("text", [
    "Turkey refused on Monday to lift the embargo on Armenian goods.",
    "Turkey has declined to lift the embargo on Armenian goods.",
])
def test_a_refused_concession_is_a_rejection(extract: Extract, text: str) -> None:
    got = {(e.event_type, e.modality, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert got == {("REJECT", "asserted", ("TUR",), ("ARM",))}


def test_a_relative_clause_s_missing_object_is_its_noun(extract: Extract) -> None:
    # "officials it holds responsible": the Moldovan officials are whom the EU holds responsible
    events = extract("The EU imposed sanctions on Monday on five Moldovan officials it holds responsible for "
                     "smuggling arms into Romania.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("ACCUSE", ("EUR",), ("MDA",)) in got
    assert not any(r == ("ROU",) for _, _, r in got)


def test_a_date_between_a_verb_and_its_complement_s_subject_is_the_verb_s(extract: Extract) -> None:
    # "said on Friday it would expel": Friday is when it was said, not when the expulsion is planned;
    # the plan is dated by its announcement (the codebook's rule for promises), from the discourse
    events = extract("Bolivia said on Friday it would expel the Chilean consul.")
    assert {(e.event_type, e.modality, e.date, e.date_source) for e in events} == {
        ("SANCTION", "future", "2021-03-05", "discourse")}
    assert "announced" in events[0].when.reason  # type: ignore[union-attr]


def test_a_finite_verb_parsed_as_a_participle_keeps_its_subject(extract: Extract) -> None:
    events = extract("Speaking late on Friday, the Kenyan foreign minister called on Somalia to recall its "
                     "troops and said Kenya would reinforce its border.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("REQUEST", ("KEN",), ("SOM",)) in got


def test_a_day_earlier_counts_from_the_story_not_from_background_history(extract: Extract) -> None:
    # the 1929 treaty of the paragraph before is background; "a day earlier" is the day before the talks
    text = ("Peru and Chile held talks in Lima on Wednesday, officials said.\n\nThe two countries signed a "
            "border treaty on 3 June 1929.\n\nA day earlier, Peru's foreign minister spoke by telephone with "
            "his Chilean counterpart.")
    events = extract(text, "2021-03-11")
    assert ("CONSULT", "2021-03-09") in {(e.event_type, e.date) for e in events}


def test_in_a_call_is_a_conversation_and_a_call_for_something_is_not(extract: Extract) -> None:
    events = extract("Canada's prime minister thanked his Irish counterpart in a call on Tuesday for hosting the "
                     "summit.")
    assert ("CONSULT", "phone") in {(e.event_type, e.mode) for e in events}
    events = extract("In a call for calm on Tuesday, Norway urged Sweden to reopen the border.")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_sending_ambassadors_back_is_no_deportation(extract: Extract) -> None:
    events = extract("Chile agreed on Monday to send its ambassador back to Peru.")
    assert not any(e.event_type == "COERCE" for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demonym on a proposal names the other party of accepting it
        ("Armenia's government voted on Monday to accept a Russian proposal for a truce.",
         ("AGREE", ("ARM",), ("RUS",))),
        # protesters in cities a demonym names are that state's people
        ("Protesters in several Turkish cities burned effigies of the Swedish prime minister.",
         ("PROTEST", ("TUR",), ("SWE",))),
        # envoys sent "to" a city visit its state
        ("Doha sent two delegations to Kabul on Sunday.", ("CONSULT", ("QAT",), ("AFG",))),
        # force promised in answer
        ("Greece will give a fitting reply to any Turkish provocation, its defence minister said.",
         ("THREATEN", ("GRC",), ("TUR",))),
        # "Congo" alone is the Democratic Republic
        ("Congo recalled its ambassador to Rwanda on Monday.", ("SANCTION", ("COD",), ("RWA",))),
    ],
)
def test_demonyms_envoys_replies_and_congo(extract: Extract, text: str,
                                           expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in extract(text)}
    assert expected in got


@pytest.mark.parametrize("text", [
    "Belarus flew the migrants to Istanbul on Monday.",
    "The medicine that Norway had flown to Nairobi ran out on Monday.",
])
def test_carrying_something_somewhere_is_no_visit(extract: Extract, text: str) -> None:
    assert not any(e.event_type == "CONSULT" for e in extract(text))


def test_a_definite_description_of_a_state_is_the_latest_other_state(extract: Extract) -> None:
    events = extract("Morocco cut ties with Algeria on Monday, accusing the North African state of arming rebels.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("ACCUSE", ("MAR",), ("DZA",)) in got


def test_following_suit_repeats_the_act_told_before_with_a_new_doer(extract: Extract) -> None:
    events = extract("Lithuania expelled two Russian diplomats on 2 March. Latvia and Estonia followed suit "
                     "on 4 March.")
    got = {(e.event_type, tuple(sorted(a.code for a in e.actor)), tuple(r.code for r in e.recipient), e.date)
           for e in events}
    assert ("SANCTION", ("EST", "LVA"), ("RUS",), "2021-03-04") in got
    events = extract("Lithuania expelled two Russian diplomats on 2 March. Finland followed Vilnius within days.")
    assert ("SANCTION", ("FIN",), ("RUS",)) in {(e.event_type, tuple(a.code for a in e.actor),
                                                 tuple(r.code for r in e.recipient)) for e in events}


@pytest.mark.parametrize("text", [
    "A truce between Ethiopia and Eritrea came into force on Monday.",
    "A ceasefire mediated by Kenya took hold between Ethiopia and Eritrea on Monday.",
])
def test_a_truce_taking_hold_is_kept_by_both_sides(extract: Extract, text: str) -> None:
    got = {(e.event_type, e.mode, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in extract(text)}
    assert {("RETREAT", "ceasefire", ("ETH",), ("ERI",)), ("RETREAT", "ceasefire", ("ERI",), ("ETH",))} <= got
    assert not any(t == "RETREAT" and a == ("KEN",) for t, _, a, _ in got)


def test_condemning_what_one_calls_an_act_judges_that_act(extract: Extract) -> None:
    events = extract("Lithuania's president condemned what she called a reckless provocation by Belarus.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("ACCUSE", ("LTU",), ("BLR",)) in got


def test_recognising_a_breakaway_region_supports_against_its_state(extract: Extract) -> None:
    # disputed lands count as their state (codebook section 3); the decrees' signer recognises
    events = extract("On 2 March the Russian president signed decrees recognising the independence of "
                     "Transnistria.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.date)
           for e in events}
    assert ("SUPPORT", ("RUS",), ("MDA",), "2021-03-02") in got
    # blocking a document is not doing what it says
    events = extract("Hungary blocked an EU statement criticising China on Monday.")
    assert not any(e.event_type == "ACCUSE" and [a.code for a in e.actor] == ["HUN"] for e in events)


def test_vowing_to_retaliate_threatens(extract: Extract) -> None:
    events = extract("Azerbaijan vowed on Monday to retaliate against Armenia for the shelling.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("THREATEN", ("AZE",), ("ARM",)) in got


def test_a_given_name_refers_back_in_any_spelling_the_lexicon_knows(extract: Extract) -> None:
    # the lexicon's canonical spelling is "Mohamed"; the article writes "Mohammed"
    events = extract("Egypt's president met Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed, in Cairo on "
                     "Monday. Sheikh Mohammed later invited the Egyptian president to visit Abu Dhabi.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("AGREE", ("ARE",), ("EGY",)) in got


def test_a_meeting_that_brought_parties_together_is_between_them_and_its_chair(extract: Extract) -> None:
    events = extract("A summit chaired by Kenyan President William Ruto brought together Uganda and Tanzania "
                     "in Nairobi on Monday.")
    got = {(e.event_type, tuple(sorted(m.code for m in e.actor + e.recipient))) for e in events}
    assert ("CONSULT", ("KEN", "TZA", "UGA")) in got


def test_each_side_is_the_two_parties_in_focus_not_the_most_named_states(extract: Extract) -> None:
    text = ("Kenya offered on Monday to mediate. Kenya's president said Kenya would send envoys, and Kenya's "
            "parliament backed the plan. Ethiopian and Eritrean troops exchanged fire along the border on "
            "Sunday. Each side accuses the other of firing first.")
    accusations = {(tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
                   for e in extract(text) if e.event_type == "ACCUSE"}
    assert accusations == {(("ERI",), ("ETH",)), (("ETH",), ("ERI",))}


def test_being_concerned_by_something_names_no_doer(extract: Extract) -> None:
    # "concerned by the fighting": the fighting is no subject; the speaker calls on Uganda
    events = extract("The United States said on Wednesday it was deeply concerned by the fighting and called "
                     "on Uganda to withdraw its forces.")
    got = {(e.event_type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient)) for e in events}
    assert ("REQUEST", ("USA",), ("UGA",)) in got
