"""Time the explorer's pages on a synthetic store, in process (Starlette's TestClient, no network).

    .venv/bin/python benchmarks/bench_explorer.py [--events 3000] [--repeat 3]

Builds the API benchmark's store (:func:`bench_api.build_store`: ``--events`` synthetic events
over 40 dyads, linked into incidents, no spaCy) and asks each page ``--repeat`` times; prints,
per page, the status, the size of the answer and the first and the best time. The first map
reads the country outlines (once per process): its first time includes that.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import build_store

from communique.api import make_app
from communique.settings import Settings

PAGES = ["/explore/map", "/explore", "/explore/events", "/explore/events?q=officials+met&sort=type&desc=1",
         "/explore/events?q=report+2999", "/explore/incidents", "/explore/incidents?sort=participants&desc=1",
         "/explore/dyads/RUS-TUR", "/explore/actors/RUS", "/explore/articles/doc42", "/report?dyad=RUS-TUR"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        build_store(db, args.events)
        client = TestClient(make_app(Settings(db=db)), base_url="http://localhost")
        print(f"{'page':58} status    bytes   first ms   best ms")
        for page in PAGES:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                response = client.get(page)
                times.append(time.perf_counter() - t0)
            print(f"{page:58} {response.status_code:6} {len(response.content):8} {times[0] * 1000:10.0f} "
                  f"{min(times) * 1000:9.0f}")


if __name__ == "__main__":
    main()
