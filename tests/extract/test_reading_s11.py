"""Readings added in session 11, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Event

Extract = Callable[..., list[Event]]


def _dyad(ev: Event) -> tuple[str, list[str | None], list[str | None]]:
    return ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient]


def test_a_titled_person_of_a_state_named_after_the_name_is_of_that_state(extract: Extract) -> None:
    (ev,) = extract("Foreign Minister Ulvaro Pettrisk of Chile met his Peruvian counterpart in Lima on Tuesday.")
    assert _dyad(ev) == ("CONSULT", ["CHL"], ["PER"])
    (ev,) = extract("President Tomas Varga of Hungary criticised the European Commission on Monday.")
    assert _dyad(ev) == ("ACCUSE", ["HUN"], ["EUR"])
    assert ev.actor[0].sector == "GOV" and ev.actor[0].office == "President"


def test_a_titled_person_of_something_not_a_state_is_not_coded_by_it(extract: Extract) -> None:
    # guard: "of the ruling party" gives no state, and nothing else names one
    assert extract("Defence Minister Ali Reza of the ruling party accused the courts of sabotage.") == []
