"""Ctrl-C during a real ``communique extract`` (a subprocess, the real extractor, the demo corpus).

It exits 130, keeps the articles already extracted, leaves incidents matching the stored events,
and a rerun finishes the job with the incidents a full relink gives.
"""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from communique.app import demo_corpus

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _run(*args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "communique", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _wait_for_progress(fd: int, proc: subprocess.Popen[str], at_least: int, timeout: float) -> str:
    """Read the progress bar (on a pseudo-terminal) until ``at_least`` articles are done."""
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536).decode("utf-8", "replace")
            except OSError:
                break
            done = [int(n) for n in re.findall(r"(\d+)/\d+", seen)]
            if done and max(done) >= at_least:
                return seen
    raise AssertionError(f"extraction did not reach {at_least} articles: {seen[-500:]!r}")


def _consistency(db: Path) -> tuple[int, int, int]:
    """(extracted articles, events without an incident, incidents whose events disagree with them)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        extracted = con.execute("SELECT count(*) FROM articles WHERE extracted_at IS NOT NULL").fetchall()[0][0]
        unlinked = con.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchall()[0][0]
        broken = con.execute(
            "SELECT count(*) FROM incidents i WHERE i.n_events <> "
            "(SELECT count(*) FROM events e WHERE e.incident_id = i.id)").fetchall()[0][0]
    finally:
        con.close()
    return extracted, unlinked, broken


@pytest.mark.slow
def test_ctrl_c_during_extract_exits_130_and_keeps_what_was_saved(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH")) if p),
           "COMMUNIQUE_BATCH_SIZE": "1", "COLUMNS": "100"}
    assert _run("ingest", str(demo_corpus()), "--db", str(db), env=env).returncode == 0
    master, slave = pty.openpty()  # a terminal for stderr: the progress bar shows what is done
    proc = subprocess.Popen([sys.executable, "-m", "communique", "extract", "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    try:
        seen = _wait_for_progress(master, proc, at_least=3, timeout=180)
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=60)[0]
        seen += os.read(master, 65536).decode("utf-8", "replace") if select.select([master], [], [], 0.5)[0] else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        os.close(master)
    assert "loading model" in seen  # the start-up said what it was doing
    assert proc.returncode == 130, (rest, seen[-800:])
    assert "interrupted" in seen and "Traceback" not in seen
    extracted, unlinked, broken = _consistency(db)
    assert 3 <= extracted < 28 and unlinked == 0 and broken == 0  # saved articles kept, incidents consistent
    again = _run("extract", "--db", str(db), env=env)
    assert again.returncode == 0, again.stderr
    extracted, unlinked, broken = _consistency(db)
    assert extracted == 28 and unlinked == 0 and broken == 0
    con = duckdb.connect(str(db), read_only=True)
    incidents = con.execute("SELECT count(*) FROM incidents").fetchall()[0][0]
    con.close()
    assert _run("link", "--all", "--db", str(db), env=env).returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM incidents").fetchall()[0][0] == incidents
    con.close()
