"""scripts/dev_score.py's reading of exports in the GSR's convention (UN and EU bodies as IGO)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "dev_score.py"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("dev_score_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_un_and_eu_codes_are_read_as_igo_and_states_are_kept() -> None:
    record = {"actor": [{"code": "UNO"}, {"code": "FRA"}], "recipient": [{"code": "EUR"}, {"code": "IGO"}]}
    out = _script().as_igo(record)
    assert [e["code"] for e in out["actor"]] == ["IGO", "FRA"]
    assert [e["code"] for e in out["recipient"]] == ["IGO", "IGO"]


def test_a_record_without_participants_is_left_alone() -> None:
    assert _script().as_igo({"actor": [], "recipient": None}) == {"actor": [], "recipient": None}
