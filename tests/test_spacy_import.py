"""spaCy imported without its command line (communique.spacy_import), in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from communique.spacy_import import import_spacy
spacy = import_spacy()
light = "spacy.cli" not in sys.modules and "weasel" not in sys.modules
nlp = spacy.blank("en")
print(light, [t.text for t in nlp("It works.")] == ["It", "works", "."], end=" ")
import spacy.cli
print(hasattr(spacy.cli, "download"), end=" ")
print(spacy.info()["spacy_version"] == spacy.__version__, end=" ")
print(import_spacy() is spacy)
"""


def test_spacy_without_cli_then_with_it() -> None:
    """spaCy works without ``spacy.cli``; the real ``spacy.cli`` and ``spacy.info()`` are there when
    asked for afterwards; a second call returns the same module."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True"] * 5
