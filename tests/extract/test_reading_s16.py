"""Readings added in session 16, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday, unless a test says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Event

Extract = Callable[..., list[Event]]


def _coded(ev: Event) -> tuple[str, str | None, list[str | None], list[str | None]]:
    return ev.event_type, ev.mode, [a.code for a in ev.actor], [r.code for r in ev.recipient]


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Chile's foreign minister called the Argentine proposal ridiculous.", "CHL", "ARG"),
    ("The Kenyan government described the Ugandan statement as dangerous and misleading.", "KEN", "UGA"),
    ("Senegal called the Malian claims untrue.", "SEN", "MLI"),
])
def test_a_judgment_of_anothers_act_accuses_it(extract: Extract, text: str, actor: str, target: str) -> None:
    assert [_coded(e) for e in _of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", [actor], [target])]


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
    assert [_coded(e) for e in _of_type(extract(text), "ACCUSE")] == [("ACCUSE", "disapprove", [actor], [target])]


def test_a_judgment_in_a_quotation_is_dated_when_it_is_said(extract: Extract) -> None:
    events = extract('Thai troops shelled a Cambodian border village on Sunday. "This is a criminal act against a '
                     'peaceful nation," the Cambodian prime minister said on Tuesday.')
    (accuse,) = _of_type(events, "ACCUSE")
    assert _coded(accuse)[2:] == (["KHM"], ["THA"])
    assert (str(accuse.date), accuse.date_source) == ("2021-03-09", "text")


def test_an_act_a_day_after_a_dated_one_is_dated_from_it(extract: Extract) -> None:
    events = extract("Ghana recalled its ambassador to Togo a day after Togo expelled two Ghanaian diplomats "
                     "on Monday.")
    dates = {e.mode: str(e.date) for e in _of_type(events, "SANCTION")}
    assert dates == {"expel": "2021-03-08", "withdraw": "2021-03-09"}


def test_the_clause_an_act_is_counted_from_keeps_its_own_date(extract: Extract) -> None:
    # the main clause dated from the other clause's day; that clause keeps its own
    events = extract("The border clash came a day after Chinese troops shelled an Indian post on Monday.")
    (assault,) = _of_type(events, "ASSAULT")
    assert str(assault.date) == "2021-03-08"
