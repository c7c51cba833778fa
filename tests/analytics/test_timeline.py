"""Timelines: the readable line, filters, and the four output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.analytics.timeline import format_line, render_timeline, timeline
from communique.model import Event, Incident


def test_timeline_line_reads_like_the_issue(incidents: list[Incident], events: list[Event]) -> None:
    rows = timeline(incidents, events=events, dyad="RUS-TUR")
    first = next(r for r in rows if r.id == "I1")
    assert format_line(first) == ("2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan · Syria, Libya"
                                  " · 2 sources")
    accuse = next(r for r in rows if r.id == "I2")
    assert format_line(accuse) == "2020-12-05  ACCUSE disapprove  TUR → RUS · S-400 · 1 source"
    assert len(first.evidence) == 2 and first.evidence[0].doc_id == "d1"


def test_timeline_order_and_filters(incidents: list[Incident]) -> None:
    assert [r.id for r in timeline(incidents)] == ["I2", "I1", "I5", "I3", "I4"]
    assert [r.id for r in timeline(incidents, dyad="RUS-TUR")] == ["I2", "I1", "I5", "I3"]
    # a year or month overlapping the range counts
    assert [r.id for r in timeline(incidents, date_from="2021-01-01")] == ["I5", "I3", "I4"]
    assert [r.id for r in timeline(incidents, date_to="2020-12-31")] == ["I2", "I1"]
    assert [r.id for r in timeline(incidents, date_from="2020-12-10", date_to="2021-01-15")] == ["I1", "I5", "I3"]
    assert [r.id for r in timeline(incidents, topic="syria")] == ["I1", "I3", "I4"]
    # a period as the upper bound includes all of it: "--to 2020" ends on 31 December 2020
    assert timeline(incidents, date_to="2020") == timeline(incidents, date_to="2020-12-31")
    assert timeline(incidents, date_to="2020-12") == timeline(incidents, date_to="2020-12-31")


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv", "md"])
def test_timeline_formats(incidents: list[Incident], events: list[Event], fmt: str) -> None:
    rows = timeline(incidents, events=events, dyad="RUS-TUR")
    out = render_timeline(rows, fmt)  # type: ignore[arg-type]
    if fmt == "text":
        assert out.splitlines()[1].startswith("2020-12-16  CONSULT visit  Lavrov (RUS)")
    elif fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["id"] for r in records] == ["I2", "I1", "I5", "I3"]
        assert records[1]["evidence"][0]["text"].startswith("Sergey Lavrov received")
    elif fmt == "csv":
        table = list(csv.DictReader(io.StringIO(out)))
        assert table[1]["participants"] == "Lavrov (RUS) – Cavusoglu (TUR)" and table[1]["topics"] == "Syria; Libya"
    else:
        lines = out.splitlines()
        assert lines[0].startswith("| date |") and len(lines) == 2 + 4
    with pytest.raises(ValueError):
        render_timeline(rows, "xml")  # type: ignore[arg-type]
