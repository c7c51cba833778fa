"""The demo corpus and its events extracted in this process: what every engine must reproduce."""

from __future__ import annotations

import pytest

from communique.app import demo_corpus
from communique.extraction import Extractor
from communique.ingest import read_file
from communique.model import Article, Event


@pytest.fixture(scope="session")
def demo_articles() -> list[Article]:
    return [a for a in read_file(demo_corpus()) if isinstance(a, Article)]


@pytest.fixture(scope="session")
def local_events(demo_articles: list[Article]) -> list[tuple[str, list[Event]]]:
    return [(a.id, events) for a, events in Extractor().extract_many(demo_articles)]
