"""Tidy relations over the store, for notebooks and exports: DuckDB all the way to the DataFrame.

::

    rel = events_relation(store, EventFilter(dyad="RUS-TUR", event_type="CONSULT"))
    rel.df()      # pandas      rel.pl()   # polars      rel.arrow()   # a pyarrow Table

Nothing passes through Python objects: each call is one SQL query whose result DuckDB hands to
pandas, polars or Arrow itself. The columns (documented in ``docs/tables.md``, generated from
:data:`EVENT_COLUMNS` and :data:`INCIDENT_COLUMNS`):

* one row per event, with its incident (``incident_id``) and article (``published``, ``source``,
  ``url``);
* ``date`` as written (``2020``, ``2020-12``, ``2020-12-16``) plus ``date_start`` and ``date_end``,
  the days the precision covers, as SQL ``DATE``, and ``date_precision`` (day, month, year);
* participants as real lists: ``actor`` (PLOVER codes), ``actor_org`` (organisation ids, null
  for states), ``actor_sector``, ``actor_name``; the same for ``recipient``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from communique.errors import InputError, StoreError
from communique.names import org_group
from communique.store import layout
from communique.store.filters import EventFilter

if TYPE_CHECKING:
    from communique.store.duckdb import Store

__all__ = ["EVENT_COLUMNS", "INCIDENT_COLUMNS", "Relation", "events_relation", "incidents_relation",
           "series_relation"]


def _dates(col: str) -> dict[str, tuple[str, str, str]]:
    return {
        "date_start": ("DATE", f"TRY_CAST(CASE length({col}) WHEN 4 THEN {col} || '-01-01' WHEN 7 THEN {col} || '-01' "
                               f"ELSE {col} END AS DATE)",
                       "first day the date covers (the date itself for a day, the 1st of a month, 1 January)"),
        "date_end": ("DATE", f"TRY_CAST(CASE length({col}) WHEN 4 THEN {col} || '-12-31' WHEN 7 THEN "
                             f"CAST(last_day(CAST({col} || '-01' AS DATE)) AS VARCHAR) ELSE {col} END AS DATE)",
                     "last day the date covers"),
        "date_precision": ("VARCHAR", f"CASE length({col}) WHEN 10 THEN 'day' WHEN 7 THEN 'month' "
                                      f"WHEN 4 THEN 'year' END", "day, month or year; null when undated"),
    }


def _side(role: str, expr: str) -> str:
    return (f"coalesce((SELECT list({expr} ORDER BY p.position) FROM participants p "
            f"WHERE p.event_id = e.id AND p.role = '{role}'), [])")


_ORG = "communique_org_id(p.code, p.entity_text, p.identifier_text, p.office)"

#: Column -> (DuckDB type, SQL over ``events e``/``articles a``, description). Order is the output's.
EVENT_COLUMNS: dict[str, tuple[str, str, str]] = {
    "id": ("VARCHAR", "e.id", "event id: article id and a hash of the event's key"),
    "incident_id": ("VARCHAR", "e.incident_id", "the incident (real-world event) this report belongs to"),
    "doc_id": ("VARCHAR", "e.doc_id", "the article's id"),
    "published": ("DATE", "a.published", "the article's publication date"),
    "source": ("VARCHAR", "a.source", "the outlet"),
    "url": ("VARCHAR", "a.url", "the article's URL"),
    "date": ("VARCHAR", "e.date", "the event's date as precise as the text gives: YYYY, YYYY-MM or YYYY-MM-DD"),
    **_dates("e.date"),
    "date_source": ("VARCHAR", "json_extract_string(e.record, '$.date_source')",
                    "where the date came from: text (its clause), discourse (another sentence), "
                    "publication (the article's date: a guess)"),
    "date_text": ("VARCHAR", "e.date_text", "the words that gave the date"),
    "event_type": ("VARCHAR", "e.event_type", "PLOVER event type (CONSULT, ACCUSE, ...)"),
    "mode": ("VARCHAR", "e.mode", "PLOVER mode of the type (visit, phone, ...)"),
    "modality": ("VARCHAR", "e.modality", "asserted, future, hypothetical or negated"),
    "actor": ("VARCHAR[]", _side("actor", "p.code"), "actors' PLOVER codes (ISO 3166 alpha-3, UNO, EUR, IGO, NGO...)"),
    "actor_org": ("VARCHAR[]", _side("actor", _ORG), "actors' organisation ids (NATO, AU...), null for states"),
    "actor_sector": ("VARCHAR[]", _side("actor", "p.sector"), "actors' PLOVER sectors (GOV, MIL...)"),
    "actor_name": ("VARCHAR[]", _side("actor", "coalesce(p.identifier_text, p.entity_text)"),
                   "actors' names (knowledge-base name, else as written)"),
    "recipient": ("VARCHAR[]", _side("recipient", "p.code"), "recipients' PLOVER codes"),
    "recipient_org": ("VARCHAR[]", _side("recipient", _ORG), "recipients' organisation ids"),
    "recipient_sector": ("VARCHAR[]", _side("recipient", "p.sector"), "recipients' sectors"),
    "recipient_name": ("VARCHAR[]", _side("recipient", "coalesce(p.identifier_text, p.entity_text)"),
                       "recipients' names"),
    "place": ("VARCHAR", "coalesce(e.place, e.place_text)", "where: the gazetteer's name, else as written"),
    "country_code": ("VARCHAR", "e.place_country", "the place's country (ISO alpha-3)"),
    "lat": ("DOUBLE", "e.place_lat", "latitude of the place"),
    "lon": ("DOUBLE", "e.place_lon", "longitude of the place"),
    "geonameid": ("BIGINT", "e.place_geonameid", "GeoNames id of the place"),
    "context": ("VARCHAR[]", "coalesce(e.context, [])", "PLOVER contexts (diplomatic, military...)"),
    "topics": ("VARCHAR[]", "coalesce(e.topics, [])", "topics named in the article (Syria, S-400...)"),
    "confidence": ("DOUBLE", "e.confidence", "the extractor's confidence, 0-1"),
    "quad_code": ("INTEGER", "e.quad_code", "quad class: 1 verbal cooperation .. 4 material conflict"),
    "event_scale": ("DOUBLE", "e.event_scale", "PLOVER cooperation (+) / conflict (-) scale"),
    "trigger": ("VARCHAR", "e.trigger", "the words that made it an event"),
    "evidence": ("VARCHAR", "json_extract_string(e.record, '$.text_info[0].text')", "the first evidence sentence"),
    "evidence_start": ("INTEGER", "CAST(json_extract(e.record, '$.text_info[0].start') AS INTEGER)",
                       "its first character in the article's text"),
    "evidence_end": ("INTEGER", "CAST(json_extract(e.record, '$.text_info[0].end') AS INTEGER)",
                     "one past its last character"),
    "reason": ("VARCHAR", "e.reason", "the rule or model that found the event"),
}

#: Incident columns, as :data:`EVENT_COLUMNS`, over ``incidents i``.
INCIDENT_COLUMNS: dict[str, tuple[str, str, str]] = {
    "id": ("VARCHAR", "i.id", "incident id"),
    "event_type": ("VARCHAR", "i.event_type", "PLOVER event type"),
    "mode": ("VARCHAR", "i.mode", "PLOVER mode"),
    "modality": ("VARCHAR", "i.modality", "asserted, future, hypothetical or negated (shared by its reports)"),
    "date": ("VARCHAR", "i.date", "the date its reports agree on, as precise as they give it"),
    **_dates("i.date"),
    "participants": ("VARCHAR[]", "i.participants", "every participant's PLOVER code"),
    "actor": ("VARCHAR[]", "coalesce(i.actor, [])", "actors' codes"),
    "recipient": ("VARCHAR[]", "coalesce(i.recipient, [])", "recipients' codes"),
    "doc_ids": ("VARCHAR[]", "i.doc_ids", "the articles reporting it"),
    "n_sources": ("INTEGER", "i.n_sources", "how many articles report it (reprints included)"),
    "n_events": ("INTEGER", "i.n_events", "how many extracted events it joins"),
    "first_report": ("DATE", "i.first_report", "the earliest publication date of its reports"),
    "disagreement": ("BOOLEAN", "i.disagreement", "whether its reports disagree on date, place or mode"),
    "event_scale": ("DOUBLE", "i.event_scale", "PLOVER cooperation/conflict scale"),
    "quad_code": ("INTEGER", "i.quad_code", "quad class 1-4"),
}


@dataclass(frozen=True)
class Relation:
    """A query over the store, run when asked: ``.df()``, ``.pl()``, ``.arrow()``, ``.fetchall()``."""

    store: Store
    sql: str
    params: Sequence[Any] = ()

    def _on_cursor(self, run: Callable[[duckdb.DuckDBPyConnection], Any], *, code: str = "E407",
                   failed: str = "query failed") -> Any:
        """``run`` on a cursor of its own, while the store keeps its file open (a writer with
        ``hold`` may have let it go since the relation was made); DuckDB errors as ``code``."""
        with self.store.cursor() as cursor:
            try:
                return run(cursor)
            except duckdb.Error as exc:
                raise StoreError(f"{failed}: {exc}", code=code) from exc

    def _on_relation(self, take: Callable[[duckdb.DuckDBPyRelation], Any]) -> Any:
        return self._on_cursor(lambda cursor: take(cursor.sql(self.sql, params=list(self.params))))

    @property
    def columns(self) -> list[str]:
        """The column names."""
        return list(self._on_relation(lambda rel: rel.columns))

    def df(self) -> Any:
        """A pandas DataFrame (dates as datetime64, lists as Python lists); needs pandas."""
        return self._on_relation(lambda rel: rel.df())

    def pl(self) -> Any:
        """A polars DataFrame (dates as Date, lists as List); needs polars."""
        return self._on_relation(lambda rel: rel.pl())

    def arrow(self) -> Any:
        """A pyarrow Table; needs pyarrow."""
        return self._on_relation(lambda rel: rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow())

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The rows as tuples."""
        return list(self._on_cursor(lambda cursor: cursor.execute(self.sql, list(self.params)).fetchall()))

    def __len__(self) -> int:
        rows = self._on_cursor(lambda cursor: cursor.execute(f"SELECT count(*) FROM ({self.sql})",
                                                             list(self.params)).fetchall())
        return int(rows[0][0])

    def to_parquet(self, path: str) -> None:
        """Write the rows to a Parquet file (list columns stay lists, dates stay dates)."""
        target = path.replace("'", "''")
        self._on_cursor(lambda cursor: cursor.execute(f"COPY ({self.sql}) TO '{target}' (FORMAT parquet)",
                                                      list(self.params)), code="E406", failed=f"cannot write {path}")


def _select(columns: dict[str, tuple[str, str, str]]) -> str:
    return ", ".join(f'CAST({expr} AS {kind}) AS "{name}"' for name, (kind, expr, _) in columns.items())


def events_relation(store: Store, filters: EventFilter | None = None) -> Relation:
    """The tidy events table of the events matching ``filters``, by date (undated last)."""
    where, params = (filters or EventFilter()).where()
    sql = (f"SELECT {_select(EVENT_COLUMNS)} FROM events e LEFT JOIN articles a ON a.id = e.doc_id "
           f"WHERE {where} ORDER BY e.date NULLS LAST, e.doc_id, e.id")
    if filters is not None and filters.limit is not None:
        sql += f" LIMIT {int(filters.limit)}"
    return Relation(store, sql, params)


def incidents_relation(store: Store, dyad: str | None = None, modality: str | None = None,
                       event_type: str | None = None) -> Relation:
    """The tidy incidents table (of ``dyad``, ``modality``, ``event_type`` when given), by date."""
    f = EventFilter(dyad=dyad, modality=modality, event_type=event_type)
    clauses, params = ["TRUE"], []
    for code in (f.dyad.split("-") if f.dyad else ()):
        group = org_group(code)
        if group == code:
            clauses.append("list_contains(i.participants, ?)")
            params.append(code)
        else:  # an organisation id: one of its events names it
            clauses.append("list_contains(i.participants, ?) AND EXISTS (SELECT 1 FROM events e JOIN participants p "
                           f"ON p.event_id = e.id WHERE e.incident_id = i.id AND p.code = ? AND {_ORG} = ?)")
            params += [group, group, code]
    for column, value in (("modality", f.modality), ("event_type", f.event_type)):
        if value is not None:
            clauses.append(f"i.{column} = ?")
            params.append(value)
    sql = (f"SELECT {_select(INCIDENT_COLUMNS)} FROM incidents i WHERE {' AND '.join(clauses)} "
           "ORDER BY i.date NULLS LAST, i.seq")
    return Relation(store, sql, params)


_PERIOD = {"month": "strftime(date_start, '%Y-%m')", "year": "strftime(date_start, '%Y')",
           "quarter": "strftime(date_start, '%Y') || '-Q' || CAST(quarter(date_start) AS VARCHAR)"}
_PRECISE = {"month": ("day", "month"), "year": ("day", "month", "year"), "quarter": ("day", "month")}


#: The period of an event's date as :func:`communique.analytics.series.period_of` gives it (a date
#: less precise than the period has none).
_EVENT_PERIOD = {
    "month": "CASE WHEN length(e.date) >= 7 THEN left(e.date, 7) END",
    "year": "CASE WHEN length(e.date) >= 4 THEN left(e.date, 4) END",
    "quarter": "CASE WHEN length(e.date) >= 7 THEN left(e.date, 4) || '-Q' || "
               "CAST((CAST(substr(e.date, 6, 2) AS INTEGER) - 1) // 3 + 1 AS VARCHAR) END",
}


def event_period_rows(store: Store, filters: EventFilter, freq: str, types: Sequence[tuple[str, int, float | None]],
                      modes: Sequence[tuple[str, str, float]]) -> list[tuple[Any, ...]]:
    """The events of ``filters`` per period (``freq``), counted in DuckDB: ``(period, n, types,
    type counts, quads, quad counts, scales)``, the types and quad classes in the order they first
    occur in the order of :meth:`Store.events`, the scales (without nulls) in that order. A
    missing quad class or scale is filled from ``types`` (type, quad, scale) and ``modes`` (type,
    mode, scale), as :func:`communique.data.plover_scale` does. A dyad's events are read from the
    pair table alone (:func:`communique.store.layout.pair_where`) when it can answer."""
    if freq not in _EVENT_PERIOD:
        raise InputError(f"{freq!r} is not one of month, quarter, year", origin="filter freq", code="E111")
    pair = layout.pair_where(filters) if store.has_layout else None
    if pair is not None:
        source = ("(SELECT event_id AS id, doc_id, date, event_type, mode, quad_code, event_scale FROM event_pairs "
                  f"WHERE {pair[0]}) e")
        first, (where, params) = pair[1], ("TRUE", list[Any]())
    else:
        source = "events e"
        first, (where, params) = [], filters.where()
    fill = ("(SELECT unnest(?::VARCHAR[]) AS t, unnest(?::INTEGER[]) AS q, unnest(?::DOUBLE[]) AS s) pt",
            "(SELECT unnest(?::VARCHAR[]) AS t, unnest(?::VARCHAR[]) AS m, unnest(?::DOUBLE[]) AS s) pm")
    counted = ("SELECT period, list({0} ORDER BY f) AS keys, list(n ORDER BY f) AS counts FROM (SELECT period, {0}, "
               "count(*) AS n, min(k) AS f FROM sel WHERE period IS NOT NULL{1} GROUP BY period, {0}) GROUP BY period")
    sql = (f"WITH sel AS (SELECT row_number() OVER (ORDER BY e.date NULLS LAST, e.doc_id, e.id) AS k, e.event_type, "
           f"{_EVENT_PERIOD[freq]} AS period, coalesce(e.quad_code, pt.q) AS quad, "
           "coalesce(e.event_scale, CASE WHEN pm.s IS NOT NULL THEN pm.s ELSE pt.s END) AS scale "
           f"FROM {source} LEFT JOIN {fill[0]} ON pt.t = e.event_type "
           f"LEFT JOIN {fill[1]} ON pm.t = e.event_type AND pm.m = e.mode AND e.mode <> '' WHERE {where}), "
           f"types AS ({counted.format('event_type', '')}), "
           f"quads AS ({counted.format('quad', ' AND quad IS NOT NULL')}), "
           "scales AS (SELECT period, count(*) AS n, list(scale ORDER BY k) FILTER (WHERE scale IS NOT NULL) AS scales "
           "FROM sel WHERE period IS NOT NULL GROUP BY period) "
           "SELECT s.period, s.n, t.keys, t.counts, q.keys, q.counts, s.scales FROM scales s "
           "JOIN types t ON t.period = s.period LEFT JOIN quads q ON q.period = s.period ORDER BY s.period")
    columns = [[row[i] for row in types] for i in range(3)] + [[row[i] for row in modes] for i in range(3)]
    with store.cursor(functions=filters.needs_functions()) as cursor:
        try:
            return list(cursor.execute(sql, [*first, *columns, *params]).fetchall())
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}", code="E407") from exc


def series_relation(store: Store, dyad: str | None = None, freq: str = "month", modality: str | None = "asserted",
                    event_type: str | None = None) -> Relation:
    """Incidents per period (``freq``: month, quarter or year): count, counts per quad class, sum
    and mean of the scale. Incidents less precise than the period, or undated, are left out."""
    if freq not in _PERIOD:
        raise InputError(f"{freq!r} is not one of month, quarter, year", origin="filter freq", code="E111")
    inner = incidents_relation(store, dyad, modality, event_type)
    precise = ", ".join(f"'{p}'" for p in _PRECISE[freq])
    sql = (f"SELECT {_PERIOD[freq]} AS period, min(date_start) AS period_start, count(*) AS n, "
           + "".join(f"count(*) FILTER (WHERE quad_code = {q}) AS quad{q}, " for q in (1, 2, 3, 4))
           + f"sum(event_scale) AS scale_sum, avg(event_scale) AS scale_mean FROM ({inner.sql}) "
           f"WHERE date_precision IN ({precise}) GROUP BY period ORDER BY period")
    return Relation(store, sql, inner.params)
