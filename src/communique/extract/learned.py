"""Learned event typing: a linear classifier over sentence-encoder features of each candidate.

Rules find the triggers their word lists know; the model recognises wording no list holds. For
each candidate predicate of a sentence (a verb, or a noun the training data used as an event
noun) that the rules did not take, it embeds two texts -- the predicate phrase ("slapped tariffs
on") and the clause around it -- and a multinomial logistic regression over the concatenated
vectors gives a PLOVER type, or NONE. Above the threshold the candidate becomes a trigger like a
rule's, so participants, modality, date and place come from the same machinery.

The classifier is trained by ``training/train_typing.py`` on sentences the team wrote
(``training/examples``) and ships as ``data/models/typing.npz``.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from spacy.tokens import Span, Token

from communique import data
from communique.extract.roles import subjects_of
from communique.extract.rules import TriggerRule
from communique.extract.triggers import Trigger
from communique.nlp.encoder import Encoder

__all__ = ["TypingModel", "candidate_tokens", "features", "focus_texts", "has_party", "load_typing_model"]

MODEL_FILE = "models/typing.npz"
#: dependents that belong to a predicate phrase ("slapped tariffs on", "did not rule out")
PHRASE_DEPS = {"prt", "neg", "dobj", "prep", "agent", "compound", "amod", "acomp", "xcomp", "dative", "attr"}
CLAUSE_STOP = {"advcl", "relcl", "conj", "parataxis", "csubj"}
MAX_CLAUSE = 40
#: dependents through which a verb governs another act ("decided to expel", "said it would meet")
GOVERNED = {"xcomp", "ccomp", "dobj", "advcl"}
OWNED_NOUN_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}  # learned noun triggers of force need an owner


def _phrase(tok: Token, scene_preps: Collection[str]) -> str:
    """The predicate phrase: the word, its particles and negation, its object and the heads of its
    prepositional complements (not those of ``scene_preps``), in text order."""
    words = {tok.i: tok}
    for c in tok.children:
        if c.dep_ not in PHRASE_DEPS or (c.dep_ == "prep" and c.lower_ in scene_preps):
            continue
        words[c.i] = c
        if c.dep_ in ("prep", "agent"):
            for g in c.children:
                if g.dep_ == "pobj":
                    words[g.i] = g
        if c.dep_ == "xcomp":
            words.update({g.i: g for g in c.children if g.dep_ in ("aux", "dobj", "prt")})
    return " ".join(words[i].text for i in sorted(words))


def _clause(tok: Token) -> str:
    """The clause the predicate heads (nested clauses left out), or its verb's clause for a noun."""
    head = tok
    if tok.pos_ not in ("VERB", "AUX"):
        steps = 0
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 4:
            head = head.head
            steps += 1
    keep: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_STOP or c.i == tok.i)
    keep.sort(key=lambda t: t.i)
    if len(keep) > MAX_CLAUSE:
        near = sorted(keep, key=lambda t: abs(t.i - tok.i))[:MAX_CLAUSE]
        keep = sorted(near, key=lambda t: t.i)
    return " ".join(t.text for t in keep)


def focus_texts(tok: Token, scene_preps: Collection[str] | None = None) -> tuple[str, str]:
    """The two texts embedded for a candidate trigger: its predicate phrase and its clause.
    ``scene_preps``: the prepositions left out of the phrase (``phrase_scene_preps`` of the
    packaged ``rules/words.yaml`` by default)."""
    if scene_preps is None:
        scene_preps = data.load_words().phrase_scene_preps
    return _phrase(tok, scene_preps), _clause(tok)


#: dependents that hold a predicate's participants
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "prep", "poss", "compound", "amod", "pobj"}


def has_party(tok: Token, is_party: Callable[[Token], bool], words: data.Words) -> bool:
    """Whether a participant stands among the word's own arguments (its subject, found through the
    verbs that govern it, its objects, its prepositions' objects): where an event's roles come from."""
    args = [c for c in tok.children if c.dep_ in ARGUMENT_DEPS]
    args += subjects_of(tok, words) if tok.pos_ in ("VERB", "AUX") else [tok.head]
    return any(is_party(t) for a in args for t in a.subtree)


def candidate_tokens(sent: Span, nouns: frozenset[str], taken: set[int]) -> list[Token]:
    """Words of a sentence the model should type: verbs, and nouns the training data used as
    event nouns; not auxiliaries, not words already taken by a rule."""
    out = []
    for t in sent:
        if t.i in taken or any(c.i in taken for c in t.children if c.dep_ in GOVERNED):
            continue  # a rule's word, or the verb that governs it ("would like to thank")
        if t.dep_ == "dobj" and t.head.i in taken:
            continue  # the object of a rule's verb is part of its act ("cut off support")
        verb = t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass", "amod")
        if verb or (t.pos_ == "NOUN" and t.lemma_.lower() in nouns):
            out.append(t)
    return out


def features(encoder: Encoder, texts: list[tuple[str, str]], encoding: str) -> npt.NDArray[np.float32]:
    """The classifier's input for (phrase, clause) pairs: both embedded, side by side. ``encoding``
    ``words``: the mean of each word's own vector (cached, fast); ``context``: each text run
    through the encoder whole (slower)."""
    embed = encoder.mean_of_words if encoding == "words" else encoder.encode
    return np.hstack([embed([p for p, _ in texts]), embed([c for _, c in texts])])


@dataclass(frozen=True)
class TypingModel:
    """The trained classifier: type labels (``NONE`` among them), weights, and the event nouns."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    modes: tuple[str, ...]  # "TYPE/mode" labels of the mode head
    mode_weights: npt.NDArray[np.float32]
    mode_bias: npt.NDArray[np.float32]
    nouns: frozenset[str]
    threshold: float
    encoding: str = "context"  # how features() embeds: "words" or "context"

    def probabilities(self, features: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Softmax over the type labels, one row per candidate."""
        z = features @ self.weights.T + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: npt.NDArray[np.float32] = e / e.sum(axis=1, keepdims=True)
        return out

    def mode_of(self, event_type: str, feature: npt.NDArray[np.float32]) -> str | None:
        """The best mode of ``event_type`` for one candidate (None when the type has no modes)."""
        scores = feature @ self.mode_weights.T + self.mode_bias
        best: tuple[float, str | None] = (-np.inf, None)
        for score, label in zip(scores, self.modes, strict=True):
            kind, _, mode = label.partition("/")
            if kind == event_type and score > best[0]:
                best = (float(score), mode or None)
        return best[1]

    def rule_for(self, tok: Token, event_type: str, mode: str | None) -> TriggerRule:
        """A trigger rule standing for the model's decision on ``tok``."""
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN"
        # a noun of force needs its doer on itself ("Sudan's bombardment", "the bombardment by
        # Sudan"): whoever condemns or reports it did not do it, as for the packaged noun rules
        owned = pos == "NOUN" and event_type in OWNED_NOUN_TYPES
        return TriggerRule(lemma=[tok.lemma_.lower()], pos=pos, type=event_type, mode=mode, owned=owned)

    def triggers(self, tokens: list[Token], features: npt.NDArray[np.float32],
                 threshold: float | None = None) -> list[tuple[int, Trigger, float]]:
        """The candidates typed above the threshold: their index, the trigger and its probability."""
        if not tokens:
            return []
        limit = self.threshold if threshold is None else threshold
        probs = self.probabilities(features)
        out = []
        for n, (tok, row, feat) in enumerate(zip(tokens, probs, features, strict=True)):
            best = int(row.argmax())
            label = self.labels[best]
            if label == "NONE" or row[best] < limit:
                continue
            rule = self.rule_for(tok, label, self.mode_of(label, feat))
            out.append((n, Trigger(tok, rule, None, probability=float(row[best])), float(row[best])))
        return out


def read_typing_model(raw: bytes) -> TypingModel:
    """A model from the bytes of a ``.npz`` file written by ``training/train_typing.py``."""
    with np.load(io.BytesIO(raw), allow_pickle=False) as z:
        return TypingModel(
            labels=tuple(str(x) for x in z["labels"]), weights=z["weights"].astype(np.float32),
            bias=z["bias"].astype(np.float32), modes=tuple(str(x) for x in z["modes"]),
            mode_weights=z["mode_weights"].astype(np.float32), mode_bias=z["mode_bias"].astype(np.float32),
            nouns=frozenset(str(x) for x in z["nouns"]), threshold=float(z["threshold"]),
            encoding=str(z["encoding"]) if "encoding" in z else "context")


@functools.lru_cache(maxsize=1)
def load_typing_model() -> TypingModel:
    """The packaged typing model (``data/models/typing.npz``), loaded once."""
    return read_typing_model(data.read_bytes(MODEL_FILE))
