"""A long extraction does not grow the parser's vocabulary, and the lemmas it remembers stay right
(communique.extraction's memory zones, communique.nlp.lemmas)."""

from __future__ import annotations

import datetime as dt

from communique.extraction import Extractor
from communique.model import Article

#: made-up names, a made-up town and a made-up crop, new to the model's vocabulary
NOVEL = ("Chilean Foreign Minister Ulvaro Pettrisk met his Peruvian counterpart, Mirela Jaskovane, "
         "in Brellintown on Tuesday to discuss the glimmerwort trade.")


def _article(i: int, text: str) -> Article:
    return Article(id=f"m{i}", text=text, published=dt.date(2021, 3, 10))


def test_words_of_a_batch_leave_the_vocabulary_with_it(extractor: Extractor) -> None:
    extractor.extract(_article(0, "The two ministers met in Geneva on Monday."))
    strings = len(extractor.nlp.vocab.strings)
    texts = [NOVEL.replace("Pettrisk", f"Pettrisk{i}x").replace("glimmerwort", f"glimmerwort{i}q") for i in range(40)]
    done = list(extractor.extract_many(_article(i, t) for i, t in enumerate(texts)))
    assert len(done) == 40 and sum(bool(events) for _, events in done) >= 20  # they were read
    assert len(extractor.nlp.vocab.strings) == strings


def test_a_lemma_remembered_in_one_batch_is_right_in_the_next(extractor: Extractor) -> None:
    # the first zone adds "Zandrovians"' lemma and forgets it on leaving; the memo must not hand
    # the next zone a lemma the vocabulary no longer has
    text = "Zandrovians were blockading the harbours of Quandria, officials said."
    for _ in range(2):
        with extractor.nlp.memory_zone():
            doc = next(iter(extractor.nlp.pipe([text])))
            assert [t.lemma_ for t in doc][:4] == ["zandrovian", "be", "blockade", "the"]
