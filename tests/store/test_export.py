"""Export formats: JSON Lines (schema-valid), CSV, Parquet, PLOVER."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from communique.errors import ConfigError
from communique.model import Event
from communique.store.export import CSV_COLUMNS, export, flatten, plover_records


@pytest.fixture
def events(event_factory: Callable[..., Event]) -> list[Event]:
    return [
        event_factory("d1", 1, actor=("RUS", "BLR"), recipient=("TUR",)),
        event_factory("d1", 2, event_type="ACCUSE", mode="allege", recipient=(), date="2021-03", place=None,
                      confidence=None),
        event_factory("d2", 1, event_type="AGREE", mode=None, date=None, modality="future",
                      evidence=(5, 40, 'agreed to "extend" the deal, écrit-on')),
    ]


def test_export_jsonl_validates_against_schema(events: list[Event],
                                               validate_record: Callable[[dict[str, Any]], None]) -> None:
    out = io.StringIO()
    assert export(events, "jsonl", out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    for line, event in zip(lines, events, strict=True):
        record = json.loads(line)
        validate_record(record)
        assert {k: v for k, v in record.items() if k in event.to_record()} == {
            **event.to_record(), "actor": [{**a, "org_id": None} for a in event.to_record()["actor"]],
            "recipient": [{**a, "org_id": None} for a in event.to_record()["recipient"]]}
    assert "écrit-on" in out.getvalue()  # UTF-8, not \\u escapes


def test_export_csv_flattened(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert export(events, "csv", path) == 3
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["actor"] == "RUS;BLR" and rows[0]["recipient"] == "TUR"  # CSV has no lists: joined
    assert rows[0]["evidence"] == "Lavrov met" and rows[0]["evidence_start"] == "0"
    assert rows[1]["recipient"] == "" and rows[1]["place"] == "" and rows[1]["date"] == "2021-03"
    assert (rows[1]["date_start"], rows[1]["date_end"], rows[1]["date_precision"]) == ("2021-03-01", "2021-03-31",
                                                                                      "month")
    assert rows[2]["evidence"] == 'agreed to "extend" the deal, écrit-on'


def test_export_parquet_read_back(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(events, "parquet", path) == 3
    con = duckdb.connect()
    rows = con.execute(f"SELECT id, actor, lat, evidence_end, confidence FROM read_parquet('{path}') ORDER BY id"
                       ).fetchall()
    con.close()
    assert [r[0] for r in rows] == ["d1:1", "d1:2", "d2:1"]
    assert rows[0][1] == ["RUS", "BLR"] and rows[1][4] is None  # real lists
    assert rows[0][3] == 10


def test_export_parquet_empty_and_stream(tmp_path: Path) -> None:
    assert export([], "parquet", tmp_path / "empty.parquet") == 0
    assert (tmp_path / "empty.parquet").stat().st_size > 0
    with pytest.raises(ConfigError):
        export([], "parquet", io.StringIO())


def test_export_plover_one_line_per_pair(events: list[Event]) -> None:
    out = io.StringIO()
    assert export(events, "plover", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    # d1:1 is a CONSULT of RUS, BLR and TUR: every pair of its participants, none dropped
    assert [(r["id"], r["actor"], r["recipient"]) for r in records] == [
        ("d1:1.1", "RUSGOV", "BLRGOV"),
        ("d1:1.2", "RUSGOV", "TURGOV"),
        ("d1:1.3", "BLRGOV", "TURGOV"),
        ("d1:2", "RUSGOV", None),
        ("d2:1", "RUSGOV", "TURGOV"),
    ]
    assert records[0]["event"] == "CONSULT" and records[0]["mode"] == "visit"
    assert records[0]["date"] == "2020-12-29" and records[0]["source_text"] == "Lavrov met"


def test_export_unknown_format(events: list[Event]) -> None:
    with pytest.raises(ConfigError) as info:
        export(events, "xml", io.StringIO())
    assert info.value.code == "E503"


def test_export_flatten_and_plover_cover_every_event(events: list[Event]) -> None:
    for event in events:
        assert set(flatten(event)) == set(CSV_COLUMNS)
        assert plover_records(event)
