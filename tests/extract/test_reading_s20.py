"""Readings added in session 20, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import pytest
from reading import Extract, coded, dated, of_type, parties


@pytest.mark.parametrize(("text", "expected"), [
    # officials "from" a state are its officials, as those "of" it are
    ("Negotiators from Fiji and Tonga met in Suva on Monday.", ("CONSULT", ["FJI", "TON"])),
    ("Diplomats from Peru met their Bolivian counterparts in La Paz on Monday.", ("CONSULT", ["BOL", "PER"])),
    ("Representatives of Ghana and Togo met in Lome on Monday.", ("CONSULT", ["GHA", "TGO"])),
])
def test_officials_from_a_state_are_its_officials(extract: Extract, text: str,
                                                  expected: tuple[str, list[str]]) -> None:
    kind, members = expected
    assert [sorted(str(c) for c in parties(e)) for e in of_type(extract(text), kind)] == [members]


def test_a_title_from_no_state_names_none(extract: Extract) -> None:
    # guard: "from" a party is no state
    assert of_type(extract("A minister from the ruling party criticised Japan on Monday."), "ACCUSE") == []


@pytest.mark.parametrize(("text", "owner"), [
    ("Iran seized a Maltese-flagged tanker in the Gulf on Thursday.", "MLT"),
    ("Somali pirates boarded a Danish-owned freighter off Eyl on Monday.", "DNK"),
])
def test_a_hyphenated_owning_participle_names_the_ships_state(extract: Extract, text: str, owner: str) -> None:
    assert [coded(e)[3] for e in extract(text) if e.event_type in ("COERCE", "ASSAULT")] == [[owner]]


def test_an_army_that_reports_its_own_act_is_the_doers(extract: Extract) -> None:
    # "the army" that says what the Israeli jets did is Israel's: the act is told as fact, no claim of the
    # Palestinians (named twice before it)
    events = extract("Israeli jets struck Hamas targets in the Gaza Strip on Tuesday, the army said.")
    assert [(kind, doer, target) for kind, _, doer, target in map(coded, events)] == [("ASSAULT", ["ISR"], ["PSE"])]


def test_an_army_in_a_later_sentence_is_not_taken_from_another_states_troops(extract: Extract) -> None:
    # guard: only in its own sentence does an armed organ of the same sector lend its state
    events = extract("Eritrean troops shelled the Ethiopian town of Zalambessa on Monday. "
                     "Ethiopia said the army had pushed them back.")
    assert all(coded(e)[2] != ["ERI"] or e.event_type == "ASSAULT" for e in events)


def test_meeting_again_on_the_only_date_told_is_one_event(extract: Extract) -> None:
    events = of_type(extract("Ghana and Togo held talks on Monday. The two sides could meet again in June."),
                     "CONSULT")
    assert sorted(str(e.date) for e in events) == ["2021-03-08", "2021-06"]


@pytest.mark.parametrize(("text", "expected"), [
    # a stopped attack told as a gerund is a ceasefire carried out, no attack
    ("Armenia ceased shelling Azerbaijani villages on Monday.", ("RETREAT", "ceasefire", ["ARM"], ["AZE"])),
    ("Sudanese troops stopped firing on Chadian positions on Monday.", ("RETREAT", "ceasefire", ["SDN"], ["TCD"])),
    # a stopped exchange is a sanction
    ("Lithuania stopped buying Russian gas in 2022.", ("SANCTION", "discontinue", ["LTU"], ["RUS"])),
])
def test_a_stopped_act_told_as_a_gerund(extract: Extract, text: str,
                                        expected: tuple[str, str, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


@pytest.mark.parametrize(("text", "day"), [
    # a first name spelt like a month dates nothing
    ("Slovak President Jan Hrdina met Hungarian Prime Minister Peter Kovacs in Bratislava on Monday.", "2021-03-08"),
    ("Dutch Trade Minister June van Dijk visited Accra on Monday.", "2021-03-08"),
])
def test_a_first_name_spelt_like_a_month_is_no_date(extract: Extract, text: str, day: str) -> None:
    assert [str(e.date) for e in extract(text)] == [day]


def test_a_month_after_a_preposition_still_dates(extract: Extract) -> None:
    # guard
    assert [str(e.date) for e in extract("Ghana and Togo met in Lome in May.")] == ["2020-05"]


@pytest.mark.parametrize(("text", "expected"), [
    # calling a person is a phone call
    ("Ghana's president called his Togolese counterpart on Monday.", ("CONSULT", "phone", ["GHA"], ["TGO"])),
    ("Fijian Prime Minister Sitiveni Rabuka called New Zealand's prime minister on Monday to discuss the storm.",
     ("CONSULT", "phone", ["FJI"], ["NZL"])),
])
def test_calling_someone_is_a_phone_call(extract: Extract, text: str,
                                         expected: tuple[str, str, list[str], list[str]]) -> None:
    assert [coded(e) for e in of_type(extract(text), "CONSULT")] == [expected]


@pytest.mark.parametrize("text", [
    # guards: calling someone something, calling on someone, calling in an envoy are no calls
    "Ghana's president called the Togolese leader a coward on Monday.",
    "Ghana called on Togo on Monday to reopen the border.",
    "Ghana called in the Togolese ambassador on Monday.",
])
def test_calling_someone_something_is_no_phone_call(extract: Extract, text: str) -> None:
    assert of_type(extract(text), "CONSULT") == []


def test_calling_in_an_envoy_parsed_as_a_preposition_is_a_summons(extract: Extract) -> None:
    events = extract("Ghana called in the Togolese ambassador on Monday.")
    assert [coded(e) for e in events] == [("ACCUSE", "disapprove", ["GHA"], ["TGO"])]


def test_a_past_act_after_a_denied_one_keeps_its_own_modality(extract: Extract) -> None:
    text = "Niger said its army had not crossed into Mali, and urged Bamako to reopen the border."
    assert [(e.event_type, e.modality) for e in of_type(extract(text), "REQUEST")] == [("REQUEST", "asserted")]


def test_agreeing_not_to_act_is_an_agreement(extract: Extract) -> None:
    events = extract("Eritrea and Djibouti agreed on Monday not to use force against each other.")
    assert [(e.event_type, sorted(str(c) for c in parties(e))) for e in events] == [("AGREE", ["DJI", "ERI"])]


def test_a_warning_to_ones_own_citizens_threatens_no_one(extract: Extract) -> None:
    assert extract("Canada warned its citizens against travel to Haiti on Monday.") == []


def test_a_warning_to_another_state_still_threatens(extract: Extract) -> None:
    # guard
    assert [coded(e)[2:] for e in of_type(extract("Canada warned Haiti on Monday against expelling its diplomats."),
                                          "THREATEN")] == [(["CAN"], ["HTI"])]


def test_a_verb_spelt_like_a_feast_is_no_date(extract: Extract) -> None:
    # "lent" is no Lent
    assert [str(e.date) for e in extract("Japan lent Kenya $200 million on Monday.")] == ["2021-03-08"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico raised tariffs on South Korean cars on Monday.", ("SANCTION", "discontinue", ["MEX"], ["KOR"])),
    ("Turkey doubled duties on American rice on Monday.", ("SANCTION", "discontinue", ["TUR"], ["USA"])),
    ("Australia took China to the World Trade Organization on Monday.", ("ACCUSE", "allege", ["AUS"], ["CHN"])),
    ("The African Union lifted Mali's suspension on Monday.", ("RETREAT", None, ["IGO"], ["MLI"])),
    ("Chile recalled Ambassador Tomas Reyes from Lima on Monday.", ("SANCTION", "withdraw", ["CHL"], ["PER"])),
])
def test_more_wording_of_known_acts(extract: Extract, text: str,
                                    expected: tuple[str, str | None, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


def test_answering_in_kind_threatens_whoever_acted(extract: Extract) -> None:
    text = "Latvia expelled two Russian diplomats on Monday. Moscow said it would respond in kind."
    assert [coded(e)[2:] for e in of_type(extract(text), "THREATEN")] == [(["RUS"], ["LVA"])]


def test_telling_an_envoy_something_is_no_expulsion(extract: Extract) -> None:
    # guard: an envoy told a thing, not told to leave
    assert of_type(extract("Spain told Ambassador Karim Idrissi on Monday that the fence was a shared duty."),
                   "SANCTION") == []


@pytest.mark.parametrize(("text", "asked"), [
    # a request in the purpose or the participle of an act done to or with someone is made of them
    ("Norway summoned Iran's envoy on Monday to demand the release of the trawler.", ["IRN"]),
    ("Ruto spoke by phone with Museveni on Monday, urging restraint.", ["UGA"]),
])
def test_a_request_made_of_whom_the_act_was_with(extract: Extract, text: str, asked: list[str]) -> None:
    assert [coded(e)[3] for e in of_type(extract(text), "REQUEST")] == [asked]


def test_a_reported_act_without_a_date_takes_the_day_of_the_report(extract: Extract) -> None:
    text = "Kenya has moved troops to its border with Somalia, its defence ministry said on Monday."
    assert dated(extract(text), "MOBILIZE") == [("2021-03-08", "discourse")]


def test_a_reported_act_keeps_its_own_date(extract: Extract) -> None:
    # guard
    text = "Kenya moved troops to its border with Somalia in January, its defence ministry said on Monday."
    assert dated(extract(text), "MOBILIZE") == [("2021-01", "text")]


def test_a_titled_unknown_official_takes_the_state_of_the_scene(extract: Extract) -> None:
    text = "In Hanoi, Foreign Ministry spokesman Tran Van Long condemned the move by Beijing on Monday."
    assert [coded(e)[2:] for e in of_type(extract(text), "ACCUSE")] == [(["VNM"], ["CHN"])]


@pytest.mark.parametrize(("text", "judge", "judged"), [
    # a judgment in a relative clause on an act noun beside a clause judges the clause's doer
    ("Poland expelled two Belarusian diplomats on Monday, a step Minsk condemned.", "BLR", "POL"),
    ("Qatar reopened its embassy in Damascus on Monday, a decision Paris welcomed.", "FRA", "QAT"),
])
def test_a_judgment_of_an_apposed_act(extract: Extract, text: str, judge: str, judged: str) -> None:
    assert [coded(e)[2:] for e in extract(text) if e.event_type in ("ACCUSE", "SUPPORT")] == [([judge], [judged])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan gave $300 million to Ghana on Monday.", ("AID", ["JPN"], ["GHA"])),
    # a sum pledged for later is a promise (codebook 2: AGREE)
    ("The EU said it would give 20 million euros to Ghana.", ("AGREE", ["EUR"], ["GHA"])),
])
def test_a_sum_given_is_aid(extract: Extract, text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert [(kind, doer, target) for kind, _, doer, target in map(coded, extract(text))] == [expected]


def test_a_relative_clause_on_the_subject_keeps_the_main_act(extract: Extract) -> None:
    # the parser hangs the main verb on a noun of the relative clause; its subject is the sentence's
    text = "Austria, which has repeatedly condemned the raids, called on Belgrade on Monday to pull back its units."
    assert [coded(e)[2:] for e in of_type(extract(text), "REQUEST")] == [(["AUT"], ["SRB"])]


@pytest.mark.parametrize(("text", "kind"), [
    # a simple past joined to a reported clause in the past perfect is the speaker's own act
    ("Lithuania said on Monday that a Russian drone had violated its airspace and demanded an explanation.",
     "REQUEST"),
    ("Chad said on Monday that Sudanese troops had crossed the border, and gave Khartoum two days to pull them out.",
     "REQUEST"),
])
def test_the_speakers_second_act_is_the_speakers(extract: Extract, text: str, kind: str) -> None:
    speaker = "LTU" if text.startswith("Lithuania") else "TCD"
    assert [coded(e)[2] for e in of_type(extract(text), kind)] == [[speaker]]


@pytest.mark.parametrize(("text", "kind", "when"), [
    # months counted from the month told
    ("Eritrea condemned the accord in March 2019 before recalling its envoy from Addis Ababa four months later.",
     "SANCTION", "2019-07"),
    ("Eritrea condemned the accord in March 2019. Four months later it recalled its envoy from Addis Ababa.",
     "SANCTION", "2019-07"),
])
def test_months_later_count_from_the_month_told(extract: Extract, text: str, kind: str, when: str) -> None:
    assert [str(e.date) for e in of_type(extract(text), kind)] == [when]


def test_days_later_still_count_from_the_day_told(extract: Extract) -> None:
    # guard
    text = "Eritrea and Ethiopia met on 3 March 2019. Two days later they signed an accord."
    assert [str(e.date) for e in of_type(extract(text), "AGREE")] == ["2019-03-05"]


@pytest.mark.parametrize("text", [
    # a denial told in an apposition on the claim
    "Niger accused Mali on Monday of arming the militants, a charge Mali has denied.",
    "Niger accused Mali on Monday of arming the militants, a charge Bamako rejected on Tuesday.",
])
def test_a_denial_in_an_apposition_negates_the_claimed_act(extract: Extract, text: str) -> None:
    assert [(e.event_type, e.modality, coded(e)[2]) for e in extract(text) if e.modality == "negated"] == [
        ("AID", "negated", ["MLI"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Eritrea said on Monday that any Ethiopian incursion would be met with force.",
     ("THREATEN", "violence", ["ERI"], ["ETH"])),
    ("Armenia raised its combat readiness along the border with Azerbaijan on Monday.",
     ("MOBILIZE", "troops", ["ARM"], [])),
    ("The EU froze funds for Poland on Monday.", ("SANCTION", "discontinue", ["EUR"], ["POL"])),
    ("Latvia pulled its envoy from Minsk on Monday.", ("SANCTION", "withdraw", ["LVA"], ["BLR"])),
    ("Cairo branded the Ethiopian decision an act of aggression on Monday.",
     ("ACCUSE", "disapprove", ["EGY"], ["ETH"])),
])
def test_more_wording_and_parses(extract: Extract, text: str,
                                 expected: tuple[str, str, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


@pytest.mark.parametrize(("text", "target"), [
    # the body a case is brought to is the forum, not a party
    ("Bolivia filed a case against Chile at the International Court of Justice in 2013.", ["CHL"]),
    ("Georgia lodged a complaint with the UN against Russia on Monday.", ["RUS"]),
])
def test_a_court_where_a_case_is_filed_is_no_party(extract: Extract, text: str, target: list[str]) -> None:
    assert [coded(e)[3] for e in of_type(extract(text), "ACCUSE")] == [target]


def test_a_complaint_to_a_body_alone_is_made_to_it(extract: Extract) -> None:
    # guard: with no state named, the body stays
    assert [coded(e)[3] for e in of_type(extract("Peru filed a complaint with the OAS on Monday."), "ACCUSE")] == [
        ["IGO"]]


def test_a_state_that_does_not_recognise_another_is_a_standing_state(extract: Extract) -> None:
    # codebook 9: standing states are no events
    assert extract("Morocco does not recognise the Sahrawi Republic.") == []


def test_having_nothing_to_do_with_an_act_denies_it(extract: Extract) -> None:
    # codebook 9: a denial of an act is that act, negated, by the denier
    events = extract("Belarus said on Monday it had nothing to do with the attack on Lithuania.")
    assert [(e.event_type, e.modality, coded(e)[2], coded(e)[3]) for e in events] == [
        ("ASSAULT", "negated", ["BLR"], ["LTU"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting between two sides, judged, judges both; the judge was not at it
    ("The African Union welcomed the talks between Sudan and Chad on Monday.",
     [("SUPPORT", ["IGO"], ["SDN", "TCD"])]),
    ("Beijing condemned the meeting between Japan and Taiwan on Monday.",
     [("ACCUSE", ["CHN"], ["JPN", "TWN"]), ("CONSULT", ["JPN"], ["TWN"])]),
])
def test_a_judged_meeting_judges_its_sides(extract: Extract, text: str,
                                           expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert [(kind, doer, target) for kind, _, doer, target in map(coded, extract(text))] == expected
