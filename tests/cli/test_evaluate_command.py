"""``communique evaluate`` prints the shared scorer's figures and fails cleanly on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ev(etype: str, actor: str, recipient: str, date: str = "2020-01-02") -> dict[str, object]:
    return {"doc_id": "a", "event_type": etype, "actor": [{"code": actor}], "recipient": [{"code": recipient}],
            "date": date, "modality": "asserted", "text_info": [{"start": 0, "end": 4, "text": "text"}]}


def test_evaluate_cli_prints_levels_and_errors(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", [_ev("ACCUSE", "TUR", "USA"), _ev("SUPPORT", "RUS", "TUR")])
    pred = _write(tmp_path / "p.jsonl", [_ev("ACCUSE", "TUR", "USA"), _ev("REJECT", "RUS", "TUR")])
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(pred), "--errors"])
    assert result.exit_code == 0, result.output
    assert "dated F1: 0.5000" in result.output
    assert "misses (1)" in result.output and "false alarms (1)" in result.output


def test_evaluate_cli_min_f1_exit_status(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", [_ev("ACCUSE", "TUR", "USA")])
    pred = _write(tmp_path / "p.jsonl", [_ev("SUPPORT", "TUR", "USA")])
    assert CliRunner().invoke(app, ["evaluate", str(gold), str(pred), "--min-f1", "0.5"]).exit_code == 1


def test_evaluate_cli_bad_line_is_one_error_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc_id": "a", "event_type": "ACCUSE"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(gold)])
    assert result.exit_code == 1
    assert "error: [E103]" in result.output and "g.jsonl:2" in result.output


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not beside the checkout")
def test_evaluate_cli_agrees_with_shared_scorer_json(tmp_path: Path) -> None:
    gold = SHARED / "corpus" / "seeds.gold.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred = _write(tmp_path / "p.jsonl", [r for i, r in enumerate(records) if i % 3])
    ours = CliRunner().invoke(app, ["evaluate", str(gold), str(pred), "--json"])
    theirs = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(ours.output) == json.loads(theirs.stdout)
