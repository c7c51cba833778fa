"""The store: one DuckDB file holding articles, events, rejects and runs.

::

    with Store("communique.duckdb") as store:
        new, unchanged = store.add_articles(articles)
        for article in store.pending_articles():
            store.save_events(article.id, extractor.extract(article))
        store.events(EventFilter(dyad="RUS-TUR"))

Opening applies any pending migration (:mod:`communique.store.migrations`). Every DuckDB
exception is translated at this boundary into a :class:`StoreError`:

====  ===============================================================
E400  any other database error
E401  the file is locked by another process
E402  the file has a newer schema than this communique reads
E403  the file is not a DuckDB database
E404  no database at that path (when opened with ``create=False``)
E405  events for an article the store does not hold
====  ===============================================================

Incidents (schema 2) are kept whole as JSON with query columns beside them; each event points
at its incident (``events.incident_id``) and each reprint at its original
(``articles.duplicate_of``). Replacing an article's events, or its text, *dissolves* the
incidents they were in: the incident rows go and their other events become unlinked, so the
next linking run places them again (:func:`communique.pipeline.link_into`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from communique.errors import InputError, StoreError
from communique.model import Article, Event, Incident
from communique.names import org_group, register_sql
from communique.store.filters import EventFilter
from communique.store.migrations import LATEST, MIGRATIONS, Migration, apply_migrations, current_version

__all__ = ["DEFAULT_PATH", "MEMORY", "ArticleKey", "Store", "event_key", "incident_key"]

DEFAULT_PATH = Path("communique.duckdb")
MEMORY = ":memory:"

_ARTICLE_COLUMNS = "id, text, title, published, source, url, content_hash, origin"


def incident_key(event_type: str, modality: str, participants: Iterable[str]) -> str:
    """The ``incidents.link_key`` of a type, modality and participant codes.

    Every block of the incident linker (:func:`communique.dedup.incidents.block_key`) lies inside
    one key, so restoring the incidents of a key restores whole blocks.

    >>> incident_key("CONSULT", "asserted", ["TUR", "RUS", "TUR"])
    'CONSULT|asserted|RUS,TUR'
    """
    return f"{event_type}|{modality}|{','.join(sorted(set(participants)))}"


def event_key(event: Event) -> str:
    """:func:`incident_key` of the incident ``event`` can belong to."""
    return incident_key(event.event_type, event.modality, (a.code for a in (*event.actor, *event.recipient)))


@dataclass(frozen=True)
class ArticleKey:
    """What reprint detection needs to know about a stored article, without its text."""

    id: str
    content_hash: str
    published: dt.date | None
    extracted: bool
    duplicate_of: str | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _translate(exc: duckdb.Error, path: str) -> StoreError:
    message = str(exc)
    lowered = message.lower()
    if "lock" in lowered:
        return StoreError(f"{path} is in use by another process", code="E401",
                          hint="wait for the other communique (or DuckDB client) to finish, or use another --db")
    if "not a valid duckdb database" in lowered:
        return StoreError(f"{path} is not a DuckDB database", code="E403", hint="pass another file with --db")
    return StoreError(f"{path}: {message}", code="E400")


class Store:
    """A DuckDB-backed store of articles and events; a context manager that closes the file."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, create: bool = True,
                 migrations: Sequence[Migration] = MIGRATIONS) -> None:
        """Open (creating unless ``create=False``) and migrate the database at ``path``.

        Raises :class:`StoreError`: E401 locked, E402 newer than the code, E403 not DuckDB,
        E404 missing with ``create=False``.
        """
        self.path = str(path)
        latest = migrations[-1].version if migrations else LATEST
        if self.path != MEMORY and not create and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}", code="E404",
                             hint="ingest articles first: communique ingest FILE --db " + self.path)
        try:
            self._con = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise _translate(exc, self.path) from exc
        try:
            register_sql(self._con)  # communique_org_id(): filters on organisation ids
            version = current_version(self._con)
            if version > latest:
                raise StoreError(
                    f"{self.path} has schema {version}, this communique reads up to {latest}", code="E402",
                    hint="upgrade communique (pip install -U communique), or use another --db")
            apply_migrations(self._con, migrations)
        except duckdb.Error as exc:
            self._con.close()
            raise _translate(exc, self.path) from exc
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection (read-only use: :mod:`communique.store.query`)."""
        return self._con

    def close(self) -> None:
        """Close the database file (idempotent)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise _translate(exc, self.path) from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._errors():
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield self._con
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        with self._errors():
            return current_version(self._con)

    # -- articles ----------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Insert or update articles; returns ``(new, unchanged)``.

        Idempotent: an article whose id and content hash are already stored changes nothing.
        One with a known id but other content replaces the stored text and metadata and loses
        its events, its reprint link and the incidents it was a source of (it is pending again);
        it counts as new.
        """
        changed, unchanged = self.upsert_articles(articles)
        return len(changed), unchanged

    def upsert_articles(self, articles: Iterable[Article]) -> tuple[list[str], int]:
        """:meth:`add_articles`, returning the ids of the new or changed articles and the unchanged count."""
        changed: list[str] = []
        unchanged = 0
        now = _now()
        with self._transaction() as con:
            batch: dict[str, Article] = {}
            for article in articles:  # the last of several articles with one id wins
                batch[article.id] = article
            known: dict[str, str] = dict(con.execute(
                "SELECT id, content_hash FROM articles WHERE list_contains(?, id)", [list(batch)]).fetchall())
            inserts: list[list[Any]] = []
            for article in batch.values():
                digest = article.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
                values = [article.text, article.title, article.published, article.source, article.url, digest,
                          article.origin]
                if article.id not in known:
                    inserts.append([article.id, *values, now])
                    changed.append(article.id)
                elif known[article.id] == digest:
                    unchanged += 1
                else:
                    rows = con.execute("SELECT id FROM incidents WHERE list_contains(doc_ids, ?)",
                                       [article.id]).fetchall()
                    self._dissolve(con, [r[0] for r in rows])
                    self._delete_events(con, article.id)
                    con.execute("UPDATE articles SET text = ?, title = ?, published = ?, source = ?, url = ?, "
                                "content_hash = ?, origin = ?, ingested_at = ?, extracted_at = NULL, "
                                "duplicate_of = NULL WHERE id = ?", [*values, now, article.id])
                    changed.append(article.id)
            if inserts:
                con.executemany(f"INSERT INTO articles ({_ARTICLE_COLUMNS}, ingested_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)
        return changed, unchanged

    def _articles(self, where: str, params: Sequence[Any] = ()) -> list[Article]:
        with self._errors():
            rows = self._con.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where} ORDER BY ingested_at, id", list(params)
            ).fetchall()
        keys = _ARTICLE_COLUMNS.split(", ")
        return [Article(**dict(zip(keys, row, strict=True))) for row in rows]

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles (all, or those with ``ids``), in ingestion order."""
        if ids is None:
            return self._articles("TRUE")
        wanted = list(ids)
        return self._articles("list_contains(?, id)", [wanted]) if wanted else []

    def pending_articles(self) -> list[Article]:
        """Articles not yet extracted (new, or changed since their last extraction)."""
        return self._articles("extracted_at IS NULL")

    # -- events ------------------------------------------------------------------------------

    @staticmethod
    def _dissolve(con: duckdb.DuckDBPyConnection, incident_ids: Sequence[str]) -> None:
        """Delete incidents and unlink their events (they are linked again by the next run)."""
        if incident_ids:
            con.execute("UPDATE events SET incident_id = NULL WHERE list_contains(?, incident_id)", [incident_ids])
            con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [incident_ids])

    @classmethod
    def _delete_events(cls, con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
        linked = con.execute("SELECT DISTINCT incident_id FROM events WHERE doc_id = ? AND incident_id IS NOT NULL",
                             [doc_id]).fetchall()
        cls._dissolve(con, [r[0] for r in linked])
        ids = "SELECT id FROM events WHERE doc_id = ?"
        for table in ("participants", "spans", "quotes"):
            con.execute(f"DELETE FROM {table} WHERE event_id IN ({ids})", [doc_id])
        con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])

    def save_events(self, article_id: str, events: Sequence[Event]) -> None:
        """Replace the events of one article atomically and mark it extracted.

        Raises :class:`StoreError` E405 when the article is unknown or an event names another
        ``doc_id``.
        """
        strays = sorted({e.doc_id for e in events if e.doc_id != article_id})
        if strays:
            raise StoreError(f"events of {', '.join(strays)} saved under article {article_id}", code="E405")
        with self._transaction() as con:
            if con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
                raise StoreError(f"no article {article_id!r} in {self.path}", code="E405",
                                 hint="add the article before its events")
            self._delete_events(con, article_id)
            for event in events:
                self._insert_event(con, event)
            con.execute("UPDATE articles SET extracted_at = ? WHERE id = ?", [_now(), article_id])

    @staticmethod
    def _insert_event(con: duckdb.DuckDBPyConnection, event: Event) -> None:
        loc = event.event_loc
        con.execute(
            "INSERT INTO events (id, doc_id, event_type, mode, date, date_text, modality, place_text, place, "
            "place_country, place_lat, place_lon, place_geonameid, context, topics, confidence, quad_code, "
            f"event_scale, trigger, reason, record) VALUES ({', '.join('?' * 21)})",
            [event.id, event.doc_id, event.event_type, event.mode, event.date, event.date_text, event.modality,
             loc.extracted_place if loc else None, loc.resolved_place if loc else None,
             loc.country_code if loc else None, loc.lat if loc else None, loc.lon if loc else None,
             loc.geonameid if loc else None, list(event.context), list(event.topics), event.confidence,
             event.quad_code, event.event_scale, event.trigger, event.reason,
             json.dumps(event.to_record(), ensure_ascii=False)],
        )
        people = [(role, n, a) for role, refs in (("actor", event.actor), ("recipient", event.recipient))
                  for n, a in enumerate(refs)]
        if people:
            con.executemany(
                "INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[event.id, role, n, a.code, a.sector, a.entity_text, a.identifier_text, a.identifier_id, a.office]
                 for role, n, a in people],
            )
        if event.text_info:
            con.executemany("INSERT INTO spans VALUES (?, ?, ?, ?, ?)",
                            [[event.id, n, s.start, s.end, s.text] for n, s in enumerate(event.text_info)])
        if event.quotes:
            con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)",
                            [[event.id, n, q.text, q.speaker, q.start, q.end] for n, q in enumerate(event.quotes)])

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Stored events matching ``filters``, by date (undated last), article and id."""
        where, params = (filters or EventFilter()).where()
        sql = f"SELECT record FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.doc_id, e.id"
        if filters is not None and filters.limit is not None:
            sql += f" LIMIT {int(filters.limit)}"
        with self._errors():
            rows = self._con.execute(sql, params).fetchall()
        return [Event.model_validate(json.loads(row[0])) for row in rows]

    # -- reprints ----------------------------------------------------------------------------

    def article_keys(self) -> list[ArticleKey]:
        """Every article without its text, in the order reprint detection sees them.

        That is ingestion order, then publication date (undated last), then input order: within
        one ingest the earlier-published of two copies is the original, else the first given.
        """
        with self._errors():
            rows = self._con.execute(
                "SELECT id, content_hash, published, extracted_at IS NOT NULL, duplicate_of FROM articles "
                "ORDER BY ingested_at, published NULLS LAST, rowid").fetchall()
        return [ArticleKey(*row) for row in rows]

    def set_duplicates(self, originals: Mapping[str, str | None]) -> None:
        """Set (or with None clear) ``duplicate_of`` of the given articles."""
        if originals:
            with self._transaction() as con:
                con.execute("UPDATE articles SET duplicate_of = m.original FROM "
                            "(SELECT unnest(?) AS id, unnest(?) AS original) m WHERE articles.id = m.id",
                            [list(originals), list(originals.values())])

    def duplicates(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """``reprint id -> original id`` (of the given articles, or all), in ingestion order."""
        where, params = "duplicate_of IS NOT NULL", list[Any]()
        if ids is not None:
            where += " AND list_contains(?, id)"
            params.append(list(ids))
        with self._errors():
            rows = self._con.execute(f"SELECT id, duplicate_of FROM articles WHERE {where} "
                                     "ORDER BY ingested_at, id", params).fetchall()
        return dict(rows)

    def reprints_of(self, originals: Iterable[str]) -> list[tuple[str, str]]:
        """``(reprint, original)`` for every reprint of the given originals, in ingestion order."""
        wanted = list(originals)
        if not wanted:
            return []
        with self._errors():
            rows = self._con.execute("SELECT id, duplicate_of FROM articles WHERE list_contains(?, duplicate_of) "
                                     "ORDER BY ingested_at, id", [wanted]).fetchall()
        return [(r[0], r[1]) for r in rows]

    def unlinked_reprints(self) -> list[tuple[str, str]]:
        """``(reprint, original)`` where the original has events not yet linked, or linked into an
        incident that does not list the reprint as a source."""
        with self._errors():
            rows = self._con.execute(
                "SELECT a.id, a.duplicate_of FROM articles a WHERE a.duplicate_of IS NOT NULL AND EXISTS ("
                "SELECT 1 FROM events e LEFT JOIN incidents i ON i.id = e.incident_id WHERE e.doc_id = a.duplicate_of "
                "AND (i.id IS NULL OR NOT list_contains(i.doc_ids, a.id))) ORDER BY a.ingested_at, a.id").fetchall()
        return [(r[0], r[1]) for r in rows]

    def published(self, ids: Iterable[str]) -> dict[str, dt.date | None]:
        """Publication date of each given article the store holds."""
        wanted = list(ids)
        if not wanted:
            return {}
        with self._errors():
            rows = self._con.execute("SELECT id, published FROM articles WHERE list_contains(?, id)",
                                     [wanted]).fetchall()
        return dict(rows)

    def load_state(self, name: str) -> tuple[str, bytes] | None:
        """``(fingerprint, data)`` of a saved dedup state, or None."""
        with self._errors():
            row = self._con.execute("SELECT fingerprint, data FROM dedup_state WHERE name = ?", [name]).fetchone()
        return (str(row[0]), bytes(row[1])) if row else None

    def save_state(self, name: str, fingerprint: str, data: bytes) -> None:
        """Keep a dedup state (replacing the previous one of that name)."""
        with self._transaction() as con:
            con.execute("DELETE FROM dedup_state WHERE name = ?", [name])
            con.execute("INSERT INTO dedup_state VALUES (?, ?, ?, ?)", [name, fingerprint, data, _now()])

    # -- incidents ---------------------------------------------------------------------------

    def save_incidents(self, incidents: Sequence[tuple[Incident, str]],
                       assignments: Mapping[str, str] | None = None) -> None:
        """Insert or replace ``(incident, modality)`` pairs and set ``events.incident_id``, atomically.

        A new incident is numbered after every stored one (``seq``), in the order given; a
        replaced one keeps its number. ``assignments`` maps event ids to incident ids.
        """
        with self._transaction() as con:
            if incidents:
                ids = [i.id for i, _ in incidents]
                seqs: dict[str, int] = dict(con.execute(
                    "SELECT id, seq FROM incidents WHERE list_contains(?, id)", [ids]).fetchall())
                row = con.execute("SELECT coalesce(max(seq), 0) FROM incidents").fetchone()
                top = int(row[0]) if row else 0
                rows = []
                for incident, modality in incidents:
                    if incident.id not in seqs:
                        top += 1
                        seqs[incident.id] = top
                    rows.append([
                        incident.id, seqs[incident.id], incident_key(incident.event_type, modality,
                                                                     incident.participants),
                        incident.event_type, modality, incident.mode, incident.date, list(incident.participants),
                        list(incident.actor), list(incident.recipient), list(incident.doc_ids), incident.n_sources,
                        len(incident.event_ids), incident.first_report, incident.disagreement,
                        incident.event_scale, incident.quad_code,
                        json.dumps(incident.model_dump(mode="json"), ensure_ascii=False),
                    ])
                con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [ids])
                con.executemany(f"INSERT INTO incidents VALUES ({', '.join('?' * 18)})", rows)
            if assignments:
                con.execute("UPDATE events SET incident_id = m.incident_id FROM "
                            "(SELECT unnest(?) AS event_id, unnest(?) AS incident_id) m WHERE events.id = m.event_id",
                            [list(assignments), list(assignments.values())])

    def incidents(self, *, dyad: str | None = None, modality: str | None = None, ids: Iterable[str] | None = None,
                  keys: Iterable[str] | None = None) -> list[Incident]:
        """Stored incidents in the order they were opened.

        ``dyad`` (``"RUS-TUR"``, validated as in :class:`EventFilter`) keeps incidents with both
        codes among the participants, ``modality`` those reported so (``"asserted"``, ...);
        ``ids`` and ``keys`` (:func:`incident_key`) select by id and by link key.
        """
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if dyad is not None:
            first, second = (org_group(c) for c in str(EventFilter(dyad=dyad).dyad).split("-"))  # NATO -> IGO
            clauses.append("list_contains(participants, ?) AND list_contains(participants, ?)")
            params += [first, second]
        if modality is not None:
            clauses.append("modality = ?")
            params.append(EventFilter(modality=modality).modality)
        if ids is not None:
            clauses.append("list_contains(?, id)")
            params.append(list(ids))
        if keys is not None:
            clauses.append("list_contains(?, link_key)")
            params.append(list(keys))
        with self._errors():
            rows = self._con.execute(f"SELECT record FROM incidents WHERE {' AND '.join(clauses)} ORDER BY seq",
                                     params).fetchall()
        return [Incident.model_validate(json.loads(row[0])) for row in rows]

    def incident_keys_of(self, doc_ids: Iterable[str]) -> set[str]:
        """Link keys of the incidents that hold events of the given articles."""
        wanted = list(doc_ids)
        if not wanted:
            return set()
        with self._errors():
            rows = self._con.execute("SELECT DISTINCT i.link_key FROM incidents i JOIN events e "
                                     "ON e.incident_id = i.id WHERE list_contains(?, e.doc_id)", [wanted]).fetchall()
        return {r[0] for r in rows}

    def incident_events(self, incident_ids: Iterable[str]) -> dict[str, list[Event]]:
        """The events of each given incident, in the incident's own order (``event_ids``)."""
        wanted = list(incident_ids)
        if not wanted:
            return {}
        with self._errors():
            rows = self._con.execute("SELECT incident_id, record FROM events WHERE list_contains(?, incident_id)",
                                     [wanted]).fetchall()
            orders = dict(self._con.execute("SELECT id, record->'$.event_ids' FROM incidents "
                                            "WHERE list_contains(?, id)", [wanted]).fetchall())
        out: dict[str, list[Event]] = {i: [] for i in wanted}
        for incident_id, record in rows:
            out[incident_id].append(Event.model_validate(json.loads(record)))
        for incident_id, events in out.items():
            order = {eid: n for n, eid in enumerate(json.loads(orders.get(incident_id) or "[]"))}
            events.sort(key=lambda e: (order.get(e.id, len(order)), e.id))
        return out

    def unlinked_events(self) -> list[Event]:
        """Events not yet in an incident, in the order their articles were ingested."""
        with self._errors():
            rows = self._con.execute(
                "SELECT e.record FROM events e JOIN articles a ON a.id = e.doc_id WHERE e.incident_id IS NULL "
                "ORDER BY a.ingested_at, a.published NULLS LAST, a.rowid, e.rowid").fetchall()
        return [Event.model_validate(json.loads(row[0])) for row in rows]

    def clear_incidents(self) -> None:
        """Delete every incident and unlink every event (before linking from scratch)."""
        with self._transaction() as con:
            con.execute("DELETE FROM incidents")
            con.execute("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL")

    # -- rejects, runs, counts ---------------------------------------------------------------

    def add_rejects(self, rejects: Iterable[InputError]) -> int:
        """Keep input errors in the ``rejects`` table; returns how many were added."""
        rows = [[r.origin, r.line, r.code, r.reason, _now()] for r in rejects]
        if rows:
            with self._transaction() as con:
                con.executemany('INSERT INTO rejects (origin, line, code, reason, "at") VALUES (?, ?, ?, ?, ?)', rows)
        return len(rows)

    def rejects(self) -> list[InputError]:
        """Every recorded input error, oldest first."""
        with self._errors():
            rows = self._con.execute('SELECT origin, line, code, reason FROM rejects ORDER BY "at", rowid').fetchall()
        return [InputError(reason, origin=origin, line=line, code=code) for origin, line, code, reason in rows]

    def start_run(self, command: str, stages: dict[str, str], data_versions: dict[str, str] | None = None) -> int:
        """Record the start of a run with its stage names and data file versions; returns its id."""
        with self._errors():
            row = self._con.execute(
                "INSERT INTO runs (command, stages, data_versions, started_at) VALUES (?, ?, ?, ?) RETURNING id",
                [command, json.dumps(stages), json.dumps(data_versions or {}), _now()],
            ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, *, articles: int, events: int, rejects: int) -> None:
        """Record the counts and end time of run ``run_id``."""
        with self._errors():
            self._con.execute("UPDATE runs SET articles = ?, events = ?, rejects = ?, finished_at = ? WHERE id = ?",
                              [articles, events, rejects, _now(), run_id])

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first, as dicts of the ``runs`` columns."""
        with self._errors():
            cursor = self._con.execute("SELECT * FROM runs ORDER BY id")
            names = [d[0] for d in cursor.description or ()]
            rows = cursor.fetchall()
        out = [dict(zip(names, row, strict=True)) for row in rows]
        for run in out:
            for key in ("stages", "data_versions"):
                run[key] = json.loads(run[key]) if run[key] else {}
        return out

    def counts(self) -> dict[str, int]:
        """Rows per table, plus ``pending`` (articles waiting for extraction) and ``reprints``."""
        out: dict[str, int] = {}
        with self._errors():
            for table in ("articles", "events", "participants", "incidents", "rejects", "runs"):
                row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
                out[table] = int(row[0]) if row else 0
            row = self._con.execute("SELECT count(*) FROM articles WHERE extracted_at IS NULL").fetchone()
            out["pending"] = int(row[0]) if row else 0
            row = self._con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()
            out["reprints"] = int(row[0]) if row else 0
        return out
