"""Start-up without the cyclic garbage collector walking what is being loaded.

Loading an extractor (importing spaCy, reading its model, the data files and the start-up cache)
creates some 130,000 long-lived objects and no garbage in reference cycles (``gc.collect()`` after
it finds nothing to free). The collector still runs while they are made, each pass walking all
that has been made so far: about 430 passes, three of them full, took 0.2 s of the 1.7 s of CPU
of ``communique extract``'s start, and the full pass at the interpreter's exit walked them again.

:func:`loading` pauses the collector while a process loads, then moves everything then alive
into the collector's permanent generation (``gc.freeze``), which later passes skip: extraction's
own passes then walk what extraction makes, not the loaded model again. Reference counting frees
objects as before; only reference cycles among the frozen objects would wait, which is why
:func:`thaw` (called by :func:`communique.extraction.forget_models`) puts them back before a
process drops its models to reuse their memory.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["loading", "thaw"]


#: how many :func:`loading` blocks are running (in any thread), and the thresholds before the first
_depth = 0
_thresholds: tuple[int, int, int] | None = None
_lock = threading.Lock()


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Run the block with the cyclic collector's automatic passes paused, then freeze what is
    alive (when the block did not raise); the collector's thresholds are restored when the last
    block running ends (blocks may nest, or overlap in threads: a Dask worker's). The pause is a
    first threshold of 0, not ``gc.disable()``: spaCy's model files are read by srsly, which calls
    ``gc.disable()`` and then ``gc.enable()`` around each one. See the module doc."""
    global _depth, _thresholds
    with _lock:
        if _depth == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(0, *_thresholds[1:])
        _depth += 1
    loaded = False
    try:
        yield
        loaded = True
    finally:
        with _lock:
            if loaded:
                gc.freeze()
            _depth -= 1
            if _depth == 0 and _thresholds is not None:
                gc.set_threshold(*_thresholds)


def thaw() -> None:
    """Put the objects :func:`loading` froze back under the collector, so that the reference
    cycles among those dropped since can be freed (by the next full pass or ``gc.collect()``)."""
    gc.unfreeze()
