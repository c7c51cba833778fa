"""Quotes: direct quotations and who said them.

A quotation is text between matching quotation marks (straight or curly). Its speaker is the
subject of the verb of saying in the same sentence ("..., Ruto said"; "Ramos said: '...'"),
or, for a sentence that is only a quotation, the speaker of the sentence just before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from communique.nlp import span_text, text_of
from communique.nlp.mentions import QUOTE_RE, DocActors, Mention

__all__ = ["QuoteMention", "find_quotes", "speaker_of"]



@dataclass(frozen=True)
class QuoteMention:
    """A quotation with character offsets into the article and its speaker (if found)."""

    start: int
    end: int
    text: str
    speaker: Mention | None


def speaker_of(sent: Span, actors: DocActors, speech_verbs: list[str]) -> Mention | None:
    """The participant who speaks in a sentence: the subject of its verb of saying, else the
    person who is the subject of the sentence ("Ramos condemned as 'unfair' the tariffs")."""
    for t in sent:
        if t.lemma_.lower() in speech_verbs and t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    m = actors.at(c)
                    if m is not None and m.kind != "group":
                        return m
    root = sent.root
    for c in root.children:
        if c.dep_ == "nsubj":
            m = actors.at(c)
            if m is not None and m.kind == "person":
                return m
    return None


def find_quotes(doc: Doc, actors: DocActors, speech_verbs: list[str]) -> list[QuoteMention]:
    """All quotations of an article, in order, with their speakers."""
    out: list[QuoteMention] = []
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    previous: Mention | None = None
    for m in QUOTE_RE.finditer(text_of(doc)):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        idx = max(i for i, s in enumerate(starts) if s <= m.start()) if starts else 0
        sent = sents[idx]
        speaker = speaker_of(sent, actors, speech_verbs)
        if speaker is None:
            quote_only = len(m.group(0)) >= 0.8 * len(span_text(sent).strip())
            if quote_only and idx > 0:
                speaker = speaker_of(sents[idx - 1], actors, speech_verbs) or previous
        if speaker is not None:
            previous = speaker
        out.append(QuoteMention(start, end, text_of(doc)[start:end], speaker))
    return out
