"""The DuckDB store: migrations, idempotent ingest, events round trip, filters, errors."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from communique.errors import InputError, StoreError
from communique.ingest import article_id, content_hash
from communique.model import Article, Event
from communique.store import LATEST, MEMORY, MIGRATIONS, EventFilter, Migration, Store


def article(text: str, id: str | None = None, published: dt.date | None = None) -> Article:
    return Article(id=id or article_id(text), text=text, content_hash=content_hash(text), published=published)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.duckdb") as s:
        yield s  # type: ignore[misc]


def test_duckdb_new_file_at_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with Store(path) as store:
        assert store.schema_version == LATEST
        assert store.counts()["articles"] == 0
    with Store(path) as store:  # reopening applies nothing twice
        assert store.schema_version == LATEST


def test_duckdb_migrations_applied_in_order(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add_articles([article("An article from version one.")])
    step = Migration(LATEST + 1, "add a note column", "ALTER TABLE articles ADD COLUMN note VARCHAR")
    with Store(path, migrations=(*MIGRATIONS, step)) as store:
        assert store.schema_version == LATEST + 1
        assert len(store.articles()) == 1
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == \
        [(v,) for v in range(1, LATEST + 2)]
    assert "note" in [row[0] for row in con.execute("DESCRIBE articles").fetchall()]
    con.close()


def test_duckdb_failed_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    broken = Migration(LATEST + 1, "broken", "ALTER TABLE articles ADD COLUMN x VARCHAR; SELECT * FROM nowhere")
    with pytest.raises(StoreError) as info:
        Store(path, migrations=(*MIGRATIONS, broken))
    assert info.value.code == "E400"
    with Store(path) as store:
        assert store.schema_version == LATEST


def test_duckdb_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, 'from the future')", [LATEST + 5])
    con.close()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.code == "E402"
    assert f"schema {LATEST + 5}" in str(info.value) and info.value.hint


def test_duckdb_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("just some notes, long enough to not look empty " * 200, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.code == "E403"


def test_duckdb_missing_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "missing.duckdb", create=False)
    assert info.value.code == "E404"
    assert not (tmp_path / "missing.duckdb").exists()


def test_duckdb_locked_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(30)",
         str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as info:
            Store(path)
        assert info.value.code == "E401"
        assert "another process" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_duckdb_add_articles_idempotent(store: Store) -> None:
    a, b = article("First article."), article("Second article.")
    assert store.add_articles([a, b]) == (2, 0)
    assert store.add_articles([a, b]) == (0, 2)
    assert [x.id for x in store.articles()] == [a.id, b.id]
    assert store.counts()["articles"] == 2


def test_duckdb_changed_article_updated_and_events_cleared(store: Store, event_factory: Callable[..., Event]) -> None:
    store.add_articles([article("Old text.", id="doc1")])
    store.save_events("doc1", [event_factory("doc1", 1)])
    assert store.pending_articles() == []
    assert store.add_articles([article("New text.", id="doc1")]) == (1, 0)
    [updated] = store.articles()
    assert updated.text == "New text." and updated.content_hash == content_hash("New text.")
    assert store.events() == []
    assert [a.id for a in store.pending_articles()] == ["doc1"]


def test_duckdb_article_round_trip(store: Store) -> None:
    original = Article(id="a1", text="Text.\nMore text.", title="T", published=dt.date(2021, 5, 6), source="S",
                       url="https://x.example/a", content_hash=content_hash("Text.\nMore text."), origin="f.jsonl:3")
    store.add_articles([original])
    assert store.articles(["a1"]) == [original]
    assert store.articles([]) == []


def test_duckdb_save_events_replaces(store: Store, event_factory: Callable[..., Event]) -> None:
    store.add_articles([article("Some text.", id="doc1"), article("Other text.", id="doc2")])
    store.save_events("doc1", [event_factory("doc1", 1), event_factory("doc1", 2)])
    store.save_events("doc2", [event_factory("doc2", 1)])
    store.save_events("doc1", [event_factory("doc1", 3, event_type="ACCUSE", mode="allege")])
    assert sorted(e.id for e in store.events()) == ["doc1:3", "doc2:1"]
    counts = store.counts()
    assert counts["events"] == 2 and counts["participants"] == 4 and counts["pending"] == 0


def test_duckdb_events_round_trip(store: Store, event_factory: Callable[..., Event]) -> None:
    store.add_articles([article("Some text.", id="doc1")])
    event = event_factory("doc1", 1, actor=("RUS", "BLR"), recipient=("TUR",))
    store.save_events("doc1", [event])
    [back] = store.events()
    assert back.to_record() == event.to_record()


def test_duckdb_save_events_atomic(store: Store, event_factory: Callable[..., Event]) -> None:
    store.add_articles([article("Some text.", id="doc1")])
    store.save_events("doc1", [event_factory("doc1", 1)])
    duplicate = [event_factory("doc1", 2), event_factory("doc1", 2)]  # same id twice: the insert fails
    with pytest.raises(StoreError):
        store.save_events("doc1", duplicate)
    assert [e.id for e in store.events()] == ["doc1:1"]


def test_duckdb_save_events_unknown_article(store: Store, event_factory: Callable[..., Event]) -> None:
    with pytest.raises(StoreError) as info:
        store.save_events("nope", [event_factory("nope", 1)])
    assert info.value.code == "E405"
    store.add_articles([article("Some text.", id="doc1")])
    with pytest.raises(StoreError):
        store.save_events("doc1", [event_factory("doc2", 1)])


@pytest.fixture
def filled(store: Store, event_factory: Callable[..., Event]) -> Store:
    store.add_articles([article("One.", id="d1"), article("Two.", id="d2")])
    store.save_events("d1", [
        event_factory("d1", 1, actor=("RUS",), recipient=("TUR",), date="2020-12-29"),
        event_factory("d1", 2, event_type="ACCUSE", mode="allege", actor=("TUR",), recipient=("RUS",),
                      date="2021-03", modality="negated", confidence=0.4, date_source="publication"),
        event_factory("d1", 3, actor=("NZL",), recipient=("FJI",), date=None, confidence=None),
    ])
    store.save_events("d2", [
        event_factory("d2", 1, event_type="AGREE", mode=None, actor=("RUS", "IRN"), recipient=("TUR",),
                      date="2019"),
    ])
    return store


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({}, ["d2:1", "d1:1", "d1:2", "d1:3"]),
        ({"dyad": "RUS-TUR"}, ["d2:1", "d1:1", "d1:2"]),
        ({"dyad": "tur-rus"}, ["d2:1", "d1:1", "d1:2"]),
        ({"dyad": "IRN-TUR"}, ["d2:1"]),
        ({"dyad": "RUS-FJI"}, []),
        ({"event_type": "accuse"}, ["d1:2"]),
        ({"date_from": "2020"}, ["d1:1", "d1:2"]),
        ({"date_from": "2021-01-01"}, ["d1:2"]),
        ({"date_to": "2020"}, ["d2:1", "d1:1"]),
        ({"date_to": "2020-12-28"}, ["d2:1"]),
        ({"date_from": "2019", "date_to": "2019-12-31"}, ["d2:1"]),
        ({"actor": "TUR"}, ["d1:2"]),
        ({"recipient": "TUR"}, ["d2:1", "d1:1"]),
        ({"modality": "negated"}, ["d1:2"]),
        ({"doc_id": "d2"}, ["d2:1"]),
        ({"min_confidence": 0.5}, ["d2:1", "d1:1"]),
        ({"date_source": "publication"}, ["d1:2"]),
        ({"date_source": "text"}, ["d2:1", "d1:1"]),
        ({"dyad": "RUS-TUR", "event_type": "CONSULT"}, ["d1:1"]),
        ({"limit": 2}, ["d2:1", "d1:1"]),
    ],
)
def test_duckdb_events_filters(filled: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert [e.id for e in filled.events(EventFilter(**filters))] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "filters,name,code",
    [
        ({"dyad": "RUS"}, "dyad", "E111"),
        ({"dyad": "RUSSIA-TURKEY"}, "dyad", "E112"),
        ({"event_type": "MEET"}, "event_type", "E111"),
        ({"date_from": "29/12/2020"}, "date_from", "E111"),
        ({"modality": "maybe"}, "modality", "E111"),
        ({"actor": "Turkey"}, "actor", "E112"),
        ({"min_confidence": 2.0}, "min_confidence", "E111"),
        ({"date_source": "guess"}, "date_source", "E111"),
    ],
)
def test_duckdb_bad_filter_named(filters: dict[str, object], name: str, code: str) -> None:
    with pytest.raises(InputError) as info:
        EventFilter(**filters)  # type: ignore[arg-type]
    assert info.value.code == code and f"filter {name}" in str(info.value)


@pytest.mark.parametrize("typed,suggested", [("RUS-TRK", "TUR"), ("RSU-TUR", "RUS"), ("Turkey-RUS", "TUR"),
                                             ("RUS-NATOO", "NATO")])
def test_unknown_codes_suggest_known_ones(typed: str, suggested: str) -> None:
    with pytest.raises(InputError) as info:
        EventFilter(dyad=typed)
    assert info.value.code == "E112" and "did you mean" in str(info.value) and suggested in str(info.value)


def test_organisation_ids_are_codes_in_filters() -> None:
    assert EventFilter(dyad="rus-nato", actor="au").dyad == "RUS-NATO"
    sql, params = EventFilter(dyad="RUS-NATO").where()
    assert "communique_org_id" in sql and params == ["RUS", "IGO", "NATO"]


def test_duckdb_rejects_and_runs(store: Store) -> None:
    errors = [InputError("not JSON", origin="a.jsonl", line=3, code="E103"), InputError("empty text", origin="b.txt")]
    assert store.add_rejects(errors) == 2
    assert [str(e) for e in store.rejects()] == [str(e) for e in errors]
    run = store.start_run("extract", {"communique.extract.v1": "0.1.0"}, {"rules/triggers.yaml": "0.1.0"})
    store.finish_run(run, articles=3, events=5, rejects=1)
    [row] = store.runs()
    assert row["stages"] == {"communique.extract.v1": "0.1.0"}
    assert (row["articles"], row["events"], row["rejects"]) == (3, 5, 1)
    assert row["finished_at"] >= row["started_at"]


def test_duckdb_in_memory() -> None:
    with Store(MEMORY) as store:
        assert store.add_articles([article("Kept in memory.")]) == (1, 0)


def test_duckdb_bulk_add_is_fast(tmp_path: Path) -> None:
    articles = [article(f"Article number {n} about talks between ministers.") for n in range(2000)]
    with Store(tmp_path / "bulk.duckdb") as store:
        start = time.perf_counter()
        assert store.add_articles(articles) == (2000, 0)
        assert store.add_articles(articles) == (0, 2000)
        assert time.perf_counter() - start < 20


def test_unlinked_batches_survive_a_writer_letting_the_file_go(tmp_path: Path,
                                                               event_factory: Callable[..., Event]) -> None:
    """A writer with ``hold`` lets the file go after each unit of work; reading unlinked events in
    batches, with other reads between them (as linking does), keeps the file until the last batch."""
    with Store(tmp_path / "h.duckdb", hold=0.0) as store:
        store.add_articles([article(f"Article number {n}.", id=f"a{n}") for n in range(3)])
        store.save_events_many([(f"a{n}", [event_factory(f"a{n}", 1)]) for n in range(3)])
        seen = []
        for batch in store.iter_unlinked_events(batch_size=1):
            store.published([batch[0].doc_id])  # a unit of work between two batches
            seen += [e.id for e in batch]
        assert seen == ["a0:1", "a1:1", "a2:1"]


def test_unlinked_events_come_in_ingestion_order_by_either_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                event_factory: Callable[..., Event]) -> None:
    """Linking reads unlinked events by id batch by batch, or past ``UNLINKED_BY_ID`` in one sorted
    query: the same events in the same order (articles as ingested, events as saved)."""
    import communique.store.duckdb as duckdb_store

    with Store(tmp_path / "u.duckdb") as store:
        store.add_articles([article(f"Report {n}.", id=f"r{n}") for n in (3, 1, 2)])
        store.save_events_many([(f"r{n}", [event_factory(f"r{n}", k) for k in (2, 1)]) for n in (2, 3, 1)])
        by_id = [[e.id for e in batch] for batch in store.iter_unlinked_events(batch_size=4)]
        monkeypatch.setattr(duckdb_store, "UNLINKED_BY_ID", 1)
        sorted_query = [[e.id for e in batch] for batch in store.iter_unlinked_events(batch_size=4)]
    assert by_id == sorted_query == [["r3:2", "r3:1", "r1:2", "r1:1"], ["r2:2", "r2:1"]]


def test_limit_memory_holds_across_reopening_and_resets(tmp_path: Path) -> None:
    """A cap set on a writer that lets the file go between units is set again when it reopens."""
    def limit(store: Store) -> str:
        with store.cursor(functions=False) as cur:
            row = cur.execute("SELECT current_setting('memory_limit')").fetchone()
        return str(row[0]) if row else ""

    with Store(tmp_path / "s.duckdb", hold=0.0) as store:
        default = limit(store)
        store.limit_memory("48MB")
        capped = limit(store)
        store.release()  # the file let go: the next call opens it again
        assert limit(store) == capped != default and capped.endswith("MiB")
        store.limit_memory(None)
        assert limit(store) == default
    with Store(MEMORY) as memory:  # an in-memory store keeps DuckDB's default (its data cannot be evicted)
        before = limit(memory)
        memory.limit_memory("48MB")
        assert limit(memory) == before
