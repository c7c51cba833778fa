"""``communique extract --engine dask --scheduler ADDR``: extraction on a Dask distributed cluster.

Chunks of articles are submitted to the cluster as tasks of
:func:`communique.engines.local.extract_chunk`; each Dask worker process builds one extractor
the first time it runs one (then keeps it, so the model loads once per worker process) and
sends the events back. This process, the single writer, takes them in input order and saves
them. The workers need communique installed (and the same data files); start them with
``dask worker ADDR --nthreads 1`` (spaCy is not made for several threads in one process).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, Any

from communique.engines.local import extract_chunk
from communique.errors import ConfigError
from communique.model import Article, Event
from communique.settings import Settings

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["DaskExtractor"]


class DaskExtractor:
    """An :class:`~communique.pipeline.EventExtractor` running on the Dask scheduler at ``scheduler``.

    ``chunk`` articles make one task; at most two tasks per worker are in flight. Raises
    :class:`ConfigError` E531 (on first use) when the scheduler cannot be reached in ``timeout``
    seconds.
    """

    def __init__(self, scheduler: str, settings: Settings | None = None, *, chunk: int = 8,
                 timeout: float = 30.0) -> None:
        self.scheduler = scheduler
        self.settings = settings or Settings()
        self.chunk = max(1, chunk)
        self.timeout = timeout
        self._client: Client | None = None

    def client(self) -> Client:
        """The connected client (connects on first use)."""
        if self._client is None:
            from distributed import Client

            try:
                self._client = Client(self.scheduler, timeout=self.timeout, set_as_default=False)  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError, ValueError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}", code="E531",
                                  hint="check the address (tcp://HOST:8786) and that 'dask scheduler' runs "
                                  "and is reachable from here") from exc
        return self._client

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Yield ``(article, events)`` for each article, in order, as the cluster returns them."""
        client = self.client()
        workers = len(client.scheduler_info().get("workers", {}))
        limit = 2 * max(1, workers)
        items = iter(articles)
        pending: deque[tuple[list[Article], Any]] = deque()
        try:
            for part in iter(lambda: list(islice(items, self.chunk)), []):
                pending.append((part, client.submit(extract_chunk, self.settings, part, pure=False)))
                while len(pending) > limit:
                    yield from _results(pending.popleft())
            while pending:
                yield from _results(pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running; idempotent)."""
        if self._client is not None:
            self._client.close()  # type: ignore[no-untyped-call]
            self._client = None

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _results(item: tuple[list[Article], Any]) -> Iterator[tuple[Article, list[Event]]]:
    articles, future = item
    events: list[list[Event]] = future.result()
    yield from zip(articles, events, strict=True)
