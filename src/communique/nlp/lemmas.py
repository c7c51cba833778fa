"""The rule lemmatizer's lemmas, looked up once per word form, part of speech and morphology.

spaCy's ``Lemmatizer`` in ``rule`` mode visits every token in Python and asks its
``rule_lemmatize``, whose cache misses the commonest tokens (a singular noun, an infinitive or
any other base form is worked out again each time) and whose misses cost 90 µs: each candidate
lemma is looked up in a *list* of the language's words (57,000 nouns), one comparison at a time.
Together 5-7 % of a worker's time on news. :func:`memoize_lemmas` makes those lists frozen sets
(the same answers to ``in``, at once), and a rule lemma is a function of the token's text, part
of speech and
morphology only (the lemmatizer's tables are fixed once loaded), so :class:`LemmaMemo` keeps the
lemma of each ``(ORTH, POS, MORPH)`` it has seen, reads those three of every token in one
``Doc.to_array`` and writes the lemmas back in one ``Doc.from_array``. A token that already has
a lemma (the attribute ruler's exceptions) keeps it, as with spaCy's own. :func:`memoize_lemmas`
installs it as the pipe's ``pipe`` (what ``nlp.pipe`` calls); ``nlp(text)`` keeps spaCy's code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["LemmaMemo", "memoize_lemmas"]

_COLUMNS = [ORTH, POS, MORPH, LEMMA]

#: the memo is emptied when it holds this many forms (it grows with the vocabulary of the corpus;
#: ~30 MB at most)
MAX_FORMS = 200_000


class LemmaMemo:
    """What ``lemmatizer(doc)`` does, remembered per ``(ORTH, POS, MORPH)`` (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of each token of ``doc`` that has none (of every token with ``overwrite``)."""
        if not len(doc):
            return doc
        table = doc.to_array(_COLUMNS).astype(np.uint64).reshape(len(doc), len(_COLUMNS))
        overwrite = bool(self.lemmatizer.overwrite)
        strings = doc.vocab.strings
        memo = self._memo
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not overwrite:
                continue
            found = memo.get((orth, pos, morph))
            if found is None:
                if len(memo) >= MAX_FORMS:
                    memo.clear()
                found = memo[orth, pos, morph] = self.lemmatizer.lemmatize(doc[i])[0]
            lemmas[i] = strings.add(found)  # again each time: a memory zone may have dropped it
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(len(doc), 1)))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Each document of ``stream``, lemmatized (``batch_size``: unused, one at a time is as fast)."""
        for doc in stream:
            yield self(doc)


def memoize_lemmas(nlp: Language, name: str = "lemmatizer") -> None:
    """Give the pipe ``name`` of ``nlp`` a :class:`LemmaMemo` for ``nlp.pipe`` and its word index
    as sets when it is a rule lemmatizer; nothing changes otherwise (other modes, no such pipe).
    The lemmatizer can no longer be saved (``to_disk``): communique never saves the pipeline."""
    if name not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(name)
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        index = lemmatizer.lookups.get_table("lemma_index", None)
        for pos, words in list(index.items()) if index is not None else ():
            if isinstance(words, list):  # only ever asked "form in index": a set answers the same
                index[pos] = frozenset(words)
        lemmatizer.pipe = LemmaMemo(lemmatizer).pipe  # type: ignore[method-assign]
