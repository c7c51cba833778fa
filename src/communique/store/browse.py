"""Reading events for the explorer: sorted by a chosen column, and found by words of their evidence.

::

    browse_events(store, EventFilter(dyad="RUS-TUR"), search="grain corridor", sort="type", descending=True,
                  limit=50, offset=0)

**Search** keeps the events one of whose evidence sentences (``spans.text``) holds every word
of ``search``, case-insensitively (``ILIKE '%word%'``, with ``%``, ``_`` and ``\\`` in the word
escaped so that they match themselves); a phrase in double quotes is one word. This is a scan,
not an index: DuckDB's ``fts`` extension is not part of the ``duckdb`` wheel and is downloaded
on first ``LOAD``, which communique never does (it must work offline), so no ranking either --
the results keep the chosen sort order.

**Sort** is one of :data:`SORTS` (``date``, ``type``, ``modality``, ``actor``, ``confidence``,
``article``), ascending or descending; ties fall back to date, article and id, and undated or
unscored events come last either way.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

from communique.errors import InputError
from communique.model import Event
from communique.store.duckdb import Store
from communique.store.filters import EventFilter

__all__ = ["MAX_TERMS", "SORTS", "browse_events", "like_pattern", "search_terms"]

#: sort name -> SQL expression over ``events e``
SORTS: dict[str, str] = {
    "date": "e.date",
    "type": "e.event_type",
    "modality": "e.modality",
    "actor": "(SELECT min(p.code) FROM participants p WHERE p.event_id = e.id AND p.role = 'actor')",
    "confidence": "e.confidence",
    "article": "e.doc_id",
}
#: at most this many words in one search
MAX_TERMS = 8
_MAX_SEARCH = 200


def search_terms(text: str) -> list[str]:
    """The words of a search (a ``"quoted phrase"`` is one word), lower-cased and without duplicates.

    Raises :class:`InputError` E111 for more than :data:`MAX_TERMS` words or more than 200 characters.
    """
    if len(text) > _MAX_SEARCH:
        raise InputError(f"the search is {len(text)} characters long; at most {_MAX_SEARCH}", origin="filter search",
                         code="E111")
    try:
        words = shlex.split(text)
    except ValueError:  # an unbalanced quote: take the words as they are
        words = text.replace('"', " ").split()
    terms = list(dict.fromkeys(w.strip().lower() for w in words if w.strip()))
    if len(terms) > MAX_TERMS:
        raise InputError(f"the search has {len(terms)} words; at most {MAX_TERMS}", origin="filter search",
                         code="E111", hint="leave out common words")
    return terms


def like_pattern(term: str) -> str:
    """``%term%`` for ``ILIKE ... ESCAPE '\\'``, with ``\\``, ``%`` and ``_`` in ``term`` matching themselves."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_clause(terms: list[str]) -> tuple[str, list[Any]]:
    clause = ("EXISTS (SELECT 1 FROM spans s WHERE s.event_id = e.id AND "
              + " AND ".join("s.text ILIKE ? ESCAPE '\\'" for _ in terms) + ")")
    return clause, [like_pattern(t) for t in terms]


def browse_events(store: Store, filters: EventFilter | None = None, *, search: str | None = None,
                  sort: str = "date", descending: bool = False, limit: int = 50, offset: int = 0) -> list[Event]:
    """One page of the events matching ``filters`` and ``search``, in ``sort`` order.

    Raises :class:`InputError` E111 for an unknown sort or a bad search.
    """
    if sort not in SORTS:
        raise InputError(f"sort={sort!r} is not one of {', '.join(SORTS)}", origin="filter sort", code="E111")
    where, params = (filters or EventFilter()).where()
    terms = search_terms(search) if search else []
    if terms:
        clause, values = _search_clause(terms)
        where, params = f"({where}) AND {clause}", [*params, *values]
    direction = "DESC" if descending else "ASC"
    order = f"{SORTS[sort]} {direction} NULLS LAST, e.date NULLS LAST, e.doc_id, e.id"
    sql = (f"SELECT e.record FROM (SELECT e.id, row_number() OVER (ORDER BY {order}) AS n FROM events e "
           f"WHERE {where} ORDER BY n LIMIT ? OFFSET ?) p JOIN events e ON e.id = p.id ORDER BY p.n")
    with store.cursor(functions=(filters or EventFilter()).needs_functions()) as cursor:
        rows = cursor.execute(sql, [*params, int(limit), int(offset)]).fetchall()
    return [Event.model_validate(json.loads(row[0])) for row in rows]
