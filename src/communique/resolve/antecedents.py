"""What a plural pronoun stands for: the nearest plural noun phrase a reader would take it for.

"Aid lorries reached the border, and Sudanese officials inspected them": "them" is the lorries,
not the states the article named last; "UN inspectors arrived on Saturday. Syria agreed to let
them visit the site": "them" is the inspectors, so the UN. A plural "they"/"them"/"their" agrees
with a plural noun ("lorries", "inspectors"), a coordination ("Iran and Iraq") or a group ("the
two sides"); the reader looks for one as Hobbs's search does: up the pronoun's own sentence,
at each clause the words told before the pronoun, breadth first and left to right (so a
subject before an object), then the sentence before, from its main clause down. An object
never means a word of its own clause ("police detained them" is not the police; "threw stones
at them" not the stones); a pronoun outside a quotation never means words inside one. The
phrase found is a participant when its head is one (the mention the reader gave it); otherwise
the pronoun stands for things or for people nobody named, and means no participant.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from communique.nlp.mentions import PLURAL_PRONOUNS, Mention

__all__ = ["Antecedent", "plural_antecedent"]

#: dependents of a clause's verb that are clauses of their own: their words are not the verb's arguments
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
#: dependents of a noun that tell more than the phrase itself: they do not open its span
_NOT_OWN = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "prep"})
_SUBJECTS = ("nsubj", "nsubjpass")
#: the dependencies of a noun phrase a pronoun can stand for (not a verb tagged as a noun: "As concerns")
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "poss", "appos", "oprd", "ROOT"})
#: clauses and phrases told aside of a sentence's main line: adverbial and relative clauses, adverbs of time
_ASIDE = frozenset({"advcl", "relcl", "acl", "npadvmod", "appos", "parataxis"})


@dataclass(frozen=True)
class Antecedent:
    """The plural phrase a pronoun stands for: its head, and the participant(s) it names (None: a
    thing, or people of no party named: "the lorries", "hundreds of migrants")."""

    head: Token
    mention: Mention | None


@dataclass(frozen=True)
class Reading:
    """What the search knows: the mentions resolved so far (by token), the pronouns already read as
    things, the quotations' character ranges, the plural nouns of time and measure ("months") and
    the nouns that count what their "of" names ("hundreds of"), and the plural nouns of parties'
    people or states ("ministers", "troops", "countries": the group nouns)."""

    by_token: Mapping[int, Mention]
    things: Collection[int]
    quotes: Sequence[tuple[int, int]]
    measures: Collection[str]
    counts: Collection[str]
    people: Collection[str]


def plural_antecedent(tok: Token, reading: Reading) -> Antecedent | None:
    """The phrase the plural pronoun ``tok`` stands for, searched in its sentence and the one
    before; None when neither has one, or when the nearest is people of parties the reader could
    not tie ("the foreign ministers", a pronoun left unread): then whatever reads groups decides.
    A possessive ("reopen their embassies") is owned by a participant, so things are passed over,
    but for its own clause's subject ("two ships are on their way")."""
    bound = _co_arguments(tok)
    quoted = _quote_of(tok.idx, reading.quotes)
    owner = tok.dep_ == "poss" or tok.lower_ in ("their", "theirs")
    for cand in _search_order(tok):
        if cand.i in bound or _quote_of(cand.idx, reading.quotes) not in (None, quoted) \
                or not _plural_phrase(cand, reading) or (cand.sent != tok.sent and _inside_phrase(cand, reading)):
            continue
        if cand.pos_ == "PRON":
            if cand.i in reading.by_token:
                return Antecedent(cand, reading.by_token[cand.i])
            if cand.i in reading.things and not owner:
                return Antecedent(cand, None)
            if cand.i in reading.things:
                continue
            return None
        found = _participants(cand, reading)
        if found is None and cand.lower_ in reading.people:
            return None  # "the foreign ministers": parties', but whose the reader cannot tell here
        if found is None and owner and cand.i not in _own_subject(tok):
            continue
        return Antecedent(cand, found)
    return None


def _quote_of(char: int, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next((q for q in quotes if q[0] <= char < q[1]), None)


def _search_order(tok: Token) -> Iterator[Token]:
    """The words a reader tries for ``tok``: up its own sentence, at each clause the dependents told
    before it, breadth first and left to right; then the sentence before, from its root down."""
    path = {tok.i} | {a.i for a in tok.ancestors}
    for anc in tok.ancestors:
        yield from _breadth_first([c for c in anc.children if c.i < tok.i and c.i not in path])
    sent = tok.sent
    if sent.start > 0:
        yield from _breadth_first([tok.doc[sent.start - 1].sent.root])


def _breadth_first(level: list[Token]) -> Iterator[Token]:
    while level:
        yield from level
        level = [c for t in level for c in t.children]


def _plural_phrase(t: Token, reading: Reading) -> bool:
    """Whether ``t`` heads a plural noun phrase: a plural noun, a coordination (not "neither X nor
    Y"), a group of participants, or a plural pronoun; not a count of what its "of" names
    ("hundreds of migrants": the migrants are proposed next)."""
    if t.dep_ not in _NOMINAL:
        return False
    if t.pos_ == "PRON":
        return t.lower_ in PLURAL_PRONOUNS and t.lower_ not in ("their", "theirs")
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in reading.measures:
        return False
    m = reading.by_token.get(t.i)
    if m is not None and m.kind == "group":
        return True
    if m is None and t.lower_ in reading.counts and _counted(t) is not None:
        return False
    coordinated = len(_heads(t)) > 1 and not any(c.lower_ in ("neither", "nor") for c in t.subtree)
    return t.tag_ in ("NNS", "NNPS") or coordinated


def _heads(t: Token) -> list[Token]:
    """The heads of the nouns a phrase joins: ``t`` and its conjuncts, also when the parser joins
    names inside it ("Foreign Minister X and Defence Minister Y" hung as modifiers of Y)."""
    own = [t]
    level = [t]
    while level:
        level = [c for w in level for c in w.children if c.dep_ not in _NOT_OWN and c.dep_ != "prep"]
        own += level
    return sorted({w.i: w for w in own if w.i == t.i or w.dep_ == "conj"
                   or any(c.dep_ == "conj" for c in w.children)}.values(), key=lambda w: w.i)


def _inside_phrase(t: Token, reading: Reading) -> bool:
    """Whether ``t`` is told inside another noun's phrase ("the deaths of three soldiers") or in a
    clause aside ("Referring to the deaths, Lavrov said"), too deep in a sentence before the
    pronoun's to be what it means; not the people a count counts ("hundreds of migrants")."""
    if any(a.dep_ in _ASIDE for a in (t, *t.ancestors)):
        return True
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return False
    owner = t.head.head
    counted = _counted(owner) if owner.lower_ in reading.counts else None
    return owner.pos_ in ("NOUN", "PROPN") and (counted is None or counted.i != t.i)


def _counted(t: Token) -> Token | None:
    """What a count noun counts: the plural noun of its "of" ("hundreds of migrants"), if any."""
    return next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None)


def _own_subject(tok: Token) -> set[int]:
    """The subject of the clause ``tok`` is in (its verb's, or the one its verb shares)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if verb is None:
            return set()
        subjects = [c.i for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects or verb.dep_ != "conj":
            return set(subjects)
        verb = verb.head
    return set()


def _co_arguments(tok: Token) -> set[int]:
    """The words of the pronoun's own clause it cannot mean, when it is not the clause's subject
    nor a possessive: every argument of its verb ("Turkish police detained them", "threw stones at
    them"), the subject it shares with a verb it is coordinated with, and after "urged X to" the
    one urged."""
    if tok.dep_ in _SUBJECTS or tok.dep_ == "poss":
        return set()
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    path = {a.i for a in tok.ancestors} | {tok.i}
    out = {w.i for c in verb.children if c.dep_ not in _CLAUSES and c.i not in path for w in c.subtree}
    for _ in range(3):
        if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ not in ("xcomp", "conj") \
                or verb.head.i == verb.i:
            break
        kept = _SUBJECTS + (("dobj",) if verb.dep_ == "xcomp" else ())  # "urged the rebels to free them"
        out |= {w.i for c in verb.head.children if c.dep_ in kept for w in c.subtree}
        verb = verb.head
    return out


def _participants(head: Token, reading: Reading) -> Mention | None:
    """The participant(s) a plural phrase names at its head ("UN inspectors" -> the UN, "Iran and
    Iraq", "the presidents of Kenya and Uganda"), or, for people or forces of parties, the ones
    they belong to ("the troops of both sides", "its troops", "the bloc's leaders"); None when its
    head is no participant's, even if a modifier is ("Colombian lorries", "migrants from Syria")."""
    by_token = reading.by_token
    found: dict[str | None, Mention] = {}
    heads = _heads(head)
    for h in heads:
        m = by_token.get(h.i)
        if m is None and h.lower_ not in reading.people:
            continue
        owners = [o for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
        if m is None:
            owners += [c for c in h.children if c.dep_ == "poss"]
        for x in [*(m.expand() if m is not None else ()), *(x for o in owners if o.i in by_token
                                                            for x in by_token[o.i].expand())]:
            found.setdefault(x.code, x)
    members = tuple(found.values())
    if len(members) < 2:
        return members[0] if members else None
    doc = head.doc
    end = max(h.i for h in heads) + 1
    start = min([head.i] + [c.i for c in head.children if c.dep_ not in _NOT_OWN and c.i < head.i])
    return Mention(start, end, None, None, "group", doc[start:end].text, members=members, reason="plural phrase",
                   char_start=doc[start].idx, char_end=doc[end - 1].idx + len(doc[end - 1]))
