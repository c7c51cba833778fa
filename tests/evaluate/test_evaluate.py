"""communique.evaluate agrees with the shared scorer, and its metrics are right on small cases."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from communique.evaluate import evaluate, format_report
from file_modules import load_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def ev(doc: str, etype: str, actor: list[str], recipient: list[str], date: str | None = "2020-01-02",
       **extra: Any) -> dict[str, Any]:
    return {"doc_id": doc, "event_type": etype, "actor": [{"code": c} for c in actor],
            "recipient": [{"code": c} for c in recipient], "date": date, "modality": "asserted",
            "text_info": [{"start": 0, "end": 5}], **extra}


def test_evaluate_perfect_prediction_scores_one() -> None:
    gold = [ev("a", "CONSULT", ["RUS"], ["TUR"]), ev("a", "ACCUSE", ["TUR"], ["USA"])]
    report = evaluate(gold, copy.deepcopy(gold))
    assert report.levels["dated"].f1 == 1.0
    assert not report.misses and not report.false_alarms


@pytest.mark.parametrize(
    "pred,level,tp",
    [
        (ev("a", "CONSULT", ["TUR", "RUS"], []), "dated", 1),  # symmetric: participant set
        (ev("a", "ACCUSE", ["RUS"], ["TUR"]), "typed", 0),  # directed: roles matter
        (ev("a", "ACCUSE", ["RUS"], ["TUR"]), "dyad", 1),
        (ev("a", "CONSULT", ["RUS"], ["TUR"], date="2020-01"), "dated", 0),  # less precise than gold
        (ev("a", "CONSULT", ["RUS"], ["TUR"], date="2020-01-02"), "dated", 1),
    ],
)
def test_evaluate_levels(pred: dict[str, Any], level: str, tp: int) -> None:
    gold = [ev("a", "CONSULT", ["RUS"], ["TUR"])] if pred["event_type"] == "CONSULT" else [
        ev("a", "ACCUSE", ["TUR"], ["RUS"])]
    assert evaluate(gold, [pred]).levels[level].tp == tp


def test_evaluate_optional_gold_is_neither_hit_nor_miss() -> None:
    gold = [ev("a", "SUPPORT", ["RUS"], ["TUR"], optional=True)]
    r1 = evaluate(gold, [ev("a", "SUPPORT", ["RUS"], ["TUR"])])
    r2 = evaluate(gold, [])
    for r in (r1, r2):
        d = r.levels["dated"]
        assert (d.tp, d.fp, d.fn) == (0, 0, 0)


def test_evaluate_reports_misses_and_false_alarms_with_sentences() -> None:
    gold = [ev("a", "SANCTION", ["USA"], ["TUR"], text_info=[{"start": 0, "end": 9, "text": "US sanctions"}])]
    pred = [ev("a", "SANCTION", ["USA"], ["RUS"], text_info=[{"start": 0, "end": 9, "text": "US sanctions"}])]
    report = evaluate(gold, pred)
    assert len(report.misses) == 1 and len(report.false_alarms) == 1
    assert "US sanctions" in format_report(report, errors=True)


def _load_scorer() -> Any:
    return load_file("shared_score", SCORER)


def _perturb(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """A plausible prediction file: drop, retype, redate and duplicate some gold events."""
    rng = random.Random(seed)
    out = []
    for g in gold:
        p = copy.deepcopy(g)
        p.pop("optional", None)
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.25:
            p["event_type"] = rng.choice(["ACCUSE", "SUPPORT", "CONSULT", "REQUEST"])
        elif roll < 0.35:
            p["date"] = None if rng.random() < 0.5 else "1999-01-01"
        elif roll < 0.45:
            p["modality"] = "future"
            p["mode"] = None
        out.append(p)
        if rng.random() < 0.1:
            out.append(copy.deepcopy(p))
    return out


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_evaluate_agrees_with_shared_scorer(seed: int) -> None:
    score = _load_scorer()
    golds = [SHARED / "corpus" / "seeds.gold.jsonl", *sorted((SHARED / "corpus" / "dev").glob("*.gold.jsonl"))]
    gold = [json.loads(line) for path in golds for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    pred = _perturb(gold, seed)
    assert evaluate(gold, pred).as_dict() == score.score(gold, pred)
