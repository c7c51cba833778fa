"""The pipeline's error policy: one failing article never stops a batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from communique.errors import InputError, ModelMissing
from communique.model import Article, Event
from communique.pipeline import extract_into, ingest_into
from communique.store import MEMORY, Store


class BatchingExtractor:
    """Like spaCy's nlp.pipe: works in batches and yields nothing of a batch that fails."""

    def __init__(self, batch: int = 3, fail_on: str = "CRASH", error: Exception | None = None) -> None:
        self.batch, self.fail_on, self.error = batch, fail_on, error

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        pending = list(articles)
        for start in range(0, len(pending), self.batch):
            chunk = pending[start:start + self.batch]
            if any(self.fail_on in a.text for a in chunk):
                raise self.error or ValueError("bad token")
            yield from ((a, []) for a in chunk)


def _articles(texts: list[str]) -> list[Article]:
    return [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(MEMORY) as s:
        yield s


def test_pipeline_failing_article_isolated(store: Store) -> None:
    articles = _articles(["ok", "ok", "ok", "ok", "CRASH", "ok", "ok", "ok"])
    store.add_articles(articles)
    summary = extract_into(store, BatchingExtractor(), articles, stages={"x": "1"}, window=3)
    assert summary.articles == 7
    assert [f.origin for f in summary.failed] == ["a4"]
    assert summary.failed[0].code == "E120"
    assert [a.id for a in store.pending_articles()] == ["a4"]
    assert store.rejects()[0].code == "E120"


def test_pipeline_strict_raises(store: Store) -> None:
    articles = _articles(["ok", "CRASH"])
    store.add_articles(articles)
    with pytest.raises(ValueError):
        extract_into(store, BatchingExtractor(), articles, stages={}, strict=True)


def test_pipeline_setup_errors_propagate(store: Store) -> None:
    articles = _articles(["CRASH"])
    store.add_articles(articles)
    with pytest.raises(ModelMissing):
        extract_into(store, BatchingExtractor(error=ModelMissing("no model")), articles, stages={})


def test_pipeline_progress_reported(store: Store) -> None:
    articles = _articles(["ok"] * 5)
    store.add_articles(articles)
    seen: list[tuple[int, int]] = []
    extract_into(store, BatchingExtractor(), articles, stages={}, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_pipeline_ingest_counts_and_rejects(store: Store) -> None:
    items: list[Article | InputError] = [*_articles(["one", "two"]), InputError("empty text", origin="f.txt")]
    summary = ingest_into(store, items, stages={"communique.ingest.v1": "0"})
    assert (summary.new, summary.unchanged, summary.rejected) == (2, 0, 1)
    assert ingest_into(store, items, stages={}).unchanged == 2
    assert [r["command"] for r in store.runs()] == ["ingest", "ingest"]
