"""Write the fourth held-out set's ``articles.jsonl`` and ``gold.jsonl`` from ``_texts.py`` and ``_gold.py``:
``evaluation/goldset_build.py`` run on this folder.

    python evaluation/heldout4/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from goldset_build import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
