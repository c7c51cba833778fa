"""Analytics of raw events read as columns (``Store.event_facts`` + ``event_item``) give the rows
the analytics of the :class:`Event` objects gave."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest

from communique.analytics.series import as_item, dyad_series, event_item
from communique.app import Communique
from communique.cli.analytics import WHAT, analytics_rows
from communique.ingest import content_hash
from communique.model import Article, Event
from communique.settings import Settings
from communique.store import EventFilter

MakeEvent = Callable[..., Event]
CODES = ["RUS", "TUR", "USA", "IGO", "UKR"]
TYPES = ["CONSULT", "ACCUSE", "AGREE", "THREATEN", "AID"]


def _events(make: MakeEvent, seed: int = 5, docs: int = 30) -> dict[str, list[Event]]:
    """Events with repeated codes, undated and year-only dates, missing scales and quad classes
    (filled from PLOVER), topics and contexts."""
    rng = random.Random(seed)
    out: dict[str, list[Event]] = {}
    for d in range(docs):
        doc = f"d{d:02d}"
        out[doc] = []
        for n in range(rng.randint(0, 4)):
            e = make(doc, n, actor=rng.choices(CODES, k=rng.randint(1, 3)),
                     recipient=rng.choices(CODES, k=rng.randint(0, 2)), event_type=rng.choice(TYPES),
                     mode=None, date=rng.choice([None, "2020", "2020-02", "2020-02-11", "2020-07-30", "2021-03"]),
                     modality=rng.choice(["asserted", "future"]))
            scale = rng.choice([None, -4.5, 1.3, 2.7])
            out[doc].append(e.model_copy(update={
                "event_scale": scale, "quad_code": None if scale is None else rng.choice([1, 2, 3, 4]),
                "topics": tuple(rng.sample(["Syria", "S-400", "gas"], k=rng.randint(0, 2))),
                "context": tuple(rng.sample(["diplomatic", "military", "economic"], k=rng.randint(0, 2)))}))
    return out


@pytest.fixture
def app(tmp_path: Path, event_factory: MakeEvent) -> Communique:
    events = _events(event_factory)
    communique = Communique(Settings(db=tmp_path / "a.duckdb"))
    store = communique.store()
    store.add_articles(Article(id=d, text=f"text {d}", content_hash=content_hash(d)) for d in events)
    store.save_events_many(list(events.items()))
    return communique


@pytest.mark.parametrize("dyad", [None, "RUS-TUR", "USA-IGO"])
@pytest.mark.parametrize("modality", [None, "asserted"])
def test_items_from_columns_are_the_items_of_the_events(app: Communique, dyad: str | None,
                                                        modality: str | None) -> None:
    with app:
        events = app.events(dyad=dyad, modality=modality)
        items = app.items(dyad, modality=modality, events=True)
        assert events  # not two empty lists
        assert items == [as_item(e) for e in events]  # every field but the source
        assert all(i.source is None for i in items)


@pytest.mark.parametrize("what", WHAT)
@pytest.mark.parametrize("freq", ["month", "quarter", "year"])
def test_analytics_rows_unchanged(app: Communique, what: str, freq: str) -> None:
    with app:
        for dyad in (None, "RUS-TUR", "TUR-USA"):
            pair = EventFilter(dyad=dyad).dyad
            before = analytics_rows(app.events(dyad=dyad, modality=None), what, pair, freq)  # type: ignore[arg-type]
            after = analytics_rows(app.items(dyad, modality=None, events=True), what, pair, freq)  # type: ignore[arg-type]
            assert before and after == before


def test_event_item_dedups_codes_in_order_and_fills_the_scale() -> None:
    item = event_item("x:1", "ACCUSE", None, ["TUR", "RUS", "TUR"], None, "2020", None, None, None, ["military"])
    assert item.actor == ("TUR", "RUS") and item.recipient == () and item.topics == ()
    assert item.context == ("military",) and item.n_sources == 1
    assert item.quad_code is not None and item.event_scale is not None  # from rules/plover.yaml


@pytest.mark.parametrize("freq", ["month", "quarter", "year"])
@pytest.mark.parametrize("modality", [None, "asserted", "future"])
def test_series_counted_in_the_store_is_the_series_of_the_events(app: Communique, freq: str,
                                                                  modality: str | None) -> None:
    with app:
        for dyad in (None, "RUS-TUR", "TUR-USA", "UKR-IGO"):
            pair = EventFilter(dyad=dyad).dyad
            points = app.event_series(pair, freq, modality=modality)
            assert points is not None
            assert points == dyad_series(app.events(dyad=dyad, modality=modality), pair, freq)  # type: ignore[arg-type]
            assert [p.to_record() for p in points] == [p.to_record() for p in dyad_series(
                app.events(dyad=dyad, modality=modality), pair, freq)]  # type: ignore[arg-type]  # keys in order too
        assert app.event_series(None, freq, modality=modality)  # something to compare
        assert app.event_series("RUS-NATO", freq) is None  # organisation ids: counted from the items


def test_analytics_command_series_of_events(app: Communique, tmp_path: Path) -> None:
    """``communique analytics --events`` (the store's counts) prints the rows of the events' series."""
    from typer.testing import CliRunner

    from communique.cli import app as cli

    db = str(app.settings.db)
    app.close()
    with app:
        expected = analytics_rows(app.events(dyad="RUS-TUR", modality=None), "series", "RUS-TUR", "quarter")
    app.close()
    done = CliRunner().invoke(cli, ["--db", db, "analytics", "--dyad", "RUS-TUR", "--events", "--modality", "all",
                                    "--freq", "quarter", "-f", "jsonl"])
    assert done.exit_code == 0, done.output
    assert [json.loads(line) for line in done.stdout.splitlines()] == expected and expected


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_timeline_of_events_read_in_batches_is_the_timeline_of_all(app: Communique, batch: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches end between dates, so the rows (sorted by date, type, id) come out as from one list."""
    from communique.analytics import timeline

    monkeypatch.setattr("communique.app.TIMELINE_BATCH", batch)
    with app:
        for dyad, start, end in ((None, None, None), ("RUS-TUR", None, None), ("TUR-USA", "2020-02", "2021")):
            raw = app.events(dyad=dyad, modality=None)
            expected = timeline(raw, events=raw, dyad=EventFilter(dyad=dyad).dyad, date_from=start, date_to=end)
            got = app.timeline(dyad, date_from=start, date_to=end, modality=None, events=True)
            assert got == expected and expected
        sizes = [len(b) for b in app.store().iter_events(EventFilter(), batch)]
        assert sum(sizes) == len(app.events()) and (batch > 100 or len(sizes) > 1)
        dates = [[e.date for e in b] for b in app.store().iter_events(EventFilter(), batch)]
        assert all(a[-1] != b[0] for a, b in pairwise(dates))  # no date split


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv", "md"])
def test_timeline_written_in_parts_is_the_timeline_written_whole(app: Communique, fmt: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.analytics import render_timeline, render_timeline_parts

    monkeypatch.setattr("communique.app.TIMELINE_BATCH", 2)
    with app:
        batches = list(app.iter_timeline(None, modality=None, events=True))
        assert len(batches) > 2
        whole = render_timeline([r for b in batches for r in b], fmt)  # type: ignore[arg-type]
        assert "".join(render_timeline_parts(batches, fmt)) == whole  # type: ignore[arg-type]
        assert "".join(render_timeline_parts([], fmt)) == render_timeline([], fmt)  # type: ignore[arg-type]
