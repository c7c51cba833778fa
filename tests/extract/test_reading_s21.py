"""Readings added in session 21, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import Extract, coded, dated, of_type, parties

from communique.resolve.dates import DateResolver


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(("phrase", "value"), [
    ("Talks stalled in early 2019.", "2019"),
    ("The pact lapsed in mid-2018.", "2018"),
    ("Trade fell sharply in late 2016.", "2016"),
    ("Tariffs rose in the first half of 2017.", "2017"),
    ("Relations thawed at the start of 2015.", "2015"),
])
def test_a_year_after_a_modifier_is_a_date(resolver: DateResolver, phrase: str, value: str) -> None:
    # the date parser answers nothing for "early 2019" as a whole; the year is the date
    assert [m.value for m in resolver.find(phrase, dt.date(2021, 3, 10))] == [value]


def test_a_number_after_a_modifier_that_is_no_year_is_no_date(resolver: DateResolver) -> None:
    # guard: an amount is no year
    assert resolver.find("The fund grew to $2500 late on Friday.", dt.date(2021, 3, 10))[0].text != "2500"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ties with Lima have been cool since early 2019, when Quito expelled the Peruvian ambassador.",
     [("2019", "text")]),
    # the "when" clause hung by the parser on the noun before the date
    ("Hopes rose after a thaw begun in June, when Quito expelled the Peruvian ambassador.",
     [("2020-06", "text")]),
])
def test_a_when_clause_after_a_time_tells_of_that_time(extract: Extract, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert dated(extract(text), "SANCTION") == expected


@pytest.mark.parametrize("text", [
    "Norway's foreign minister met Kenya's president on Monday and Uganda's president on Tuesday.",
    "Norway's foreign minister spoke with Kenya's president on Monday and with Uganda's president the next day.",
])
def test_talks_with_a_further_party_on_a_date_of_its_own_are_a_second_meeting(extract: Extract, text: str) -> None:
    assert sorted((coded(e)[3][0], str(e.date)) for e in of_type(extract(text), "CONSULT")) == [
        ("KEN", "2021-03-08"), ("UGA", "2021-03-09")]


def test_talks_with_two_parties_on_one_date_are_one_meeting(extract: Extract) -> None:
    # guard: no date of its own, no second meeting
    events = of_type(extract("Norway's foreign minister met Kenya's president and Uganda's president on Monday."),
                     "CONSULT")
    assert len(events) == 1


def test_a_denial_the_act_is_conjoined_to_lends_it_its_day(extract: Extract) -> None:
    # the day of a denial is kept from the act it denies, not from an act told beside it
    events = extract("Chile on Monday dismissed the report and accused Lima of staging the incident.")
    assert dated(events, "ACCUSE") == [("2021-03-08", "text")]


def test_a_denied_act_does_not_take_the_day_of_its_denial(extract: Extract) -> None:
    # guard
    events = extract("Chile on Monday denied shelling Peruvian border posts.")
    assert len(of_type(events, "ASSAULT")) == 1
    assert dated(events, "ASSAULT") != [("2021-03-08", "text")]


@pytest.mark.parametrize("text", [
    "Paraguay halted Bolivian gas imports on Monday. Brazil voiced concern over the halt.",
    "Paraguay halted Bolivian gas imports on Monday. Uruguay expressed alarm about the halt.",
])
def test_concern_over_an_act_judges_its_doer(extract: Extract, text: str) -> None:
    assert [coded(e)[2:] for e in of_type(extract(text), "ACCUSE")] == [(coded(e)[2], ["PRY"])
                                                                           for e in of_type(extract(text), "ACCUSE")]
    assert of_type(extract(text), "ACCUSE")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya is deeply concerned about Somalia's decision.", (["KEN"], ["SOM"])),
    ("Oman said it was alarmed by the Yemeni troop build-up.", (["OMN"], ["YEM"])),
    ("Fiji said it was troubled by Tonga's remarks.", (["FJI"], ["TON"])),
])
def test_a_state_felt_about_anothers_act_is_disapproval(extract: Extract, text: str,
                                                        expected: tuple[list[str], list[str]]) -> None:
    assert [tuple(coded(e)[2:]) for e in of_type(extract(text), "ACCUSE")] == [expected]


@pytest.mark.parametrize("text", [
    "The talks concerned Somalia's border with Kenya.",
    "Kenya is worried about its economy.",
])
def test_no_disapproval_without_a_feeling_about_anothers_act(extract: Extract, text: str) -> None:
    assert of_type(extract(text), "ACCUSE") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia held war games near the Estonian border on Monday.", ("MOBILIZE", ["RUS"], ["EST"])),
    ("The Turkish navy entered Greek waters on Monday.", ("MOBILIZE", ["TUR"], ["GRC"])),
    ("A Russian frigate entered Norwegian waters on Monday.", ("MOBILIZE", ["RUS"], ["NOR"])),
    ("Three Chinese coast guard ships sailed into Vietnamese waters on Monday.", ("MOBILIZE", ["CHN"], ["VNM"])),
    ("Pakistan test-fired a cruise missile on Monday.", ("MOBILIZE", ["PAK"], [])),
])
def test_forces_and_their_shows_of_force(extract: Extract, text: str,
                                         expected: tuple[str, list[str], list[str]]) -> None:
    kind, doers, targets = expected
    assert [(coded(e)[0], coded(e)[2], coded(e)[3]) for e in of_type(extract(text), kind)] == [(kind, doers, targets)]


def test_games_that_are_no_war_games_are_no_exercise(extract: Extract) -> None:
    # guard
    assert of_type(extract("Japan held the Asian Games in 1994."), "MOBILIZE") == []


def test_a_priced_sale_is_a_trade_not_aid(extract: Extract) -> None:
    events = extract("Washington approved a $400 million sale of howitzers to Poland on Monday.")
    assert [coded(e)[0] for e in events] == ["COOPERATE"]


@pytest.mark.parametrize("text", [
    "Japan gave $40 million to Nepal on Monday.",
    "Japan gave Nepal $40m on Monday.",
])
def test_a_sum_given_is_aid(extract: Extract, text: str) -> None:
    assert [coded(e)[:1] + tuple(coded(e)[2:]) for e in extract(text)] == [("AID", ["JPN"], ["NPL"])]


def test_a_joint_withdrawal_is_one_retreat_per_side(extract: Extract) -> None:
    events = of_type(extract("Eritrea and Ethiopia pulled back troops from the disputed plain in May."), "RETREAT")
    assert sorted((coded(e)[2][0], coded(e)[3][0]) for e in events) == [("ERI", "ETH"), ("ETH", "ERI")]


def test_lifting_restrictions_talked_of_is_no_mutual_withdrawal(extract: Extract) -> None:
    # guard: only a withdrawal the sides themselves make is split
    events = extract("Ghana and Togo met on Monday, and they discussed lifting restrictions on trade.")
    assert of_type(events, "RETREAT") == []


@pytest.mark.parametrize(("text", "judged"), [
    ("Syria test-fired a rocket on Monday. Jordan condemned the launch as a breach of United Nations resolutions.",
     ["SYR"]),
    ("Jordan denounced as a grave crime Syria's shelling of the border town.", ["SYR"]),
])
def test_what_a_judgment_is_a_breach_of_is_not_judged(extract: Extract, text: str, judged: list[str]) -> None:
    assert [coded(e)[3] for e in of_type(extract(text), "ACCUSE")] == [judged]


@pytest.mark.parametrize(("later", "expected"), [
    ("the following week", "2019-05"),
    ("over the following days", "2019-05"),
    ("in the following months", "2019"),
    ("the following year", "2020"),
    ("that same month", "2019-05"),
    ("later that month", "2019-05"),
])
def test_a_time_counted_from_the_story_is_not_counted_from_publication(extract: Extract, later: str,
                                                                        expected: str) -> None:
    events = extract(f"Latvia expelled two Russian diplomats on May 6, 2019. "
                     f"Russia expelled two Latvian diplomats {later}.")
    assert [str(e.date) for e in events if coded(e)[2] == ["RUS"]] == [expected]


def test_a_plan_in_the_next_few_days_is_not_counted_from_the_story(extract: Extract) -> None:
    # guard: "will ... in the next few days" is a plan from publication
    events = extract("Latvia expelled two Russian diplomats on May 6, 2019. "
                     "Latvia's foreign minister will visit Lithuania in the next few days.")
    assert all(not str(e.date).startswith("2019") for e in of_type(events, "CONSULT"))


def test_hours_after_an_act_of_a_month_told_are_in_that_month(extract: Extract) -> None:
    text = ("RIGA, March 10 - Latvia and Russia named new ambassadors on Tuesday.\n\n"
            "Ties are warmer than last October, when Latvia expelled two Russian diplomats. "
            "Russia expelled two Latvian diplomats hours later.")
    assert [str(e.date) for e in of_type(extract(text), "SANCTION")] == ["2020-10", "2020-10"]


def test_a_day_counted_on_from_a_day_counted_moves_the_story_on(extract: Extract) -> None:
    text = ("A Latvian patrol boat was rammed on Jan. 4. Three days later, Russia's foreign minister called "
            "his Latvian counterpart. The following day, Latvia accused Russia of covering up the incident.")
    assert [str(e.date) for e in of_type(extract(text), "ACCUSE")] == ["2021-01-08"]


def test_that_same_month_after_a_paragraph_break_is_the_month_told(extract: Extract) -> None:
    text = "Hungary blocked the Slovak aid package in September 2019.\n\nSlovakia protested to Hungary that same month."
    assert [str(e.date) for e in of_type(extract(text), "ACCUSE")] == ["2019-09"]


@pytest.mark.parametrize(("text", "expected"), [
    # leaving a body is a SANCTION (codebook 2), going back in or being taken back a measure ended
    ("Niger withdrew from ECOWAS in January.", ("SANCTION", "withdraw", ["NER"], ["IGO"])),
    ("Niger quit ECOWAS in January.", ("SANCTION", "withdraw", ["NER"], ["IGO"])),
    ("Hungary left the European Union in January.", ("SANCTION", "withdraw", ["HUN"], ["EUR"])),
    ("The African Union suspended Guinea on Friday.", ("SANCTION", "discontinue", ["IGO"], ["GIN"])),
    ("The African Union readmitted Guinea in April.", ("RETREAT", None, ["IGO"], ["GIN"])),
    ("Somalia rejoined IGAD in 2019.", ("RETREAT", None, ["SOM"], ["IGO"])),
    # a state withdrawing from another, its forces unnamed
    ("Britain withdrew from Iraq in 2009.", ("RETREAT", "withdraw", ["GBR"], ["IRQ"])),
])
def test_leaving_and_rejoining(extract: Extract, text: str,
                               expected: tuple[str, str | None, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


def test_leaving_a_city_is_no_sanction(extract: Extract) -> None:
    # guard: only a body left is a SANCTION
    assert of_type(extract("Ghana's president left Lome for Accra on Monday."), "SANCTION") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Senegal deployed peacekeepers to Gambia in 2017.", ("AID", None, ["SEN"], ["GMB"])),
    ("ECOWAS stationed a stabilisation force in Guinea in 2022.", ("AID", None, ["IGO"], ["GIN"])),
])
def test_peacekeepers_sent_are_help(extract: Extract, text: str,
                                    expected: tuple[str, str | None, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


def test_a_month_is_no_town(extract: Extract) -> None:
    # "in March": no town of March in England
    events = extract("Ghana sent troops to the border in March.")
    assert [coded(e) for e in events] == [("MOBILIZE", "troops", ["GHA"], [])]


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting refused is a rejection (PLOVER REJECT meet), not a meeting told as not held
    ("Serbia's president has said he will not meet Kosovo's prime minister until the talks resume.",
     ("REJECT", "meet", ["SRB"], ["KOS"])),
    ("Serbia refused to attend the talks in Brussels on Monday.", ("REJECT", "meet", ["SRB"], ["BEL"])),
])
def test_a_meeting_refused_is_a_rejection(extract: Extract, text: str,
                                          expected: tuple[str, str, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


def test_a_meeting_not_held_is_no_rejection(extract: Extract) -> None:
    # guard: told as not having happened, no one refused it
    events = extract("Serbia and Kosovo did not meet on Monday.")
    assert [(e.event_type, e.modality) for e in events] == [("CONSULT", "negated")]


@pytest.mark.parametrize("text", [
    "Norway offered on Monday to send rescue teams to Nepal.",
    "Norway said on Monday it was ready to send firefighters to Nepal.",
])
def test_rescue_teams_and_firefighters_offered_are_an_offer(extract: Extract, text: str) -> None:
    assert [tuple(coded(e)[::2]) for e in extract(text)] == [("AGREE", ["NOR"])]


def test_a_hostile_act_noun_resumed_on_a_condition_is_a_threat(extract: Extract) -> None:
    events = extract("Sudan said on Monday that it would resume its offensive in Chad once the rains ended.")
    assert [coded(e) for e in events] == [("THREATEN", "violence", ["SDN"], ["TCD"])]
    assert [str(e.date) for e in events] == ["2021-03-08"]


@pytest.mark.parametrize("text", [
    "Chile said Bolivia was fully responsible for the collision.",
    "Chile said on Monday that Bolivia bore full responsibility for the collision.",
])
def test_blame_said_is_an_allegation(extract: Extract, text: str) -> None:
    assert [coded(e) for e in extract(text)] == [("ACCUSE", "allege", ["CHL"], ["BOL"])]


def test_responsibility_for_ones_own_affairs_is_no_blame(extract: Extract) -> None:
    # guard
    assert extract("Chile said it was responsible for security along the coast.") == []


@pytest.mark.parametrize("text", [
    "A Greek frigate entered Turkish waters on Monday, prompting Turkey to accuse Greece of provocation.",
    "The incident led Turkey to accuse Greece of provocation.",
])
def test_who_is_moved_to_act_does_the_act(extract: Extract, text: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "allege", ["TUR"], ["GRC"])]


def test_a_warning_an_act_prompted_is_aimed_at_its_doer(extract: Extract) -> None:
    events = extract("Canada on Monday imposed tariffs on Mexican steel, "
                     "prompting Mexico to warn that it would retaliate.")
    assert [(coded(e), str(e.date)) for e in of_type(events, "THREATEN")] == [
        (("THREATEN", "restrict", ["MEX"], ["CAN"]), "2021-03-08")]


def test_the_three_are_the_three_named(extract: Extract) -> None:
    events = extract("The presidents of Ghana, Togo and Benin met in Lome on Monday. "
                     "The three agreed to open the border.")
    assert [sorted(str(c) for c in coded(e)[2]) for e in of_type(events, "AGREE")] == [["BEN", "GHA", "TGO"]]


def test_co_hosting_talks_is_no_cooperation_of_its_own(extract: Extract) -> None:
    events = extract("Norway and Qatar are co-hosting the Sudan talks in Doha.")
    assert of_type(events, "COOPERATE") == []


def test_an_act_yet_to_be_done_is_not_done(extract: Extract) -> None:
    events = extract("Georgian Airways has yet to resume flights to Russia.")
    assert [e.modality for e in events] == ["negated"]


def test_heartened_by_anothers_decision_is_support(extract: Extract) -> None:
    events = extract("Norway said on Monday it was encouraged by Kenya's decision to reopen the border.")
    assert [coded(e) for e in events if e.event_type in ("SUPPORT", "REQUEST")] == [
        ("SUPPORT", None, ["NOR"], ["KEN"])]


def test_encouraging_someone_to_act_is_a_request(extract: Extract) -> None:
    # guard: the active sense
    assert [coded(e)[0] for e in extract("Norway encouraged Kenya to reopen the border.")] == ["REQUEST"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Latvia called off all Russian cultural events on Monday.", ("SANCTION", "discontinue", ["LVA"], ["RUS"])),
    ("Croatia said on Monday it would lift its moratorium on Serbian imports.", ("CONCEDE", None, ["HRV"], ["SRB"])),
])
def test_measures_called_off_and_lifted(extract: Extract, text: str,
                                        expected: tuple[str, str | None, list[str], list[str]]) -> None:
    assert [coded(e) for e in extract(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Serbia's president criticised Croatia on Monday, drawing a sharp rebuke from Zagreb.",
    "Serbia's decision drew criticism from Croatia on Monday.",
])
def test_criticism_drawn_from_someone_is_theirs(extract: Extract, text: str) -> None:
    assert ("ACCUSE", "disapprove", ["HRV"], ["SRB"]) in [coded(e) for e in extract(text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Vucic called Plenkovic on Monday to apologise for the remarks.", "CONCEDE"),
    ("Vucic phoned Plenkovic on Monday to congratulate him.", "SUPPORT"),
])
def test_what_a_call_is_made_for_is_addressed_to_whom_was_called(extract: Extract, text: str, kind: str) -> None:
    assert sorted(coded(e)[0] for e in extract(text)) == sorted(["CONSULT", kind])
    assert [coded(e)[2:] for e in of_type(extract(text), kind)] == [(["SRB"], ["HRV"])]


@pytest.mark.parametrize(("surname", "code"), [("Tshisekedi", "COD"), ("Aliyev", "AZE"), ("Tobgay", "BTN")])
def test_leaders_named_by_surname_alone(extract: Extract, surname: str, code: str) -> None:
    events = extract(f"{surname} criticised Chile on Monday.", published="2025-04-09")
    assert [coded(e)[2] for e in events] == [[code]]


def test_a_month_at_the_end_of_a_clause_is_no_march(extract: Extract) -> None:
    events = extract("Syrian soldiers fired on a Jordanian patrol in March.")
    assert [coded(e)[0] for e in events] == ["ASSAULT"]


def test_embassy_employees_expelled_are_diplomats_expelled(extract: Extract) -> None:
    events = extract("Mali expelled six Swiss embassy employees on Monday.")
    assert [coded(e) for e in events] == [("SANCTION", "expel", ["MLI"], ["CHE"])]


def test_a_cut_its_doer_warns_of_is_a_threat(extract: Extract) -> None:
    events = extract("Morocco warned on Monday that it would sever ties with Algeria.")
    assert [(coded(e), str(e.date)) for e in events] == [(("THREATEN", "relations", ["MAR"], ["DZA"]), "2021-03-08")]


@pytest.mark.parametrize("text", [
    "Syria test-fired a rocket on Friday, drawing condemnation from Jordan.",
    "Syria test-fired a rocket on Friday, prompting protests from Jordan.",
])
def test_condemnation_drawn_by_an_act_is_of_its_doer(extract: Extract, text: str) -> None:
    assert [coded(e) for e in of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", ["JOR"], ["SYR"])]


def test_praise_put_on_another_is_support(extract: Extract) -> None:
    events = extract("Georgia's prime minister called Armenia a reliable partner on Monday.")
    assert [coded(e) for e in events] == [("SUPPORT", None, ["GEO"], ["ARM"])]


def test_partners_named_by_the_story_are_no_praise(extract: Extract) -> None:
    # guard: no speaker puts the word on anyone
    assert of_type(extract("Georgia and Armenia are partners in the pipeline project."), "SUPPORT") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("In February, Ghana's president said Ghana had recalled its ambassador from Togo.", "2021-02"),
    ("Ghana's president said on Monday that Ghana had recalled its ambassador from Togo.", "2021-03-08"),
])
def test_a_reported_act_takes_the_date_of_its_report(extract: Extract, text: str, expected: str) -> None:
    assert [str(e.date) for e in of_type(extract(text), "SANCTION")] == [expected]


def test_a_week_before_an_act_of_a_month_is_in_that_month(extract: Extract) -> None:
    events = extract("Latvia closed the border crossing in January, a week after Belarusian guards fired on "
                     "Latvian soldiers.")
    assert sorted((e.event_type, str(e.date)) for e in events) == [("ASSAULT", "2021-01"), ("SANCTION", "2021-01")]


def test_a_participle_of_another_kind_is_an_act_of_its_own(extract: Extract) -> None:
    events = extract("Lithuania backed Ukraine on Monday, urging Hungary to lift its veto.")
    assert sorted(coded(e)[0] for e in events) == ["REQUEST", "SUPPORT"]


@pytest.mark.parametrize("text", [
    # the appeal hung by the parser on the verb of a clause inside the reported one
    "Uganda's foreign minister said on Sunday it proved that the talks are working and urged Kigali to release "
    "the detainees.",
    "Uganda said it strongly opposed the step and urged Kigali to free the detainees.",
])
def test_an_appeal_joined_to_what_a_speaker_said_is_the_speakers(extract: Extract, text: str) -> None:
    assert [coded(e)[2:] for e in of_type(extract(text), "REQUEST")] == [(["UGA"], ["RWA"])]


def test_the_hague_stands_for_the_dutch_government(extract: Extract) -> None:
    assert [coded(e) for e in extract("Beijing condemned The Hague on Monday.")] == [
        ("ACCUSE", "disapprove", ["CHN"], ["NLD"])]


def test_a_date_in_a_since_clause_is_no_time_the_story_reaches(extract: Extract) -> None:
    text = ("The foreign ministers of Chile and Peru met in Lima on Monday. It was their first meeting since "
            "relations soured in October. The Peruvian minister urged Chile to lift its tariffs on fish.")
    assert dated(extract(text), "REQUEST") == [("2021-03-08", "discourse")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Chad accused Sudan of shelling a border town on Monday. The African Union urged both to show restraint.",
     "REQUEST"),
    ("Chad accused Sudan of shelling a border town on Monday. Qatar urged the two to talk.", "REQUEST"),
])
def test_both_and_the_two_alone_are_the_pair(extract: Extract, text: str, kind: str) -> None:
    assert [sorted(str(c) for c in parties(e)) for e in of_type(extract(text), kind)] == [
        sorted([*coded(of_type(extract(text), kind)[0])[2], "SDN", "TCD"])]


def test_a_charge_takes_the_day_told_in_the_act_charged(extract: Extract) -> None:
    assert dated(extract("Chad accused Sudan of shelling a border town on Monday."), "ACCUSE") == [
        ("2021-03-08", "text")]


def test_a_charge_does_not_take_the_year_of_the_act_charged(extract: Extract) -> None:
    # guard: a month or a year there is the act's history
    assert dated(extract("Chad accused Sudan of shelling a border town in 2019."), "ACCUSE") == [
        ("2021-03-10", "publication")]


def test_a_charge_does_not_take_the_day_of_a_clause_in_the_charged_act(extract: Extract) -> None:
    # guard: "of arming a group that seized a town on Monday": the seizure's day, not the arming's
    events = extract("Chad accuses Sudan of arming a militia that seized a border town on Monday.")
    assert dated(events, "ACCUSE") == [("2021-03-10", "publication")]
