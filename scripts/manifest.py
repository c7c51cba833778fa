"""Check or update the data versions in ``src/communique/data/MANIFEST.toml``.

    .venv/bin/python scripts/manifest.py           # list files whose content changed without a new version
    .venv/bin/python scripts/manifest.py --update  # bump the patch version of each changed file, record sha256

Every data file's entry records its ``version`` and the ``sha256`` of the content that version
names. A changed file needs a new version: ``tests/data/test_manifest.py`` fails until this
script (or a hand edit) records one. Exit status 1 when a file changed and ``--update`` was not given.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "communique" / "data"
MANIFEST = ROOT / "MANIFEST.toml"
ENTRY_RE = re.compile(r'^\[files\."(?P<rel>[^"]+)"\]\n(?P<body>(?:(?!\[).*\n?)*)', re.MULTILINE)


def sha256(rel: str) -> str:
    return hashlib.sha256((ROOT / rel).read_bytes()).hexdigest()


def bump(version: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="bump changed files' versions and record their sha256")
    args = ap.parse_args()
    text = MANIFEST.read_text(encoding="utf-8")
    changed = []

    def fix(m: re.Match[str]) -> str:
        rel, body = m.group("rel"), m.group("body")
        digest = sha256(rel)
        recorded = re.search(r'^sha256 = "([0-9a-f]*)"', body, re.MULTILINE)
        if recorded is not None and recorded.group(1) == digest:
            return m.group(0)
        changed.append(rel)
        if recorded is None:  # first record of this file: its version stays
            body = re.sub(r'^(version = "[^"]+"\n)', rf'\1sha256 = "{digest}"\n', body, count=1, flags=re.MULTILINE)
        else:
            version = re.search(r'^version = "([^"]+)"', body, re.MULTILINE)
            assert version is not None, rel
            body = body.replace(version.group(0), f'version = "{bump(version.group(1))}"', 1)
            body = body.replace(recorded.group(0), f'sha256 = "{digest}"', 1)
        return f'[files."{rel}"]\n{body}'

    new = ENTRY_RE.sub(fix, text)
    for rel in changed:
        print(f"{'updated' if args.update else 'changed'}: {rel}")
    if args.update:
        MANIFEST.write_text(new, encoding="utf-8")
        return 0
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
