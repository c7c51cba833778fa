"""Organisations of the widened lexicon (regional bodies, UN agencies and missions, NGOs, armed
groups) as participants, on sentences written for these tests, and short names that are also
English words left alone when written in lower case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]
Coded = tuple[str, tuple[tuple[str, str | None], ...], tuple[tuple[str, str | None], ...]]


def coded(events: list[Event]) -> set[Coded]:
    return {(e.event_type, tuple((a.code, a.sector) for a in e.actor),
             tuple((r.code, r.sector) for r in e.recipient)) for e in events}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Economic Community of Central African States condemned Gabon on Thursday.",
         ("ACCUSE", (("IGO", None),), (("GAB", "GOV"),))),
        ("Kenya criticised UNAIDS on Monday.", ("ACCUSE", (("KEN", "GOV"),), (("UNO", None),))),
        ("MONUSCO accused Rwanda of backing the rebels.", ("ACCUSE", (("UNO", "MIL"),), (("RWA", "GOV"),))),
        ("Doctors of the World accused Ethiopia of blocking aid convoys.",
         ("ACCUSE", (("NGO", "MED"),), (("ETH", "GOV"),))),
        ("The Venice Commission criticised Georgia's new law.", ("ACCUSE", (("IGO", None),), (("GEO", "GOV"),))),
        ("The Polisario Front accused Morocco of violating the ceasefire.",
         ("ACCUSE", (("ESH", "REB"),), (("MAR", "GOV"),))),
        ("Kataib Hezbollah fired rockets at American troops on Tuesday.",
         ("ASSAULT", (("IRQ", "REB"),), (("USA", "MIL"),))),
        ("The Syrian National Coalition urged Russia to halt air strikes.",
         ("REQUEST", (("SYR", "OPP"),), (("RUS", "GOV"),))),
    ],
)
def test_widened_lexicon_organisation_is_a_participant(extract: Extract, text: str, expected: Coded) -> None:
    assert expected in coded(extract(text))


@pytest.mark.parametrize(
    "text,code",
    [
        # a name opening with a lower-case Arabic article is still written as a name
        ("Kenyan troops attacked al-Shabaab fighters on Monday.", "SOM"),
        ("Kenya accused al-Qaeda in the Arabian Peninsula of the attack.", "YEM"),
        ("Kenya accused al Shabaab of the attack.", "SOM"),
    ],
)
def test_name_after_lower_case_arabic_article(extract: Extract, text: str, code: str) -> None:
    assert any((r.code, r.sector) == (code, "REB") for e in extract(text) for r in e.recipient)


def test_acronyms_that_are_words_match_only_in_capitals(extract: Extract) -> None:
    # MEND (a Nigerian armed group) and SHAPE (NATO command) only when written in capitals
    events = extract("Kenya urged Uganda to mend ties, care for refugees and shape a new border deal.")
    assert events
    assert {a.code for e in events for a in (*e.actor, *e.recipient)} <= {"KEN", "UGA"}
