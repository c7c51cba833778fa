"""Validate the fourth held-out set (schema, evidence spans, records): ``evaluation/goldset_check.py`` run on
this folder.

    python evaluation/heldout4/check.py [--schema PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldset_check  # noqa: E402
from goldset_check import find_schema, problems, read_jsonl  # noqa: E402

__all__ = ["HERE", "find_schema", "main", "problems", "read_jsonl"]


def main(argv: list[str] | None = None) -> int:
    """Check this folder's set (see ``evaluation/goldset_check.py``)."""
    return goldset_check.main(HERE, argv)


if __name__ == "__main__":
    sys.exit(main())
