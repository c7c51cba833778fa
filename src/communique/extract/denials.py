"""Denials of an accusation told before: the accused act, negated (codebook section 9).

"Kinshasa accuses Kigali of arming the M23 ... Rwanda denies it." and "Baku said Armenian forces had
shelled its positions. Armenia's defence ministry rejected the accusation." tell the accused act
only as a claim (an ACCUSE by the accuser), and then its denial: that act, by the denier, negated.
A verb of denial (``rules/speech.yaml`` ``denials.verbs``) whose object points back to a claim (a
pronoun, a relative "which", or a claim noun such as "the accusation") takes the latest accusation, in its sentence or
the two before, aimed at its subject's state; each act of the accused kinds told under that
accusation becomes an event of the denier, negated, dated by the act's own date in the accusation
when it has one (else none), its target the act's own target or else the accuser.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Span, Token

from communique.extract.roles import mentions_at, roles_of, subjects_of
from communique.extract.triggers import Trigger

if TYPE_CHECKING:
    from communique.extract.events import ArticleExtractor, Candidate
    from communique.extract.state import DocState
    from communique.nlp.mentions import Mention

__all__ = ["DenialRules", "denied_acts"]

#: how many sentences before the denial its accusation may be told
REACH = 2


class DenialRules(BaseModel):
    """The ``denials`` section of ``rules/speech.yaml``."""

    # defer_build: the validator is built at the first validation, which a start with the start-up
    # cache (communique.cache) never makes: its objects are unpickled
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    verbs: list[str]
    #: nouns naming a claim ("rejected the accusation", "denied the reports")
    claim_nouns: list[str]
    #: pronouns standing for a claim ("Rwanda denies it")
    pronouns: list[str]
    #: the kinds of act an accusation can accuse of, whose denial is coded
    types: list[str]


def _points_back(verb: Token, rules: DenialRules) -> bool:
    """Whether a denial's object points back to a claim: a pronoun or a claim noun, not a new act
    ("denied carrying out the strike" is negated by the modality of its own verb)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"][:1]
    if verb.dep_ == "relcl":
        # "blamed Sudan for the strikes, which Khartoum denied (carrying out)": the relative pronoun
        # stands for what was claimed, however the parser hangs the clause
        objs += [c for c in verb.children if c.tag_ == "WDT" and c.dep_ in ("dobj", "nsubj")]
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            # "accused Chad of arming the rebels, a charge Chad has denied": the clause's noun, its object
            objs.append(verb.head)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 2:
        objs.append(subjects[0])  # ("..., a charge Chad has denied" parsed with two subjects)
    return any(obj.lower_ in rules.pronouns or obj.lemma_.lower() in rules.claim_nouns
               or obj.lower_ in rules.claim_nouns for obj in objs)


def _accusation(state: DocState, verb: Token, sents: list[Span], at: int, deniers: set[str | None]) -> Candidate | None:
    """The latest accusation before ``verb`` (in its sentence or the ``REACH`` before) aimed at a denier."""
    first = sents[max(0, at - REACH)].start
    found = [c for c in state.candidates if c.event_type == "ACCUSE" and first <= c.sentence.start
             and c.trigger.i < verb.i and deniers & {m.code for m in c.recipients}]
    return found[-1] if found else None


def _accused_triggers(state: DocState, accusation: Candidate, rules: DenialRules) -> list[Trigger]:
    """The acts told under the accusing word: "accused Kigali of arming ...", "said X had shelled ..."."""
    under = {t.i for t in accusation.trigger.subtree} - {accusation.trigger.i}
    return [t for t in state.triggers.get(accusation.sentence.start, [])
            if t.token.i in under and t.rule.type in rules.types and not _aside(t.token, accusation.trigger)]


def _aside(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is told in a clause on a noun between it and ``top`` ("accused Kigali of arming
    the M23, a group that seized the town": the group's seizure is no part of the charge)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "appos"):
            return True
        t = t.head
    return False


def denied_acts(shared: ArticleExtractor, state: DocState, rules: DenialRules) -> None:
    """Add to ``state.candidates`` the negated acts that denials of earlier accusations tell."""
    actors = state.require_actors()
    sents = list(state.doc.sents)
    made: list[Candidate] = []
    for at, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.verbs or not _points_back(verb, rules):
                continue
            deniers: list[Mention] = []
            for s in subjects_of(verb, shared.words):
                deniers += [m for m in mentions_at(s, actors, shared.words) if m.code]
            codes = {m.code for m in deniers}
            accusation = _accusation(state, verb, sents, at, codes) if deniers else None
            if accusation is None:
                continue
            for trig in _accused_triggers(state, accusation, rules):
                act = _denied(shared, state, trig, accusation, verb, sent, deniers)
                if act is not None and not _told_already(state.candidates + made, act):
                    made.append(act)
    if made:
        state.candidates = sorted(state.candidates + made, key=lambda c: (c.sentence.start, c.trigger.i))


def _denied(shared: ArticleExtractor, state: DocState, trig: Trigger, accusation: Candidate, verb: Token,
            sent: Span, deniers: list[Mention]) -> Candidate | None:
    """The accused act ``trig``, by ``deniers``, negated, told by the denial ``verb``."""
    base = shared.candidate_at(trig, accusation.sentence, state)
    if base is None:
        return None
    mine = {m.code for m in deniers}
    roles = roles_of(trig, state.require_actors(), shared.words, shared.rules)
    targets = [m for m in roles.recipients if m.code and m.code not in mine] or \
        [m for m in accusation.actors if m.code not in mine]
    if not targets:
        return None
    dated = base.date_from_text
    return replace(base, actors=deniers, recipients=targets, modality="negated", sentence=sent, trigger=verb,
                   date=base.date if dated else None, date_text=base.date_text if dated else None,
                   date_source=base.date_source if dated else None, date_mention=base.date_mention if dated else None,
                   date_reason=base.date_reason if dated else "a denied act: its date only where the claim gave one",
                   reason=f"denial: '{verb.text}' the accusation '{accusation.trigger.text}' of "
                          f"'{trig.token.text}'; {base.reason}")


def _told_already(candidates: list[Candidate], act: Candidate) -> bool:
    """Whether the same act by the same side is already a negated event (the denial told it in its own
    words too: "rejected the accusation, saying Serbia had played no part in the attack")."""
    codes = {m.code for m in act.actors}
    return any(c.event_type == act.event_type and c.modality == "negated" and codes & {m.code for m in c.actors}
               for c in candidates)
