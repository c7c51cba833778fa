"""Readable timelines: one row per incident (or event), filtered, in four formats.

::

    2020-12-16  CONSULT visit  Sergey Lavrov (RUS) – Mevlüt Çavuşoğlu (TUR), Kazan · Syria · 2 sources
    ~2021-01-04 ACCUSE disapprove  Turkey (TUR) → NATO · S-400 · 1 source

Symmetric types join participants with an en dash, directed ones with an arrow. Names come
from the events behind an incident (pass them as ``events``): a person's full name from the
knowledge base, else the country's name (ISO data), and an organisation's id (``NATO``) instead
of PLOVER's ``IGO``. A date the text does not give (the article's publication date, a guess) is
marked ``~``; ``date_source`` says where each date came from (text, discourse, publication).
:func:`render_timeline` writes ``text`` (those lines), ``jsonl``, ``csv`` or ``md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from communique.analytics.series import Dyad, Item, as_item, date_bounds, in_dyad, parse_dyad
from communique.model import SYMMETRIC_TYPES, ActorRef, Event, Incident
from communique.names import label, org_id_of
from communique.tabular import csv_row

__all__ = ["Evidence", "TimelineRow", "event_line_sql", "format_line", "people_texts", "range_sql", "render_timeline",
           "render_timeline_parts", "timeline"]

Format = Literal["text", "jsonl", "csv", "md"]
_SOURCE_RANK = {"text": 0, "discourse": 1, "publication": 2}


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
    #: where the date came from: text, discourse or publication (a guess), None when unknown
    date_source: str | None = None
    #: participant codes (organisation ids where known), as ``actors``/``recipients`` in order
    actor_codes: tuple[str, ...] = ()
    recipient_codes: tuple[str, ...] = ()

    @property
    def guessed_date(self) -> bool:
        """Whether the date is the article's publication date rather than one the text gives."""
        return self.date_source == "publication"

    def date_label(self) -> str:
        """The date, ``~``-prefixed when guessed, ``(undated)`` when none."""
        if not self.date:
            return "(undated)"
        return ("~" if self.guessed_date else "") + self.date

    def participants_text(self) -> str:
        """"A – B" for symmetric types, "A → B" for directed ones."""
        return _joined(self.actors, self.recipients, self.symmetric)

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out = asdict(self)
        for name in ("actors", "recipients", "topics", "actor_codes", "recipient_codes"):
            out[name] = list(getattr(self, name))
        out["evidence"] = [asdict(e) for e in self.evidence]
        return out


def _joined(actors: Sequence[str], recipients: Sequence[str], symmetric: bool) -> str:
    if symmetric or not recipients:
        return " – ".join((*actors, *recipients))
    return f"{', '.join(actors)} → {', '.join(recipients)}"


def _participants(item: Item, members: Sequence[Event]
                  ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Labels and keys (organisation id, else code) of the item's actors and recipients."""
    return _labels(item.actor, item.recipient, [ref for e in members for ref in (*e.actor, *e.recipient)])


def _labels(actor: Sequence[str], recipient: Sequence[str], refs: Iterable[ActorRef]
            ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Labels and keys of the codes ``actor`` and ``recipient``, the name of each code the one
    most ``refs`` of it give (the first given on a tie)."""
    votes: dict[str, Counter[tuple[str | None, str | None]]] = {}
    for ref in refs:
        votes.setdefault(ref.code, Counter())[(org_id_of(ref), ref.identifier_text)] += 1

    def side(codes: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        labels, keys = [], []
        for code in codes:
            org, name = votes[code].most_common(1)[0][0] if code in votes else (None, None)
            labels.append(label(code, name, org))
            keys.append(org or code)
        return tuple(labels), tuple(keys)

    actors, actor_keys = side(actor)
    recipients, recipient_keys = side(recipient)
    return actors, recipients, actor_keys, recipient_keys


def people_texts(actors: Sequence[Mapping[str, Any]], recipients: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """The participants of one event's timeline line, symmetric and directed, from its actors
    and recipients given as the fields of :class:`ActorRef` (code, names, reason) in order."""
    def ref(fields: Mapping[str, Any]) -> ActorRef:  # a field missing from an older record: its default
        return ActorRef(**{k: v for k, v in fields.items() if v is not None})

    a = [ref(x) for x in actors]
    r = [ref(x) for x in recipients]
    labels = _labels(tuple(dict.fromkeys(x.code for x in a)), tuple(dict.fromkeys(x.code for x in r)), (*a, *r))
    return _joined(labels[0], labels[1], True), _joined(labels[0], labels[1], False)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def event_line_sql(who_symmetric: str, who_directed: str) -> str:
    """:func:`format_line` of an event's row in SQL, over the columns ``date``, ``date_source``,
    ``event_type``, ``mode``, ``place`` and ``topics`` and the expressions giving the text of
    :func:`people_texts` (an event counts one source, never disagreeing)."""
    symmetric = ", ".join(_sql_text(t) for t in sorted(SYMMETRIC_TYPES))
    date = ("CASE WHEN coalesce(date, '') = '' THEN '(undated)' "
            "ELSE CASE WHEN date_source = 'publication' THEN '~' ELSE '' END || date END")
    return (f"CASE WHEN length({date}) < 11 THEN rpad({date}, 11, ' ') ELSE {date} END || ' ' || event_type "
            "|| CASE WHEN coalesce(mode, '') <> '' THEN ' ' || mode ELSE '' END || '  ' "
            f"|| CASE WHEN event_type IN ({symmetric}) THEN {who_symmetric} ELSE {who_directed} END "
            "|| CASE WHEN coalesce(place, '') <> '' THEN ', ' || place ELSE '' END "
            "|| CASE WHEN len(coalesce(topics, [])) > 0 THEN ' · ' || array_to_string(topics, ', ') ELSE '' END "
            "|| ' · 1 source'")


def range_sql(date_from: str | dt.date | None, date_to: str | dt.date | None, column: str = "date"
              ) -> tuple[str, list[Any]]:
    """The condition of :func:`timeline`'s ``date_from``/``date_to`` (overlap: a month is in a
    range holding any of its days; undated out once a bound is given) on ``column``."""
    start, end = _as_date(date_from), _as_date(date_to, last=True)
    if start is None and end is None:
        return "TRUE", []
    first = (f"TRY_CAST(CASE length({column}) WHEN 4 THEN {column} || '-01-01' WHEN 7 THEN {column} || '-01' "
             f"ELSE {column} END AS DATE)")
    last = (f"TRY_CAST(CASE length({column}) WHEN 4 THEN {column} || '-12-31' WHEN 7 THEN "
            f"CAST(last_day(TRY_CAST({column} || '-01' AS DATE)) AS VARCHAR) ELSE {column} END AS DATE)")
    clauses, params = [f"{first} IS NOT NULL", f"{last} IS NOT NULL"], list[Any]()
    if start is not None:
        clauses.append(f"{last} >= ?")
        params.append(start)
    if end is not None:
        clauses.append(f"{first} <= ?")
        params.append(end)
    return " AND ".join(clauses), params


def _date_source(item: Item, members: Sequence[Event]) -> str | None:
    """The most trustworthy source among the reports that give the item's date."""
    sources = [e.date_source for e in members if e.date_source and (e.date == item.date or len(members) == 1)]
    return min(sources, key=_SOURCE_RANK.__getitem__) if sources else None


def _members(item: Item, events: Mapping[str, Event]) -> list[Event]:
    source = item.source
    if source is None:  # an event read as columns: no names nor evidence to show
        return []
    return [events[i] for i in source.event_ids if i in events] if isinstance(source, Incident) else [source]


def _in_dyad(keys: set[str], item: Item, dyad: Dyad | None, directed: bool) -> bool:
    """``in_dyad`` that also knows organisation ids (``RUS-NATO``)."""
    if dyad is None:
        return True
    a, b = parse_dyad(dyad)
    if a in item.participants and b in item.participants:
        return in_dyad(item, dyad, directed)
    return a in keys and b in keys


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
        if not _in_range(item.date, start, end):
            continue
        if wanted is not None and wanted not in {t.lower() for t in item.topics}:
            continue
        members = _members(item, by_id)
        actors, recipients, actor_keys, recipient_keys = _participants(item, members)
        if not _in_dyad({*actor_keys, *recipient_keys}, item, dyad, directed):
            continue
        evidence = tuple(Evidence(e.doc_id, s.start, s.end, s.text) for e in members for s in e.text_info)
        source = item.source
        place = source.place if isinstance(source, Incident) else source.event_loc if source else None
        rows.append(TimelineRow(
            id=item.id, date=item.date, event_type=item.event_type, mode=item.mode,
            actors=actors, recipients=recipients, actor_codes=actor_keys, recipient_codes=recipient_keys,
            date_source=_date_source(item, members),
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
    head = f"{row.date_label():<11} {row.event_type}{' ' + row.mode if row.mode else ''}"
    who = row.participants_text() + (f", {row.place}" if row.place else "")
    parts = [f"{head}  {who}"]
    if row.topics:
        parts.append(", ".join(row.topics))
    parts.append(f"{row.n_sources} source{'' if row.n_sources == 1 else 's'}"
                 + (" (sources disagree)" if row.disagreement else ""))
    return " · ".join(parts)


#: CSV columns: codes (organisation ids where known) in ``actor``/``recipient``, names apart.
_CSV_FIELDS = ["date", "date_source", "event_type", "mode", "actor", "recipient", "actor_name", "recipient_name",
               "place", "lat", "lon", "topics", "n_sources", "disagreement", "event_scale", "quad_code", "id"]


def render_timeline(rows: Sequence[TimelineRow], fmt: Format = "text") -> str:
    """The rows as ``text`` lines, ``jsonl`` records, ``csv`` with a header, or a ``md`` table."""
    return "".join(render_timeline_parts([rows], fmt))


def render_timeline_parts(batches: Iterable[Sequence[TimelineRow]], fmt: Format = "text") -> Iterator[str]:
    """:func:`render_timeline` of the rows of ``batches`` in turn, a piece at a time (the header
    first): written out as they come, the rows need not all be in memory at once."""
    if fmt not in ("text", "jsonl", "csv", "md"):
        raise ValueError(f"unknown timeline format {fmt!r}; use text, jsonl, csv or md")
    if fmt == "csv":
        yield _csv_lines([], header=True)
    elif fmt == "md":
        yield "| date | event | participants | place | topics | sources |\n|---|---|---|---|---|---|\n"
    for rows in batches:
        if fmt == "text":
            yield "".join(format_line(r) + "\n" for r in rows)
        elif fmt == "jsonl":
            yield "".join(json.dumps(r.to_record(), ensure_ascii=False) + "\n" for r in rows)
        elif fmt == "csv":
            yield _csv_lines(rows)
        else:
            yield "".join(_md_line(r) + "\n" for r in rows)


def _md_line(r: TimelineRow) -> str:
    cells = [r.date_label(), f"{r.event_type}{' ' + r.mode if r.mode else ''}", r.participants_text(),
             r.place or "", ", ".join(r.topics), str(r.n_sources) + (" ⚠" if r.disagreement else "")]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _csv_lines(rows: Sequence[TimelineRow], *, header: bool = False) -> str:
    """The CSV lines of ``rows`` (just the header with ``header``)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(_CSV_FIELDS)
    for r in rows:
        writer.writerow(csv_row([r.date or "", r.date_source or "", r.event_type, r.mode or "",
                                 ";".join(r.actor_codes), ";".join(r.recipient_codes), "; ".join(r.actors),
                                 "; ".join(r.recipients), r.place or "",
                                 "" if r.lat is None else r.lat, "" if r.lon is None else r.lon, "; ".join(r.topics),
                                 r.n_sources, int(r.disagreement), "" if r.event_scale is None else r.event_scale,
                                 "" if r.quad_code is None else r.quad_code, r.id]))
    return buf.getvalue()
