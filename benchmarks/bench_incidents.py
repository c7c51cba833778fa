"""Time incident linking on synthetic events: 1,000,000 and 2,000,000 by default.

    .venv/bin/python benchmarks/bench_incidents.py [--sizes 1000000 2000000] [--list] [--pydantic 100000]

Each size runs in a fresh subprocess (so peak memory is its own). Records are
:class:`communique.dedup.incidents.LinkRecord` made directly, without pydantic, and linked with
:meth:`IncidentLinker.link_records` -- the same decision code :meth:`IncidentLinker.link` runs
after converting events. They are drawn first into compact columns (:func:`plan_records`), then
streamed into the linker as they are built, as a store feeds it; the time to build them is
measured by a separate identical pass and taken off, so ``link`` is the linker's own time.
``--list`` builds them all into a list first (the linker's time is then timed alone, but the
peak memory includes every record). ``--pydantic N`` also times the full path for N events
(building :class:`Event` models, converting them, linking, exporting :class:`Incident` models)
to show what the model objects cost.

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
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from communique.dedup.incidents import IncidentLinker, LinkRecord, block_key
from communique.model import EVENT_TYPES, SYMMETRIC_TYPES, ActorRef, Event, Span

CODES = [f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}{chr(65 + i // 676)}" for i in range(180)]


@dataclass(frozen=True)
class Plan:
    """The records of one run, drawn but not built: one compact column per field, in arrival order.

    The records :func:`iter_records` builds from it are those of :func:`make_records` (the same
    random draws in the same order); holding the plan takes a few dozen bytes per record, so
    linking can be fed a stream instead of a list of a million records.
    """

    n: int
    incident: array[int]  # the synthetic incident's number (ids are ``e{incident}-{report}``)
    report: array[int]
    etype: array[int]  # index into EVENT_TYPES
    dyad: array[int]
    day: array[int]  # the incident's day, days after START
    precision: array[int]  # 0 day, 1 month, 2 year, 3 no date
    published: array[int]  # days after START
    vague: array[int]
    place: array[int]  # -1: none
    tokens: array[int]
    topics: array[int]
    seed: int


START = dt.date(2014, 1, 1)
DAYS = 3650


def _pools(seed: int) -> tuple[random.Random, list[tuple[str, ...]], list[frozenset[str]], list[frozenset[str]]]:
    rng = random.Random(seed)
    dyads = [tuple(rng.sample(CODES, 2)) for _ in range(12_000)]
    word_pool = [frozenset(rng.sample(range(5000), 9)) for _ in range(3000)]
    token_sets = [frozenset(f"w{w}" for w in ws) for ws in word_pool]
    topic_sets = [frozenset({f"topic{t}"}) for t in range(400)]
    return rng, dyads, token_sets, topic_sets


def plan_records(n: int, seed: int = 1) -> Plan:
    """Draw about ``n`` records (whole incidents, cut at ``n``) and order them by publication day."""
    rng, dyads, _, _ = _pools(seed)
    cols: dict[str, array[int]] = {k: array("i") for k in (
        "incident", "report", "etype", "dyad", "day", "precision", "published", "vague", "place", "tokens", "topics")}
    inc = 0
    while len(cols["incident"]) < n:
        inc += 1
        dyad = rng.randrange(len(dyads))
        etype = rng.randrange(16)
        day = rng.randrange(DAYS)
        place = rng.randrange(2000) if rng.random() < 0.33 else -1
        topics = rng.randrange(400)
        tokens = rng.randrange(3000)
        for r in range(rng.choice((1, 1, 2, 2, 3, 5))):
            p = rng.random()
            precision = 0 if p < 0.80 else 1 if p < 0.92 else 2 if p < 0.96 else 3
            published = day + rng.choice((0, 0, 1, 2))
            vague = precision == 0 and rng.random() < 0.1
            has_place = rng.random() < 0.7
            for key, value in (("incident", inc), ("report", r), ("etype", etype), ("dyad", dyad), ("day", day),
                               ("precision", precision), ("published", published), ("vague", vague),
                               ("place", place if has_place else -1), ("tokens", tokens), ("topics", topics)):
                cols[key].append(value)
    # arrival order: by publication day (a stable counting sort), as a store ingests news
    pub = cols["published"]
    starts = [0] * (DAYS + 3)
    for i in range(n):
        starts[pub[i] + 1] += 1
    for d in range(1, len(starts)):
        starts[d] += starts[d - 1]
    order = array("i", bytes(4 * n))
    for i in range(n):
        order[starts[pub[i]]] = i
        starts[pub[i]] += 1
    return Plan(n=n, seed=seed, **{k: array("i", (col[i] for i in order)) for k, col in cols.items()})


def iter_records(plan: Plan) -> Iterator[LinkRecord]:
    """Build the plan's records one at a time, in arrival order."""
    _, dyads, token_sets, topic_sets = _pools(plan.seed)
    places = [f"g{p}" for p in range(2000)]
    days = [START + dt.timedelta(days=d) for d in range(DAYS + 3)]
    isos = [d.isoformat() for d in days]
    blocks: dict[tuple[int, int], tuple[tuple[object, ...], tuple[str, ...], tuple[str, ...]]] = {}
    for i in range(plan.n):
        etype = EVENT_TYPES[plan.etype[i]]
        shared = blocks.get((plan.etype[i], plan.dyad[i]))
        if shared is None:
            a, b = dyads[plan.dyad[i]]
            actor, recipient = ((a,), (b,)) if etype not in SYMMETRIC_TYPES else (tuple(sorted((a, b))), ())
            shared = blocks[plan.etype[i], plan.dyad[i]] = (block_key(etype, "asserted", actor, recipient),
                                                            actor, recipient)
        iso = isos[plan.day[i]]
        precision = plan.precision[i]
        inc, r = plan.incident[i], plan.report[i]
        yield LinkRecord(
            id=f"e{inc}-{r}", doc_id=f"d{inc}-{r}", event_type=etype, block=shared[0],
            date=iso if precision == 0 else iso[:7] if precision == 1 else iso[:4] if precision == 2 else None,
            vague=bool(plan.vague[i]), mode=None, actor=shared[1], recipient=shared[2],
            place_key=places[plan.place[i]] if plan.place[i] >= 0 else None, tokens=token_sets[plan.tokens[i]],
            topics=topic_sets[plan.topics[i]], published=days[plan.published[i]],
        )


def make_records(n: int, seed: int = 1) -> list[LinkRecord]:
    """About ``n`` records (whole incidents), in a shuffled-by-day arrival order, as a list."""
    return list(iter_records(plan_records(n, seed)))


def run_size(n: int, as_list: bool = False) -> dict[str, Any]:
    """Generate and link ``n`` records; return timings and memory.

    By default the records are streamed into :meth:`IncidentLinker.link_records` as they are
    built, so the timed region includes building them; that cost is timed on its own first (an
    identical pass that builds and drops them) and ``link_s`` is the difference. ``as_list``
    builds them all first and times the call alone (every record is then held while linking).
    """
    t0 = time.perf_counter()
    plan = plan_records(n)
    t1 = time.perf_counter()
    build_s = 0.0
    records: Iterable[LinkRecord]
    if as_list:
        records = list(iter_records(plan))
        t1 = time.perf_counter()
    else:
        for _ in iter_records(plan):
            pass
        build_s = time.perf_counter() - t1
        records = iter_records(plan)
        t1 = time.perf_counter()
    linker = IncidentLinker()
    linker.link_records(records)
    t2 = time.perf_counter()
    link_s = t2 - t1 - build_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"events": n, "records": "list" if as_list else "stream", "generate_s": round(t1 - t0 - build_s, 2),
            "build_s": round(build_s, 2), "link_s": round(link_s, 2), "events_per_s": round(n / link_s),
            "incidents": len(linker), "peak_rss_mb": round(peak_mb)}


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
    ap.add_argument("--list", action="store_true", help="hold all records in a list while linking")
    ap.add_argument("--pydantic", type=int, default=0, help="also time the pydantic path for this many events")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--one-pydantic", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, as_list=args.list)))
        return 0
    if args.one_pydantic:
        print(json.dumps(run_pydantic(args.one_pydantic)))
        return 0
    results = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), *(["--list"] if args.list else [])]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        results.append(r)
        build = f", building records {r['build_s']} s" if r["records"] == "stream" else ""
        print(f"{r['events']:>10,} events  link {r['link_s']:7.2f} s  {r['events_per_s']:>9,} events/s  "
              f"{r['incidents']:>9,} incidents  peak RSS {r['peak_rss_mb']:,} MB  "
              f"({r['records']}; generation {r['generate_s']} s{build})")
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
