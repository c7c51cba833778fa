"""scripts/dev_score.py's reading of exports in the GSR's convention (UN and EU bodies as IGO)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from file_modules import load_file

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "dev_score.py"


def _script() -> Any:
    return load_file("dev_score_script", SCRIPT)


def test_un_and_eu_codes_are_read_as_igo_and_states_are_kept() -> None:
    record = {"actor": [{"code": "UNO"}, {"code": "FRA"}], "recipient": [{"code": "EUR"}, {"code": "IGO"}]}
    out = _script().as_igo(record)
    assert [e["code"] for e in out["actor"]] == ["IGO", "FRA"]
    assert [e["code"] for e in out["recipient"]] == ["IGO", "IGO"]


def test_a_record_without_participants_is_left_alone() -> None:
    assert _script().as_igo({"actor": [], "recipient": None}) == {"actor": [], "recipient": None}
