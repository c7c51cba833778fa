"""Incident linking: blocking, date precision, evidence, incremental updates, merged attributes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique.dedup.incidents import IncidentLinker, dates_compatible, is_vague
from communique.model import ActorRef, Event, Place, Span

SOCHI = Place(extracted_place="Sochi", resolved_place="Sochi", country_code="RUS", lat=43.6, lon=39.73)
ANKARA = Place(extracted_place="Ankara", resolved_place="Ankara", country_code="TUR", lat=39.93, lon=32.86)
PUBLISHED = {f"a{n}": dt.date(2020, 12, 29) for n in range(1, 10)}


def ev(eid: str, doc: str, etype: str = "CONSULT", actor: tuple[str, ...] = ("RUS",),
       recipient: tuple[str, ...] = ("TUR",), date: str | None = "2020-12-29", date_text: str | None = "on Tuesday 29",
       mode: str | None = None, place: Place | None = None, topics: tuple[str, ...] = (), text: str = "",
       **extra: Any) -> Event:
    """A hand-built event; ``date_text`` with a digit keeps it precise unless given otherwise."""
    return Event(
        id=eid, doc_id=doc, event_type=etype, mode=mode,
        actor=tuple(ActorRef(code=c) for c in actor), recipient=tuple(ActorRef(code=c) for c in recipient),
        date=date, date_text=date_text, event_loc=place, topics=topics,
        text_info=(Span(start=0, end=len(text), text=text),) if text else (), **extra,
    )


def link_all(*events: Event, published: dict[str, dt.date] | None = None) -> IncidentLinker:
    linker = IncidentLinker(published or PUBLISHED)
    for e in events:
        linker.link([e])
    return linker


def groups(linker: IncidentLinker) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in linker.incidents()), key=lambda s: sorted(s))


@pytest.mark.parametrize("a,b,neighbours,expected", [
    ("2020-12", "2020-12-29", False, True),
    ("2020", "2020-12-29", False, True),
    ("2020-11", "2020-12-29", False, False),
    ("2020-12-29", "2020-12-29", False, True),
    ("2020-12-29", "2020-12-30", False, False),
    ("2020-12-29", "2020-12-30", True, True),
    ("2020-12-31", "2021-01-01", True, True),
    ("2020-12-29", "2020-12-31", True, False),
    (None, "2020-12-29", True, False),
])
def test_incidents_dates_compatible_by_precision(a: str | None, b: str, neighbours: bool, expected: bool) -> None:
    assert dates_compatible(a, b, neighbours=neighbours) is expected
    assert dates_compatible(b, a, neighbours=neighbours) is expected


@pytest.mark.parametrize("date,date_text,expected", [
    ("2020-12-29", None, True),
    ("2020-12-29", "today", True),
    ("2020-12-29", "Tuesday", True),
    ("2020-12-29", "29 December", False),
    ("2020-12-28", "Monday", False),
    ("2020-12", None, False),
])
def test_incidents_is_vague(date: str, date_text: str | None, expected: bool) -> None:
    assert is_vague(date, date_text, dt.date(2020, 12, 29)) is expected


def test_incidents_symmetric_type_links_either_direction() -> None:
    linker = link_all(ev("a1-1", "a1"), ev("a2-1", "a2", actor=("TUR",), recipient=("RUS",)))
    [incident] = linker.incidents()
    assert incident.n_sources == 2
    assert incident.participants == ("RUS", "TUR")


def test_incidents_directed_type_keeps_directions_apart() -> None:
    linker = link_all(ev("a1-1", "a1", etype="ACCUSE"), ev("a2-1", "a2", etype="ACCUSE", actor=("TUR",),
                                                           recipient=("RUS",)))
    assert len(linker) == 2


def test_incidents_month_mention_joins_the_day_and_date_stays_specific() -> None:
    day = ev("a1-1", "a1", topics=("Syria",), place=SOCHI)
    month = ev("a2-1", "a2", date="2020-12", date_text="earlier this month", topics=("Syria",))
    linker = link_all(month, day)  # the vague one first: the incident's date must become the day
    [incident] = linker.incidents()
    assert incident.date == "2020-12-29"
    assert incident.place == SOCHI
    assert not incident.disagreement


def test_incidents_distinct_days_stay_apart() -> None:
    linker = link_all(ev("a1-1", "a1"), ev("a2-1", "a2", date="2020-12-30", date_text="30 December"))
    assert len(linker) == 2


def test_incidents_vague_report_joins_the_day_before_and_flags_disagreement() -> None:
    precise = ev("a1-1", "a1", topics=("Libya",))
    vague = ev("a2-1", "a2", date="2020-12-30", date_text=None, topics=("Libya",))
    linker = link_all(precise, vague, published={"a1": dt.date(2020, 12, 29), "a2": dt.date(2020, 12, 30)})
    [incident] = linker.incidents()
    assert incident.date == "2020-12-29"  # one report each: the earliest day wins the tie
    assert incident.disagreement


def test_incidents_vague_report_stays_apart_when_topics_differ() -> None:
    precise = ev("a1-1", "a1", etype="ACCUSE", topics=("Libya",))
    vague = ev("a2-1", "a2", etype="ACCUSE", date="2020-12-30", date_text=None, topics=("S-400",))
    linker = link_all(precise, vague, published={"a1": dt.date(2020, 12, 29), "a2": dt.date(2020, 12, 30)})
    assert len(linker) == 2


def test_incidents_undated_report_needs_evidence_and_a_single_candidate() -> None:
    sochi = ev("a1-1", "a1", place=SOCHI, topics=("Syria",))
    ankara = ev("a2-1", "a2", date="2020-12-20", date_text="20 December", place=ANKARA, topics=("Syria",))
    undated_sochi = ev("a3-1", "a3", date=None, date_text=None, place=SOCHI)
    undated_syria = ev("a4-1", "a4", date=None, date_text=None, topics=("Syria",))
    undated_bare = ev("a5-1", "a5", date=None, date_text=None)
    linker = link_all(sochi, ankara, undated_sochi, undated_syria, undated_bare)
    assert linker.incident_of("a3-1") == linker.incident_of("a1-1")  # the place points at one incident
    assert linker.incident_of("a4-1") not in {linker.incident_of("a1-1"), linker.incident_of("a2-1")}  # two share it
    assert linker.incident_of("a5-1") not in {linker.incident_of("a1-1"), linker.incident_of("a2-1")}


def test_incidents_same_article_different_dates_never_merge() -> None:
    today = ev("a1-1", "a1", date="2020-12-29", topics=("Syria",))
    earlier = ev("a1-2", "a1", date="2020-12", date_text="earlier this month", topics=("Syria",))
    assert len(link_all(today, earlier)) == 2


def test_incidents_modality_and_mode_split() -> None:
    asserted = ev("a1-1", "a1", mode="visit", place=SOCHI)
    negated = ev("a2-1", "a2", mode="visit", place=SOCHI, modality="negated")
    phone = ev("a3-1", "a3", mode="phone", topics=("Libya",))
    linker = link_all(asserted, negated, phone)
    assert len(linker) == 3
    assert linker.modality_of(str(linker.incident_of("a2-1"))) == "negated"


def test_incidents_incremental_link_returns_only_changed_and_counts_sources() -> None:
    linker = IncidentLinker(PUBLISHED)
    first = linker.link([ev("a1-1", "a1", topics=("Syria",)), ev("a1-2", "a1", etype="ACCUSE")])
    assert len(first) == 2
    changed = linker.link([ev("a2-1", "a2", topics=("Syria",))], published={"a2": dt.date(2020, 12, 28)})
    [incident] = changed
    assert incident.event_ids == ("a1-1", "a2-1")
    assert incident.doc_ids == ("a1", "a2") and incident.n_sources == 2
    assert incident.first_report == dt.date(2020, 12, 28)
    assert linker.link([ev("a2-1", "a2", topics=("Syria",))]) == []  # already linked: nothing changes
    assert linker.incidents()[0].event_ids == ("a1-1", "a2-1")
    [with_reprint] = linker.add_reprint("a9", "a2")
    assert with_reprint.n_sources == 3 and with_reprint.doc_ids[-1] == "a9"
    assert len(linker.incidents()) == 2


def test_incidents_merged_attributes_scale_topics_context() -> None:
    a = ev("a1-1", "a1", mode="visit", place=SOCHI, topics=("Syria",), context=("diplomatic",),
           event_scale=1.9, quad_code=1)
    b = ev("a2-1", "a2", mode="visit", place=SOCHI, topics=("Libya", "Syria"), event_scale=2.9, quad_code=1)
    [incident] = link_all(a, b).incidents()
    assert incident.mode == "visit"
    assert incident.topics == ("Syria", "Libya")
    assert incident.context == ("diplomatic",)
    assert incident.event_scale == pytest.approx(2.4)
    assert incident.quad_code == 1


def test_incidents_evidence_words_decide_between_two_candidates() -> None:
    talks = ev("a1-1", "a1", etype="AGREE", date="2020-12-03", date_text="3 December",
               text="Lavrov and Cavusoglu signed a memorandum on grain corridors and shipping insurance.")
    other = ev("a2-1", "a2", etype="AGREE", date="2020-12-17", date_text="17 December",
               text="The two ministers agreed on a schedule for consular consultations and visa rules.")
    mention = ev("a3-1", "a3", etype="AGREE", date="2020-12", date_text="this month",
                 text="Earlier this month they signed a grain corridors memorandum covering shipping insurance.")
    linker = link_all(talks, other, mention)
    assert linker.incident_of("a3-1") == linker.incident_of("a1-1")


def test_incidents_restore_then_continue() -> None:
    first = link_all(ev("a1-1", "a1", place=SOCHI), ev("a2-1", "a2", place=SOCHI))
    stored = [(i, [e for e in (ev("a1-1", "a1", place=SOCHI), ev("a2-1", "a2", place=SOCHI))
                   if e.id in i.event_ids]) for i in first.incidents()]
    again = IncidentLinker(PUBLISHED)
    again.restore(stored)
    [incident] = again.link([ev("a3-1", "a3", place=SOCHI)])
    assert incident.id == first.incidents()[0].id
    assert incident.n_sources == 3


def test_incidents_carry_the_modality_of_their_reports() -> None:
    linker = link_all(ev("a1", "d1"), ev("b1", "d2", modality="negated"))
    by_event = {linker.incident_of(e): e for e in ("a1", "b1")}
    assert len(by_event) == 2  # a denied meeting never joins one that happened
    modalities = {i.id: i.modality for i in linker.incidents()}
    assert modalities[linker.incident_of("a1")] == "asserted"
    assert modalities[linker.incident_of("b1")] == "negated"
