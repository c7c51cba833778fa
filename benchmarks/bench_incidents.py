"""Time incident linking on synthetic events: 1,000,000 and 2,000,000 by default.

    .venv/bin/python benchmarks/bench_incidents.py [--sizes 1000000 2000000] [--pydantic 100000]

Each size runs in a fresh subprocess (so peak memory is its own). Records are
:class:`communique.dedup.incidents.LinkRecord` made directly, without pydantic, and linked with
:meth:`IncidentLinker.link_records` -- the same decision code :meth:`IncidentLinker.link` runs
after converting events. ``--pydantic N`` also times the full path for N events (building
:class:`Event` models, converting them, linking, exporting :class:`Incident` models) to show what
the model objects cost.

The world: 12,000 dyads (random pairs of 180 codes), 16 event types, ten years of days; each
incident is reported 1-5 times with the date at day (80%), month (12%) or year (4%) precision or
none (4%), a place for a third of them, topics and evidence words from shared pools.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from typing import Any

from communique.dedup.incidents import IncidentLinker, LinkRecord, block_key
from communique.model import EVENT_TYPES, SYMMETRIC_TYPES, ActorRef, Event, Span

CODES = [f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}{chr(65 + i // 676)}" for i in range(180)]


def make_records(n: int, seed: int = 1) -> list[LinkRecord]:
    """About ``n`` records (whole incidents), in a shuffled-by-day arrival order."""
    rng = random.Random(seed)
    dyads = [tuple(rng.sample(CODES, 2)) for _ in range(12_000)]
    start = dt.date(2014, 1, 1).toordinal()
    word_pool = [frozenset(rng.sample(range(5000), 9)) for _ in range(3000)]
    token_sets = [frozenset(f"w{w}" for w in ws) for ws in word_pool]
    topic_sets = [frozenset({f"topic{t}"}) for t in range(400)]
    places = [f"g{p}" for p in range(2000)]
    out: list[LinkRecord] = []
    inc = 0
    while len(out) < n:
        inc += 1
        a, b = dyads[rng.randrange(len(dyads))]
        etype = EVENT_TYPES[rng.randrange(16)]
        day = dt.date.fromordinal(start + rng.randrange(3650))
        iso, month, year = day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]
        place = places[rng.randrange(2000)] if rng.random() < 0.33 else None
        topics = topic_sets[rng.randrange(400)]
        tokens = token_sets[rng.randrange(3000)]
        actor: tuple[str, ...] = (a,)
        recipient: tuple[str, ...] = (b,)
        if etype in SYMMETRIC_TYPES:
            actor, recipient = tuple(sorted((a, b))), ()
        block = block_key(etype, "asserted", actor, recipient)
        for r in range(rng.choice((1, 1, 2, 2, 3, 5))):
            p = rng.random()
            date = iso if p < 0.80 else month if p < 0.92 else year if p < 0.96 else None
            published = day + dt.timedelta(days=rng.choice((0, 0, 1, 2)))
            out.append(LinkRecord(
                id=f"e{inc}-{r}", doc_id=f"d{inc}-{r}", event_type=etype, block=block, date=date,
                vague=date == iso and rng.random() < 0.1, mode=None, actor=actor, recipient=recipient,
                place_key=place if rng.random() < 0.7 else None, tokens=tokens, topics=topics,
                published=published,
            ))
    del out[n:]
    # arrival order: by publication day, as a store ingests news
    out.sort(key=lambda rec: rec.published or dt.date.min)
    return out


def run_size(n: int) -> dict[str, Any]:
    """Generate and link ``n`` records; return timings and memory."""
    t0 = time.perf_counter()
    records = make_records(n)
    t1 = time.perf_counter()
    linker = IncidentLinker()
    linker.link_records(records)
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"events": n, "generate_s": round(t1 - t0, 2), "link_s": round(t2 - t1, 2),
            "events_per_s": round(n / (t2 - t1)), "incidents": len(linker), "peak_rss_mb": round(peak_mb)}


def run_pydantic(n: int) -> dict[str, Any]:
    """The full model path for ``n`` events: Event construction, link(), Incident export."""
    records = make_records(n, seed=2)
    t0 = time.perf_counter()
    events = [
        Event(id=r.id, doc_id=r.doc_id, event_type=r.event_type,
              actor=tuple(ActorRef(code=c) for c in r.actor), recipient=tuple(ActorRef(code=c) for c in r.recipient),
              date=r.date, date_text=None if r.vague else "words", topics=tuple(r.topics),
              text_info=(Span(start=0, end=10, text=" ".join(sorted(r.tokens))),))
        for r in records
    ]
    t1 = time.perf_counter()
    linker = IncidentLinker({r.doc_id: r.published for r in records})
    changed = linker.link(events)
    t2 = time.perf_counter()
    return {"events": n, "build_events_s": round(t1 - t0, 2), "link_and_export_s": round(t2 - t1, 2),
            "incidents_exported": len(changed)}


def main() -> int:
    """Run every size in a subprocess and print the table and the scaling ratio."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 2_000_000])
    ap.add_argument("--pydantic", type=int, default=0, help="also time the pydantic path for this many events")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--one-pydantic", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one)))
        return 0
    if args.one_pydantic:
        print(json.dumps(run_pydantic(args.one_pydantic)))
        return 0
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        results.append(r)
        print(f"{r['events']:>10,} events  link {r['link_s']:7.2f} s  {r['events_per_s']:>9,} events/s  "
              f"{r['incidents']:>9,} incidents  peak RSS {r['peak_rss_mb']:,} MB  (generation {r['generate_s']} s)")
    if len(results) >= 2:
        a, b = results[0], results[-1]
        ratio = b["link_s"] / a["link_s"]
        print(f"time ratio {b['events']:,} / {a['events']:,} events: {ratio:.2f}x "
              f"(size ratio {b['events'] / a['events']:.1f}x)")
    if args.pydantic:
        out = subprocess.run([sys.executable, __file__, "--one-pydantic", str(args.pydantic)],
                             capture_output=True, text=True, check=True)
        p = json.loads(out.stdout)
        print(f"pydantic path, {p['events']:,} events: building Event models {p['build_events_s']} s, "
              f"link() with conversion and Incident export {p['link_and_export_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
