"""Start-up: ``communique info`` and ``communique extract`` on a one-article store, wall and CPU.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--rounds 5]``

``extract`` on a store holding one 18-word article is the time from the command's start to
its first extracted (and stored, and linked) article: imports, model and data loading, one
parse. ``info`` never loads spaCy. Each is run ``--rounds`` times as a subprocess, interleaved;
min and median printed, with the CPU seconds (user + system). The machine is shared: the
minimum is the figure least disturbed by the other processes.

The commands run as an installed package does: with Python's bytecode cache (an environment
that sets ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module of ``src/`` at every
start, ~0.1 s) and with the start-up cache of :mod:`communique.cache` in its usual place. One
more ``extract`` runs first with an empty cache directory: the first run after installing or
changing the data, which builds that cache.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Mevlut Cavusoglu in Moscow on Tuesday."


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """``(wall, CPU)`` seconds of ``communique ARGS``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "communique", *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"communique {' '.join(args)} failed:\n{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once, not at every start
    print(f"cores: {len(os.sched_getaffinity(0))}, load average {os.getloadavg()[0]:.1f} (shared machine)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "one.jsonl"
        src.write_text(json.dumps({"id": "one", "text": TEXT, "published": "2021-03-10"}) + "\n", encoding="utf-8")
        base = Path(tmp) / "base.duckdb"
        run(["-q", "--db", str(base), "ingest", str(src)], env)
        cold = Path(tmp) / "cold.duckdb"
        shutil.copy(base, cold)
        wall, cpu = run(["-q", "--db", str(cold), "extract"], {**env, "COMMUNIQUE_CACHE_DIR": str(Path(tmp) / "cache")})
        print(f"{'extract, cold cache':<20} wall {wall:.2f} s | CPU {cpu:.2f} s (first run: builds the start-up cache)")
        times: dict[str, list[tuple[float, float]]] = {"info": [], "extract (1 article)": []}
        for r in range(args.rounds):
            times["info"].append(run(["--db", str(base), "info"], env))
            db = Path(tmp) / f"x{r}.duckdb"
            shutil.copy(base, db)
            times["extract (1 article)"].append(run(["-q", "--db", str(db), "extract"], env))
        for name, values in times.items():
            walls, cpus = [w for w, _ in values], [c for _, c in values]
            print(f"{name:<20} wall min {min(walls):.2f} s med {statistics.median(walls):.2f} s | "
                  f"CPU min {min(cpus):.2f} s med {statistics.median(cpus):.2f} s")


if __name__ == "__main__":
    main()
