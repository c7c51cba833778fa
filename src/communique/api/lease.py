"""Sharing the store among the server's requests without shutting writers out.

DuckDB lets one process write a file or several processes read it, never both at once. Opening
a DuckDB file costs ~20-30 ms; opening it again while it is open in the same process costs
~0.1 ms. So overlapping requests share one *lease*: the first opens the file read-only, later
ones open cheap connections of their own beside it, and the lease ends ``hold`` seconds after it
began (or when its last request finishes after that). The file is then closed for ``gap``
seconds, in which a writer waiting for it (``ingest``, ``extract``: they retry every 50 ms at
most) gets in. Between requests the server holds nothing.

::

    lease = ReadLease(Path("news.duckdb"), hold=0.5, gap=0.1, wait=5.0)
    with lease.enter(timeout=5.0):
        ...  # open the store read-only: cheap while the lease is open
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from communique.errors import StoreError
from communique.store import MEMORY
from communique.store.duckdb import connect

__all__ = ["ReadLease"]


class ReadLease:
    """One read-only open of ``path`` shared by overlapping requests for at most ``hold`` seconds."""

    def __init__(self, path: Path, *, hold: float = 0.5, gap: float = 0.1, wait: float = 5.0) -> None:
        self.path = path
        self.hold = hold
        self.gap = gap
        self.wait = wait
        self._cond = threading.Condition()
        self._keeper: duckdb.DuckDBPyConnection | None = None
        self._active = 0
        self._expired = False
        self._reopen_at = 0.0
        self._timer: threading.Timer | None = None
        #: how many leases were opened (for tests and the benchmark)
        self.opened = 0

    @contextlib.contextmanager
    def enter(self, timeout: float) -> Iterator[None]:
        """Join the open lease, or open one; raises :class:`StoreError` E401 after ``timeout`` s."""
        if str(self.path) == MEMORY or not self.path.exists():
            yield  # nothing to share: the store reports what is missing
            return
        self._join(time.monotonic() + timeout)
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                if self._active == 0 and self._expired:
                    self._end()

    def _join(self, deadline: float) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                if self._keeper is not None and not self._expired:
                    break
                if self._keeper is None and now >= self._reopen_at:
                    self._open(max(0.0, min(self.wait, deadline - now)))
                    break
                if now >= deadline:
                    raise StoreError(f"{self.path} is busy", code="E401", hint="try again in a moment")
                self._cond.wait(min(deadline, max(self._reopen_at, now + 0.01)) - now)
            self._active += 1

    def _open(self, wait: float) -> None:
        self._keeper = connect(str(self.path), read_only=True, wait=wait)
        self._expired = False
        self.opened += 1
        self._timer = threading.Timer(self.hold, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        with self._cond:
            self._expired = True
            if self._active == 0:
                self._end()

    def _end(self) -> None:
        """Close the lease (the caller holds the condition) and keep the file free for ``gap`` s."""
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        self._reopen_at = time.monotonic() + self.gap
        self._cond.notify_all()

    def close(self) -> None:
        """End the lease now (server shutdown)."""
        with self._cond:
            if self._timer is not None:
                self._timer.cancel()
            self._expired = True
            self._end()
