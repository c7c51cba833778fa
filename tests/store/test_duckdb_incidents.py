"""Schema 2 of the store: incidents, event assignments, reprint links, dedup state, the migration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from communique.errors import InputError
from communique.ingest import content_hash
from communique.model import Article, Event, Incident, Place
from communique.store import LATEST, MEMORY, MIGRATIONS, Store, event_key, incident_key

MakeEvent = Callable[..., Event]


def article(doc_id: str, text: str, published: dt.date | None = None) -> Article:
    return Article(id=doc_id, text=text, content_hash=content_hash(text), published=published)


def incident(iid: str, events: list[Event], doc_ids: tuple[str, ...] | None = None, **extra: object) -> Incident:
    first = events[0]
    actor = tuple(sorted({a.code for a in first.actor}))
    recipient = tuple(sorted({a.code for a in first.recipient}))
    docs = doc_ids or tuple(dict.fromkeys(e.doc_id for e in events))
    return Incident.model_validate({
        "id": iid, "event_type": first.event_type, "mode": first.mode,
        "participants": tuple(sorted({*actor, *recipient})), "actor": actor, "recipient": recipient,
        "date": first.date, "place": first.event_loc, "event_ids": tuple(e.id for e in events),
        "doc_ids": docs, "n_sources": len(docs), "first_report": dt.date(2020, 12, 29), "topics": ("Syria",),
        **extra,
    })


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(MEMORY) as s:
        s.add_articles([article("a", "First report."), article("b", "Second report."), article("c", "A reprint.")])
        yield s


def test_duckdb_incidents_round_trip(store: Store, event_factory: MakeEvent) -> None:
    a1, b1 = event_factory("a", 1), event_factory("b", 1, actor=("TUR",), recipient=("RUS",))
    nz = event_factory("b", 2, actor=("NZL",), recipient=("FJI",), place="Suva")
    store.save_events("a", [a1])
    store.save_events("b", [b1, nz])
    sochi = incident("inc:a:1", [a1, b1], doc_ids=("a", "b", "c"))
    suva = incident("inc:b:2", [nz], place=Place(extracted_place="Suva", country_code="FJI", lat=-18.1, lon=178.4))
    store.save_incidents([(sochi, "asserted"), (suva, "future")], {a1.id: sochi.id, b1.id: sochi.id, nz.id: suva.id})

    assert store.incidents() == [sochi, suva]  # the order they were opened
    assert store.incidents(dyad="tur-rus") == [sochi]
    assert store.incidents(modality="future") == [suva]
    assert store.incidents(ids=["inc:b:2"]) == [suva]
    assert store.incidents(keys=[event_key(b1)]) == [sochi]
    assert [e.id for e in store.incident_events([sochi.id])[sochi.id]] == ["a:1", "b:1"]
    assert store.unlinked_events() == []
    assert store.incident_keys_of(["b"]) == {incident_key("CONSULT", "asserted", ["RUS", "TUR"]),
                                             incident_key("CONSULT", "future", ["FJI", "NZL"])}
    assert store.counts()["incidents"] == 2

    changed = sochi.model_copy(update={"n_sources": 2, "doc_ids": ("a", "b")})
    store.save_incidents([(changed, "asserted")])
    assert store.incidents() == [changed, suva]  # replaced in place: keeps its number


def test_duckdb_incidents_query_columns(store: Store, event_factory: MakeEvent) -> None:
    a1 = event_factory("a", 1)
    store.save_events("a", [a1])
    store.save_incidents([(incident("inc:a:1", [a1]), "asserted")], {a1.id: "inc:a:1"})
    con = store._con
    row = con.execute("SELECT event_type, modality, date, participants, n_sources, n_events, link_key "
                      "FROM incidents").fetchone()
    assert row == ("CONSULT", "asserted", "2020-12-29", ["RUS", "TUR"], 1, 1, "CONSULT|asserted|RUS,TUR")
    assert con.execute("SELECT incident_id FROM events").fetchall() == [("inc:a:1",)]


def test_duckdb_incidents_bad_dyad_raises(store: Store) -> None:
    with pytest.raises(InputError) as info:
        store.incidents(dyad="Russia")
    assert info.value.code == "E111"


def test_duckdb_replacing_events_dissolves_their_incidents(store: Store, event_factory: MakeEvent) -> None:
    a1, b1 = event_factory("a", 1), event_factory("b", 1)
    store.save_events("a", [a1])
    store.save_events("b", [b1])
    store.save_incidents([(incident("inc:a:1", [a1, b1]), "asserted")], {a1.id: "inc:a:1", b1.id: "inc:a:1"})
    store.save_events("a", [event_factory("a", 1)])  # a re-extracted article
    assert store.incidents() == []
    assert [e.id for e in store.unlinked_events()] == ["a:1", "b:1"]


def test_duckdb_changed_article_loses_reprint_link_and_incidents(store: Store, event_factory: MakeEvent) -> None:
    a1 = event_factory("a", 1)
    store.save_events("a", [a1])
    store.save_events("c", [])
    store.set_duplicates({"c": "a"})
    store.save_incidents([(incident("inc:a:1", [a1], doc_ids=("a", "c")), "asserted")], {a1.id: "inc:a:1"})
    assert store.duplicates() == {"c": "a"} and store.reprints_of(["a"]) == [("c", "a")]
    assert store.unlinked_reprints() == []  # the incident already lists it
    assert store.upsert_articles([article("c", "A rewritten text, no longer a copy.")]) == (["c"], 0)
    assert store.duplicates() == {} and store.incidents() == []
    assert [a.id for a in store.pending_articles()] == ["b", "c"]


def test_duckdb_unlinked_reprints(store: Store, event_factory: MakeEvent) -> None:
    a1 = event_factory("a", 1)
    store.save_events("a", [a1])
    store.set_duplicates({"c": "a"})
    assert store.unlinked_reprints() == [("c", "a")]  # the original's event is not linked yet
    store.save_incidents([(incident("inc:a:1", [a1]), "asserted")], {a1.id: "inc:a:1"})
    assert store.unlinked_reprints() == [("c", "a")]  # linked, but the incident does not list the reprint
    store.set_duplicates({"c": None})
    assert store.unlinked_reprints() == [] and store.counts()["reprints"] == 0


def test_duckdb_dedup_state_replaced(store: Store) -> None:
    assert store.load_state("reprints") is None
    store.save_state("reprints", "f1", b"\x00one")
    store.save_state("reprints", "f2", b"\x00two")
    assert store.load_state("reprints") == ("f2", b"\x00two")


def test_duckdb_article_keys_in_detection_order(store: Store) -> None:
    store.add_articles([article("z", "Later, older.", dt.date(2020, 1, 1)), article("y", "Later, newer.",
                                                                                  dt.date(2021, 1, 1))])
    keys = store.article_keys()
    assert [k.id for k in keys] == ["a", "b", "c", "z", "y"]
    assert not any(k.extracted for k in keys) and keys[3].content_hash == content_hash("Later, older.")


def test_duckdb_migration_from_version_1(tmp_path: Path, event_factory: MakeEvent) -> None:
    path = tmp_path / "v1.duckdb"
    with Store(path, migrations=MIGRATIONS[:1]) as old:
        assert old.schema_version == 1
        old.add_articles([article("a", "An article stored by schema 1.")])
        old.save_events("a", [event_factory("a", 1)])
    with Store(path) as store:
        assert store.schema_version == LATEST == 4
        assert [e.id for e in store.unlinked_events()] == ["a:1"]
        assert store.incidents() == [] and store.load_state("reprints") is None
        assert store.counts()["incidents"] == 0
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [(1,), (2,), (3,), (4,)]
    con.close()


def test_duckdb_incidents_saved_in_chunks_from_a_generator(store: Store, event_factory: MakeEvent) -> None:
    """A generator of incidents is written a chunk at a time: numbering runs on across chunks and a
    replaced incident keeps its number, as in one statement."""
    events = [event_factory("a", n) for n in range(1, 6)]
    store.save_events("a", events)
    made = [incident(f"inc:a:{e.id}", [e]) for e in events]
    assigned = {e.id: i.id for e, i in zip(events, made, strict=True)}
    store.save_incidents(((i, "asserted") for i in made[:3]), assigned, chunk=2)
    again = made[1].model_copy(update={"n_sources": 1, "doc_ids": ("a",), "topics": ("Gas",)})
    store.save_incidents(((i, "asserted") for i in [made[3], again, made[4]]), chunk=2)
    assert store.incidents() == [made[0], again, made[2], made[3], made[4]]
    seqs = store._con.execute("SELECT id, seq FROM incidents ORDER BY seq").fetchall()
    assert [s for _, s in seqs] == [1, 2, 3, 4, 5]
    assert store.unlinked_events() == []
