"""Readable timelines: one row per incident (or event), filtered, in four formats.

::

    2020-12-16  CONSULT visit  Lavrov (RUS) – Cavusoglu (TUR), Kazan · Syria, Libya · 2 sources
    2021-01-04  ACCUSE disapprove  Cavusoglu (TUR) → Lavrov (RUS) · S-400 · 1 source

Symmetric types join participants with an en dash, directed ones with an arrow. Names come
from the events behind an incident (pass them as ``events``); without them the codes stand alone.
:func:`render_timeline` writes ``text`` (those lines), ``jsonl``, ``csv`` or ``md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from communique.analytics.series import Dyad, Item, as_item, date_bounds, in_dyad
from communique.model import SYMMETRIC_TYPES, Event, Incident

__all__ = ["Evidence", "TimelineRow", "format_line", "render_timeline", "timeline"]

Format = Literal["text", "jsonl", "csv", "md"]
_PARTICLES = {"al", "bin", "da", "de", "del", "der", "di", "du", "el", "la", "le", "van", "von"}


@dataclass(frozen=True)
class Evidence:
    """One evidence sentence: the article and the characters ``[start, end)`` of its text."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimelineRow:
    """One incident (or event) as the timeline shows it."""

    id: str
    date: str | None
    event_type: str
    mode: str | None
    actors: tuple[str, ...]  # labels: "Lavrov (RUS)" or "RUS"
    recipients: tuple[str, ...]
    symmetric: bool
    place: str | None
    lat: float | None
    lon: float | None
    topics: tuple[str, ...]
    n_sources: int
    disagreement: bool
    event_scale: float | None
    quad_code: int | None
    evidence: tuple[Evidence, ...] = ()

    def participants_text(self) -> str:
        """"A – B" for symmetric types, "A → B" for directed ones."""
        if self.symmetric or not self.recipients:
            return " – ".join((*self.actors, *self.recipients))
        return f"{', '.join(self.actors)} → {', '.join(self.recipients)}"

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out = asdict(self)
        out["actors"], out["recipients"], out["topics"] = list(self.actors), list(self.recipients), list(self.topics)
        out["evidence"] = [asdict(e) for e in self.evidence]
        return out


def _surname(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    out = [words[-1]]
    for w in reversed(words[:-1]):
        if w.lower() not in _PARTICLES:
            break
        out.insert(0, w)
    return " ".join(out)


def _labels(codes: Iterable[str], names: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(f"{_surname(names[c])} ({c})" if c in names else c for c in codes)


def _names_and_evidence(item: Item, events: Mapping[str, Event]) -> tuple[dict[str, str], tuple[Evidence, ...]]:
    source = item.source
    members = [events[i] for i in source.event_ids if i in events] if isinstance(source, Incident) else [source]
    votes: dict[str, Counter[str]] = {}
    evidence: list[Evidence] = []
    for e in members:
        for ref in (*e.actor, *e.recipient):
            if ref.identifier_text:
                votes.setdefault(ref.code, Counter())[ref.identifier_text] += 1
        evidence.extend(Evidence(e.doc_id, s.start, s.end, s.text) for s in e.text_info)
    return {code: c.most_common(1)[0][0] for code, c in votes.items()}, tuple(evidence)


def _in_range(date: str | None, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    if date_from is None and date_to is None:
        return True
    if not date:
        return False
    try:
        start, end = date_bounds(date)
    except ValueError:
        return False
    return (date_from is None or end >= date_from) and (date_to is None or start <= date_to)


def _as_date(value: str | dt.date | None, *, last: bool = False) -> dt.date | None:
    """A bound as a day: the first day of a period, or with ``last`` its last ("--to 2021" ends on
    31 December)."""
    if value is None or isinstance(value, dt.date):
        return value
    return date_bounds(value)[1 if last else 0]


def timeline(items: Iterable[Incident | Event], *, events: Iterable[Event] = (), dyad: Dyad | None = None,
             date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
             topic: str | None = None, directed: bool = False) -> list[TimelineRow]:
    """Rows for the items that pass the filters, by date (undated last).

    ``date_from``/``date_to`` are inclusive and compare by overlap: a month-precise item is in a
    range that contains any of its days; an undated item is left out once a bound is given.
    ``topic`` matches a topic name case-insensitively. ``events`` supplies names and evidence.
    """
    by_id = {e.id: e for e in events}
    start, end = _as_date(date_from), _as_date(date_to, last=True)
    wanted = topic.lower() if topic else None
    rows: list[TimelineRow] = []
    for obj in items:
        item = as_item(obj)
        if not in_dyad(item, dyad, directed) or not _in_range(item.date, start, end):
            continue
        if wanted is not None and wanted not in {t.lower() for t in item.topics}:
            continue
        names, evidence = _names_and_evidence(item, by_id)
        source = item.source
        place = source.place if isinstance(source, Incident) else source.event_loc
        rows.append(TimelineRow(
            id=item.id, date=item.date, event_type=item.event_type, mode=item.mode,
            actors=_labels(item.actor, names), recipients=_labels(item.recipient, names),
            symmetric=item.event_type in SYMMETRIC_TYPES,
            place=(place.resolved_place or place.extracted_place) if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            topics=item.topics, n_sources=item.n_sources,
            disagreement=source.disagreement if isinstance(source, Incident) else False,
            event_scale=item.event_scale, quad_code=item.quad_code, evidence=evidence,
        ))
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.event_type, r.id))
    return rows


def format_line(row: TimelineRow) -> str:
    """One readable line: date, type and mode, participants, place, topics, sources."""
    head = f"{row.date or '(undated)':<10}  {row.event_type}{' ' + row.mode if row.mode else ''}"
    who = row.participants_text() + (f", {row.place}" if row.place else "")
    parts = [f"{head}  {who}"]
    if row.topics:
        parts.append(", ".join(row.topics))
    parts.append(f"{row.n_sources} source{'' if row.n_sources == 1 else 's'}"
                 + (" (sources disagree)" if row.disagreement else ""))
    return " · ".join(parts)


_CSV_FIELDS = ["date", "event_type", "mode", "participants", "place", "lat", "lon", "topics", "n_sources",
               "disagreement", "event_scale", "quad_code", "id"]


def render_timeline(rows: Sequence[TimelineRow], fmt: Format = "text") -> str:
    """The rows as ``text`` lines, ``jsonl`` records, ``csv`` with a header, or a ``md`` table."""
    if fmt == "text":
        return "".join(format_line(r) + "\n" for r in rows)
    if fmt == "jsonl":
        return "".join(json.dumps(r.to_record(), ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(_CSV_FIELDS)
        for r in rows:
            writer.writerow([r.date or "", r.event_type, r.mode or "", r.participants_text(), r.place or "",
                             "" if r.lat is None else r.lat, "" if r.lon is None else r.lon, "; ".join(r.topics),
                             r.n_sources, int(r.disagreement), "" if r.event_scale is None else r.event_scale,
                             "" if r.quad_code is None else r.quad_code, r.id])
        return buf.getvalue()
    if fmt == "md":
        lines = ["| date | event | participants | place | topics | sources |", "|---|---|---|---|---|---|"]
        for r in rows:
            cells = [r.date or "", f"{r.event_type}{' ' + r.mode if r.mode else ''}", r.participants_text(),
                     r.place or "", ", ".join(r.topics), str(r.n_sources) + (" ⚠" if r.disagreement else "")]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown timeline format {fmt!r}; use text, jsonl, csv or md")
