"""The query layout: a participant-pair table sorted by (pair, date), so dyad slices stay fast.

``event_pairs`` holds one row per event and unordered pair of distinct participant codes
(either role): ``lo < hi``, the event's ``date``, ``doc_id`` and id. It is kept sorted by
``(lo, hi, date, doc_id, event_id)``: DuckDB's zone maps (min/max of each row group) then let a
query for one dyad read only the few row groups holding it instead of every participant row,
and a page of a dyad (``events --dyad RUS-TUR --limit 100``) is read from this table alone
before the records of that page only are fetched by primary key.

Writes append the rows of new events (unsorted) and delete those of replaced ones;
:func:`tidy` sorts the table again once the unsorted tail is large (after an extract run), so the
cost of sorting is paid once per many writes. The table is derived data: :func:`rebuild`
makes it again from ``participants`` and ``events`` (migration 3 does so for older stores).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

import duckdb

from communique.model import Event

__all__ = [
    "ORDER",
    "PAGE_MAX",
    "PAIRS_FROM_TABLES",
    "SCHEMA",
    "TIDY_MIN_ROWS",
    "TIDY_SHARE",
    "page_sql",
    "pair_rows",
    "rebuild",
    "sorted_rows",
    "tidy",
]

#: the sort order of ``event_pairs``; the order of events in a dyad is that of ``Store.events``
ORDER = "lo, hi, date NULLS LAST, doc_id, event_id"

#: every pair of every stored event, from the tables
PAIRS_FROM_TABLES = (
    "WITH codes AS (SELECT DISTINCT event_id, code FROM participants) "
    "SELECT a.code AS lo, b.code AS hi, e.date, e.doc_id, e.id AS event_id FROM codes a "
    "JOIN codes b ON a.event_id = b.event_id AND a.code < b.code JOIN events e ON e.id = a.event_id"
)

#: a page of at most this many events is read from ``event_pairs`` and fetched by key (a larger
#: one is read with the other filters: that many keys would cost more than a scan)
PAGE_MAX = 1000

#: the schema version that made the layout (migration 3)
SCHEMA = 3

#: the table is sorted again when its unsorted tail is this share of it ...
TIDY_SHARE = 0.1
#: ... and at least this many rows
TIDY_MIN_ROWS = 50_000


def pair_rows(events: Iterable[Event]) -> list[list[Any]]:
    """The ``event_pairs`` rows of ``events``: ``[lo, hi, date, doc_id, event_id]``."""
    return [[lo, hi, e.date, e.doc_id, e.id]
            for e in events
            for lo, hi in combinations(sorted({a.code for a in (*e.actor, *e.recipient)}), 2)]


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


def page_sql(codes: Sequence[str], extra: str, limit: int, offset: int | None) -> str:
    """The ids of one page of a dyad's events from ``event_pairs`` alone (``extra``: conditions on
    its ``date``); parameters: the two codes (sorted), then those of ``extra``."""
    if len(codes) != 2:
        raise ValueError("a page of a dyad needs two codes")
    skip = f" OFFSET {int(offset)}" if offset else ""
    return (f"SELECT event_id FROM event_pairs d WHERE lo = ? AND hi = ?{extra} "
            f"ORDER BY date NULLS LAST, doc_id, event_id LIMIT {int(limit)}{skip}")
