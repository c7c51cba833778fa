"""A long extraction's peak memory: glibc's ``malloc`` made to give large freed blocks back.

The parser allocates its working arrays afresh for each batch of articles (tens of megabytes) and
frees them after it. glibc serves a block of 128 KiB or more as a mapping of its own, returned to
the system when freed, but each time such a block is freed it raises that threshold to the block's
size (up to 32 MiB): from then on blocks of that size come from the heap, where anything long-lived
allocated after them keeps the heap from shrinking. The process then holds memory it no longer uses,
and more of it the longer it runs: ``extract`` over 5,000 articles peaked 18 % above its peak over
1,000. With the threshold fixed at :data:`LARGE_BLOCK` (and the heap's top trimmed past it) the
parser's arrays are mappings again, returned when freed (``benchmarks/README.md``).

:func:`return_large_blocks` sets both, as the environment variables ``MALLOC_MMAP_THRESHOLD_`` and
``MALLOC_TRIM_THRESHOLD_`` would; it is called by the ``extract`` command and by each worker process
when it builds its extractor, not on import: the setting is the program's, for its whole process.
Other C libraries (musl, macOS) are left alone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

__all__ = ["LARGE_BLOCK", "return_large_blocks", "trim_heap"]

#: blocks of this size or more are mappings of their own: the parser's arrays of a batch (tens of
#: MB), not the many smaller blocks whose mapping and unmapping would cost CPU (at 128 KiB, glibc's
#: initial threshold, extraction took 8-10 % more CPU; at 1 MiB 12 %; at 4 MiB none)
LARGE_BLOCK = 4 * 1024 * 1024

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3

_done = False


def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (on Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # noqa: B018 -- only glibc has it (musl's mallopt does nothing)
    except (OSError, AttributeError):
        return None
    return libc


def return_large_blocks() -> bool:
    """Fix glibc's mmap and trim thresholds at :data:`LARGE_BLOCK` for this process; whether this
    process runs on glibc and they are set (once set, later calls only answer True)."""
    global _done
    if _done:
        return True
    libc = _glibc()
    if libc is None:
        return False
    mallopt = libc.mallopt
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    _done = bool(mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK)) and bool(mallopt(_M_TRIM_THRESHOLD, LARGE_BLOCK))
    return _done


def trim_heap() -> bool:
    """Give the free pages of glibc's heaps back to the system (``malloc_trim(0)``), for a process
    that has dropped a large working set (the extractor, before linking) and goes on with a
    smaller one; whether it ran (glibc only)."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
    libc.malloc_trim(0)
    return True
