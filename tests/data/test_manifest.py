"""Data versions follow content: a data file changed without a new version fails here."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from communique import data

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "manifest.py"


def test_manifest_records_the_content_of_every_version() -> None:
    stale = [rel for rel, entry in data.manifest()["files"].items()
             if entry["sha256"] != hashlib.sha256((data.DATA_ROOT / rel).read_bytes()).hexdigest()]
    assert not stale, (f"changed without a new version: {stale}; "
                       "run 'python scripts/manifest.py --update' to bump them and record their sha256")


def test_manifest_script_agrees() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_manifest_versions_are_semver() -> None:
    for rel, entry in data.manifest()["files"].items():
        parts = entry["version"].split(".")
        assert len(parts) == 3 and all(p.isdigit() for p in parts), rel
