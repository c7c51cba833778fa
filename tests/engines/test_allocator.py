"""The allocator setting behind a flat ``extract`` peak (communique.engines.allocator), each case
in a fresh interpreter so glibc's thresholds start from their defaults."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc only")

#: what both probes start with: the resident MB, and glibc's malloc and free
PRELUDE = """
import ctypes, sys
from communique.engines.allocator import return_large_blocks, trim_heap
def rss():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) // 1024
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
"""

# 12 blocks of 8 MiB freed after a freed 24 MiB block raised glibc's mmap threshold, with small
# long-lived blocks allocated after them: prints how many MB of resident memory their freeing returned
PROBE = PRELUDE + """
if sys.argv[1] == "fixed":
    assert return_large_blocks()
libc.free(libc.malloc(24 << 20))
blocks = [libc.malloc(8 << 20) for _ in range(12)]
for b in blocks:
    ctypes.memset(b, 1, 8 << 20)
pins = [libc.malloc(256) for _ in range(100)]
before = rss()
for b in blocks:
    libc.free(b)
print(before - rss())
"""


def _run(probe: str, *args: str) -> list[int]:
    """The numbers a probe prints, run in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True, timeout=60)
    return [int(x) for x in out.stdout.split()]


def _returned(mode: str) -> int:
    return _run(PROBE, mode)[-1]


def test_large_freed_blocks_go_back_to_the_system_once_set() -> None:
    assert _returned("fixed") >= 72


def test_without_it_glibc_keeps_them_so_the_probe_can_tell() -> None:
    # guard: the case above would pass without the setting if glibc returned them anyway
    assert _returned("default") < 16


def test_setting_it_twice_is_harmless() -> None:
    from communique.engines.allocator import return_large_blocks

    first = return_large_blocks()
    assert return_large_blocks() is first is True


# 2,000 heap blocks of 64 KiB (under glibc's mmap threshold) freed under a small block allocated
# after them, which keeps the heap's top from shrinking: prints how many MB the freeing returned,
# then how many more trim_heap returned
TRIM_PROBE = PRELUDE + """
blocks = [libc.malloc(64 << 10) for _ in range(2000)]
for b in blocks:
    ctypes.memset(b, 1, 64 << 10)
pin = libc.malloc(256)
before = rss()
for b in blocks:
    libc.free(b)
freed = rss()
assert trim_heap()
print(before - freed, freed - rss())
"""


def test_trim_heap_returns_free_pages_the_heap_kept() -> None:
    kept, trimmed = _run(TRIM_PROBE)[-2:]
    assert kept < 16  # freeing alone returned little: the probe measures what trimming adds
    assert trimmed >= 96
