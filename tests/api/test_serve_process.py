"""``communique serve`` as a real process: it answers while ``ingest`` and ``extract`` (other
processes) write the same store, beside two concurrent ``events`` queries; an idle connection
blocks nobody; the Host check and the headers hold on the wire."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from communique.api.testing import serve_env, serve_process
from communique.app import Communique
from communique.settings import Settings

TESTS = Path(__file__).resolve().parents[1]
SRC = Path(__file__).resolve().parents[2] / "src"
#: ``python DRIVER ARGS``: the communique CLI with the tests' fake extractor, slowed down so that
#: extraction lasts seconds and overlaps the server's requests
DRIVER = f"""
import sys, time
sys.path.insert(0, {str(TESTS)!r})
from conftest import FakeExtractor

class Slow(FakeExtractor):
    def extract_many(self, articles):
        for article, events in super().extract_many(articles):
            time.sleep(0.04)
            yield article, events

import communique.extraction
communique.extraction.Extractor = Slow
from communique.cli import main
sys.argv = ["communique", *sys.argv[1:]]
main()
"""
PAIRS = [("Lavrov", "Cavusoglu"), ("Cavusoglu", "Lavrov"), ("Ardern", "Bainimarama")]


def _articles(prefix: str, n: int) -> str:
    lines = []
    for i in range(n):
        a, r = PAIRS[i % len(PAIRS)]
        day = 1 + i % 28
        lines.append(json.dumps({"id": f"{prefix}{i}", "published": f"2021-02-{day:02d}",
                                 "text": f"{a} met {r} in Kazan on 2021-02-{day:02d}. Item {prefix}{i}."}))
    return "\n".join(lines) + "\n"


def _env() -> dict[str, str]:
    return serve_env()


@pytest.fixture
def store(tmp_path: Path, fake_extractor: type) -> Path:
    first = tmp_path / "first.jsonl"
    first.write_text(_articles("a", 30), encoding="utf-8")
    db = tmp_path / "shared.duckdb"
    with Communique(Settings(db=db)) as app:
        app.ingest([first])
        app.extract()
    return db


@pytest.fixture
def server(store: Path, tmp_path: Path) -> Iterator[str]:
    with serve_process(store, log=tmp_path / "serve.log", keep_alive=1) as base:
        yield base


def test_serve_answers_while_ingest_and_extract_write(tmp_path: Path, store: Path, server: str) -> None:
    more = tmp_path / "more.jsonl"
    # enough articles that extract saves several batches (pipeline.SAVE_ARTICLES) while readers ask
    more.write_text(_articles("b", 300), encoding="utf-8")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    with httpx.Client(base_url=server, timeout=20) as client:
        before = client.get("/api/events?limit=1000").json()["count"]
    writer = subprocess.Popen(
        [sys.executable, "-c", f"import subprocess, sys\n"
         f"for cmd in (['ingest', {str(more)!r}], ['extract', '--workers', '1']):\n"
         f"    rc = subprocess.run([sys.executable, {str(driver)!r}, '--db', {str(store)!r}, *cmd]).returncode\n"
         f"    if rc: sys.exit(rc)\n"],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    statuses: list[int] = []
    counts: list[int] = []
    queries: list[subprocess.CompletedProcess[str]] = []

    def query() -> None:
        queries.append(subprocess.run([sys.executable, "-m", "communique", "events", "--db", str(store),
                                       "--dyad", "RUS-TUR", "-f", "jsonl"],
                                      env=_env(), capture_output=True, text=True, timeout=120))

    threads = [threading.Thread(target=query) for _ in range(2)]
    try:
        with httpx.Client(base_url=server, timeout=20) as client:
            started = False
            deadline = time.monotonic() + 150
            while writer.poll() is None and time.monotonic() < deadline:
                response = client.get("/api/events?limit=1000")
                statuses.append(response.status_code)
                counts.append(response.json().get("count", -1))
                if not started and len(statuses) >= 3:
                    for t in threads:
                        t.start()
                    started = True
                time.sleep(0.05)
            err, _ = writer.communicate(timeout=150)
            after = client.get("/api/events?limit=1000").json()["count"]
    finally:
        if writer.poll() is None:
            writer.kill()
        for t in threads:
            t.join(timeout=150)
    assert writer.returncode == 0, err
    assert "300 new" in err and "extracted" in err, err
    assert len(statuses) >= 10, "the writer finished before the server was asked much"
    assert set(statuses) == {200}, statuses
    assert counts == sorted(counts) and counts[0] >= before  # readers saw the store grow, never shrink
    with Communique(Settings(db=store), read_only=True) as reader:
        assert after == len(reader.events()) > before
    # answers came while extraction was writing, not only before and after it
    assert any(before < c < after for c in counts), (sorted(set(counts)), after)
    assert len(queries) == 2
    for q in queries:
        assert q.returncode == 0, q.stderr
        assert all(json.loads(line)["doc_id"] for line in q.stdout.splitlines())


def _request(port: int, host: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET /api/events?limit=1 HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data


def test_serve_idle_connection_blocks_no_one(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    idle = socket.create_connection(("127.0.0.1", port), timeout=10)
    half = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        half.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        with httpx.Client(base_url=server, timeout=5) as client:
            for _ in range(5):
                assert client.get("/api/incidents?limit=1").status_code == 200
        # the server closes both after --keep-alive 1 s: they hold nothing for long
        idle.settimeout(10)
        assert idle.recv(1) == b""
        half.settimeout(10)
        assert half.recv(1) == b""
    finally:
        idle.close()
        half.close()


def test_serve_host_and_headers_on_the_wire(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    refused = _request(port, "attacker.example")
    assert refused.startswith(b"HTTP/1.1 400") and b'"E152"' in refused
    answered = _request(port, f"localhost:{port}")
    head = answered.split(b"\r\n\r\n", 1)[0].lower()
    assert answered.startswith(b"HTTP/1.1 200")
    assert b"x-content-type-options: nosniff" in head and b"content-security-policy: default-src 'none'" in head


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                    reason="chromium is not installed (CI installs it and never skips this)")
def test_served_report_runs_its_script_under_the_csp(server: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom"]
    dom = subprocess.run([CHROMIUM, *flags, server + "/report?dyad=RUS-TUR"], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert 'data-drawn="yes"' in dom  # the inline script, allowed by its hash, ran to its end
    explore = subprocess.run([CHROMIUM, *flags, server + "/explore/events?dyad=RUS-TUR"], capture_output=True,
                             text=True, timeout=120, check=True).stdout
    assert '<table id="events">' in explore and "Lavrov met Cavusoglu" in explore
