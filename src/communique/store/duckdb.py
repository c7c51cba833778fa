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
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from communique.errors import InputError, StoreError
from communique.model import Article, Event
from communique.store.filters import EventFilter
from communique.store.migrations import LATEST, MIGRATIONS, Migration, apply_migrations, current_version

__all__ = ["DEFAULT_PATH", "MEMORY", "Store"]

DEFAULT_PATH = Path("communique.duckdb")
MEMORY = ":memory:"

_ARTICLE_COLUMNS = "id, text, title, published, source, url, content_hash, origin"


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
        its events (it is pending again); it counts as new.
        """
        new = unchanged = 0
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
                elif known[article.id] == digest:
                    unchanged += 1
                else:
                    self._delete_events(con, article.id)
                    con.execute("UPDATE articles SET text = ?, title = ?, published = ?, source = ?, url = ?, "
                                "content_hash = ?, origin = ?, ingested_at = ?, extracted_at = NULL WHERE id = ?",
                                [*values, now, article.id])
                    new += 1
            if inserts:
                con.executemany(f"INSERT INTO articles ({_ARTICLE_COLUMNS}, ingested_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)
                new += len(inserts)
        return new, unchanged

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
    def _delete_events(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
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
        """Rows per table, plus ``pending`` (articles waiting for extraction)."""
        out: dict[str, int] = {}
        with self._errors():
            for table in ("articles", "events", "participants", "rejects", "runs"):
                row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
                out[table] = int(row[0]) if row else 0
            row = self._con.execute("SELECT count(*) FROM articles WHERE extracted_at IS NULL").fetchone()
            out["pending"] = int(row[0]) if row else 0
        return out
