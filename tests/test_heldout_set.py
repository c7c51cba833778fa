"""The team's held-out evaluation sets (``evaluation/heldout/``, ``evaluation/heldout2/``,
``evaluation/heldout3/`` and ``evaluation/heldout4/``) stay valid: every gold record validates
against the codebook's event schema, every evidence span is the slice of its article it claims to
be, and the records agree with their articles (documents, entity words, dates).

This only checks the sets' form. The sets are for measuring (``scripts/dev_score.py``); no rule,
pattern or test may be written from their texts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from file_modules import load_file

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
SETS = ["heldout", "heldout2", "heldout3", "heldout4"]


@pytest.fixture(scope="module", params=SETS)
def heldout(request: pytest.FixtureRequest) -> tuple[Path, ModuleType]:
    """A held-out set's folder and ``evaluation/goldset_check.py`` as a module."""
    return EVALUATION / request.param, load_file("goldset_check", EVALUATION / "goldset_check.py")


def _schema(check: ModuleType) -> dict[str, Any]:
    path = check.find_schema()
    if path is None:
        pytest.skip("shared/spec/event.schema.json is not available above the repository")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def test_heldout_set_is_valid(heldout: tuple[Path, ModuleType]) -> None:
    folder, check = heldout
    assert check.problems(folder, _schema(check)) == []


def test_heldout_spans_and_records_without_schema(heldout: tuple[Path, ModuleType]) -> None:
    folder, check = heldout
    assert check.problems(folder, None) == []
    gold = check.read_jsonl(folder / "gold.jsonl")
    articles = check.read_jsonl(folder / "articles.jsonl")
    assert len(articles) == 12
    assert sum(not g.get("optional") for g in gold) >= 12 * 10
    assert {g["doc_id"] for g in gold} == {a["id"] for a in articles}  # every article has gold events


def test_heldout_sets_share_no_article() -> None:
    ids, texts = [], []
    for name in SETS:
        for line in (EVALUATION / name / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            ids.append(art["id"])
            texts.append(art["text"])
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


def test_check_finds_a_shifted_span_a_bad_mode_and_a_late_date(
    heldout: tuple[Path, ModuleType], tmp_path: Path
) -> None:
    folder, check = heldout
    shutil.copy(folder / "articles.jsonl", tmp_path / "articles.jsonl")
    gold = check.read_jsonl(folder / "gold.jsonl")
    gold[0]["text_info"][0]["start"] += 1  # the text no longer equals the slice
    gold[1]["mode"] = "visit"  # not a mode of the record's type unless it is a CONSULT
    gold[1]["event_type"] = "ASSAULT"
    gold[2]["date"] = "2999-01-01"  # asserted, after publication
    gold[2]["modality"] = "asserted"
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    found = check.problems(tmp_path, _schema(check))
    assert any(gold[0]["id"] in p and "differs" in p for p in found)
    assert any(gold[1]["id"] in p and "not a mode of ASSAULT" in p for p in found)
    assert any(gold[2]["id"] in p and "after publication" in p for p in found)


def test_check_script_exit_status(heldout: tuple[Path, ModuleType], tmp_path: Path) -> None:
    folder, check = heldout
    schema = check.find_schema()
    if schema is None:
        pytest.skip("shared/spec/event.schema.json is not available above the repository")
    assert check.main([str(folder), "--schema", str(schema)]) == 0
    assert check.main([str(folder), "--schema", str(tmp_path / "missing.json")]) == 2
