"""``--workers N``: article workers give the events of the in-process extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

import communique.engines.local as local_module
from communique.cli.extract import make_extractor
from communique.engines.local import PoolExtractor, default_workers
from communique.errors import ConfigError
from communique.model import Article, Event
from communique.settings import Settings


@pytest.mark.slow
def test_two_workers_give_the_events_of_one(demo_articles: list[Article],
                                             local_events: list[tuple[str, list[Event]]]) -> None:
    with PoolExtractor(Settings(), 2, chunk=3, min_parallel=0) as pool:
        got = [(a.id, events) for a, events in pool.extract_many(demo_articles)]
        assert pool._pool is not None  # the work went to the worker processes
    assert sum(len(e) for _, e in got) > 20
    assert got == local_events


@pytest.mark.slow
def test_started_workers_load_while_this_process_does(demo_articles: list[Article],
                                                      local_events: list[tuple[str, list[Event]]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``start`` spawns ``workers - 1`` processes and loads this one's extractor meanwhile; the
    chunks are shared between them and this process, and come back in order."""
    monkeypatch.setattr(local_module, "_EXTRACTOR", None)  # nothing loaded in this process yet
    with PoolExtractor(Settings(), 3, chunk=2, min_parallel=4) as pool:
        here: list[str] = []
        extract_here = pool.extract_here

        def counted(articles: list[Article]) -> list[list[Event]]:
            here.extend(a.id for a in articles)
            return extract_here(articles)

        monkeypatch.setattr(pool, "extract_here", counted)
        pool.start(len(demo_articles))
        assert pool._pool is not None and len(pool._pool._processes) == 2  # both spawned
        assert local_module._EXTRACTOR is not None  # and this process loaded too
        got = [(a.id, events) for a, events in pool.extract_many(demo_articles)]
        # fewer articles than min_parallel go to the started workers too (they are loaded)
        few = [(a.id, events) for a, events in pool.extract_many(demo_articles[:2])]
    assert got == local_events
    assert few == local_events[:2]
    assert 0 < len(here) < len(demo_articles)  # this process took some chunks, the workers the others


def test_start_for_few_articles_loads_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_module, "_EXTRACTOR", None)
    pool = PoolExtractor(Settings(), 2, min_parallel=1000)
    pool.start(3)
    assert pool._pool is None  # no worker processes for three articles
    assert local_module._EXTRACTOR is not None and Settings() == local_module._SETTINGS


def test_few_articles_stay_in_process(demo_articles: list[Article],
                                      local_events: list[tuple[str, list[Event]]]) -> None:
    pool = PoolExtractor(Settings(), 2, min_parallel=1000)
    got = [(a.id, events) for a, events in pool.extract_many(demo_articles[:3])]
    assert pool._pool is None
    assert got == local_events[:3]


def test_make_extractor_choices(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "x.duckdb")
    assert make_extractor(settings, workers=1) is None
    two = make_extractor(settings, workers=2)
    assert isinstance(two, PoolExtractor) and two.workers == 2
    default = make_extractor(settings, workers=None)
    assert (default is None) == (default_workers() == 1)
    with pytest.raises(ConfigError) as info:
        make_extractor(settings, workers=None, engine="dask")
    assert info.value.code == "E530" and info.value.hint
    with pytest.raises(ConfigError):
        make_extractor(settings, workers=None, scheduler="tcp://127.0.0.1:1")


def test_chunks_are_parse_batches_then_shrink() -> None:
    """A sized input goes out in chunks of the parse's batch size while many articles remain, then
    in smaller ones down to ``chunk`` (the processes finish together); an unsized one in ``chunk``s."""
    pool = PoolExtractor(Settings(batch_size=32), 2, chunk=4)
    sizes = [len(p) for p in pool._parts(iter(range(300)), 300)]  # type: ignore[arg-type]
    assert sum(sizes) == 300 and sizes[0] == 32 and max(sizes) == 32
    assert sizes == sorted(sizes, reverse=True) and min(sizes[:-1]) == 4
    assert [len(p) for p in pool._parts(iter(range(10)), None)] == [4, 4, 2]  # type: ignore[arg-type]
