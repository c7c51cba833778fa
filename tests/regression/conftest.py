"""The real extractor, once per session, for regression tests."""

from __future__ import annotations

import pytest

from communique.extraction import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
