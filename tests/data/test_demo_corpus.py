"""The packaged demo corpus: well-formed records, with the reprint deduplication needs."""

from __future__ import annotations

import datetime as dt
import json

from communique import data


def _records() -> list[dict[str, object]]:
    return [json.loads(line) for line in data.read_text("demo/articles.jsonl").splitlines() if line.strip()]


def test_demo_corpus_records_are_complete() -> None:
    records = _records()
    assert len(records) >= 20
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert set(r) == {"id", "title", "text", "published", "source", "url"}
        dt.date.fromisoformat(str(r["published"]))
        assert len(str(r["text"]).split()) > 100


def test_demo_corpus_has_a_reprint_and_reports_of_one_event() -> None:
    texts = {str(r["id"]): str(r["text"]) for r in _records()}
    shingles = {k: {tuple(v.split()[i:i + 5]) for i in range(len(v.split()) - 4)} for k, v in texts.items()}
    pairs = [(a, b) for a in shingles for b in shingles if a < b
             and len(shingles[a] & shingles[b]) / len(shingles[a] | shingles[b]) > 0.5]
    assert pairs, "the demo corpus should contain a wire reprint"
