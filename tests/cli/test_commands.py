"""The command line, driven with CliRunner: exit codes, stderr and output formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import Result

Invoke = Callable[..., Result]


@pytest.fixture
def extracted(invoke: Invoke, corpus: Path, db: Path, fake_extractor: object) -> Path:
    """A store with the corpus ingested and extracted by the fake extractor."""
    assert invoke(["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    assert invoke(["extract", "--db", str(db)]).exit_code == 0
    return db


def test_cli_ingest_counts_and_idempotent(invoke: Invoke, corpus: Path, db: Path) -> None:
    first = invoke(["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    assert first.stdout.strip() == "ingested: 3 new, 0 unchanged, 0 rejected"
    again = invoke(["--db", str(db), "ingest", str(corpus)])
    assert again.stdout.strip() == "ingested: 0 new, 3 unchanged, 0 rejected"


def test_cli_ingest_rejects_exit_3(invoke: Invoke, tmp_path: Path, db: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok", "text": "Fine text."}\n{"id": "bad", "text": \n{"id": "x"}\n', encoding="utf-8")
    result = invoke(["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 3
    assert "1 new, 0 unchanged, 2 rejected" in result.stdout
    assert f"rejected: [E103] {path}:2: not JSON" in result.stderr
    assert f"rejected: [E104] {path}:3: no \"text\" field" in result.stderr
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM rejects").fetchone() == (2,)
    con.close()


def test_cli_ingest_stdin(invoke: Invoke, db: Path) -> None:
    result = invoke(["ingest", "-", "--db", str(db)], input='{"id": "s", "text": "From stdin."}\n')
    assert result.exit_code == 0 and "1 new" in result.stdout


def test_cli_extract_writes_events(invoke: Invoke, corpus: Path, db: Path, fake_extractor: object) -> None:
    invoke(["ingest", str(corpus), "--db", str(db)])
    result = invoke(["extract", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["extracted: 3 articles, 3 events written, 0 failed",
                                          "linked: 3 events, 3 incidents new or changed, 3 in all"]
    assert invoke(["extract", "--db", str(db)]).stdout.strip() == "extracted: 0 articles, 0 events written, 0 failed"
    redo = invoke(["extract", "--db", str(db), "--all", "--quiet"])
    assert redo.exit_code == 0 and redo.stdout == ""


def test_cli_extract_failure_exit_3_and_pending(invoke: Invoke, tmp_path: Path, db: Path,
                                               fake_extractor: object) -> None:
    path = tmp_path / "crash.jsonl"
    path.write_text('{"id": "ok", "text": "Lavrov met Cavusoglu."}\n{"id": "boom", "text": "CRASH now."}\n',
                    encoding="utf-8")
    invoke(["ingest", str(path), "--db", str(db)])
    result = invoke(["extract", "--db", str(db)])
    assert result.exit_code == 3
    assert "failed: [E120]" in result.stderr and "the fake extractor was told to crash" in result.stderr
    assert "extracted: 1 articles, 1 events written, 1 failed" in result.stdout
    info = invoke(["info", "--db", str(db)])
    assert "(1 pending)" in info.stdout


def test_cli_events_jsonl_validates(invoke: Invoke, extracted: Path,
                                    validate_record: Callable[[dict[str, Any]], None]) -> None:
    result = invoke(["events", "--db", str(extracted), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    for record in records:
        validate_record(record)


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--dyad", "RUS-TUR"], ["a1:1", "a2:1"]),
        (["--dyad", "RUS-TUR", "--type", "CONSULT", "--from", "2021"], ["a2:1"]),
        (["--actor", "TUR"], ["a2:1"]),
        (["--to", "2021-02"], ["a1:1", "a2:2"]),
        (["--doc", "a2", "--limit", "1"], ["a2:2"]),
        (["--modality", "negated"], []),
    ],
)
def test_cli_events_filters(invoke: Invoke, extracted: Path, args: list[str], expected: list[str]) -> None:
    result = invoke(["events", "--db", str(extracted), *args])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected


def test_cli_events_table(invoke: Invoke, extracted: Path) -> None:
    result = invoke(["events", "--db", str(extracted), "--format", "table", "--dyad", "RUS-TUR"])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[1]
    for column in ("date", "type", "mode", "actor", "recipient", "modality", "place", "evidence"):
        assert column in header
    assert "Lavrov (RUS)" in result.stdout and "Kazan" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "parquet", "plover", "jsonl"])
def test_cli_events_to_file(invoke: Invoke, extracted: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = invoke(["events", "--db", str(extracted), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and "wrote 3 events" in result.stderr
    assert out.stat().st_size > 0


def test_cli_export_jsonl_stdout_validates(invoke: Invoke, extracted: Path,
                                           validate_record: Callable[[dict[str, Any]], None]) -> None:
    result = invoke(["export", "--db", str(extracted)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        validate_record(json.loads(line))


def test_cli_export_formats(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    out = invoke(["export", "--db", str(extracted), "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["actor"] for r in rows] == ["RUS", "NZL", "TUR"]
    plover = invoke(["export", "--db", str(extracted), "--format", "plover"]).stdout
    assert all(json.loads(line)["event"] for line in plover.splitlines())
    parquet = tmp_path / "all.parquet"
    assert invoke(["export", "--db", str(extracted), "-f", "parquet", "-o", str(parquet)]).exit_code == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{parquet}')").fetchone() == (3,)
    con.close()


def test_cli_usage_errors_exit_2(invoke: Invoke, extracted: Path) -> None:
    assert invoke(["export", "--db", str(extracted), "--format", "parquet"]).exit_code == 2
    assert invoke(["export", "--db", str(extracted), "--format", "xml"]).exit_code == 2
    assert invoke(["events", "--db", str(extracted), "--nonsense"]).exit_code == 2


@pytest.mark.parametrize(
    "args,code",
    [
        (["events", "--dyad", "RUSSIA"], "E111"),
        (["events", "--dyad", "RUS-TRK"], "E112"),
        (["events", "--type", "MEET"], "E111"),
        (["events", "--from", "yesterday"], "E111"),
    ],
)
def test_cli_bad_filter_exit_2(invoke: Invoke, extracted: Path, args: list[str], code: str) -> None:
    result = invoke([*args, "--db", str(extracted)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: [{code}]")
    assert "Traceback" not in result.stderr


def test_cli_missing_store_exit_1(invoke: Invoke, tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    result = invoke(["events", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: [E404]")
    assert not missing.exists()


def test_cli_extract_without_store_exit_1(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke(["extract", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and result.stderr.startswith("error: [E404]")


def test_cli_debug_shows_traceback(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke(["--debug", "export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "error: [E404]" in result.stderr


def test_cli_too_new_store_exit_1(invoke: Invoke, db: Path) -> None:
    invoke(["ingest", "-", "--db", str(db)], input="Some text.")
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (99, 'future', current_timestamp)")
    con.close()
    result = invoke(["events", "--db", str(db)])
    assert result.exit_code == 1 and result.stderr.startswith("error: [E402]")


def test_cli_interrupted_exit_130(invoke: Invoke, corpus: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("communique.app.Communique.ingest", interrupt)
    result = invoke(["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr


def test_cli_demo_timeline(invoke: Invoke, corpus: Path, fake_extractor: object,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("communique.app.demo_corpus", lambda: corpus)
    result = invoke(["demo"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2020-12-16  CONSULT visit  Sergey Lavrov (RUS) – Mevlut Cavusoglu (TUR), Kazan · 1 source",
        "2021-03-01  CONSULT phone  Mevlut Cavusoglu (TUR) – Sergey Lavrov (RUS) · 1 source",
    ]
    assert "in the RUS-TUR timeline" in result.stderr


def test_cli_demo_keeps_store_with_db(invoke: Invoke, corpus: Path, db: Path, fake_extractor: object,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("communique.app.demo_corpus", lambda: corpus)
    assert invoke(["demo", "--db", str(db), "--dyad", "NZL-FJI"]).stdout.startswith("2021-02-20  CONSULT visit")
    assert len(invoke(["events", "--db", str(db)]).stdout.splitlines()) == 3


def test_cli_demo_missing_corpus(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("communique.app.DEMO_CORPUS", "demo/not-there.jsonl")
    result = invoke(["demo"])
    assert result.exit_code == 1 and result.stderr.startswith("error: [E204]")


def test_cli_info(invoke: Invoke, extracted: Path, tmp_path: Path) -> None:
    result = invoke(["info", "--db", str(extracted)])
    assert result.exit_code == 0
    assert "3 articles (0 pending), 3 events" in result.stdout
    fresh = invoke(["info", "--db", str(tmp_path / "fresh.duckdb")])
    assert "(not created yet)" in fresh.stdout and not (tmp_path / "fresh.duckdb").exists()


def test_cli_info_settings(invoke: Invoke, tmp_path: Path) -> None:
    from communique.settings import SETTINGS

    result = invoke(["--lexicon-dir", str(tmp_path), "info", "--settings"])
    assert result.exit_code == 0
    for setting in SETTINGS:
        assert f"COMMUNIQUE_{setting.name.upper()}" in result.stdout and setting.help in result.stdout
    assert f"lexicon_dirs = {tmp_path}" in result.stdout


def test_cli_python_m_help() -> None:
    result = subprocess.run([sys.executable, "-m", "communique", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    for command in ("ingest", "extract", "link", "events", "timeline", "analytics", "report", "export", "demo", "info"):
        assert command in result.stdout


def test_info_pipeline_lists_components_in_order(invoke: Callable[..., Result]) -> None:
    result = invoke(["info", "--pipeline"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("communique.actors.v1") < out.index("communique.candidates.v1") < out.index("communique.merge.v1")
    assert "reads: candidates, article   writes: events" in out


def test_cli_conventions_version_h_examples_plain_flags(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    from communique.app import version
    from communique.cli._app import COMMAND_ORDER

    result = invoke(["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"communique {version()}"
    assert invoke(["-h"]).exit_code == 0
    for command in COMMAND_ORDER:
        page = invoke([command, "-h"])
        assert page.exit_code == 0, command
        assert "Example: communique" in page.stdout, command
        assert "<bool>" not in page.stdout and "<list[" not in page.stdout and "<str>" not in page.stdout, command


def test_cli_typo_in_dyad_suggests_and_exits_2(invoke: Invoke, extracted: Path) -> None:
    result = invoke(["events", "--dyad", "RUS-TRK", "--db", str(extracted)])
    assert result.exit_code == 2 and "did you mean TUR" in result.stderr and result.stdout == ""
    empty = invoke(["events", "--dyad", "RUS-NATO", "--db", str(extracted), "-f", "csv"])
    assert empty.exit_code == 0 and "no events match" in empty.stderr
