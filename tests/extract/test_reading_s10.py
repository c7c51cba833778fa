"""Readings added in session 10, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Event

Extract = Callable[..., list[Event]]


def test_an_act_told_as_done_repeatedly_up_to_now_takes_no_date_from_the_story_before_it(extract: Extract) -> None:
    text = ("Chile expelled two Peruvian diplomats on 3 May 2019. "
            "Chile has repeatedly asked Peru to hand over the fugitive banker.")
    (ev,) = [e for e in extract(text) if e.event_type == "REQUEST"]
    assert ev.date != "2019-05-03"


def test_an_act_told_in_the_simple_past_continues_the_dated_story(extract: Extract) -> None:
    # guard: the carry the reading above excepts
    text = ("Chile expelled two Peruvian diplomats on 3 May 2019. "
            "Chile also asked Peru to hand over the fugitive banker.")
    (ev,) = [e for e in extract(text) if e.event_type == "REQUEST"]
    assert ev.date == "2019-05-03"


def test_a_deadline_given_until_a_day_is_an_ultimatum(extract: Extract) -> None:
    (ev,) = extract("Turkey gave the Swedish government until Friday to hand over the suspects.")
    assert (ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient]) == ("REQUEST", ["TUR"], ["SWE"])
    assert ev.date == "2021-03-10"  # given when told, not on the day it runs out
