"""The query layout: a participant-pair table sorted by (pair, date), so dyad slices stay fast.

``event_pairs`` holds one row per event and unordered pair of distinct participant codes
(either role): ``lo < hi``, the event's ``date``, ``doc_id`` and id, and (schema 4) what a
dyad's timeline and series show of the event (:data:`COLUMNS`: type, mode, modality, date
source, quad class, scale, place, topics, actors and recipients with their names, and the
article's publication date, outlet and URL), so that those read this table alone and parse no
JSON record, and a page's export looks up only its records. It is kept sorted by
``(lo, hi, date, doc_id, event_id)``: DuckDB's zone maps (min/max of each row group) then let a
query for one dyad read only the few row groups holding it instead of every participant row,
and a page of a dyad (``events --dyad RUS-TUR --limit 100``) is read from this table alone
before the records of that page only are fetched by primary key.

Writes append the rows of new events (unsorted) and delete those of replaced ones;
:func:`tidy` sorts the table again once the unsorted tail is large (after an extract run), so the
cost of sorting is paid once per many writes. The table is derived data: :func:`rebuild`
makes it again from ``participants`` and ``events`` (migration 4 does so for older stores).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from communique.model import ActorRef, Event
    from communique.store.filters import EventFilter

__all__ = [
    "COLUMNS",
    "ORDER",
    "PAGE_MAX",
    "PAIRS_FROM_TABLES",
    "SCHEMA",
    "TIDY_MIN_ROWS",
    "TIDY_SHARE",
    "page_sql",
    "pair_rows",
    "pair_where",
    "rebuild",
    "sorted_rows",
    "tidy",
]

#: the sort order of ``event_pairs``; the order of events in a dyad is that of ``Store.events``
ORDER = "lo, hi, date NULLS LAST, doc_id, event_id"

#: the columns of ``event_pairs`` (schema 4), in order
COLUMNS = ("lo", "hi", "date", "doc_id", "event_id", "event_type", "mode", "modality", "date_source", "quad_code",
           "event_scale", "place", "topics", "actors", "recipients", "published", "source", "url")

_PEOPLE = ('[{"code": "VARCHAR", "entity_text": "VARCHAR", "identifier_text": "VARCHAR", "office": "VARCHAR", '
           '"reason": "VARCHAR"}]')
_RECORD = f'{{"date_source": "VARCHAR", "actor": {_PEOPLE}, "recipient": {_PEOPLE}}}'

#: every pair of every stored event, from the tables (the names' reasons and the date's source
#: are only in the JSON records)
PAIRS_FROM_TABLES = (
    "WITH codes AS (SELECT DISTINCT event_id, code FROM participants), "
    "pairs AS (SELECT a.event_id, a.code AS lo, b.code AS hi FROM codes a "
    "JOIN codes b ON a.event_id = b.event_id AND a.code < b.code), "
    f"wide AS (SELECT e.*, json_transform(e.record, '{_RECORD}') AS r FROM events e "
    "WHERE e.id IN (SELECT event_id FROM pairs)) "
    "SELECT p.lo, p.hi, e.date, e.doc_id, e.id AS event_id, e.event_type, e.mode, e.modality, r.date_source, "
    "e.quad_code, e.event_scale, coalesce(nullif(e.place, ''), e.place_text) AS place, e.topics, "
    "r.actor AS actors, r.recipient AS recipients, a.published, a.source, a.url FROM pairs p "
    "JOIN wide e ON e.id = p.event_id LEFT JOIN articles a ON a.id = e.doc_id"
)

#: a page of at most this many events is read from ``event_pairs`` and fetched by key (a larger
#: one is read with the other filters: that many keys would cost more than a scan)
PAGE_MAX = 1000

#: the schema version that made the layout as it is (migration 4; 3 made its first columns)
SCHEMA = 4

#: the table is sorted again when its unsorted tail is this share of it ...
TIDY_SHARE = 0.1
#: ... and at least this many rows
TIDY_MIN_ROWS = 50_000


def _people(refs: Iterable[ActorRef]) -> list[dict[str, Any]]:
    return [{"code": a.code, "entity_text": a.entity_text, "identifier_text": a.identifier_text, "office": a.office,
             "reason": a.reason} for a in refs]


def pair_rows(events: Iterable[Event], articles: Mapping[str, Sequence[Any]] | None = None) -> list[list[Any]]:
    """The ``event_pairs`` rows of ``events``, the values of :data:`COLUMNS`; ``articles`` gives
    the publication date, outlet and URL of each event's article (by id; none when missing)."""
    rows: list[list[Any]] = []
    none = (None, None, None)
    for e in events:
        pairs = list(combinations(sorted({a.code for a in (*e.actor, *e.recipient)}), 2))
        if not pairs:
            continue
        loc = e.event_loc
        place = (loc.resolved_place or loc.extracted_place) if loc else None
        wide = [e.event_type, e.mode, e.modality, e.date_source, e.quad_code, e.event_scale, place, list(e.topics),
                _people(e.actor), _people(e.recipient), *(articles or {}).get(e.doc_id, none)]
        rows += [[lo, hi, e.date, e.doc_id, e.id, *wide] for lo, hi in pairs]
    return rows


def _set_sorted(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM event_pairs_state")
    con.execute("INSERT INTO event_pairs_state SELECT count(*) FROM event_pairs")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Make ``event_pairs`` again from ``participants`` and ``events``, sorted (inside the caller's
    transaction)."""
    con.execute("DELETE FROM event_pairs")
    con.execute(f"INSERT INTO event_pairs SELECT * FROM ({PAIRS_FROM_TABLES}) ORDER BY {ORDER}")
    _set_sorted(con)


def sorted_rows(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """``(rows sorted at the last tidy, rows now)``."""
    row = con.execute("SELECT (SELECT coalesce(max(n), 0) FROM event_pairs_state), "
                      "(SELECT count(*) FROM event_pairs)").fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def tidy(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Sort ``event_pairs`` again when its unsorted tail is large (always with ``force``); returns
    whether it did. Runs inside the caller's transaction."""
    done, total = sorted_rows(con)
    tail = abs(total - done)
    if not force and (tail < TIDY_MIN_ROWS or tail < TIDY_SHARE * total):
        return False
    con.execute(f"CREATE TEMP TABLE event_pairs_sorted AS SELECT * FROM event_pairs ORDER BY {ORDER}")
    try:
        con.execute("DELETE FROM event_pairs")
        con.execute("INSERT INTO event_pairs SELECT * FROM event_pairs_sorted")
    finally:
        con.execute("DROP TABLE event_pairs_sorted")
    _set_sorted(con)
    return True


def page_sql(where: str, limit: int, offset: int | None) -> str:
    """The ids of one page of a dyad's events from ``event_pairs`` alone, with their articles'
    ``published``, ``source`` and ``url``; ``where`` selects them (:func:`pair_where`, whose
    parameters the query takes)."""
    skip = f" OFFSET {int(offset)}" if offset else ""
    return (f"SELECT event_id, published, source, url FROM event_pairs WHERE {where} "
            f"ORDER BY date NULLS LAST, doc_id, event_id LIMIT {int(limit)}{skip}")


def pair_where(filters: EventFilter) -> tuple[str, list[Any]] | None:
    """The condition on ``event_pairs`` (no alias) selecting the events of ``filters``, and its
    parameters; None when the table cannot answer it alone (no dyad :meth:`EventFilter.pair`,
    or a filter on actors, recipients, an article, the confidence or the date's source)."""
    pair = filters.pair()
    others = (filters.actor, filters.recipient, filters.doc_id, filters.min_confidence, filters.date_source)
    if pair is None or any(v is not None for v in others):
        return None
    clauses, params = ["lo = ?", "hi = ?"], list[Any](pair)
    for column, value in (("event_type", filters.event_type), ("modality", filters.modality)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    dates, values = filters.date_where("date")
    return " AND ".join(clauses + dates), params + values
