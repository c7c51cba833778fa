"""The seeds' gold events link into the incidents of the team's clustering
(``tests/data/seeds.incidents.jsonl``): the visit (seeds-inc-1) and the sanctions (seeds-inc-2)
each become one incident with two sources; seed 003's visit of 2016 stays apart."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from communique.dedup.incidents import IncidentLinker
from communique.model import Event

HERE = Path(__file__).resolve()
# pairwise_prf comes with the synthetic corpus generator, outside the package: benchmarks/synthetic.py
if str(HERE.parents[2] / "benchmarks") not in sys.path:
    sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))
from synthetic import pairwise_prf  # noqa: E402

SHARED = HERE.parents[2].parent / "shared"
CLUSTERING = HERE.parents[1] / "data" / "seeds.incidents.jsonl"


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds.gold.jsonl").exists(),
                    reason="../shared is not beside the checkout")
def test_seeds_clustering_links_gold_events_as_the_team_clustered_them() -> None:
    articles = _jsonl(SHARED / "corpus" / "seeds.jsonl")
    published = {str(a["id"]): dt.date.fromisoformat(str(a["published"])[:10]) for a in articles}
    fields = set(Event.model_fields)
    records = _jsonl(SHARED / "corpus" / "seeds.gold.jsonl")
    events = [Event.model_validate({k: v for k, v in r.items() if k in fields}) for r in records]
    gold = {e.id: e.id for e in events}
    for cluster in _jsonl(CLUSTERING):
        for eid in cluster["events"]:  # type: ignore[attr-defined]
            gold[eid] = str(cluster["incident"])
    required = {k: v for k, v in gold.items() if not any(r["id"] == k and r.get("optional") for r in records)}
    linker = IncidentLinker(published)
    for doc in sorted(published, key=lambda d: (published[d], d)):
        linker.link([e for e in events if e.doc_id == doc])
    precision, recall, _ = pairwise_prf(linker.assignments(), required)
    assert (precision, recall) == (1.0, 1.0)
    sochi = linker.incident_of("002_7fd5ae0a92e7e1e5-1")
    assert sochi is not None and sochi == linker.incident_of("004_a7333cf323998045-1")
    assert linker.incident_of("003_566ab8ec18146ade-1") != sochi
    incident = next(i for i in linker.incidents() if i.id == sochi)
    assert incident.n_sources == 2
