"""Counts over time: per dyad and period, by PLOVER type and quad class, with the scale.

Every function takes *items*: :class:`~communique.model.Incident` records (one per real-world
event, the default view) or raw :class:`~communique.model.Event` records (one per report), mixed
freely. Each item counts once. ``quad_code`` and ``event_scale`` are read from the item, and
filled from ``rules/plover.yaml`` (type, then mode) when the item has none::

    >>> [(p.period, p.n, p.scale_sum) for p in dyad_series(incidents, ("RUS", "TUR"))]
    [('2020-11', 1, -2.0), ('2020-12', 2, 2.9)]

A dyad ``("RUS", "TUR")`` (or ``"RUS-TUR"``) matches every item in which both take part, on
either side; ``directed=True`` keeps only items where the first acts on the second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from communique.data import plover_scale
from communique.model import SYMMETRIC_TYPES, Event, Incident

__all__ = [
    "Freq",
    "Item",
    "PeriodCounts",
    "SeriesPoint",
    "Share",
    "as_item",
    "context_shares",
    "dyad_series",
    "event_item",
    "parse_dyad",
    "period_of",
    "plover_scale",
    "series_from_periods",
    "topic_shares",
    "type_counts_by_quarter",
]

Freq = Literal["month", "quarter", "year"]
Dyad = tuple[str, str] | str


@dataclass(frozen=True)
class Item:
    """The fields analytics reads, taken from an incident or an event."""

    id: str
    event_type: str
    mode: str | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    quad_code: int | None
    event_scale: float | None
    topics: tuple[str, ...]
    context: tuple[str, ...]
    n_sources: int
    #: the incident or event it views; None for an event read as columns (:func:`event_item`)
    source: Incident | Event | None = field(default=None, compare=False, repr=False)

    @property
    def participants(self) -> frozenset[str]:
        """Every participant code."""
        return frozenset((*self.actor, *self.recipient))


def as_item(obj: Incident | Event | Item) -> Item:
    """The :class:`Item` view of an incident or event (scale filled from PLOVER when missing)."""
    if isinstance(obj, Item):
        return obj
    if isinstance(obj, Incident):
        actor, recipient, n_sources = obj.actor, obj.recipient, obj.n_sources
        if not actor and not recipient:
            actor = obj.participants
    else:
        actor = tuple(dict.fromkeys(a.code for a in obj.actor))
        recipient = tuple(dict.fromkeys(a.code for a in obj.recipient))
        n_sources = 1
    return _item(obj.id, obj.event_type, obj.mode, actor, recipient, obj.date, obj.quad_code, obj.event_scale,
                 obj.topics, obj.context, n_sources, obj)


def _item(id: str, event_type: str, mode: str | None, actor: tuple[str, ...], recipient: tuple[str, ...],
          date: str | None, quad: int | None, scale: float | None, topics: tuple[str, ...],
          context: tuple[str, ...], n_sources: int, source: Incident | Event | None) -> Item:
    if quad is None or scale is None:
        q, s = plover_scale(event_type, mode)
        quad = quad if quad is not None else q
        scale = scale if scale is not None else s
    return Item(id=id, event_type=event_type, mode=mode, actor=actor, recipient=recipient, date=date,
                quad_code=quad, event_scale=scale, topics=topics, context=context, n_sources=n_sources,
                source=source)


def event_item(id: str, event_type: str, mode: str | None, actor: Sequence[str] | None,
               recipient: Sequence[str] | None, date: str | None, quad_code: int | None, event_scale: float | None,
               topics: Sequence[str] | None, context: Sequence[str] | None) -> Item:
    """The :class:`Item` of an event given as its stored columns (``Store.event_facts``), without
    building the :class:`Event`: the same item as :func:`as_item` of that event, ``source`` None."""
    return _item(id, event_type, mode, tuple(dict.fromkeys(actor or ())), tuple(dict.fromkeys(recipient or ())),
                 date, quad_code, event_scale, tuple(topics or ()), tuple(context or ()), 1, None)


def parse_dyad(dyad: Dyad) -> tuple[str, str]:
    """``"RUS-TUR"`` or ``("RUS", "TUR")`` -> ``("RUS", "TUR")``."""
    if isinstance(dyad, str):
        a, sep, b = dyad.partition("-")
        if not sep or not a or not b:
            raise ValueError(f"dyad {dyad!r} is not of the form AAA-BBB")
        return a.upper(), b.upper()
    return dyad[0], dyad[1]


def in_dyad(item: Item, dyad: Dyad | None, directed: bool = False) -> bool:
    """Whether ``item`` is an interaction of ``dyad`` (None matches everything)."""
    if dyad is None:
        return True
    a, b = parse_dyad(dyad)
    if directed and item.event_type not in SYMMETRIC_TYPES:
        return a in item.actor and b in item.recipient
    parts = item.participants
    return a in parts and b in parts


def _items(items: Iterable[Incident | Event | Item], dyad: Dyad | None = None,
           directed: bool = False) -> Iterator[Item]:
    for obj in items:
        item = as_item(obj)
        if in_dyad(item, dyad, directed):
            yield item


def period_of(date: str | None, freq: Freq) -> str | None:
    """The period label of a date, or None when the date is not precise enough for ``freq``.

    >>> period_of("2020-12-29", "quarter"), period_of("2020", "month")
    ('2020-Q4', None)
    """
    if not date or len(date) < 4:
        return None
    if freq == "year":
        return date[:4]
    if len(date) < 7:
        return None
    if freq == "month":
        return date[:7]
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def _next_period(period: str, freq: Freq) -> str:
    if freq == "year":
        return str(int(period) + 1)
    if freq == "month":
        year, month = int(period[:4]), int(period[5:7])
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    year, q = int(period[:4]), int(period[-1])
    return f"{year + q // 4}-Q{q % 4 + 1}"


def _span(periods: Iterable[str], freq: Freq) -> list[str]:
    """Every period from the first to the last of ``periods``, gaps included."""
    present = sorted(set(periods))
    if not present:
        return []
    out = [present[0]]
    while out[-1] < present[-1] and len(out) < 100_000:
        out.append(_next_period(out[-1], freq))
    return out


@dataclass
class SeriesPoint:
    """One period of a dyad's series."""

    period: str
    n: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[int, int] = field(default_factory=dict)
    scale_sum: float = 0.0
    scale_n: int = 0  # items with a scale (the mean's denominator)

    @property
    def scale_mean(self) -> float | None:
        """Mean cooperation-conflict scale of the period's items, None when none has one."""
        return self.scale_sum / self.scale_n if self.scale_n else None

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"period": self.period, "n": self.n, "by_type": dict(self.by_type),
                "by_quad": {str(k): v for k, v in self.by_quad.items()}, "scale_sum": round(self.scale_sum, 3),
                "scale_mean": None if self.scale_mean is None else round(self.scale_mean, 3)}


def dyad_series(items: Iterable[Incident | Event | Item], dyad: Dyad | None = None, freq: Freq = "month", *,
                directed: bool = False, fill: bool = True) -> list[SeriesPoint]:
    """Per period: item count, counts by type and quad class, sum and mean of the scale.

    Items whose date is less precise than ``freq`` (a bare year in a monthly series) or null are
    left out. With ``fill`` every period between the first and the last appears, empty or not.
    """
    points: dict[str, SeriesPoint] = {}
    for item in _items(items, dyad, directed):
        period = period_of(item.date, freq)
        if period is None:
            continue
        p = points.setdefault(period, SeriesPoint(period))
        p.n += 1
        p.by_type[item.event_type] = p.by_type.get(item.event_type, 0) + 1
        if item.quad_code is not None:
            p.by_quad[item.quad_code] = p.by_quad.get(item.quad_code, 0) + 1
        if item.event_scale is not None:
            p.scale_sum += item.event_scale
            p.scale_n += 1
    periods = _span(points, freq) if fill else sorted(points)
    return [points.get(period) or SeriesPoint(period) for period in periods]


def series_from_periods(rows: Iterable[tuple[str, int, Sequence[str], Sequence[int], Sequence[int] | None,
                                              Sequence[int] | None, Sequence[float] | None]],
                        freq: Freq, *, fill: bool = True) -> list[SeriesPoint]:
    """:func:`dyad_series` of counts made in the store, one row per period: ``(period, n, types,
    their counts, quad classes, their counts, scales)``, types and classes in the order they first
    occur among the items, the scales in item order (``communique.store.query.event_period_rows``).
    Summing the scales here, in that order, gives the points :func:`dyad_series` gives."""
    points: dict[str, SeriesPoint] = {}
    for period, n, types, type_counts, quads, quad_counts, scales in rows:
        p = points[period] = SeriesPoint(period, n=n)
        p.by_type.update(zip(types, type_counts, strict=True))
        p.by_quad.update(zip(quads or (), quad_counts or (), strict=True))
        for s in scales or ():
            p.scale_sum += s
            p.scale_n += 1
    periods = _span(points, freq) if fill else sorted(points)
    return [points.get(period) or SeriesPoint(period) for period in periods]


@dataclass(frozen=True)
class PeriodCounts:
    """Counts by event type in one period."""

    period: str
    counts: dict[str, int]


def type_counts_by_quarter(items: Iterable[Incident | Event | Item], dyad: Dyad | None = None, *,
                           directed: bool = False) -> list[PeriodCounts]:
    """Event-type counts per quarter (every quarter from first to last), types in PLOVER order."""
    series = dyad_series(items, dyad, "quarter", directed=directed)
    return [PeriodCounts(p.period, dict(sorted(p.by_type.items(), key=lambda kv: _TYPE_ORDER[kv[0]])))
            for p in series]


@dataclass(frozen=True)
class Share:
    """How many items name a topic (or context), and which share of all items that is."""

    name: str
    n: int
    share: float


def _shares(items: Sequence[Item], key: str) -> list[Share]:
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(set(getattr(item, key)))
    total = len(items)
    return [Share(name, n, n / total if total else 0.0)
            for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def topic_shares(items: Iterable[Incident | Event | Item], dyad: Dyad | None = None) -> list[Share]:
    """Each topic with the number and share of items naming it, most frequent first.

    Shares are of all matching items (an item names several topics, so they may sum above 1).
    """
    return _shares(list(_items(items, dyad)), "topics")


def context_shares(items: Iterable[Incident | Event | Item], dyad: Dyad | None = None) -> list[Share]:
    """Each PLOVER context with the number and share of items in it, most frequent first."""
    return _shares(list(_items(items, dyad)), "context")


_TYPE_ORDER = {t: n for n, t in enumerate(
    ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
     "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"))}


def date_bounds(date: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of any precision covers."""
    year = int(date[:4])
    if len(date) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(date[5:7])
    if len(date) == 7:
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), end
    day = dt.date.fromisoformat(date[:10])
    return day, day
