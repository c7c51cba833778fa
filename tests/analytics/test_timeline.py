"""Timelines: the readable line, filters, and the four output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.analytics.timeline import format_line, render_timeline, timeline
from communique.model import ActorRef, Event, Incident


def test_timeline_line_reads_like_the_issue(incidents: list[Incident], events: list[Event]) -> None:
    rows = timeline(incidents, events=events, dyad="RUS-TUR")
    first = next(r for r in rows if r.id == "I1")
    assert format_line(first) == ("2020-12-16  CONSULT visit  Sergey Lavrov (RUS) – Mevlut Cavusoglu (TUR), Kazan"
                                  " · Syria, Libya · 2 sources")
    accuse = next(r for r in rows if r.id == "I2")
    # no one named: the countries' names (ISO data), never a bare code next to a label
    assert format_line(accuse) == "2020-12-05  ACCUSE disapprove  Turkey (TUR) → Russia (RUS) · S-400 · 1 source"
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
        assert out.splitlines()[1].startswith("2020-12-16  CONSULT visit  Sergey Lavrov (RUS)")
    elif fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["id"] for r in records] == ["I2", "I1", "I5", "I3"]
        assert records[1]["evidence"][0]["text"].startswith("Sergey Lavrov received")
    elif fmt == "csv":
        table = list(csv.DictReader(io.StringIO(out)))
        assert (table[1]["actor"], table[1]["recipient"]) == ("RUS", "TUR") and table[1]["topics"] == "Syria; Libya"
        assert table[1]["actor_name"] == "Sergey Lavrov (RUS)"
    else:
        lines = out.splitlines()
        assert lines[0].startswith("| date |") and len(lines) == 2 + 4
    with pytest.raises(ValueError):
        render_timeline(rows, "xml")  # type: ignore[arg-type]


def _org_event(eid: str, date_source: str) -> Event:
    nato = ActorRef(code="IGO", entity_text="NATO", identifier_text="NATO", reason="lexicon organizations.yaml: nato")
    chief = ActorRef(code="IGO", sector="GOV", identifier_text="Jens Stoltenberg", office="NATO Secretary General")
    russia = ActorRef(code="RUS", entity_text="Moscow")
    actor = nato if eid == "o1" else chief
    return Event(id=eid, doc_id="d9", event_type="ACCUSE", actor=(actor,), recipient=(russia,), date="2020-02-28",
                 date_source=date_source)  # type: ignore[arg-type]


def test_organisations_are_named_by_their_id_and_filterable() -> None:
    events = [_org_event("o1", "publication"), _org_event("o2", "text")]
    rows = timeline(events, events=events, dyad="RUS-NATO")
    assert [(r.actors, r.recipients, r.actor_codes) for r in rows] == [
        (("NATO",), ("Russia (RUS)",), ("NATO",)), (("Jens Stoltenberg (NATO)",), ("Russia (RUS)",), ("NATO",))]
    assert timeline(events, events=events, dyad="RUS-AU") == []
    assert len(timeline(events, events=events, dyad="RUS-IGO")) == 2  # PLOVER's code still works


def test_guessed_dates_are_marked() -> None:
    events = [_org_event("o1", "publication"), _org_event("o2", "text")]
    lines = {r.id: format_line(r) for r in timeline(events, events=events)}
    assert lines["o1"].startswith("~2020-02-28 ACCUSE  NATO → Russia (RUS)")
    assert lines["o2"].startswith("2020-02-28  ACCUSE  Jens Stoltenberg (NATO) → Russia (RUS)")
    records = [json.loads(x) for x in render_timeline(timeline(events, events=events), "jsonl").splitlines()]
    assert sorted(r["date_source"] for r in records) == ["publication", "text"]


def test_csv_cells_cannot_be_formulas() -> None:
    event = Event(id="=cmd|' /C calc'!A0", doc_id="d", event_type="AGREE", actor=(ActorRef(code="RUS"),),
                  recipient=(ActorRef(code="TUR"),), topics=("+danger", "@x"))
    table = list(csv.DictReader(io.StringIO(render_timeline(timeline([event], events=[event]), "csv"))))
    assert table[0]["id"].startswith("'=") and table[0]["topics"] == "+danger; @x".join(["'", ""])
