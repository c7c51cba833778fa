"""The incident commands, driven with CliRunner: link, timeline, analytics, report; reprints at ingest."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Invoke = Callable[..., Result]

#: Written for these tests: long enough that a wire copy shares most of its word 5-shingles.
STORY = ("Lavrov met Cavusoglu in Kazan on 2020-12-16.\nThe two ministers compared notes on the ceasefire in "
         "northern Syria, on shipping in the Black Sea and on a list of prisoners both sides hope to exchange. "
         "Officials said the mood was businesslike and that a working group would meet again in January to "
         "prepare a visit by the presidents, which both governments want to hold before the summer holidays.")


@pytest.fixture
def extracted(invoke: Invoke, corpus: Path, db: Path, fake_extractor: object) -> Path:
    """The CLI corpus (two RUS-TUR meetings a few months apart, one NZL-FJI) ingested, extracted, linked."""
    assert invoke(["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    assert invoke(["extract", "--db", str(db)]).exit_code == 0
    return db


def test_cli_timeline_text(invoke: Invoke, extracted: Path) -> None:
    result = invoke(["timeline", "--dyad", "RUS-TUR", "--db", str(extracted)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2020-12-16  CONSULT visit  Sergey Lavrov (RUS) – Mevlut Cavusoglu (TUR), Kazan · 1 source",
        "2021-03-01  CONSULT phone  Mevlut Cavusoglu (TUR) – Sergey Lavrov (RUS) · 1 source",
    ]
    later = invoke(["timeline", "--dyad", "tur-rus", "--from", "2021-01", "--to", "2021", "--db", str(extracted)])
    assert later.stdout.startswith("2021-03-01  CONSULT phone") and len(later.stdout.splitlines()) == 1
    assert invoke(["timeline", "--db", str(extracted)]).stdout.count("\n") == 3  # every dyad
    empty = invoke(["timeline", "--topic", "Syria", "--db", str(extracted)])
    assert empty.exit_code == 0 and empty.stdout == "" and empty.stderr.startswith("no incidents match")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "md"])
def test_cli_timeline_formats(invoke: Invoke, extracted: Path, fmt: str) -> None:
    result = invoke(["timeline", "--dyad", "RUS-TUR", "--format", fmt, "--db", str(extracted)])
    assert result.exit_code == 0, result.stderr
    if fmt == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [(r["date"], r["n_sources"], r["actors"]) for r in records] == [
            ("2020-12-16", 1, ["Sergey Lavrov (RUS)"]), ("2021-03-01", 1, ["Mevlut Cavusoglu (TUR)"])]
        assert records[0]["evidence"][0]["doc_id"] == "a1"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["place"] for r in rows] == ["Kazan", ""]
        assert (rows[0]["actor"], rows[0]["recipient"]) == ("RUS", "TUR")  # codes, names apart
        assert rows[0]["actor_name"] == "Sergey Lavrov (RUS)"
    else:
        lines = result.stdout.splitlines()
        assert lines[0].startswith("| date |") and len(lines) == 4


def test_cli_timeline_events_and_file(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = invoke(["timeline", "--events", "--dyad", "NZL-FJI", "-f", "jsonl", "-o", str(out), "--db",
                     str(extracted)])
    assert result.exit_code == 0 and "wrote 1 events" in result.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "a2:2" and record["place"] == "Suva"


def test_cli_timeline_parquet_is_typed_in_pandas_and_polars(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    out = tmp_path / "rus-tur.parquet"
    result = invoke(["timeline", "--dyad", "RUS-TUR", "-f", "parquet", "-o", str(out), "--db", str(extracted)])
    assert result.exit_code == 0, result.stderr
    assert "wrote 2 incidents" in result.stderr
    frame = pd.read_parquet(out)
    assert list(frame["date"]) == ["2020-12-16", "2021-03-01"]
    assert pd.api.types.is_datetime64_any_dtype(pd.to_datetime(frame["date_start"]))
    assert [str(d) for d in frame["date_start"]] == ["2020-12-16", "2021-03-01"]
    assert list(frame["date_precision"]) == ["day", "day"]
    assert [list(a) for a in frame["actor"]] == [["RUS"], ["TUR"]]  # codes, as lists
    assert list(frame["actor_name"][0]) == ["Sergey Lavrov (RUS)"]
    assert list(frame["n_sources"]) == [1, 1] and not frame["disagreement"].any()
    table = pl.read_parquet(out)
    assert table.schema["date_start"] == pl.Date and table.schema["actor"] == pl.List(pl.String)
    assert table["place"].to_list() == ["Kazan", None]
    to_stdout = invoke(["timeline", "-f", "parquet", "--db", str(extracted)])
    assert to_stdout.exit_code == 2 and "parquet is written to a file" in " ".join(to_stdout.stderr.split())


@pytest.mark.parametrize("args,code", [
    (["timeline", "--format", "xml"], None),
    (["timeline", "--dyad", "Russia"], "E111"),
    (["timeline", "--dyad", "Russia-Turkey"], "E112"),
    (["timeline", "--dyad", "RUS-TRK"], "E112"),
    (["timeline", "--from", "29.12.2020"], "E111"),
    (["timeline", "--modality", "maybe"], "E111"),
    (["analytics", "--what", "everything"], None),
    (["analytics", "--freq", "week"], None),
    (["analytics", "--format", "xml"], None),
    (["report", "--dyad", "RUS"], "E111"),
])
def test_cli_incident_commands_bad_options(invoke: Invoke, extracted: Path, args: list[str], code: str | None
                                           ) -> None:
    result = invoke([*args, "--db", str(extracted)])
    assert result.exit_code == 2  # bad usage, typer's or a bad filter value
    if code is not None:
        assert result.stderr.startswith(f"error: [{code}]")


def test_cli_incident_commands_without_store_exit_1(invoke: Invoke, tmp_path: Path) -> None:
    for command in ("timeline", "analytics", "report", "link"):
        result = invoke([command, "--db", str(tmp_path / "none.duckdb")])
        assert result.exit_code == 1 and result.stderr.startswith("error: [E404]"), command
    assert not (tmp_path / "none.duckdb").exists() and not (tmp_path / "report.html").exists()


def test_cli_analytics_series(invoke: Invoke, extracted: Path) -> None:
    result = invoke(["analytics", "--dyad", "RUS-TUR", "--format", "jsonl", "--db", str(extracted)])
    assert result.exit_code == 0, result.stderr
    points = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["period"] for p in points] == ["2020-12", "2021-01", "2021-02", "2021-03"]
    assert [p["n"] for p in points] == [1, 0, 0, 1] and points[0]["type:CONSULT"] == 1 and points[0]["quad:1"] == 1
    assert points[0]["scale_sum"] == points[0]["scale_mean"] and points[1]["scale_mean"] is None
    quarters = invoke(["analytics", "--dyad", "RUS-TUR", "--freq", "quarter", "-f", "csv", "--db", str(extracted)])
    rows = list(csv.DictReader(io.StringIO(quarters.stdout)))
    assert [(r["period"], r["n"], r["type:CONSULT"]) for r in rows] == [("2020-Q4", "1", "1"), ("2021-Q1", "1", "1")]
    table = invoke(["analytics", "--dyad", "RUS-TUR", "--freq", "year", "-f", "table", "--db", str(extracted)])
    assert table.exit_code == 0 and "2020" in table.stdout and "type:CONSULT" in table.stdout


def test_cli_analytics_network_and_shares(invoke: Invoke, extracted: Path) -> None:
    result = invoke(["analytics", "--what", "network", "-f", "jsonl", "--db", str(extracted)])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    edges = {(r["source"], r["target"]): r["n"] for r in rows if r["kind"] == "edge"}
    assert edges == {("RUS", "TUR"): 2, ("FJI", "NZL"): 1}
    assert {r["source"] for r in rows if r["kind"] == "node"} == {"RUS", "TUR", "FJI", "NZL"}
    contexts = invoke(["analytics", "--what", "contexts", "-f", "csv", "--db", str(extracted)])
    assert contexts.exit_code == 0 and contexts.stdout.splitlines() == ["name,n,share"]  # the fake sets none
    topics = invoke(["analytics", "--what", "topics", "--events", "-f", "jsonl", "--db", str(extracted)])
    assert topics.exit_code == 0


def test_cli_report_writes_one_file(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = invoke(["report", "--dyad", "RUS-TUR", "-o", str(out), "--title", "Two ministers", "--db",
                     str(extracted)])
    assert result.exit_code == 0, result.stderr
    assert f"wrote {out}: 2 incidents" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "Two ministers" in page and "Lavrov met Cavusoglu in Kazan" in page
    assert "<script src=" not in page and "<link rel=\"stylesheet\" href=" not in page
    to_stdout = invoke(["report", "-o", "-", "--db", str(extracted)])
    assert to_stdout.exit_code == 0 and to_stdout.stdout.lstrip().lower().startswith("<!doctype html")


def test_cli_link_all(invoke: Invoke, extracted: Path) -> None:
    assert invoke(["link", "--db", str(extracted)]).stdout.strip() == \
        "linked: 0 events, 0 incidents new or changed, 3 in all"
    redo = invoke(["link", "--all", "--db", str(extracted)])
    assert redo.exit_code == 0 and redo.stdout.strip() == "linked: 3 events, 3 incidents new or changed, 3 in all"


def test_cli_reprint_reported_and_skipped(invoke: Invoke, tmp_path: Path, db: Path, fake_extractor: object) -> None:
    copy = "SOCHI (Harbour Wire) - " + STORY.replace("businesslike", "calm", 1)
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "orig", "text": STORY}) + "\n" + json.dumps({"id": "copy", "text": copy}) + "\n",
                    encoding="utf-8")
    assert invoke(["ingest", str(path), "--db", str(db)]).stdout.strip() == \
        "ingested: 2 new (1 reprint), 0 unchanged, 0 rejected"
    assert invoke(["extract", "--db", str(db)]).stdout.splitlines() == [
        "extracted: 1 articles, 1 events written, 0 failed, 1 reprint skipped",
        "linked: 1 events, 1 incidents new or changed, 1 in all, 1 reprint source added",
    ]
    assert invoke(["timeline", "--db", str(db)]).stdout.strip().endswith("· 2 sources")
    assert "2 articles (0 pending, 1 reprints), 1 events, 1 incidents" in invoke(["info", "--db", str(db)]).stdout


def test_cli_analytics_writes_a_file(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    out = tmp_path / "series.csv"
    result = invoke(["analytics", "--dyad", "RUS-TUR", "-f", "csv", "-o", str(out), "--db", str(extracted)])
    assert result.exit_code == 0 and result.stdout == "" and out.read_text(encoding="utf-8").startswith("period,")
