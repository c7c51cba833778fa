"""Link events from different articles that report the same real-world event into incidents.

Two reports are one incident when they agree on what happened (event type), who took part
and how it is presented (asserted, future, hypothetical, negated), on *when* it happened at the
precision each report gives, and when nothing else they say contradicts it::

    article A (2020-12-29): "Lavrov met Cavusoglu in Sochi on Tuesday"  CONSULT RUS-TUR 2020-12-29 Sochi
    article B (2021-01-04): "the ministers' talks late last month"      CONSULT RUS-TUR 2020-12
    article C (2020-12-30): "Lavrov and Cavusoglu spoke by phone today" CONSULT RUS-TUR 2020-12-30 phone
      -> incident 1: A + B (the month contains the day; nothing contradicts)
      -> incident 2: C     (another day, and a phone call is not a visit)

How a decision is made, cheapest test first:

1. **Block** on ``(event_type, modality, participants)``. Symmetric types (CONSULT, AGREE,
   COOPERATE) key on the *set* of participants; the others on ``(actors, recipients)``.
2. **Date window** inside the block, by precision: a day matches the same day, the month that
   contains it and the year; a day taken from the publication date (or given with no words) also
   matches the day before and after, because "today" in a paper dated the 30th is often the 29th
   somewhere else. A null date needs extra evidence (same place, shared topics or similar
   evidence sentences) and joins only when exactly one incident of the block has it.
3. **Score** each candidate on date agreement, place, mode, topics and word overlap of the
   evidence sentences; join the best one above :data:`JOIN_THRESHOLD`, else open a new incident.
   Events of the same article never join each other unless date and mode are identical (the
   codebook makes different dates different events).

Cost: each event looks up a handful of dictionary slots (its day, month and year inside its
block), so linking is linear in the number of events; no pair of events is ever compared
outside its block and date window.

The linker works on :class:`LinkRecord`, a light slotted record made from an
:class:`~communique.model.Event` by :func:`record_from_event`; :meth:`IncidentLinker.link`
does that conversion and returns :class:`~communique.model.Incident` models, while
:meth:`IncidentLinker.link_records` is the same decision code without pydantic on either side
(the benchmark uses it to time linking alone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from communique.model import SYMMETRIC_TYPES, Event, Incident, Place

__all__ = [
    "JOIN_THRESHOLD",
    "STAGE_NAME",
    "IncidentLinker",
    "LinkRecord",
    "block_key",
    "dates_compatible",
    "evidence_tokens",
    "is_vague",
    "record_from_event",
]

STAGE_NAME = "communique.link_incidents.v1"

#: A candidate incident is joined when its score reaches this value (see :func:`_score`).
JOIN_THRESHOLD = 1.0
#: A non-day-precise event between two candidates closer than this stays on its own.
AMBIGUITY_MARGIN = 0.25
#: Evidence words kept per incident: enough to compare paraphrases, bounded for memory.
MAX_INCIDENT_TOKENS = 48

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOPWORDS = frozenset(
    str.split("""the and for with that this from have has had was were are been being its their his her they them
    said says say also after before over into about than then there which while would could should will
    not but who whom what when where why how all any both each other some such only own same very just
    more most said told according officials official on in at by of to an as is it be or""")
)
_PLACE_GENERIC = frozenset({"the", "city", "capital", "airport", "international", "base", "air", "province",
                            "region", "near", "of", "s"})


@dataclass(slots=True)
class LinkRecord:
    """What the linker needs to know about one event; built by :func:`record_from_event`.

    ``block`` is :func:`block_key` of the event; ``vague`` is true when the event's day was taken
    from the publication date (or the article gave no words for it); ``tokens`` are the content
    words of its evidence sentences (:func:`evidence_tokens`); ``place_key`` the normalised place.
    """

    id: str
    doc_id: str
    event_type: str
    block: tuple[object, ...]
    date: str | None = None
    vague: bool = False
    mode: str | None = None
    modality: str = "asserted"
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    place_key: str | None = None
    country: str | None = None
    tokens: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    published: dt.date | None = None
    event_scale: float | None = None
    quad_code: int | None = None
    context: tuple[str, ...] = ()
    topic_names: tuple[str, ...] = ()
    place: Place | None = None


def block_key(event_type: str, modality: str, actor: Iterable[str], recipient: Iterable[str]) -> tuple[object, ...]:
    """The blocking key: type, modality and the participants as the type defines them.

    >>> block_key("CONSULT", "asserted", ["TUR"], ["RUS"]) == block_key("CONSULT", "asserted", ["RUS"], ["TUR"])
    True
    """
    if event_type in SYMMETRIC_TYPES:
        return (event_type, modality, frozenset((*actor, *recipient)))
    return (event_type, modality, frozenset(actor), frozenset(recipient))


def evidence_tokens(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased content words (3+ letters, no stop words) of the evidence sentences."""
    words: set[str] = set()
    for text in texts:
        words.update(w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOPWORDS)
    return frozenset(words)


def _place_key(place: Place | None) -> tuple[str | None, str | None]:
    if place is None:
        return None, None
    if place.geonameid is not None:
        key = f"g{place.geonameid}"
    else:
        key = (place.resolved_place or place.extracted_place).strip().lower()
    return key, place.country_code


def record_from_event(event: Event, published: dt.date | None = None) -> LinkRecord:
    """The :class:`LinkRecord` of ``event``; ``published`` is its article's publication date."""
    actor = tuple(sorted({a.code for a in event.actor}))
    recipient = tuple(sorted({a.code for a in event.recipient}))
    if event.event_type in SYMMETRIC_TYPES:
        recipient = tuple(c for c in recipient if c not in actor)
    key, country = _place_key(event.event_loc)
    vague = is_vague(event.date, event.date_text, published)
    return LinkRecord(
        id=event.id,
        doc_id=event.doc_id,
        event_type=event.event_type,
        block=block_key(event.event_type, event.modality, actor, recipient),
        date=event.date or None,
        vague=vague,
        mode=event.mode,
        modality=event.modality,
        actor=actor,
        recipient=recipient,
        place_key=key,
        country=country,
        tokens=evidence_tokens(s.text for s in event.text_info),
        topics=frozenset(t.lower() for t in event.topics),
        published=published,
        event_scale=event.event_scale,
        quad_code=event.quad_code,
        context=event.context,
        topic_names=event.topics,
        place=event.event_loc,
    )


# --- dates ---------------------------------------------------------------------------------------


def is_vague(date: str | None, date_text: str | None, published: dt.date | None) -> bool:
    """Whether a day was fixed by the publication date rather than by the text.

    True when the article gave no words for it, or when it is the publication day named without
    a day number ("today", "on Tuesday"): such a report may be a day off the event in another
    time zone. "On 31 January" in a paper of 31 January is not vague.
    """
    if not date or len(date) != 10:
        return False
    if not date_text:
        return True
    return published is not None and date == published.isoformat() and not any(ch.isdigit() for ch in date_text)



def _ordinal(day: str) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, *, neighbours: bool = False) -> bool:
    """Whether two dates can name the same day, each at its own precision.

    A month contains its days and a year its months; with ``neighbours`` two days one apart also
    match. A null date matches nothing here: it needs other evidence (see the module docstring).

    >>> dates_compatible("2020-12", "2020-12-29"), dates_compatible("2020-12-29", "2020-12-30")
    (True, False)
    """
    if not a or not b:
        return False
    if len(a) == len(b) == 10 and a != b:
        if not neighbours:
            return False
        oa, ob = _ordinal(a), _ordinal(b)
        return oa is not None and ob is not None and abs(oa - ob) <= 1
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short)


# --- clusters ------------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Cluster:
    """One incident while it is being built. Not public: :meth:`IncidentLinker.incidents` exports."""

    num: int
    id: str
    first: LinkRecord
    date: str | None = None
    vague: bool = True  # every day-precision report of it is vague
    date_counts: dict[str | None, int] = field(default_factory=dict)
    docs: dict[str, list[tuple[str | None, str | None]]] = field(default_factory=dict)
    event_ids: list[str] = field(default_factory=list)
    modes: dict[str, int] = field(default_factory=dict)
    places: dict[str, int] = field(default_factory=dict)
    place_objs: dict[str, Place] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    tokens: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    topic_names: dict[str, None] = field(default_factory=dict)
    context: dict[str, None] = field(default_factory=dict)
    first_report: dt.date | None = None
    scale_sum: float = 0.0
    scale_n: int = 0
    quad_code: int | None = None
    extra_docs: dict[str, None] = field(default_factory=dict)  # reprints: sources not extracted


def _merged_date(counts: Mapping[str | None, int]) -> str | None:
    """The most specific date: the most reported day (earliest on ties), else month, else year."""
    best: str | None = None
    best_n = 0
    for value, n in counts.items():
        if not value:
            continue
        if (best is None or len(value) > len(best)
                or (len(value) == len(best) and (n > best_n or (n == best_n and value < best)))):
            best, best_n = value, n
    return best


class IncidentLinker:
    """Incremental incident linking: feed events as articles arrive; incidents grow in place.

    >>> linker = IncidentLinker()
    >>> changed = linker.link(events_of_new_article, published={"a1": dt.date(2020, 12, 29)})
    >>> [(i.id, i.n_sources) for i in changed]

    ``published`` maps doc ids to publication dates (it sets :attr:`Incident.first_report` and
    decides which dates are "vague"); it may be given at construction, per call, or both.
    """

    def __init__(self, published: Mapping[str, dt.date | None] | None = None) -> None:
        self._published: dict[str, dt.date | None] = dict(published or {})
        self._clusters: list[_Cluster] = []
        self._by_event: dict[str, _Cluster] = {}
        self._by_id: dict[str, _Cluster] = {}
        self._by_doc: dict[str, list[_Cluster]] = {}
        self._block_size: dict[tuple[object, ...], int] = {}
        self._block_first: dict[tuple[object, ...], _Cluster] = {}
        # date indexes inside a block: exact precision, and "within" (day and month dates under their month)
        self._day: dict[tuple[object, ...], dict[int, _Cluster]] = {}
        self._month: dict[tuple[object, ...], dict[int, _Cluster]] = {}
        self._year: dict[tuple[object, ...], dict[int, _Cluster]] = {}
        self._in_month: dict[tuple[object, ...], dict[int, _Cluster]] = {}
        self._in_year: dict[tuple[object, ...], dict[int, _Cluster]] = {}
        # place and topic inside a block, to find the incident an undated report may belong to
        self._by_feature: dict[tuple[object, ...], dict[int, _Cluster]] = {}

    # -- public API --------------------------------------------------------------------------------

    def link(self, events: Iterable[Event], published: Mapping[str, dt.date | None] | None = None) -> list[Incident]:
        """Link ``events`` into the incidents seen so far; return every incident they changed."""
        if published:
            self._published.update(published)
        records = (record_from_event(e, self._published.get(e.doc_id)) for e in events)
        return [self._export(c) for c in self._link(records)]

    def link_records(self, records: Iterable[LinkRecord]) -> list[str]:
        """Link prepared records; return the ids of the incidents they changed (in first-change order)."""
        return [c.id for c in self._link(records)]

    def add_reprint(self, doc_id: str, original_doc_id: str) -> list[Incident]:
        """Count ``doc_id`` (a detected reprint, not extracted) as a source of its original's incidents."""
        changed = []
        for cluster in self._by_doc.get(original_doc_id, []):
            if doc_id not in cluster.docs and doc_id not in cluster.extra_docs:
                cluster.extra_docs[doc_id] = None
                pub = self._published.get(doc_id)
                if pub is not None and (cluster.first_report is None or pub < cluster.first_report):
                    cluster.first_report = pub
                changed.append(self._export(cluster))
        return changed

    def incidents(self) -> list[Incident]:
        """Every incident, in the order they were opened."""
        return [self._export(c) for c in self._clusters]

    def incident_of(self, event_id: str) -> str | None:
        """The id of the incident an event was linked into, or None if it was never linked."""
        cluster = self._by_event.get(event_id)
        return cluster.id if cluster is not None else None

    def modality_of(self, incident_id: str) -> str | None:
        """The modality shared by an incident's reports (a blocking key, so it is unique)."""
        cluster = self._by_id.get(incident_id)
        return cluster.first.modality if cluster is not None else None

    def assignments(self) -> dict[str, str]:
        """``event_id -> incident_id`` for every linked event."""
        return {eid: c.id for eid, c in self._by_event.items()}

    def __len__(self) -> int:
        return len(self._clusters)

    def restore(self, incidents: Iterable[tuple[Incident, Sequence[Event]]]) -> None:
        """Rebuild the index from stored incidents and their events, without deciding again.

        The store keeps incidents; after a restart this puts them back so that new articles join
        them incrementally. Events are added to the given incident as they are.
        """
        for incident, events in incidents:
            cluster: _Cluster | None = None
            for event in events:
                rec = record_from_event(event, self._published.get(event.doc_id))
                if cluster is None:
                    cluster = self._open(rec, incident_id=incident.id)
                else:
                    self._join(cluster, rec)

    # -- decision ----------------------------------------------------------------------------------

    def _link(self, records: Iterable[LinkRecord]) -> Iterator[_Cluster]:
        changed: dict[int, _Cluster] = {}
        with _gc_paused():
            self._link_into(records, changed)
        return iter(changed.values())

    def _link_into(self, records: Iterable[LinkRecord], changed: dict[int, _Cluster]) -> None:
        for rec in records:
            if rec.id in self._by_event:
                continue  # linking is idempotent: an event already placed stays where it is
            if rec.published is None and rec.doc_id in self._published:
                rec.published = self._published[rec.doc_id]
            best = self._choose(rec)
            if best is None:
                cluster = self._open(rec)
            else:
                cluster = best
                self._join(cluster, rec)
            changed[cluster.num] = cluster

    def _candidates(self, rec: LinkRecord) -> list[tuple[_Cluster, float]]:
        """Clusters of the block whose date window admits ``rec``, each with a date-agreement score."""
        block = rec.block
        date = rec.date
        out: list[tuple[_Cluster, float]] = []
        if not date:
            return [(c, 0.0) for c in self._evidence_candidates(rec)]
        n = len(date)
        year = _int(date[:4])
        if year is None:
            return out
        if n == 10:
            ordinal = _ordinal(date)
            month = year * 12 + (_int(date[5:7]) or 0)
            if ordinal is None:
                return out
            for c in self._slot(self._day, block, ordinal):
                out.append((c, 2.0))
            # a neighbouring day: when this report's day is vague, or the incident's day is
            for delta in (-1, 1):
                for c in self._slot(self._day, block, ordinal + delta):
                    if rec.vague or c.vague:
                        out.append((c, 0.5))
            for c in self._slot(self._month, block, month):
                out.append((c, 0.75))
            for c in self._slot(self._year, block, year):
                out.append((c, 0.25))
        elif n == 7:
            month = year * 12 + (_int(date[5:7]) or 0)
            for c in self._slot(self._in_month, block, month):
                out.append((c, 1.0 if c.date == date else 0.75))
            for c in self._slot(self._year, block, year):
                out.append((c, 0.25))
        else:
            for c in self._slot(self._in_year, block, year):
                out.append((c, 0.5 if c.date == date else 0.25))
        if not out:  # undated incidents of the block, which only evidence can join
            out.extend((c, 0.0) for c in self._evidence_candidates(rec) if c.date is None)
        return out

    def _evidence_candidates(self, rec: LinkRecord) -> list[_Cluster]:
        """Incidents of the block that share the record's place or a topic (for undated sides)."""
        if self._block_size.get(rec.block) == 1:
            return [self._block_first[rec.block]]
        found: dict[int, _Cluster] = {}
        if rec.place_key:
            found.update(self._by_feature.get((*rec.block, rec.place_key), {}))
        for topic in rec.topics:
            found.update(self._by_feature.get((*rec.block, "#" + topic), {}))
        return list(found.values())

    @staticmethod
    def _slot(index: dict[tuple[object, ...], dict[int, _Cluster]], block: tuple[object, ...], unit: int) -> list[
            _Cluster]:
        slot = index.get((*block, unit))
        return list(slot.values()) if slot else []

    def _choose(self, rec: LinkRecord) -> _Cluster | None:
        scored: list[tuple[float, _Cluster]] = []
        for cluster, date_score in self._candidates(rec):
            score = _score(rec, cluster, date_score)
            if score is not None and score >= JOIN_THRESHOLD:
                scored.append((score, cluster))
        if not scored:
            return None
        if len(scored) == 1:
            return scored[0][1]
        if rec.date is None or all(c.date is None for _, c in scored):
            return None  # undated: join only a single incident the evidence points to
        scored.sort(key=lambda sc: (-sc[0], sc[1].num))
        if (rec.date is None or len(rec.date) < 10) and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
            return None  # a vague report between two incidents: do not guess
        return scored[0][1]

    # -- building ----------------------------------------------------------------------------------

    def _open(self, rec: LinkRecord, incident_id: str | None = None) -> _Cluster:
        cluster = _Cluster(num=len(self._clusters), id=incident_id or f"inc:{rec.id}", first=rec,
                           quad_code=rec.quad_code)
        self._clusters.append(cluster)
        self._by_id[cluster.id] = cluster
        size = self._block_size.get(rec.block, 0)
        self._block_size[rec.block] = size + 1
        if size == 0:
            self._block_first[rec.block] = cluster
        self._join(cluster, rec)
        return cluster

    def _join(self, cluster: _Cluster, rec: LinkRecord) -> None:
        self._by_event[rec.id] = cluster
        cluster.event_ids.append(rec.id)
        reports = cluster.docs.get(rec.doc_id)
        if reports is None:
            cluster.docs[rec.doc_id] = [(rec.date, rec.mode)]
            self._by_doc.setdefault(rec.doc_id, []).append(cluster)
        else:
            reports.append((rec.date, rec.mode))
        cluster.extra_docs.pop(rec.doc_id, None)
        cluster.date_counts[rec.date] = cluster.date_counts.get(rec.date, 0) + 1
        if rec.date and len(rec.date) == 10 and not rec.vague:
            cluster.vague = False
        if rec.mode:
            cluster.modes[rec.mode] = cluster.modes.get(rec.mode, 0) + 1
        if rec.place_key:
            if rec.place_key not in cluster.places:
                self._by_feature.setdefault((*rec.block, rec.place_key), {})[cluster.num] = cluster
            cluster.places[rec.place_key] = cluster.places.get(rec.place_key, 0) + 1
            if rec.place is not None:
                cluster.place_objs.setdefault(rec.place_key, rec.place)
        if rec.country:
            cluster.countries.add(rec.country)
        if rec.tokens and not rec.tokens <= cluster.tokens:
            merged = cluster.tokens | rec.tokens if cluster.tokens else rec.tokens
            if len(merged) > MAX_INCIDENT_TOKENS:
                merged = frozenset(sorted(merged)[:MAX_INCIDENT_TOKENS])
            cluster.tokens = merged
        if rec.topics and not rec.topics <= cluster.topics:
            for topic in rec.topics - cluster.topics:
                self._by_feature.setdefault((*rec.block, "#" + topic), {})[cluster.num] = cluster
            cluster.topics = cluster.topics | rec.topics
        for t in rec.topic_names:
            cluster.topic_names.setdefault(t, None)
        for c in rec.context:
            cluster.context.setdefault(c, None)
        if rec.published is not None and (cluster.first_report is None or rec.published < cluster.first_report):
            cluster.first_report = rec.published
        if rec.event_scale is not None:
            cluster.scale_sum += rec.event_scale
            cluster.scale_n += 1
        if cluster.quad_code is None:
            cluster.quad_code = rec.quad_code
        new_date = _merged_date(cluster.date_counts) if len(cluster.date_counts) > 1 else rec.date
        if new_date != cluster.date or len(cluster.event_ids) == 1:
            self._reindex(cluster, cluster.date if len(cluster.event_ids) > 1 else None, new_date)
            cluster.date = new_date

    def _reindex(self, cluster: _Cluster, old: str | None, new: str | None) -> None:
        block = cluster.first.block
        for index, unit in _index_units(old):
            slot = getattr(self, index).get((*block, unit))
            if slot is not None:
                slot.pop(cluster.num, None)
        for index, unit in _index_units(new):
            getattr(self, index).setdefault((*block, unit), {})[cluster.num] = cluster

    # -- export ------------------------------------------------------------------------------------

    def _export(self, c: _Cluster) -> Incident:
        first = c.first
        dates = [d for d in c.date_counts if d]
        days = {d for d in dates if len(d) == 10}
        inconsistent = len(days) > 1 or any(c.date and not dates_compatible(d, c.date) for d in dates)
        disagreement = inconsistent or len(c.modes) > 1 or len(c.places) > 1
        place = None
        if c.places:
            top = max(c.places.items(), key=lambda kv: kv[1])[0]
            place = c.place_objs.get(top)
        doc_ids = (*c.docs, *c.extra_docs)
        participants = tuple(sorted({*first.actor, *first.recipient}))
        return Incident(
            id=c.id,
            event_type=first.event_type,
            mode=max(c.modes.items(), key=lambda kv: kv[1])[0] if c.modes else None,
            participants=participants,
            actor=first.actor,
            recipient=first.recipient,
            date=c.date,
            place=place,
            event_ids=tuple(c.event_ids),
            doc_ids=doc_ids,
            n_sources=len(doc_ids),
            first_report=c.first_report,
            disagreement=disagreement,
            context=tuple(c.context),
            topics=tuple(c.topic_names),
            event_scale=round(c.scale_sum / c.scale_n, 3) if c.scale_n else None,
            quad_code=c.quad_code,
        )


@contextlib.contextmanager
def _gc_paused() -> Generator[None, None, None]:
    """Pause the cyclic garbage collector while a batch is linked.

    Linking allocates many small long-lived containers (index slots, cluster records) and no
    reference cycles, so the collector finds nothing, but its full passes walk the whole heap: on
    CPython 3.11 they took 60% of the time at 500,000 events and grew faster than linearly.
    Reference counting still frees everything; the previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _index_units(date: str | None) -> list[tuple[str, int]]:
    """Which date-index slots a cluster dated ``date`` lives in."""
    if not date:
        return []
    year = _int(date[:4])
    if year is None:
        return []
    units: list[tuple[str, int]] = [("_in_year", year)]
    if len(date) == 4:
        units.append(("_year", year))
        return units
    month = year * 12 + (_int(date[5:7]) or 0)
    units.append(("_in_month", month))
    if len(date) == 7:
        units.append(("_month", month))
        return units
    ordinal = _ordinal(date)
    if ordinal is not None:
        units.append(("_day", ordinal))
    return units


def _score(rec: LinkRecord, c: _Cluster, date_score: float) -> float | None:
    """How strongly ``rec`` belongs to ``c``; None when it cannot (same-article rule).

    Date agreement (0-2) + place (+1.5 same, -3 other country) + mode (+0.5 same, -3 other)
    + topics (+1 shared, -1 disjoint) + the share of the report's evidence words the incident
    already has (0-1; names of the participants are shared by every report in a block, so words
    alone weigh less than a topic). An undated side needs 1 point of evidence besides the date.
    """
    reports = c.docs.get(rec.doc_id)
    if reports is not None and any(d != rec.date or m != rec.mode for d, m in reports):
        return None
    evidence = 0.0
    if rec.place_key and c.places:
        if rec.place_key in c.places:
            evidence += 1.5
        elif rec.country and c.countries and rec.country not in c.countries:
            evidence -= 3.0
        elif _place_words_overlap(rec, c):
            evidence += 0.75
        else:
            evidence -= 0.5
    if rec.mode and c.modes:
        evidence += 0.5 if rec.mode in c.modes else -3.0
    if rec.topics and c.topics:
        evidence += 1.0 if not rec.topics.isdisjoint(c.topics) else -1.0
    if rec.tokens and c.tokens:
        evidence += len(rec.tokens & c.tokens) / min(len(rec.tokens), len(c.tokens))
    if not rec.date or c.date is None:
        return evidence if evidence >= 1.0 else None
    return date_score + evidence


def _place_words_overlap(rec: LinkRecord, c: _Cluster) -> bool:
    if rec.place is None:
        return False
    mine = _place_words(rec.place)
    return any(not mine.isdisjoint(_place_words(p)) for p in c.place_objs.values())


def _place_words(place: Place) -> set[str]:
    words = set(_WORD.findall(f"{place.extracted_place} {place.resolved_place or ''}".lower()))
    return {w.removesuffix("'s") for w in words} - _PLACE_GENERIC
