"""Roles: who did it and to whom, read off the dependency parse around a trigger.

Verbs: subjects (and passive ``by``-agents) are actors; direct objects and the prepositions the
event type lists (``with``, ``to``, ``on``, ``against`` ...) give recipients. A verb without a
subject of its own borrows the subject of the verb it depends on ("... and agreed to",
"voicing readiness to work with Peru"). Nouns: possessives, compounds and demonyms
("Washington's sanctions", "US sanctions", "Chilean-Peruvian talks") and ``by`` give actors; the
type's prepositions give recipients; a noun that is the object of a light verb ("held talks",
"imposed sanctions") takes that verb's subject.

Coordination ("Ardern and Morrison", "between Quito and Lima") and appositions ("our host,
Prime Minister ... Rutte") are expanded; a thing owned by a participant stands for it
("praised Ghana's restraint" -> GHA; "the efforts of the Malian authorities" -> MLI).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.data import Words
from communique.extract.rules import RuleSet, TriggerRule, TypeRule
from communique.extract.triggers import (
    Trigger,
    called_gerund,
    for_clause,
    judging_position,
    misparsed_call,
    partitive,
    passive,
    rule_pobjs,
    said_through,
)
from communique.nlp import absolute_with, reporters_participle, to_infinitive
from communique.nlp.mentions import DocActors, Mention

__all__ = ["AT_A_CROWD", "JUDGING_TYPES", "RELATIVE_ANTECEDENT", "Roles", "answered_request", "called_thing",
           "clause_verb", "complement_parties", "doers_of", "infinitive_clause", "judged_thing", "mentions_at",
           "pobj_mentions", "roles_of", "subjects_of"]

SUBJ = ("nsubj", "csubj")
#: the note of roles whose doer is a relative pronoun's antecedent ("Nigeria, which condemned ...")
RELATIVE_ANTECEDENT = "relative antecedent"
#: the note of roles of an act done to a crowd: its target is the crowd's people, or none
AT_A_CROWD = "done to a crowd"
MAX_CLIMB = 4


@dataclass
class Roles:
    """Participants found for one trigger, with how they were found."""

    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    inherited: bool = False  # actors borrowed from a governing verb
    via: Token | None = None  # the word that carries the event's modality when it is not the trigger
    notes: list[str] = field(default_factory=list)

    def others(self) -> list[Mention]:
        """Recipients of another state than every actor (the ones that make an interaction)."""
        mine = {m.code for m in self.actors}
        return [m for m in self.recipients if m.code not in mine]


def _coordinated(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            # "Chile, Peru, and Bolivia" is often parsed as an apposition with a conjunct
            out.extend(_coordinated(c))
    return out


def _pobj_children(prep: Token) -> list[Token]:
    """The objects of one preposition."""
    return [p for p in prep.children if p.dep_ == "pobj"]


def _prep_objects(tok: Token, words: Collection[str], deps: Collection[str] = ("prep",)) -> list[Token]:
    """Objects of the prepositions among a word's children that are one of ``words``."""
    return [p for c in tok.children if c.dep_ in deps and c.lower_ in words for p in _pobj_children(c)]


def _ordered_by(verb: Token, words: Words) -> list[Token]:
    """Who gave the orders for a passive act: "(killed) on the orders of X", "at the behest of X"."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
            for o in _pobj_children(c) if o.lemma_.lower() in words.order_nouns
            for p in _prep_objects(o, ("of",))]


def _demonym_mentions(t: Token, actors: DocActors) -> list[Mention]:
    """The states a word's demonym modifiers name, as mentions on the word itself."""
    return [Mention(t.i, t.i + 1, code, "UNK", "state", t.text, key=code,
                    reason=f"demonym modifier of '{t.text}'", char_start=t.idx,
                    char_end=t.idx + len(t)) for code in actors.demonym_mods.get(t.i, [])]


def _title_holders(t: Token, actors: DocActors, words: Words, depth: int) -> list[Mention]:
    """The states a title names after "of" (a title may name several)."""
    # "Envoys of Chile, Peru and Ecuador", "negotiators from Fiji and Tonga"
    return [m for p in _prep_objects(t, ("of", "from"))
            for m in mentions_at(p, actors, words, owner=False, depth=depth + 1)]


def _is_owner_prep(prep: Token, t: Token, words: Words) -> bool:
    """Whether a preposition on a word introduces its owner ("of", "by", "from"; "with" after a border)."""
    return prep.lower_ in ("of", "by", "from") or (
        prep.lower_ == "with" and t.lemma_.lower() in words.border_nouns)  # "the border with Somalia"


def _participle_sources(t: Token, clause: Token, actors: DocActors, words: Words, depth: int) -> list[Mention]:
    """Who a participle or relative clause on a word names as its maker, sender or issuer."""
    # "a plan drawn up by Ghana", "coffee shipped from Colombia",
    # "a study published in the Kenyan capital"
    found: list[Mention] = []
    if clause.dep_ == "relcl" and clause.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass")
                                                                   for c in clause.children):
        # "the accord Namibia and Zambia signed": the relative clause's subject made what it lacks
        for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")):
            found.extend(mentions_at(subj, actors, words, owner=False, depth=depth + 1))
    for a in clause.children:
        if a.dep_ in ("agent", "prep") and (a.lower_ in ("by", "from") or (
                a.lower_ == "in" and t.lemma_.lower() in words.document_nouns)):
            for p in _pobj_children(a):
                found.extend(mentions_at(p, actors, words, owner=a.lower_ == "in", depth=depth + 1))
    return found


def _owner_mentions(t: Token, actors: DocActors, words: Words, depth: int) -> list[Mention]:
    """Participants that own a word: possessor, "of"/"by"/"from" object, compound, or participle source."""
    found: list[Mention] = []
    for c in t.children:
        if c.dep_ == "poss":
            found.extend(mentions_at(c, actors, words, owner=False, depth=depth + 1))
        elif c.dep_ == "prep" and _is_owner_prep(c, t, words):
            for p in _pobj_children(c):
                found.extend(mentions_at(p, actors, words, owner=True, depth=depth + 1))
        elif c.dep_ == "compound" and c.lemma_.lower() not in words.site_nouns:
            # ("the consulate attack": the site hit, not the doer)
            m2 = actors.at(c)
            if m2 is not None:
                found.extend(m2.expand())
        elif c.dep_ in ("acl", "relcl"):
            found.extend(_participle_sources(t, c, actors, words, depth))
    return found


def mentions_at(tok: Token, actors: DocActors, words: Words, *, owner: bool = True, depth: int = 0) -> list[Mention]:
    """Participants a token stands for: its mention, its conjuncts, or (with ``owner``) its owner."""
    found: list[Mention] = []
    for t in _coordinated(tok):
        m = actors.at(t)
        if m is not None:
            found.extend(m.expand())
            if t.tag_ in ("NNS", "NNPS"):
                # "Kenyan and Ugandan ministers": each demonym is a party of the plural noun
                found.extend(dataclasses.replace(d, sector=m.sector, kind=m.kind)
                             for d in _demonym_mentions(t, actors) if d.code != m.code)
            if m.reason.startswith("title"):
                found.extend(_title_holders(t, actors, words, depth))
            continue
        other = _other_of_relation(t, actors, words) if owner else None
        if other is not None:
            found.extend(other)
            continue
        if owner and (t is tok or t.dep_ != "appos"):
            # "wine imports from Chilean vineyards" -> CHL; "aid to the Saudi-led coalition" -> SAU
            # (not on an apposition: "Peru and Chile, a Saudi-owned weekly reports" is misparsed)
            found.extend(_demonym_mentions(t, actors))
            found.extend(_leaders(t, actors, words))
            found.extend(_flag_owners(t, actors, words))
        # "neither Chile nor Peru": 'nor' coordination shows as conj too; handled above
        if owner and depth < 2:
            found.extend(_owner_mentions(t, actors, words, depth))
    return found


def _other_of_relation(t: Token, actors: DocActors, words: Words) -> list[Mention] | None:
    """ "accusing its neighbour", "warned its rival": a noun of a relation between states, owned by a
    pronoun, is the other side -- the latest state named before it that is not the owner -- never the
    owner itself; None when the word is no such noun (or names its state: "its neighbour Peru")."""
    if t.lemma_.lower() not in words.relational_nouns or t.tag_ not in ("NN", "NNP") or any(
            c.dep_ in ("appos", "compound") and actors.at(c) is not None for c in t.children):
        return None
    owners = [m for c in t.children if c.dep_ == "poss" and c.pos_ == "PRON" and (m := actors.at(c)) is not None]
    if not owners:
        return None
    own = {m.code for m in owners}
    for m in sorted((m for m in actors.mentions if m.end <= t.i), key=lambda m: m.start, reverse=True):
        if m.kind in ("state", "person") and m.code and m.code not in own and m.sector in ("GOV", "MIL", None):
            return [dataclasses.replace(m, reason=m.reason + f"; the other side, '{t.text}' of {m.code}")]
    return []


def _flag_owners(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """ "a British-flagged tanker", "an Iran-owned ship": the state the participle makes its owner."""
    found: list[Mention] = []
    for c in t.children:
        if c.dep_ == "amod" and c.lower_ in words.owning_participles:
            found.extend(_demonym_mentions(c, actors))
            found.extend(m for w in c.children if w.dep_ in ("npadvmod", "compound", "amod")
                         and (m := actors.at(w)) is not None and m.kind == "state")
    return found


def _leaders(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """ "the Nigerian-led mission", "a French-led force": the state that leads it."""
    led = [c for c in t.children if c.dep_ == "amod" and c.lower_ == "led"]
    return [m for c in led for m in (*_demonym_mentions(c, actors),
                                      *(x for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                                        for x in mentions_at(g, actors, words, owner=False)))]


def subject_mentions(s: Token, actors: DocActors, words: Words) -> list[Mention]:
    """The participants a subject stands for, through its owner when it is not one itself:
    "his team", "Lima's negotiators", "the African Union observers", "Danish and Dutch students";
    a document speaks for whoever issued it ("a study published in Accra alleged ...")."""
    found = mentions_at(s, actors, words, owner=s.lemma_.lower() in words.document_nouns)
    if not found:
        found = [m for c in s.children if c.dep_ in ("poss", "compound", "nmod")
                 for m in mentions_at(c, actors, words, owner=False)]
        found += _leaders(s, actors, words)
        collective = s.lemma_.lower() in words.collective_nouns
        for p in (p for c in s.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for p in c.children if p.dep_ == "pobj"):
            group = actors.at(p)
            if collective or (group is not None and group.kind == "group"):
                # "hundreds of Chileans", "a crowd of marchers from Bolivia"; "generals from both
                # sides", "troops of the two armies": the group's members
                found += mentions_at(p, actors, words)
        found += _demonym_mentions(s, actors)
    return found


def _pobjs(head: Token, preps: list[str], means: Collection[str]) -> list[Token]:
    out: list[Token] = []
    kids = list(head.children)
    # "handed the sailors back to Norway": the preposition hangs on the particle
    kids += [g for c in kids if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.lower_ in ("out", "away"))
             for g in c.children]  # "pulled its troops out of Togo": "of" under "out"
    # "spoke by telephone with X", "talked via video link with X": the parser may hang the partner
    # on the means
    kids += [g for c in list(head.children) if c.dep_ == "prep" and c.lower_ in ("by", "via")
             for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in means
             for g in o.children if g.dep_ == "prep"]
    for c in kids:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def _unparsed_subject(t: Token) -> list[Token] | None:
    """What stands for a verb's own missing subject: none for a passive condition ("... if it is
    attacked"); the name a capitalised first name misparsed as a preposition heads ("Jacinda Ardern
    and Scott Morrison met"); None when neither applies."""
    if t.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in t.children):
        return []
    lead = [c for c in t.lefts if c.dep_ == "prep" and c.i == c.sent.start and c.text[:1].isupper()]
    # "In Bali, Biden and Xi agreed": a fronted phrase the parser ran on past its comma, the names
    # after the comma joined to the place before it
    commas = [w.i for c in lead for w in c.subtree if w.text == ","]
    split = [w for c in lead for w in c.subtree if commas and w.dep_ == "conj" and w.head.i < commas[-1] < w.i]
    if split:
        return split[:1]
    if lead:
        return [p for c in lead for p in c.children if p.dep_ == "pobj"]
    return None


def _participle_doer(t: Token, depth: int, words: Words) -> tuple[Token | None, bool]:
    """For a verb hung on a noun: the verb whose subject does it ("signed decrees recognising
    Abkhazia": whoever issued the document does what it does), or whether it is a finite verb the
    parser hung on its own subject ("the Greek prime minister called on Turkey ... and said")."""
    if t.tag_ == "VBG" and t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB" \
            and t.head.head.lemma_.lower() in words.issuing_verbs:
        return t.head.head, False
    # ("Russia, whose troops are there, called on ...": a sentence whose only verb the parser hung as
    # a participle on the subject it made the root)
    headless = t.tag_ == "VBN" and t.head.dep_ == "ROOT" and t.head.pos_ in ("PROPN", "NOUN") \
        and t.i > 0 and t.doc[t.i - 1].text == ","
    return None, (t.tag_ == "VBD" or headless) and depth == 0


def _subject_beyond_relative(t: Token) -> Token | None:
    """ "Germany, which has condemned the attacks, called on Belgrade ...": the finite verb after a
    relative clause on the subject, hung by the parser as a participle on a noun of that clause (the
    subject made the root); the subject, if so."""
    root = t.sent.root
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.i == 0 or t.doc[t.i - 1].text != "," \
            or root.pos_ not in ("PROPN", "NOUN") or root.i > t.i:
        return None
    inside = any(c.dep_ == "relcl" and c.left_edge.i <= t.head.i <= c.right_edge.i for c in root.children)
    return root if inside else None


def _acl_doer(t: Token, depth: int, words: Words) -> tuple[tuple[list[Token], bool] | None, Token | None]:
    """For a verb hung on a noun: its subjects when the parse shows them (a finite verb hung on its
    subject; "Ghana's decision to expel ...": the decision's owner), else the issuing verb to climb to."""
    issuer, misparsed = _participle_doer(t, depth, words)
    if misparsed:
        return ([t.head], False), None
    subject = _subject_beyond_relative(t)
    if subject is not None and depth == 0:
        return ([subject], False), None
    if issuer is not None:
        return None, issuer
    if absolute_with(t):
        return ([t.head], False), None  # "..., with Kenya's minister accusing Kampala": the noun does it
    owner = [c for c in t.head.children if c.dep_ == "poss"]
    decided = t.head.lemma_.lower() in words.deciding_nouns and to_infinitive(t)
    if owner and decided:
        return (owner, True), None
    if t.head.lemma_.lower() in words.invitation_nouns and t.head.dep_ == "dobj" \
            and t.head.head.lemma_.lower() in words.accepting_verbs and to_infinitive(t):
        # "accepted an invitation to visit Kampala": the one who accepts would go
        return _subjects(t.head.head, words), None
    if decided and t.head.dep_ in ("dobj", "pobj"):
        # "Ghana announced a decision to expel ...", "hit back with a plan to drop X from its list":
        # an unowned decision is that of whoever the clause says made or announced it
        verb, _ = clause_verb(t.head, words)
        if verb.pos_ in ("VERB", "AUX"):
            return _subjects(verb, words), None
    return None, None


def _participle_subject(c: Token) -> Token:
    """ "Leaders meeting in Abuja gave the junta a week", parsed with the participle as a clausal
    subject whose own subject is the noun it describes: that noun."""
    if c.dep_ == "csubj" and c.tag_ == "VBG":
        return next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), c)
    return c


def _own_subjects(t: Token) -> list[Token]:
    """A verb's own subjects: "two of its warships" -> the warships; a relative pronoun ("Nigeria,
    which condemned the raid") -> its antecedent."""
    subs = [partitive(_participle_subject(c)) for c in t.children if c.dep_ in SUBJ]
    if t.dep_ == "relcl" and t.head.i != t.i:
        subs = [t.head if c.tag_ in ("WDT", "WP") else c for c in subs]
    return subs


def _speakers_own_act(t: Token, words: Words) -> Token | None:
    """The speaker's verb when a simple past verb joined to a reported clause whose verb has an auxiliary
    of its own ("said X had violated ... and demanded", "said X would ... and accused") is the speaker's
    act; so is an appeal joined to any reported clause, however deep ("said it proved that talks work
    and urged Kinshasa to ...", "said deliveries were far too low and called on Israel to ...")."""
    head = t.head
    if t.dep_ != "conj" or t.tag_ != "VBD":
        return None
    if t.lemma_.lower() in words.appeal_verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        said = head
        for _ in range(4):
            if said.head.i == said.i:
                break
            said = said.head
            if said.lemma_.lower() in words.saying_verbs and said.pos_ == "VERB":
                return said
    if head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    return head.head if head.tag_ in ("VB", "VBN", "VBG") and any(c.dep_ == "aux" for c in head.children) else None


def _subjects(verb: Token, words: Words) -> tuple[list[Token], bool]:
    """Subject tokens of a verb, climbing to governing verbs when it has none."""
    t = verb
    for depth in range(MAX_CLIMB):
        subs = _own_subjects(t)
        agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
            if t.pos_ in ("VERB", "AUX") else []  # "concerned by the fighting": no doer
        if subs or agents:
            return subs + agents, depth > 0
        if depth > 0:
            # "Boric is expected to attend": the passive subject of a raising verb
            passive_subs = [c for c in t.children if c.dep_ == "nsubjpass"]
            if passive_subs:
                return passive_subs, True
        found = _unparsed_subject(t) if depth == 0 else None
        if found is not None:
            return found, False
        if t.dep_ == "acl":
            told, issuer = _acl_doer(t, depth, words)
            if told is not None:
                return told
            if issuer is not None:
                t = issuer
                continue
        if t.dep_ == "relcl":
            if any(c.dep_ == "auxpass" for c in t.children):
                # "the editor, who was detained on the orders of the governor": the head suffered it
                return _ordered_by(t, words), True
            return [t.head], True
        caused = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i] \
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in words.causing_verbs else []
        if caused:
            # "prompting Russia to accuse the Netherlands", "led Chile to recall its envoy": who is moved acts
            return caused, True
        if t.dep_ == "pcomp":
            # "by Canada imposing tariffs": the gerund's subject is the preposition's object
            before = [c for c in t.head.children if c.dep_ == "pobj" and c.i < t.i]
            if before:
                return before, depth > 0
        governor = _governor(t, words)
        if governor is None:
            break
        t = governor
    return [], False


def _governor(t: Token, words: Words) -> Token | None:
    """The verb whose subject a verb without one shares, if any."""
    speaker = _speakers_own_act(t, words)
    if speaker is not None:
        # "Poland said a Belarusian helicopter had violated its airspace and demanded an apology":
        # the speaker's own second act, not the reported clause's
        return speaker
    if t.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "dep", "acomp") and t.head.i != t.i:
        if t.dep_ == "xcomp" and t.head.dep_ == "acomp" and t.head.head.i != t.head.i:
            return t.head.head  # "Norway is willing to send aid": the subject of "is"
        return t.head
    return None


def pobj_mentions(head: Token, preps: list[str], actors: DocActors, words: Words) -> list[Mention]:
    """Participants named by the objects of the given prepositions on a word."""
    return [m for p in _pobjs(head, preps, words.talking_means) for m in mentions_at(p, actors, words)]


def _verb_objects(t: Token, actors: DocActors, words: Words, out: Roles) -> list[Token]:
    """A verb's object words; a passive adds its subject and head, and its orderer as actor."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "dative", "iobj")]
    # "declared two envoys persona non grata": a small clause parsed as a clause; its subject is the object
    objs += [g for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "VERB") and not any(
             a.dep_ in ("aux", "mark") for a in c.children) for g in c.children if g.dep_ == "nsubj"]
    if t.dep_ == "relcl" and not objs and t.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children):
        # "six officials it holds responsible": the relative clause's missing object is its noun
        objs.append(t.head)
    if passive(t):
        objs += [c for c in t.children if c.dep_ == "nsubjpass"]
        if t.dep_ == "relcl":
            objs.append(t.head)
        # "was killed ... on the orders of X"
        for p in _ordered_by(t, words):
            out.actors.extend(mentions_at(p, actors, words, owner=False))
    return objs


def _light_noun_recipients(o: Token, actors: DocActors, words: Words, preps: list[str],
                           symmetric: bool) -> list[Mention]:
    """Recipients hanging on the noun of a light-verb rule (its prepositions, or its modifiers if symmetric)."""
    # light verb + noun: recipients hang on the noun ("sanctions on Turkey")
    found = pobj_mentions(o, preps, actors, words)
    for c in o.children:
        if c.dep_ in ("compound", "amod", "poss") and actors.at(c) is not None and symmetric:
            found.extend(mentions_at(c, actors, words, owner=False))
    if symmetric and not found:
        found.extend(_demonym_mentions(o, actors))  # "accepted an Egyptian proposal": Egypt is the other party
    return found


def _object_scope_recipients(t: Token, obj: Token, actors: DocActors, words: Words, preps: list[str]) -> list[Mention]:
    """Recipients after a type preposition anywhere under the trigger's object noun (or its clause)."""
    # "voiced readiness to work with Peru"
    scope = list(obj.subtree)
    if obj.dep_ == "nsubj":
        scope = list(obj.head.subtree)
    return [m for w in scope if w.dep_ == "prep" and w.lower_ in preps and w.head.i != t.i
            for p in _pobj_children(w) for m in mentions_at(p, actors, words)]


def infinitive_clause(v: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause when a date came between it and its verb
    ("threatened on Monday to expel ..."): the verb's complement all the same."""
    return v.dep_ == "advcl" and v.i > v.head.i and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) \
        and not any(c.dep_ == "mark" for c in v.children)


def _complement_partners(trig: Trigger, actors: DocActors, words: Words) -> list[Mention]:
    """Partners of a symmetric act named in a verb complement ("with" objects, or its object)."""
    # "agreed to cooperate with Argentina"; "promised to help Argentina" (a promise's object)
    found: list[Mention] = []
    for v in trig.token.children:
        if (v.dep_ == "xcomp" or infinitive_clause(v)) and v.pos_ in ("VERB", "AUX"):
            found.extend(pobj_mentions(v, ["with"], actors, words))
            if v.lemma_.lower() in words.permitting_verbs:
                # "agreed to let Indonesian observers monitor the border": whoever is let act is a
                # party (codebook section 9, observers asked to act)
                let = [c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i]
                let += [g for c in v.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
                found.extend(m for c in let for m in mentions_at(c, actors, words))
            if trig.rule.complement_party:
                # "promised to continue military aid to Mozambique": whom the promised act is for
                found.extend(pobj_mentions(v, ["to"], actors, words))
                for c in v.children:
                    if c.dep_ in ("dobj", "dative"):
                        found.extend(mentions_at(c, actors, words))
                        found.extend(pobj_mentions(c, ["to", "with"], actors, words))
    if trig.token.lemma_.lower() in words.accepting_verbs:
        # "accepted an invitation to visit Kampala": whom the invitation is to meet or visit
        for o in trig.token.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in words.invitation_nouns:
                for v in o.children:
                    if v.dep_ == "acl" and to_infinitive(v):
                        found.extend(m for c in v.children if c.dep_ == "dobj" for m in mentions_at(c, actors, words))
                        found.extend(pobj_mentions(v, ["with", "to"], actors, words))
    return found


def _complement_targets(trig: Trigger, actors: DocActors, words: Words, preps: list[str]) -> list[Mention]:
    """Targets of a directed act named in a verb or clause complement (object, subject, prepositions)."""
    # "declined to meet the Canadian delegation", "urged X to ...", "warned that the rebels would"
    rule = trig.rule
    found: list[Mention] = []
    clause = for_clause(trig.token)  # "called for Chile to reopen the port": whom the clause asks
    asked = clause.i if clause is not None else None
    for v in trig.token.children:
        if (v.dep_ in ("xcomp", "ccomp") or infinitive_clause(v) or v.i == asked) and v.pos_ in ("VERB", "AUX"):
            for c in v.children:
                if c.dep_ in ("dobj",) or (c.dep_ in ("nsubj",) and (v.dep_ == "ccomp" or v.i == asked)
                                           and rule.type in ("THREATEN", "REQUEST", "ACCUSE")):
                    found.extend(mentions_at(c, actors, words))
            found.extend(pobj_mentions(v, [*preps, "with"], actors, words))
            # "threatened to take countermeasures against South Korea"
            for o in v.children:
                if o.dep_ == "dobj":
                    found.extend(pobj_mentions(o, [x for x in preps if x in ("against", "on", "at")], actors, words))
    return found


#: what a judgment noun is of or against ("a breach of UN resolutions", "aggression against Kenya")
_JUDGED_NOUN_PREPS = frozenset({"of", "against", "on", "to", "toward", "towards", "upon"})


def _judged_targets(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """Owners of what a directed act is aimed at: its object, or the object of "as"/"over"/"at" etc."""
    # "denounced as unfair the Canadian tariffs": whoever owns what the act is aimed at
    found: list[Mention] = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            # "condemned the launch as a breach of UN resolutions", "... as aggression against Kenya": what
            # the judgment's noun is of or against is no one judged ("as a provocation by X" is)
            for p in (p for p in c.children if p.dep_ == "pobj"):
                aside = {w.i for k in p.children if k.dep_ == "prep" and k.lower_ in _JUDGED_NOUN_PREPS
                         for w in k.subtree}
                found.extend(m for m in mentions_at(p, actors, words) if m.start not in aside)
            continue
        targets = [c] if c.dep_ in ("dobj",) else [p for p in c.children if p.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("over", "toward", "towards", "at") else []
        called = called_thing(c, words)
        targets += called
        if called:
            found.extend(pobj_mentions(c, ["by"], actors, words))  # "what she called a provocation by X"
        for x in targets:
            found.extend(mentions_at(x, actors, words))
    return found


def called_thing(clause: Token, words: Words) -> list[Token]:
    """ "condemned what she called a cynical move by Russia": the noun a free relative of calling names."""
    if clause.dep_ not in ("ccomp", "dobj") or clause.lemma_.lower() not in words.calling_verbs \
            or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ == "NOUN"]


def _verb_recipients(trig: Trigger, objs: list[Token], actors: DocActors, words: Words, preps: list[str],
                     symmetric: bool, out: Roles) -> None:
    """The verb's own recipients: its objects (or a light-verb noun's, unless the rule's object is
    itself the party: ``actor_object``) and its type prepositions."""
    for o in objs:
        if trig.object is not None and o.i == trig.object.i and not trig.rule.actor_object:
            out.recipients.extend(_light_noun_recipients(o, actors, words, preps, symmetric))
            continue
        out.recipients.extend(mentions_at(o, actors, words))
    if trig.rule.mode == "access" and trig.object is not None and trig.object.pos_ == "NOUN":
        # "allowed IAEA inspectors to visit", "let UN monitors in": the body whose people are let in
        # (a state's monitors let in by an agreement are a party to it: "agreed to let Brazilian monitors")
        out.recipients.extend(m for m in _modifier_owners(trig.object, actors) if m.code in ORGANISATION_CODES)
    found = pobj_mentions(trig.token, preps, actors, words)
    if trig.rule.actor_object and out.recipients:
        # "took Bolivia to the International Court of Justice": the object is the party, the
        # place the rule names (a court, a council) is where, not whom; so is the place the
        # object is driven from ("drove the Ghanaian army out of Togo")
        venues = {g.i for v in rule_pobjs(trig.rule, trig.token) for g in v.subtree} if trig.rule.pobj else set()
        venues |= {g.i for c in trig.token.children if c.lower_ in ("out", "away", "back")
                   for g in c.subtree if g.i != c.i}
        found = [m for m in found if m.start not in venues]
    out.recipients.extend(found)
    if trig.rule.type == "ACCUSE":
        # "filed a case against Iran at the International Court of Justice", "lodged a complaint with the
        # UN against Russia", "sued the EU at the WTO": the body a case is brought to is the forum, not
        # a party, when a party is named
        doc = trig.token.doc
        parties = [m for m in out.recipients if not (
            m.code in ORGANISATION_CODES and doc[m.start:m.end].root.head.lower_ in ("at", "before", "with", "to"))]
        if parties and (trig.object is not None or any(m.code not in ORGANISATION_CODES for m in parties)
                        or any(c.dep_ == "dobj" and actors.at(c) is not None for c in trig.token.children)):
            out.recipients = parties


#: types that judge another's act ("condemned the move"): the act's doer is their target
JUDGING_TYPES = ("ACCUSE", "REJECT", "SUPPORT")
#: the codes of organisations, not states (PLOVER's)
ORGANISATION_CODES = frozenset({"UNO", "EUR", "IGO", "NGO"})
#: acts of force: told in the passive with no agent in what someone says, they name no doer (the
#: speaker is its target or a witness, not its author)
FORCE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")


def _further_verb_recipients(trig: Trigger, objs: list[Token], actors: DocActors, words: Words, kind: TypeRule,
                             out: Roles) -> None:
    """Recipients from further afield, each place tried in turn while no party of another state is found."""
    t, rule = trig.token, trig.rule
    preps, symmetric = kind.preps, kind.symmetric
    object_preps = [p for p in preps if rule.type not in JUDGING_TYPES or p not in words.victim_preps]
    finders: list[Callable[[], list[Mention]]] = [
        # "signed an agreement with X": the preposition may hang on the object noun (for meetings
        # only a person: "discussed the crisis with Ghana's president" is a talk with him, but
        # "discussed the process with Armenia" names a topic, not a party)
        # (a judged act's "on"/"against"/"of" names its victim: "condemned the attack on Togo's
        # embassy" judges the attacker, not Togo; "rejected the offer from Ghana" is Ghana's)
        lambda: [m for o in [*objs, *(rule_pobjs(trig.rule, t) if trig.rule.pobj else [])]
                 for m in pobj_mentions(o, object_preps, actors, words)
                 if rule.type != "CONSULT" or m.kind == "person"],
        lambda: _object_scope_recipients(t, trig.object, actors, words, preps) if trig.object is not None else [],
        lambda: _complement_partners(trig, actors, words) if symmetric else [],
        lambda: _shared_partner(t, actors, words) if symmetric else [],
        lambda: _complement_targets(trig, actors, words, preps) if not symmetric else [],
        # "wrote to Putin to express regret": the recipient hangs on the governing verb
        lambda: pobj_mentions(t.head, [x for x in preps if x in ("to", "with")], actors, words)
        if t.dep_ in ("xcomp", "advcl") and t.head.pos_ == "VERB" else [],
        lambda: _place_of_where(t, actors, words) if {"in", "to"} & set(preps) else [],
        lambda: _threat_conditions(t, rule, actors, words),
        lambda: _judged_targets(t, actors, words) if not symmetric else [],
        lambda: _refused_meeting_side(t, words, actors) if rule.type == "REJECT" and rule.mode == "meet" else [],
    ]
    for find in finders:
        if out.others():
            return
        out.recipients.extend(find())


def _shared_partner(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """ "met Museveni on Monday and signed an accord": the first act's partner is the second's too."""
    if t.dep_ != "conj" or t.head.pos_ != "VERB":
        return []
    found = [m for o in t.head.children if o.dep_ == "dobj" for m in mentions_at(o, actors, words)]
    return found + pobj_mentions(t.head, ["with"], actors, words)


def _place_of_where(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """ "in Beijing, where he arrived": the place the relative adverb stands for."""
    if t.dep_ != "relcl" or not any(c.lower_ == "where" for c in t.children):
        return []
    return mentions_at(t.head, actors, words)


def _condition_doers(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """ "will retaliate if Turkish jets enter its airspace": whoever the condition names as doer."""
    return [m for c in t.children
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for s in c.children if s.dep_ == "nsubj" for m in subject_mentions(s, actors, words)]


def _threat_conditions(t: Token, rule: TriggerRule, actors: DocActors, words: Words) -> list[Mention]:
    """The doers a threat's condition names, for a threat or an act threatened ("threatened to launch
    an offensive unless Somalia accepted"), on the act or on the threatening verb."""
    threatened = (t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive_clause(t))) \
        and t.head.lemma_.lower() in words.threatening_verbs
    if rule.type != "THREATEN" and not threatened:
        return []
    # ("threatened to close the border if Togo armed the rebels": the condition on the act threatened)
    acts = [c for c in t.children if c.dep_ == "xcomp" or infinitive_clause(c)] if rule.type == "THREATEN" else []
    return _condition_doers(t, actors, words) + (_condition_doers(t.head, actors, words) if threatened else []) \
        + [m for a in acts for m in _condition_doers(a, actors, words)]


def _refused_meeting_side(t: Token, words: Words, actors: DocActors) -> list[Mention]:
    """ "walked out of the talks with X": the other side of the meeting refused."""
    return [m for w in t.subtree if w.pos_ == "NOUN" and w.lemma_.lower() in words.meeting_nouns
            for m in pobj_mentions(w, ["with", "between"], actors, words)]


def _check_object_participants(rule: TriggerRule, objs: list[Token], actors: DocActors, words: Words,
                               out: Roles) -> None:
    """Apply the rule's demands on the object: a person-like participant, or any participant at all.
    A number or crowd word stands for whom it counts ("dozens of Kenyan migrants")."""
    object_mentions = [m for o in objs for c in _coordinated(partitive(o, words.collective_nouns))
                       if (m := actors.at(c)) is not None]
    if rule.person_object:
        # "hosted the minister", not "hosts Syrian refugees"
        kinds = ("person", "state", "org", "group", *(("organ",) if rule.people_object else ()))
        object_mentions = [m for m in object_mentions if m.kind in kinds or m.sector == "GOV"]
        if objs and not object_mentions:
            out.recipients = []
    if rule.infinitive and object_mentions and out.actors \
            and {m.code for m in object_mentions} <= {m.code for m in out.actors}:
        # "ordered Secretary of State Kerry to ...": a directive to one's own officials is domestic
        object_mentions, out.recipients = [], []
    if rule.actor_object and not object_mentions and any(
            o.lemma_.lower() in words.citizen_nouns and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                                                            for c in o.children) for o in objs):
        # "warned its citizens against travel to Iran": told to one's own people, no one else's act
        out.recipients = []
    if rule.actor_object and not object_mentions and not out.recipients:
        out.notes.append("object is not a participant")


def _relative_subject(verb: Token) -> bool:
    """Whether a verb's subject is a relative pronoun standing for the noun its clause is on."""
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJ and c.tag_ in ("WDT", "WP") for c in verb.children)


def _experiencer_roles(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """A verb of feeling: who feels it acts, the owner of what caused it receives."""
    felt = passive(t) or t.dep_ == "acomp"
    feelers = [c for c in t.children if c.dep_ == ("nsubjpass" if felt else "dobj")]
    causes = _prep_objects(t, ("by", "at", "with", "over", "about"), ("prep", "agent")) if felt \
        else [c for c in t.children if c.dep_ == "nsubj"]
    if felt and not feelers:
        feelers = _subjects(t.head if t.dep_ == "acomp" else t, words)[0]
    out.actors.extend(m for f in feelers for m in subject_mentions(f, actors, words))
    out.recipients.extend(m for c in causes for m in mentions_at(c, actors, words))


def _verb_roles(trig: Trigger, actors: DocActors, words: Words, kind: TypeRule, out: Roles) -> None:
    """A verb trigger: subjects (or a governing verb's) act; objects and type prepositions receive."""
    t = trig.token
    if trig.rule.experiencer:
        _experiencer_roles(t, actors, words, out)
        return
    if trig.rule.from_actor:
        # "condemned Russia, drawing a sharp rebuke from Moscow": Moscow rebukes whoever drew it
        out.actors.extend(m for h in (t, *(o for o in t.children if o.dep_ == "dobj"))
                          for m in pobj_mentions(h, ["from"], actors, words))
        out.recipients.extend(doers_of(t, actors, words))
        return
    subj_toks, inherited = _subjects(t, words)
    if inherited and t.dep_ == "ccomp" and trig.rule.type in FORCE_TYPES and passive(t):
        subj_toks = []  # "Lebanon said a shell was fired at it": force told in the passive names no doer
    out.inherited = inherited
    if _relative_subject(t):
        out.notes.append(RELATIVE_ANTECEDENT)
    for s in subj_toks:
        out.actors.extend(subject_mentions(s, actors, words))
    copula_claim = t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.head.pos_ == "AUX" and t.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    if copula_claim:
        out.actors = []  # "said Kenya's borders were Africa's and urged ...": not the borders' owner
    # the verb whose doer acts when the parse gives this one none: "hit back by cancelling the
    # meeting" (who hit back cancelled it); "X said the strikes were not enough and demanded ..."
    # (the parser joins the speaker's second verb to the reported clause: the speaker acts)
    means = t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX")
    second = t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.head.head.i != t.head.i
    if not out.actors and (means or second):
        for s in _subjects(t.head.head, words)[0]:
            out.actors.extend(subject_mentions(s, actors, words))
        out.inherited = True
    objs = _verb_objects(t, actors, words, out)
    # (the rule's own preposition on its object names the target too: "set fire to the Danish embassy")
    preps = [*kind.preps, *(p for p in trig.rule.object_prep if p not in kind.preps)]
    _verb_recipients(trig, objs, actors, words, preps, kind.symmetric, out)
    _further_verb_recipients(trig, objs, actors, words, kind, out)
    if trig.rule.type == "CONSULT" and t.lemma_.lower() in words.topic_verbs:
        # "discussed the Peruvian proposal": what is talked about is no party; a partner is told
        # by "with" or "between", on the verb or on what is discussed ("the crisis with Macron")
        told = {w.i for h in (t, *(o for o in t.children if o.dep_ == "dobj")) for p in h.children
                if p.dep_ == "prep" and p.lower_ in ("with", "between") for w in p.subtree}
        out.recipients = [m for m in out.recipients if m.start in told]
    _check_object_participants(trig.rule, objs, actors, words, out)


def _demonym_states(t: Token, actors: DocActors, reason: str) -> list[Mention]:
    """The states a demonym on ``t`` names ("Ugandan remarks" -> UGA), as mentions at ``t``."""
    return [Mention(t.i, t.i + 1, code, "GOV", "state", code, key=code, reason=reason, char_start=t.idx,
                    char_end=t.idx + len(t)) for code in actors.demonym_mods.get(t.i, [])]


def _modifier_owners(t: Token, actors: DocActors) -> list[Mention]:
    """States named by a noun's possessive, compound, adjective or demonym modifiers."""
    own: list[Mention] = []
    for c in t.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            # "Chilean-Peruvian talks", "the Japan-Korea Forum": every state in the modifier
            for w in c.subtree:
                # ("Algerian-mediated talks": the state on the participle, npadvmod)
                if w.dep_ in ("poss", "compound", "amod", "nmod", "conj", "punct", "npadvmod") or w.i == c.i:
                    m = actors.at(w)
                    # "the Minsk-format meeting", "the Cairo talks": a capital names a place or
                    # a format there, not a party
                    if m is not None and not m.reason.startswith("capital"):
                        own.extend(m.expand())
            if c.dep_ == "amod" and c.tag_ == "VBN":  # "Algerian-mediated talks"
                own.extend(_demonym_states(c, actors, f"demonym on '{c.text}' of '{t.text}'"))
    own.extend(_demonym_states(t, actors, f"demonym modifier of '{t.text}'"))
    return own


def _modifier_mentions(t: Token, actors: DocActors) -> list[Mention]:
    """Participants named among a noun's modifiers ("the U.S. House speaker" -> USA)."""
    found = [actors.at(w) for w in t.subtree if w.i < t.i and w.dep_ in ("compound", "amod", "det")]
    return [m for m in found if m is not None]


def _noun_agents(t: Token, actors: DocActors, words: Words,
                 own_act: Callable[[Token], bool] = lambda _: False) -> list[Mention]:
    """A noun's doers named by "by" (on it or on a participle), or by the subject of a relative clause.
    ``own_act``: whether a participle tells an act of its own ("talks praised by X": X did not talk)."""
    by = _prep_objects(t, ("by",), ("prep", "agent"))
    # "the letter sent by X to Y": look through a participle
    for c in t.children:
        if c.dep_ in ("acl", "relcl") and not own_act(c):
            by += _prep_objects(c, ("by",), ("agent", "prep"))
    # "the expulsion of Togo's ambassador by Ghana": the parser may hang the agent on the object
    by += [b for o in _prep_objects(t, ("of",)) for b in _prep_objects(o, ("by",))]
    # "talks between Chad and Niger, hosted by Algeria": a host's participle hung lower in the phrase
    # (or joined to another participle: "talks brokered by Brazil and hosted by Cuba")
    by += [b for w in t.subtree if w.lemma_.lower() in words.hosting_participles
           and ((w.dep_ == "acl" and w.head.i != t.i) or (w.dep_ == "conj" and w.head.dep_ == "acl"))
           for b in _prep_objects(w, ("by",), ("agent", "prep"))]
    # ("by the U.S. House speaker": a doer the lexicons lack is of the state its modifiers name)
    found = [m for b in by for m in mentions_at(b, actors, words, owner=False) or mentions_at(b, actors, words)
             or _modifier_mentions(b, actors)]
    for c in t.children:
        if c.dep_ == "relcl":
            for sub in c.children:
                if sub.dep_ == "nsubj":
                    found.extend(mentions_at(sub, actors, words, owner=False))
    return found


def _noun_recipients(t: Token, actors: DocActors, words: Words, preps: list[str]) -> list[Mention]:
    """Recipients after the type's prepositions (other than "by") on a noun or its participle."""
    rec_preps = [p for p in preps if p != "by"]
    rec_toks = _pobjs(t, rec_preps, words.talking_means)
    for c in t.children:
        if c.dep_ in ("acl", "relcl"):
            rec_toks += _pobjs(c, rec_preps, words.talking_means)
    found = [m for r in rec_toks for m in mentions_at(r, actors, words)]
    if not found:
        # "a suspension of flights to Peru": the preposition on what the act is of
        found = [m for o in _prep_objects(t, ("of",)) for r in _pobjs(o, rec_preps, words.talking_means)
                 for m in mentions_at(r, actors, words)]
    return found


def _participation_roles(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """A noun after "part in"/"role in" and the like: the doer is the subject of that participation;
    after "had nothing to do with", the subject of "had" (the act then denied: ``via`` is "nothing")."""
    if out.actors or t.dep_ != "pobj":
        return
    do = t.head.head
    if t.head.lower_ == "with" and do.lemma_.lower() == "do" and do.head.lower_ == "nothing" \
            and do.head.dep_ in ("dobj", "attr") and do.head.head.pos_ in ("VERB", "AUX"):
        subj_toks, _ = _subjects(do.head.head, words)
        out.actors.extend(m for s_ in subj_toks for m in mentions_at(s_, actors, words, owner=False))
        out.via = do.head
        return
    if t.head.lower_ not in ("in", "for"):
        return
    part = t.head.head
    if part.pos_ in ("VERB", "AUX"):  # "played no part in the attack", the phrase hung on the verb
        part = next((o for o in part.children if o.dep_ == "dobj"), part)
    if part.lemma_.lower() in words.participation_nouns:
        verb = part.head if part.dep_ in ("dobj", "attr", "nsubj") else part
        subj_toks, _ = _subjects(verb, words)
        for s_ in subj_toks:
            out.actors.extend(mentions_at(s_, actors, words, owner=False))
        out.via = part


def clause_verb(t: Token, words: Words) -> tuple[Token, bool]:
    """The verb a noun hangs on (through prepositions and nouns), and whether a scene preposition intervenes."""
    head = t.head
    scene = t.dep_ == "pobj" and head.lower_ in words.clause_scene_preps
    if t.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    steps = 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 4:
        scene = scene or (head.dep_ == "prep" and head.lower_ in words.clause_scene_preps)
        head = head.head
        steps += 1
    return head, scene


def _light_verb_roles(trig: Trigger, actors: DocActors, words: Words, kind: TypeRule, light_verbs: frozenset[str],
                      out: Roles) -> None:
    """A noun short of doers that is a verb's object or subject borrows that verb's subject and recipients."""
    t, rule = trig.token, trig.rule
    symmetric = kind.symmetric
    # (a meeting noun with two sides of its own, "Pelosi's visit to Taipei", borrows no one: the
    # clause around it is another's act, "Beijing launched drills in retaliation for ...")
    # (nor does a journey with its traveller named: "respond to the visit by X" is X's visit, to no one named)
    journey = t.lemma_.lower() in words.destination_words | words.journey_verbs and t.pos_ == "NOUN"
    sides = len({m.code for m in out.actors + out.recipients})
    if not ((not out.actors or (symmetric and sides < 2 and not journey)) and t.dep_ in (
            "dobj", "nsubjpass", "attr", "pobj", "nsubj")):
        return
    if symmetric and sides >= 2 and t.head.lemma_.lower() in words.reacting_verbs:
        return  # "the EU welcomed a call between Serbia and Kosovo": the welcomer was not on the call
    # "held talks", "imposed sanctions", "the talks were held", "came to an agreement"
    head, scene = clause_verb(t, words)
    # "sent condolences after the attack": the sender did not attack; an act that needs
    # an owner takes the verb's subject only through a light verb ("carried out attacks")
    # (a meeting beside the clause is still the subject's: "after talks with X, A and B agreed")
    borrow = (not scene or symmetric) and (not rule.owned or head.lemma_.lower() in light_verbs)
    if head.pos_ in ("VERB", "AUX") and t.dep_ != "nsubj" and borrow:
        subj_toks, inherited = _subjects(head, words)
        for s in subj_toks:
            out.actors.extend(subject_mentions(s, actors, words))
        out.inherited = inherited
        if _relative_subject(head):
            out.notes.append(RELATIVE_ANTECEDENT)
        out.recipients.extend(pobj_mentions(head, kind.preps, actors, words))
        if rule.mode == "phone" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and t.head.head.i == head.i:
            # "in a phone call, Biden pressed Netanyahu for ...": whom the verb addresses was on the call
            # (a party named by the object itself, not a thing it owns: "sought Chinese money")
            out.recipients.extend(m for o in head.children if o.dep_ in ("dobj", "dative")
                                  if (m := actors.at(o)) is not None and m.kind in ("person", "state", "org"))
    elif t.dep_ == "nsubj" and symmetric and head.lemma_.lower() in words.gathering_verbs:
        # "a summit ... brought together Rwanda and Congo": whom the meeting gathered
        out.recipients.extend(m for o in head.children if o.dep_ == "dobj" for m in mentions_at(o, actors, words))
    if t.dep_ == "nsubj" and symmetric and head.lemma_.lower() in words.hosting_participles:
        # "the meeting of X and Y, convened in Abuja by the AU, ended ...", parsed with the
        # participle as the verb: its agent hosts the meeting
        out.recipients.extend(m for b in _prep_objects(head, ("by",), ("agent",))
                              for m in mentions_at(b, actors, words, owner=False))


def _lower_with_partners(t: Token, actors: DocActors, words: Words) -> list[Mention]:
    """Partners after a "with" anywhere lower under a noun, hanging on another noun."""
    # "had no contact of any sort with the Canadians": the preposition may hang lower
    return [m for w in t.subtree
            if w.dep_ == "prep" and w.lower_ == "with" and w.head.i != t.i and w.head.pos_ != "VERB"
            for p in _pobj_children(w) for m in mentions_at(p, actors, words)]


def _noun_roles(trig: Trigger, actors: DocActors, words: Words, kind: TypeRule, light_verbs: frozenset[str],
                out: Roles, own_act: Callable[[Token], bool] = lambda _: False) -> None:
    """A noun trigger: modifiers and "by" give doers, type prepositions recipients, else a light verb's."""
    t = trig.token
    if t.dep_ == "compound" and t.head.lemma_.lower() in words.frame_nouns and t.head.pos_ == "NOUN":
        # "launched a mediation effort between Chad and Sudan": the effort's phrase is the act's
        trig = dataclasses.replace(trig, token=t.head)
        t = trig.token
    symmetric = kind.symmetric
    if trig.rule.type == "REQUEST" and t.dep_ == "pobj" and t.head.lower_ == "at" and _prep_objects(t, ("of",)):
        # "postponed the vote at the urging of Macron", "sent troops at the request of its
        # government": who asked is the "of"; who acted on it was asked
        out.actors = [m for p in _prep_objects(t, ("of",)) for m in mentions_at(p, actors, words)]
        out.recipients = doers_of(t.head.head, actors, words)
        return
    if trig.rule.type == "REQUEST" and answered_request(t, words):
        # "rejected calls from the UN and Washington to take control": the callers asked it of
        # whoever answers the call
        out.actors = [m for p in _prep_objects(t, ("from",)) for m in mentions_at(p, actors, words)]
        out.recipients = doers_of(t.head, actors, words)
        return
    own = _modifier_owners(t, actors)
    out.actors.extend(_noun_agents(t, actors, words, own_act))
    if trig.rule.type == "CONSULT" and t.lemma_.lower() in words.destination_words | words.journey_verbs:
        # "the visit of the Israeli foreign minister to Rabat": who is "of" a journey made it
        out.actors.extend(m for o in _prep_objects(t, ("of",)) for m in mentions_at(o, actors, words)
                          if m.kind in ("person", "organ"))
    out.recipients.extend(_noun_recipients(t, actors, words, kind.preps))
    if symmetric:
        out.actors.extend(own)
    elif own:
        out.actors = own + out.actors
    _participation_roles(t, actors, words, out)
    _light_verb_roles(trig, actors, words, kind, light_verbs, out)
    if trig.rule.subject_of and t.dep_ in ("nsubj", "nsubjpass"):
        # "the truce (brokered by Qatar) took hold between Israel and Hamas": the parties are the
        # noun's or the verb's "between", not who brokered it
        verb = t.head
        out.actors = own
        out.recipients = [m for head in (t, verb, *(c for c in verb.children if c.dep_ == "dobj"))
                          for m in pobj_mentions(head, ["between"], actors, words)]
    if symmetric and not out.recipients:
        out.recipients.extend(_lower_with_partners(t, actors, words))


def _caller(t: Token, words: Words) -> Token | None:
    """The judging verb an evaluative word is said through ("called the move reckless",
    "described the arrest as an outrage"), if any."""
    h = t
    if t.dep_ in ("pobj", "amod") and t.head.lower_ == "as":
        h = t.head.head  # the verb, or the thing described on its way to the verb
    if h.dep_ == "amod" and h.i > h.head.i and h.head.dep_ == "dobj":
        # "called the remarks petty" parsed with the word modifying the noun before it: an
        # English adjective after its noun is the verb's complement
        h = h.head.head
    elif h.dep_ == "amod" and h.head.lemma_.lower() in words.judgment_heads:
        h = h.head  # "called the move a reckless act": the judging word is said through the act noun
    for _ in range(3):
        if h.dep_ not in ("conj", "oprd", "acomp", "ccomp", "xcomp", "dobj", "attr", "advcl", "npadvmod") \
                or h.head.i == h.i:
            break
        h = h.head
        if h.pos_ == "VERB":
            break
    if called_gerund(h, words):
        h = h.head  # "called the shelling a war crime", with the shelling parsed as a verb
    return h if h.pos_ == "VERB" and h.i < t.i and h.lemma_.lower() in words.calling_verbs else None


def _called_roles(verb: Token, t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "X called Y's remarks reckless": X judges, the owners named between the verb and the
    word are judged (read on the words in between, which the parser often misattaches)."""
    judge = reporters_participle(verb) or verb  # "..., calling the move illegal" after a reported clause
    subj_toks = _subjects(judge, words)[0] or ([verb.head] if verb.dep_ == "acl" else [])
    for s_ in subj_toks:
        out.actors.extend(mentions_at(s_, actors, words, owner=False))
    # "called the killing of its general an act of terrorism by Washington": whose act it is
    by = [m for g in _prep_objects(t, ("by",), ("prep", "agent")) for m in mentions_at(g, actors, words, owner=False)]
    out.recipients.extend(by)
    for w in verb.doc[verb.i + 1:t.i + 1] if not by else ():
        m = actors.at(w) if w.i < t.i else None
        # ("called the Cairo talks a farce": a capital names a place; "Delhi's remarks": its state)
        if m is not None and (not m.reason.startswith("capital") or _possessor(w)):
            out.recipients.extend(m.expand())
        # ("called the Venezuelan response inhuman", parsed with the demonym on the word itself)
        out.recipients.extend(_demonym_states(w, actors, "demonym"))


def _possessor(w: Token) -> bool:
    """Whether a name is a possessor ("Delhi's remarks")."""
    return w.dep_ == "poss" or any(c.dep_ == "case" for c in w.children)


def _judging_verb_roles(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "Kenya said the treaty between Uganda and Tanzania breaches its rights": the speaker judges;
    the judged is the verb's subject, or its owner (a definite act noun with no owner is resolved
    later, to the doer of the act it refers back to)."""
    said = said_through(t, words)
    if said is not None:
        out.actors.extend(_speaker_mentions(said, actors, words))
    for subj in (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
        out.recipients.extend(mentions_at(subj, actors, words, owner=False))
        out.recipients.extend(_modifier_owners(subj, actors))
        # "the treaty between Uganda and Tanzania", "the strike by Turkey": its parties
        for p in (c for c in subj.children if c.dep_ in ("prep", "agent") and c.lower_ in ("between", "by", "of")):
            for g in (g for g in p.children if g.dep_ == "pobj"):
                out.recipients.extend(mentions_at(g, actors, words, owner=False))


def judged_thing(t: Token) -> Token | None:
    """The thing an evaluative word (at its judging position) judges: the noun it modifies, the
    object of the verb it is said through ("called the raid a violation"), the subject of its
    copula ("the blockade was illegal") or what it describes ("described Togo's move as an outrage")."""
    if t.pos_ in ("VERB", "AUX") and t.dep_ != "oprd":
        return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if t.dep_ == "amod":
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "NOUN":
        return t.head.head
    # ("likened Ecuador's leader to a dictator": the object of the verb the "to" hangs on)
    kids = list(t.head.head.children if t.dep_ == "pobj" and t.head.lower_ in ("to", "with") else t.head.children)
    return next((c for c in kids if c.dep_ == "dobj"), None) or next(
        (c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)


def _adjective_roles(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """An evaluative adjective: the recipient owns the thing judged; a caller of it so is the actor."""
    verb = _caller(t, words)
    if verb is not None:
        _called_roles(verb, t, actors, words, out)
        return
    if t.lemma_.lower() in words.blame_adjectives:
        # "Togo is responsible for security": blame names its target through a judging verb, or a speaker
        # saying so ("Seoul said Tokyo was fully responsible for the collision": Seoul blames Tokyo)
        said = said_through(t.head, words) if t.dep_ == "acomp" and t.head.pos_ == "AUX" else None
        if said is not None:
            out.actors.extend(_speaker_mentions(said, actors, words))
            for subj in (c for c in t.head.children if c.dep_ == "nsubj"):
                out.recipients.extend(mentions_at(subj, actors, words, owner=False))
        return
    noun = judged_thing(t)
    if t.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and any(c.dep_ == "dobj" for c in t.head.children):
        # "called Ruto's comments reckless": the caller accuses the owner of the remarks
        subj_toks, _ = _subjects(t.head, words)
        for s_ in subj_toks:
            out.actors.extend(mentions_at(s_, actors, words, owner=False))
    if noun is not None:
        m0 = actors.at(noun)
        if m0 is not None and noun.dep_ == "dobj":
            out.recipients.extend(m0.expand())
        for c in noun.children:
            if c.dep_ in ("poss", "compound") and actors.at(c) is not None:
                out.recipients.extend(mentions_at(c, actors, words, owner=False))
        out.recipients.extend(_demonym_states(noun, actors, "demonym"))


def roles_of(trig: Trigger, actors: DocActors, words: Words, rules: RuleSet,
             light_verbs: frozenset[str] = frozenset()) -> Roles:
    """The actors and recipients of a trigger. ``words``: the word lists of ``rules/words.yaml``."""
    kind = rules.types[trig.rule.type]
    out = Roles()
    if trig.rule.pos == "VERB" and trig.rule.judgment:
        _judging_verb_roles(trig.token, actors, words, out)
    elif trig.rule.pos == "VERB":
        _verb_roles(trig, actors, words, kind, out)
        if trig.rule.type in ("ACCUSE", "SUPPORT", "REJECT"):
            _apposed_act(trig.token, actors, words, out)
            _judged_meeting(trig.token, actors, words, out)
        if trig.rule.type == "ACCUSE":
            _complaint_topic(trig.token, actors, words, out)
        elif not kind.symmetric:
            _crowd_target(trig.token, actors, words, out)
        if trig.rule.type == "REQUEST":
            _asked_of(trig.token, actors, words, out)
        if trig.rule.type in ("REQUEST", "CONCEDE", "SUPPORT", "ACCUSE", "THREATEN"):
            # ("called Aliyev to apologise", "phoned Ruto to congratulate him")
            _purpose_addressee(trig.token, actors, words, out)
    elif not trig.rule.evaluative:
        def own_act(v: Token) -> bool:
            """A participle telling a directed act on a meeting ("talks praised by X")."""
            return kind.symmetric and any(not rules.types[r.type].symmetric
                                          for r in rules.by_lemma.get((v.lemma_.lower(), "VERB"), []))
        _noun_roles(trig, actors, words, kind, light_verbs, out, own_act)
    else:  # an evaluative word; the recipient owns the thing judged
        t = judging_position(trig.token, words) or trig.token
        while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("ADJ", "NOUN") and not misparsed_call(t, words):
            t = t.head  # "petty and deeply insulting": the second word stands where the first does
        _adjective_roles(t, actors, words, out)
    return out


def answered_request(t: Token, words: Words) -> bool:
    """Whether a request noun is "from" someone and the object of a verb of answering it ("rejected
    calls from the UN to take control", "accepted a request from Kenya"): the request of those it is
    from, made of whoever answers."""
    return t.dep_ == "dobj" and t.head.lemma_.lower() in words.accepting_verbs and bool(_prep_objects(t, ("from",)))


def _asked_of(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "demanded that Israel ease restrictions on Palestinian workers", "reiterated its demand that
    Israel ease ...": a request is made of the subject of the "that" clause it asks for, not of the
    parties named in what is asked."""
    clauses = [c for c in t.children if c.dep_ == "ccomp"]
    clauses += [c for o in t.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "ccomp")]
    mine = {m.code for m in out.actors}
    asked = [m for c in clauses if any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
             for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass")
             for m in mentions_at(s_, actors, words, owner=False) if m.code not in mine]
    if asked:
        out.recipients = asked


def _apposed_act(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "Israel struck the consulate, a move Tehran denounced": a judgment in a relative clause on an act
    noun set beside a clause judges whoever did that clause's act."""
    noun = t.head
    if t.dep_ != "relcl" or noun.lemma_.lower() not in words.act_nouns \
            or noun.dep_ not in ("npadvmod", "appos") or noun.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
        return
    mine = {m.code for m in out.actors}
    doers = [m for m in doers_of(noun.head, actors, words) if m.code not in mine]
    if doers:
        out.recipients = doers


def _judged_meeting(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "The EU welcomed a phone call between Serbia and Kosovo": a meeting between two sides, judged,
    judges both sides."""
    if out.recipients:
        return
    mine = {m.code for m in out.actors}
    out.recipients = [m for o in t.children if o.dep_ == "dobj"
                      for m in pobj_mentions(o, ["between"], actors, words) if m.code not in mine]


def _purpose_addressee(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "summoned Iran's ambassador to demand the release of the ship", "spoke with Maduro, urging
    restraint", "called Aliyev to apologise": a request (an apology, praise, a rebuke, a warning) made
    in the purpose or the participle of an act done to or with someone, and naming no one it is made
    to, is made to them."""
    if out.recipients or t.dep_ != "advcl" or not (to_infinitive(t) or t.tag_ == "VBG"):
        return
    head = t.head
    heard = [o for o in head.children if o.dep_ in ("dobj", "dative")]
    heard += _prep_objects(head, ("with", "to"))
    mine = {m.code for m in out.actors}
    out.recipients = [m for o in heard for m in mentions_at(o, actors, words) if m.code not in mine]
    if out.recipients and "object is not a participant" in out.notes:
        out.notes.remove("object is not a participant")  # ("urging restraint": what is asked, not of whom)


def _crowd_target(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "fired tear gas at protesters outside the Danish embassy", "to disperse demonstrators marching
    against the deal with X": an act done to a crowd is aimed at the people named on the crowd's noun
    ("Palestinian protesters"), none when it names none (the crowd is the doer's own: domestic)."""
    verbs = [t, *(c for c in t.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c))]
    objs = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    objs += [g for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in words.victim_preps
             for g in p.children if g.dep_ == "pobj"]
    crowds = [o for o in objs if o.lemma_.lower() in words.crowd_nouns or o.lower_ in words.crowd_nouns]
    # ("a crowd of Somali refugees": the people the crowd is of)
    people = [p for c in crowds for p in {c, partitive(c, words.collective_nouns)}]
    if crowds:
        out.notes.append(AT_A_CROWD)
        out.recipients = [m for c in people for m in (*mentions_at(c, actors, words, owner=False),
                                                      *_modifier_owners(c, actors))]


def _complaint_topic(t: Token, actors: DocActors, words: Words, out: Roles) -> None:
    """ "complained to the Arab League over Syrian fire": the parties its "about"/"over" phrase names are
    the target, instead of whom the complaint is made to."""
    mine = {m.code for m in out.actors}
    about = [m for p in t.children if p.dep_ == "prep" and p.lower_ in words.complaint_preps
             for m in complement_parties(p, actors, words, mine)]
    judged = {w.i for o in t.children if o.dep_ == "dobj" for w in o.subtree}
    if about and any(m.end - 1 in judged and m.code not in mine for m in out.recipients):
        return  # "criticised the US over its treatment of Iran": the one criticised is named
    if about:
        out.recipients = about
    elif not [m for m in out.recipients if m.code not in mine]:
        # "voiced concern over Peru's buildup": the phrase hangs on the complaint's noun
        out.recipients += [m for o in t.children if o.dep_ == "dobj" for p in o.children
                           if p.dep_ == "prep" and p.lower_ in words.complaint_preps
                           for m in complement_parties(p, actors, words, mine)]


def subjects_of(verb: Token, words: Words) -> list[Token]:
    """The subject tokens of a verb (climbing to governing verbs when it has none)."""
    return _subjects(verb, words)[0]


def doers_of(verb: Token, actors: DocActors, words: Words) -> list[Mention]:
    """The participants a verb's subjects stand for (:func:`subjects_of`, :func:`subject_mentions`)."""
    return [m for s in _subjects(verb, words)[0] for m in subject_mentions(s, actors, words)]


def _speaker_mentions(said: Token, actors: DocActors, words: Words) -> list[Mention]:
    """Who says what a verb of saying reports: its subjects, as named (no owner)."""
    return [m for s in _subjects(said, words)[0] for m in mentions_at(s, actors, words, owner=False)]


#: dependents of an act that say what it is done to or about; its subject, time, manner and the
#: clauses around it are not
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "xcomp", "prep", "attr", "oprd", "acomp", "pobj", "acl"})
#: inside a complement, the dependents that open another scene ("after X attacked"), describe the
#: thing ("a country it courts as a partner") or name a
#: party of the thing rather than its target ("African Union-mediated talks")
COMPLEMENT_STOPS = frozenset({"advcl", "relcl", "agent", "appos", "parataxis", "amod"})


def complement_parties(tok: Token, actors: DocActors, words: Words, mine: set[str | None],
                       acts: Collection[int] = ()) -> list[Mention]:
    """The participants named inside what a directed act is done to or about, when its clause
    names no target: "suspended air links with Serbia", "imposed sanctions on a faction that
    controls Kabul", "rejected a call for troops to be sent to Haiti". The parties named closest
    to the act in the parse (with their conjuncts) are taken; a scene phrase ("after talks with X",
    "during a visit to Y") and another subject's clause are not searched, and a pronoun standing
    for the target ("killed 20 of them") ends the search. ``acts``: tokens of acts whose own
    parties are not searched ("condemned the attack on Togo's embassy" does not judge Togo)."""
    level = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS
             and not (c.dep_ == "prep" and c.lower_ in words.phrase_scene_preps)]
    while level:
        found = [m for t in level for m in mentions_at(t, actors, words, owner=False)]
        found += [m for t in level for m in _demonym_states(t, actors, f"named in the object of '{tok.text}'")]
        # (a capital in the phrase names where, "talks in Addis Ababa", not with whom; one that owns
        # something is its state, "over Tokyo's decision")
        others = [m for m in found if m.code and m.code not in mine
                  and not (m.reason.startswith("capital") and tok.doc[m.end - 1].dep_ != "poss")]
        if others:
            seen: dict[str, Mention] = {}
            for m in sorted(others, key=lambda m: m.start):
                seen.setdefault(m.code or "", m)
            return list(seen.values())
        if any(t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj", "dative") and not t.lower_.endswith(("self", "selves"))
               for t in level):
            return []  # (a reflexive, "defend itself", stands for the doer, not the target)
        level = [c for t in level if t.i not in acts for c in t.children if c.dep_ not in COMPLEMENT_STOPS
                 and not (c.dep_ == "prep" and c.lower_ in words.phrase_scene_preps)]
    return []
