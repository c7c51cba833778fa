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

from spacy.about import __version__ as spacy_version
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from communique.cache import cached, code_of

__all__ = ["lower_keys", "phrase_matcher"]

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


def phrase_matcher(nlp: Language, kind: str, phrases: Mapping[str, Sequence[str]]) -> PhraseMatcher:
    """A ``PhraseMatcher(nlp.vocab, attr="LOWER")`` matching each label's phrases, as if each had
    been added as ``nlp.make_doc(phrase)``; ``kind`` names its entry in the cache."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, keys in lower_keys(nlp, kind, phrases).items():
        matcher.add(label, keys)  # type: ignore[arg-type]  # keys, as spaCy's own unpickling adds them
    return matcher
