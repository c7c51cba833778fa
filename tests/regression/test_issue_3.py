"""Issue 3: a negated or hypothetical event is never output as asserted.

Checked on the seeds and the dev set in ../shared (when it is beside the checkout): for every gold
event the article presents as negated or hypothetical, no extracted event of the same type and
participants, told in an overlapping sentence, may be asserted.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from communique.extraction import Extractor
from communique.model import SYMMETRIC_TYPES, Article, Event

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPORA = [
    (SHARED / "corpus" / "seeds.jsonl", SHARED / "corpus" / "seeds.gold.jsonl"),
    *((p, p.with_name(p.name.replace(".articles.", ".gold.")))
      for p in sorted((SHARED / "corpus" / "dev").glob("*.articles.jsonl"))),
]


def _parties(etype: str, actor: set[str], recipient: set[str]) -> tuple[frozenset[str], ...]:
    if etype in SYMMETRIC_TYPES:
        return (frozenset(actor | recipient),)
    return (frozenset(actor), frozenset(recipient))


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s < f and e > t for s, e in a for t, f in b)


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("articles,gold", CORPORA, ids=lambda p: p.name)
def test_issue_3_negated_and_hypothetical_never_asserted(extractor: Extractor, articles: Path, gold: Path) -> None:
    golds: list[dict[str, Any]] = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                                   if line.strip()]
    unreal = [g for g in golds if g.get("modality") in ("negated", "hypothetical")]
    predicted: dict[str, list[Event]] = {}
    for line in articles.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        art = Article(id=d["id"], text=d["text"], published=dt.date.fromisoformat(d["published"][:10]))
        predicted[art.id] = extractor.extract(art)
    for g in unreal:
        key = _parties(g["event_type"], {a["code"] for a in g["actor"]}, {r["code"] for r in g["recipient"]})
        spans = [(t["start"], t["end"]) for t in g["text_info"]]
        for ev in predicted.get(g["doc_id"], []):
            same = ev.event_type == g["event_type"] and _parties(
                ev.event_type, {a.code for a in ev.actor}, {r.code for r in ev.recipient}) == key
            if same and _overlap(spans, [(s.start, s.end) for s in ev.text_info]):
                assert ev.modality != "asserted", (g.get("id"), ev.reason)
