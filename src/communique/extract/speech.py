"""Acts done by speaking about another participant (codebook section 9), from ``rules/speech.yaml``.

- A claim: "X said Y had shelled the town" is an ACCUSE ``allege`` by X against Y, dated when it
  was said; the shelling, told only as X's claim, is not kept as an asserted act.
- A demand: "X said Y must return the ship" is a REQUEST by X of Y.
- A warning: "X warned that Y would face consequences" is a THREATEN by X against Y.

Each runs on the parse of one sentence: the speech verb, its subject (the speaker) and the clause
it governs (``ccomp``), whose subject is the other participant.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Span, Token

from communique import data
from communique.data import Words
from communique.extract.denials import DenialRules
from communique.extract.roles import mentions_at, subjects_of
from communique.extract.rules import TriggerRule
from communique.extract.triggers import Trigger

if TYPE_CHECKING:
    from communique.extract.events import ArticleExtractor, Candidate
    from communique.extract.state import DocState
    from communique.nlp.mentions import Mention

__all__ = ["SpeechRules", "load_speech_rules", "speech_acts"]


class _Claims(BaseModel):
    # defer_build: the validator is built at the first validation, which a start with the start-up
    # cache (communique.cache) never makes: its objects are unpickled
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    types: list[str]
    verbs: list[str]
    #: words of a phrase that attributes a clause to someone ("according to Kyiv"): first word, then
    #: the preposition that names the source
    attributions: dict[str, str] = {}
    #: predicates naming the culprit of an act ("was responsible for", "was behind"): the word and
    #: the preposition the act follows
    culprits: dict[str, str] = {}
    #: verbs whose subject is the culprit of the act they take as object ("Y had ordered the attack")
    culprit_verbs: list[str] = []
    #: who reports what happened rather than taking a side ("..., aid workers said", "..., police in
    #: a third state said"): a claim's speaker named by one of these words, or with one of
    #: ``source_codes``, who is neither the doer nor the target, reports the act as fact
    sources: list[str] = []
    source_codes: list[str] = []
    #: types an act of which is a claim only when a speaker suspects or alleges it, not when one says
    #: it ("Seoul believes Moscow supplied Pyongyang with missiles"; "Berlin said it sent tanks" is news)
    suspected_types: list[str] = []
    suspicion_verbs: list[str] = []


class _Demands(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    verbs: list[str]
    modals: list[str]
    #: nouns a speaker issues with the clause ("issued a reminder to Iraq that it must ...")
    nouns: list[str] = []


class _Warnings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    verbs: list[str]


class _Admissions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    verbs: list[str] = []


class SpeechRules(BaseModel):
    """The verbs and types of ``rules/speech.yaml``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    claims: _Claims
    demands: _Demands
    warnings: _Warnings
    admissions: _Admissions = _Admissions()
    denials: DenialRules


@functools.cache
def load_speech_rules(extra_dirs: tuple[Path, ...] = ()) -> SpeechRules:
    """``rules/speech.yaml`` extended by each ``DIR/rules/speech.yaml`` (lists extended)."""
    return data.load_rule_file("rules/speech.yaml", SpeechRules, extra_dirs)


def _speech_verb(tok: Token, verbs: Sequence[str]) -> Token | None:
    """The speech verb whose reported clause holds ``tok`` ("said [that Y had shelled]")."""
    t = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in verbs:
            return t.head
        if t.dep_ == "ccomp" and t.head.dep_ == "acomp" and t.head.head.lemma_ == "be":
            # "said it was highly likely that X was behind it": the judged clause is the speaker's
            t = t.head.head
            continue
        if t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            # "established with high confidence that X fired": a clause opened by "that" parsed as
            # the relative clause of a noun of the verb ("confidence") is the verb's
            noun = t.head
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if verb.lemma_.lower() in verbs:
                return verb
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _parties(tokens: list[Token], state: DocState, words: Words) -> list[Mention]:
    actors = state.require_actors()
    seen: dict[str, Mention] = {}
    for t in tokens:
        for m in mentions_at(t, actors, words):
            if m.code and m.code not in seen:
                seen[m.code] = m
    return list(seen.values())


def _speech_candidate(shared: ArticleExtractor, state: DocState, verb: Token, sent: Span, event_type: str,
                      mode: str | None, speakers: list[Mention], targets: list[Mention], why: str) -> Candidate | None:
    """An event made by ``verb``: its own date, modality and place; the given participants."""
    trig = Trigger(verb, TriggerRule(lemma=[verb.lemma_.lower()], pos="VERB", type=event_type, mode=mode))
    base = shared.candidate_at(trig, sent, state)
    if base is None:
        return None
    mine = {m.code for m in speakers}
    targets = [m for m in targets if m.code not in mine]
    if not targets:
        return None
    return replace(base, event_type=event_type, mode=mode, actors=speakers, recipients=targets,
                   reason=f"speech: {why}; {base.reason}")


def speech_acts(shared: ArticleExtractor, state: DocState, rules: SpeechRules) -> None:
    """Claims, demands and warnings of the article's speakers, into ``state.candidates``."""
    kept: list[Candidate] = list(state.candidates)
    for sent in state.doc.sents:
        for trig in state.triggers.get(sent.start, []):
            claim = _claim(shared, state, trig, sent, rules)
            if claim is not None:
                # told only as the speaker's claim, the act itself is not kept; a suspicion read by a
                # rule on its verb ("alleged that Iran sent drones to Russia") is this claim
                kept = [c for c in kept if c.trigger.i != trig.token.i and not (
                    trig.rule.type in rules.claims.suspected_types and c.event_type == "ACCUSE"
                    and c.trigger.i == claim.trigger.i)]
                kept.append(claim)
    have = {(c.sentence.start, c.trigger.i) for c in kept}
    for sent in state.doc.sents:
        for verb in sent:
            lemma = verb.lemma_.lower()
            if lemma in rules.admissions.verbs and (sent.start, verb.i) not in have:
                made = _admission(shared, state, verb, sent, rules)
                if made is not None:
                    kept.append(made)
                    have.add((sent.start, verb.i))
                continue
            if lemma not in rules.demands.verbs and lemma not in rules.warnings.verbs \
                    and not _demanding_noun(verb, rules.demands.nouns):
                continue
            for clause in (c for c in verb.children if c.dep_ in ("ccomp", "acl")
                           and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))):
                made = _spoken_act(shared, state, verb, clause, sent, rules)
                if made is not None and (sent.start, verb.i) not in have:
                    kept.append(made)
                    have.add((sent.start, verb.i))
    kept.sort(key=lambda c: (c.sentence.start, c.trigger.i))
    state.candidates = kept


def _claim(shared: ArticleExtractor, state: DocState, trig: Trigger, sent: Span,
           rules: SpeechRules) -> Candidate | None:
    """ "X said Y had shelled the town": X accuses Y, when X is a participant other than Y."""
    suspected = trig.rule.type in rules.claims.suspected_types and trig.rule.type not in rules.claims.types
    if trig.rule.type not in rules.claims.types and not suspected:
        return None
    culprit = _culprit_clause(trig.token, rules.claims.culprits, rules.claims.culprit_verbs)
    verb = _speech_verb(culprit or trig.token, rules.claims.suspicion_verbs if suspected else rules.claims.verbs)
    sources = _attributed_to(trig.token, rules.claims.attributions) if verb is None and not suspected else []
    if verb is None and not sources:
        return None
    doers = subjects_of(culprit or trig.token, shared.words)
    if any(t.pos_ == "PRON" for t in doers):
        return None  # "X said it had moved troops": a pronoun in X's report is, nearly always, X
    said_by = subjects_of(verb, shared.words) if verb is not None else sources
    speakers = _parties(said_by, state, shared.words)
    accused = _parties(doers, state, shared.words)
    if not speakers or not accused or {m.code for m in speakers} & {m.code for m in accused}:
        return None
    if _reporting_source(said_by, speakers, trig, state, rules.claims):
        return None  # the act is told as fact, on its source's word
    said = verb if verb is not None else trig.token
    why = f"'{verb.text}' that '{trig.token.text}'" if verb is not None else f"'{trig.token.text}', by its source"
    return _speech_candidate(shared, state, said, sent, "ACCUSE", "allege", speakers, accused, why)


def _admission(shared: ArticleExtractor, state: DocState, verb: Token, sent: Span,
               rules: SpeechRules) -> Candidate | None:
    """ "Tehran acknowledged that its air defences had downed the airliner": owning up to one's own
    hostile act (one of the claim types, its doers all the speaker's) is a verbal concession to its
    target (CONCEDE, codebook section 2: regret); the act itself stays as told."""
    speakers = _parties(subjects_of(verb, shared.words), state, shared.words)
    codes = {m.code for m in speakers}
    inside = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    for act in state.candidates:
        if act.trigger.i in inside and act.event_type in rules.claims.types and act.recipients \
                and act.actors and {m.code for m in act.actors} <= codes:
            return _speech_candidate(shared, state, verb, sent, "CONCEDE", None, speakers, act.recipients,
                                     f"'{verb.text}' its own '{act.trigger.text}'")
    return None


def _culprit_clause(tok: Token, culprits: dict[str, str], culprit_verbs: Collection[str] = ()) -> Token | None:
    """The verb of a clause naming the culprit of the act noun ``tok`` ("Uganda was responsible
    for the attack", "Uganda was behind the raid": 'was'; "Uganda had ordered the raid": 'ordered'),
    whose subject is the culprit; else None."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in culprit_verbs:
        return tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    pred = prep.head
    if pred.lemma_ == "be" and culprits.get(prep.lower_) == prep.lower_:
        return pred  # "was behind the raid"
    if pred.dep_ == "acomp" and culprits.get(pred.lower_) == prep.lower_ and pred.head.lemma_ == "be":
        return pred.head  # "was responsible for the attack"
    return None


def _reporting_source(said_by: list[Token], speakers: list[Mention], trig: Trigger, state: DocState,
                      claims: _Claims) -> bool:
    """Whether the speakers of a claimed act are sources reporting it (aid workers, monitors, a
    third state's police, a rights group, a news outlet) rather than a side: named as such, or named after the act
    as wire news names its source ("Rebels shelled the town, officials in Nairobi said"), and
    neither the act's doer nor its target."""
    if speakers and all(m.sector == "JRN" for m in speakers):
        return True  # "..., the Washington Post reported": a news outlet reports, it takes no side
    words = {t.lemma_.lower() for t in said_by} | {t.lower_ for t in said_by}
    told_after = bool(said_by) and all(t.i > trig.token.i for t in said_by)
    if not (told_after or words & set(claims.sources) or all(m.code in claims.source_codes for m in speakers)):
        return False
    act = next((c for c in state.candidates if c.trigger.i == trig.token.i), None)
    sides = {m.code for m in act.actors + act.recipients} if act is not None else set()
    return not sides & {m.code for m in speakers}


def _attributed_to(tok: Token, attributions: dict[str, str]) -> list[Token]:
    """The sources a clause is attributed to ("according to Kyiv, Russian forces shelled ..."): the
    objects of an attribution phrase on the act's verb or the verbs it hangs from."""
    t = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        for c in t.children:
            prep = attributions.get(c.lower_) if c.dep_ == "prep" else None
            if prep is not None:
                return [g for p in c.children if p.lower_ == prep for g in p.children if g.dep_ == "pobj"]
        if t.head.i == t.i:
            break
        t = t.head
    return []


def _demanding_noun(tok: Token, nouns: Collection[str]) -> bool:
    """Whether ``tok`` is a noun of demand ("a reminder that ..."), or a verb issuing one ("issued a
    reminder to Iraq that it must ...", with the clause parsed on the verb)."""
    return tok.lemma_.lower() in nouns or any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in tok.children)


def _spoken_act(shared: ArticleExtractor, state: DocState, verb: Token, clause: Token, sent: Span,
                rules: SpeechRules) -> Candidate | None:
    # ("issued a stern reminder to Iraq that it must ...": the noun's issuer speaks)
    issuer = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb
    speakers = _parties(subjects_of(issuer, shared.words), state, shared.words)
    addressed = _parties([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], state, shared.words)
    if not speakers or not addressed:
        return None
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    lemma = verb.lemma_.lower()
    if (lemma in rules.demands.verbs or _demanding_noun(verb, rules.demands.nouns)) \
            and modals & set(rules.demands.modals):
        mode = shared.request_mode(Trigger(clause, TriggerRule(lemma=[clause.lemma_.lower()], pos="VERB",
                                                               type="REQUEST")))
        return _speech_candidate(shared, state, verb, sent, "REQUEST", mode, speakers, addressed,
                                 f"'{verb.text}' that they '{' '.join(sorted(modals))} {clause.text}'")
    if lemma in rules.warnings.verbs:
        return _speech_candidate(shared, state, verb, sent, "THREATEN", None, speakers, addressed,
                                 f"'{verb.text}' that '{clause.text}'")
    return None
