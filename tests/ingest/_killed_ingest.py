"""Test-only: ``python _killed_ingest.py DB FILE`` ingests FILE and stops before reprint detection.

Its articles are committed; then, where reprint detection would start, it prints ``READY`` and
sleeps, so the test can kill it with SIGKILL at exactly that point.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from communique import pipeline
from communique.app import Communique
from communique.settings import Settings


def _hang(*_: object, **__: object) -> dict[str, str]:
    print("READY", flush=True)
    time.sleep(120)
    raise SystemExit("not killed")


if __name__ == "__main__":
    pipeline.detect_reprints = _hang  # type: ignore[assignment]
    with Communique(Settings(db=Path(sys.argv[1]))) as app:
        app.ingest([sys.argv[2]])
