"""A ``PhraseMatcher(attr="LOWER")`` of many phrases, its patterns kept in the start-up cache.

A phrase matcher on ``LOWER`` keeps, of each pattern ``Doc``, only the lower-case form's hash of
each token. Making the ``Doc`` tokenizes the phrase and creates a lexeme for each new word: for
the lexicons' ~6,300 names, titles and topics that is 0.15-0.2 s of every start. ``lower_keys``
makes those hashes once (with the pipeline's tokenizer, as ``make_doc`` does) and keeps them in
:mod:`communique.cache`, keyed by the phrases, the model and spaCy's version; ``PhraseMatcher.add``
takes them in place of the ``Doc`` objects (as it does when a pickled matcher is loaded), and
:func:`phrase_matcher` gives the matcher, which matches as one built from the ``Doc`` objects.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from communique.cache import cached, code_of

__all__ = ["LabelledPhrases", "lower_keys", "phrase_matcher"]

#: one phrase as a phrase matcher on ``LOWER`` stores it: each token's lower-case form's hash
Key = tuple[int, ...]


def lower_keys(nlp: Language, kind: str, phrases: Mapping[str, Sequence[str]]) -> dict[str, list[Key]]:
    """``{label: [key of each phrase, in order]}`` for ``matcher.add(label, keys)`` of a
    ``PhraseMatcher(nlp.vocab, attr="LOWER")``: the same matches as ``[nlp.make_doc(p) ...]``."""
    def build() -> dict[str, list[Key]]:
        return {label: [tuple(t.lower for t in nlp.make_doc(p)) for p in texts] for label, texts in phrases.items()}

    meta = nlp.meta
    model = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    key: list[bytes | str] = [spacy_version, model, code_of(sys.modules[__name__]),
                              "\0".join(f"{label}\1" + "\1".join(texts) for label, texts in phrases.items())]
    return cached(f"phrases-{kind}", key, build)


class LabelledPhrases:
    """A ``PhraseMatcher(attr="LOWER")`` whose phrases carry labels of their own, called as one:
    ``(label hash, start, end)`` for each label of each phrase found, in text order.

    ``PhraseMatcher.add`` makes a lexeme of every label it is given (0.1-0.2 s for the lexicons'
    ~6,300 entity labels at every start); here every phrase is added under one label and the
    labels of a match are looked up by its key, so only the string store learns them.
    """

    def __init__(self, nlp: Language, keys: Mapping[str, Sequence[Key]]) -> None:
        strings = nlp.vocab.strings
        self._labels: dict[Key, list[int]] = {}
        for label, phrases in keys.items():
            code = strings.add(label)
            for phrase in phrases:
                labels = self._labels.setdefault(tuple(phrase), [])
                if code not in labels:
                    labels.append(code)
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns: list[Any] = [k for k in self._labels if k]  # keys in place of Docs, as spaCy's unpickling
        self._matcher.add("PHRASE", patterns)

    def __call__(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """``(label hash, start, end)`` of every labelled phrase in ``doclike`` (offsets in its doc)."""
        doc = doclike if isinstance(doclike, Doc) else doclike.doc
        return [(code, start, end) for _, start, end in self._matcher(doclike)
                for code in self._labels[tuple(t.lower for t in doc[start:end])]]


def phrase_matcher(nlp: Language, kind: str, phrases: Mapping[str, Sequence[str]]) -> LabelledPhrases:
    """A matcher of each label's phrases on ``LOWER``, as if each had been added to a
    ``PhraseMatcher`` as ``nlp.make_doc(phrase)``; ``kind`` names its entry in the cache."""
    return LabelledPhrases(nlp, lower_keys(nlp, kind, phrases))
