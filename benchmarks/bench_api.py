"""Load the HTTP API: ≥ 2,000 requests from 8 concurrent clients, one idle connection held open.

    .venv/bin/python benchmarks/bench_api.py [--requests 2000] [--clients 8] [--events 3000]

Builds a store in a temporary directory (``--events`` synthetic events over 40 dyads, written
through :class:`communique.store.Store` and linked into incidents; no spaCy), starts
``communique serve`` on a free loopback port as a separate process, opens one connection that
sends half a request and then nothing for the whole run, and sends the requests from
``--clients`` threads, each with its own keep-alive :class:`httpx.Client`, cycling through
event pages, dyad filters, incidents, timelines and analytics. Prints errors (anything but a
200, or a failed request: must be 0), requests/s, p50, p90 and p99 latency, and whether the idle
connection was still open at the end. The server runs with ``--keep-alive 600`` so that the idle
connection stays open throughout (by default it would be closed after 5 s).

``--writer`` also runs ``communique ingest`` of the packaged demo corpus and then ``extract``
(the real extractor, spaCy) on the same store while the requests run, and prints how long the
writer took, its exit status and the errors (503s included) seen meanwhile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from communique.api.testing import serve_env, serve_process
from communique.app import Communique, demo_corpus
from communique.model import ActorRef, Article, Event, Span
from communique.settings import Settings
from communique.store import Store

CODES = ["RUS", "TUR", "USA", "CHN", "IRN", "ISR", "FRA", "DEU", "GBR", "IND", "PAK", "JPN", "KOR", "PRK", "UKR",
         "SYR", "EGY", "SAU", "BRA", "ZAF"]
TYPES = ["CONSULT", "COOPERATE", "ACCUSE", "REQUEST", "THREATEN", "AID", "SANCTION", "REJECT"]


def build_store(db: Path, n_events: int, seed: int = 7) -> list[str]:
    """A store of ``n_events`` synthetic events (one per article); returns the dyads used."""
    rng = random.Random(seed)
    dyads = sorted({"-".join(sorted(rng.sample(CODES, 2))) for _ in range(200)})[:40]
    articles: list[Article] = []
    events: list[Event] = []
    start = dt.date(2018, 1, 1)
    for i in range(n_events):
        first, second = rng.choice(dyads).split("-")
        day = start + dt.timedelta(days=rng.randrange(2000))
        text = f"Officials of {first} and {second} met on {day.isoformat()} (report {i})."
        doc = f"doc{i}"
        articles.append(Article(id=doc, text=text, published=day, source="bench"))
        events.append(Event(
            id=f"{doc}:1", doc_id=doc, event_type=rng.choice(TYPES), actor=(ActorRef(code=first, sector="GOV"),),
            recipient=(ActorRef(code=second, sector="GOV"),), date=day.isoformat(), date_text=day.isoformat(),
            date_source="text", text_info=(Span(start=0, end=len(text), text=text),), confidence=0.8,
            trigger="met", reason="benchmark"))
    with Store(db) as store:
        store.add_articles(articles)
        for event in events:
            store.save_events(event.doc_id, [event])
    with Communique(Settings(db=db)) as app:
        app.link()
    return dyads


def _targets(dyads: list[str]) -> list[str]:
    out = []
    for n, dyad in enumerate(dyads):
        out += [f"/api/events?dyad={dyad}&limit=50", f"/api/events?limit=100&offset={n * 10}",
                f"/api/incidents?dyad={dyad}&limit=50", f"/api/timeline?dyad={dyad}&limit=50",
                f"/api/events?type={TYPES[n % len(TYPES)]}&from=2019&to=2020-06&limit=20"]
    out += ["/api/analytics?freq=year", "/api/analytics?what=network&dyad=" + dyads[0]]
    return out


def run(base: str, targets: list[str], n_requests: int, clients: int) -> tuple[list[float], list[str]]:
    """Send ``n_requests`` GETs from ``clients`` threads; returns latencies (s) and error lines."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(n_requests))

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while True:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                target = targets[(n * 7 + k) % len(targets)]
                t0 = time.perf_counter()
                try:
                    response = http.get(target)
                    ok = response.status_code == 200 and response.json()["ok"] is True
                    problem = None if ok else f"{target}: {response.status_code} {response.text[:200]}"
                except httpx.HTTPError as exc:
                    problem = f"{target}: {type(exc).__name__} {exc}"
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--writer", action="store_true", help="ingest and extract the demo corpus meanwhile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        dyads = build_store(db, args.events)
        print(f"store: {args.events} events, {len(dyads)} dyads, built in {time.perf_counter() - t0:.1f} s")
        with serve_process(db, keep_alive=600) as base:
            port = int(base.rsplit(":", 1)[1])
            idle = socket.create_connection(("127.0.0.1", port), timeout=5)
            idle.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the rest
            t0 = time.perf_counter()
            writer = None
            if args.writer:
                demo = str(demo_corpus())
                writer = subprocess.Popen(
                    [sys.executable, "-c", "import subprocess, sys\n"
                     f"for cmd in (['ingest', {demo!r}], ['extract']):\n"
                     f"    rc = subprocess.run([sys.executable, '-m', 'communique', '--quiet', *cmd, '--db', "
                     f"{str(db)!r}]).returncode\n"
                     "    if rc: sys.exit(rc)\n"], env=serve_env())
            latencies, errors = run(base, _targets(dyads), args.requests, args.clients)
            wall = time.perf_counter() - t0
            if writer is not None:
                writer_rc = writer.wait(timeout=900)
                print(f"writer (ingest + extract of the demo corpus): exit {writer_rc} after "
                      f"{time.perf_counter() - t0:.1f} s; the requests took {wall:.1f} s")
            idle.settimeout(0.01)
            try:
                still_open = idle.recv(1) != b""
            except TimeoutError:
                still_open = True
            idle.close()
    q = statistics.quantiles(latencies, n=100)
    summary = {"requests": len(latencies), "clients": args.clients, "errors": len(errors),
               "requests_per_s": round(len(latencies) / wall, 1), "p50_ms": round(q[49] * 1000, 1),
               "p90_ms": round(q[89] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
               "max_ms": round(max(latencies) * 1000, 1), "idle_connection_open_throughout": still_open,
               "cores": os.cpu_count()}
    for line in errors[:10]:
        print("error:", line)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
