"""The learned typer: candidate words, the texts embedded for them, and the classifier's decisions."""

from __future__ import annotations

import io

import numpy as np
import spacy
from handbuilt import build

from communique.extract.learned import (
    candidate_tokens,
    focus_texts,
    load_typing_model,
    read_typing_model,
)

TABLE = """
0  Chile       PROPN NNP Chile      1  nsubj  B-GPE
1  slapped     VERB  VBD slap       1  ROOT
2  tariffs     NOUN  NNS tariff     1  dobj
3  on          ADP   IN  on         1  prep
4  Peru        PROPN NNP Peru       3  pobj   B-GPE
5  after       ADP   IN  after      1  prep
6  talks       NOUN  NNS talk       5  pobj
7  collapsed   VERB  VBD collapse   6  acl
8  .           PUNCT .   .          1  punct
"""


def _doc():  # type: ignore[no-untyped-def]
    return build(spacy.blank("en").vocab, TABLE)


def test_learned_candidates_are_verbs_and_known_event_nouns() -> None:
    doc = _doc()
    sent = next(iter(doc.sents))
    assert [t.text for t in candidate_tokens(sent, frozenset(), set())] == ["slapped", "collapsed"]
    assert [t.text for t in candidate_tokens(sent, frozenset({"talk"}), set())] == ["slapped", "talks", "collapsed"]
    # a word a rule already took is left to the rule
    assert [t.text for t in candidate_tokens(sent, frozenset(), {1})] == ["collapsed"]


def test_learned_focus_texts_phrase_and_clause() -> None:
    doc = _doc()
    phrase, clause = focus_texts(doc[1])
    assert phrase == "slapped tariffs on Peru"
    assert clause.startswith("Chile slapped tariffs on Peru after talks")
    # a noun's clause is its verb's
    assert focus_texts(doc[6])[1].startswith("Chile slapped")


def _toy_model(threshold: float) -> bytes:
    """Two features: the first says SANCTION, the second says NONE."""
    buf = io.BytesIO()
    np.savez(buf, labels=np.array(["NONE", "SANCTION"]), weights=np.array([[0.0, 4.0], [4.0, 0.0]]),
             bias=np.zeros(2), modes=np.array(["SANCTION/discontinue", "SANCTION/expel"]),
             mode_weights=np.array([[1.0, 0.0], [0.0, 1.0]]), mode_bias=np.zeros(2),
             nouns=np.array(["talk"]), threshold=np.array(threshold))
    return buf.getvalue()


def test_learned_model_types_above_threshold_only() -> None:
    model = read_typing_model(_toy_model(0.9))
    doc = _doc()
    feats = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.4]], dtype=np.float32)
    found = model.triggers([doc[1], doc[6], doc[7]], feats)
    assert [(n, t.token.text, t.rule.type, t.rule.mode) for n, t, _ in found] == [(0, "slapped", "SANCTION",
                                                                                    "discontinue")]
    assert found[0][1].probability is not None and found[0][1].probability > 0.9
    # a lower threshold lets the uncertain one through, with its own best mode
    low = model.triggers([doc[1], doc[6], doc[7]], feats, threshold=0.5)
    assert [n for n, _, _ in low] == [0, 2]
    assert model.mode_of("SANCTION", np.array([0.0, 1.0], dtype=np.float32)) == "expel"
    assert model.mode_of("ASSAULT", np.array([0.0, 1.0], dtype=np.float32)) is None


def test_learned_packaged_model_is_complete() -> None:
    model = load_typing_model()
    assert "NONE" in model.labels and len(model.labels) == 17
    assert model.weights.shape == (17, 768)
    assert 0 < model.threshold < 1
    assert {"airstrike", "summit"} <= model.nouns


def test_learned_threshold_is_a_setting() -> None:
    import datetime as dt

    from communique.extraction import Extractor
    from communique.model import Article
    from communique.settings import Settings

    # verbs no trigger rule lists
    text = "Norway grilled Sweden over the fishing quotas. Turkey propped up the Libyan government last year."
    article = Article(id="t", text=text, published=dt.date(2021, 3, 10))

    def by_model(threshold: float) -> set[str]:
        events = Extractor(Settings(typing_threshold=threshold)).extract(article)
        return {e.event_type for e in events if e.reason.startswith("model")}

    everything, none = by_model(0.0), by_model(1.0)
    assert "ACCUSE" in everything and not none
    assert by_model(0.5) <= everything
    assert Settings.from_env(typing_threshold="0.7").typing_threshold == 0.7
