"""Unit tests of every packaged extraction component, on spaCy Docs built by hand.

No statistical spaCy model is loaded here: each test writes the parse of its own sentences as a
token table (``handbuilt.py``), so a failure points at the component, not at the parser. The
shared resources (rules, lexicons, resolvers) are an :class:`ArticleExtractor` built on
``spacy.blank("en")``. That is enough: the resolvers use the ``nlp`` object only for its
vocabulary and its tokenizer, to turn lexicon entries into PhraseMatcher patterns, and the blank
English tokenizer is the same rule-based one the statistical models use. Two consequences for the
tables: a Doc must be built on that same vocabulary (match labels are looked up in its string
store), and words must be split as that tokenizer splits them ("Kenya" "'s", "deal" ".").

Each test builds a :class:`DocState`, runs the components it depends on (by their names in the
packaged ``pipeline.yaml``), runs the component under test, and checks what it wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
import spacy
from handbuilt import build, state_of
from spacy.language import Language
from spacy.tokens import Doc

import communique.extract.components  # registers the packaged components
import communique.nlp
from communique.extract.events import ArticleExtractor
from communique.extract.registry import Run, components, load_pipeline_config
from communique.extract.state import FIELDS, DocState
from communique.extraction import shared_resources
from communique.resolve.actors import Mention

#: publication date of every article here: a Wednesday
PUB = dt.date(2022, 6, 15)

Parse = Callable[[str], Doc]
Runner = Callable[..., DocState]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def no_statistical_model() -> Iterator[None]:
    """Make any attempt to load a trained spaCy pipeline fail loudly while these tests run."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a statistical spaCy model was requested: {args}")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spacy, "load", refuse)
        mp.setattr(communique.nlp, "load_nlp", refuse)
        yield


@pytest.fixture(scope="module")
def nlp(no_statistical_model: None) -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def shared(nlp: Language) -> ArticleExtractor:
    """The resources every component shares, loaded once for this module."""
    return shared_resources(nlp)


#: the rule-based components under test, by their names in the packaged pipeline.yaml. The
#: packaged pipeline may hold more (the learned trigger classifier, which loads a sentence encoder
#: and would make these results depend on a trained model); they are left out here, and
#: test_registry_rule_components_keep_their_packaged_order checks this list against the config.
RULE_COMPONENTS = ("dateline", "actors", "quotes", "dates", "triggers", "candidates", "speech_acts",
                   "carry_dates", "event_coref", "news_day", "follow_quotes", "merge")


def upto(name: str) -> tuple[str, ...]:
    """The rule-based components in pipeline order, up to and including ``name``."""
    return RULE_COMPONENTS[: RULE_COMPONENTS.index(name) + 1]


@pytest.fixture(scope="module")
def steps(shared: ArticleExtractor) -> dict[str, Run]:
    """Each rule-based component's step, made by its registered factory with its packaged config."""
    entries = {e.name: e for e in load_pipeline_config().components or []}
    return {name: components.get(entries[name].factory).factory(shared, dict(entries[name].config))
            for name in RULE_COMPONENTS}


@pytest.fixture
def parse(nlp: Language) -> Parse:
    """A token table -> a parsed Doc on the shared vocabulary."""
    return lambda table: build(nlp.vocab, table)


@pytest.fixture
def run(steps: dict[str, Run]) -> Runner:
    """``run(state, "actors", "dates", ...)``: run those packaged components, in that order."""

    def go(state: DocState, *names: str) -> DocState:
        for name in names:
            steps[name](state)
        return state

    return go


def codes(mentions: list[Mention]) -> list[str | None]:
    """The state codes of some participants, in order."""
    return [m.code for m in mentions]


# --------------------------------------------------------------------------- token tables
# Sentences written for these tests. Columns: index, word, POS, tag, lemma, head (absolute
# index), dependency, entity. A blank line starts a new sentence.

ACCUSE_ON_MONDAY = """
0  Kenya      PROPN  NNP  Kenya    1  nsubj  B-GPE
1  condemned  VERB   VBD  condemn  1  ROOT
2  Uganda     PROPN  NNP  Uganda   1  dobj   B-GPE
3  on         ADP    IN   on       1  prep
4  Monday     PROPN  NNP  Monday   3  pobj   B-DATE
5  .          PUNCT  .    .        1  punct
"""


def accuse(word: str = "condemned", lemma: str = "condemn") -> str:
    """ "Kenya condemned Uganda." with the verb's word and lemma to choose."""
    return f"""
0  Kenya   PROPN  NNP  Kenya   1  nsubj  B-GPE
1  {word}  VERB   VBD  {lemma} 1  ROOT
2  Uganda  PROPN  NNP  Uganda  1  dobj   B-GPE
3  .       PUNCT  .    .       1  punct
"""


SANCTIONS_ON_SOMALIA = """
0  Kenya      PROPN  NNP  Kenya     1  nsubj  B-GPE
1  imposed    VERB   VBD  impose    1  ROOT
2  sanctions  NOUN   NNS  sanction  1  dobj
3  on         ADP    IN   on        2  prep
4  Somalia    PROPN  NNP  Somalia   3  pobj   B-GPE
5  .          PUNCT  .    .         1  punct
"""

WILL_MEET_ON_FRIDAY = """
0  Kenya   PROPN  NNP  Kenya   2  nsubj  B-GPE
1  will    AUX    MD   will    2  aux
2  meet    VERB   VB   meet    2  ROOT
3  Uganda  PROPN  NNP  Uganda  2  dobj   B-GPE
4  on      ADP    IN   on      2  prep
5  Friday  PROPN  NNP  Friday  4  pobj   B-DATE
6  .       PUNCT  .    .       2  punct
"""

# a wire dateline ("NAIROBI - ") is a sentence of its own, as communique.nlp's sentence rule makes it
DATELINE_DEAL = """
0  NAIROBI  PROPN  NNP  NAIROBI  0  ROOT  B-GPE
1  -        PUNCT  :    -        0  punct

2  Kenya    PROPN  NNP  Kenya    5  nsubj     B-GPE
3  and      CCONJ  CC   and      2  cc
4  Uganda   PROPN  NNP  Uganda   2  conj      B-GPE
5  signed   VERB   VBD  sign     5  ROOT
6  a        DET    DT   a        8  det
7  trade    NOUN   NN   trade    8  compound
8  deal     NOUN   NN   deal     5  dobj
9  .        PUNCT  .    .        5  punct
"""

DATELINE_TROOPS = """
0  NAIROBI  PROPN  NNP  NAIROBI  0  ROOT   B-GPE
1  -        PUNCT  :    -        0  punct

2  Ugandan  ADJ    JJ   Ugandan  3  amod   B-NORP
3  troops   NOUN   NNS  troop    4  nsubj
4  crossed  VERB   VBD  cross    4  ROOT
5  into     ADP    IN   into     4  prep
6  Kenya    PROPN  NNP  Kenya    5  pobj   B-GPE
7  .        PUNCT  .    .        4  punct
"""

MINISTER_AND_PRONOUNS = """
0   The        DET    DT    the        3  det
1   Norwegian  ADJ    JJ    Norwegian  3  amod   B-NORP
2   foreign    ADJ    JJ    foreign    3  amod
3   minister   NOUN   NN    minister   4  nsubj
4   arrived    VERB   VBD   arrive     4  ROOT
5   in         ADP    IN    in         4  prep
6   Kampala    PROPN  NNP   Kampala    5  pobj   B-GPE
7   .          PUNCT  .     .          4  punct

8   She        PRON   PRP   she        9  nsubj
9   thanked    VERB   VBD   thank      9  ROOT
10  Uganda     PROPN  NNP   Uganda     9  dobj   B-GPE
11  for        ADP    IN    for        9  prep
12  its        PRON   PRP$  its        13 poss
13  support    NOUN   NN    support    11 pobj
14  .          PUNCT  .     .          9  punct
"""


def accuse_then_quote(speaker: str) -> str:
    """Kenya condemned Uganda on Monday. "Our patience is not endless," <speaker> said."""
    return f"""
0   Kenya      PROPN  NNP   Kenya      1  nsubj  B-GPE
1   condemned  VERB   VBD   condemn    1  ROOT
2   Uganda     PROPN  NNP   Uganda     1  dobj   B-GPE
3   on         ADP    IN    on         1  prep
4   Monday     PROPN  NNP   Monday     3  pobj   B-DATE
5   .          PUNCT  .     .          1  punct

6   "          PUNCT  ``    "          15 punct
7   Our        PRON   PRP$  our        8  poss
8   patience   NOUN   NN    patience   9  nsubj
9   is         AUX    VBZ   be         15 ccomp
10  not        PART   RB    not        9  neg
11  endless    ADJ    JJ    endless    9  acomp
12  ,          PUNCT  ,     ,          15 punct
13  "          PUNCT  ''    "          15 punct
14  {speaker}  PROPN  NNP   {speaker}  15 nsubj  B-GPE
15  said       VERB   VBD   say        15 ROOT
16  .          PUNCT  .     .          15 punct
"""


QUOTE_ONLY_SENTENCE = """
0   Huitfeldt  PROPN  NNP   Huitfeldt  1  nsubj  B-PERSON
1   spoke      VERB   VBD   speak      1  ROOT
2   to         ADP    IN    to         1  prep
3   reporters  NOUN   NNS   reporter   2  pobj
4   .          PUNCT  .     .          1  punct

5   "          PUNCT  ``    "          7  punct
6   Norway     PROPN  NNP   Norway     7  nsubj  B-GPE
7   stands     VERB   VBZ   stand      7  ROOT
8   by         ADP    IN    by         7  prep
9   its        PRON   PRP$  its        10 poss
10  partners   NOUN   NNS   partner    8  pobj
11  .          PUNCT  .     .          7  punct
12  "          PUNCT  ''    "          7  punct
"""


ACCUSE_THEN_NEXT_DAY = """
0   Kenya      PROPN  NNP  Kenya    1  nsubj     B-GPE
1   condemned  VERB   VBD  condemn  1  ROOT
2   Uganda     PROPN  NNP  Uganda   1  dobj      B-GPE
3   on         ADP    IN   on       1  prep
4   Monday     PROPN  NNP  Monday   3  pobj      B-DATE
5   .          PUNCT  .    .        1  punct

6   Uganda     PROPN  NNP  Uganda   7  nsubj     B-GPE
7   protested  VERB   VBD  protest  7  ROOT
8   the        DET    DT   the      10 det       B-DATE
9   next       ADJ    JJ   next     10 amod      I-DATE
10  day        NOUN   NN   day      7  npadvmod  I-DATE
11  .          PUNCT  .    .        7  punct
"""

SINCE_A_YEAR = """
0  Kenya       PROPN  NNP  Kenya      2  nsubj  B-GPE
1  has         AUX    VBZ  have       2  aux
2  criticized  VERB   VBN  criticize  2  ROOT
3  Uganda      PROPN  NNP  Uganda     2  dobj   B-GPE
4  since       SCONJ  IN   since      2  prep
5  2019        NUM    CD   2019       4  pobj   B-DATE
6  .           PUNCT  .    .          2  punct
"""

MEETING_THEN_THEY = """
0   Kenya   PROPN  NNP  Kenya   1  nsubj     B-GPE
1   met     VERB   VBD  meet    1  ROOT
2   Uganda  PROPN  NNP  Uganda  1  dobj      B-GPE
3   on      ADP    IN   on      1  prep
4   Monday  PROPN  NNP  Monday  3  pobj      B-DATE
5   .       PUNCT  .    .       1  punct

6   They    PRON   PRP  they    7  nsubj
7   signed  VERB   VBD  sign    7  ROOT
8   a       DET    DT   a       10 det
9   border  NOUN   NN   border  10 compound
10  deal    NOUN   NN   deal    7  dobj
11  .       PUNCT  .    .       7  punct
"""


#: "Kenya met Uganda in Kampala on Monday." (tokens 0-7), the opening of several tables below
MET_IN_KAMPALA_ON_MONDAY = """
0   Kenya    PROPN  NNP  Kenya    1  nsubj     B-GPE
1   met      VERB   VBD  meet     1  ROOT
2   Uganda   PROPN  NNP  Uganda   1  dobj      B-GPE
3   in       ADP    IN   in       1  prep
4   Kampala  PROPN  NNP  Kampala  3  pobj      B-GPE
5   on       ADP    IN   on       1  prep
6   Monday   PROPN  NNP  Monday   5  pobj      B-DATE
7   .        PUNCT  .    .        1  punct
"""
#: a line break after it (token 8): the next sentence opens a paragraph
PARAGRAPH_BREAK = """8   <NL>     SPACE  _SP  <NL>     7  dep
"""


def meeting_then_paragraph(first: str) -> str:
    """Kenya met Uganda in Kampala on Monday.<newline><first> and Uganda signed a border deal."""
    return MET_IN_KAMPALA_ON_MONDAY + PARAGRAPH_BREAK + f"""

9   {first}  PROPN  NNP  {first}  12 nsubj     B-GPE
10  and      CCONJ  CC   and      9  cc
11  Uganda   PROPN  NNP  Uganda   9  conj      B-GPE
12  signed   VERB   VBD  sign     12 ROOT
13  a        DET    DT   a        15 det
14  border   NOUN   NN   border   15 compound
15  deal     NOUN   NN   deal     12 dobj
16  .        PUNCT  .    .        12 punct
"""


def meeting_then_accusation(word: str, tag: str) -> str:
    """Kenya met Uganda on Monday. Uganda <condemned|condemns> Tanzania. (one paragraph)"""
    return f"""
0  Kenya     PROPN  NNP    Kenya     1  nsubj  B-GPE
1  met       VERB   VBD    meet      1  ROOT
2  Uganda    PROPN  NNP    Uganda    1  dobj   B-GPE
3  on        ADP    IN     on        1  prep
4  Monday    PROPN  NNP    Monday    3  pobj   B-DATE
5  .         PUNCT  .      .         1  punct

6  Uganda    PROPN  NNP    Uganda    7  nsubj  B-GPE
7  {word}    VERB   {tag}  condemn   7  ROOT
8  Tanzania  PROPN  NNP    Tanzania  7  dobj   B-GPE
9  .         PUNCT  .      .         7  punct
"""


def two_accusations(target: str, when: str = "") -> str:
    """Kenya condemned Uganda[ on Monday]. Nairobi also criticized <target>."""
    dated = when == "Monday"
    first = """
0  Kenya       PROPN  NNP  Kenya      1  nsubj   B-GPE
1  condemned   VERB   VBD  condemn    1  ROOT
2  Uganda      PROPN  NNP  Uganda     1  dobj    B-GPE
"""
    if dated:
        first += """3  on          ADP    IN   on         1  prep
4  Monday      PROPN  NNP  Monday     3  pobj    B-DATE
"""
    n = 5 if dated else 3  # index of the first sentence's full stop
    return first + f"""{n}  .  PUNCT  .  .  1  punct

{n + 1}  Nairobi     PROPN  NNP  Nairobi    {n + 3}  nsubj   B-GPE
{n + 2}  also        ADV    RB   also       {n + 3}  advmod
{n + 3}  criticized  VERB   VBD  criticize  {n + 3}  ROOT
{n + 4}  {target}    PROPN  NNP  {target}   {n + 3}  dobj    B-GPE
{n + 5}  .           PUNCT  .    .          {n + 3}  punct
"""


# --------------------------------------------------------------------------- the hand-built Docs


def test_handbuilt_doc_has_the_text_and_sentences_of_the_table(parse: Parse) -> None:
    doc = parse(accuse_then_quote("Kenya"))
    assert doc.text == 'Kenya condemned Uganda on Monday. "Our patience is not endless," Kenya said.'
    assert [s.start for s in doc.sents] == [0, 6]
    assert doc[1].lemma_ == "condemn" and doc[1].tag_ == "VBD" and doc[1].head.i == 1
    assert doc[15].head.i == 15 and doc[14].head.text == "said"
    assert [e.text for e in doc.ents] == ["Kenya", "Uganda", "Monday", "Kenya"]
    newline = parse(meeting_then_paragraph("Kenya"))
    assert "Monday.\nKenya and Uganda" in newline.text


# --------------------------------------------------------------------------- registry


def test_registry_every_packaged_factory_is_registered_with_reads_and_writes() -> None:
    config = load_pipeline_config()
    assert config.components
    available = {"doc", "article"}
    for entry in config.components:
        info = components.get(entry.factory)
        assert info.name == entry.factory and callable(info.factory)
        assert info.reads and info.writes, entry.factory
        assert set(info.reads) | set(info.writes) <= set(FIELDS)
        assert info.doc, f"{entry.factory} has no one-line description"
        # whatever a component reads was there from the start or written by an earlier one
        assert set(info.reads) <= available, (entry.name, set(info.reads) - available)
        available |= set(info.writes)


def test_registry_rule_components_keep_their_packaged_order(steps: dict[str, Run]) -> None:
    names = [e.name for e in load_pipeline_config().components or []]
    assert [n for n in names if n in RULE_COMPONENTS] == list(RULE_COMPONENTS)
    assert names[-1] == "merge"
    # the factories made a step for each of them
    assert all(callable(steps[n]) for n in RULE_COMPONENTS)


def test_registry_unknown_factory_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        components.get("communique.no_such_component.v1")


def test_components_that_need_participants_refuse_to_run_before_actors(parse: Parse, run: Runner) -> None:
    with pytest.raises(RuntimeError, match="actors"):
        run(state_of(parse(accuse()), PUB), "quotes")
    # candidates only asks for participants once a sentence has a trigger
    with pytest.raises(RuntimeError, match="actors"):
        run(state_of(parse(accuse()), PUB), "triggers", "candidates")


# --------------------------------------------------------------------------- actors


@pytest.mark.parametrize(
    "published,holder",
    [(PUB, "Anniken Huitfeldt"), (dt.date(2019, 3, 1), "Ine Eriksen Søreide")],
)
def test_actors_title_and_pronouns(parse: Parse, run: Runner, published: dt.date, holder: str) -> None:
    state = run(state_of(parse(MINISTER_AND_PRONOUNS), published), "actors")
    by_token = state.require_actors().by_token
    # "Norwegian foreign minister": one person mention over tokens 1-3, who held the office that day
    minister = by_token[3]
    assert (minister.start, minister.end) == (1, 4)
    assert by_token[1] is minister and by_token[2] is minister and 0 not in by_token
    assert (minister.code, minister.sector, minister.kind) == ("NOR", "GOV", "person")
    assert minister.office == "Foreign Minister"
    assert minister.identifier_text == holder
    # a capital stands for its state
    assert (by_token[6].code, by_token[6].kind) == ("UGA", "state")
    assert by_token[6].reason.startswith("capital")
    # "She" is the minister; "its" is the last state named
    she = by_token[8]
    assert she.key == minister.key and she.code == "NOR" and she.reason.startswith("pronoun")
    assert by_token[10].code == "UGA"
    assert by_token[12].code == "UGA" and by_token[12].reason.startswith("pronoun")
    # verbs and common nouns are nobody
    assert not {4, 9, 13} & set(by_token)


def test_actors_dateline_names_no_participant_and_demonym_gives_organ(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(DATELINE_TROOPS), PUB), "actors")
    actors = state.require_actors()
    assert 0 not in actors.by_token  # NAIROBI is the dateline, not Kenya taking part
    troops = actors.by_token[3]
    assert (troops.code, troops.sector, troops.kind) == ("UGA", "MIL", "organ")
    assert troops.entity_text == "Ugandan troops"
    assert actors.by_token[6].code == "KEN"
    assert sorted({m.code or "" for m in actors.by_token.values()}) == ["KEN", "UGA"]


# --------------------------------------------------------------------------- quotes


def test_quotes_speaker_is_the_subject_of_saying_and_first_person_is_the_speaker(parse: Parse,
                                                                                 run: Runner) -> None:
    state = run(state_of(parse(accuse_then_quote("Kenya")), PUB), "actors")
    assert 7 not in state.require_actors().by_token  # "Our" means nobody until the quote is read
    run(state, "quotes")
    [quote] = state.quotes
    assert quote.text == "Our patience is not endless,"
    assert state.article.text[quote.start:quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.code == "KEN" and quote.speaker.start == 14
    # the quotes component also writes participants: "Our" inside the quotation is Kenya
    our = state.require_actors().by_token[7]
    assert our.code == "KEN" and our.reason.startswith("first person")


def test_quotes_sentence_that_is_only_a_quote_takes_the_previous_speaker(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(QUOTE_ONLY_SENTENCE), PUB), "actors", "quotes")
    [quote] = state.quotes
    assert quote.text == "Norway stands by its partners."
    assert quote.speaker is not None
    assert quote.speaker.identifier_text == "Anniken Huitfeldt" and quote.speaker.code == "NOR"


# --------------------------------------------------------------------------- dateline


def test_dateline_wire_dateline_is_a_city(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(DATELINE_DEAL), PUB), "dateline")
    assert state.dateline is not None
    assert (state.dateline.resolved_place, state.dateline.country_code) == ("Nairobi", "KEN")


def test_dateline_plain_text_has_none(parse: Parse, run: Runner) -> None:
    assert run(state_of(parse(ACCUSE_ON_MONDAY), PUB), "dateline").dateline is None


# --------------------------------------------------------------------------- dates


def test_dates_weekday_before_publication_and_the_next_day(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(ACCUSE_THEN_NEXT_DAY), PUB), "dates")
    assert set(state.dates) == {0, 6}  # keyed by each sentence's first token
    [(monday, monday_tok)] = state.dates[0]
    assert monday.value == "2022-06-13"  # the Monday before a Wednesday publication
    assert state.article.text[monday.start:monday.end] == monday.text and "Monday" in monday.text
    assert monday_tok is not None and monday_tok.i == 4
    [(next_day, next_tok)] = state.dates[6]
    assert next_day.text == "the next day"
    assert next_day.value == "2022-06-14"  # a day after the Monday told just before
    assert "refers to the last date given" in next_day.reason
    assert next_tok is not None and next_tok.i == 10
    assert [m.value for m in state.all_dates] == ["2022-06-13", "2022-06-14"]


def test_dates_year_after_since_bounds_the_event_and_is_no_date(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(SINCE_A_YEAR), PUB), "dates")
    assert state.dates == {0: []}
    assert state.all_dates == []


# --------------------------------------------------------------------------- triggers


def test_triggers_verb_rule(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(accuse()), PUB), "triggers")
    [trig] = state.triggers[0]
    assert (trig.token.i, trig.token.text) == (1, "condemned")
    assert (trig.rule.type, trig.rule.mode, trig.rule.pos) == ("ACCUSE", "disapprove", "VERB")
    assert trig.object is None


def test_triggers_regular_stem_rescues_a_lemmatizer_miss(parse: Parse, run: Runner) -> None:
    # a lemmatizer that left "condemned" as it is: the regular stems ("condemn") still find the rule
    state = run(state_of(parse(accuse(lemma="condemned")), PUB), "triggers")
    assert [(t.token.text, t.rule.type) for t in state.triggers[0]] == [("condemned", "ACCUSE")]
    # a word no rule knows gives no trigger, and no entry for its sentence
    state = run(state_of(parse(accuse(word="noticed", lemma="notice")), PUB), "triggers")
    assert state.triggers == {}


def test_triggers_light_verb_rule_keeps_its_object_noun(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(SANCTIONS_ON_SOMALIA), PUB), "triggers")
    verb, noun = state.triggers[0]
    assert (verb.token.text, verb.rule.type, verb.rule.pos) == ("imposed", "SANCTION", "VERB")
    assert verb.object is not None and verb.object.i == 2  # "sanctions" is what made "imposed" a trigger
    assert (noun.token.text, noun.rule.type, noun.rule.pos) == ("sanctions", "SANCTION", "NOUN")


# --------------------------------------------------------------------------- candidates


def test_candidates_directed_event_with_its_own_date(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(ACCUSE_ON_MONDAY), PUB), *upto("candidates"))
    [cand] = state.candidates
    assert (cand.event_type, cand.mode, cand.modality) == ("ACCUSE", "disapprove", "asserted")
    assert codes(cand.actors) == ["KEN"] and codes(cand.recipients) == ["UGA"]
    assert cand.trigger.i == 1 and cand.sentence.start == 0
    assert (cand.date, cand.date_text, cand.date_from_text, cand.date_source) == (
        "2022-06-13", "Monday", True, "text")
    assert "diplomatic" in cand.context
    assert cand.place is None and cand.quotes == []


#: "Kenya condemned Uganda, which denies it, on Monday." parsed as the small model often does:
#: the date hung on the verb of the aside
CONDEMNED_ASIDE_MONDAY = """
0  Kenya      PROPN  NNP  Kenya    1  nsubj  B-GPE
1  condemned  VERB   VBD  condemn  1  ROOT
2  Uganda     PROPN  NNP  Uganda   1  dobj   B-GPE
3  ,          PUNCT  ,    ,        2  punct
4  which      PRON   WDT  which    5  nsubj
5  denies     VERB   VBZ  deny     2  relcl
6  it         PRON   PRP  it       5  dobj
7  ,          PUNCT  ,    ,        5  punct
8  on         ADP    IN   on       5  prep
9  Monday     PROPN  NNP  Monday   8  pobj   B-DATE
10 .          PUNCT  .    .        1  punct
"""

#: "Kenya condemned Uganda, which denies it on Monday.": the date is in the aside
CONDEMNED_OPEN_ASIDE_MONDAY = """
0  Kenya      PROPN  NNP  Kenya    1  nsubj  B-GPE
1  condemned  VERB   VBD  condemn  1  ROOT
2  Uganda     PROPN  NNP  Uganda   1  dobj   B-GPE
3  ,          PUNCT  ,    ,        2  punct
4  which      PRON   WDT  which    5  nsubj
5  denies     VERB   VBZ  deny     2  relcl
6  it         PRON   PRP  it       5  dobj
7  on         ADP    IN   on       5  prep
8  Monday     PROPN  NNP  Monday   7  pobj   B-DATE
9  .          PUNCT  .    .        1  punct
"""


def test_candidates_date_after_a_closed_aside_is_the_main_verbs(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(CONDEMNED_ASIDE_MONDAY), PUB), *upto("candidates"))
    [cand] = state.candidates
    assert (cand.event_type, cand.date, cand.date_source) == ("ACCUSE", "2022-06-13", "text")
    # without the comma closing the aside, the date is the aside's own
    state = run(state_of(parse(CONDEMNED_OPEN_ASIDE_MONDAY), PUB), *upto("candidates"))
    [cand] = state.candidates
    assert cand.date_source == "publication"

def test_candidates_object_of_a_light_verb_is_no_event_of_its_own(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(SANCTIONS_ON_SOMALIA), PUB), *upto("candidates"))
    [cand] = state.candidates  # two triggers, one event
    assert (cand.event_type, cand.trigger.text) == ("SANCTION", "imposed")
    assert codes(cand.actors) == ["KEN"] and codes(cand.recipients) == ["SOM"]
    # no date in the text: an asserted event defaults to the day of publication
    assert (cand.date, cand.date_from_text, cand.date_source) == (PUB.isoformat(), False, "publication")


def test_candidates_planned_meeting_is_dated_forward(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(WILL_MEET_ON_FRIDAY), PUB), *upto("candidates"))
    # the dates component reads "Friday" like a past event would (the Friday before) ...
    [(friday, _)] = state.dates[0]
    assert friday.value == "2022-06-10"
    # ... the candidate, being planned ("will meet"), takes the Friday after publication
    [cand] = state.candidates
    assert (cand.event_type, cand.mode, cand.modality) == ("CONSULT", "visit", "future")
    assert {*codes(cand.actors), *codes(cand.recipients)} == {"KEN", "UGA"}
    assert (cand.date, cand.date_source) == ("2022-06-17", "text")


def test_candidates_agreement_of_the_day_happened_at_the_dateline(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(DATELINE_DEAL), PUB), *upto("candidates"))
    [cand] = state.candidates
    assert (cand.event_type, cand.trigger.text) == ("AGREE", "signed")
    assert sorted(m.code or "" for m in cand.actors + cand.recipients) == ["KEN", "UGA"]
    assert cand.date == PUB.isoformat()
    assert cand.place is not None and cand.place.resolved_place == "Nairobi"
    assert cand.place_from_dateline is True


def test_candidates_they_means_the_parties_of_the_last_event(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(MEETING_THEN_THEY), PUB), *upto("triggers"))
    assert 6 not in state.require_actors().by_token  # the resolver alone cannot tell who "They" is
    run(state, "candidates")
    meeting, deal = state.candidates
    assert meeting.event_type == "CONSULT" and deal.event_type == "AGREE"
    assert sorted(m.code or "" for m in deal.actors + deal.recipients) == ["KEN", "UGA"]
    # the candidates step records that reading in the participants (a write pipeline.yaml does
    # not declare: communique.candidates.v1 declares writes=("candidates",) only)
    they = state.require_actors().by_token[6]
    assert they.kind == "group" and sorted(m.code or "" for m in they.members) == ["KEN", "UGA"]


# --------------------------------------------------------------------------- carry_dates


def meeting_then_sentence(first: str) -> str:
    """Kenya met Uganda in Kampala on Monday. <first> and Uganda have signed a border deal. (one paragraph)"""
    return MET_IN_KAMPALA_ON_MONDAY + f"""

8   {first}  PROPN  NNP  {first}  12 nsubj     B-GPE
9   and      CCONJ  CC   and      8  cc
10  Uganda   PROPN  NNP  Uganda   8  conj      B-GPE
11  have     AUX    VBP  have     12 aux
12  signed   VERB   VBN  sign     12 ROOT
13  a        DET    DT   a        15 det
14  border   NOUN   NN   border   15 compound
15  deal     NOUN   NN   deal     12 dobj
16  .        PUNCT  .    .        12 punct
"""


@pytest.mark.parametrize("first,paragraph,carried", [("Kenya", False, True), ("Tanzania", False, False),
                                                     ("Kenya", True, False)])
def test_carry_dates_from_the_previous_sentence_between_the_same_parties(
        parse: Parse, run: Runner, first: str, paragraph: bool, carried: bool) -> None:
    # codebook section 9: the next sentence of the same episode takes its date; a new paragraph
    # is another episode (the break hangs on the sentence before it in spaCy's Doc)
    table = meeting_then_paragraph(first) if paragraph else meeting_then_sentence(first)
    state = run(state_of(parse(table), PUB), *upto("candidates"))
    meeting, deal = state.candidates
    assert (meeting.event_type, meeting.date, meeting.date_source) == ("CONSULT", "2022-06-13", "text")
    assert meeting.place is not None and meeting.place.resolved_place == "Kampala"
    assert (deal.event_type, deal.date, deal.date_source, deal.place) == (
        "AGREE", PUB.isoformat(), "publication", None)
    run(state, "carry_dates")
    if carried:
        # the very next sentence, among the same two states
        assert (deal.date, deal.date_text, deal.date_from_text, deal.date_source) == (
            "2022-06-13", "Monday", True, "discourse")
        assert deal.reason.endswith("date carried from the previous sentence")
        assert deal.place is not None and deal.place.resolved_place == "Kampala"
    else:
        assert (deal.date, deal.date_from_text, deal.date_source, deal.place) == (
            PUB.isoformat(), False, "publication", None)
    assert (meeting.date, meeting.date_source) == ("2022-06-13", "text")  # a dated event is left alone


@pytest.mark.parametrize("word,tag,carried", [("condemned", "VBD", True), ("condemns", "VBZ", False)])
def test_carry_dates_past_tense_event_takes_the_date_of_its_paragraph(parse: Parse, run: Runner, word: str,
                                                                      tag: str, carried: bool) -> None:
    state = run(state_of(parse(meeting_then_accusation(word, tag)), PUB), *upto("carry_dates"))
    _, accusation = state.candidates
    assert accusation.event_type == "ACCUSE"
    assert codes(accusation.actors) == ["UGA"] and codes(accusation.recipients) == ["TZA"]
    if carried:
        # other parties, but a simple past in the paragraph that just told of Monday
        assert (accusation.date, accusation.date_source) == ("2022-06-13", "discourse")
        assert accusation.reason.endswith("date of the paragraph's story")
    else:
        assert (accusation.date, accusation.date_source) == (PUB.isoformat(), "publication")


# --------------------------------------------------------------------------- follow_quotes


@pytest.mark.parametrize("speaker,code,attached", [("Kenya", "KEN", True), ("Uganda", "UGA", False)])
def test_follow_quotes_quote_after_an_event_by_its_actor_is_its_evidence(parse: Parse, run: Runner, speaker: str,
                                                                          code: str, attached: bool) -> None:
    state = run(state_of(parse(accuse_then_quote(speaker)), PUB), *upto("carry_dates"))
    assert set(state.triggers) == {0}  # the quotation's sentence reports no event of its own
    [cand] = state.candidates
    [quote] = state.quotes
    assert quote.speaker is not None and quote.speaker.code == code
    assert cand.quotes == []  # the quotation is not in the event's sentence
    run(state, "follow_quotes")
    assert cand.quotes == ([quote] if attached else [])


# --------------------------------------------------------------------------- speech_acts

CLAIM = """
0  Kenya    PROPN  NNP  Kenya    1  nsubj     B-GPE
1  said     VERB   VBD  say      1  ROOT
2  Ugandan  ADJ    JJ   ugandan  3  amod      B-NORP
3  troops   NOUN   NNS  troop    4  nsubj
4  shelled  VERB   VBD  shell    1  ccomp
5  the      DET    DT   the      7  det
6  border   NOUN   NN   border   7  compound
7  post     NOUN   NN   post     4  dobj
8  .        PUNCT  .    .        1  punct
"""

DEMAND = """
0  Kenya   PROPN  NNP  Kenya   1  nsubj  B-GPE
1  said    VERB   VBD  say     1  ROOT
2  Uganda  PROPN  NNP  Uganda  4  nsubj  B-GPE
3  must    AUX    MD   must    4  aux
4  reopen  VERB   VB   reopen  1  ccomp
5  the     DET    DT   the     6  det
6  border  NOUN   NN   border  4  dobj
7  .       PUNCT  .    .       1  punct
"""


def test_speech_acts_a_claim_is_the_speakers_accusation(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(CLAIM), PUB), *upto("speech_acts"))
    [claim] = state.candidates
    assert (claim.event_type, claim.mode) == ("ACCUSE", "allege")
    assert (codes(claim.actors), codes(claim.recipients)) == (["KEN"], ["UGA"])
    assert claim.trigger.text == "said"  # the act told only as a claim is not kept as fact


def test_speech_acts_a_demand_in_speech_is_a_request(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(DEMAND), PUB), *upto("speech_acts"))
    requests = [c for c in state.candidates if c.event_type == "REQUEST"]
    assert [(codes(c.actors), codes(c.recipients)) for c in requests] == [(["KEN"], ["UGA"])]
    assert requests[0].date == PUB.isoformat() and requests[0].date_source == "publication"


# --------------------------------------------------------------------------- merge


def test_merge_two_mentions_of_one_event_become_one_record(parse: Parse, run: Runner) -> None:
    doc = parse(two_accusations("Uganda"))
    state = run(state_of(doc, PUB, doc_id="m1"), *upto("follow_quotes"))
    assert len(state.candidates) == 2
    run(state, "merge")
    [event] = state.events
    assert event.event_type == "ACCUSE" and event.doc_id == "m1" and event.id.startswith("m1:")
    assert [a.code for a in event.actor] == ["KEN"] and [r.code for r in event.recipient] == ["UGA"]
    assert [s.text for s in event.text_info] == ["Kenya condemned Uganda.", "Nairobi also criticized Uganda."]
    for span in event.text_info:
        assert doc.text[span.start:span.end] == span.text
    assert (event.date, event.date_source) == (PUB.isoformat(), "publication")
    assert event.trigger == "condemned"
    # a second sentence telling the event raises the confidence of either alone
    assert event.confidence is not None and event.confidence > max(c.confidence for c in state.candidates)


def test_merge_keeps_events_with_other_participants_apart(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(two_accusations("Tanzania")), PUB), *upto("merge"))
    assert [(e.event_type, e.recipient[0].code, len(e.text_info)) for e in state.events] == [
        ("ACCUSE", "UGA", 1), ("ACCUSE", "TZA", 1)]


def test_merge_joins_an_undated_mention_only_once_its_date_is_carried(parse: Parse, run: Runner) -> None:
    table = two_accusations("Uganda", when="Monday")
    with_carry = run(state_of(parse(table), PUB), *upto("merge"))
    [event] = with_carry.events
    assert (event.date, event.date_text, event.date_source) == ("2022-06-13", "Monday", "text")
    assert len(event.text_info) == 2
    # without carry_dates (and news_day, which would date it by the lead) the second mention keeps
    # the publication date, which the first one's Monday contradicts: two records
    without = run(state_of(parse(table), PUB), *[n for n in upto("merge") if n not in ("carry_dates", "news_day")])
    assert sorted(e.date or "" for e in without.events) == ["2022-06-13", PUB.isoformat()]


#: "Kenya met Uganda in Kampala on Monday.<newline>At the talks, Kenya praised Uganda.<newline>The
#: talks between Kenya and Uganda ended."
MET_THEN_TALKS = MET_IN_KAMPALA_ON_MONDAY + PARAGRAPH_BREAK + """

9   At       ADP    IN   at       14 prep
10  the      DET    DT   the      11 det
11  talks    NOUN   NNS  talk     9  pobj
12  ,        PUNCT  ,    ,        14 punct
13  Kenya    PROPN  NNP  Kenya    14 nsubj     B-GPE
14  praised  VERB   VBD  praise   14 ROOT
15  Uganda   PROPN  NNP  Uganda   14 dobj      B-GPE
16  .        PUNCT  .    .        14 punct
17  <NL>     SPACE  _SP  <NL>     16 dep

18  The      DET    DT   the      19 det
19  talks    NOUN   NNS  talk     24 nsubj
20  between  ADP    IN   between  19 prep
21  Kenya    PROPN  NNP  Kenya    20 pobj      B-GPE
22  and      CCONJ  CC   and      21 cc
23  Uganda   PROPN  NNP  Uganda   21 conj      B-GPE
24  ended    VERB   VBD  end      24 ROOT
25  .        PUNCT  .    .        24 punct
"""


def test_event_coref_definite_noun_and_scene_take_the_earlier_event(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(MET_THEN_TALKS), PUB), *upto("carry_dates"))
    by_sentence = {c.sentence.start: c for c in state.candidates}
    meeting, praise, talks = by_sentence[0], by_sentence[9], by_sentence[18]
    assert (meeting.event_type, meeting.date, meeting.date_source) == ("CONSULT", "2022-06-13", "text")
    # each paragraph is its own episode: nothing carried the Monday date yet
    assert praise.event_type == "SUPPORT" and praise.date_source == "publication"
    assert talks.event_type == "CONSULT" and talks.date_source == "publication"
    run(state, "event_coref")
    # "the talks" refers back to the meeting; an act "at the talks" happened then and there
    assert (talks.date, talks.date_source, codes(talks.actors + talks.recipients)) == (
        "2022-06-13", "discourse", ["KEN", "UGA"])
    assert (praise.date, praise.date_source) == ("2022-06-13", "discourse")
    assert praise.place is not None and praise.place.resolved_place == "Kampala"
    run(state, "follow_quotes", "merge")
    # one meeting, told in all three sentences; the praise is an event of its own
    assert [(e.event_type, len(e.text_info)) for e in state.events] == [("CONSULT", 3), ("SUPPORT", 1)]


#: "Kenya met Uganda in Kampala on Monday.<newline>Kenya praised Uganda.<newline>Uganda thanks Kenya."
MET_THEN_PAST_AND_PRESENT = MET_IN_KAMPALA_ON_MONDAY + PARAGRAPH_BREAK + """

9   Kenya    PROPN  NNP  Kenya    10 nsubj     B-GPE
10  praised  VERB   VBD  praise   10 ROOT
11  Uganda   PROPN  NNP  Uganda   10 dobj      B-GPE
12  .        PUNCT  .    .        10 punct
13  <NL>     SPACE  _SP  <NL>     12 dep

14  Uganda   PROPN  NNP  Uganda   15 nsubj     B-GPE
15  thanks   VERB   VBZ  thank    15 ROOT
16  Kenya    PROPN  NNP  Kenya    15 dobj      B-GPE
17  .        PUNCT  .    .        15 punct
"""


def test_news_day_dates_acts_told_in_the_past_by_the_lead(parse: Parse, run: Runner) -> None:
    state = run(state_of(parse(MET_THEN_PAST_AND_PRESENT), PUB), *upto("event_coref"))
    by_sentence = {c.sentence.start: c for c in state.candidates}
    praise, thanks = by_sentence[9], by_sentence[14]
    # another paragraph: nothing before news_day dates them but the publication
    assert (praise.date_source, thanks.date_source) == ("publication", "publication")
    run(state, "news_day")
    # the lead's Monday (two days before the Wednesday of publication) is the story's day
    assert (praise.date, praise.date_source) == ("2022-06-13", "discourse")
    assert (thanks.date, thanks.date_source) == (PUB.isoformat(), "publication")  # told in the present


def test_news_day_not_when_the_lead_is_more_than_three_days_old(parse: Parse, run: Runner) -> None:
    # published on Friday 15 July: "Monday" is the 11th, four days before (news_day_max_days is 3)
    state = run(state_of(parse(MET_THEN_PAST_AND_PRESENT), PUB + dt.timedelta(days=30)), *upto("news_day"))
    praise = next(c for c in state.candidates if c.sentence.start == 9)
    assert praise.date_source == "publication"


#: "Kenya said shells landed and that it had lodged a protest.": the second "that" clause is parsed
#: as a conjunct of the first, not as the saying's own complement
SAID_AND_THAT_IT_HAD = """
0   Kenya     PROPN  NNP  Kenya    1  nsubj     B-GPE
1   said      VERB   VBD  say      1  ROOT
2   shells    NOUN   NNS  shell    3  nsubj
3   landed    VERB   VBD  land     1  ccomp
4   and       CCONJ  CC   and      3  cc
5   that      SCONJ  IN   that     8  mark
6   it        PRON   PRP  it       8  nsubj
7   had       AUX    VBD  have     8  aux
8   lodged    VERB   VBN  lodge    3  conj
9   a         DET    DT   a        10 det
10  protest   NOUN   NN   protest  8  dobj
11  .         PUNCT  .    .        1  punct
"""


def test_past_perfect_in_a_second_that_clause_is_reported_speech(parse: Parse, shared: ArticleExtractor) -> None:
    doc = parse(SAID_AND_THAT_IT_HAD)
    # reported speech shifts the simple past back: the news of the day, not undated background
    assert not shared._past_perfect(doc[8])
