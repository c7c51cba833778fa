"""Phrase matchers built from cached keys (communique.nlp.phrases) match as ones built from Docs."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import PhraseMatcher

from communique.app import demo_corpus
from communique.extraction import Extractor
from communique.ingest import read_file
from communique.model import Article
from communique.nlp.phrases import lower_keys, phrase_matcher

PHRASES = {"P|lavrov": ["Sergey Lavrov", "Lavrov"], "C|USA": ["U.S.", "United States", "the U.S.A."],
           "O|nato": ["NATO", "North Atlantic Treaty Organization"], "T|x": ["foreign minister", "Minister's"],
           "E|empty": ["", "  "]}


@pytest.mark.parametrize("cache", ["dir", "off"])
def test_same_matches_as_docs(extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              cache: str) -> None:
    """Built (first run), read back from the cache (second run) or with the cache off, the matcher
    finds what a matcher of ``make_doc`` patterns finds on the demo articles."""
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path) if cache == "dir" else "off")
    nlp = extractor.nlp
    stock = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, texts in PHRASES.items():
        stock.add(label, [nlp.make_doc(t) for t in texts])
    texts = ["Lavrov met NATO's chief in the U.S. The United States' foreign minister spoke.",
             *(a.text for a in read_file(demo_corpus()) if isinstance(a, Article))]
    built, again = phrase_matcher(nlp, "test", PHRASES), phrase_matcher(nlp, "test", PHRASES)
    assert len(list(tmp_path.glob("phrases-test-*.pickle"))) == (1 if cache == "dir" else 0)
    found = 0
    for doc in nlp.pipe(texts):
        assert sorted(built(doc)) == sorted(again(doc)) == sorted(stock(doc))
        found += len(stock(doc))
    assert found > 3


def test_key_follows_the_phrases(extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other phrases are another cache entry, never the keys of the first."""
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    one = lower_keys(extractor.nlp, "test", {"A": ["Cairo talks"]})
    two = lower_keys(extractor.nlp, "test", {"A": ["Lima talks"]})
    assert one != two and len(list(tmp_path.glob("phrases-test-*.pickle"))) == 2
    assert one["A"][0][1] == two["A"][0][1] == extractor.nlp.vocab.strings["talks"]


def test_a_phrase_of_several_labels_gives_each(extractor: Extractor) -> None:
    """One phrase under two labels is found once per label, in the labels' order, on a Doc and on
    a Span (offsets in the Doc), and no label becomes a word of the vocabulary."""
    nlp = extractor.nlp
    matcher = phrase_matcher(nlp, "test-shared", {"P|zz-one": ["Okonkwo"], "P|zz-two": ["Ada Okonkwo", "Okonkwo"]})
    doc = nlp("Minister Okonkwo met Ada Okonkwo in Abuja.")
    found = [(nlp.vocab.strings[label], start, end) for label, start, end in matcher(doc)]
    assert found == [("P|zz-one", 1, 2), ("P|zz-two", 1, 2), ("P|zz-two", 3, 5), ("P|zz-one", 4, 5),
                     ("P|zz-two", 4, 5)]
    assert next((nlp.vocab.strings[label], s, e) for label, s, e in matcher(doc[3:6])) == ("P|zz-two", 3, 5)
    assert "P|zz-one" not in nlp.vocab and "P|zz-two" not in nlp.vocab
