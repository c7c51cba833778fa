"""Query times on a generated store: ``events --dyad``, ``timeline --dyad --events``, ``analytics --dyad --events``.

Run: ``.venv/bin/python benchmarks/bench_queries.py [--events 100000] [--rounds 3] [--dyad RUS-TUR]
[--store FILE] [--before SRC STORE]``

Builds a store with the project's own schema (:class:`communique.store.Store`) holding ``--events``
generated events (one article per 8 events, participants rows, JSON records with every field a
record of this version has, which the commands read back), in SQL inside DuckDB. Participants are
drawn from 60 state codes with a skewed (cubic) distribution, so a few dyads are frequent and most
are rare, as in news. No incidents are generated: the timeline and analytics are timed on events
(``--events``). Each command runs ``--rounds`` times as a subprocess; wall and CPU time (median and
min) and peak RSS (``/usr/bin/time``) are printed. The machine is shared: the figures are noisy (CPU
less so).
``--before SRC STORE`` times another communique too, interleaved with this one: its source tree
(e.g. a checkout of an older commit's ``src``) on its own store of the same generated events
(built by that tree's benchmark, in its schema), and says whether the outputs are identical.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from communique.store import Store, layout

ROOT = Path(__file__).resolve().parents[1]
CODES = ["RUS", "TUR", "USA", "CHN", "UKR", "FRA", "DEU", "GBR", "IRN", "ISR", "SYR", "IND", "PAK", "JPN", "KOR",
         "PRK", "SAU", "EGY", "QAT", "ARE", "IRQ", "AFG", "BRA", "MEX", "CAN", "AUS", "NZL", "FJI", "ZAF", "NGA",
         "KEN", "ETH", "SDN", "LBY", "TUN", "DZA", "MAR", "ESP", "ITA", "POL", "HUN", "SRB", "GRC", "CYP", "ARM",
         "AZE", "GEO", "KAZ", "UZB", "BLR", "VNM", "IDN", "PHL", "THA", "MYS", "SGP", "ARG", "CHL", "VEN", "COL"]
TYPES = ["CONSULT", "AGREE", "COOPERATE", "ACCUSE", "REQUEST", "AID", "THREATEN", "SANCTION", "ASSAULT", "REJECT"]


def build(path: Path, n: int) -> None:
    """A store with ``n`` generated events."""
    Store(path).close()
    import duckdb

    con = duckdb.connect(str(path))
    codes = "[" + ", ".join(f"'{c}'" for c in CODES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    con.execute(f"""
        CREATE TEMP TABLE g AS SELECT i,
            'gen-' || (i // 8) AS doc_id, 'gen-' || (i // 8) || ':' || (i % 8) AS id,
            {types}[1 + (hash(i, 1) % {len(TYPES)})::INT] AS event_type,
            {codes}[1 + floor({len(CODES)} * pow((hash(i, 2) % 1000000) / 1000000.0, 3))::INT] AS a,
            {codes}[1 + floor({len(CODES)} * pow((hash(i, 3) % 1000000) / 1000000.0, 3))::INT] AS r,
            strftime(DATE '2015-01-01' + INTERVAL (hash(i, 4) % 3650) DAY, '%Y-%m-%d') AS date
        FROM range({n}) t(i)""")
    con.execute("UPDATE g SET r = CASE WHEN a = 'USA' THEN 'RUS' ELSE 'USA' END WHERE a = r")
    con.execute("""INSERT INTO articles (id, text, content_hash, ingested_at, extracted_at, published)
        SELECT DISTINCT doc_id, 'generated', md5(doc_id), now(), now(), NULL FROM g""")
    con.execute("""INSERT INTO events (id, doc_id, event_type, mode, date, date_text, modality, context, topics,
            confidence, trigger, reason, record)
        SELECT id, doc_id, event_type, NULL, date, date, 'asserted', [], [], 0.8, 'met', 'generated',
            json_object('id', id, 'doc_id', doc_id, 'event_type', event_type, 'mode', NULL,
                'actor', [json_object('code', a, 'sector', 'GOV', 'entity_text', a || ' minister',
                                      'identifier_text', NULL, 'identifier_id', NULL, 'office', NULL, 'reason', 'g')],
                'recipient', [json_object('code', r, 'sector', 'GOV', 'entity_text', r || ' minister',
                                          'identifier_text', NULL, 'identifier_id', NULL, 'office', NULL,
                                          'reason', 'g')],
                'date', date, 'date_text', date, 'date_source', 'text', 'modality', 'asserted', 'event_loc', NULL,
                'context', [], 'topics', [], 'text_info', [json_object('start', 0, 'end', 9, 'text', 'generated')],
                'quotes', [], 'confidence', 0.8, 'quad_code', NULL, 'event_scale', NULL, 'trigger', 'met',
                'reason', 'generated', 'provenance', NULL, 'when', NULL)
        FROM g ORDER BY i""")
    con.execute("""INSERT INTO participants SELECT id, 'actor', 0, a, 'GOV', a || ' minister', NULL, NULL, NULL
        FROM g UNION ALL SELECT id, 'recipient', 0, r, 'GOV', r || ' minister', NULL, NULL, NULL FROM g""")
    layout.rebuild(con)  # the participant-pair table the dyad queries read, sorted
    con.close()


def run(args: list[str], env: dict[str, str], outputs: dict[str, str] | None = None
        ) -> tuple[float, float, float]:
    """``(wall s, CPU s, peak RSS MB)`` of ``communique ARGS`` (its output kept in ``outputs``
    under the command's name)."""
    timer = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile(suffix=".rss") as out:
        start = time.perf_counter()
        done = subprocess.run([timer, "-f", "%M %U %S", "-o", out.name, sys.executable, "-m", "communique", *args],
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"communique {' '.join(args)} failed:\n{done.stderr}")
        rss, user, system = (float(v) for v in Path(out.name).read_text().split()[-3:])
    if outputs is not None:
        outputs[args[2]] = done.stdout
    return wall, user + system, rss / 1024


def report(name: str, values: list[tuple[float, float, float]]) -> None:
    """One line: wall and CPU median and min, peak RSS."""
    walls, cpus = [w for w, _, _ in values], [c for _, c, _ in values]
    print(f"{name:<49} wall median {statistics.median(walls):6.2f} s min {min(walls):6.2f} s | "
          f"CPU median {statistics.median(cpus):6.2f} s min {min(cpus):6.2f} s | "
          f"peak RSS {max(r for _, _, r in values):6.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dyad", default="RUS-TUR")
    ap.add_argument("--store", type=Path, help="Keep the generated store in this file and reuse it when it "
                    "exists (building 10 M events takes minutes): e.g. /tmp/q10m.duckdb")
    ap.add_argument("--before", nargs=2, metavar=("SRC", "STORE"), help="Also time the communique of the source "
                    "tree SRC on STORE (the same events in its schema), interleaved, and compare the outputs")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    print(f"cores: {len(os.sched_getaffinity(0))}, load average {os.getloadavg()[0]:.1f} (shared machine)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or Path(tmp) / "q.duckdb"
        if args.store is None or not args.store.exists():
            start = time.perf_counter()
            build(db, args.events)
            print(f"built {args.events:,} events in {time.perf_counter() - start:.1f} s")
        else:
            print(f"reusing {db} (built earlier; --events ignored)")
        start = time.perf_counter()
        Store(db).close()  # a store built by an older communique gets its new layout here, untimed
        print(f"opened as a writer in {time.perf_counter() - start:.1f} s")
        commands = {
            f"events --dyad {args.dyad} --limit 100": ["events", "--dyad", args.dyad, "--limit", "100"],
            f"timeline --dyad {args.dyad} --events": ["timeline", "--dyad", args.dyad, "--events", "--modality", "all"],
            f"analytics --dyad {args.dyad} --events": ["analytics", "--dyad", args.dyad, "--events"],
            "info": ["info"],
        }
        sides = {"": (env, db)}
        if args.before:
            src, store = args.before
            sides["(before) "] = ({**os.environ, "PYTHONPATH": str(Path(src).resolve())}, Path(store))
        times: dict[str, list[tuple[float, float, float]]] = {s + n: [] for n in commands for s in sides}
        outputs: dict[str, dict[str, str]] = {side: {} for side in sides}
        for _ in range(args.rounds):
            for name, cmd in commands.items():
                for side, (side_env, side_db) in sides.items():
                    times[side + name].append(run(["--db", str(side_db), *cmd], side_env, outputs[side]))
        for name, values in times.items():
            report(name, values)
        if args.before:
            for command in ("events", "timeline", "analytics"):
                same = outputs[""][command] == outputs["(before) "][command]
                print(f"{command}: {'identical output' if same else 'OUTPUTS DIFFER'} before and after")

if __name__ == "__main__":
    main()
