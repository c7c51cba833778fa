"""Batched store writes store exactly the rows the former row-by-row writes stored.

The reference below is the former implementation (one INSERT per event, ``executemany`` per
child table, linking every unlinked event at once); both run on the demo corpus, extracted by
the real extractor, and every stored row is compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from communique.app import demo_corpus
from communique.dedup import IncidentLinker
from communique.extraction import Extractor
from communique.ingest import read_file
from communique.model import Article, Event, Incident
from communique.pipeline import link_into
from communique.store import Store, event_key

pytestmark = pytest.mark.slow


def _old_insert_event(con: duckdb.DuckDBPyConnection, event: Event) -> None:
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
        con.executemany("INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [[event.id, role, n, a.code, a.sector, a.entity_text, a.identifier_text,
                          a.identifier_id, a.office] for role, n, a in people])
    if event.text_info:
        con.executemany("INSERT INTO spans VALUES (?, ?, ?, ?, ?)",
                        [[event.id, n, s.start, s.end, s.text] for n, s in enumerate(event.text_info)])
    if event.quotes:
        con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)",
                        [[event.id, n, q.text, q.speaker, q.start, q.end] for n, q in enumerate(event.quotes)])


def _old_save_events(store: Store, article_id: str, events: list[Event]) -> None:
    con: duckdb.DuckDBPyConnection = store._con
    con.execute("BEGIN TRANSACTION")
    for event in events:
        _old_insert_event(con, event)
    con.execute("UPDATE articles SET extracted_at = now() WHERE id = ?", [article_id])
    con.execute("COMMIT")


def _old_link(store: Store) -> None:
    """The former link_into without reprints: every unlinked event at once, then one save."""
    pending = store.unlinked_events()
    stored = store.incidents(keys={event_key(e) for e in pending})
    members = store.incident_events(i.id for i in stored)
    docs = {e.doc_id for e in pending} | {d for i in stored for d in i.doc_ids}
    linker = IncidentLinker(store.published(docs))
    linker.restore((i, members[i.id]) for i in stored)
    linker.link(pending)
    before: dict[str, Incident] = {i.id: i for i in stored}
    changed = [i for i in linker.incidents() if before.get(i.id) != i]
    assignments = {e.id: i for e in pending if (i := linker.incident_of(e.id)) is not None}
    con: duckdb.DuckDBPyConnection = store._con
    con.execute("BEGIN TRANSACTION")
    seqs = dict(con.execute("SELECT id, seq FROM incidents").fetchall())
    top = max(seqs.values(), default=0)
    con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [[i.id for i in changed]])
    for incident in changed:
        if incident.id not in seqs:
            top += 1
            seqs[incident.id] = top
        modality = linker.modality_of(incident.id) or "asserted"
        con.execute(f"INSERT INTO incidents VALUES ({', '.join('?' * 18)})", [
            incident.id, seqs[incident.id],
            f"{incident.event_type}|{modality}|{','.join(sorted(set(incident.participants)))}",
            incident.event_type, modality, incident.mode, incident.date, list(incident.participants),
            list(incident.actor), list(incident.recipient), list(incident.doc_ids), incident.n_sources,
            len(incident.event_ids), incident.first_report, incident.disagreement, incident.event_scale,
            incident.quad_code, json.dumps(incident.model_dump(mode="json"), ensure_ascii=False)])
    for event_id, incident_id in assignments.items():
        con.execute("UPDATE events SET incident_id = ? WHERE id = ?", [incident_id, event_id])
    con.execute("COMMIT")


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Article, list[Event]]]:
    articles = [a for a in read_file(demo_corpus()) if isinstance(a, Article)]
    return list(Extractor().extract_many(articles))


def _rows(path: Path) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        for table, order in (("events", "rowid"), ("participants", "rowid"), ("spans", "rowid"),
                             ("quotes", "rowid"), ("incidents", "seq")):
            yield table, con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        yield "extracted", con.execute("SELECT id, extracted_at IS NOT NULL FROM articles ORDER BY rowid").fetchall()
    finally:
        con.close()


def test_batched_writes_store_the_rows_of_row_by_row_writes(
        tmp_path: Path, extracted: list[tuple[Article, list[Event]]]) -> None:
    assert sum(len(events) for _, events in extracted) > 20
    assert any(e.quotes for _, events in extracted for e in events)  # every child table is exercised
    half = len(extracted) // 2
    paths = {"old": tmp_path / "old.duckdb", "new": tmp_path / "new.duckdb"}
    for name, path in paths.items():
        with Store(path) as store:
            store.add_articles(a for a, _ in extracted)
            for part in (extracted[:half], extracted[half:]):  # two runs: the second restores incidents
                if name == "old":
                    for article, events in part:
                        _old_save_events(store, article.id, events)
                    _old_link(store)
                else:
                    store.save_events_many([(a.id, events) for a, events in part])
                    link_into(store, batch_size=7)
    old, new = dict(_rows(paths["old"])), dict(_rows(paths["new"]))
    assert old["incidents"] and old["quotes"]
    for table, rows in old.items():
        assert new[table] == rows, table


def test_save_events_many_replaces_and_dissolves_like_save_events(
        tmp_path: Path, extracted: list[tuple[Article, list[Event]]]) -> None:
    paths = {"one": tmp_path / "one.duckdb", "many": tmp_path / "many.duckdb"}
    for name, path in paths.items():
        with Store(path) as store:
            store.add_articles(a for a, _ in extracted)
            store.save_events_many([(a.id, events) for a, events in extracted])
            link_into(store)
            again = extracted[1::3]  # re-extracting dissolves their incidents
            if name == "one":
                for article, events in again:
                    store.save_events(article.id, events)
            else:
                store.save_events_many([(a.id, events) for a, events in again])
            link_into(store)
    one, many = dict(_rows(paths["one"])), dict(_rows(paths["many"]))
    for table, rows in one.items():
        assert many[table] == rows, table
