"""Link events from different articles that report the same real-world event into incidents.

Two reports are one incident when they agree on what happened (event type), who took part
and how it is presented (asserted, future, hypothetical, negated), on *when* it happened at the
precision each report gives, and when nothing else they say contradicts it::

    article A (2020-12-16): "Lavrov met Cavusoglu in Kazan on Wednesday" CONSULT RUS-TUR 2020-12-16 Kazan
    article B (2021-01-04): "the ministers' talks in mid-December"       CONSULT RUS-TUR 2020-12
    article C (2020-12-17): "Lavrov and Cavusoglu spoke by phone today"  CONSULT RUS-TUR 2020-12-17 phone
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
outside its block and date window. Memory is what limits it at scale (about 750 bytes per
event at a million, ids included): an incident keeps only what decisions and export need and
makes its collections when a second report needs them, and the indexes are flat dicts keyed
by one int (see :class:`IncidentLinker`).

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
import sys
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

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
        # interned: the same word in a thousand events' evidence is one string in the linker's memory
        words.update(sys.intern(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOPWORDS)
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

#: A document whose reports in one incident disagree on date or mode: no further report of it joins.
_MIXED: tuple[str | None, str | None] = ("<mixed>", "<mixed>")
#: Index keys are one int: ``(block number << _UNIT_BITS) | unit``; every unit (a day ordinal, at
#: most 3,652,060, a month ``year * 12 + month`` or a year, both from four and two digits) fits.
_UNIT_BITS = 22
#: Feature keys are ``(feature number << _FEATURE_SHIFT) | block number``: exact while there are
#: fewer than 2**32 blocks (each holds at least one incident, so memory runs out long before).
_FEATURE_SHIFT = 32
# which date index a unit lives in (positions in ``IncidentLinker._dated``)
_DAY, _MONTH, _YEAR, _IN_MONTH, _IN_YEAR = range(5)


class _Cluster:
    """One incident while it is being built. Not public: :meth:`IncidentLinker.incidents` exports.

    Most incidents have one or two reports, so everything that is a collection is None until a
    report needs it: ``date_counts`` while all reports share one date (then it is ``{date: n}``),
    ``docs`` while they come from one document (``doc0``, whose reports all were ``report0``:
    a ``(date, mode)`` pair or :data:`_MIXED`), ``more_ids`` while there is one event (``id0``).
    ``sig`` is ``(block number, event_type, modality, actor, recipient)`` of the first report,
    one shared tuple per distinct value; ``given_id`` the id of a restored incident (else the id is
    ``"inc:" + id0``).
    """

    __slots__ = ("context", "countries", "date", "date_counts", "doc0", "docs", "extra_docs", "first_report",
                 "given_id", "id0", "modes", "more_ids", "num", "pass_seen", "place_objs", "places", "quad_code",
                 "report0", "scale_n", "scale_sum", "sig", "tokens", "topic_names", "topics", "vague")

    def __init__(self, num: int, sig: tuple[int, str, str, tuple[str, ...], tuple[str, ...]], rec: LinkRecord,
                 report: tuple[str | None, str | None], given_id: str | None) -> None:
        self.num = num
        self.pass_seen = 0  # the last linking pass that changed it (see IncidentLinker._link)
        self.sig = sig
        self.given_id = given_id
        self.id0 = rec.id
        self.more_ids: list[str] | None = None
        self.doc0 = rec.doc_id
        self.report0 = report
        self.docs: dict[str, tuple[str | None, str | None]] | None = None
        self.date: str | None = None
        self.vague = True  # every day-precision report of it is vague
        self.date_counts: dict[str | None, int] | None = None
        self.modes: dict[str, int] | None = None
        self.places: dict[str, int] | None = None
        self.place_objs: dict[str, Place] | None = None
        self.countries: set[str] | None = None
        self.tokens: frozenset[str] = frozenset()
        self.topics: frozenset[str] = frozenset()
        self.topic_names: dict[str, None] | None = None
        self.context: dict[str, None] | None = None
        self.first_report: dt.date | None = None
        self.scale_sum = 0.0
        self.scale_n = 0
        self.quad_code = rec.quad_code
        self.extra_docs: dict[str, None] | None = None  # reprints: sources not extracted

    @property
    def id(self) -> str:
        return self.given_id or f"inc:{self.id0}"

    def n_events(self) -> int:
        return 1 if self.more_ids is None else 1 + len(self.more_ids)

    def has_doc(self, doc_id: str) -> bool:
        """Whether ``doc_id`` is a source: an extracted report or a reprint."""
        if (doc_id == self.doc0 if self.docs is None else doc_id in self.docs):
            return True
        return self.extra_docs is not None and doc_id in self.extra_docs


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


# one date string, parsed once: (length, year, month, day ordinal, index units)
_DateInfo = tuple[int, int | None, int, int | None, tuple[tuple[int, int], ...]]
# a slot of an index: one incident, or several by number
_Slot = _Cluster | dict[int, _Cluster]


class IncidentLinker:
    """Incremental incident linking: feed events as articles arrive; incidents grow in place.

    >>> linker = IncidentLinker()
    >>> changed = linker.link(events_of_new_article, published={"a1": dt.date(2020, 12, 29)})
    >>> [(i.id, i.n_sources) for i in changed]

    ``published`` maps doc ids to publication dates (it sets :attr:`Incident.first_report` and
    decides which dates are "vague"); it may be given at construction, per call, or both.

    Memory: a few hundred bytes per event. Blocks are numbered (one key tuple kept per block);
    the date and feature indexes are flat dicts keyed by one int (block number and unit, see
    :data:`_UNIT_BITS`) whose slot is the incident itself, or a dict when several share it.
    """

    def __init__(self, published: Mapping[str, dt.date | None] | None = None) -> None:
        self._published: dict[str, dt.date | None] = dict(published or {})
        self._clusters: list[_Cluster] = []
        self._by_event: dict[str, _Cluster] = {}
        self._by_given_id: dict[str, _Cluster] = {}
        self._by_doc: dict[str, _Cluster | list[_Cluster]] = {}
        self._block_num: dict[tuple[object, ...], int] = {}
        self._block_size: list[int] = []
        self._block_first: list[_Cluster | None] = []
        # undated incidents per block (when there are none, a dated report with no date candidates
        # need not look for them); a restored incident may hold reports of other blocks, whose
        # features then point to it from those blocks: the count is then not used
        self._undated: list[int] = []
        self._mixed_blocks = False
        self._passes = 0  # linking calls so far
        self._sigs: dict[tuple[int, str, str, tuple[str, ...], tuple[str, ...]],
                         tuple[int, str, str, tuple[str, ...], tuple[str, ...]]] = {}
        self._reports: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
        self._dates: dict[str, _DateInfo] = {}
        # date indexes inside a block: exact precision (_DAY, _MONTH, _YEAR), and "within" (day and
        # month dates under their month, everything under its year)
        self._dated: tuple[dict[int, _Slot], ...] = ({}, {}, {}, {}, {})
        # place and topic inside a block, to find the incident an undated report may belong to
        self._feature_num: dict[str, int] = {}
        self._by_feature: dict[int, _Slot] = {}

    # -- public API --------------------------------------------------------------------------------

    def link(self, events: Iterable[Event], published: Mapping[str, dt.date | None] | None = None) -> list[Incident]:
        """Link ``events`` into the incidents seen so far; return every incident they changed."""
        if published:
            self._published.update(published)
        records = (record_from_event(e, self._published.get(e.doc_id)) for e in events)
        return [self._export(c) for c in self._link(records)]

    def add_published(self, published: Mapping[str, dt.date | None]) -> None:
        """Learn more publication dates (before linking or restoring the events of those articles)."""
        self._published.update(published)

    def published(self, doc_id: str) -> dt.date | None:
        """The publication date known for ``doc_id`` (None when unknown)."""
        return self._published.get(doc_id)

    def link_records(self, records: Iterable[LinkRecord]) -> list[str]:
        """Link prepared records; return the ids of the incidents they changed (in first-change order)."""
        return [c.id for c in self._link(records)]

    def add_reprint(self, doc_id: str, original_doc_id: str) -> list[Incident]:
        """Count ``doc_id`` (a detected reprint, not extracted) as a source of its original's incidents."""
        changed = []
        for cluster in _members(self._by_doc.get(original_doc_id)):
            if not cluster.has_doc(doc_id):
                if cluster.extra_docs is None:
                    cluster.extra_docs = {}
                cluster.extra_docs[doc_id] = None
                pub = self._published.get(doc_id)
                if pub is not None and (cluster.first_report is None or pub < cluster.first_report):
                    cluster.first_report = pub
                changed.append(self._export(cluster))
        return changed

    def incidents(self) -> list[Incident]:
        """Every incident, in the order they were opened."""
        return list(self.iter_incidents())

    def iter_incidents(self) -> Iterator[Incident]:
        """Every incident, in the order they were opened, made one at a time."""
        return (self._export(c) for c in self._clusters)

    def incident_of(self, event_id: str) -> str | None:
        """The id of the incident an event was linked into, or None if it was never linked."""
        cluster = self._by_event.get(event_id)
        return cluster.id if cluster is not None else None

    def modality_of(self, incident_id: str) -> str | None:
        """The modality shared by an incident's reports (a blocking key, so it is unique)."""
        cluster = self._cluster_by_id(incident_id)
        return cluster.sig[2] if cluster is not None else None

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
                    cluster = self._open(rec, self._block_of(rec), incident_id=incident.id)
                else:
                    block = self._block_of(rec)
                    self._mixed_blocks = self._mixed_blocks or block != cluster.sig[0]
                    self._join(cluster, rec, block)

    def _cluster_by_id(self, incident_id: str) -> _Cluster | None:
        """The incident with this id (the last opened one, should two share it)."""
        found = self._by_given_id.get(incident_id)
        if incident_id.startswith("inc:"):
            own = self._by_event.get(incident_id[4:])
            if own is not None and own.id == incident_id and (found is None or own.num > found.num):
                found = own
        return found

    # -- decision ----------------------------------------------------------------------------------

    def _link(self, records: Iterable[LinkRecord]) -> Iterator[_Cluster]:
        changed: list[_Cluster] = []
        with _gc_paused():
            self._link_into(records, changed)
        return iter(changed)

    def _link_into(self, records: Iterable[LinkRecord], changed: list[_Cluster]) -> None:
        """Link ``records``; append each incident they change to ``changed``, once, in first-change order."""
        self._passes += 1
        this_pass = self._passes
        by_event = self._by_event
        published = self._published
        for rec in records:
            if rec.id in by_event:
                continue  # linking is idempotent: an event already placed stays where it is
            if rec.published is None and rec.doc_id in published:
                rec.published = published[rec.doc_id]
            block = self._block_of(rec)
            best = self._choose(rec, block)
            if best is None:
                cluster = self._open(rec, block)
            else:
                cluster = best
                self._join(cluster, rec, block)
            if cluster.pass_seen != this_pass:
                cluster.pass_seen = this_pass
                changed.append(cluster)

    def _block_of(self, rec: LinkRecord) -> int:
        """The number of the record's block (a new number for a new block)."""
        block = self._block_num.get(rec.block)
        if block is None:
            block = self._block_num[rec.block] = len(self._block_size)
            self._block_size.append(0)
            self._block_first.append(None)
            self._undated.append(0)
        return block

    def _date_info(self, date: str) -> _DateInfo:
        info = self._dates.get(date)
        if info is None:
            year = _int(date[:4])
            month = 0 if year is None or len(date) == 4 else year * 12 + (_int(date[5:7]) or 0)
            ordinal = _ordinal(date) if year is not None and len(date) != 4 and len(date) != 7 else None
            info = self._dates[date] = (len(date), year, month, ordinal, tuple(_index_units(date)))
        return info

    def _candidates(self, rec: LinkRecord, block: int) -> list[tuple[_Cluster, float]]:
        """Clusters of the block whose date window admits ``rec``, each with a date-agreement score."""
        date = rec.date
        out: list[tuple[_Cluster, float]] = []
        if not date:
            return [(c, 0.0) for c in self._evidence_candidates(rec, block)]
        n, year, month, ordinal, _ = self._date_info(date)
        if year is None:
            return out
        base = block << _UNIT_BITS
        day_index, month_index, year_index, in_month, in_year = self._dated
        # most slots are empty: test for that before going through _members
        if n == 10:
            if ordinal is None:
                return out
            if (slot := day_index.get(base | ordinal)) is not None:
                out.extend((c, 2.0) for c in _members(slot))
            # a neighbouring day: when this report's day is vague, or the incident's day is
            if (slot := day_index.get(base | (ordinal - 1))) is not None:
                out.extend((c, 0.5) for c in _members(slot) if rec.vague or c.vague)
            if (slot := day_index.get(base | (ordinal + 1))) is not None:
                out.extend((c, 0.5) for c in _members(slot) if rec.vague or c.vague)
            if (slot := month_index.get(base | month)) is not None:
                out.extend((c, 0.75) for c in _members(slot))
            if (slot := year_index.get(base | year)) is not None:
                out.extend((c, 0.25) for c in _members(slot))
        elif n == 7:
            if (slot := in_month.get(base | month)) is not None:
                out.extend((c, 1.0 if c.date == date else 0.75) for c in _members(slot))
            if (slot := year_index.get(base | year)) is not None:
                out.extend((c, 0.25) for c in _members(slot))
        elif (slot := in_year.get(base | year)) is not None:
            out.extend((c, 0.5 if c.date == date else 0.25) for c in _members(slot))
        if not out and (self._undated[block] or self._mixed_blocks):
            # undated incidents of the block, which only evidence can join
            out.extend((c, 0.0) for c in self._evidence_candidates(rec, block) if c.date is None)
        return out

    def _evidence_candidates(self, rec: LinkRecord, block: int) -> list[_Cluster]:
        """Incidents of the block that share the record's place or a topic (for undated sides)."""
        if self._block_size[block] == 1:
            return [self._block_first[block]]  # type: ignore[list-item]  # set with the size
        found: dict[int, _Cluster] = {}
        features = self._feature_num
        by_feature = self._by_feature
        if rec.place_key:
            fid = features.get(rec.place_key)
            if fid is not None:
                found.update((c.num, c) for c in _members(by_feature.get(fid << _FEATURE_SHIFT | block)))
        for topic in rec.topics:
            fid = features.get("#" + topic)
            if fid is not None:
                found.update((c.num, c) for c in _members(by_feature.get(fid << _FEATURE_SHIFT | block)))
        return list(found.values())

    def _choose(self, rec: LinkRecord, block: int) -> _Cluster | None:
        scored: list[tuple[float, _Cluster]] = []
        for cluster, date_score in self._candidates(rec, block):
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

    def _open(self, rec: LinkRecord, block: int, incident_id: str | None = None) -> _Cluster:
        sig_key = (block, rec.event_type, rec.modality, rec.actor, rec.recipient)
        sig = self._sigs.setdefault(sig_key, sig_key)
        cluster = _Cluster(len(self._clusters), sig, rec, self._report(rec), incident_id)
        self._clusters.append(cluster)
        if incident_id:
            self._by_given_id[incident_id] = cluster
        size = self._block_size[block]
        self._block_size[block] = size + 1
        if size == 0:
            self._block_first[block] = cluster
        self._add_doc(cluster, rec.doc_id)
        self._update(cluster, rec, block, first=True)
        return cluster

    def _report(self, rec: LinkRecord) -> tuple[str | None, str | None]:
        """``(date, mode)`` of the record, one shared tuple per distinct value."""
        key = (rec.date, rec.mode)
        return self._reports.setdefault(key, key)

    def _add_doc(self, cluster: _Cluster, doc_id: str) -> None:
        """Note a new source document of ``cluster`` in the doc -> incidents map (for reprints)."""
        present = self._by_doc.get(doc_id)
        if present is None:
            self._by_doc[doc_id] = cluster
        elif isinstance(present, list):
            present.append(cluster)
        else:
            self._by_doc[doc_id] = [present, cluster]

    def _join(self, cluster: _Cluster, rec: LinkRecord, block: int) -> None:
        doc = rec.doc_id
        if cluster.more_ids is None:
            cluster.more_ids = [rec.id]
        else:
            cluster.more_ids.append(rec.id)
        report = self._report(rec)
        if cluster.docs is None:
            if doc == cluster.doc0:
                if report != cluster.report0:
                    cluster.report0 = _MIXED
            else:
                cluster.docs = {cluster.doc0: cluster.report0, doc: report}
                self._add_doc(cluster, doc)
        else:
            present = cluster.docs.get(doc)
            if present is None:
                cluster.docs[doc] = report
                self._add_doc(cluster, doc)
            elif present != report:
                cluster.docs[doc] = _MIXED
        self._update(cluster, rec, block, first=False)

    def _update(self, cluster: _Cluster, rec: LinkRecord, block: int, first: bool) -> None:
        """Fold ``rec`` (already counted among the cluster's events and documents) into its attributes.

        ``block`` is the record's block number (the cluster's, except for restored incidents).
        """
        self._by_event[rec.id] = cluster
        if cluster.extra_docs is not None:
            cluster.extra_docs.pop(rec.doc_id, None)
        date = rec.date
        counts = cluster.date_counts
        if counts is None and not first and date != cluster.date:
            counts = cluster.date_counts = {cluster.date: cluster.n_events() - 1}
        if counts is not None:
            counts[date] = counts.get(date, 0) + 1
        if date and len(date) == 10 and not rec.vague:
            cluster.vague = False
        if rec.mode:
            if cluster.modes is None:
                cluster.modes = {}
            cluster.modes[rec.mode] = cluster.modes.get(rec.mode, 0) + 1
        if rec.place_key:
            places = cluster.places
            if places is None:
                places = cluster.places = {}
            if rec.place_key not in places:
                self._add_feature(rec.place_key, block, cluster)
            places[rec.place_key] = places.get(rec.place_key, 0) + 1
            if rec.place is not None:
                if cluster.place_objs is None:
                    cluster.place_objs = {}
                cluster.place_objs.setdefault(rec.place_key, rec.place)
        if rec.country:
            if cluster.countries is None:
                cluster.countries = set()
            cluster.countries.add(rec.country)
        if rec.tokens and not rec.tokens <= cluster.tokens:
            merged = cluster.tokens | rec.tokens if cluster.tokens else rec.tokens
            if len(merged) > MAX_INCIDENT_TOKENS:
                merged = frozenset(sorted(merged)[:MAX_INCIDENT_TOKENS])
            cluster.tokens = merged
        if rec.topics and not rec.topics <= cluster.topics:
            for topic in rec.topics - cluster.topics:
                self._add_feature("#" + topic, block, cluster)
            cluster.topics = cluster.topics | rec.topics if cluster.topics else rec.topics
        if rec.topic_names:
            if cluster.topic_names is None:
                cluster.topic_names = {}
            for t in rec.topic_names:
                cluster.topic_names.setdefault(t, None)
        if rec.context:
            if cluster.context is None:
                cluster.context = {}
            for c in rec.context:
                cluster.context.setdefault(c, None)
        if rec.published is not None and (cluster.first_report is None or rec.published < cluster.first_report):
            cluster.first_report = rec.published
        if rec.event_scale is not None:
            cluster.scale_sum += rec.event_scale
            cluster.scale_n += 1
        if cluster.quad_code is None:
            cluster.quad_code = rec.quad_code
        new_date = _merged_date(counts) if counts is not None and len(counts) > 1 else date
        if first:
            self._reindex(cluster, None, new_date)
            cluster.date = new_date
            if new_date is None:
                self._undated[cluster.sig[0]] += 1
        elif new_date != cluster.date:
            self._reindex(cluster, cluster.date, new_date)
            self._undated[cluster.sig[0]] += (new_date is None) - (cluster.date is None)
            cluster.date = new_date

    def _add_feature(self, feature: str, block: int, cluster: _Cluster) -> None:
        fid = self._feature_num.get(feature)
        if fid is None:
            fid = self._feature_num[feature] = len(self._feature_num)
        _slot_add(self._by_feature, fid << _FEATURE_SHIFT | block, cluster)

    def _reindex(self, cluster: _Cluster, old: str | None, new: str | None) -> None:
        base = cluster.sig[0] << _UNIT_BITS
        if old:
            for index, unit in self._date_info(old)[4]:
                _slot_remove(self._dated[index], base | unit, cluster)
        if new:
            for index, unit in self._date_info(new)[4]:
                _slot_add(self._dated[index], base | unit, cluster)

    # -- export ------------------------------------------------------------------------------------

    def _export(self, c: _Cluster) -> Incident:
        _, event_type, modality, actor, recipient = c.sig
        date_values = c.date_counts if c.date_counts is not None else (c.date,)
        dates = [d for d in date_values if d]
        days = {d for d in dates if len(d) == 10}
        inconsistent = len(days) > 1 or any(c.date and not dates_compatible(d, c.date) for d in dates)
        disagreement = inconsistent or len(c.modes or ()) > 1 or len(c.places or ()) > 1
        place = None
        if c.places:
            top = max(c.places.items(), key=lambda kv: kv[1])[0]
            place = c.place_objs.get(top) if c.place_objs is not None else None
        doc_ids = (*(c.docs if c.docs is not None else (c.doc0,)), *(c.extra_docs or ()))
        participants = tuple(sorted({*actor, *recipient}))
        return Incident(
            id=c.id,
            event_type=event_type,
            modality=modality,
            mode=max(c.modes.items(), key=lambda kv: kv[1])[0] if c.modes else None,
            participants=participants,
            actor=actor,
            recipient=recipient,
            date=c.date,
            place=place,
            event_ids=(c.id0, *(c.more_ids or ())),
            doc_ids=doc_ids,
            n_sources=len(doc_ids),
            first_report=c.first_report,
            disagreement=disagreement,
            context=tuple(c.context or ()),
            topics=tuple(c.topic_names or ()),
            event_scale=round(c.scale_sum / c.scale_n, 3) if c.scale_n else None,
            quad_code=c.quad_code,
        )


def _members(slot: _Slot | list[_Cluster] | None) -> Iterable[_Cluster]:
    """The incidents of an index slot (or of a doc -> incidents entry)."""
    if slot is None:
        return ()
    if isinstance(slot, _Cluster):
        return (slot,)
    return slot.values() if isinstance(slot, dict) else slot


def _slot_add(index: dict[int, _Slot], key: int, cluster: _Cluster) -> None:
    slot = index.get(key)
    if slot is None:
        index[key] = cluster
    elif isinstance(slot, dict):
        slot[cluster.num] = cluster
    elif slot is not cluster:
        index[key] = {slot.num: slot, cluster.num: cluster}


def _slot_remove(index: dict[int, _Slot], key: int, cluster: _Cluster) -> None:
    slot = index.get(key)
    if slot is cluster:
        del index[key]
    elif isinstance(slot, dict):
        slot.pop(cluster.num, None)
        if len(slot) == 1:
            index[key] = next(iter(slot.values()))
        elif not slot:
            del index[key]


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


def _index_units(date: str | None) -> list[tuple[int, int]]:
    """Which date-index slots (index, unit) a cluster dated ``date`` lives in."""
    if not date:
        return []
    year = _int(date[:4])
    if year is None:
        return []
    units: list[tuple[int, int]] = [(_IN_YEAR, year)]
    if len(date) == 4:
        units.append((_YEAR, year))
        return units
    month = year * 12 + (_int(date[5:7]) or 0)
    units.append((_IN_MONTH, month))
    if len(date) == 7:
        units.append((_MONTH, month))
        return units
    ordinal = _ordinal(date)
    if ordinal is not None:
        units.append((_DAY, ordinal))
    return units


def _score(rec: LinkRecord, c: _Cluster, date_score: float) -> float | None:
    """How strongly ``rec`` belongs to ``c``; None when it cannot (same-article rule).

    Date agreement (0-2) + place (+1.5 same, -3 other country) + mode (+0.5 same, -3 other)
    + topics (+1 shared, -1 disjoint) + the share of the report's evidence words the incident
    already has (0-1; names of the participants are shared by every report in a block, so words
    alone weigh less than a topic). An undated side needs 1 point of evidence besides the date.
    """
    report = (c.report0 if rec.doc_id == c.doc0 else None) if c.docs is None else c.docs.get(rec.doc_id)
    if report is not None and (report is _MIXED or report[0] != rec.date or report[1] != rec.mode):
        return None  # the article's reports in c differ from this one in date or mode
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
    if rec.place is None or c.place_objs is None:
        return False
    mine = _place_words(rec.place)
    return any(not mine.isdisjoint(_place_words(p)) for p in c.place_objs.values())


def _place_words(place: Place) -> set[str]:
    words = set(_WORD.findall(f"{place.extracted_place} {place.resolved_place or ''}".lower()))
    return {w.removesuffix("'s") for w in words} - _PLACE_GENERIC
