"""Start-up: ``info``, ``events`` and ``--help`` import none of the heavy libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
HEAVY = ("scipy", "spacy", "datasketch", "onnxruntime", "thinc", "torch")

PROBE = """
import json, sys
sys.argv = ["communique", *json.loads(sys.argv[1])]
try:
    from communique.cli import main
    main()
except SystemExit:
    pass
print("\\nHEAVY " + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in json.loads(sys.argv[-1]))))
"""


@pytest.mark.parametrize("args", [["--help"], ["info"], ["events", "--limit", "3"], ["extract", "--help"]])
def test_light_commands_import_no_heavy_library(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "none.duckdb")}
    code = PROBE.replace("json.loads(sys.argv[-1])", repr(list(HEAVY)))
    done = subprocess.run([sys.executable, "-c", code, json.dumps(args)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    line = done.stdout.rsplit("HEAVY ", 1)
    assert len(line) == 2, done.stdout + done.stderr
    assert json.loads(line[1]) == [], f"communique {' '.join(args)} imported heavy modules"
    assert line[0].strip() or "error:" in done.stderr  # the command did run


def test_the_probe_sees_heavy_imports(tmp_path: Path) -> None:
    """The probe is not blind: the extraction module does import spaCy."""
    code = "import sys, communique.extraction; print(sorted({m.split('.')[0] for m in sys.modules} & " \
           f"{set(HEAVY)!r}))"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=120)
    assert "spacy" in done.stdout, done.stderr
