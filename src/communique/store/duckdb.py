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
E421  the file is corrupt
E422  a DuckDB file that is not a communique store (left untouched)
E423  the file cannot be read or written (permissions)
E424  opened read-only, the file has an older schema (a writing command upgrades it)

Readers (``read_only=True``) never create, migrate or write; several processes may read one
file at once, but DuckDB lets no process read while another writes. So every open retries for a
bounded time (``wait``) while another process holds the file, and a writer opened with ``hold``
lets the file go between units of work (public calls) once it has held it that long, so that
readers get in -- also while the caller works between two calls (a timer closes an idle file).
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
import itertools
import json
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from communique.errors import InputError, StoreError
from communique.store import layout
from communique.store.migrations import LATEST, MIGRATIONS, Migration, apply_migrations, current_version

if TYPE_CHECKING:  # imported where used: `communique info` opens a store without the models and names
    from communique.model import Article, Event, Incident
    from communique.store.filters import EventFilter

__all__ = ["DEFAULT_PATH", "MEMORY", "ArticleKey", "Store", "connect", "event_key", "incident_key"]

DEFAULT_PATH = Path("communique.duckdb")
MEMORY = ":memory:"

_ARTICLE_COLUMNS = "id, text, title, published, source, url, content_hash, origin"
#: the order of :meth:`Store.events`
ORDER_BY_DATE = "date NULLS LAST, doc_id, event_id"


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


#: up to this many unlinked events, linking reads their records by id, batch by batch (flat memory);
#: beyond it, in one query DuckDB sorts (a batch scans the events table once)
UNLINKED_BY_ID = 200_000
#: a page of at least this many events reads its records on two threads (:meth:`Store._records_of`)
LOOKUPS_TO_SPLIT = 16
#: DuckDB settings of every connection: never load or download an extension behind the user's back
#: (a SQLite file passed as --db would otherwise fetch ``sqlite_scanner`` from the internet).
_CONFIG = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}
_SQLITE_MAGIC = b"SQLite format 3\x00"
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-12 of every DuckDB file
#: the longest pause between two attempts to open a file another process holds
_MAX_PAUSE = 0.05


def _is_lock_error(message: str) -> bool:
    lowered = message.lower()
    # "block" (as in "checksum ... in block at location") must not read as a lock
    return ("could not set lock" in lowered or "conflicting lock" in lowered
            or "different configuration than existing connections" in lowered)


def _translate(exc: duckdb.Error, path: str) -> StoreError:
    message = str(exc)
    lowered = message.lower()
    if _is_lock_error(message):
        return StoreError(f"{path} is in use by another process", code="E401",
                          hint="wait for the other communique (or DuckDB client) to finish, or use another --db")
    if "not a valid duckdb database" in lowered:
        return StoreError(f"{path} is not a DuckDB database", code="E403", hint="pass another file with --db")
    if "corrupt" in lowered or "could not read enough bytes" in lowered or "checksum" in lowered:
        return StoreError(f"{path} is corrupt: {message}", code="E421",
                          hint="restore it from a backup, or rebuild it with ingest and extract into a new --db")
    if "permission denied" in lowered or "read-only file system" in lowered:
        return StoreError(f"{path} cannot be written: {message}", code="E423",
                          hint="reading commands (events, timeline, report, serve) still work on it")
    return StoreError(f"{path}: {message}", code="E400")


def _sniff(path: Path) -> None:
    """Refuse, without opening it in DuckDB, a file that is not a DuckDB database (E403)."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror}", code="E423",
                         hint="check the file's permissions, or pass another --db") from exc
    if not head:
        return  # an empty file: DuckDB makes it a database (or refuses it read-only)
    if head.startswith(_SQLITE_MAGIC):
        raise StoreError(f"{path} is a SQLite database, not a DuckDB one", code="E403",
                         hint="pass a communique store (a .duckdb file made by communique ingest) with --db")
    if len(head) < 12 or head[8:12] != _DUCKDB_MAGIC:
        raise StoreError(f"{path} is not a DuckDB database", code="E403", hint="pass another file with --db")


def _has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()
    return bool(row and row[0])


def connect(path: str, *, read_only: bool = False, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to ``path`` with extension autoloading off.

    DuckDB lets one process write a file or many processes read it, never both; when another
    process holds the file this retries (pauses growing to 50 ms) for up to ``wait`` seconds, then
    raises :class:`StoreError` E401. Other failures: E403 not DuckDB (a SQLite file, say: refused
    before DuckDB sees it), E421 corrupt, E423 not writable.
    """
    if path != MEMORY and Path(path).exists():
        _sniff(Path(path))
    deadline = time.monotonic() + max(wait, 0.0)
    pause = 0.005
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=dict(_CONFIG))
        except duckdb.Error as exc:
            error = _translate(exc, path)
            left = deadline - time.monotonic()
            if error.code != "E401" or left <= 0:
                if error.code == "E401" and wait > 0:
                    error = StoreError(f"{path} is still in use by another process after {wait:g} s", code="E401",
                                       hint="DuckDB lets one process write a file or several read it, not both: "
                                            "try again when the other command has finished")
                raise error from exc
            time.sleep(min(pause * (0.5 + random.random()), left))
            pause = min(pause * 2, _MAX_PAUSE)


def _event_rows(events: Iterable[Event]) -> dict[str, list[list[Any]]]:
    """The rows of ``events`` in the tables ``events``, ``participants``, ``spans`` and ``quotes``."""
    out: dict[str, list[list[Any]]] = {"events": [], "participants": [], "spans": [], "quotes": []}
    for event in events:
        loc = event.event_loc
        out["events"].append([
            event.id, event.doc_id, event.event_type, event.mode, event.date, event.date_text, event.modality,
            loc.extracted_place if loc else None, loc.resolved_place if loc else None,
            loc.country_code if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            loc.geonameid if loc else None, list(event.context), list(event.topics), event.confidence,
            event.quad_code, event.event_scale, event.trigger, event.reason, None,
            json.dumps(event.to_record(), ensure_ascii=False)])
        out["participants"] += [[event.id, role, n, a.code, a.sector, a.entity_text, a.identifier_text,
                                 a.identifier_id, a.office]
                                for role, refs in (("actor", event.actor), ("recipient", event.recipient))
                                for n, a in enumerate(refs)]
        out["spans"] += [[event.id, n, s.start, s.end, s.text] for n, s in enumerate(event.text_info)]
        out["quotes"] += [[event.id, n, q.text, q.speaker, q.start, q.end] for n, q in enumerate(event.quotes)]
    return out


class Store:
    """A DuckDB-backed store of articles and events; a context manager that closes the file."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, create: bool = True,
                 migrations: Sequence[Migration] = MIGRATIONS, read_only: bool = False, wait: float = 0.0,
                 hold: float | None = None, functions: bool = True) -> None:
        """Open (creating unless ``create=False``) and migrate the database at ``path``.

        ``read_only`` opens it as a reader (several processes may read at once; nothing is
        created or migrated); ``wait`` is how long to retry while another process holds the
        file; ``hold`` (writers) is how long to keep the file: once held that long it is let go at the
        end of the running unit of work (a public call), or at once if none runs, so that readers
        get in; the next call opens it again (``None``: kept until :meth:`close`). ``functions=False``
        leaves out ``communique_org_id()`` (filters on organisation ids), whose registration
        imports numpy: for a quick look such as ``communique info``.

        Raises :class:`StoreError`: E401 locked (after ``wait``), E402 newer than the code, E403 not
        DuckDB, E404 missing with ``create=False`` (or read-only), E424 older schema read-only,
        E421 corrupt, E422 a DuckDB file that is not a communique store, E423 not writable.
        """
        self.path = str(path)
        self.read_only = read_only and self.path != MEMORY
        self._wait = wait
        self._hold = hold if self.path != MEMORY else None
        self._live: duckdb.DuckDBPyConnection | None = None
        self._layout = False
        self._functions = functions
        self._registered = False
        self._opened_at = 0.0
        self._depth = 0
        self._memory_limit: str | None = None
        self._lock = threading.RLock()
        self._timer: threading.Timer | None = None
        latest = migrations[-1].version if migrations else LATEST
        if self.path != MEMORY:
            file = Path(self.path)
            if not file.exists() and (not create or self.read_only):
                raise StoreError(f"no store at {self.path}", code="E404",
                                 hint="ingest articles first: communique ingest FILE --db " + self.path)
        con = self._con
        try:
            version = current_version(con)
            if version > latest:
                raise StoreError(
                    f"{self.path} has schema {version}, this communique reads up to {latest}", code="E402",
                    hint="upgrade communique (pip install -U communique), or use another --db")
            if version == 0 and _has_tables(con):
                raise StoreError(f"{self.path} is a DuckDB database but not a communique store", code="E422",
                                 hint="pass a store made by communique ingest with --db; this file is left as is")
            if self.read_only:
                if version == 0:
                    raise StoreError(f"{self.path} is an empty database, not a communique store yet", code="E404",
                                     hint="ingest articles first: communique ingest FILE --db " + self.path)
                if version < latest:
                    raise StoreError(f"{self.path} has schema {version}, older than this communique's {latest}",
                                     code="E424", hint="run a writing command once (communique link --db "
                                     f"{self.path}) to upgrade it")
            else:
                version = apply_migrations(con, migrations)[1]
            # the layout as this communique reads it exists from schema 4 on (a store opened with
            # older migrations has another, or none)
            self._layout = version >= layout.SCHEMA
        except duckdb.Error as exc:
            self.close()
            raise _translate(exc, self.path) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def _con(self) -> duckdb.DuckDBPyConnection:
        """The connection, (re)opened on demand (a writer with ``hold`` lets it go between units)."""
        if self._live is None:
            self._live = connect(self.path, read_only=self.read_only, wait=self._wait)
            self._registered = False
            self._opened_at = time.monotonic()
            if self._memory_limit is not None:
                self._live.execute(f"SET memory_limit = '{self._memory_limit}'")
        return self._live

    def limit_memory(self, limit: str | None) -> None:
        """Cap DuckDB's memory on this store's connection (``"64MB"``; ``None``: DuckDB's default),
        now and whenever it is opened again. DuckDB keeps the blocks it read or wrote cached up to
        its limit (by default most of the machine's memory), so a writer's cache grows with the
        store; ``extract`` caps it while it parses, where the store needs little (it appends a
        batch's rows, reads a batch's texts) and what it caches stands beside the parser's memory.
        Work that needs more spills to DuckDB's temporary files. An in-memory store is left as it is
        (its data cannot be evicted)."""
        if self.path == MEMORY:
            return
        self._memory_limit = limit
        if self._live is not None:
            with self._errors():
                self._live.execute("RESET memory_limit" if limit is None else f"SET memory_limit = '{limit}'")

    def _functions_con(self, needed: bool = True) -> duckdb.DuckDBPyConnection:
        """The connection, with ``communique_org_id()`` registered when ``needed`` (its first
        registration imports numpy: queries without organisation ids go without)."""
        con = self._con
        if needed and self._functions and not self._registered:
            from communique.names import register_sql

            con.execute("SELECT 1").fetchall()  # a result left unread would refuse the registration
            register_sql(con)  # communique_org_id(): filters on organisation ids
            self._registered = True
        return con

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection (with ``communique_org_id()``). A writer opened with ``hold``
        may let it go after a unit of work: for queries run later (a notebook's relations) use
        :meth:`cursor`."""
        return self._functions_con()

    @contextlib.contextmanager
    def cursor(self, *, functions: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own on the store, which keeps the file open (not let go) until the block
        ends; with ``communique_org_id()`` unless ``functions`` is false (quicker to start)."""
        with self._errors():
            # registered on the connection first, which outlives the cursor (and keeps the function)
            cursor = self._functions_con(functions).cursor()
            if functions and self._functions:
                from communique.names import register_sql

                register_sql(cursor)  # communique_org_id(): filters on organisation ids
            yield cursor

    def close(self) -> None:
        """Close the database file (idempotent); a later call opens it again."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._live is not None:
                live, self._live = self._live, None
                live.close()

    def release(self) -> None:
        """Let the file go now if no unit of work is running (the next call reopens it)."""
        with self._lock:
            if self._depth == 0:
                self.close()

    def _let_go(self) -> None:
        """After a unit (``hold`` set): close the file if held that long, else once it has been, if idle.

        The timer matters when the caller works long between two units (``extract`` loading its
        model, or parsing articles): readers get the file meanwhile.
        """
        if self._depth or self._hold is None or self._live is None:
            return
        left = self._opened_at + self._hold - time.monotonic()
        if left <= 0:
            self.close()
        elif self._timer is None:
            self._timer = threading.Timer(left, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def _expire(self) -> None:
        with self._lock:
            self._timer = None
            self._let_go()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        with self._lock:
            self._depth += 1
        try:
            yield
        except duckdb.Error as exc:
            raise _translate(exc, self.path) from exc
        finally:
            with self._lock:
                self._depth -= 1
                self._let_go()

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
    def has_layout(self) -> bool:
        """Whether the store has the query layout of this communique (:mod:`communique.store.layout`)."""
        return self._layout

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
                    self._delete_events_of(con, [article.id], layout_too=self._layout)
                    con.execute("UPDATE articles SET text = ?, title = ?, published = ?, source = ?, url = ?, "
                                "content_hash = ?, origin = ?, ingested_at = ?, extracted_at = NULL, "
                                "duplicate_of = NULL WHERE id = ?", [*values, now, article.id])
                    changed.append(article.id)
            self._insert_rows(con, "articles", inserts, [*_ARTICLE_COLUMNS.split(", "), "ingested_at"])
        return changed, unchanged

    def _articles(self, where: str, params: Sequence[Any] = ()) -> list[Article]:
        from communique.model import Article

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

    def article_ids(self, *, pending: bool = False) -> list[str]:
        """The ids of the stored articles (only those not yet extracted with ``pending``), in
        ingestion order: a run reads the articles themselves a batch at a time."""
        with self._errors():
            rows = self._con.execute(
                f"SELECT id FROM articles WHERE {'extracted_at IS NULL' if pending else 'TRUE'} "
                "ORDER BY ingested_at, id").fetchall()
        return [r[0] for r in rows]

    # -- events ------------------------------------------------------------------------------

    @staticmethod
    def _dissolve(con: duckdb.DuckDBPyConnection, incident_ids: Sequence[str]) -> None:
        """Delete incidents and unlink their events (they are linked again by the next run)."""
        if incident_ids:
            con.execute("UPDATE events SET incident_id = NULL WHERE list_contains(?, incident_id)", [incident_ids])
            con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [incident_ids])

    @classmethod
    def _delete_events(cls, con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
        cls._delete_events_of(con, [doc_id])

    @classmethod
    def _delete_events_of(cls, con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], *,
                          layout_too: bool = True) -> None:
        """Delete the events (and their rows) of ``doc_ids``, dissolving their incidents."""
        linked = con.execute("SELECT DISTINCT incident_id FROM events WHERE list_contains(?, doc_id) "
                             "AND incident_id IS NOT NULL", [list(doc_ids)]).fetchall()
        cls._dissolve(con, [r[0] for r in linked])
        ids = "SELECT id FROM events WHERE list_contains(?, doc_id)"
        for table in ("participants", "spans", "quotes"):
            con.execute(f"DELETE FROM {table} WHERE event_id IN ({ids})", [list(doc_ids)])
        if layout_too:
            con.execute("DELETE FROM event_pairs WHERE list_contains(?, doc_id)", [list(doc_ids)])
        con.execute("DELETE FROM events WHERE list_contains(?, doc_id)", [list(doc_ids)])

    def save_events(self, article_id: str, events: Sequence[Event]) -> None:
        """Replace the events of one article atomically and mark it extracted.

        Raises :class:`StoreError` E405 when the article is unknown or an event names another
        ``doc_id``.
        """
        self.save_events_many([(article_id, events)])

    def save_events_many(self, batch: Sequence[tuple[str, Sequence[Event]]]) -> None:
        """:meth:`save_events` for many articles in one transaction, one INSERT per table.

        The rows are those :meth:`save_events` writes article by article, in the same order.
        Raises :class:`StoreError` E405 (nothing saved) when an article is unknown or an event
        names another ``doc_id``.
        """
        if not batch:
            return
        strays = sorted({f"{e.doc_id} saved under article {a}" for a, events in batch for e in events
                         if e.doc_id != a})
        if strays:
            raise StoreError(f"events of {', '.join(strays)}", code="E405")
        ids = list(dict.fromkeys(a for a, _ in batch))
        with self._transaction() as con:
            known = dict(con.execute("SELECT id, extracted_at IS NOT NULL FROM articles WHERE list_contains(?, id)",
                                     [ids]).fetchall())
            missing = [a for a in ids if a not in known]
            if missing:
                raise StoreError(f"no article {missing[0]!r} in {self.path}", code="E405",
                                 hint="add the article before its events")
            # only an article extracted before has events to replace (re-ingesting a changed text
            # deletes its events and makes it pending): a first extraction scans no event table,
            # whose cost and memory would grow with the store
            done = [a for a in ids if known[a]]
            if done:
                self._delete_events_of(con, done, layout_too=self._layout)
            last = {a: events for a, events in batch}  # an article given twice keeps its last events
            for table, rows in _event_rows(e for a in ids for e in last[a]).items():
                self._insert_rows(con, table, rows)
            if self._layout:
                articles = {r[0]: r[1:] for r in con.execute(
                    "SELECT id, published, source, url FROM articles WHERE list_contains(?, id)", [ids]).fetchall()}
                self._insert_rows(con, "event_pairs", layout.pair_rows((e for a in ids for e in last[a]), articles))
            con.execute("UPDATE articles SET extracted_at = ? WHERE list_contains(?, id)", [_now(), ids])

    def _column_types(self, con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
        cache: dict[str, list[tuple[str, str]]] = self.__dict__.setdefault("_types", {})
        if table not in cache:
            cache[table] = [(str(n), str(t)) for n, t in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()]
        return cache[table]

    def _insert_rows(self, con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]],
                     names: Sequence[str] | None = None) -> None:
        """Insert ``rows`` (values of the columns ``names``, default the table's first ones) in one statement.

        Each column travels as one typed list parameter and is unnested: the rows keep their order.
        """
        if not rows:
            return
        types = self._column_types(con, table)
        if names is None:
            columns = types[:len(rows[0])]
        else:
            by_name = dict(types)
            columns = [(n, by_name[n]) for n in names]
        names = ", ".join(f'"{n}"' for n, _ in columns)
        select = ", ".join(f'unnest(?::{t}[]) AS "{n}"' for n, t in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM (SELECT {select})",
                    [list(col) for col in zip(*rows, strict=True)])

    def tidy_layout(self, *, force: bool = False) -> bool:
        """Sort the query layout (:mod:`communique.store.layout`) again when many rows were added
        since it was last sorted (always with ``force``); returns whether it did."""
        if not self._layout:
            return False
        with self._transaction() as con:
            return layout.tidy(con, force=force)

    def _pair_page(self, filters: EventFilter) -> tuple[list[Event], dict[str, dict[str, Any]]]:
        """:meth:`page` of a filter the pair table answers."""
        from communique.model import Event

        records, extras = self._pair_records(filters)
        return [Event.model_validate_json(record) for record in records], extras

    def _pair_records(self, filters: EventFilter) -> tuple[list[str], dict[str, dict[str, Any]]]:
        """A page of a dyad's events (of a type, modality, dates): its ids and article fields from
        the sorted pair table, then those records only (JSON, ``Event.to_record()``); with each
        event's incident and article fields."""
        chosen = layout.pair_where(filters)
        assert chosen is not None and filters.limit is not None
        sql = layout.page_sql(chosen[0], filters.limit, filters.offset)
        with self._errors():
            page = self._con.execute(sql, chosen[1]).fetchall()
            if not page:
                return [], {}
            ids = [row[0] for row in page]
            found = self._records_of(ids)
        extras = {i: {"incident_id": found[i][1], "published": published, "source": source, "url": url}
                  for i, published, source, url in page}
        return [found[i][0] for i in ids], extras

    def _records_of(self, ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """``{id: (record, incident_id)}`` of events, looked up in the primary key; a lookup runs on
        one thread, so a page's ids are split between two cursors run at once (on a store of
        10 M events, 100 lookups take 0.14 s on one, 0.09 s on two)."""

        con = self._con

        def look_up(part: list[str]) -> list[tuple[Any, ...]]:
            marks = ", ".join("?" * len(part))  # one parameter per id: a primary-key lookup
            with con.cursor() as cursor:
                return cursor.execute(f"SELECT id, record, incident_id FROM events WHERE id IN ({marks})",
                                      part).fetchall()

        if len(ids) < LOOKUPS_TO_SPLIT:
            rows = look_up(ids)
        else:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(2) as pool:
                rows = [row for part in pool.map(look_up, (ids[0::2], ids[1::2])) for row in part]
        return {row[0]: (row[1], row[2]) for row in rows}

    def _answers_page(self, filters: EventFilter) -> bool:
        return (filters.limit is not None and filters.limit <= layout.PAGE_MAX and self._layout
                and layout.pair_where(filters) is not None)

    def page(self, filters: EventFilter) -> tuple[list[Event], dict[str, dict[str, Any]]] | None:
        """:meth:`events` of a page (``limit`` at most :data:`layout.PAGE_MAX`) of a dyad the pair
        table answers, with each event's ``incident_id``, ``published``, ``source`` and ``url``
        (what an export adds) by id; None for other filters."""
        return self._pair_page(filters) if self._answers_page(filters) else None

    def page_records(self, filters: EventFilter) -> tuple[list[str], dict[str, dict[str, Any]]] | None:
        """:meth:`page` with the stored records (JSON text of ``Event.to_record()``) instead of
        events: what a JSON Lines export of the page writes, read without building a model."""
        return self._pair_records(filters) if self._answers_page(filters) else None

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Stored events matching ``filters``, by date (undated last), article and id."""
        from communique.model import Event
        from communique.store.filters import EventFilter

        page = self.page(filters) if filters is not None else None
        if page is not None:
            return page[0]
        where, params = (filters or EventFilter()).where()
        order = "e.date NULLS LAST, e.doc_id, e.id"
        sql = f"SELECT record FROM events e WHERE {where} ORDER BY {order}"
        if filters is not None and filters.limit is not None:
            # the page's ids first, the records (large JSON) of that page only
            offset = f" OFFSET {int(filters.offset)}" if filters.offset else ""
            sql = (f"SELECT e.record FROM (SELECT e.id, e.date, e.doc_id FROM events e WHERE {where} ORDER BY {order} "
                   f"LIMIT {int(filters.limit)}{offset}) p JOIN events e ON e.id = p.id "
                   "ORDER BY p.date NULLS LAST, p.doc_id, p.id")
        elif filters is not None and filters.offset:
            sql += f" OFFSET {int(filters.offset)}"
        with self._errors():
            con = self._functions_con(filters is not None and filters.needs_functions())
            rows = con.execute(sql, params).fetchall()
        return [Event.model_validate_json(row[0]) for row in rows]

    def iter_pair_lines(self, filters: EventFilter, line: str, texts: Callable[[list[Any], list[Any]], tuple[str, str]],
                        where: str = "TRUE", params: Sequence[Any] = (), order: str = ORDER_BY_DATE,
                        batch_size: int = 10_000) -> Iterator[list[str]] | None:
        """Lines made in SQL of the events of a dyad, read from the pair table alone
        (:func:`layout.pair_where`), in lists of ``batch_size``; None when that table cannot
        answer ``filters``.

        ``line`` is an SQL expression over the columns of ``event_pairs`` and ``who_symmetric``,
        ``who_directed``: the texts ``texts(actors, recipients)`` gives for each distinct pair of
        actor and recipient lists (dicts of code, names and reason), computed once per pair.
        ``where`` and ``params`` add conditions; ``order`` sorts the lines.
        """
        if not self.has_layout:
            return None
        chosen = layout.pair_where(filters)
        if chosen is None:
            return None
        sql, values = f"({chosen[0]}) AND ({where})", [*chosen[1], *params]
        return self._pair_lines(sql, values, line, texts, order, batch_size)

    def _pair_lines(self, where: str, params: list[Any], line: str,
                    texts: Callable[[list[Any], list[Any]], tuple[str, str]], order: str, batch_size: int
                    ) -> Iterator[list[str]]:
        key = "to_json(actors)::VARCHAR || to_json(recipients)::VARCHAR"
        with self.cursor(functions=False) as cursor:
            try:
                people = cursor.execute(f"SELECT DISTINCT {key}, actors, recipients FROM event_pairs WHERE {where}",
                                        params).fetchall()
                made = [(k, *texts(a, r)) for k, a, r in people]
                who = [[m[i] for m in made] for i in range(3)]
                cursor.execute(
                    f"SELECT {line} FROM event_pairs JOIN (SELECT unnest(?::VARCHAR[]) AS who_key, "
                    "unnest(?::VARCHAR[]) AS who_symmetric, unnest(?::VARCHAR[]) AS who_directed) w "
                    f"ON w.who_key = {key} WHERE {where} ORDER BY {order}", [*who, *params])
                while rows := cursor.fetchmany(batch_size):
                    yield [r[0] for r in rows]
            finally:
                cursor.close()

    def iter_events(self, filters: EventFilter | None = None, batch_size: int = 5000) -> Iterator[list[Event]]:
        """:meth:`events` in lists of about ``batch_size``, read as they are consumed, so that only
        one list of :class:`Event` objects is in memory at a time. A list ends where the date
        changes (the events of one date are never split), so a consumer sorting each list by date
        and concatenating them sorts the whole. The query holds the file until the last list.
        """
        from communique.model import Event
        from communique.store.filters import EventFilter

        where, params = (filters or EventFilter()).where()
        sql = f"SELECT date, record FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.doc_id, e.id"
        with self.cursor(functions=(filters or EventFilter()).needs_functions()) as cursor:
            try:
                cursor.execute(sql, params)
                batch: list[Event] = []
                last: object = object()
                while rows := cursor.fetchmany(1000):
                    for date, record in rows:
                        if len(batch) >= batch_size and date != last:
                            yield batch
                            batch = []
                        batch.append(Event.model_validate_json(record))
                        last = date
                if batch:
                    yield batch
            finally:
                cursor.close()

    def event_facts(self, filters: EventFilter | None = None) -> list[tuple[Any, ...]]:
        """What analytics counts of the events matching ``filters``, as columns, in the order of
        :meth:`events`: ``(id, event_type, mode, actor codes, recipient codes, date, quad_code,
        event_scale, topics, context)`` -- no JSON parsed, no :class:`Event` built."""
        from communique.store.filters import EventFilter

        where, params = (filters or EventFilter()).where()
        side = ("(SELECT list(p.code ORDER BY p.position) FROM participants p "
                "WHERE p.event_id = e.id AND p.role = '{}')")
        sql = (f"SELECT e.id, e.event_type, e.mode, {side.format('actor')}, {side.format('recipient')}, e.date, "
               f"e.quad_code, e.event_scale, e.topics, e.context FROM events e WHERE {where} "
               "ORDER BY e.date NULLS LAST, e.doc_id, e.id")
        with self._errors():
            con = self._functions_con(filters is not None and filters.needs_functions())
            return con.execute(sql, params).fetchall()

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

    def save_incidents(self, incidents: Iterable[tuple[Incident, str]],
                       assignments: Mapping[str, str] | None = None, *, chunk: int = 2000) -> None:
        """Insert or replace ``(incident, modality)`` pairs and set ``events.incident_id``, atomically.

        A new incident is numbered after every stored one (``seq``), in the order given; a
        replaced one keeps its number. ``assignments`` maps event ids to incident ids. The pairs
        are read ``chunk`` at a time (one statement per chunk, all in one transaction), so a
        generator keeps only a chunk of incidents in memory.
        """
        with self._transaction() as con:
            row = con.execute("SELECT coalesce(max(seq), 0) FROM incidents").fetchone()
            top = int(row[0]) if row else 0
            pairs = iter(incidents)
            while batch := list(itertools.islice(pairs, chunk)):
                top = self._replace_incidents(con, batch, top)
            if assignments:
                con.execute("UPDATE events SET incident_id = m.incident_id FROM "
                            "(SELECT unnest(?) AS event_id, unnest(?) AS incident_id) m WHERE events.id = m.event_id",
                            [list(assignments), list(assignments.values())])

    def _replace_incidents(self, con: duckdb.DuckDBPyConnection, batch: list[tuple[Incident, str]], top: int) -> int:
        """Write one chunk of :meth:`save_incidents`; returns the highest ``seq`` given so far."""
        ids = [i.id for i, _ in batch]
        seqs: dict[str, int] = dict(con.execute(
            "SELECT id, seq FROM incidents WHERE list_contains(?, id)", [ids]).fetchall())
        rows = []
        for incident, modality in batch:
            if incident.id not in seqs:
                top += 1
                seqs[incident.id] = top
            rows.append([
                incident.id, seqs[incident.id], incident_key(incident.event_type, modality, incident.participants),
                incident.event_type, modality, incident.mode, incident.date, list(incident.participants),
                list(incident.actor), list(incident.recipient), list(incident.doc_ids), incident.n_sources,
                len(incident.event_ids), incident.first_report, incident.disagreement,
                incident.event_scale, incident.quad_code,
                json.dumps(incident.model_dump(mode="json"), ensure_ascii=False),
            ])
        con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [ids])
        self._insert_rows(con, "incidents", rows)
        return top

    def incidents(self, *, dyad: str | None = None, modality: str | None = None, ids: Iterable[str] | None = None,
                  keys: Iterable[str] | None = None) -> list[Incident]:
        """Stored incidents in the order they were opened.

        ``dyad`` (``"RUS-TUR"``, validated as in :class:`EventFilter`) keeps incidents with both
        codes among the participants, ``modality`` those reported so (``"asserted"``, ...);
        ``ids`` and ``keys`` (:func:`incident_key`) select by id and by link key.
        """
        from communique.model import Incident
        from communique.names import org_group
        from communique.store.filters import EventFilter

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
        from communique.model import Event

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
        return [e for batch in self.iter_unlinked_events() for e in batch]

    def iter_unlinked_events(self, batch_size: int = 2000) -> Iterator[list[Event]]:
        """:meth:`unlinked_events` in lists of at most ``batch_size``, read as they are consumed.

        The query runs on its own cursor, so the store can be read between batches; write only
        after the last batch. The file is held open until the last batch (a writer with ``hold``
        letting it go between two batches would end the query).
        """
        from communique.model import Event

        order = ("FROM events e JOIN articles a ON a.id = e.doc_id WHERE e.incident_id IS NULL "
                 "ORDER BY a.ingested_at, a.published NULLS LAST, a.rowid, e.rowid")
        with self.cursor(functions=False) as cursor:
            try:
                # the order is found on the ids alone and the records are read batch by batch:
                # sorting the records themselves holds every unlinked record in memory at once. A
                # batch costs a scan of the events, so past UNLINKED_BY_ID events (relinking a
                # large store) DuckDB sorts the records in one query instead, spilling to disk
                ids = [row[0] for row in cursor.execute(f"SELECT e.id {order}").fetchall()]
                if len(ids) > UNLINKED_BY_ID:
                    del ids
                    cursor.execute(f"SELECT e.record {order}")
                    while rows := cursor.fetchmany(batch_size):
                        yield [Event.model_validate_json(row[0]) for row in rows]
                    return
                for start in range(0, len(ids), batch_size):
                    batch = ids[start:start + batch_size]
                    records = dict(cursor.execute(
                        "SELECT e.id, e.record FROM events e WHERE e.id IN (SELECT unnest(?))", [batch]).fetchall())
                    yield [Event.model_validate_json(records[i]) for i in batch]
            finally:
                cursor.close()

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
                self._insert_rows(con, "rejects", rows)
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
