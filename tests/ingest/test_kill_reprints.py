"""kill -9 between ingest and reprint detection: reprints must never be extracted as originals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import communique
from communique.app import Communique
from communique.settings import Settings
from communique.store import Store

HERE = Path(__file__).parent
SRC = Path(communique.__file__).resolve().parents[1]
FILLER = ("The talks lasted several hours and covered trade, energy, transport links and the security of the "
          "region, officials from both delegations told reporters after the meeting ended late in the evening.")
STORY = "Lavrov met Cavusoglu in Kazan on 2020-12-16. " + FILLER
OTHER = "Ardern met Bainimarama in Suva on 2021-02-20. A separate visit about fisheries and climate aid, " \
        "with new money for coastal defences announced by the two leaders at a joint press conference."
ARTICLES = [
    {"id": "orig", "published": "2020-12-17", "source": "Agency", "text": STORY},
    {"id": "copy1", "published": "2020-12-18", "source": "Daily", "text": "KAZAN - " + STORY + " /agency"},
    {"id": "other", "published": "2021-02-21", "source": "Herald", "text": OTHER},
    {"id": "copy2", "published": "2020-12-18", "source": "Weekly", "text": STORY.replace("several", "six")},
]


def snapshot(db: Path) -> dict[str, Any]:
    """What a run leaves: reprint links, extraction state, events and incidents."""
    with Store(db) as store:
        keys = {k.id: (k.duplicate_of, k.extracted) for k in store.article_keys()}
        events = sorted((e.id, e.doc_id) for e in store.events())
        stored = store.incidents()
        members = store.incident_events(i.id for i in stored)
        incidents = sorted((i.id, tuple(sorted(i.doc_ids)), tuple(sorted(e.id for e in members[i.id])))
                           for i in stored)
    return {"articles": keys, "events": events, "incidents": incidents}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def run(db: Path, corpus: Path, *, ingest: bool) -> dict[str, Any]:
    with Communique(Settings(db=db)) as app:
        if ingest:
            app.ingest([corpus])
        app.extract()
    return snapshot(db)


def killed_ingest(db: Path, corpus: Path) -> None:
    """Ingest in a real subprocess and SIGKILL it after its articles are committed, before
    reprint detection."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen([sys.executable, str(HERE / "_killed_ingest.py"), str(db), str(corpus)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            line = proc.stdout.readline()  # the script prints READY within seconds, or dies
            assert line.strip() == "READY", proc.stderr.read()
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
    with Store(db) as store:  # the kill came at the right point: articles in, no reprint found yet
        assert {k.id: k.duplicate_of for k in store.article_keys()} == {a["id"]: None for a in ARTICLES}


@pytest.mark.usefixtures("fake_extractor")
def test_kill_then_extract_equals_clean_run(tmp_path: Path, corpus: Path) -> None:
    clean = run(tmp_path / "clean.duckdb", corpus, ingest=True)
    assert clean["articles"]["copy1"] == ("orig", True) and clean["articles"]["copy2"] == ("orig", True)
    db = tmp_path / "killed.duckdb"
    killed_ingest(db, corpus)
    assert run(db, corpus, ingest=False) == clean


@pytest.mark.usefixtures("fake_extractor")
def test_kill_then_ingest_again_equals_clean_run(tmp_path: Path, corpus: Path) -> None:
    clean = run(tmp_path / "clean.duckdb", corpus, ingest=True)
    db = tmp_path / "killed.duckdb"
    killed_ingest(db, corpus)
    assert run(db, corpus, ingest=True) == clean
