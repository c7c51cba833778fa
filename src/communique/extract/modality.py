"""Modality: is the event reported as done, planned, possible, or denied? (codebook section 5)

The cues (``rules/modality.yaml``) are looked for on the trigger and on the words that govern it,
climbing through ``xcomp``/``conj``/``advcl`` links until a verb of saying: in "Ruto said Kenya
will continue to supply ...", ``supply`` is governed by ``continue`` (ongoing: asserted), not by
``will``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from communique.data import Words
from communique.extract.rules import ModalityRules
from communique.nlp import participle_clause, reporters_scene, to_infinitive

__all__ = ["conditional", "governing_chain", "modality_of"]

CLIMB = {"xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "relcl",
         "oprd"}


def governing_chain(trigger: Token, rules: ModalityRules, words: Words, limit: int = 5) -> list[Token]:
    """The trigger and the words above it that can change its modality, nearest first. ``words``:
    the word lists of ``rules/words.yaml`` (the determiners that leave a noun indefinite)."""
    reporter = reporters_scene(trigger, words.clause_scene_preps)
    if reporter is not None:
        return [trigger, reporter]  # "said X would send troops, after speaking to Y": the speaker spoke
    chain = [trigger]
    t = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        # a noun takes the modality of a light verb ("will hold talks"); of any other verb only when
        # the noun is indefinite, a new act ("would not rule out sanctions", "had not received any
        # request"), not a known one ("has not backed the UN embargo" does not deny it)
        head = trigger.head
        steps = 0
        # "had not accepted her invitation to a summit": through prepositions and the nouns
        # they hang on, up to the verb
        while (head.dep_ == "prep" or head.pos_ in ("ADP", "NOUN", "PROPN")) and head.head.i != head.i and steps < 4:
            head = head.head
            steps += 1
        definite = any((c.dep_ in ("det", "poss") and c.lower_ not in words.indefinite_determiners)
                       or (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN") for c in trigger.children)
        light = head.lemma_.lower() in rules.light_verbs or head.pos_ == "AUX"
        if head.pos_ == "ADJ" and (head.lemma_.lower() in rules.hypothetical_governors
                                   or head.lemma_.lower() in rules.hypothetical_adjectives):
            return [trigger, head]  # "Moscow is ready for talks": talks are possible, not held
        if head.lemma_.lower() in rules.negating_verbs and head.i < trigger.i:
            if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
                return [trigger]  # "rejected calls from the UN": the callers' act was made, only refused
            return [trigger, head]  # "denied any hand in that attack": the denial negates the act
        if head.i == trigger.i or (not light and (definite or head.pos_ not in ("VERB",))):
            return chain
    while t.dep_ in CLIMB and t.head.i != t.i and len(chain) <= limit and not _own_clause(t, rules):
        t = t.head
        chain.append(t)
        if t.dep_ == "ROOT":
            break
    return chain


def _own_clause(t: Token, rules: ModalityRules) -> bool:
    """Whether ``t`` keeps its own modality rather than its head's."""
    if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True  # "would raise tariffs ... and she urged the EU": a clause of its own
    if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.pos_ == "VERB" and t.head.pos_ == "AUX":
        return True  # "said the strikes were not enough and demanded": the speaker's own second act
    if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.tag_ in ("VB", "VBN", "VBG"):
        # "said it would not recognise the ruling and accused the court", "said it had not sent troops, and
        # urged ...": a past act of its own
        return True
    if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True  # "would not free the soldiers it captured": a clause on a noun keeps its own modality
    if t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in rules.speech_verbs:
        return True  # what is said keeps its own modality ("rejected claims that ..." is not a saying)
    # "gave them a week to leave, force not excluded": a phrase after the clause, misparsed as its head
    return t.dep_ == "ccomp" and _absolute_phrase(t.head, t)


def _absolute_phrase(head: Token, clause: Token) -> bool:
    """Whether ``head``, after the clause parsed as its complement, is an absolute phrase ("force
    not excluded", "sanctions not ruled out"): a participle with a noun subject of its own and no
    auxiliary (a finite verb of saying or thinking, "analysts said", has one or is no participle)."""
    kids = list(head.children)
    return head.i > clause.i and not any(c.dep_ in ("aux", "auxpass") for c in kids) \
        and (head.tag_ == "VBN" or any(c.dep_ == "neg" for c in kids)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in kids)


def _negated(tok: Token, rules: ModalityRules) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")):
            return True
        if c.dep_ == "advmod" and c.lower_ in rules.negated_adverbs and any(g.dep_ == "neg" for g in c.children):
            return True  # "would no longer recognise", "will no more fund"
        if c.dep_ == "advmod" and c.lower_ in rules.pending_adverbs and tok.lemma_.lower() in ("have", "be") \
                and any(x.dep_ == "xcomp" for x in tok.children):
            return True  # "has yet to resume flights", "is yet to respond"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nothing", "nobody", "none", "neither")
                                                 or any(g.lower_ in ("neither", "no") for g in c.children
                                                        if g.dep_ in ("det", "preconj"))):
            return True
    return False


def conditional(tok: Token) -> bool:
    """Whether the word has a condition: "if"/"unless" on it or on a clause hanging from it
    ("would defend itself if attacked again")."""
    return any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in tok.children) or any(
        g.dep_ == "mark" and g.lower_ in ("if", "unless") for c in tok.children if c.dep_ == "advcl"
        for g in c.children)


def _auxiliary_cue(c: Token, tok: Token, rules: ModalityRules, reported_past: bool) -> tuple[str, str] | None:
    """The modality an auxiliary or a conditional marker on a chain word gives, if any."""
    low = c.lower_
    if c.dep_ in ("aux", "auxpass") and (low in rules.future_aux or (
            c.lemma_.lower() in rules.future_governors and c.tag_ != "VBD")):
        return "future", f"'{c.text} {tok.text}'"  # "will meet"; "wants brought" parsed as aux
    if c.dep_ in ("aux", "auxpass") and low == "would" and reported_past and not conditional(tok):
        # "the minister said Ottawa would impose tariffs": reported "will"
        return "future", f"reported '{c.text} {tok.text}'"
    if c.dep_ in ("aux", "auxpass") and low in rules.hypothetical_aux:
        return "hypothetical", f"'{c.text} {tok.text}'"
    if c.dep_ == "mark" and low in ("if", "unless"):
        return "hypothetical", f"'{c.text}' clause"
    return None


def _modifier_cue(c: Token, tok: Token, i: int, rules: ModalityRules) -> tuple[str, str] | None:
    """The modality a modifier, or the complement of a governing copula, on a chain word gives, if any."""
    low = c.lower_
    if c.dep_ in ("amod", "compound") and low in rules.future_modifiers:
        return "future", f"'{c.text} {tok.text}'"
    if c.dep_ in ("amod", "compound") and low in rules.hypothetical_modifiers:
        return "hypothetical", f"'{c.text} {tok.text}'"
    if c.dep_ in ("acomp", "oprd") and tok.pos_ == "AUX" and i > 0:
        # "a meeting is possible", "talks are likely", "a visit is planned"
        if low in rules.hypothetical_modifiers or low in rules.hypothetical_governors:
            return "hypothetical", f"'{tok.text} {c.text}'"
        if low in rules.future_modifiers or low in rules.future_governors:
            return "future", f"'{tok.text} {c.text}'"  # "is due in Lome for talks"
    return None


def _chain_word_modality(chain: list[Token], i: int, trigger: Token, rules: ModalityRules,
                         reported_past: bool) -> tuple[str, str] | None:
    """The modality one word of the governing chain gives: ongoing, negated, cued by a child, or governed."""
    tok = chain[i]
    lemma = tok.lemma_.lower()
    if i > 0 and lemma in rules.ongoing_governors:
        return "asserted", f"ongoing '{tok.text}'"
    if _negated(tok, rules):
        if i > 0 and lemma in rules.possibility_negations:
            return "hypothetical", f"'not {tok.text}' leaves it open"  # "would not rule out sanctions"
        if i > 0 and lemma in rules.commitment_negations:
            return "future", f"'not {tok.text}' commits to it"  # "would not hesitate to strike"
        return "negated", f"negation on '{tok.text}'"
    if i > 0 and lemma in rules.negating_verbs and conditional(tok):
        return "hypothetical", f"'{tok.text}' in a condition"  # "if Iran failed to release them"
    if i > 0 and lemma in rules.negating_verbs and (chain[i - 1].dep_ in ("ccomp", "xcomp", "dobj", "pcomp")
                                                    or chain[i - 1].pos_ in ("NOUN", "PROPN")) \
            and tok.i < trigger.i:
        if lemma in rules.failure_verbs and i == 1 and trigger.lemma_.lower() in rules.attempted_acts:
            return "asserted", f"an attempt that '{tok.text}': made all the same"
        return "negated", f"governed by '{tok.text}'"
    if i > 0 and lemma in rules.arranging_copulas and chain[i - 1].dep_ == "xcomp" and to_infinitive(chain[i - 1]) \
            and tok.lower_ != "were" and tok.i < chain[i - 1].i and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in rules.purpose_nouns for c in tok.children):
        return "future", f"arranged: '{tok.text} to {chain[i - 1].text}'"
    for c in tok.children:
        cue = _auxiliary_cue(c, tok, rules, reported_past) or _modifier_cue(c, tok, i, rules)
        if cue is not None:
            return cue
    if i > 0 and (lemma in rules.hypothetical_governors
                  or (tok.pos_ == "ADJ" and lemma in rules.hypothetical_adjectives)
                  or _asked_by_noun(tok, chain[i - 1], rules)):
        return "hypothetical", f"governed by '{tok.text}'"
    if i > 0 and lemma in rules.future_governors and tok.tag_ != "VBD":
        return "future", f"governed by '{tok.text}'"
    return None


def _asked_by_noun(tok: Token, below: Token, rules: ModalityRules) -> bool:
    """Whether the infinitive ``below`` is what a requesting noun asks for: "an appeal to release the
    crew" (on the noun), "made a call to end the fighting" (parsed on the noun's verb)."""
    if tok.pos_ == "NOUN":
        return below.dep_ == "acl" and tok.lemma_.lower() in rules.requesting_nouns
    return below.dep_ in ("advcl", "xcomp") and to_infinitive(below) \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in rules.requesting_nouns and c.i < below.i
                for c in tok.children)


def _uncued_modality(trigger: Token, date: str | None, published: dt.date | None) -> tuple[str, str]:
    """The modality when no chain word gives one: a headline infinitive or a later date is future."""
    if trigger.pos_ == "VERB" and trigger.dep_ in ("ROOT", "ccomp") \
            and to_infinitive(trigger) \
            and any(c.dep_ == "nsubj" for c in trigger.children):
        return "future", "headline infinitive ('Putin to visit China')"
    if date and published and len(date) == 10 and date > published.isoformat():
        return "future", "date after publication"
    return "asserted", "no modality cue"


def modality_of(trigger: Token, rules: ModalityRules, words: Words, *, date: str | None = None,
                published: dt.date | None = None) -> tuple[str, str]:
    """``(modality, reason)`` for the event the trigger reports."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" \
            and trigger.head.head.lemma_.lower() in rules.requesting_verbs:
        # "called for talks", "pressed for a ceasefire": asked for, not held
        return "hypothetical", f"asked for: '{trigger.head.head.text} for'"
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "against" \
            and trigger.head.head.lemma_.lower() in rules.warning_verbs:
        # "warned Tokyo against sending its ships": warned off, not done
        return "hypothetical", f"warned against: '{trigger.head.head.text} against'"
    chain = governing_chain(trigger, rules, words)
    top = chain[-1]
    reported_past = top.head.i != top.i and top.head.lemma_.lower() in rules.speech_verbs \
        and top.head.tag_ in ("VBD", "VBN")
    # "would not send its army, rejecting calls to ...": a participle clause is an act of its own,
    # which the negation of the verb it hangs on does not deny (a plan or a possibility it shares)
    beside = next((i for i, t in enumerate(chain) if participle_clause(t)), len(chain))
    for i in range(len(chain)):
        found = _chain_word_modality(chain, i, trigger, rules, reported_past)
        if found is not None and not (i > beside and found[0] == "negated"):
            return found
    return _uncued_modality(trigger, date, published)
