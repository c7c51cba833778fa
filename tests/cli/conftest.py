"""CLI fixtures: a runner, a store path, and small input files written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from communique.cli import app

ARTICLES = [
    {"id": "a1", "published": "2020-12-30", "title": "Ministers meet",
     "text": "Lavrov met Cavusoglu in Kazan on 2020-12-16.\nThe talks covered trade and regional security."},
    {"id": "a2", "published": "2021-03-02",
     "text": "Cavusoglu phoned Lavrov on 2021-03-01.\nArdern met Bainimarama in Suva on 2021-02-20."},
    {"id": "a3", "published": "2021-04-11", "text": "Nobody met anyone today. The weather was mild."},
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner) -> Callable[..., Result]:
    """Run the CLI with ``args``; never re-raises, so exit codes and stderr can be checked."""

    def run(args: Sequence[str], input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.duckdb"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three articles in JSON Lines; the fake extractor finds three events in them."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path
