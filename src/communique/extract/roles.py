"""Roles: who did it and to whom, read off the dependency parse around a trigger.

Verbs: subjects (and passive ``by``-agents) are actors; direct objects and the prepositions the
event type lists (``with``, ``to``, ``on``, ``against`` ...) give recipients. A verb without a
subject of its own borrows the subject of the verb it depends on ("... and agreed to",
"expressing willingness to cooperate with Germany"). Nouns: possessives, compounds and demonyms
("Washington's sanctions", "US sanctions", "Russian-Turkish talks") and ``by`` give actors; the
type's prepositions give recipients; a noun that is the object of a light verb ("held talks",
"imposed sanctions") takes that verb's subject.

Coordination ("Putin and Erdogan", "between Baku and Yerevan") and appositions ("my colleague,
Foreign Minister ... Cavusoglu") are expanded; a thing owned by a participant stands for it
("praised Turkey's determination" -> TUR; "the efforts of the Libyan government" -> LBY).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.extract.rules import RuleSet
from communique.extract.triggers import Trigger
from communique.resolve.actors import DocActors, Mention

__all__ = ["Roles", "mentions_at", "roles_of", "subjects_of"]

SUBJ = ("nsubj", "csubj")
BORDERS = {"border", "frontier", "boundary"}
#: nouns for many people, whose "of" names who they are
COLLECTIVES = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds", "group",
               "groups", "million", "millions", "number", "delegation", "team"}
#: nouns for texts that speak for whoever issued them
DOCUMENTS = {"report", "statement", "communique", "communiqué", "letter", "document", "dossier", "study",
             "declaration", "memorandum", "note", "white paper"}
#: "on the orders of X", "at the behest of X": X is the doer of a passive act
ORDER_WORDS = {"order", "orders", "behest", "instruction", "instructions", "command"}
#: "X had no part in the attack", "denied any hand in it": the noun's doer is the subject of these
PARTICIPATION = {"part", "role", "hand", "involvement", "responsibility", "share"}
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
            # "the US, Russia, and Switzerland" is often parsed as an apposition with a conjunct
            out.extend(_coordinated(c))
    return out


def mentions_at(tok: Token, actors: DocActors, *, owner: bool = True, depth: int = 0) -> list[Mention]:
    """Participants a token stands for: its mention, its conjuncts, or (with ``owner``) its owner."""
    found: list[Mention] = []
    for t in _coordinated(tok):
        m = actors.at(t)
        if m is not None:
            found.extend(m.expand())
            if m.reason.startswith("title"):
                # "Envoys of Iran, Britain and France": a title may name several states
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                found.extend(mentions_at(p, actors, owner=False, depth=depth + 1))
            continue
        if owner:
            for code in actors.demonym_mods.get(t.i, []):
                # "beef imports from Australian meatworks" -> AUS
                found.append(Mention(t.i, t.i + 1, code, "UNK", "state", t.text, key=code,
                                     reason=f"demonym modifier of '{t.text}'", char_start=t.idx,
                                     char_end=t.idx + len(t)))
        # "neither Russia nor Syria": 'nor' coordination shows as conj too; handled above
        if owner and depth < 2:
            for c in t.children:
                if c.dep_ == "poss":
                    found.extend(mentions_at(c, actors, owner=False, depth=depth + 1))
                elif c.dep_ == "prep" and (c.lower_ in ("of", "by", "from") or (
                        c.lower_ == "with" and t.lemma_.lower() in BORDERS)):  # "the border with Somalia"
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found.extend(mentions_at(p, actors, owner=True, depth=depth + 1))
                elif c.dep_ == "compound":
                    m2 = actors.at(c)
                    if m2 is not None:
                        found.extend(m2.expand())
                elif c.dep_ in ("acl", "relcl"):
                    # "proposals put forward by Egypt", "barley shipped from Australia",
                    # "a report released in the Rwandan capital"
                    for a in c.children:
                        if a.dep_ in ("agent", "prep") and (a.lower_ in ("by", "from") or (
                                a.lower_ == "in" and t.lemma_.lower() in DOCUMENTS)):
                            for p in a.children:
                                if p.dep_ == "pobj":
                                    found.extend(mentions_at(p, actors, owner=a.lower_ == "in", depth=depth + 1))
    return found


def subject_mentions(s: Token, actors: DocActors) -> list[Mention]:
    """The participants a subject stands for, through its owner when it is not one itself:
    "his team", "Tehran's negotiators", "the United Nations inspectors", "US and British activists";
    a document speaks for whoever issued it ("a report released in Kigali alleged ...")."""
    found = mentions_at(s, actors, owner=s.lemma_.lower() in DOCUMENTS)
    if not found:
        found = [m for c in s.children if c.dep_ in ("poss", "compound", "nmod")
                 for m in mentions_at(c, actors, owner=False)]
        if s.lemma_.lower() in COLLECTIVES:
            # "thousands of Armenians", "a crowd of protesters from Serbia"
            found += [m for c in s.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                      for p in c.children if p.dep_ == "pobj" for m in mentions_at(p, actors)]
        found += [Mention(s.i, s.i + 1, code, "UNK", "state", s.text, key=code,
                          reason=f"demonym modifier of '{s.text}'", char_start=s.idx,
                          char_end=s.idx + len(s)) for code in actors.demonym_mods.get(s.i, [])]
    return found


def _pobjs(head: Token, preps: list[str]) -> list[Token]:
    out: list[Token] = []
    kids = list(head.children)
    # "handed the pilot back to India": the preposition hangs on the particle
    kids += [g for c in kids if c.dep_ in ("prt", "advmod") for g in c.children]
    for c in kids:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(c)
    return out


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a verb, climbing to governing verbs when it has none."""
    t = verb
    for depth in range(MAX_CLIMB):
        subs = [c for c in t.children if c.dep_ in SUBJ]
        agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if subs or agents:
            return subs + agents, depth > 0
        if depth > 0:
            # "Obama is scheduled to attend": the passive subject of a raising verb
            passive_subs = [c for c in t.children if c.dep_ == "nsubjpass"]
            if passive_subs:
                return passive_subs, True
        if depth == 0:
            # "Barack Obama and Vladimir Putin met": a capitalised first name misparsed as a
            # preposition leaves the verb without a subject; take the name it heads
            lead = [c for c in t.lefts if c.dep_ == "prep" and c.i == c.sent.start and c.text[:1].isupper()]
            if lead:
                return [p for c in lead for p in c.children if p.dep_ == "pobj"], False
        if t.dep_ == "relcl":
            if any(c.dep_ == "auxpass" for c in t.children):
                # "Soleimani, who was killed on the orders of Trump": the head suffered it
                orders = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                          for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in ORDER_WORDS
                          for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                          for p in of.children if p.dep_ == "pobj"]
                return orders, True
            return [t.head], True
        if t.dep_ == "pcomp":
            # "by the US imposing sanctions": the gerund's subject is the preposition's object
            before = [c for c in t.head.children if c.dep_ == "pobj" and c.i < t.i]
            if before:
                return before, depth > 0
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "dep") and t.head.i != t.i:
            t = t.head
            continue
        break
    return [], False


#: prepositions that set an act beside the clause's own ("after the attack", "during talks")
SCENE_PREPS = {"after", "before", "following", "amid", "despite", "since", "ahead"}


def roles_of(trig: Trigger, actors: DocActors, rules: RuleSet, light_verbs: frozenset[str] = frozenset()) -> Roles:
    """The actors and recipients of a trigger."""
    t = trig.token
    rule = trig.rule
    preps = rules.types[rule.type].preps
    out = Roles()
    if rule.pos == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        subj_toks, inherited = _subjects(t)
        out.inherited = inherited
        for s in subj_toks:
            out.actors.extend(subject_mentions(s, actors))
        objs = [c for c in t.children if c.dep_ in ("dobj", "dative", "iobj")]
        if passive:
            objs += [c for c in t.children if c.dep_ == "nsubjpass"]
            if t.dep_ == "relcl":
                objs.append(t.head)
            # "was killed ... on the orders of X"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "at"):
                    for o in c.children:
                        if o.dep_ == "pobj" and o.lemma_.lower() in ORDER_WORDS:
                            for of in o.children:
                                if of.dep_ == "prep" and of.lower_ == "of":
                                    for p in of.children:
                                        if p.dep_ == "pobj":
                                            out.actors.extend(mentions_at(p, actors, owner=False))
        for o in objs:
            if trig.object is not None and o.i == trig.object.i:
                # light verb + noun: recipients hang on the noun ("sanctions on Turkey")
                for p in _pobjs(o, preps):
                    out.recipients.extend(mentions_at(p, actors))
                for c in o.children:
                    if c.dep_ in ("compound", "amod", "poss") and actors.at(c) is not None \
                            and rules.types[rule.type].symmetric:
                        out.recipients.extend(mentions_at(c, actors, owner=False))
                continue
            out.recipients.extend(mentions_at(o, actors))
        for p in _pobjs(t, preps):
            out.recipients.extend(mentions_at(p, actors))
        # "signed an agreement with X": the preposition may hang on the object noun
        if not out.others() and rule.type != "CONSULT":
            # (not for meetings: "discussed the process with Armenia" is a topic, not a party)
            for o in objs:
                for p in _pobjs(o, preps):
                    out.recipients.extend(mentions_at(p, actors))
        if not out.others() and trig.object is not None:
            # "expressed willingness to cooperate with Germany"
            scope = list(trig.object.subtree)
            if trig.object.dep_ == "nsubj":
                scope = list(trig.object.head.subtree)
            for w in scope:
                if w.dep_ == "prep" and w.lower_ in preps and w.head.i != t.i:
                    for p in w.children:
                        if p.dep_ == "pobj":
                            out.recipients.extend(mentions_at(p, actors))
        if not out.others() and rules.types[rule.type].symmetric:
            # "agreed to cooperate with Argentina"; "promised to help Argentina" (a promise's object)
            for v in t.children:
                if v.dep_ == "xcomp" and v.pos_ in ("VERB", "AUX"):
                    for p in _pobjs(v, ["with"]):
                        out.recipients.extend(mentions_at(p, actors))
                    if rule.complement_party:
                        for c in v.children:
                            if c.dep_ in ("dobj", "dative"):
                                out.recipients.extend(mentions_at(c, actors))
        if not out.others() and not rules.types[rule.type].symmetric:
            # "refused to sit down with the U.S. team", "urged X to ...", "warned that the South would"
            for v in t.children:
                if v.dep_ in ("xcomp", "ccomp") and v.pos_ in ("VERB", "AUX"):
                    for c in v.children:
                        if c.dep_ in ("dobj",) or (c.dep_ in ("nsubj",) and v.dep_ == "ccomp"
                                                   and rule.type in ("THREATEN", "REQUEST", "ACCUSE")):
                            out.recipients.extend(mentions_at(c, actors))
                    for p in _pobjs(v, [*preps, "with"]):
                        out.recipients.extend(mentions_at(p, actors))
                    # "threatened to take countermeasures against South Korea"
                    for o in v.children:
                        if o.dep_ == "dobj":
                            for p in _pobjs(o, [x for x in preps if x in ("against", "on", "at")]):
                                out.recipients.extend(mentions_at(p, actors))
        if not out.others() and t.dep_ in ("xcomp", "advcl") and t.head.pos_ == "VERB":
            # "wrote to Putin to express regret": the recipient hangs on the governing verb
            for p in _pobjs(t.head, [x for x in preps if x in ("to", "with")]):
                out.recipients.extend(mentions_at(p, actors))
        if not out.others() and not rules.types[rule.type].symmetric:
            # "criticized as illegal the US sanctions": whoever owns what the act is aimed at
            for c in t.children:
                targets = [c] if c.dep_ in ("dobj",) else [p for p in c.children if p.dep_ == "pobj"] \
                    if c.dep_ == "prep" and c.lower_ in ("as", "over", "toward", "towards", "at") else []
                for x in targets:
                    out.recipients.extend(mentions_at(x, actors))
        object_mentions = [m for o in objs for c in _coordinated(o) if (m := actors.at(c)) is not None]
        if rule.person_object:
            # "hosted the minister", not "hosts Syrian refugees"
            object_mentions = [m for m in object_mentions if m.kind in ("person", "state", "org")
                               or m.sector == "GOV"]
            if objs and not object_mentions:
                out.recipients = []
        if rule.actor_object and not object_mentions and not out.recipients:
            out.notes.append("object is not a participant")
    elif rule.pos == "NOUN":
        own: list[Mention] = []
        for c in t.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                # "Russian-Turkish talks", "the Australia-China Dialogue": every state in the modifier
                for w in c.subtree:
                    if w.dep_ in ("poss", "compound", "amod", "nmod", "conj", "punct") or w.i == c.i:
                        m = actors.at(w)
                        # "the Astana-format meeting", "the Moscow talks": a capital names a place or
                        # a format there, not a party
                        if m is not None and not m.reason.startswith("capital"):
                            own.extend(m.expand())
        for code in actors.demonym_mods.get(t.i, []):
            own.append(Mention(t.i, t.i + 1, code, "GOV", "state", code, key=code,
                               reason=f"demonym modifier of '{t.text}'", char_start=t.idx,
                               char_end=t.idx + len(t)))
        by = [p for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"]
        # "the appeal addressed by X to Y": look through a participle
        for c in t.children:
            if c.dep_ in ("acl", "relcl"):
                by += [p for a in c.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"
                       for p in a.children if p.dep_ == "pobj"]
        for b in by:
            out.actors.extend(mentions_at(b, actors, owner=False))
        for c in t.children:
            if c.dep_ == "relcl":
                for sub in c.children:
                    if sub.dep_ == "nsubj":
                        out.actors.extend(mentions_at(sub, actors, owner=False))
        rec_toks = _pobjs(t, [p for p in preps if p != "by"])
        for c in t.children:
            if c.dep_ in ("acl", "relcl"):
                rec_toks += _pobjs(c, [p for p in preps if p != "by"])
        for r in rec_toks:
            out.recipients.extend(mentions_at(r, actors))
        if rules.types[rule.type].symmetric:
            out.actors.extend(own)
        elif own:
            out.actors = own + out.actors
        if not out.actors and t.dep_ == "pobj" and t.head.lower_ in ("in", "for") \
                and t.head.head.lemma_.lower() in PARTICIPATION:
            part = t.head.head
            verb = part.head if part.dep_ in ("dobj", "attr", "nsubj") else part
            subj_toks, inherited = _subjects(verb)
            for s_ in subj_toks:
                out.actors.extend(mentions_at(s_, actors, owner=False))
            out.via = part
        symmetric = rules.types[rule.type].symmetric
        if (not out.actors or (symmetric and len({m.code for m in out.actors}) < 2)) \
                and t.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "nsubj"):
            # "held talks", "imposed sanctions", "the talks were held", "came to an agreement"
            head = t.head
            scene = t.dep_ == "pobj" and head.lower_ in SCENE_PREPS
            if t.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
                head = head.head
            steps = 0
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 4:
                scene = scene or (head.dep_ == "prep" and head.lower_ in SCENE_PREPS)
                head = head.head
                steps += 1
            # "sent condolences after the attack": the sender did not attack; an act that needs
            # an owner takes the verb's subject only through a light verb ("carried out attacks")
            # (a meeting beside the clause is still the subject's: "after talks with X, A and B agreed")
            borrow = (not scene or symmetric) and (not rule.owned or head.lemma_.lower() in light_verbs)
            if head.pos_ in ("VERB", "AUX") and t.dep_ != "nsubj" and borrow:
                subj_toks, inherited = _subjects(head)
                for s in subj_toks:
                    out.actors.extend(subject_mentions(s, actors))
                out.inherited = inherited
                for p in _pobjs(head, preps):
                    out.recipients.extend(mentions_at(p, actors))
        if rules.types[rule.type].symmetric and not out.recipients:
            # "held no meeting of any kind with the Americans": the preposition may hang lower
            for w in t.subtree:
                if w.dep_ == "prep" and w.lower_ == "with" and w.head.i != t.i and w.head.pos_ != "VERB":
                    for p in w.children:
                        if p.dep_ == "pobj":
                            out.recipients.extend(mentions_at(p, actors))
    else:  # ADJ: an evaluative word; the recipient owns the thing judged
        noun = t.head if t.dep_ in ("amod",) else next(
            (c for c in t.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
        if t.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and any(c.dep_ == "dobj" for c in t.head.children):
            # "called Kim's remarks senseless": the caller accuses the owner of the remarks
            subj_toks, _ = _subjects(t.head)
            for s_ in subj_toks:
                out.actors.extend(mentions_at(s_, actors, owner=False))
        if noun is not None:
            m0 = actors.at(noun)
            if m0 is not None and noun.dep_ == "dobj":
                out.recipients.extend(m0.expand())
            for c in noun.children:
                if c.dep_ in ("poss", "compound") and actors.at(c) is not None:
                    out.recipients.extend(mentions_at(c, actors, owner=False))
            for code in actors.demonym_mods.get(noun.i, []):
                out.recipients.append(Mention(noun.i, noun.i + 1, code, "GOV", "state", code, key=code,
                                              reason="demonym", char_start=noun.idx,
                                              char_end=noun.idx + len(noun)))
    return out


def subjects_of(verb: Token) -> list[Token]:
    """The subject tokens of a verb (climbing to governing verbs when it has none)."""
    return _subjects(verb)[0]
