"""Loading with the cyclic collector paused, then frozen (communique.engines.collector)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from communique.engines.collector import loading, thaw


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and the usual thresholds."""
    thresholds = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


class Node:
    """An object that can hold a reference cycle."""

    def __init__(self) -> None:
        self.other: Any = None


def _passes(block: Any) -> int:
    """How many automatic collector passes ran while ``block()`` ran."""
    seen: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(count)
    try:
        block()
    finally:
        gc.callbacks.remove(count)
    return len(seen)


def _allocate() -> list[Node]:
    return [Node() for _ in range(20_000)]


def test_no_pass_runs_while_loading_even_after_gc_enable() -> None:
    """srsly calls ``gc.enable()`` around each model file it reads: the pause outlasts it."""
    assert _passes(_allocate) > 0  # guard: the allocations do make the collector run

    def load() -> None:
        with loading():
            gc.enable()
            _allocate()

    assert _passes(load) == 0


def test_what_was_loaded_is_frozen_and_the_thresholds_are_back() -> None:
    before = gc.get_threshold()
    with loading():
        kept = _allocate()
    assert gc.get_freeze_count() >= len(kept)
    assert gc.get_threshold() == before
    thaw()
    assert gc.get_freeze_count() == 0


def test_a_failed_load_freezes_nothing() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), loading():
        _allocate()
        raise RuntimeError("model missing")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_thawed_cycles_are_freed_by_a_collection() -> None:
    with loading():
        a, b = Node(), Node()
        a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    gc.collect()
    assert ref() is not None  # frozen: a full collection leaves the cycle
    thaw()
    gc.collect()
    assert ref() is None


def test_nested_and_overlapping_blocks_restore_the_thresholds_at_the_last_end() -> None:
    """Two extractors loading at once (threads of a Dask worker): the pause lasts until both are
    done, and the thresholds come back as they were, not as the pause left them."""
    before = gc.get_threshold()
    outer, inner = loading(), loading()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)  # the first one started ends first
    assert gc.get_threshold()[0] == 0  # the other is still loading
    inner.__exit__(None, None, None)
    assert gc.get_threshold() == before
