"""Evaluate: predicted events against gold events, with the metrics of ``shared/eval/score.py``.

Matching happens inside each document, one prediction to one gold event, at three levels:

* ``dyad``  -- the participants agree (direction ignored);
* ``typed`` -- and the event type is equal; participants compare as a set for the symmetric
  types (CONSULT, AGREE, COOPERATE) and as (actors, recipients) otherwise;
* ``dated`` -- and the gold date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) is a prefix of the
  predicted one; a gold event without a date matches any date.

Among pairings with the most matches the one whose pairs are most alike wins (overlapping
evidence first, then date, modality, mode and place), so attributes are compared on the pairs a
reader would make. Gold events marked ``optional`` are never missed, and a prediction matched to
one is neither a hit nor a false alarm.

    >>> report = evaluate(gold_records, predicted_records)
    >>> report.levels["dated"].f1
    0.9
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from communique.model import SYMMETRIC_TYPES

__all__ = ["PRF", "Report", "evaluate", "format_report"]

Record = dict[str, Any]


@dataclass
class PRF:
    """True positives, false positives and false negatives, with P, R and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Rounded figures, as the shared scorer prints them."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    """Everything :func:`evaluate` measured."""

    documents: int = 0
    levels: dict[str, PRF] = field(default_factory=dict)
    per_type: dict[str, PRF] = field(default_factory=dict)
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [agree, of]
    context: PRF = field(default_factory=PRF)
    misses: list[Record] = field(default_factory=list)  # required gold events not matched (dated)
    false_alarms: list[Record] = field(default_factory=list)  # predictions not matched (dated)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (same keys as ``score.py --json``)."""
        out: dict[str, Any] = {"documents": self.documents}
        out.update({k: v.as_dict() for k, v in self.levels.items()})
        out["per_type"] = {k: v.as_dict() for k, v in sorted(self.per_type.items())}
        out["attributes_on_typed_matches"] = {
            k: {"agree": a, "of": n, "rate": round(a / n, 4) if n else None}
            for k, (a, n) in self.attributes.items()}
        out["contexts_on_typed_matches"] = self.context.as_dict()
        return out


def _codes(ev: Record, role: str) -> frozenset[str]:
    items = ev.get(role) or []
    if isinstance(items, dict):
        items = [items]
    return frozenset(str(a["code"]).upper() for a in items
                     if isinstance(a, dict) and isinstance(a.get("code"), str) and a["code"])


def _type(ev: Record) -> str:
    return str(ev.get("event_type", "")).upper()


def _parties(ev: Record, directed: bool) -> tuple[frozenset[str], ...]:
    if directed:
        return (_codes(ev, "actor"), _codes(ev, "recipient"))
    return (_codes(ev, "actor") | _codes(ev, "recipient"),)


def same_dyad(g: Record, p: Record) -> bool:
    """Participants agree, direction ignored."""
    return _parties(g, False) == _parties(p, False)


def same_typed(g: Record, p: Record) -> bool:
    """Type and participants agree (sets for symmetric types, roles otherwise)."""
    directed = _type(g) not in SYMMETRIC_TYPES
    return _type(g) == _type(p) and _parties(g, directed) == _parties(p, directed)


def same_dated(g: Record, p: Record) -> bool:
    """Typed match, and the gold date is a prefix of the predicted date (or gold has none)."""
    if not same_typed(g, p):
        return False
    gd, pd = g.get("date"), p.get("date")
    return not gd or (isinstance(pd, str) and pd.startswith(str(gd)))


def _norm(x: Any) -> str:
    return str(x or "").strip().lower()


def _place(ev: Record) -> Any:
    loc = ev.get("event_loc") or {}
    if not isinstance(loc, dict):
        return None
    return loc.get("resolved_place") or loc.get("extracted_place")


def same_place(g: Record, p: Record) -> bool:
    """Same geonameid, or one name is a comma-separated part of the other."""
    gl, pl = g.get("event_loc") or {}, p.get("event_loc") or {}
    if isinstance(gl, dict) and isinstance(pl, dict) and gl.get("geonameid") and pl.get("geonameid"):
        return str(gl["geonameid"]) == str(pl["geonameid"])
    gp = {_norm(x) for x in str(_place(g) or "").split(",")} - {""}
    pp = {_norm(x) for x in str(_place(p) or "").split(",")} - {""}
    return bool(gp & pp) or gp == pp


def _spans(ev: Record) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in ev.get("text_info") or []
            if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]


def _likeness(g: Record, p: Record) -> int:
    """Tie-breaker between valid pairings: 0..15, overlapping evidence weighs most."""
    overlap = any(a < d and c < b for a, b in _spans(g) for c, d in _spans(p))
    return (8 * overlap + 4 * same_dated(g, p) + (_norm(g.get("modality")) == _norm(p.get("modality")))
            + (_norm(g.get("mode")) == _norm(p.get("mode"))) + same_place(g, p))


def _pair(gold: list[Record], pred: list[Record], ok: Callable[[Record, Record], bool]) -> dict[int, int]:
    """Best one-to-one pairing, prediction index -> gold index.

    Weights order the goals strictly: a required match outweighs any number of optional ones,
    which outweigh any sum of likeness scores.
    """
    if not gold or not pred:
        return {}
    n = min(len(gold), len(pred))
    w_opt = 16 * n + 1
    w_req = (w_opt + 16) * n + 1
    weights = np.zeros((len(gold), len(pred)), dtype=np.int64)
    for gi, g in enumerate(gold):
        base = w_opt if g.get("optional") else w_req
        for pi, p in enumerate(pred):
            if ok(g, p):
                weights[gi, pi] = base + _likeness(g, p)
    from scipy.optimize import linear_sum_assignment  # a second to import: only when scoring

    rows, cols = linear_sum_assignment(weights, maximize=True)
    return {int(c): int(r) for r, c in zip(rows, cols, strict=True) if weights[r, c] > 0}


def _by_doc(events: Iterable[Record]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = defaultdict(list)
    for ev in events:
        out[str(ev["doc_id"])].append(ev)
    return out


LEVELS: dict[str, Callable[[Record, Record], bool]] = {
    "dyad": same_dyad, "typed": same_typed, "dated": same_dated}


def evaluate(gold_events: Iterable[Record], pred_events: Iterable[Record]) -> Report:
    """Score predicted event records against gold records (both in the event schema).

    Documents without gold events are ignored, so predictions may cover more documents.
    """
    gold, pred = _by_doc(gold_events), _by_doc(pred_events)
    report = Report(documents=len(gold))
    report.attributes = {"mode": [0, 0], "location": [0, 0], "modality": [0, 0]}
    for level, ok in LEVELS.items():
        prf = PRF()
        for doc, gs in gold.items():
            ps = pred.get(doc, [])
            owner = _pair(gs, ps, ok)
            for pi, p in enumerate(ps):
                if pi not in owner:
                    prf.fp += 1
                    if level == "typed":
                        report.per_type.setdefault(_type(p), PRF()).fp += 1
                    if level == "dated":
                        report.false_alarms.append(p)
                    continue
                g = gs[owner[pi]]
                if g.get("optional"):
                    continue
                prf.tp += 1
                if level == "typed":
                    report.per_type.setdefault(_type(g), PRF()).tp += 1
                    _compare_attributes(report, g, p)
            matched = set(owner.values())
            for gi, g in enumerate(gs):
                if gi not in matched and not g.get("optional"):
                    prf.fn += 1
                    if level == "typed":
                        report.per_type.setdefault(_type(g), PRF()).fn += 1
                    if level == "dated":
                        report.misses.append(g)
        report.levels[level] = prf
    return report


def _compare_attributes(report: Report, g: Record, p: Record) -> None:
    for key, get in (("mode", lambda e: e.get("mode")), ("location", _place),
                     ("modality", lambda e: e.get("modality"))):
        if get(g):
            report.attributes[key][1] += 1
            agree = same_place(g, p) if key == "location" else _norm(get(g)) == _norm(get(p))
            report.attributes[key][0] += int(agree)
    gc = {_norm(c) for c in g.get("context") or []}
    pc = {_norm(c) for c in p.get("context") or []}
    report.context.tp += len(gc & pc)
    report.context.fp += len(pc - gc)
    report.context.fn += len(gc - pc)


def _brief(ev: Record) -> str:
    def codes(role: str) -> str:
        return ",".join(sorted(_codes(ev, role))) or "-"
    spans = [s for s in ev.get("text_info") or [] if isinstance(s, dict)]
    evidence = " | ".join(str(s.get("text", ""))[:200] for s in spans)
    head = (f"{ev.get('doc_id')}  {_type(ev)}/{ev.get('mode') or '-'}  {codes('actor')} -> {codes('recipient')}"
            f"  {ev.get('date') or 'no date'}  {ev.get('modality') or ''}")
    return f"{head}\n      {evidence}" if evidence else head


def format_report(report: Report, *, errors: bool = False) -> str:
    """The report as a table (the shared scorer's layout), optionally with misses and false alarms."""
    lines = [f"documents scored: {report.documents}", "",
             f"{'level':<10}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for level in ("dyad", "typed", "dated"):
        r = report.levels[level]
        d = r.as_dict()  # rounded to 4 places first, as the shared scorer prints
        lines.append(f"{level:<10}{d['precision']:>8.3f}{d['recall']:>8.3f}{d['f1']:>8.3f}{r.tp:>6}{r.fp:>6}{r.fn:>6}")
    lines += ["", "per event type (typed level):"]
    for t, r in sorted(report.per_type.items()):
        lines.append(f"  {t:<12}P {r.precision:.2f}  R {r.recall:.2f}  F1 {r.f1:.2f}"
                     f"  (tp {r.tp}, fp {r.fp}, fn {r.fn})")
    lines += ["", "on typed matches:"]
    for k, (a, n) in report.attributes.items():
        rate = f"{a / n:.2f}" if n else "n/a"
        lines.append(f"  {k:<10}{a}/{n} agree ({rate})")
    c = report.context
    lines.append(f"  context   P {c.precision:.2f}  R {c.recall:.2f}  F1 {c.f1:.2f}")
    lines += ["", f"dated F1: {report.levels['dated'].as_dict()['f1']:.4f}"]
    if errors:
        lines += ["", f"misses ({len(report.misses)}):"] + [f"  - {_brief(g)}" for g in report.misses]
        lines += ["", f"false alarms ({len(report.false_alarms)}):"] + [f"  - {_brief(p)}" for p in report.false_alarms]
    return "\n".join(lines)
