"""The query layout (``event_pairs``): the same events as the participant queries it replaces."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from communique.ingest import content_hash
from communique.model import Article, Event
from communique.store import EventFilter, Store, layout
from communique.store.migrations import MIGRATIONS
from communique.store.query import events_relation

MakeEvent = Callable[..., Event]
CODES = ["RUS", "TUR", "USA", "UKR", "IGO", "FRA"]


def _article(doc_id: str) -> Article:
    return Article(id=doc_id, text=f"text of {doc_id}", content_hash=content_hash(doc_id))


def _random_events(make: MakeEvent, seed: int, docs: int = 40) -> dict[str, list[Event]]:
    """Articles of 0-4 events with 1-3 actors and 0-2 recipients, codes repeated, some undated."""
    rng = random.Random(seed)
    out: dict[str, list[Event]] = {}
    for d in range(docs):
        doc = f"d{d:02d}"
        out[doc] = [make(doc, n, actor=rng.choices(CODES, k=rng.randint(1, 3)),
                         recipient=rng.choices(CODES, k=rng.randint(0, 2)),
                         date=rng.choice([None, "2020", "2020-05", "2020-05-17", "2021-01-02", "2019-12-31"]),
                         event_type=rng.choice(["CONSULT", "ACCUSE"]), modality=rng.choice(["asserted", "future"]))
                    for n in range(rng.randint(0, 4))]
    return out


def _old_where(f: EventFilter) -> tuple[str, list[Any]]:
    """The dyad condition as it was before the layout: a participant with each code."""
    has = "EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.code = ?)"
    assert f.dyad is not None
    where = [has, has]
    params: list[Any] = f.dyad.split("-")
    for column, value in (("event_type", f.event_type), ("modality", f.modality)):
        if value is not None:
            where.append(f"e.{column} = ?")
            params.append(value)
    dates, values = f.date_where()
    return " AND ".join(where + dates), params + values


def _old_ids(store: Store, f: EventFilter) -> list[str]:
    where, params = _old_where(f)
    sql = f"SELECT e.id FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.doc_id, e.id"
    if f.limit is not None:
        sql += f" LIMIT {f.limit}" + (f" OFFSET {f.offset}" if f.offset else "")
    return [r[0] for r in store.connection.execute(sql, params).fetchall()]


def _python_ids(events: dict[str, list[Event]], f: EventFilter) -> list[str]:
    """The same page computed in Python from the events themselves."""
    assert f.dyad is not None
    a, b = f.dyad.split("-")
    chosen = [e for evs in events.values() for e in evs
              if {a, b} <= {r.code for r in (*e.actor, *e.recipient)}
              and f.event_type in (None, e.event_type) and f.modality in (None, e.modality)
              and (f.date_from is None or (e.date is not None and e.date >= f.date_from))
              and (f.date_to is None or (e.date is not None and e.date[:len(f.date_to)] <= f.date_to))]
    chosen.sort(key=lambda e: (e.date is None, e.date or "", e.doc_id, e.id))
    ids = [e.id for e in chosen]
    start = f.offset or 0
    return ids[start:start + f.limit] if f.limit is not None else ids


FILTERS = [
    EventFilter(dyad="RUS-TUR"), EventFilter(dyad="TUR-RUS", limit=5), EventFilter(dyad="USA-UKR", limit=3, offset=2),
    EventFilter(dyad="RUS-IGO", date_from="2020"), EventFilter(dyad="FRA-RUS", date_to="2020-05", limit=100),
    EventFilter(dyad="UKR-TUR", date_from="2020-05", date_to="2021", limit=4),
    EventFilter(dyad="RUS-RUS", limit=7), EventFilter(dyad="RUS-TUR", limit=layout.PAGE_MAX + 1),
    EventFilter(dyad="TUR-RUS", event_type="CONSULT", limit=3), EventFilter(dyad="RUS-USA", modality="future", limit=9),
    EventFilter(dyad="RUS-TUR", event_type="ACCUSE", modality="asserted", date_from="2020", limit=50),
]


@pytest.fixture
def filled(tmp_path: Path, event_factory: MakeEvent) -> tuple[Store, dict[str, list[Event]]]:
    events = _random_events(event_factory, seed=7)
    store = Store(tmp_path / "l.duckdb")
    store.add_articles(_article(d) for d in events)
    store.save_events_many(list(events.items()))
    return store, events


@pytest.mark.parametrize("f", FILTERS, ids=str)
def test_pair_queries_give_the_rows_of_the_participant_queries(
        filled: tuple[Store, dict[str, list[Event]]], f: EventFilter) -> None:
    store, events = filled
    with store:
        new = [e.id for e in store.events(f)]
        assert new == _old_ids(store, f) == _python_ids(events, f)
        assert new  # every filter here matches something: the comparison is not of two empty lists
        exported = [r[0] for r in events_relation(store, f).fetchall()]
        assert exported == _old_ids(store, EventFilter(dyad=f.dyad, date_from=f.date_from, date_to=f.date_to,
                                                       limit=f.limit, event_type=f.event_type,
                                                       modality=f.modality))[:len(exported)]


def test_pages_come_from_the_pair_table_alone(filled: tuple[Store, dict[str, list[Event]]]) -> None:
    store, _ = filled
    with store:
        assert EventFilter(dyad="RUS-TUR", limit=3, date_from="2020").only_pair_and_dates()
        assert not EventFilter(dyad="RUS-TUR", limit=3, event_type="CONSULT").only_pair_and_dates()
        assert layout.pair_where(EventFilter(dyad="RUS-TUR", event_type="CONSULT", modality="future")) is not None
        assert layout.pair_where(EventFilter(dyad="RUS-TUR", actor="RUS")) is None
        assert EventFilter(dyad="RUS-RUS").pair() is None and EventFilter(dyad="RUS-NATO").pair() is None
        records = {e.id: e for e in store.events(EventFilter(dyad="RUS-TUR"))}
        page = store.events(EventFilter(dyad="RUS-TUR", limit=4, offset=1))
        assert page == [records[e.id] for e in page] and len(page) == 4


def test_rewritten_and_deleted_events_leave_the_layout_in_step(
        filled: tuple[Store, dict[str, list[Event]]], event_factory: MakeEvent) -> None:
    store, events = filled
    with store:
        replaced = _random_events(event_factory, seed=8, docs=20)  # d00..d19 get other events
        store.save_events_many(list(replaced.items()))
        events.update(replaced)
        store.upsert_articles([Article(id="d30", text="changed text", content_hash=content_hash("changed"))])
        events["d30"] = []  # a changed article loses its events until extracted again
        con = store.connection
        incremental = sorted(con.execute("SELECT * FROM event_pairs").fetchall(), key=str)
        assert incremental == sorted(con.execute(layout.PAIRS_FROM_TABLES).fetchall(), key=str)
        assert layout.tidy(con, force=True)
        assert sorted_rows_match(con)
        for f in FILTERS:
            assert [e.id for e in store.events(f)] == _old_ids(store, f) == _python_ids(events, f)


def sorted_rows_match(con: duckdb.DuckDBPyConnection) -> bool:
    """The table is in :data:`layout.ORDER` and counted as sorted."""
    rows = con.execute("SELECT * FROM event_pairs").fetchall()
    ordered = con.execute(f"SELECT * FROM event_pairs ORDER BY {layout.ORDER}").fetchall()
    return rows == ordered and layout.sorted_rows(con) == (len(rows), len(rows))


def test_tidy_sorts_only_a_large_tail(tmp_path: Path, event_factory: MakeEvent,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "TIDY_MIN_ROWS", 10)
    with Store(tmp_path / "t.duckdb") as store:
        events = _random_events(event_factory, seed=3, docs=10)
        store.add_articles(_article(d) for d in events)
        store.save_events_many(list(events.items()))
        n = layout.sorted_rows(store.connection)[1]
        assert n >= 10 and store.tidy_layout()  # all of it unsorted
        assert sorted_rows_match(store.connection)
        assert not store.tidy_layout()  # nothing new since


def test_migration_3_fills_the_layout_of_an_older_store(tmp_path: Path, event_factory: MakeEvent) -> None:
    path = tmp_path / "v2.duckdb"
    events = _random_events(event_factory, seed=11, docs=15)
    with Store(path, migrations=MIGRATIONS[:2]) as old:
        old.add_articles(_article(d) for d in events)
        old.save_events_many(list(events.items()))
        assert old.schema_version == 2
    with Store(path) as store:
        assert store.schema_version == layout.SCHEMA
        assert sorted_rows_match(store.connection)
        for f in FILTERS:
            assert [e.id for e in store.events(f)] == _python_ids(events, f)


def test_migration_4_widens_the_layout_of_a_version_3_store(tmp_path: Path, event_factory: MakeEvent) -> None:
    path = tmp_path / "v3.duckdb"
    events = _random_events(event_factory, seed=12, docs=15)
    with Store(path, migrations=MIGRATIONS[:2]) as old:
        old.add_articles(_article(d) for d in events)
        old.save_events_many(list(events.items()))
    with Store(path, migrations=MIGRATIONS[:3]) as old:  # migration 3 fills the first layout
        assert old.schema_version == 3
        narrow = old.connection.execute(f"SELECT * FROM event_pairs ORDER BY {layout.ORDER}").fetchall()
        assert narrow and len(narrow[0]) == 5  # lo, hi, date, doc_id, event_id
    with Store(path) as store:
        assert store.schema_version == layout.SCHEMA == 4
        assert sorted_rows_match(store.connection)
        wide = store.connection.execute(f"SELECT * FROM event_pairs ORDER BY {layout.ORDER}").fetchall()
        assert [row[:5] for row in wide] == narrow
        assert wide == sorted((tuple(r) for r in layout.pair_rows(e for evs in events.values() for e in evs)),
                              key=lambda r: (r[0], r[1], r[2] is None, r[2] or "", r[3], r[4]))
        for f in FILTERS:
            assert [e.id for e in store.events(f)] == _python_ids(events, f)


def test_a_page_exports_the_fields_the_full_path_exports(tmp_path: Path, event_factory: MakeEvent) -> None:
    """A page's article fields come from the pair table, its incident with its records: the same
    JSON Lines and CSV as looking each up (``store_extras``)."""
    import datetime as dt
    import io

    from communique.store.export import export, export_store, store_extras

    events = _random_events(event_factory, seed=21, docs=30)
    with Store(tmp_path / "p.duckdb") as store:
        store.add_articles(Article(id=d, text=f"text of {d}", content_hash=content_hash(d), source=f"outlet {n % 3}",
                                   url=f"https://example.org/{d}" if n % 2 else None,
                                   published=dt.date(2020, 1, 1 + n % 28) if n % 4 else None)
                           for n, d in enumerate(events))
        store.save_events_many(list(events.items()))
        some = [e.id for evs in events.values() for e in evs][::3]
        store.connection.execute("UPDATE events SET incident_id = 'inc-' || id WHERE list_contains(?, id)", [some])
        linked = 0
        for f in FILTERS[:6]:
            assert store.page(f) is not None or f.limit is None
            for fmt in ("jsonl", "csv"):
                paged, looked_up = io.StringIO(), io.StringIO()
                export_store(store, fmt, paged, f)
                found = store.events(EventFilter(dyad=f.dyad, date_from=f.date_from, date_to=f.date_to))
                found = found[f.offset or 0:][:f.limit] if f.limit is not None else found
                export(found, fmt, looked_up, store_extras(store, found))
                assert paged.getvalue() == looked_up.getvalue() and "outlet" in paged.getvalue()
                linked += "inc-" in paged.getvalue()
        assert linked  # some page holds a linked event: the incident ids were compared too


def test_the_record_fields_a_page_expects_are_the_models() -> None:
    """A page is written from its stored records only when they have this version's fields."""
    from communique.model import ActorRef
    from communique.store.export import PARTICIPANT_FIELDS, RECORD_FIELDS

    assert set(Event.model_fields) == RECORD_FIELDS
    assert set(ActorRef.model_fields) - {"evidence"} == PARTICIPANT_FIELDS


def test_a_page_of_older_records_is_read_through_the_model(tmp_path: Path, event_factory: MakeEvent) -> None:
    """A record written before a field existed gets the field's default, as the full path gives it;
    organisation ids are found from the stored participants' names either way."""
    import io

    from communique.model import ActorRef, Quote
    from communique.store.export import export, export_store, store_extras

    nato = ActorRef(code="IGO", sector=None, entity_text="the NATO alliance", reason="test")
    rich = event_factory("d1", 1, actor=("RUS",), recipient=("TUR",)).model_copy(
        update={"recipient": (event_factory().recipient[0], nato),
                "quotes": (Quote(text="we talked", speaker="Lavrov", start=0, end=9),)})
    plain = event_factory("d1", 2, actor=("TUR",), recipient=("RUS",), date="2021-03-04")
    f = EventFilter(dyad="RUS-TUR", limit=10)
    with Store(tmp_path / "o.duckdb") as store:
        store.add_articles([_article("d1")])
        store.save_events("d1", [rich, plain])
        for older in (False, True):
            if older:  # as an older version wrote it: no 'when', participants without 'office'
                stored = store.connection.execute("SELECT record FROM events WHERE id = 'd1:2'").fetchone()
                record = json.loads(stored[0])
                del record["when"]
                for ref in record["actor"] + record["recipient"]:
                    del ref["office"]
                store.connection.execute("UPDATE events SET record = ? WHERE id = 'd1:2'", [json.dumps(record)])
            paged, looked_up = io.StringIO(), io.StringIO()
            assert export_store(store, "jsonl", paged, f) == 2
            found = store.events(EventFilter(dyad="RUS-TUR"))
            export(found, "jsonl", looked_up, store_extras(store, found))
            assert paged.getvalue() == looked_up.getvalue()
            lines = [json.loads(line) for line in paged.getvalue().splitlines()]
            assert [r["org_id"] for r in lines[0]["recipient"]] == [None, "NATO"]
            assert lines[1]["when"] is None and "office" in lines[1]["actor"][0]


def test_a_long_page_reads_its_records_on_two_cursors_in_order(tmp_path: Path, event_factory: MakeEvent) -> None:
    """A page long enough to be looked up on two threads has every record, in the page's order."""
    from communique.store.duckdb import LOOKUPS_TO_SPLIT

    n = LOOKUPS_TO_SPLIT * 2 + 3
    events = [event_factory("d1", i, actor=("RUS",), recipient=("TUR",), date=f"2020-{1 + i % 12:02d}-{1 + i % 27:02d}")
              for i in range(n)]
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([_article("d1")])
        store.save_events("d1", events)
        every = store.events(EventFilter(dyad="RUS-TUR"))
        for limit, offset in ((n, None), (LOOKUPS_TO_SPLIT + 1, 2), (LOOKUPS_TO_SPLIT - 1, None)):
            page = store.page(EventFilter(dyad="RUS-TUR", limit=limit, offset=offset))
            assert page is not None
            assert page[0] == every[offset or 0:][:limit] and set(page[1]) == {e.id for e in page[0]}
