#!/usr/bin/env python
"""Fuzz the ingest path: generated JSON Lines, valid and hostile mixed, read and stored in-process.

Each input is one line. Lines are grouped in batches; each batch goes through the same path as
``communique ingest -`` (``read_paths`` -> ``ingest_into``, reprint detection included) into a
fresh in-memory store. A crash is any exception escaping ingest; a lost record is a valid one
not stored. Both must be 0. Prints inputs run, crashes, rejects (by code), stored, lost, runtime::

    python scripts/fuzz_ingest.py --n 100000 --seed 1

Crashing batches are written to ``--crash-dir`` (default: not kept) to replay by hand.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import random
import sys
import time
import traceback
from pathlib import Path

from communique.ingest import load_boilerplate, read_paths
from communique.pipeline import ingest_into
from communique.store import Store

WORDS = ["talks", "ministers", "met", "agreed", "summit", "border", "trade", "sanctions", "capital", "officials",
         "visit", "said", "the", "of", "in", "Ankara", "Moscow", "Lima", "Suva", "Kyiv", "Beijing", "Nairobi"]
SPECIAL = ["\u2028", "\u2029", "\x85", "\r", "\x0b", "\x0c", "\x1c", "\x00", "\ufeff", "\t", '"', "\\", "é", "日本",
           "\U0001f600", "\u202e", "\ufffe", "\uffff"]
SURROGATE_FIELDS = ["text", "id", "title", "source", "url", "published"]


def text(rng: random.Random, n: int) -> str:
    """``n`` words and now and then a separator or unusual character."""
    out = []
    for _ in range(n):
        out.append(rng.choice(WORDS))
        if rng.random() < 0.1:
            out.append(rng.choice(SPECIAL))
    return " ".join(out)


def valid(rng: random.Random, key: str) -> bytes:
    """A record every ingest must store."""
    record: dict[str, object] = {"id": key, "text": f"Report {key}: " + text(rng, rng.randint(1, 60))}
    if rng.random() < 0.7:
        date = f"{rng.randint(1850, 2024):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        record["published"] = date if rng.random() < 0.7 else date + "T08:30:00-04:00"
    for field in ("title", "source", "url"):
        if rng.random() < 0.5:
            record[field] = text(rng, rng.randint(0, 6)) if rng.random() < 0.9 else rng.randint(-999, 999)
    if rng.random() < 0.2:
        record["extra"] = {"tags": [text(rng, 2)], "n": rng.random(), "deep": [[[None]]]}
    return json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def hostile(rng: random.Random) -> bytes:
    """A record that must be rejected, of one of the kinds issue 10 found."""
    kind = rng.randrange(9)
    if kind == 0:
        field = rng.choice(SURROGATE_FIELDS)
        base = {"text": "talks", field: f"x\\u{rng.randint(0xD800, 0xDFFF):04x}y"}
        return json.dumps(base).replace("\\\\u", "\\u").encode()
    if kind == 1:
        return b'{"text": "ok", "n": ' + b"9" * rng.randint(4301, 20000) + b"}"
    if kind == 2:
        depth = rng.randint(1000, 50000)
        return b'{"text": "ok", "a": ' + b"[" * depth + b"]" * depth + b"}"
    if kind == 3:
        year = rng.choice([rng.randint(1, 1799), rng.randint(2100, 9999)])
        return f'{{"text": "ok", "published": "{year:04d}-06-01"}}'.encode()
    if kind == 4:
        return json.dumps({"text": rng.choice([5, None, [], {}, 1.5, True])}).encode()
    if kind == 5:
        return json.dumps({"text": "ok", rng.choice(["title", "source", "url", "id"]): rng.choice([1.5, [], {}, True])}
                          ).encode()
    if kind == 6:
        return b'{"text": "bad ' + rng.choice([b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\x80", b"\xf8\x88\x80"]) + b'"}'
    if kind == 7:
        return rng.choice([b"[1, 2]", b'"text"', b"{", b"{}", b"null", b'{"text": ""}', b'{"text": "   "}',
                           b'{"text": "x", "published": "yesterday"}'])
    return b'{"text": "' + bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))).replace(b"\n", b"") + b"\xff"


def mutant(rng: random.Random, key: str) -> bytes:
    """A valid record, damaged at random: any outcome is fine but a crash."""
    line = bytearray(valid(rng, key))
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        at = rng.randrange(len(line) + 1)
        if op == 0 and line:
            line[min(at, len(line) - 1)] = rng.randrange(256)
        elif op == 1:
            line[at:at] = bytes([rng.randrange(256)])
        elif op == 2:
            del line[at:]
        else:
            line[at:at] = rng.choice([b"\\ud800", b"\\u0000", b"[", b"}", b'"', b"\\", b"\xe2\x80\xa8", b"9" * 5000])
    return bytes(line).replace(b"\n", b" ")


def batch(rng: random.Random, start: int, size: int) -> tuple[list[bytes], set[str]]:
    """``size`` lines and the ids of the valid ones."""
    lines: list[bytes] = []
    expected: set[str] = set()
    for n in range(start, start + size):
        key = f"k{n}"
        roll = rng.random()
        if roll < 0.5:
            lines.append(valid(rng, key))
            expected.add(key)
        elif roll < 0.8:
            lines.append(hostile(rng))
        else:
            lines.append(mutant(rng, key))
    return lines, expected


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; exit 1 when anything crashed or a valid record was lost."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="inputs (lines) to generate (default 100000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--batch", type=int, default=1000, help="lines per ingest (default 1000)")
    parser.add_argument("--crash-dir", type=Path, default=None, help="write crashing batches here")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    rules = load_boilerplate()
    crashes = stored = lost = done = 0
    rejects: collections.Counter[str] = collections.Counter()
    began = time.perf_counter()
    while done < args.n:
        size = min(args.batch, args.n - done)
        lines, expected = batch(rng, done, size)
        crlf = rng.random() < 0.2
        raw = (b"\r\n" if crlf else b"\n").join(lines) + b"\n"
        stdin = io.TextIOWrapper(io.BytesIO(b"{}\n" + raw), encoding="utf-8")
        try:
            with Store(":memory:") as store:
                summary = ingest_into(store, read_paths(["-"], rules=rules, stdin=stdin), stages={})
                ids = {a.id for a in store.articles()}
        except Exception:  # a crash: exactly what this script exists to find
            crashes += 1
            traceback.print_exc(file=sys.stderr)
            if args.crash_dir is not None:
                args.crash_dir.mkdir(parents=True, exist_ok=True)
                (args.crash_dir / f"crash-{args.seed}-{done}.jsonl").write_bytes(raw)
        else:
            rejects.update(r.code for r in summary.rejects)
            rejects["E104"] -= 1  # the "{}" line that makes the stream JSON Lines
            stored += len(ids)
            lost += len(expected - ids)
        done += size
    seconds = time.perf_counter() - began
    print(f"inputs run: {done:,} (seed {args.seed}, batches of {args.batch})")
    print(f"crashes: {crashes}")
    print(f"rejects: {sum(rejects.values()):,} ({', '.join(f'{c} {n:,}' for c, n in sorted(rejects.items()) if n)})")
    print(f"stored: {stored:,}")
    print(f"valid records lost: {lost}")
    print(f"runtime: {seconds:.1f} s ({done / seconds:,.0f} inputs/s)")
    return 1 if crashes or lost else 0


if __name__ == "__main__":
    sys.exit(main())
