"""Engines: where extraction runs. The store is always written by one process, the caller's.

- :class:`~communique.engines.local.PoolExtractor` (``communique extract --workers N``): whole
  articles are parsed and extracted in ``N`` local processes, the caller's and ``N - 1``
  workers, each loading the extractor once; results come back in input order.
- :class:`~communique.engines.dask_engine.DaskExtractor` (``communique extract --engine dask
  --scheduler ADDR``): the same on a Dask distributed cluster; each Dask worker process loads
  the extractor once and results stream back, in order, to the single writer.

Both are :class:`communique.pipeline.EventExtractor` objects: the pipeline saves and links what
they yield exactly as it does for the in-process :class:`communique.extraction.Extractor`, so
the events are the same whatever the engine.
"""

from __future__ import annotations

__all__: list[str] = []

