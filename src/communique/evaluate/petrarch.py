"""PETRARCH-2 validation records as an outside measuring stick: CAMEO codings mapped to PLOVER.

The PETRARCH-2 validation file (``shared/external/petrarch/PETR2_GSR_validation.xml``, from
openeventdata/UniversalPetrarch, MIT) holds 78 one-sentence records with their expected CAMEO
codings. This module reads it, maps each coding to a PLOVER expectation, runs the sentences
through an extractor and scores typed and dyad matches, one prediction to one expectation::

    <Sentence category="GOLD" date="20150609" id="GOLD_4" .../>
    <EventCoding eventcode="057" sourcecode="UKR" targetcode="IGOEUREEC" />
                           [_]              [_]              [_______]
                           05 -> SUPPORT    UKR              IGO + EUR -> EUR
      -> Expectation(event_type="SUPPORT", actor={"UKR"}, recipient={"EUR"})

Mapping rules (the 2-digit table of ``shared/external/README.md``):

* event codes: 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 080-083 CONCEDE,
  084-087 RETREAT, 09 and 11 ACCUSE, 10 REQUEST, 12 REJECT, 13 THREATEN, 14 PROTEST,
  15 MOBILIZE, 16 SANCTION, 17 COERCE, 18-20 ASSAULT; 01 and 02 have no PLOVER type.
* actor codes: the first three letters when they are a country code (``RUSGOV`` -> ``RUS``);
  ``IGOUNO...``/``UNO...`` -> ``UNO``, ``IGOEUR...`` -> ``EUR``, any other ``IGO...`` -> ``IGO``;
  everything else (``---REB``, ``IMGMUSISI``, ``CVL``) is not a code we can produce.

Not every coding can be compared with our output, and those that cannot are **not scored**
rather than dropped: an expectation without a PLOVER type, with an actor that maps to no code, or
that is domestic (both sides the same state: codebook section 1 says that is no event) counts
neither as expected nor as missed, and a prediction that agrees with it wherever it is known
(same type when it has one, its mapped codes present) is absorbed: neither a hit nor a false
alarm. So the figures judge only what both coders can express, and a reasonable reading of an
unknown actor ("rebels" -> ``SYR``) is not punished.

PETRARCH writes one coding per dyad and direction: "Chile and Peru agreed" is
``CHL->PER`` and ``PER->CHL``, and a three-party meeting is six codings. Our codebook records one
event with every participant, so for the symmetric types (CONSULT, AGREE, COOPERATE) codings of
the same type and participant set are folded into one expectation, and codings that cover every
pair of three or more codes are folded into one expectation with all of them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pycountry
from scipy.optimize import linear_sum_assignment

from communique.evaluate import PRF
from communique.model import SYMMETRIC_TYPES, Article, Event

__all__ = [
    "VALIDATION_FILE",
    "Coding",
    "Expectation",
    "PetrarchReport",
    "Record",
    "SentenceResult",
    "cameo_actor",
    "cameo_to_plover",
    "evaluate_petrarch",
    "expectations",
    "format_petrarch_report",
    "parse_validation",
]

#: Where the validation file lives inside the shared directory.
VALIDATION_FILE = Path("external") / "petrarch" / "PETR2_GSR_validation.xml"

#: CAMEO root (2 digits) -> PLOVER type; 08 is split at 3 digits (see ``_YIELD``).
_ROOT_TO_PLOVER: dict[str, str] = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
#: CAMEO 08 "yield": 080 (unspecified) and 081-083 are verbal concessions, 084-087 acts.
_YIELD: dict[str, str] = {
    "080": "CONCEDE", "081": "CONCEDE", "082": "CONCEDE", "083": "CONCEDE",
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT",
}

#: Codes that are states for us besides ISO 3166 alpha-3 (PLOVER keeps Kosovo as KOS).
_EXTRA_STATES = frozenset({"KOS"})
_COUNTRIES = frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_STATES

_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


@dataclass(frozen=True)
class Coding:
    """One ``<EventCoding>`` line as written: CAMEO event and actor codes, or "no events"."""

    eventcode: str | None = None
    sourcecode: str | None = None
    targetcode: str | None = None
    noevents: bool = False

    def __str__(self) -> str:
        if self.noevents:
            return "noevents"
        return f"{self.eventcode} {self.sourcecode}->{self.targetcode}"


@dataclass(frozen=True)
class Record:
    """One validation sentence: id, category, date (when a full ``YYYYMMDD``), text, codings."""

    id: str
    category: str
    date: dt.date | None
    text: str
    codings: tuple[Coding, ...]

    @property
    def events(self) -> tuple[Coding, ...]:
        """The codings that expect an event (not the ``noevents`` markers)."""
        return tuple(c for c in self.codings if not c.noevents)


@dataclass(frozen=True)
class Expectation:
    """A coding (or folded codings) in our terms.

    ``event_type`` is None when CAMEO's code has no PLOVER type; ``actor``/``recipient`` are None
    when the side maps to no code we produce. ``scored`` is False for those and for domestic
    codings, with the reason in ``why_not``.
    """

    event_type: str | None
    actor: frozenset[str] | None
    recipient: frozenset[str] | None
    codings: tuple[Coding, ...]
    scored: bool = True
    why_not: str = ""

    @property
    def symmetric(self) -> bool:
        """Scored on the union of participants (CONSULT, AGREE, COOPERATE)."""
        return self.event_type in SYMMETRIC_TYPES

    def known_codes(self) -> frozenset[str]:
        """Every code this expectation names, either side."""
        return (self.actor or frozenset()) | (self.recipient or frozenset())

    def __str__(self) -> str:
        def side(s: frozenset[str] | None) -> str:
            return "?" if s is None else ",".join(sorted(s)) or "-"
        cameo = "; ".join(str(c) for c in self.codings)
        if self.symmetric and self.actor is not None and self.recipient is not None:
            parties = " + ".join(sorted(self.known_codes()))
        else:
            parties = f"{side(self.actor)} -> {side(self.recipient)}"
        return f"{self.event_type or 'no type'} {parties}  [CAMEO {cameo}]"


def cameo_to_plover(eventcode: str) -> str | None:
    """The PLOVER type of a CAMEO event code (``"0352"`` -> ``"AGREE"``), None for 01/02.

    Raises ValueError for a code that is not 3-4 digits of a CAMEO root 01-20.
    """
    code = eventcode.strip()
    if not re.fullmatch(r"\d{3,4}", code) or not 1 <= int(code[:2]) <= 20:
        raise ValueError(f"not a CAMEO event code: {eventcode!r}")
    if code[:2] == "08":
        return _YIELD.get(code[:3])
    return _ROOT_TO_PLOVER.get(code[:2])


def cameo_actor(code: str) -> str | None:
    """Our participant code for a CAMEO actor code, or None when it names no state or IGO.

    >>> [cameo_actor(c) for c in ("RUSGOV", "IGOUNOMIL", "IGOEUREEC", "IGOCOPITP", "---REB")]
    ['RUS', 'UNO', 'EUR', 'IGO', None]
    """
    c = code.strip().upper()
    if c.startswith("IGO"):
        return {"UNO": "UNO", "EUR": "EUR"}.get(c[3:6], "IGO")
    if c.startswith("UNO"):
        return "UNO"
    if len(c) >= 3 and c[:3] in _COUNTRIES:
        return c[:3]
    return None


def _text_from_parse(parse: str) -> str:
    """Rebuild a sentence from its CoNLL-U block (FORM column, ``SpaceAfter=No``)."""
    out: list[str] = []
    for line in parse.strip().splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def _clean(text: str) -> str:
    """One line, single spaces, PTB quotes back to plain ones.

    The extractor starts a sentence at every line break, and the file wraps its texts.
    """
    text = re.sub(r"\s*``\s*", ' "', text)
    text = re.sub(r"\s*''", '"', text)
    return " ".join(text.split())


def _date(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{8}", value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return None


def parse_validation(path: Path) -> list[Record]:
    """Read a PETRARCH validation file leniently, with regular expressions.

    The file is not well-formed XML (each ``<Sentence .../>`` is self-closed and then closed
    again by ``</Sentence>``), so no XML parser reads it as is. A record whose ``<Text>`` is
    empty gets its text rebuilt from its ``<Parse>`` block. Raises OSError when unreadable.
    """
    raw = path.read_text(encoding="utf-8")
    records: list[Record] = []
    for attrs, body in _SENTENCE.findall(raw):
        a = dict(_ATTR.findall(attrs))
        codings = []
        for c in _CODING.findall(body):
            ca = dict(_ATTR.findall(c))
            if ca.get("noevents", "").lower() == "true":
                codings.append(Coding(noevents=True))
            else:
                codings.append(Coding(ca.get("eventcode"), ca.get("sourcecode"), ca.get("targetcode")))
        text_m, parse_m = _TEXT.search(body), _PARSE.search(body)
        text = _clean(text_m.group(1)) if text_m else ""
        if not text and parse_m:
            text = _clean(_text_from_parse(parse_m.group(1)))
        records.append(Record(id=a.get("id", f"record-{len(records)}"), category=a.get("category", "?"),
                              date=_date(a.get("date")), text=text, codings=tuple(codings)))
    return records


def _expect_one(c: Coding) -> Expectation:
    try:
        etype = cameo_to_plover(c.eventcode) if c.eventcode else None
    except ValueError:
        etype = None  # a malformed code is reported as "no PLOVER type", not a crash
    src = cameo_actor(c.sourcecode) if c.sourcecode else None
    tgt = cameo_actor(c.targetcode) if c.targetcode else None
    actor = frozenset({src}) if src else None
    recipient = frozenset({tgt}) if tgt else None
    why = ""
    if etype is None:
        why = "no PLOVER type (CAMEO 01/02)"
    elif actor is None or recipient is None:
        why = "actor with no state or IGO code"
    elif actor == recipient:
        why = "domestic (codebook section 1)"
    return Expectation(etype, actor, recipient, (c,), scored=not why, why_not=why)


def _fold(exps: list[Expectation]) -> list[Expectation]:
    """Fold PETRARCH's per-dyad codings of symmetric events back into events (module doc)."""
    out: list[Expectation] = []
    seen: dict[tuple[object, ...], int] = {}
    for e in exps:
        if e.symmetric and e.actor is not None and e.recipient is not None:
            key: tuple[object, ...] = (e.event_type, e.scored, e.actor | e.recipient)
        else:
            key = (e.event_type, e.scored, e.actor, e.recipient, len(out))  # never folded
        if key in seen:
            i = seen[key]
            out[i] = Expectation(out[i].event_type, out[i].actor, out[i].recipient,
                                 out[i].codings + e.codings, out[i].scored, out[i].why_not)
        else:
            seen[key] = len(out)
            out.append(e)
    return _fold_cliques(out)


def _fold_cliques(exps: list[Expectation]) -> list[Expectation]:
    """Fold symmetric two-party expectations that cover every pair of 3+ codes into one."""
    by_type: dict[str, list[int]] = {}
    for i, e in enumerate(exps):
        if e.symmetric and e.scored and e.event_type and len(e.known_codes()) == 2:
            by_type.setdefault(e.event_type, []).append(i)
    drop: set[int] = set()
    merged: list[Expectation] = []
    for etype, idx in by_type.items():
        pairs = {exps[i].known_codes(): i for i in idx}
        codes = sorted(set().union(*pairs))
        for size in range(len(codes), 2, -1):
            for group in itertools.combinations(codes, size):
                members = [pairs.get(frozenset(p)) for p in itertools.combinations(group, 2)]
                if any(m is None or m in drop for m in members):
                    continue
                chosen = [m for m in members if m is not None]
                drop.update(chosen)
                merged.append(Expectation(etype, frozenset(group), frozenset(group),
                                          tuple(c for m in chosen for c in exps[m].codings)))
    return [e for i, e in enumerate(exps) if i not in drop] + merged


def expectations(record: Record) -> list[Expectation]:
    """The record's codings as expectations in our terms, folded and marked scored or not."""
    return _fold([_expect_one(c) for c in record.events])


def _codes(actors: Iterable[object]) -> frozenset[str]:
    return frozenset(str(getattr(a, "code", "")).upper() for a in actors) - {""}


def _typed_ok(e: Expectation, p: Event) -> bool:
    if e.event_type is not None and p.event_type != e.event_type:
        return False
    pa, pr = _codes(p.actor), _codes(p.recipient)
    if e.event_type is None or e.actor is None or e.recipient is None:
        return e.known_codes() <= pa | pr  # lenient: only ever used to absorb, never to score
    if e.symmetric:
        return e.known_codes() == pa | pr
    return e.actor == pa and e.recipient == pr


def _dyad_ok(e: Expectation, p: Event) -> bool:
    pp = _codes(p.actor) | _codes(p.recipient)
    if e.actor is None or e.recipient is None:
        return e.known_codes() <= pp
    return e.known_codes() == pp


@dataclass
class SentenceResult:
    """One sentence's expectations, predictions and pairings (prediction index -> expectation)."""

    record: Record
    expected: list[Expectation]
    predicted: list[Event]
    typed: dict[int, int] = field(default_factory=dict)
    dyad: dict[int, int] = field(default_factory=dict)

    def misses(self, level: str = "typed") -> list[Expectation]:
        """Scored expectations no prediction matched."""
        hit = set((self.typed if level == "typed" else self.dyad).values())
        return [e for i, e in enumerate(self.expected) if e.scored and i not in hit]

    def false_alarms(self, level: str = "typed") -> list[Event]:
        """Predictions matched to no expectation (absorbed ones are not false alarms)."""
        owner = self.typed if level == "typed" else self.dyad
        return [p for i, p in enumerate(self.predicted) if i not in owner]

    def hits(self, level: str = "typed") -> int:
        """Predictions matched to a scored expectation."""
        owner = self.typed if level == "typed" else self.dyad
        return sum(1 for gi in owner.values() if self.expected[gi].scored)


def _pair(exps: list[Expectation], preds: list[Event], ok: Callable[[Expectation, Event], bool]) -> dict[int, int]:
    """One-to-one pairing with the most scored matches, then the most absorbed predictions."""
    if not exps or not preds:
        return {}
    required = min(len(exps), len(preds)) + 1  # one more scored match outweighs all absorbed ones
    w = np.zeros((len(exps), len(preds)), dtype=np.int64)
    for gi, e in enumerate(exps):
        for pi, p in enumerate(preds):
            if ok(e, p):
                w[gi, pi] = required if e.scored else 1
    rows, cols = linear_sum_assignment(w, maximize=True)
    return {int(c): int(r) for r, c in zip(rows, cols, strict=True) if w[r, c] > 0}


def per_dyad(events: list[Event]) -> list[Event]:
    """Directed events split into one event per (actor, recipient) pair, as PETRARCH codes them:
    "Danish and Dutch students protested in Jakarta" is two codings, DNK->IDN and NLD->IDN.
    Symmetric events stay whole (their expectations are folded instead)."""
    out: list[Event] = []
    for ev in events:
        if ev.event_type in SYMMETRIC_TYPES or (len(ev.actor) <= 1 and len(ev.recipient) <= 1):
            out.append(ev)
            continue
        for a in ev.actor or (None,):
            for r in ev.recipient or (None,):
                out.append(ev.model_copy(update={"actor": (a,) if a else (), "recipient": (r,) if r else ()}))
    return out


def score_sentence(record: Record, predicted: list[Event]) -> SentenceResult:
    """Pair a record's expectations with the events predicted for it, typed and dyad level."""
    predicted = per_dyad(predicted)
    exps = expectations(record)
    return SentenceResult(record, exps, predicted, _pair(exps, predicted, _typed_ok),
                          _pair(exps, predicted, _dyad_ok))


@dataclass
class PetrarchReport:
    """Everything :func:`evaluate_petrarch` measured."""

    sentences: int = 0
    codings: int = 0
    coded_events: int = 0
    noevents: int = 0
    expected: int = 0  # scored expectations after folding
    not_scored: Counter[str] = field(default_factory=Counter)
    predicted: int = 0
    absorbed: int = 0
    typed: PRF = field(default_factory=PRF)
    dyad: PRF = field(default_factory=PRF)
    per_category: dict[str, PRF] = field(default_factory=dict)
    results: list[SentenceResult] = field(default_factory=list)


ExtractMany = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]


def evaluate_petrarch(records: list[Record], extract_many: ExtractMany) -> PetrarchReport:
    """Run each record as a one-sentence article through ``extract_many`` and score it.

    ``extract_many`` is :meth:`communique.extraction.Extractor.extract_many` (passed in, so that this
    stage does not import another). The article is published on the record's date, if any.
    """
    articles = [Article(id=f"petrarch-{i}-{r.id}", text=r.text, published=r.date,
                        title=None, source=f"PETRARCH-2 validation ({r.category})")
                for i, r in enumerate(records)]
    by_id = dict(zip((a.id for a in articles), records, strict=True))  # ids unique by position
    report = PetrarchReport(sentences=len(records))
    for r in records:
        report.codings += len(r.codings)
        report.coded_events += len(r.events)
        report.noevents += sum(c.noevents for c in r.codings)
    for article, events in extract_many(articles):
        record = by_id[article.id]
        res = score_sentence(record, events)
        report.results.append(res)
        report.expected += sum(e.scored for e in res.expected)
        for e in res.expected:
            if not e.scored:
                report.not_scored[e.why_not] += len(e.codings)
        report.predicted += len(res.predicted)  # per (actor, recipient) pair
        report.absorbed += sum(1 for gi in res.typed.values() if not res.expected[gi].scored)
        cat = report.per_category.setdefault(record.category, PRF())
        for level, prf in (("typed", report.typed), ("dyad", report.dyad)):
            tp, fp, fn = res.hits(level), len(res.false_alarms(level)), len(res.misses(level))
            prf.tp += tp
            prf.fp += fp
            prf.fn += fn
            if level == "typed":
                cat.tp += tp
                cat.fp += fp
                cat.fn += fn
    return report


def _event_brief(p: Event) -> str:
    def side(actors: Iterable[object]) -> str:
        return ",".join(sorted(_codes(actors))) or "-"
    return (f"{p.event_type}/{p.mode or '-'} {side(p.actor)} -> {side(p.recipient)} {p.modality}"
            f"  trigger={p.trigger!r}  [{p.reason}]")


def format_petrarch_report(report: PetrarchReport, *, verbose: bool = False) -> str:
    """The report as text; ``verbose`` adds every miss and false alarm with its sentence."""
    r = report
    lines = [
        f"sentences:            {r.sentences}",
        f"codings:              {r.codings} ({r.coded_events} events, {r.noevents} noevents)",
        f"expected events:      {r.expected} scored (after folding per-dyad codings of symmetric events)",
    ]
    for why, n in sorted(r.not_scored.items()):
        lines.append(f"  not scored:         {n} coding(s): {why}")
    lines += [
        f"predicted events:     {r.predicted} ({r.absorbed} absorbed by not-scored codings)",
        "",
        f"{'level':<10}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for name, prf in (("typed", r.typed), ("dyad", r.dyad)):
        lines.append(f"{name:<10}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}"
                     f"{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}")
    lines += ["", "typed recall per category:"]
    for cat, prf in sorted(r.per_category.items()):
        rec = f"{prf.recall:.2f}" if prf.tp + prf.fn else " n/a"
        lines.append(f"  {cat:<8} R {rec}  (tp {prf.tp}, fn {prf.fn}, fp {prf.fp})")
    lines += ["", f"typed F1: {r.typed.f1:.4f}"]
    if verbose:
        lines += ["", "misses and false alarms (typed level):"]
        for res in r.results:
            misses, fas = res.misses(), res.false_alarms()
            if not misses and not fas:
                continue
            lines.append(f"- {res.record.id} [{res.record.category}] {res.record.text}")
            lines += [f"    MISS  {e}" for e in misses]
            lines += [f"    FALSE {_event_brief(p)}" for p in fas]
    return "\n".join(lines)
