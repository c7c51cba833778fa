"""Hand-built spaCy Docs for unit tests of the extraction components (no statistical model).

A test writes its parse as a small table, one token a line, sentences separated by a blank line::

    0  Kenya      PROPN  NNP  Kenya    1  nsubj  B-GPE
    1  condemned  VERB   VBD  condemn  1  ROOT
    2  Uganda     PROPN  NNP  Uganda   1  dobj   B-GPE
    3  .          PUNCT  .    .        1  punct

Columns: the token's index in the whole document (checked, it is there for the reader), the word,
its universal POS, its fine-grained tag, its lemma, the index of its head in the WHOLE document
(``Doc(heads=...)`` takes absolute indices, not offsets), its dependency label and, optionally,
an IOB entity tag (``O`` when absent). ``<NL>`` stands for a line-break token.

Spacing is inferred the way the English tokenizer would have split the text: no space before
closing punctuation, none inside quotation marks, none around a line break. :func:`build` then
calls ``Doc(vocab, words=..., spaces=..., heads=..., deps=..., pos=..., tags=..., lemmas=...,
sent_starts=..., ents=...)`` and checks that the heads give exactly the sentences the table shows.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.extract.state import DocState
from communique.model import Article

__all__ = ["build", "state_of"]

#: tokens glued to the word before them ("Monday." / "said," / "Kenya's")
NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", "'s", "’s", "n't", "%", ")"}
NEWLINE = "<NL>"
QUOTE = '"'


def _spaces(words: list[str]) -> list[bool]:
    """Whether each word is followed by a space, as the text would have been written."""
    spaces = []
    open_quote = False  # straight quotes alternate: opening, closing, opening ...
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w == QUOTE:
            open_quote = not open_quote
        if nxt is None or w == "\n" or nxt == "\n" or nxt in NO_SPACE_BEFORE:
            spaces.append(False)
        elif w == QUOTE and open_quote:
            spaces.append(False)  # right after an opening quote
        elif nxt == QUOTE and open_quote:
            spaces.append(False)  # right before the closing quote
        else:
            spaces.append(True)
    return spaces


def build(vocab: Vocab, table: str) -> Doc:
    """A parsed Doc from a token table (see the module docstring)."""
    rows: list[list[str]] = []
    sent_starts: list[bool] = []
    new_sentence = True
    for line in table.strip("\n").splitlines():
        if not line.strip():
            new_sentence = True
            continue
        cols = line.split()
        if len(cols) not in (7, 8):
            raise ValueError(f"a token row needs 7 or 8 columns: {line!r}")
        if int(cols[0]) != len(rows):
            raise ValueError(f"row {line!r} is numbered {cols[0]}, but it is token {len(rows)}")
        rows.append(cols)
        sent_starts.append(new_sentence)
        new_sentence = False
    words = ["\n" if r[1] == NEWLINE else r[1] for r in rows]
    doc = Doc(
        vocab,
        words=words,
        spaces=_spaces(words),
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        lemmas=["\n" if r[4] == NEWLINE else r[4] for r in rows],
        heads=[int(r[5]) for r in rows],
        deps=[r[6] for r in rows],
        sent_starts=sent_starts,
        ents=[r[7] if len(r) == 8 else "O" for r in rows],
    )
    # With heads given, spaCy derives the sentences from the trees (one ROOT each) and ignores
    # sent_starts; a slip in a head index would silently merge or split sentences, so check.
    wanted = [i for i, s in enumerate(sent_starts) if s]
    got = [s.start for s in doc.sents]
    if got != wanted:
        raise ValueError(f"the heads give sentences starting at {got}, the table at {wanted}")
    return doc


def state_of(doc: Doc, published: dt.date | None, doc_id: str = "hand") -> DocState:
    """A fresh per-article state for ``doc``, its article text being exactly the Doc's text."""
    return DocState(doc=doc, article=Article(id=doc_id, text=doc.text, published=published))
