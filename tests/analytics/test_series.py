"""Dyad series, quarterly type counts and shares, checked against numbers worked out by hand."""

from __future__ import annotations

import pytest

from communique.analytics.series import (
    as_item,
    context_shares,
    dyad_series,
    parse_dyad,
    period_of,
    plover_scale,
    topic_shares,
    type_counts_by_quarter,
)
from communique.model import EVENT_TYPES, Event, Incident


@pytest.mark.parametrize("event_type,mode,expected", [
    ("CONSULT", "visit", (1, 1.9)), ("CONSULT", None, (1, 1.0)), ("CONSULT", "unknown-mode", (1, 1.0)),
    ("REQUEST", "meet", (3, 4.0)), ("ASSAULT", "aerial", (4, -10.0)), ("AID", None, (2, 7.0)),
])
def test_series_plover_scale(event_type: str, mode: str | None, expected: tuple[int, float]) -> None:
    assert plover_scale(event_type, mode) == expected


def test_series_plover_file_covers_every_type_within_bounds() -> None:
    for event_type in EVENT_TYPES:
        quad, scale = plover_scale(event_type)
        assert quad in {1, 2, 3, 4} and scale is not None and -10 <= scale <= 10


@pytest.mark.parametrize("date,freq,expected", [
    ("2020-12-29", "month", "2020-12"), ("2020-12-29", "quarter", "2020-Q4"), ("2021-02", "quarter", "2021-Q1"),
    ("2021", "month", None), ("2021", "year", "2021"), (None, "year", None),
])
def test_series_period_of(date: str | None, freq: str, expected: str | None) -> None:
    assert period_of(date, freq) == expected  # type: ignore[arg-type]


def test_series_parse_dyad() -> None:
    assert parse_dyad("rus-tur") == ("RUS", "TUR") == parse_dyad(("RUS", "TUR"))
    with pytest.raises(ValueError):
        parse_dyad("RUS")


def test_series_dyad_series_by_month(incidents: list[Incident]) -> None:
    # RUS-TUR by month: I5 has only a year and is left out.
    # 2020-12: I1 (CONSULT visit 1.9) + I2 (ACCUSE -2.0) -> n 2, sum -0.1, mean -0.05
    # 2021-01: I3 (AGREE, given 5.0)                     -> n 1, sum 5.0
    points = dyad_series(incidents, "RUS-TUR", "month")
    assert [p.period for p in points] == ["2020-12", "2021-01"]
    dec, jan = points
    assert dec.n == 2 and dec.by_type == {"CONSULT": 1, "ACCUSE": 1} and dec.by_quad == {1: 1, 3: 1}
    assert dec.scale_sum == pytest.approx(-0.1) and dec.scale_mean == pytest.approx(-0.05)
    assert jan.n == 1 and jan.scale_sum == 5.0 and jan.by_quad == {1: 1}


def test_series_dyad_series_by_year_and_directed(incidents: list[Incident]) -> None:
    # by year: 2020 = I1 + I2 (-0.1); 2021 = I3 (5.0) + I5 (phone 1.0) = 6.0
    years = dyad_series(incidents, ("RUS", "TUR"), "year")
    assert [(p.period, p.n, round(p.scale_sum, 3)) for p in years] == [("2020", 2, -0.1), ("2021", 2, 6.0)]
    # RUS acting on TUR: the ACCUSE (TUR -> RUS) drops out; symmetric CONSULT stays
    directed = dyad_series(incidents, "RUS-TUR", "month", directed=True)
    assert directed[0].n == 1 and directed[0].by_type == {"CONSULT": 1}


def test_series_fill_gaps(incidents: list[Incident]) -> None:
    # all dyads: 2020-12 (2), 2021-01 (1), 2021-02 (none), 2021-03 (I4)
    points = dyad_series(incidents, None, "month")
    assert [(p.period, p.n) for p in points] == [("2020-12", 2), ("2021-01", 1), ("2021-02", 0), ("2021-03", 1)]
    assert points[2].scale_mean is None
    assert [p.period for p in dyad_series(incidents, None, "month", fill=False)] == ["2020-12", "2021-01", "2021-03"]
    assert points[0].to_record()["by_quad"] == {"1": 1, "3": 1}


def test_series_type_counts_by_quarter(incidents: list[Incident]) -> None:
    quarters = type_counts_by_quarter(incidents)
    assert [(q.period, q.counts) for q in quarters] == [
        ("2020-Q4", {"CONSULT": 1, "ACCUSE": 1}),
        ("2021-Q1", {"AGREE": 1, "ASSAULT": 1}),
    ]
    assert list(quarters[0].counts) == ["CONSULT", "ACCUSE"]  # PLOVER order


def test_series_topic_and_context_shares(incidents: list[Incident]) -> None:
    # Syria in I1, I3, I4 of five -> 0.6; Libya and S-400 once each -> 0.2
    assert [(s.name, s.n, s.share) for s in topic_shares(incidents)] == [
        ("Syria", 3, 0.6), ("Libya", 1, 0.2), ("S-400", 1, 0.2)]
    # RUS-TUR only (I1, I2, I3, I5): diplomatic 2/4, military 1/4
    assert [(s.name, s.n, s.share) for s in context_shares(incidents, "RUS-TUR")] == [
        ("diplomatic", 2, 0.5), ("military", 1, 0.25)]
    assert topic_shares([]) == []


def test_series_events_count_once_each(events: list[Event]) -> None:
    item = as_item(events[0])
    assert item.actor == ("RUS",) and item.n_sources == 1 and item.event_scale == 1.9
    points = dyad_series(events, "RUS-TUR")
    assert points[0].n == 2  # two reports of I1 when raw events are asked for
