"""Triggers: the words of a sentence that report an interaction, with the rule that matched.

A rule (``rules/triggers.yaml``) names a lemma and part of speech and may ask more of the parse:
a direct object ("impose *sanctions*"), a particle ("call *on*"), a modifier ("*phone* call"),
a participle that makes a noun an act ("the agreement *signed* by ..."). A lemma's rules are
tried in order: the first whose constraints hold is the trigger, the later ones that hold are its
alternatives, tried in turn when it yields no event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from communique.data import Words
from communique.extract.rules import RuleSet, TriggerRule
from communique.nlp import CALENDAR_WORDS, MONTH_NAMES, to_infinitive
from communique.nlp.mentions import QUOTE_RE

__all__ = ["Trigger", "called_gerund", "find_triggers", "for_clause", "judging_position", "misparsed_call", "partitive",
           "passive", "rule_pobjs", "said_through", "trigger_at", "verb_preps"]

@dataclass(frozen=True)
class Trigger:
    """A token that reports an event, the rule that matched, and the object word it used."""

    token: Token
    rule: TriggerRule
    object: Token | None = None  # the noun of a light-verb rule ("sanctions" of "impose sanctions")
    #: the learned typer's probability when the model, not a rule, proposed it
    probability: float | None = None
    #: the lemma's later rules whose conditions also hold, in priority order: tried when this
    #: rule's reading finds no event ("the first rule that holds" would hide them)
    alternatives: tuple[Trigger, ...] = ()

    @property
    def pos(self) -> str:
        """The rule's part of speech."""
        return self.rule.pos


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def partitive(t: Token, collective: frozenset[str] = frozenset()) -> Token:
    """The noun a number, quantifier or (``collective``) crowd word takes a part of ("two of its
    warships" -> warships, "thousands of protesters" -> protesters), else ``t``."""
    if t.like_num or t.pos_ == "NUM" or t.lower_ in ("some", "several", "many", "most", "all", "each", "both") \
            or t.lower_ in collective:
        of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    return t


def passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice ("was fired", "were expelled")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    # "gave the rebels three days to ...": the parser may take the time given for an adverbial
    objs += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > verb.i]
    # "imposed duties totalling 80%" is often parsed as a clause whose subject is the object
    objs += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    # "declared the envoy persona non grata": the small clause's noun, parsed as a clause of its own
    objs += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    # "ceased shelling the town", "stopped buying its gas": the act a verb takes as a gerund
    objs += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    # "signed an agreement and a memorandum"
    objs += [cj for o in list(objs) for cj in o.conjuncts]
    # "expressed their readiness": also the noun of "expressed readiness to" through "xcomp"
    return objs


def _of_time(prep: Token) -> bool:
    """Whether a preposition introduces a time ("on Monday"), not what the verb is about."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _calendar_phrase(prep: Token) -> bool:
    """Whether a preposition's object is a calendar word or a year ("on Monday", "in 2019"), recognised
    without the entity recogniser (off by default)."""
    return _of_time(prep) or any(g.dep_ == "pobj" and (g.lower_ in CALENDAR_WORDS or (g.like_num and len(g.text) == 4))
                                 for g in prep.children)


def verb_preps(verb: Token) -> list[Token]:
    """The verb's particles and prepositions, and those a particle carries ("pulled out of")."""
    own = [c for c in verb.children if c.dep_ in ("prt", "prep", "agent", "advmod")]
    return own + [g for c in own if c.lower_ in ("out", "away", "back") for g in c.children if g.dep_ == "prep"]


def _has_prep(verb: Token, preps: list[str]) -> Token | None:
    for c in verb_preps(verb):
        # (a fronted phrase, "On Monday Macron called ...", is never the verb's particle)
        if c.lower_ in preps and not _of_time(c) and c.i > verb.i:
            return c
    if verb.dep_ == "relcl" and {"in", "to"} & set(preps):
        # "in Beijing, where he arrived": the relative adverb stands for "in Beijing"
        where = next((c for c in verb.children if c.lower_ == "where"), None)
        if where is not None:
            return where
    if "for" in preps:
        # "called for Chile to reopen the port": "for" opening a clause whose subject is asked
        clause = for_clause(verb)
        if clause is not None:
            return next(c for c in clause.children if c.dep_ == "mark")
    # "call on" is sometimes parsed with the preposition on the next token
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ in preps and nxt.dep_ in ("prt", "prep") and not _of_time(nxt):
        return nxt
    return None


def for_clause(verb: Token) -> Token | None:
    """The verb of a "for X to do Y" clause following ``verb`` ("pressed for Peru to sign"), if any."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > verb.i
                 and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                 and any(g.dep_ == "nsubj" for g in c.children)), None)


def _modifiers(noun: Token) -> set[str]:
    words = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    if noun.i > 0:
        words.add(noun.nbor(-1).lower_)
    if noun.i > 1:
        words.add(noun.nbor(-2).lower_)
    return words


#: in a rule's ``object`` or ``pobj`` list: any proper name (the rule's ``org_recipient`` may ask it be a body's)
NAME_MARK = "@name"

#: words a sum of money is told in ("$20 million", "$5bn", "$50m")
_SUM_WORDS = frozenset({"thousand", "million", "millions", "billion", "billions", "trillion", "m", "mn", "mln", "bn",
                        "bln", "k"})


def _object_used(rule: TriggerRule, t: Token, frames: frozenset[str] = frozenset()) -> Token | None:
    """The first object of the verb that is (or has an "in"/"of" complement or, when it is one of
    ``frames``, a noun modifier that is) a word the rule asks for."""
    for o in _objects(t):
        # "provide $500 million in aid", "the basis of the ruling": the object's "of" complement
        # counts too, and the "in" of an amount ("declared a ceasefire in its war" declares no war)
        amount = o.like_num or o.tag_ == "CD" or o.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or any(
            c.dep_ == "nummod" or c.like_num for c in o.children)
        inner = [g for c in o.children if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and amount))
                 for g in c.children if g.dep_ == "pobj"]
        # "froze its aid programme": a generic noun (words.frame_nouns) is about its modifier
        inner += [c for n in (o, *inner) if _lemma(n) in frames
                  for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # "recalled Ambassador Jorge Salas": a name's title before it
        if o.pos_ == "PROPN":
            inner += [c for c in o.children if c.dep_ == "compound" and c.i < o.i and c.text[:1].isupper()]
        for cand in (o, *inner):
            # (a compound listed with its hyphen is the same written apart: "war games" for "war-games")
            before = cand.doc[cand.i - 1] if cand.i > 0 else cand
            joined = f"{before.lower_}-{cand.lower_}" if before.dep_ == "compound" and before.head == cand else ""
            if _lemma(cand) in rule.object or cand.lower_ in rule.object or joined in rule.object \
                    or _named(rule.object, cand):
                return o
        # "gave $20 million to Kenya": a sum is money ("approved a $300 million sale": a thing priced)
        if "money" in rule.object and amount and any(c.tag_ == "$" for c in o.subtree) \
                and (o.like_num or o.tag_ in ("CD", "$") or o.ent_type_ == "MONEY" or not o.text.isalpha()
                     or o.lower_ in _SUM_WORDS):
            return o
    return None


def _prep_holds(rule: TriggerRule, t: Token) -> bool:
    """Whether the word has the rule's particle or preposition, with one of its objects if it asks for them."""
    p = _has_prep(t, rule.prep)
    if p is None:
        return False
    if not rule.pobj:
        return True
    # "on Sunday ... converged on the embassy": any of the word's prepositions of that kind
    return bool(rule_pobjs(rule, t, [c for c in verb_preps(t) if c.lower_ in rule.prep] or [p]))


def rule_pobjs(rule: TriggerRule, t: Token, preps: list[Token] | None = None) -> list[Token]:
    """The objects of the rule's prepositions on ``t`` (or of ``preps``) that are nouns the rule
    asks for ("pulled out of the grain deal" -> deal)."""
    if preps is None:
        preps = [c for c in verb_preps(t) if c.lower_ in rule.prep]
    return [g for q in preps for g in q.children
            if g.dep_ == "pobj" and (_lemma(g) in rule.pobj or _named(rule.pobj, g))]


def _named(wanted: list[str], t: Token) -> bool:
    """Whether a list a rule gives for an object asks for a name (``"@name"``) and ``t`` is one ("quit
    ECOWAS", "withdrew from the African Union")."""
    return NAME_MARK in wanted and (t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != t.sent.start))


def _acl_holds(rule: TriggerRule, t: Token) -> bool:
    """Whether the noun is the object of, or is modified by, a participle the rule lists."""
    return (t.dep_ in ("dobj", "nsubjpass", "pobj") and _lemma(t.head) in rule.acl) or any(
        c.dep_ in ("acl", "relcl") and _lemma(c) in rule.acl for c in t.children)


def _names_weapon(t: Token, words: Words) -> bool:
    """Whether the word's "of" phrase names a weapon (or the like)."""
    named = {w.lower_ for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.subtree}
    return bool(named & words.weapon_words)


def _names_project(t: Token, words: Words) -> bool:
    """Whether the word's "of"/"for" phrase or compound names a project (a pipeline, plant ...)."""
    named = {w.lower_ for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
             for w in c.subtree}
    named |= {c.lower_ for c in t.children if c.dep_ == "compound"}
    return bool(named & words.project_words)


def _followed_by(rule: TriggerRule, t: Token) -> bool:
    """Whether one of the rule's phrases follows the verb within eleven words of it in its sentence."""
    after = " ".join(w.lower_ for w in t.doc[t.i + 1:min(t.i + 12, t.sent.end)])
    return any(f" {p} " in f" {after} " for p in rule.followed_by)


def _object_preps_hold(rule: TriggerRule, verb: Token, obj: Token) -> bool:
    """The rule's demands on the prepositions of its object: "made a call to X" (one of
    ``object_prep`` with an object, on the object or the verb), not "made a call for calm"
    (none of ``not_object_prep`` on the object)."""
    if rule.not_object_prep and any(c.dep_ == "prep" and c.lower_ in rule.not_object_prep for c in obj.children):
        return False
    if rule.object_prep:
        preps = [c for w in (obj, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in rule.object_prep]
        return any(g.dep_ == "pobj" for p in preps for g in p.children)
    return True


def _subject_holds(rule: TriggerRule, t: Token, words: Words) -> bool:
    """The rule's demands on the verb's subject and complement: one of its words ("jets struck
    ...": only these doers make the verb this act), two parties ("Chile and Peru talked about
    trade" is a talk, "Chile talked about trade" is not), a "to" infinitive ("told Lima to withdraw")."""
    if rule.subject and not any(_lemma(w) in rule.subject or w.lower_ in rule.subject
                                or (rule.people_subject and _people(w))
                                # ("peacekeeping troops arrived": a word of the list on the subject)
                                or any(m.dep_ in ("compound", "amod") and m.lower_ in rule.subject
                                       for m in w.children)
                                for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                                for w in (c, partitive(c, words.collective_nouns))):
        return False
    if rule.infinitive and not any(c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) for c in t.children):
        return False  # "told Lima to withdraw" directs; "told reporters that ..." says
    return not rule.joint_subject or any(_joint(c) for c in t.children if c.dep_ == "nsubj")


def _people(w: Token) -> bool:
    """Whether a word names a people as the plural of a nationality ("Serbs", "Syrians"): a
    capitalised plural noun that is no proper name of its own."""
    return w.tag_ in ("NNS", "NNPS") and w.text[:1].isupper() and w.ent_iob_ != "B" and not w.is_sent_start \
        and w.text.lower().endswith("s")


def _joint(subject: Token) -> bool:
    """Whether a subject names two parties or more: coordinated ("Chile and Peru"), or a plural
    counted as two ("both governments", "the two sides")."""
    return any(c.dep_ == "conj" for c in subject.children) or (
        subject.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("both", "two") for c in subject.children)) or (
        # "when the two meet", "both said": a number or quantifier standing for the parties
        subject.lower_ in ("two", "both") and subject.pos_ in ("NUM", "DET", "PRON"))


def _refused_preps(rule: TriggerRule, t: Token) -> bool:
    """Whether the verb has a particle of ``not_prep`` ("back down", "stand down": another verb)
    or a preposition of ``no_prep`` ("talked about the border": a topic, no partner)."""
    return any((c.dep_ == "prt" and c.lower_ in rule.not_prep)
               or (c.dep_ == "prep" and c.lower_ in rule.no_prep and not _calendar_phrase(c)) for c in t.children)


def _matches(rule: TriggerRule, t: Token, words: Words) -> Token | bool | None:
    """False if the rule does not hold for ``t``; else the object token it used (or None)."""
    used: Token | None = None
    if rule.followed_by and not _followed_by(rule, t):
        return False
    if rule.object:
        used = _object_used(rule, t, words.frame_nouns)
        if used is None or not _object_preps_hold(rule, t, used):
            return False
    if rule.not_object and any(_lemma(o) in rule.not_object or o.lower_ in rule.not_object for o in _objects(t)):
        return False
    if rule.prep and not _prep_holds(rule, t):
        return False
    if not _subject_holds(rule, t, words):
        return False
    if _refused_preps(rule, t) or _refused_deps(rule, t):
        return False
    if rule.compound and not (_modifiers(t) & set(rule.compound)):
        return False
    if rule.acl and not _acl_holds(rule, t):
        return False
    if rule.no_object and (any(c.dep_ == "dobj" for c in t.children) or (t.dep_ == "relcl" and not any(
            c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")) or c.tag_ == "WRB"
            for c in t.children))):
        return False  # "flew them to Minsk", "the aid it had flown to Cucuta": transport, not a journey
    if not _voice_holds(rule, t):
        return False
    if rule.subject_of and not (t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in rule.subject_of):
        return False  # "the truce took hold": the noun is what the verb tells of
    if rule.under_prep and not (t.dep_ == "pobj" and t.head.lower_ in rule.under_prep and not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children) for c in t.children)):
        return False  # "in a call on Tuesday" is a conversation; "a call for talks" is not
    if not _kind_holds(rule, t, words):
        return False
    return used


def _voice_holds(rule: TriggerRule, t: Token) -> bool:
    """Whether the verb stands in the voice the rule asks for: active ("troops fired on"; not "a shell
    was fired at", "is opposed to"), or felt ("was concerned by the step"; not "the talks concerned the border")."""
    stative = passive(t) or t.dep_ == "acomp"
    return not (rule.active and stative) and not (rule.felt_only and not stative)


def _kind_holds(rule: TriggerRule, t: Token, words: Words) -> bool:
    """The conditions on what the word names (a weapon, a project) or where it stands (a judgment)."""
    if rule.of_weapon and not _names_weapon(t, words):
        return False
    if rule.of_project and not _names_project(t, words):
        return False
    return not (rule.judgment and judging_position(t, words) is None)


def judging_position(t: Token, words: Words) -> Token | None:
    """The word standing where a thing is judged, if ``t`` stands there: what it is called
    ("called the raid a violation": oprd), said to be ("was an act of aggression": attr, through
    the phrase's head) or described as ("described it as an outrage"); for a verb, what a
    speaker says it does ("said the move breached the truce")."""
    if t.pos_ in ("VERB", "AUX") and t.dep_ != "oprd":
        # "said the treaty breaches its rights": a verb of judgment is what a speaker says
        return t if said_through(t, words) is not None else None
    if t.dep_ == "pobj" and t.head.lower_ in ("to", "with") and t.head.head.lemma_.lower() in words.likening_verbs:
        return t  # "likened Ecuador's leader to a dictator"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in words.judgment_heads:
        t = t.head.head  # "an act of aggression", "a declaration of war"
    # ("described the claims as baseless" may be parsed with the word as a modifier of "as")
    if t.dep_ in ("oprd", "attr") or (t.dep_ in ("pobj", "amod") and t.head.lower_ == "as"):
        return t
    return t if misparsed_call(t, words) else None


def misparsed_call(t: Token, words: Words) -> bool:
    """Whether ``t`` is what a thing is called, in the parses "called the (Thai) shelling a war crime"
    gets: the object of the gerund ("shelling" made a verb doing something to a crime), a second object
    of the verb, or a second object joined to the first with no "and" ("called the killing an act of
    terrorism")."""
    head = t.head
    if t.dep_ == "dobj" and head.lemma_.lower() in words.calling_verbs and any(
            c.dep_ == "dobj" and c.i < t.i for c in head.children):
        return True  # "branded the move an act of aggression": the second of two objects
    if t.dep_ == "dobj":
        return called_gerund(head, words)
    if t.dep_ == "conj" and head.dep_ == "dobj" and head.head.lemma_.lower() in words.calling_verbs:
        return not any(c.dep_ == "cc" for c in head.children) and t.i > head.i
    if t.dep_ == "appos" and head.dep_ == "dobj" and head.head.lemma_.lower() in words.calling_verbs:
        return predicate_appos(head) == t  # "called the raid a war crime" parsed as an apposition
    return False


def _refused_deps(rule: TriggerRule, t: Token) -> bool:
    """Whether the verb has a dependent its rule refuses (``no_dep``; refusing what an object is
    called, ``oprd``, refuses it parsed in apposition too: "called Bolivia's leader a drug trafficker"),
    or is a participle on a noun it refuses (``not_head``: "a truce brokered by Qatar")."""
    if any(c.dep_ in rule.no_dep for c in t.children):
        return True
    if rule.not_head and t.dep_ in ("acl", "relcl") and (_lemma(t.head) in rule.not_head
                                                         or t.head.lower_ in rule.not_head):
        return True
    return "oprd" in rule.no_dep and any(c.dep_ == "dobj" and predicate_appos(c) is not None for c in t.children)


def predicate_appos(obj: Token) -> Token | None:
    """What an object is called when the parser hangs it in apposition ("called Bolivia's leader a
    drug trafficker"): an indefinite noun phrase right after the object, with no comma between
    (an apposition proper, "called Bolivia's leader, a close ally, on Monday", has one)."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i > obj.i and not any(x.is_punct for x in obj.doc[obj.i + 1:c.left_edge.i]) \
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return c
    return None


def called_gerund(h: Token, words: Words) -> bool:
    """Whether ``h`` is a gerund the parser made a clause of a verb of calling ("called the shelling
    a war crime": "shelling" hung on "called" as a verb): the thing called, not an act of its own."""
    return h.tag_ == "VBG" and h.dep_ in ("oprd", "advcl", "xcomp", "ccomp") \
        and h.head.lemma_.lower() in words.calling_verbs


def _voiced(t: Token, sent: Span, words: Words) -> bool:
    """Whether a word is someone's: inside a quotation, or in a clause reported through a verb of
    saying or calling ("said Washington's illegitimate pressure had failed"). A judging adjective
    in the narration ("warships staged hostile manoeuvres") judges nothing."""
    if any(q.start() < t.idx - sent.start_char < q.end() for q in QUOTE_RE.finditer(sent.text)):
        return True
    return any(a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in words.calling_verbs or said_through(a, words))
               for a in t.ancestors)


def said_through(t: Token, words: Words) -> Token | None:
    """The verb of saying whose reported clause a verb heads, or is coordinated in ("said the deal
    violates X", "said it was illegal and violated X"), if any."""
    said = t.head if t.dep_ == "ccomp" else t.head.head if t.dep_ == "conj" and t.head.dep_ == "ccomp" else None
    return said if said is not None and said.lemma_.lower() in words.saying_verbs else None


def _regular_stems(word: str) -> list[str]:
    """Candidate base forms of a regularly inflected verb: staged -> stage, stag; talks -> talk."""
    out = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""),
                         ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out.append(stem + repl)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                out.append(stem[:-1])  # "readmitted" -> readmit
    return out


def find_triggers(sent: Span, rules: RuleSet, words: Words) -> list[Trigger]:
    """Every trigger in a sentence, in order; one rule per token. ``words``: the word lists of
    ``rules/words.yaml`` (the weapons and projects some rules ask for)."""
    out = [trig for t in sent if (trig := trigger_at(t, rules, words)) is not None
           and not (trig.rule.pos == "ADJ" and t.dep_ == "amod" and not _voiced(t, sent, words))]
    verbs = {tr.token.i for tr in out if tr.rule.pos == "VERB"}
    # "condemned the occupation as illegal": the judging word belongs to the verb's act
    return [tr for tr in out if not tr.rule.evaluative
            or not _judged_by(judging_position(tr.token, words) or tr.token, verbs, words)]


def trigger_at(t: Token, rules: RuleSet, words: Words) -> Trigger | None:
    """The trigger a word is, if any: the first rule that holds for it (in file order), with the
    others that hold as alternatives."""
    # (what a thing is called, "called the claims absurd", is an adjective however it is tagged)
    called = t.dep_ in ("oprd", "acomp")
    if t.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ", "AUX") and not (called and t.pos_ == "ADV"):
        return None
    if t.lower_ in MONTH_NAMES and t.text[:1].isupper() and t.i != t.sent.start:
        return None  # "fired on a patrol in March": the month, no march
    pos = "VERB" if t.pos_ in ("VERB", "AUX") else "ADJ" if t.pos_ in ("ADJ", "ADV") else "NOUN"
    keys = [(_lemma(t), pos)]
    if pos == "NOUN":
        keys.append((t.lower_, pos))
        if called:
            keys.append((t.lower_, "ADJ"))  # "calling the move illegal" with "illegal" tagged a noun
    elif pos == "VERB":
        # the lemmatizer now and then misses ("staged" -> "stag"): try the regular forms too
        keys += [(form, pos) for form in _regular_stems(t.lower_)]
        if t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ and not t.nbor(-2).whitespace_:
            # "test-fired" split by the tokenizer: the whole verb first
            keys.insert(0, (f"{t.nbor(-2).lower_}-{_lemma(t)}", pos))
        if called:
            keys.append((t.lower_, "ADJ"))  # "called the claims absurd" with "absurd" tagged a verb
            keys.append((t.lower_, "NOUN"))  # "called the closures blackmail" with "blackmail" tagged a verb
    felt = pos == "ADJ" and t.dep_ == "acomp" and t.lower_.endswith("ed")
    # "is deeply concerned about", the participle of a verb of feeling tagged an adjective
    felt_keys = [(form, "VERB") for form in _regular_stems(t.lower_)] if felt else []
    for key in keys + felt_keys:
        held = [(rule, used) for rule in rules.by_lemma.get(key, [])
                if (key not in felt_keys or rule.experiencer) and (used := _matches(rule, t, words)) is not False]
        if held:
            found = [Trigger(t, rule, used if isinstance(used, Token) else None) for rule, used in held]
            return replace(found[0], alternatives=tuple(found[1:]))
    return None


def _judged_by(adj: Token, verbs: set[int], words: Words) -> bool:
    """Whether an evaluative word hangs from a trigger verb (directly, or through "as"); not the
    gerund a misparse makes it hang from (:func:`misparsed_call`)."""
    h = adj.head
    if h.dep_ == "prep" and h.lower_ == "as":
        return h.head.i in verbs  # "as illegal", however the parser labels the word
    return adj.dep_ != "amod" and h.i in verbs and not misparsed_call(adj, words)
