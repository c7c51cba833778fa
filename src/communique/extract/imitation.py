"""Acts told by pointing at another's: "Bahrain and Sudan followed suit", "Jordan did the same",
"Berlin echoed the call".

The act is the latest directed act told in one of the two sentences before, done now by the
subject of the imitating verb, to the same target; it is dated by its own clause, else takes the
month of the act it copies ("followed suit within days"). The verbs and objects are data
(``imitating_verbs``, ``imitating_objects`` and ``echoing_verbs`` of ``rules/words.yaml``); an
echoed object naming an act ("echoed the warning") copies the latest act of its type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Span, Token

from communique.data import Words
from communique.extract.events import Candidate
from communique.extract.roles import subject_mentions
from communique.model import SYMMETRIC_TYPES
from communique.nlp.mentions import DateMention, DocActors

__all__ = ["imitated_acts"]

#: how many sentences back the imitated act may be told
REACH = 2


def imitated_acts(cands: list[Candidate], sents: list[Span], actors: DocActors, words: Words,
                  date_of: Callable[[Token], DateMention | None],
                  type_of: Callable[[Token], str | None] = lambda _: None) -> list[Candidate]:
    """The acts of ``cands`` plus one for every imitating clause ("followed suit") of the text;
    ``type_of`` gives the type of act a word names, if it names one ("echoed the warning")."""
    out = list(cands)
    for n, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.imitating_verbs:
                continue
            doers = [m for s in verb.children if s.dep_ == "nsubj" for m in subject_mentions(s, actors, words)]
            earlier = {s.start for s in sents[max(0, n - REACH):n]}
            named = {type_of(o) for o in _copied_objects(verb, words)} - {None}
            # the latest act told before the verb (in its own sentence too: "X condemned it, and Y
            # did likewise"), a copy made for an earlier imitation included; of the type its object
            # names, if it names one ("echoed the warning")
            model = max((c for c in out if (c.sentence.start in earlier or (
                         c.sentence.start == sent.start and c.trigger.i < verb.i))
                         and c.event_type not in SYMMETRIC_TYPES and c.modality == "asserted"
                         and (not named or c.event_type in named)),
                        key=lambda c: (c.sentence.start, c.trigger.i), default=None)
            if not doers or model is None or not _imitates(verb, model, actors, words):
                continue
            mine = {m.code for m in doers}
            targets = [m for m in model.recipients if m.code not in mine]
            if not targets:
                continue
            copy = dataclasses.replace(model, actors=doers, recipients=targets, sentence=sent, trigger=verb,
                                       quotes=[], reason=f"'{verb.text}' the {model.trigger.text} before; "
                                                         f"{model.reason}")
            own = date_of(verb)
            if own is not None and own.value:
                copy.date, copy.date_text, copy.date_mention = own.value, own.text, own
                copy.date_source, copy.date_reason = "text", f"the imitating clause's date: {own.reason}"
            elif model.date:
                copy.date, copy.date_mention = model.date[:7], None
                copy.date_source, copy.date_reason = "discourse", "the month of the act it follows"
            out.append(copy)
    return out


def _copied_objects(verb: Token, words: Words) -> list[Token]:
    """The objects of ``verb`` that name a copy of an act told before: anything echoed ("echoed the call")."""
    if verb.lemma_.lower() not in words.echoing_verbs:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _imitates(verb: Token, model: Candidate, actors: DocActors, words: Words) -> bool:
    """ "followed suit", "followed its lead", "did the same" or "likewise", "echoed the call", or
    followed the doer of ``model`` ("Benin followed Accra", "followed it")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in words.imitating_objects for c in objects + [
            a for a in verb.children if a.dep_ == "advmod"]) or _copied_objects(verb, words):
        return True  # "did the same", "did likewise", "echoed the call"
    doers = {m.code for m in model.actors}
    return verb.lemma_.lower() == "follow" and any(
        c.lower_ == "it" or ((m := actors.at(c)) is not None and m.code in doers) for c in objects)
