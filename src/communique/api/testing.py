"""Start ``communique serve`` as a real process on a free loopback port, for tests and benchmarks.

::

    with serve_process(Path("news.duckdb"), log=tmp_path / "serve.log") as base:
        httpx.get(base + "/api/events?limit=1")     # base is "http://127.0.0.1:PORT"

The process runs this interpreter's ``-m communique --quiet serve`` with ``src`` (of the
checkout the module was imported from) first on ``PYTHONPATH``; it is waited for (a 200 from
``/api/events?limit=1``) for at most ``start_timeout`` seconds and terminated (then killed) when
the block ends. Only ``127.0.0.1`` is used.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx

__all__ = ["ServeError", "free_port", "serve_env", "serve_process"]

#: the directory holding the ``communique`` package this module was imported from
SRC = Path(__file__).resolve().parents[2]


class ServeError(RuntimeError):
    """The server process did not answer in time (the message holds its log)."""


def free_port() -> int:
    """A TCP port free on ``127.0.0.1`` right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def serve_env() -> dict[str, str]:
    """This environment with the imported communique's sources first on ``PYTHONPATH``."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


@contextlib.contextmanager
def serve_process(db: Path, *, log: Path | None = None, keep_alive: float = 1, start_timeout: float = 60,
                  extra: Sequence[str] = ()) -> Iterator[str]:
    """Run ``communique serve --db DB`` on a free port while the block runs; yields its base URL.

    ``log`` receives the server's output (else it is discarded); ``extra`` are more ``serve``
    flags. Raises :class:`ServeError` when the server exits or does not answer within
    ``start_timeout`` seconds.
    """
    port = free_port()
    sink = log.open("wb") if log is not None else open(os.devnull, "wb")  # noqa: SIM115 (closed below)
    with sink:
        proc = subprocess.Popen([sys.executable, "-m", "communique", "--quiet", "serve", "--db", str(db),
                                 "--port", str(port), "--keep-alive", str(keep_alive), *extra], env=serve_env(),
                                stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                if httpx.get(base + "/api/events?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                told = log.read_text(errors="replace") if log is not None else "(no log kept)"
                raise ServeError(f"communique serve did not start on {base}: {told}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
