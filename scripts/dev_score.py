"""Run the extractor on the dev data (seeds and dev articles) without a store, score it, and
write misses and false alarms to a readable report.

    .venv/bin/python scripts/dev_score.py [--shared ../shared] [--out reports/dev]

Prints the scorer's table for the seeds, the dev set, the PLOVER GSR sentences and, when the
repository holds them, the team's held-out sets ``evaluation/heldout/`` (``heldout``),
``evaluation/heldout2/`` (``heldout2``), ``evaluation/heldout3/`` (``heldout3``) and
``evaluation/heldout4/`` (``heldout4``): the second and fourth for measuring only, the first and
third working sets (see their READMEs); and sessions 20, 21 and 22's probe articles
``evaluation/probes20/``, ``evaluation/probes21/`` and ``evaluation/probes22/`` (``probes20``,
``probes21``, ``probes22``, working sets); writes
``OUT/NAME.pred.jsonl``, ``OUT/NAME.gold.jsonl`` and ``OUT/NAME.errors.md``. The GSR is scored
twice: as exported, and with UNO and EUR read as IGO, the code PLOVER's GSR gives every
international organisation (the UN and the EU included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from communique.extraction import Extractor
from communique.model import Article
from communique.settings import Settings

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
# the team's held-out sets, scored when present: for measuring only, never for writing rules
HELDOUT_SETS = {name: EVALUATION / name for name in ("heldout", "heldout2", "heldout3", "heldout4", "probes20",
                                                           "probes21", "probes22")}


def read_articles(path: Path) -> list[Article]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        pub = d.get("published")
        out.append(Article(id=str(d["id"]), text=d["text"], title=d.get("title"),
                           published=dt.date.fromisoformat(pub[:10]) if pub else None,
                           source=d.get("source"), url=d.get("url")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("reports/dev"))
    args = ap.parse_args()
    corpus = args.shared / "corpus"
    sets = {
        "seeds": ([corpus / "seeds.jsonl"], [corpus / "seeds.gold.jsonl"]),
        "dev": (sorted((corpus / "dev").glob("*.articles.jsonl")), sorted((corpus / "dev").glob("*.gold.jsonl"))),
        # real wire sentences, one per document, no publication date: read the typed level
        "gsr": ([args.shared / "external" / "plover" / "gsr.articles.jsonl"],
                [args.shared / "external" / "plover" / "gsr.gold.jsonl"]),
    }
    for name, folder in HELDOUT_SETS.items():
        if (folder / "gold.jsonl").is_file():
            # written by the team for measuring only: no rule, pattern or test may be written from it
            sets[name] = ([folder / "articles.jsonl"], [folder / "gold.jsonl"])
    ex = Extractor(Settings.from_env())  # COMMUNIQUE_TYPING_THRESHOLD etc. apply
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (arts, golds) in sets.items():
        articles = [a for p in arts for a in read_articles(p)]
        pred = args.out / f"{name}.pred.jsonl"
        gold = args.out / f"{name}.gold.jsonl"
        gold.write_text("".join(p.read_text(encoding="utf-8") for p in golds), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as fh:
            for _, events in ex.extract_many(articles):
                for e in events:
                    fh.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")
        print(f"== {name}")
        subprocess.run([sys.executable, str(args.shared / "eval" / "score.py"), str(gold), str(pred)], check=False)
        print(miss_causes(args.shared / "eval" / "score.py", gold, pred))
        report = args.out / f"{name}.errors.md"
        report.write_text(error_report(args.shared / "eval" / "score.py", gold, pred), encoding="utf-8")
        print(f"misses and false alarms: {report}")
        if name == "gsr":
            # PLOVER's GSR codes every international organisation IGO, the UN and the EU included;
            # the codebook gives those two UNO and EUR: the same output read in the GSR's convention
            alike = args.out / "gsr.igo.pred.jsonl"
            alike.write_text("".join(json.dumps(as_igo(json.loads(line))) + "\n"
                                     for line in pred.read_text(encoding="utf-8").splitlines()), encoding="utf-8")
            print("== gsr, UNO and EUR read as IGO (the GSR's own convention)")
            subprocess.run([sys.executable, str(args.shared / "eval" / "score.py"), str(gold), str(alike)],
                           check=False)
    return 0


def as_igo(record: dict[str, Any]) -> dict[str, Any]:
    """An exported event with the UN's and the EU's codes (UNO, EUR) read as IGO."""
    for role in ("actor", "recipient"):
        for entity in record.get(role) or []:
            if entity.get("code") in ("UNO", "EUR"):
                entity["code"] = "IGO"
    return record


def _brief(ev: dict[str, Any]) -> str:
    def codes(role: str) -> str:
        return ",".join(a.get("code", "?") for a in ev.get(role) or [])
    loc = (ev.get("event_loc") or {}).get("resolved_place")
    opt = " (optional)" if ev.get("optional") else ""
    return (f"{ev['event_type']}/{ev.get('mode')} {codes('actor')} -> {codes('recipient')} "
            f"date={ev.get('date')} {ev.get('modality')} loc={loc}{opt}")


def _load_scorer(scorer: Path) -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def miss_causes(scorer: Path, gold_path: Path, pred_path: Path) -> str:
    """Why required gold events were missed at the dated level, and how many false alarms repeat a hit.

    A miss is put in the first cause that fits: ``wrong date`` (an event of that type and those
    participants was found, dated otherwise); ``wrong participants`` (an event of that type has
    evidence in the same sentence); ``wrong type`` (some event has evidence there); ``no trigger``
    (nothing was found in its sentences). ``duplicates``: false alarms of the same type and
    participants as an event already matched.
    """
    score = _load_scorer(scorer)
    gold = score.by_doc(score.load(str(gold_path)))
    pred = score.by_doc(score.load(str(pred_path)))
    causes = {"no trigger": 0, "wrong type": 0, "wrong participants": 0, "wrong date": 0}
    dupes = 0
    for doc, gs in gold.items():
        ps = pred.get(doc, [])
        owner = score.match(gs, ps, score.same_date)
        hit = set(owner.values())
        for gi, g in enumerate(gs):
            if gi in hit or g.get("optional"):
                continue
            near = [p for p in ps if any(a < d and c < b for a, b in score.spans(g) for c, d in score.spans(p))]
            if any(score.same_type(g, p) for p in ps):
                causes["wrong date"] += 1
            elif any(score.etype(p) == score.etype(g) for p in near):
                causes["wrong participants"] += 1
            elif near:
                causes["wrong type"] += 1
            else:
                causes["no trigger"] += 1
        for pi, p in enumerate(ps):
            if pi not in owner and any(score.same_type(gs[gi], p) for gi in hit):
                dupes += 1
    return "misses by cause: " + ", ".join(f"{k} {v}" for k, v in causes.items()) + f"; duplicates {dupes}"


def error_report(scorer: Path, gold_path: Path, pred_path: Path) -> str:
    """Misses and false alarms at the dated level, per document, with their sentences."""
    score = _load_scorer(scorer)
    gold = score.by_doc(score.load(str(gold_path)))
    pred = score.by_doc(score.load(str(pred_path)))
    lines = [f"# Errors at the dated level: {pred_path.name} against {gold_path.name}", ""]
    for doc, gs in gold.items():
        ps = pred.get(doc, [])
        owner = score.match(gs, ps, score.same_date)
        hit = set(owner.values())
        lines.append(f"## {doc}")
        for gi, g in enumerate(gs):
            if gi not in hit and not g.get("optional"):
                text = " | ".join(t.get("text", "")[:160] for t in g.get("text_info", []))
                lines.append(f"- MISS  {_brief(g)}\n      {text}")
        for pi, p in enumerate(ps):
            if pi not in owner:
                text = " | ".join(t.get("text", "")[:160] for t in p.get("text_info", []))
                lines.append(f"- FALSE {_brief(p)}  [{p.get('reason', '')}]\n      {text}")
        for pi, gi in owner.items():
            lines.append(f"- ok    {_brief(ps[pi])}  ~ gold {_brief(gs[gi])}")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
