"""Measure reprint detection and incident linking: pairwise precision, recall and F1.

    .venv/bin/python scripts/eval_incidents.py [--gold-events | --extract] [--seed 7] [--shared ../shared]

1. The synthetic corpus (``benchmarks/synthetic.py``): articles are read in order; a detected
   reprint is linked to its original and not linked again (its events take the incidents of the
   original's events); the other articles' events are linked. ``--gold-events`` links the
   generator's own event records; ``--extract`` runs ``communique.extraction.Extractor`` on the
   articles first and scores the extracted events that match a gold event of the same article
   (same type, participants and a compatible date).
2. The dev set (``SHARED/corpus/dev``): its gold events are linked with each article's
   publication date, and compared with ``*.incidents.jsonl`` (an event in no listed incident is
   an incident of its own). Optional gold events are scored both ways.

Pairs are counted over events: a pair is right when both events are in one predicted incident and
one gold incident.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from communique.dedup.incidents import IncidentLinker, dates_compatible
from communique.dedup.reprints import ReprintDetector
from communique.model import Article, Event

# the synthetic corpus generator is a benchmark tool, not part of the package: benchmarks/synthetic.py
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))
from synthetic import generate, pairwise_prf  # noqa: E402


def link_corpus(articles: Sequence[Article], events_by_doc: Mapping[str, Sequence[Event]],
                detect_reprints: bool = True) -> tuple[dict[str, str], dict[str, str], IncidentLinker]:
    """Run reprint detection and linking article by article, as ingest would.

    Returns ``(event_id -> incident_id, reprint doc -> original doc, linker)``; the events of a
    detected reprint take the incident of the original's event at the same position.
    """
    detector = ReprintDetector()
    linker = IncidentLinker({a.id: a.published for a in articles})
    reprints: dict[str, str] = {}
    assigned: dict[str, str] = {}
    for article in articles:
        original = detector.add(article) if detect_reprints else None
        events = events_by_doc.get(article.id, [])
        if original is not None:
            reprints[article.id] = original
            linker.add_reprint(article.id, original)
            source = events_by_doc.get(original, [])
            for n, e in enumerate(events):
                if n < len(source) and source[n].id in assigned:
                    assigned[e.id] = assigned[source[n].id]
            continue
        linker.link(events)
        for e in events:
            incident = linker.incident_of(e.id)
            if incident is not None:
                assigned[e.id] = incident
    return assigned, reprints, linker


def _match_extracted(gold: Sequence[Event], extracted: Sequence[Event]) -> dict[str, str]:
    """``extracted id -> gold id``: greedy one-to-one on type, participants and compatible date."""
    out: dict[str, str] = {}
    free = list(gold)
    for e in extracted:
        for g in free:
            if (g.event_type == e.event_type and g.participants() == e.participants()
                    and (g.date == e.date or dates_compatible(g.date, e.date))):
                out[e.id] = g.id
                free.remove(g)
                break
    return out


def eval_synthetic(seed: int, mode: str) -> dict[str, Any]:
    """Scores on the synthetic corpus of ``seed``; ``mode`` is ``gold-events`` or ``extract``."""
    corpus = generate(seed=seed)
    gold_by_doc = corpus.events_by_doc()
    result: dict[str, Any] = {"articles": len(corpus.articles), "gold_events": len(corpus.events),
                              "gold_incidents": len(set(corpus.incident_of.values())),
                              "gold_reprints": len(corpus.reprint_of)}
    if mode == "gold-events":
        assigned, reprints, linker = link_corpus(corpus.articles, gold_by_doc)
        gold = corpus.incident_of
        predicted = assigned
        _, _, linker_all = link_corpus(corpus.articles, gold_by_doc, detect_reprints=False)
        result["linking_only"] = pairwise_prf(linker_all.assignments(), gold)
    else:
        from communique.extraction import Extractor

        extractor = Extractor()
        extracted: dict[str, list[Event]] = {a.id: evs for a, evs in extractor.extract_many(corpus.articles)}
        assigned, reprints, linker = link_corpus(corpus.articles, extracted)
        to_gold: dict[str, str] = {}
        for doc, evs in extracted.items():
            to_gold.update(_match_extracted(gold_by_doc.get(doc, []), evs))
        result["extracted_events"] = sum(len(v) for v in extracted.values())
        result["matched_to_gold"] = len(to_gold)
        gold = {to_gold[e]: corpus.incident_of[to_gold[e]] for e in to_gold}
        predicted = {to_gold[e]: inc for e, inc in assigned.items() if e in to_gold}
    tp = sum(1 for d, o in reprints.items() if corpus.reprint_of.get(d) == o)
    result["reprints"] = {"predicted": len(reprints), "correct": tp, "gold": len(corpus.reprint_of)}
    result["incidents"] = len(linker)
    result["pairwise"] = pairwise_prf(predicted, gold)
    return result


def _read_jsonl(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


_EVENT_FIELDS = set(Event.model_fields)


def gold_event(record: Mapping[str, Any]) -> Event:
    """An :class:`Event` from a gold record of ``event.schema.json`` (fields the model lacks dropped)."""
    return Event.model_validate({k: v for k, v in record.items() if k in _EVENT_FIELDS})


def link_gold(articles: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]],
              clusters: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Link gold event records article by article (by publication date) and compare with a gold
    clustering (``{"incident", "events"}`` lines; an event in no listed incident is alone)."""
    published = {a["id"]: dt.date.fromisoformat(a["published"][:10]) for a in articles if a.get("published")}
    events = [gold_event(r) for r in records]
    optional = {r["id"] for r in records if r.get("optional")}
    gold = {e.id: e.id for e in events}
    for c in clusters:
        for eid in c["events"]:
            gold[eid] = c["incident"]
    linker = IncidentLinker(published)
    for doc in sorted({e.doc_id for e in events}, key=lambda d: (published.get(d) or dt.date.min, d)):
        linker.link([e for e in events if e.doc_id == doc])
    predicted = linker.assignments()
    required = {k: v for k, v in gold.items() if k not in optional}
    return {"events": len(events), "optional": len(optional), "gold_incidents_listed": len(clusters),
            "incidents": len(linker), "pairwise_all": pairwise_prf(predicted, gold),
            "pairwise_required": pairwise_prf(predicted, required)}


def eval_dev(shared: Path) -> dict[str, Any]:
    """Link the dev set's gold events and compare with its gold incidents."""
    dev = shared / "corpus" / "dev"
    return link_gold(_read_jsonl(sorted(dev.glob("*.articles.jsonl"))), _read_jsonl(sorted(dev.glob("*.gold.jsonl"))),
                     _read_jsonl(sorted(dev.glob("*.incidents.jsonl"))))


SEEDS_CLUSTERING = Path(__file__).resolve().parents[1] / "tests" / "data" / "seeds.incidents.jsonl"


def eval_seeds(shared: Path, clustering: Path = SEEDS_CLUSTERING) -> dict[str, Any]:
    """Link the seeds' gold events and compare with the team's gold clustering of them
    (``tests/data/seeds.incidents.jsonl``: which seed events are one real-world incident)."""
    corpus = shared / "corpus"
    return link_gold(_read_jsonl([corpus / "seeds.jsonl"]), _read_jsonl([corpus / "seeds.gold.jsonl"]),
                     _read_jsonl([clustering]))


def _fmt(prf: Sequence[float]) -> str:
    return f"P {prf[0]:.3f}  R {prf[1]:.3f}  F1 {prf[2]:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores; exit 0."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--gold-events", dest="mode", action="store_const", const="gold-events")
    group.add_argument("--extract", dest="mode", action="store_const", const="extract")
    ap.add_argument("--seed", type=int, action="append", help="synthetic corpus seed (repeatable; default 7)")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args(argv)
    mode = args.mode or "gold-events"
    for seed in args.seed or [7]:
        r = eval_synthetic(seed, mode)
        print(f"== synthetic seed {seed} ({mode}): {r['articles']} articles, {r['gold_events']} gold events, "
              f"{r['gold_incidents']} gold incidents -> {r['incidents']} incidents")
        rp = r["reprints"]
        print(f"   reprints: {rp['correct']}/{rp['predicted']} predicted correct, {rp['gold']} gold")
        if "extracted_events" in r:
            print(f"   extracted {r['extracted_events']} events, {r['matched_to_gold']} match a gold event")
        if "linking_only" in r:
            print(f"   linking only (no reprint step): {_fmt(r['linking_only'])}")
        print(f"   pairwise linking: {_fmt(r['pairwise'])}")
    dev = args.shared / "corpus" / "dev"
    if dev.is_dir():
        d = eval_dev(args.shared)
        print(f"== dev gold events: {d['events']} events ({d['optional']} optional), "
              f"{d['gold_incidents_listed']} multi-report incidents -> {d['incidents']} incidents")
        print(f"   pairwise, required events: {_fmt(d['pairwise_required'])}")
        print(f"   pairwise, all events:      {_fmt(d['pairwise_all'])}")
    else:
        print(f"(no dev set at {dev})", file=sys.stderr)
    if (args.shared / "corpus" / "seeds.gold.jsonl").exists():
        sd = eval_seeds(args.shared)
        print(f"== seeds gold events: {sd['events']} events, {sd['gold_incidents_listed']} multi-report incidents "
              f"(tests/data/seeds.incidents.jsonl) -> {sd['incidents']} incidents")
        print(f"   pairwise, required events: {_fmt(sd['pairwise_required'])}")
        print(f"   pairwise, all events:      {_fmt(sd['pairwise_all'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
