"""``--engine dask``: a real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1
give the events of the in-process extractor, through the command line too."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from communique.engines.dask_engine import DaskExtractor
from communique.errors import ConfigError
from communique.model import Article, Event
from communique.settings import Settings

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
SRC = Path(__file__).resolve().parents[2] / "src"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in reversed(procs):
        if proc.poll() is None:
            proc.terminate()
    for proc in reversed(procs):
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A scheduler and two single-thread workers, killed at the end whatever happens."""
    pytest.importorskip("distributed")
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    port, dash = _free_port(), _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    procs: list[subprocess.Popen[bytes]] = []
    files = contextlib.ExitStack()
    try:
        procs.append(subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
             "--dashboard-address", f"127.0.0.1:{dash}"],
            stdout=subprocess.DEVNULL, stderr=files.enter_context((logs / "scheduler.log").open("wb")), env=env))
        for n in range(2):
            procs.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1",
                 "--no-dashboard", "--name", f"w{n}"],
                stdout=subprocess.DEVNULL, stderr=files.enter_context((logs / f"worker{n}.log").open("wb")), env=env))
        deadline = time.monotonic() + 90
        client = None
        while client is None:
            try:
                client = Client(address, timeout=5, set_as_default=False)  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError):
                if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                    pytest.fail("the dask scheduler did not start: " + (logs / "scheduler.log").read_text())
                time.sleep(0.5)
        try:
            client.wait_for_workers(2, timeout=90)
        finally:
            client.close()  # type: ignore[no-untyped-call]
        yield address
    finally:
        _stop(procs)
        files.close()


def test_dask_engine_gives_the_local_events(scheduler: str, demo_articles: list[Article],
                                            local_events: list[tuple[str, list[Event]]]) -> None:
    with DaskExtractor(scheduler, Settings(), chunk=3, timeout=30) as engine:
        got = [(a.id, events) for a, events in engine.extract_many(demo_articles)]
        who = engine.client().run(lambda: os.getpid())
    assert len(who) == 2
    assert got == local_events


def test_extract_command_with_dask_stores_the_local_events(scheduler: str, tmp_path: Path) -> None:
    demo = SRC / "communique" / "data" / "demo" / "articles.jsonl"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    digests = []
    for name, extra in (("local", ["--workers", "1"]), ("dask", ["--engine", "dask", "--scheduler", scheduler])):
        db = tmp_path / f"{name}.duckdb"
        for args in (["ingest", str(demo)], ["extract", *extra]):
            done = subprocess.run([sys.executable, "-m", "communique", "-q", "--db", str(db), *args], env=env,
                                  capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
        con = duckdb.connect(str(db), read_only=True)
        digests.append(con.execute("SELECT count(*), md5(string_agg(id || record || coalesce(incident_id, ''), ',' "
                                   "ORDER BY rowid)) FROM events").fetchall())
        con.close()
    assert digests[0][0][0] > 20
    assert digests[0] == digests[1]


def test_unreachable_scheduler_is_a_config_error() -> None:
    engine = DaskExtractor(f"tcp://127.0.0.1:{_free_port()}", Settings(), timeout=2)
    with pytest.raises(ConfigError) as info:
        engine.client()
    assert info.value.code == "E531" and info.value.hint
