"""The document and sentence texts the components read: spaCy's, joined once per document."""

from __future__ import annotations

from communique.app import demo_corpus
from communique.extraction import Extractor
from communique.ingest import read_file
from communique.model import Article
from communique.nlp import span_text, text_of


def test_kept_text_is_spacys(extractor: Extractor) -> None:
    """``text_of`` and ``span_text`` give what ``doc.text`` and ``span.text`` give, for every
    sentence (trailing spaces, line breaks and datelines included), and keep it in the doc."""
    texts = [a.text for a in read_file(demo_corpus()) if isinstance(a, Article)]
    sentences = 0
    for doc in extractor.nlp.pipe(texts):
        assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
        for sent in doc.sents:
            assert span_text(sent) == sent.text
            sentences += 1
        assert span_text(doc[3:9]) == doc[3:9].text
    assert sentences > 100
