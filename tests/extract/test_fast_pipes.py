"""spaCy's attribute ruler and lemmatizer sped up (communique.nlp.attributes, .lemmas): the same annotations."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from communique.app import demo_corpus
from communique.extraction import Extractor
from communique.ingest import read_file
from communique.model import Article
from communique.nlp.attributes import AttributeIndex, speed_up
from communique.nlp.lemmas import memoize_lemmas

#: words the ruler's exceptions name (contractions, "gonna", "y'all", "nothin'", auxiliaries)
ODD = ("Y'all ain't gonna let's go, c'mon: it's nothin' and we've got ta do it. There is a cat; "
       "I'd have done it if he had, but they don't. Whether it is so is not what I am asking.")


def _texts() -> list[str]:
    return [ODD, "", "  \n ", *(a.text for a in read_file(demo_corpus()) if isinstance(a, Article))]


def test_matches_are_the_matchers(extractor: Extractor) -> None:
    """On parsed documents, the index finds the ruler's ``Matcher``'s matches, in its order."""
    ruler = extractor.nlp.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)
    kinds = set()
    for doc in extractor.nlp.pipe(_texts()):
        stock = sorted((int(ruler.vocab.strings[k]), k, s, e)
                       for k, s, e in ruler.matcher(doc, allow_missing=True, as_spans=False))
        assert index.match(doc) == stock
        kinds.update(e - s for _, _, s, e in stock)
    assert kinds == {1, 2}  # patterns of one token and of two (left to the Matcher) both matched


def test_annotations_are_spacys(extractor: Extractor) -> None:
    """The pipeline with the index installed annotates every token as spaCy's own does."""
    stock = spacy.load(extractor.settings.spacy_model, exclude=["senter", "ner"])
    stock.add_pipe("communique_newline_sentences", before="parser")
    fast = extractor.nlp
    assert fast.pipe_names == stock.pipe_names
    columns = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(stock.pipe(_texts()), fast.pipe(_texts()), strict=True):
        assert isinstance(a, Doc) and isinstance(b, Doc)
        assert (a.to_array(columns) == b.to_array(columns)).all()
        assert [(t.lemma_, str(t.morph), t.pos_) for t in a] == [(t.lemma_, str(t.morph), t.pos_) for t in b]


def test_without_a_ruler_nothing_changes() -> None:
    """A pipeline without an attribute ruler is left as it is."""
    nlp = spacy.blank("en")
    speed_up(nlp)
    assert nlp.pipe_names == []


def test_lemmas_are_spacys(extractor: Extractor) -> None:
    """The lemma memo (communique.nlp.lemmas) gives spaCy's lemmas, on a first and a second pass
    (remembered), and leaves the attribute ruler's lemmas ("gonna" -> "go") as they are."""
    stock = spacy.load(extractor.settings.spacy_model, exclude=["senter"])
    stock.add_pipe("communique_newline_sentences", before="parser")
    for _ in range(2):
        for a, b in zip(stock.pipe(_texts()), extractor.nlp.pipe(_texts()), strict=True):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    index = extractor.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert isinstance(index["noun"], frozenset) and "treaty" in index["noun"]  # looked up at once
    doc = next(iter(extractor.nlp.pipe(["We're gonna sign it."])))
    assert [t.lemma_ for t in doc] == ["we", "be", "go", "to", "sign", "it", "."]


def test_memo_off_for_other_lemmatizers() -> None:
    """A lemmatizer in another mode than 'rule' keeps spaCy's own pipe."""
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    before = lemmatizer.pipe
    memoize_lemmas(nlp)
    assert lemmatizer.pipe == before


def test_membership_is_numpys_isin() -> None:
    """The binary search standing in for ``np.isin`` gives its answers, values past either end,
    the stand-in for other values and an empty list of named values included."""
    from communique.nlp.attributes import _OTHER, _member

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 5, 40):
        named = np.array(sorted(set(rng.integers(10, 2**63, size).tolist())), dtype=np.uint64)
        values = np.concatenate([rng.choice(named, 30) if size else np.array([], dtype=np.uint64),
                                 rng.integers(0, 2**64 - 2, 30, dtype=np.uint64),
                                 np.array([0, 9, _OTHER, 2**63 + 1], dtype=np.uint64)]).astype(np.uint64)
        assert _member(values, named).tolist() == np.isin(values, named).tolist()
