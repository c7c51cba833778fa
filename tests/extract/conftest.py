"""One extractor per test session: loading spaCy and the data files takes a second or two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.extraction import Extractor
from communique.model import Article, Event


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., list[Event]]:
    """Events of a text published on ``published`` (default 2021-03-10, a Wednesday)."""

    def run(text: str, published: str = "2021-03-10") -> list[Event]:
        article = Article(id="t", text=text, published=dt.date.fromisoformat(published))
        return extractor.extract(article)

    return run
