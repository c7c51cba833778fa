"""The long tail of trigger vocabulary (issue 9): how wire news words each PLOVER type beyond the
core verbs, on sentences written for these tests. Each ambiguous word is checked both ways: in
its event sense it fires, in its other senses ("beat" a team, "levelled the playing field",
"pulled back" with no force named, "rounded up" against "rounded on") it must not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]
Typed = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]


def typed(events: list[Event]) -> set[Typed]:
    return {(e.event_type, e.mode, tuple(sorted(a.code for a in e.actor)), tuple(sorted(r.code for r in e.recipient)))
            for e in events}


def parties(events: list[Event], event_type: str) -> set[frozenset[str]]:
    """The participants of each event of a type, sides merged (for the symmetric types)."""
    return {frozenset(m.code for m in (*e.actor, *e.recipient)) for e in events if e.event_type == event_type}


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbal cooperation
        ("The Malaysian foreign minister sat down with his Thai counterpart in Bangkok on Friday.",
         ("CONSULT", "visit", ("MYS",), ("THA",))),
        ("Ghana paid tribute to the Ivorian president on Tuesday.", ("SUPPORT", None, ("GHA",), ("CIV",))),
        ("Peru bowed to pressure from Chile on Thursday.", ("CONCEDE", None, ("PER",), ("CHL",))),
        ("Jordan issued an apology to Egypt on Monday.", ("CONCEDE", None, ("JOR",), ("EGY",))),
        # material cooperation
        ("Sweden airlifted medical supplies to Moldova on Friday.", ("AID", None, ("SWE",), ("MDA",))),
        ("Finland wrote off the debts of Mozambique on Friday.", ("AID", None, ("FIN",), ("MOZ",))),
        ("Kenyan troops withdrew from the Somali town on Monday.", ("RETREAT", "withdraw", ("KEN",), ("SOM",))),
        ("Serbia allowed EU inspectors into the plant on Monday.", ("RETREAT", "access", ("SRB",), ("EUR",))),
        ("Canada scrapped tariffs on Mexican steel on Wednesday.", ("RETREAT", None, ("CAN",), ("MEX",))),
        # verbal conflict
        ("Portugal pressured Angola to hold elections.", ("REQUEST", "change", ("PRT",), ("AGO",))),
        ("Hungary lashed out at Romania on Tuesday.", ("ACCUSE", "disapprove", ("HUN",), ("ROU",))),
        ("Lithuania held Belarus responsible for the crisis.", ("ACCUSE", "allege", ("LTU",), ("BLR",))),
        ("Mali ignored the Algerian ultimatum on Friday.", ("REJECT", "change", ("MLI",), ("DZA",))),
        ("Greece ruled out talks with Turkey on Monday.", ("REJECT", "meet", ("GRC",), ("TUR",))),
        ("Iraq vowed revenge against Iran on Sunday.", ("THREATEN", "violence", ("IRQ",), ("IRN",))),
        ("Pakistan issued a warning to Afghanistan on Thursday.", ("THREATEN", "restrict", ("PAK",), ("AFG",))),
        # material conflict
        ("Protesters torched the Danish embassy in Beirut on Sunday.", ("PROTEST", "vandalize", ("LBN",), ("DNK",))),
        ("Latvia blacklisted Russian officials on Monday.", ("SANCTION", "discontinue", ("LVA",), ("RUS",))),
        ("Egypt expelled Qatar from the league on Monday.", ("SANCTION", "discontinue", ("EGY",), ("QAT",))),
        ("Russia amassed troops near the Ukrainian border on Monday.", ("MOBILIZE", "troops", ("RUS",), ("UKR",))),
        ("Venezuelan forces intercepted a Guyanese trawler on Friday.", ("COERCE", "seize", ("VEN",), ("GUY",))),
        ("Rwanda cracked down on Burundian traders on Monday.", ("COERCE", None, ("RWA",), ("BDI",))),
        ("Ethiopian artillery razed Eritrean villages on Tuesday.", ("ASSAULT", "destroy", ("ETH",), ("ERI",))),
    ],
)
def test_long_tail_wording_of_each_type(extract: Extract, text: str, expected: Typed) -> None:
    assert expected in typed(extract(text))


@pytest.mark.parametrize(
    "text,event_type,states",
    [
        ("Kenya and Tanzania hammered out a border accord on Monday.", "AGREE", {"KEN", "TZA"}),
        ("Norway mediated between Colombia and Venezuela on Sunday.", "CONSULT", {"NOR", "COL", "VEN"}),
        ("Vietnam shared intelligence with the Philippines on Tuesday.", "COOPERATE", {"VNM", "PHL"}),
        ("Spain sold warships to Morocco on Monday.", "COOPERATE", {"ESP", "MAR"}),
    ],
)
def test_long_tail_wording_of_symmetric_types(extract: Extract, text: str, event_type: str, states: set[str]) -> None:
    assert frozenset(states) in parties(extract(text), event_type)


@pytest.mark.parametrize(
    "text,event_type,mode",
    [
        # one act of both sides: a record for each (codebook section 9, mutual acts)
        ("Armenia and Azerbaijan swapped prisoners on Saturday.", "RETREAT", "release"),
        ("Indian and Pakistani troops clashed on Monday.", "ASSAULT", "firearms"),
    ],
)
def test_mutual_acts_are_one_record_per_side(extract: Extract, text: str, event_type: str, mode: str) -> None:
    events = [e for e in extract(text) if e.event_type == event_type and e.mode == mode]
    sides = {(e.actor[0].code, e.recipient[0].code) for e in events}
    assert len(sides) == 2 and {a for a, _ in sides} == {b for _, b in sides}


def test_rounded_up_arrests_and_rounded_on_disapproves(extract: Extract) -> None:
    # the particle decides: "rounded up" people is an arrest, not the "round on" of words
    events = extract("Armenian police rounded up Georgian traders on Monday.")
    assert ("COERCE", "arrest", ("ARM",), ("GEO",)) in typed(events)
    assert not [e for e in events if e.event_type == "ACCUSE"]


def test_hit_out_at_is_words_not_force(extract: Extract) -> None:
    events = extract("Iran hit out at Iraq on Monday.")
    assert ("ACCUSE", "disapprove", ("IRN",), ("IRQ",)) in typed(events)
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text,event_type",
    [
        # a game won is no assault; a field levelled is a figure of speech
        ("Bolivia beat Paraguay 2-1 on Sunday.", "ASSAULT"),
        ("Tunisia levelled the playing field for Algerian firms.", "ASSAULT"),
        # only forces pull back: a state "pulling back" is figurative
        ("Norway pulled back on Monday.", "RETREAT"),
        # taking a matter to a body asks it to act; it accuses nobody
        ("Colombia took the matter to the United Nations on Monday.", "ACCUSE"),
        # a protest with no state as its target is domestic (codebook section 1)
        ("Egyptian demonstrators rioted in Cairo on Monday.", "PROTEST"),
        # "on Monday" is a date, not the "open fire on" or "advance on" of force
        ("Turkey opened its consulate in Erbil on Monday.", "ASSAULT"),
        ("Kenyan troops advanced on Monday.", "ASSAULT"),
        # a vow to cooperate promises; only a vow of revenge threatens
        ("Iran vowed to deepen ties with Iraq on Monday.", "THREATEN"),
        # holding talks is no detention; sealing a pact is no blockade
        ("Lebanon held talks with Syria on Monday.", "COERCE"),
        ("Chad and Niger sealed a trade pact on Monday.", "COERCE"),
        # lecturing someone who is no participant criticises nobody
        ("The Ghanaian president lectured students in Accra on Monday.", "ACCUSE"),
        # brushing off criticism denies it, which refuses nothing (codebook section 9)
        ("Serbia brushed off criticism from Croatia on Monday.", "REJECT"),
        # an airliner flying is no show of force
        ("A Saudi jet flew to Cairo on Monday.", "MOBILIZE"),
        # a launch with no weapon named is no missile test
        ("Japan launched a satellite on Monday.", "MOBILIZE"),
    ],
)
def test_other_senses_of_constrained_words_do_not_fire(extract: Extract, text: str, event_type: str) -> None:
    assert not [e for e in extract(text) if e.event_type == event_type]


def test_vow_of_cooperation_stays_agreement(extract: Extract) -> None:
    assert frozenset({"IRN", "IRQ"}) in parties(extract("Iran vowed to deepen ties with Iraq on Monday."), "AGREE")
