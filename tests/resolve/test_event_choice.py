"""The choice of an event's date and place (``resolve/event_dates.py``, ``resolve/event_places.py``)
on spaCy Docs built by hand (``tests/extract/handbuilt.py``), with a date finder and a gazetteer
that know only the words of these tests: no statistical model, no Duckling, no GeoNames.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from communique.data import Country
from communique.model import Place
from communique.nlp.mentions import DateMention
from communique.resolve.event_dates import EventDates, date_owner
from communique.resolve.event_places import EventPlaces
from file_modules import load_file


def _handbuilt() -> ModuleType:
    """The token-table Doc builder the extraction unit tests use."""
    return load_file("resolve_handbuilt", Path(__file__).resolve().parents[1] / "extract" / "handbuilt.py")


HANDBUILT = _handbuilt()
NLP = spacy.blank("en")
PUB = dt.date(2022, 6, 15)


def parse(table: str) -> Doc:
    doc: Doc = HANDBUILT.build(NLP.vocab, table)
    return doc


class Finder:
    """A date finder that knows a fixed set of phrases (values as a resolver would give them)."""

    def __init__(self, phrases: Mapping[str, str | None]) -> None:
        self.phrases = dict(phrases)
        self.calls: list[tuple[str, bool]] = []

    def find(self, text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
        out = []
        for phrase, value in self.phrases.items():
            for hit in re.finditer(re.escape(phrase), text):
                out.append(DateMention(hit.start(), hit.end(), phrase, value, "test finder"))
        return sorted(out, key=lambda m: m.start)

    def resolve(self, phrase: str, published: dt.date | None, *, future: bool = False) -> str | None:
        self.calls.append((phrase, future))
        return self.phrases.get(phrase)


def event_dates(phrases: Mapping[str, str | None]) -> EventDates:
    return EventDates(Finder(phrases), anaphoric_dates={"the same day": 0, "the next day": 1},
                      anaphoric_periods=["that"], deadlines=["by", "before"], bounds=["since"])


TALKS = """
0  Talks      NOUN   NNS  talk      1  nsubj  O
1  ended      VERB   VBD  end       1  ROOT   O
2  on         ADP    IN   on        1  prep   O
3  14         NUM    CD   14        4  nummod B-DATE
4  March      PROPN  NNP  March     2  pobj   I-DATE
5  2017       NUM    CD   2017      4  nummod I-DATE
6  .          PUNCT  .    .         1  punct  O

7  Quito      PROPN  NNP  Quito     8  nsubj  B-GPE
8  recalled   VERB   VBD  recall    8  ROOT   O
9  envoys     NOUN   NNS  envoy     8  dobj   O
10 the        DET    DT   the       12 det    O
11 same       ADJ    JJ   same      12 amod   O
12 day        NOUN   NN   day       8  npadvmod O
13 .          PUNCT  .    .         8  punct  O
"""


def test_event_dates_read_every_sentence_and_point_back() -> None:
    doc = parse(TALKS)
    all_dates: list[DateMention] = []
    found = event_dates({"14 March 2017": "2017-03-14"}).read(doc, PUB, all_dates)
    assert set(found) == {0, 7}
    (told, told_root), = found[0]
    assert (told.text, told.value, told_root is not None and told_root.text) == ("14 March 2017", "2017-03-14", "March")
    (pointed, pointed_root), = found[7]
    assert pointed.value == "2017-03-14" and pointed.reason == "refers to the last date given"
    assert doc.text[pointed.start:pointed.end] == "the same day"  # offsets into the whole text
    assert pointed_root is not None and pointed_root.text == "day"
    assert [m.value for m in all_dates] == ["2017-03-14", "2017-03-14"]


SINCE = """
0  Talks      NOUN   NNS  talk      1  nsubj  O
1  stalled    VERB   VBD  stall     1  ROOT   O
2  since      ADP    IN   since     1  prep   O
3  2018       NUM    CD   2018      2  pobj   B-DATE
4  and        CCONJ  CC   and       1  cc     O
5  resumed    VERB   VBD  resume    1  conj   O
6  that       DET    DT   that      7  det    O
7  May        PROPN  NNP  May       5  npadvmod B-DATE
8  ,          PUNCT  ,    ,         1  punct  O
9  by         ADP    IN   by        1  prep   O
10 2019       NUM    CD   2019      9  pobj   B-DATE
11 .          PUNCT  .    .         1  punct  O
"""


def test_event_dates_bounds_dropped_periods_take_the_year_told_deadlines_keep_the_year() -> None:
    doc = parse(SINCE)
    all_dates: list[DateMention] = []
    found = event_dates({"2018": "2018", "2019": "2019-07-01"}).read(doc, PUB, all_dates)
    by_text = {m.text: m for m, _ in found[0]}
    assert "2018" not in by_text  # "since 2018" bounds the talks, it does not date them
    assert by_text["2019"].value == "2019" and by_text["2019"].reason.endswith("deadline")
    # "that May" takes the year told before it in the sentence, a bound's too
    assert (by_text["that May"].value, by_text["that May"].reason) == ("2018-05", "refers to the last year given")
    assert [m.value for m in all_dates] == ["2019", "2018-05"]  # the dates told, then those pointed back to


THAT_MAY = """
0  Talks      NOUN   NNS  talk      1  nsubj  O
1  began      VERB   VBD  begin     1  ROOT   O
2  in         ADP    IN   in        1  prep   O
3  2016       NUM    CD   2016      2  pobj   B-DATE
4  and        CCONJ  CC   and       1  cc     O
5  ended      VERB   VBD  end       1  conj   O
6  that       DET    DT   that      7  det    O
7  May        PROPN  NNP  May       5  npadvmod B-DATE
8  .          PUNCT  .    .         1  punct  O
"""


def test_event_dates_that_month_takes_the_year_told_before() -> None:
    found = event_dates({"2016": "2016"}).read(parse(THAT_MAY), PUB, [])
    values = {m.text: (m.value, m.reason) for m, _ in found[0]}
    assert values["that May"] == ("2016-05", "refers to the last year given")


MET = """
0  Ruto       PROPN  NNP  Ruto      1  nsubj  B-PERSON
1  met        VERB   VBD  meet      1  ROOT   O
2  Museveni   PROPN  NNP  Museveni  1  dobj   B-PERSON
3  in         ADP    IN   in        1  prep   O
4  Kampala    PROPN  NNP  Kampala   3  pobj   B-GPE
5  on         ADP    IN   on        1  prep   O
6  Monday     PROPN  NNP  Monday    5  pobj   B-DATE
7  and        CCONJ  CC   and       1  cc     O
8  signed     VERB   VBD  sign      1  conj   O
9  a          DET    DT   a         10 det    O
10 deal       NOUN   NN   deal      8  dobj   O
11 .          PUNCT  .    .         1  punct  O
"""


def test_event_dates_anchor_verbs_and_pick() -> None:
    doc = parse(MET)
    chooser = event_dates({"Monday": "2022-06-13"})
    dates = chooser.read(doc, PUB, [])[0]
    signed, deal = doc[8], doc[10]
    assert chooser.anchor_verbs(signed, True) == {8, 1}  # "met ... and signed": one time and place
    assert chooser.anchor_verbs(deal, False) == {10, 8}  # an event noun: the verb it hangs from
    picked = chooser.pick(signed, chooser.anchor_verbs(signed, True), dates, set())
    assert picked is not None and picked.value == "2022-06-13"
    # the date hangs on "met", another act of the sentence: not the deal's when "met" is not an anchor
    assert chooser.pick(deal, {10}, dates, {1}) is None
    assert date_owner(doc[6], {1}, set()) == "mine" and date_owner(doc[6], {8}, {1}) == "other"


def test_event_dates_paragraph_date_at() -> None:
    text = "A.\nTalks on 3 May. Then more.\nNew paragraph."
    dates = [DateMention(12, 17, "3 May", "2022-05-03", "t"), DateMention(0, 1, "A", "2022", "t")]
    assert EventDates.paragraph_date_at(24, text, dates) == dates[0]
    assert EventDates.paragraph_date_at(len(text) - 2, text, dates) is None  # another paragraph
    assert EventDates.paragraph_date_at(1, text, dates) is None  # a year alone does not count


# --------------------------------------------------------------------------- places


class Gazetteer:
    def __init__(self, names: dict[str, str]) -> None:
        self.names = names  # name -> country code

    def geocode(self, name: str) -> Place | None:
        code = self.names.get(name)
        return None if code is None else Place(extracted_place=name, resolved_place=name, country_code=code)

    def is_place(self, name: str) -> bool:
        return name in self.names


class Names:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {"KEN": Country(code="KEN", name="Kenya", demonyms=["Kenyan"],
                                                             capitals=["Nairobi"])}
        self.matcher: Any = PhraseMatcher(NLP.vocab)
        self.matcher.add("D|KEN", [NLP.make_doc("Kenyan")])


@pytest.fixture
def places() -> EventPlaces:
    gazetteer = Gazetteer({"Kampala": "UGA", "Mombasa": "KEN", "Nairobi": "KEN", "Lisbon": "PRT"})
    return EventPlaces(gazetteer, Names(), frozenset({"city"}))


def test_event_places_in_x_on_the_act(places: EventPlaces) -> None:
    doc = parse(MET)
    place = places.at(doc[8], {1, 8})
    assert place is not None and place.resolved_place == "Kampala"
    assert place.reason == "'in Kampala' on 'met'" and place.evidence is not None
    assert doc.text[place.evidence.start:place.evidence.end] == "Kampala"
    assert places.at(doc[8], {8}) is None  # "signed" has no place of its own


CITY = """
0  They       PRON   PRP  they      1  nsubj  O
1  met        VERB   VBD  meet      1  ROOT   O
2  in         ADP    IN   in        1  prep   O
3  the        DET    DT   the       5  det    O
4  port       NOUN   NN   port      5  compound O
5  city       NOUN   NN   city      2  pobj   O
6  of         ADP    IN   of        5  prep   O
7  Mombasa    PROPN  NNP  Mombasa   6  pobj   B-GPE
8  and        CCONJ  CC   and       1  cc     O
9  at         ADP    IN   at        1  prep   O
10 the        DET    DT   the       12 det    O
11 Kenyan     ADJ    JJ   Kenyan    12 amod   B-NORP
12 capital    NOUN   NN   capital   9  pobj   O
13 .          PUNCT  .    .         1  punct  O
"""


def test_event_places_place_nouns_and_a_demonym_capital(places: EventPlaces) -> None:
    doc = parse(CITY)
    city = places.named_by(doc[5])
    assert city is not None and city.resolved_place == "Mombasa"
    capital = places.named_by(doc[12])
    assert capital is not None and capital.resolved_place == "Nairobi"
    assert capital.evidence is not None and capital.evidence.text == "the Kenyan capital"
    assert places.demonym_codes(doc[12]) == ["KEN"]


def test_event_places_dateline(places: EventPlaces) -> None:
    found = places.dateline("NAIROBI, May 5 (Agency) - Kenya and Uganda met on Monday.")
    assert found is not None and found.resolved_place == "Nairobi"
    assert places.dateline("Kenya and Uganda met on Monday.") is None


#: "Kenya praised Uganda on Tuesday for freeing sailors.": the act praised hangs from "for"
PRAISED_FOR = """
0  Kenya     PROPN  NNP  Kenya    1  nsubj  B-GPE
1  praised   VERB   VBD  praise   1  ROOT   O
2  Uganda    PROPN  NNP  Uganda   1  dobj   B-GPE
3  on        ADP    IN   on       1  prep   O
4  Tuesday   PROPN  NNP  Tuesday  3  pobj   B-DATE
5  for       ADP    IN   for      1  prep   O
6  freeing   VERB   VBG  free     5  pcomp  O
7  sailors   NOUN   NNS  sailor   6  dobj   O
8  .         PUNCT  .    .        1  punct  O
"""


@pytest.mark.parametrize("prep", ["for", "by"])
def test_event_dates_a_gerund_after_for_or_by_shares_the_verb_s_time(prep: str) -> None:
    doc = parse(PRAISED_FOR.replace("for       ADP    IN   for", f"{prep:<9} ADP    IN   {prep:<8}"))
    anchors = EventDates.anchor_verbs(doc[6], True)
    assert 1 in anchors  # "praised ... on Tuesday for freeing": Tuesday is the freeing's time too


# a parse with no main verb: the date hangs on the noun the parser made the root
FRAGMENT = """
0  On         ADP    IN   on        3  prep   O
1  Sunday     PROPN  NNP  Sunday    0  pobj   B-DATE
2  ,          PUNCT  ,    ,         3  punct  O
3  crowds     NOUN   NNS  crowd     3  ROOT   O
4  ,          PUNCT  ,    ,         3  punct  O
5  some       DET    DT   some      7  det    O
6  waving     VERB   VBG  wave      7  amod   O
7  flags      NOUN   NNS  flag      3  appos  O
8  ,          PUNCT  ,    ,         7  punct  O
9  marched    VERB   VBN  march     7  acl    O
10 to         ADP    IN   to        9  prep   O
11 the        DET    DT   the       12 det    O
12 embassy    NOUN   NN   embassy   10 pobj   O
13 .          PUNCT  .    .         3  punct  O
"""


def test_event_dates_a_sentence_parsed_without_a_verb_gives_its_one_date_to_its_act() -> None:
    doc = parse(FRAGMENT)
    chooser = event_dates({"Sunday": "2022-06-12"})
    dates = chooser.read(doc, PUB, [])[0]
    marched = doc[9]
    picked = chooser.pick(marched, chooser.anchor_verbs(marched, True), dates, set())
    assert picked is not None and picked.value == "2022-06-12"
