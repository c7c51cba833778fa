"""The extractor on sentences written for these tests: types, participants, modality, dates, places."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.extraction import Extractor
from communique.model import Article, Event
from communique.store import Store

Extract = Callable[..., list[Event]]


def summary(events: list[Event]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(e.event_type, frozenset(a.code for a in e.actor), frozenset(r.code for r in e.recipient))
            for e in events}


def find(events: list[Event], etype: str) -> Event:
    matches = [e for e in events if e.event_type == etype]
    assert matches, f"no {etype} in {[e.event_type for e in events]}"
    return matches[0]


@pytest.mark.parametrize(
    "text,etype,parties",
    [
        ("The foreign ministers of Japan and India met in Tokyo on Monday.", "CONSULT", {"JPN", "IND"}),
        ("Brazil and Argentina signed a trade agreement on Tuesday.", "AGREE", {"BRA", "ARG"}),
        ("Kenya held talks with Ethiopia on the border dispute on Monday.", "CONSULT", {"KEN", "ETH"}),
        ("Norway and Sweden agreed to share fishing data.", "AGREE", {"NOR", "SWE"}),
    ],
)
def test_events_symmetric_types_list_every_participant(extract: Extract, text: str, etype: str,
                                                        parties: set[str]) -> None:
    ev = find(extract(text), etype)
    assert ev.participants() == frozenset(parties)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("Canada condemned Iran on Tuesday for the detention of two of its citizens.", "ACCUSE", "CAN", "IRN"),
        ("Poland praised Lithuania for its support.", "SUPPORT", "POL", "LTU"),
        ("The European Union imposed new sanctions on Belarus on Monday.", "SANCTION", "EUR", "BLR"),
        ("Chile called on Peru to reopen the border crossing.", "REQUEST", "CHL", "PER"),
        ("Egypt rejected a proposal from Ethiopia on Tuesday.", "REJECT", "EGY", "ETH"),
        ("Morocco expelled two Algerian diplomats on Monday.", "SANCTION", "MAR", "DZA"),
        ("Ghana sent humanitarian aid to Burkina Faso last week.", "AID", "GHA", "BFA"),
    ],
)
def test_events_directed_types_keep_roles(extract: Extract, text: str, etype: str, actor: str,
                                          recipient: str) -> None:
    ev = find(extract(text), etype)
    assert [a.code for a in ev.actor] == [actor]
    assert [r.code for r in ev.recipient] == [recipient]


@pytest.mark.parametrize(
    "text,etype,modality",
    [
        ("Spain did not condemn Morocco for the incident.", "ACCUSE", "negated"),
        ("Portugal never criticised Brazil over the deal.", "ACCUSE", "negated"),
        ("The presidents of Chile and Peru will meet in Lima next week.", "CONSULT", "future"),
        ("Talks between Serbia and Hungary are expected to take place in Budapest in May.", "CONSULT", "future"),
        ("Greece could impose sanctions on Libya if the talks fail.", "SANCTION", "hypothetical"),
        ("A meeting between Japan and China could be held in Osaka.", "CONSULT", "hypothetical"),
        ("Austria and Slovenia held talks in Vienna on Monday.", "CONSULT", "asserted"),
        ("Austria and Slovenia are expected to sign a treaty.", "AGREE", "future"),
        ("Austria and Slovenia are seeking to deepen their partnership.", "AGREE", "asserted"),
    ],
)
def test_events_modality(extract: Extract, text: str, etype: str, modality: str) -> None:
    assert find(extract(text), etype).modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "Finland denied that its jets attacked Estonia.",
        "Estonia has not imposed sanctions on Latvia.",
        "Mexico would never expel Cuban diplomats, the minister said.",
        "Chile could send aid to Bolivia if asked.",
        "Ankara rejected claims that Turkish drones had struck Armenian villages.",
        "Canada would not rule out sanctions on Venezuela, a spokesman said.",
        "A meeting between Peru and Chile is possible later this year.",
        "Uruguay said it had not received any request from Paraguay for talks.",
        "Bolivia says La Paz is ready for talks with Chile.",
    ],
)
def test_events_negated_or_hypothetical_never_asserted(extract: Extract, text: str) -> None:
    for ev in extract(text):
        assert ev.modality != "asserted", (ev.event_type, ev.reason)


@pytest.mark.parametrize(
    "text,published,date",
    [
        ("Italy and Malta held talks on Tuesday.", "2021-03-10", "2021-03-09"),
        ("Italy and Malta held talks on 5 March.", "2021-03-10", "2021-03-05"),
        ("Italy and Malta held talks earlier this month.", "2021-03-10", "2021-03"),
        ("Italy and Malta held talks in November 2015.", "2021-03-10", "2015-11"),
        ("Italy and Malta held talks in Rome.", "2021-03-10", "2021-03-10"),
    ],
)
def test_events_dates_resolve_against_publication(extract: Extract, text: str, published: str,
                                                  date: str) -> None:
    assert find(extract(text, published), "CONSULT").date == date


def test_events_two_dates_are_two_events(extract: Extract) -> None:
    text = ("The leaders of Ireland and Iceland spoke by phone on Tuesday. "
            "Their previous phone call was on the second of last month.")
    calls = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert sorted(e.date or "" for e in calls) == ["2021-02-02", "2021-03-09"]


def test_events_place_is_geocoded(extract: Extract) -> None:
    ev = find(extract("Austria and Slovenia held talks in Vienna on Monday."), "CONSULT")
    assert ev.event_loc is not None
    assert ev.event_loc.resolved_place == "Vienna"
    assert ev.event_loc.country_code == "AUT"
    assert ev.event_loc.lat is not None


def test_events_evidence_spans_index_the_text(extract: Extract) -> None:
    text = "Background line.\n\nNorway and Sweden agreed to share fishing data. Denmark praised Norway."
    for ev in extract(text):
        for span in ev.text_info:
            assert text[span.start:span.end] == span.text


def test_events_same_event_in_two_sentences_is_one_record(extract: Extract) -> None:
    text = ("Kenya and Uganda signed a trade agreement on Monday. "
            "The agreement was signed by Kenya and Uganda in Nairobi on Monday.")
    agrees = [e for e in extract(text) if e.event_type == "AGREE"]
    assert len(agrees) == 1
    assert len(agrees[0].text_info) == 2


def test_events_metonyms_and_capitals_are_governments(extract: Extract) -> None:
    ev = find(extract("The Kremlin criticised Warsaw on Monday."), "ACCUSE")
    assert (ev.actor[0].code, ev.actor[0].sector) == ("RUS", "GOV")
    assert ev.recipient[0].code == "POL"


def test_events_demonym_and_organ_give_the_sector(extract: Extract) -> None:
    ev = find(extract("Turkish soldiers attacked Syrian forces near the border on Monday."), "ASSAULT")
    assert (ev.actor[0].code, ev.actor[0].sector) == ("TUR", "MIL")
    assert ev.recipient[0].code == "SYR"


def test_events_domestic_acts_are_not_events(extract: Extract) -> None:
    assert extract("The Italian government criticised Italian opposition parties on Monday.") == []


def test_events_quotes_have_speakers(extract: Extract) -> None:
    text = 'Canada condemned Iran on Tuesday. "This is unacceptable," the Canadian foreign minister said.'
    events = extract(text)
    assert events
    quotes = [q for e in extract('"We condemn Iran," Canada said on Tuesday.') for q in e.quotes]
    assert quotes and quotes[0].text == "We condemn Iran,"


def test_events_quote_in_the_next_sentence_joins_its_speakers_event(extract: Extract) -> None:
    text = ('Canada condemned Iran on Tuesday over the detentions. '
            '"This is a violation of every norm," the Canadian foreign minister said.')
    accuse = find(extract(text), "ACCUSE")
    assert [q.text for q in accuse.quotes] == ["This is a violation of every norm,"]
    assert accuse.quotes[0].speaker is not None


def test_events_confidence_ranks_explicit_above_inferred_participants(extract: Extract) -> None:
    explicit = find(extract("Poland praised Lithuania on Monday."), "SUPPORT")
    inferred = find(extract("The Polish foreign minister spoke in Warsaw. He praised Lithuania on Monday."),
                    "SUPPORT")
    assert explicit.confidence is not None and inferred.confidence is not None
    assert 0 < inferred.confidence < explicit.confidence <= 1


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The European Union lifted sanctions on Belarus on Monday.", "RETREAT"),
        ("The European Union agreed to lift sanctions on Belarus.", "CONCEDE"),
        ("The European Union will lift sanctions on Belarus next month.", "CONCEDE"),
        ("Armenia released two Azerbaijani soldiers on Monday.", "RETREAT"),
        ("Armenia said it would release two Azerbaijani soldiers.", "CONCEDE"),
    ],
)
def test_events_easings_carried_out_retreat_promised_concede(extract: Extract, text: str, etype: str) -> None:
    """Codebook section 2: easings and withdrawals announced or promised are CONCEDE; carried out, RETREAT."""
    assert etype in {e.event_type for e in extract(text)}


@pytest.mark.parametrize(
    "text,etype,context",
    [
        ("Austria and Slovenia held talks in Vienna on Monday.", "CONSULT", "diplomatic"),
        ("Ghana sent humanitarian aid to Burkina Faso last week.", "AID", "human_security"),
        ("Japan and South Korea agreed to expand trade in vaccines.", "AGREE", "health"),
        ("Norway and Sweden agreed to build a gas pipeline.", "AGREE", "natural_resource"),
    ],
)
def test_events_contexts_from_type_and_words(extract: Extract, text: str, etype: str, context: str) -> None:
    assert context in find(extract(text), etype).context


def test_events_acts_beside_the_clause_keep_their_own_doer(extract: Extract) -> None:
    """ "sent condolences after the attack": the sender did not attack."""
    events = extract("Erdogan sent his condolences to Putin after the attack in Moscow.")
    assert {e.event_type for e in events} == {"SUPPORT"}


def test_events_bounded_dates_do_not_date_the_event(extract: Extract) -> None:
    ev = find(extract("Iran and Saudi Arabia restored diplomatic ties after seven years."), "COOPERATE")
    assert ev.date == "2021-03-10"


def test_events_object_pronoun_is_not_the_subject(extract: Extract) -> None:
    text = ("The Danish foreign minister spoke by phone with the Norwegian foreign minister on Monday "
            "and urged him to lift the restrictions.")
    ev = find(extract(text), "REQUEST")
    assert ([a.code for a in ev.actor], [r.code for r in ev.recipient]) == (["DNK"], ["NOR"])


def test_events_sanctions_inside_a_package_are_one_event(extract: Extract) -> None:
    events = extract("The European Union imposed a new package of sanctions on Iran on Monday.")
    assert [e.event_type for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("North Korea threatened to take countermeasures against South Korea.", "THREATEN", "PRK", "KOR"),
        ("Thousands of Armenians protested outside the Russian embassy in Yerevan.", "PROTEST", "ARM", "RUS"),
        ("Turkish troops launched a ground operation against Kurdish militants in northern Iraq.", "ASSAULT",
         "TUR", "IRQ"),
        ("Indonesia seized a Chinese fishing vessel in its waters.", "COERCE", "IDN", "CHN"),
    ],
)
def test_events_conflict_types(extract: Extract, text: str, etype: str, actor: str, recipient: str) -> None:
    ev = find(extract(text), etype)
    assert ([a.code for a in ev.actor], [r.code for r in ev.recipient]) == ([actor], [recipient])


@pytest.mark.parametrize(
    "text,place",
    [
        ("Chile and Peru held talks at a Lisbon hotel on Friday.", "Lisbon"),
        ("The Swedish foreign minister held talks in the Kenyan capital on Monday.", "Nairobi"),
        ("Japan and Australia held talks in the port city of Darwin.", "Darwin"),
    ],
)
def test_events_places_behind_nouns(extract: Extract, text: str, place: str) -> None:
    ev = find(extract(text), "CONSULT")
    assert ev.event_loc is not None and ev.event_loc.resolved_place == place


@pytest.mark.parametrize(
    "text,etype,modality,date",
    [
        ("Putin to visit China in May, Kremlin says.", "CONSULT", "future", "2021-05"),
        ("Blinken is scheduled to travel to Beijing later this month.", "CONSULT", "future", "2021-03"),
        ("Iran and the IAEA reached an agreement on inspections on Saturday.", "AGREE", "asserted", "2021-03-06"),
    ],
)
def test_events_plans_and_their_dates(extract: Extract, text: str, etype: str, modality: str, date: str) -> None:
    ev = find(extract(text), etype)
    assert (ev.modality, ev.date) == (modality, date)


@pytest.mark.parametrize(
    "text,etype,source",
    [
        ("Kenya held talks with Ethiopia on the border dispute on Monday.", "CONSULT", "text"),
        ("Chile condemned Peru over the arrest of its fishermen.", "ACCUSE", "publication"),
        ("On 2 March the Polish president visited Lithuania. He met the Lithuanian president in Vilnius.",
         "CONSULT", "text"),
        ("Spain recalled its ambassador from Algeria on 4 February.\nThat same day Algeria condemned Spain.",
         "ACCUSE", "discourse"),
    ],
)
def test_events_say_where_their_date_came_from(extract: Extract, text: str, etype: str, source: str) -> None:
    ev = find(extract(text), etype)
    assert ev.date_source == source, (ev.date, ev.date_text, ev.reason)
    assert ev.to_record()["date_source"] == source


@pytest.mark.parametrize(
    "text,expected",
    [
        # a claim of a hostile act is the speaker's accusation; the act is not asserted as fact
        ("Azerbaijan said Armenian forces shelled the city of Tartar on Monday.",
         {("ACCUSE", frozenset({"AZE"}), frozenset({"ARM"}))}),
        ("Ukraine said Russian troops had seized the power plant.",
         {("ACCUSE", frozenset({"UKR"}), frozenset({"RUS"}))}),
        # a demand made by saying what another must do
        ("Norway said on Friday that Chile must hand back the trawler it seized.",
         {("REQUEST", frozenset({"NOR"}), frozenset({"CHL"}))}),
        # a warning about what another will suffer
        ("Japan cautioned that China would regret any move against the islands.",
         {("THREATEN", frozenset({"JPN"}), frozenset({"CHN"}))}),
    ],
)
def test_events_speech_acts(extract: Extract, text: str, expected: set[tuple[str, frozenset[str], frozenset[str]]]
                            ) -> None:
    assert summary(extract(text)) == expected


def test_events_speech_claims_keep_own_acts(extract: Extract) -> None:
    # the doer telling of its own act reports it; no accusation
    events = extract("The Turkish army said its jets struck Syrian government positions near Idlib on Sunday.")
    assert "ACCUSE" not in {e.event_type for e in events}
    # a pronoun in a speaker's report is the speaker
    assert "ACCUSE" not in {e.event_type for e in extract("Ukraine said it had shelled a Russian depot in Crimea.")}


def test_events_short_names_of_named_states(extract: Extract) -> None:
    text = ("North Korea fired two missiles into South Korea's waters on Monday. On Tuesday the South "
            "condemned the North over the launches.")
    assert ("ACCUSE", frozenset({"KOR"}), frozenset({"PRK"})) in summary(extract(text))
    # with no state of that name in the article, "the North" is nobody
    assert summary(extract("Chile condemned the North on Tuesday.")) == set()


def test_events_recipient_from_the_interaction_in_focus(extract: Extract) -> None:
    text = ("Kenya and Uganda held talks in Nairobi on Monday. Kenya also criticised the delay on the border road.")
    assert ("ACCUSE", frozenset({"KEN"}), frozenset({"UGA"})) in summary(extract(text))
    # a new paragraph about something else does not inherit the partner
    text2 = ("Kenya and Uganda held talks in Nairobi on Monday.\\n\\nLater in the week, after a long debate in "
             "parliament, Kenya criticised the delay on the border road.")
    assert not any(e[0] == "ACCUSE" for e in summary(extract(text2)))


def test_events_date_and_place_carry_evidence_and_reason(extract: Extract) -> None:
    text = "Kenya held talks with Ethiopia in Nairobi on Monday."
    ev = find(extract(text), "CONSULT")
    assert ev.when is not None and ev.when.evidence is not None
    assert text[ev.when.evidence.start:ev.when.evidence.end] == ev.when.evidence.text
    assert "Monday" in ev.when.evidence.text
    assert (ev.when.source, ev.when.value, ev.when.precision) == ("text", ev.date, "day")
    assert ev.when.reason.startswith("the act's own clause")
    assert ev.event_loc is not None and "in Nairobi" in ev.event_loc.reason
    record = ev.to_record()
    assert record["when"]["evidence"]["text"] == ev.when.evidence.text
    # an act the text does not date takes the publication date, and says so
    undated = find(extract("Chile condemned Peru over the arrest of its fishermen."), "ACCUSE")
    assert undated.when is not None and undated.when.evidence is None
    assert (undated.when.source, undated.when.reason) == ("publication", "no date in its clause: the publication date")


def test_events_undated_acts_continue_the_paragraphs_episode(extract: Extract) -> None:
    # the third sentence has no date: it continues the episode the first one dated, in the same
    # paragraph, among the same parties
    text = ("Chile and Peru held talks in Lima on 2 March. The fishing quota was discussed at length. "
            "Chile has also criticised Peru over the detained trawler.")
    acc = find(extract(text), "ACCUSE")
    assert (acc.date, acc.date_source) == ("2021-03-02", "discourse")
    # in a new paragraph, the episode is another one
    apart = text.replace(" Chile has", "\n\nChile has")
    assert find(extract(apart), "ACCUSE").date_source != "discourse"


@pytest.mark.parametrize("group", ["The delegations", "The two leaders", "Both sides", "The neighbours"])
def test_events_group_nouns_are_the_parties_in_focus(extract: Extract, group: str) -> None:
    text = (f"Kenya's president met his Ugandan counterpart in Nairobi on Monday. {group} agreed to reopen "
            "the border.")
    assert ("AGREE", frozenset({"KEN", "UGA"})) in {(e.event_type, e.participants()) for e in extract(text)}


def test_events_target_from_the_articles_two_states(extract: Extract) -> None:
    # the freeing is told apart from the rest: no interaction in focus names its target, but the
    # article is about two states
    text = ("India and Pakistan exchanged fire along the border on Monday. Indian officials accused Pakistan "
            "of provoking the clash. Pakistan rejected the charge and blamed India.\n\nThe weather stayed cold "
            "all week.\n\nOn Friday Pakistan freed the captured pilot.")
    assert ("RETREAT", frozenset({"PAK"}), frozenset({"IND"})) in summary(extract(text))
    # when two states are not most of the article, it is no dyad: no target is guessed
    crowded = text.replace("the clash.", "the clash. Iran, China, Russia and Turkey called for calm.")
    assert not any(e[0] == "RETREAT" for e in summary(extract(crowded)))


def test_events_a_promise_to_cooperate_is_agree(extract: Extract) -> None:
    # codebook section 2: promises and offers are AGREE, asserted when made (section 5)
    events = extract("Norway will give Chad a loan of 40 million dollars to rebuild its schools, "
                     "the Norwegian development minister said on Tuesday.")
    assert [(e.event_type, e.modality) for e in events] == [("AGREE", "asserted")]
    assert {p.code for p in events[0].actor + events[0].recipient} == {"NOR", "TCD"}
    # a plan told by others stays a plan of its own type
    planned = extract("Norway is expected to give Chad a loan of 40 million dollars next month.")
    assert all(e.event_type != "AGREE" for e in planned)


def test_events_a_condition_makes_would_hypothetical(extract: Extract) -> None:
    events = extract("The minister said on Monday that Peru would send troops to Bolivia if Bolivia asked for them.")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_events_rejecting_a_charge_is_no_rejection(extract: Extract) -> None:
    # denying an accusation is the accused act negated (codebook section 9), never a REJECT
    events = extract("Chile accused Peru of spying on its navy on Monday. Peru rejected the accusation on Tuesday.")
    assert "REJECT" not in {e.event_type for e in events}
    # rejecting what another decided disapproves of it
    ruled = extract("Ghana rejected the ruling of the Togolese court on Tuesday.")
    assert [(e.event_type, e.mode) for e in ruled] == [("ACCUSE", "disapprove")]
    # rejecting a proposal is still a rejection
    assert "REJECT" in {e.event_type for e in extract("Ghana rejected Togo's proposal for talks on Tuesday.")}


def test_events_a_noun_under_the_verb_shares_its_date(extract: Extract) -> None:
    events = extract("Kenya recalled its ambassador to Uganda for consultations on Monday evening.",
                     published="2021-03-10")
    assert ("SANCTION", "2021-03-08") in {(e.event_type, e.date) for e in events}


def test_events_a_definite_event_noun_refers_back_to_the_event(extract: Extract) -> None:
    # two paragraphs apart, so no episode carries the date: the noun itself refers back
    text = ("The presidents of Kenya and Uganda met in Kampala on Monday.\n\n"
            "Separately, Chad accused Sudan of shelling a border town.\n\n"
            "The meeting between Kenya and Uganda was the first in a decade.")
    consults = [e for e in extract(text) if e.event_type == "CONSULT"]
    assert len(consults) == 1
    [meeting] = consults
    assert meeting.date == "2021-03-08" and len(meeting.text_info) == 2


def test_events_coordinated_demonyms_are_each_a_party(extract: Extract) -> None:
    assert ("CONSULT", frozenset({"KEN", "UGA"}), frozenset()) in summary(
        extract("Kenyan and Ugandan ministers met in Kampala on Monday."))
    assert ("ACCUSE", frozenset({"FRA", "DEU"}), frozenset({"IRN"})) in summary(
        extract("French and German diplomats condemned Iran on Tuesday."))


def test_events_an_act_at_an_earlier_meeting_takes_its_date(extract: Extract) -> None:
    text = ("The presidents of Kenya and Uganda met in Kampala on Monday.\n\n"
            "Separately, Chad accused Sudan of shelling a border town.\n\n"
            "At the meeting, Kenya criticised Uganda over the closure of the border.")
    accuse = [e for e in extract(text) if e.event_type == "ACCUSE" and {p.code for p in e.actor} == {"KEN"}]
    assert [(e.date, e.date_source) for e in accuse] == [("2021-03-08", "discourse")]


def test_events_condemning_an_attack_is_no_attack_by_the_critic(extract: Extract) -> None:
    # the learned typer recognises the noun; who condemns it did not carry it out
    events = extract("Kenya condemned the bombardment of Somali border villages on Monday.")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_events_a_new_paragraph_does_not_continue_the_last_episode(extract: Extract) -> None:
    # codebook section 9: a new paragraph about another episode does not inherit the date
    text = ("Kenya and Uganda signed a border treaty in Nairobi on 12 May 1995.\n\n"
            "Kenyan officials have asked Uganda to reopen the crossing.")
    request = find(extract(text), "REQUEST")
    assert (request.date, request.date_source) == ("2021-03-10", "publication")


@pytest.mark.parametrize("text", [
    "Peru and Ecuador accused each other of breaking the truce on Monday.",
    "Peru and Ecuador traded accusations on Monday.",
    "Peru and Ecuador met at the border on Monday. Each side blamed the other for the delay.",
])
def test_events_a_mutual_act_is_one_record_per_side(extract: Extract, text: str) -> None:
    # codebook section 9: mutual acts are one directed record per side
    events = extract(text)
    accusations = {(a, r) for t, a, r in summary(events) if t == "ACCUSE"}
    assert accusations == {(frozenset({"PER"}), frozenset({"ECU"})), (frozenset({"ECU"}), frozenset({"PER"}))}
    assert len({e.id for e in events}) == len(events)  # two records, two ids (the store keys on them)


def test_events_exchanging_fire_is_an_assault_by_each_side(extract: Extract) -> None:
    events = extract("Armenian and Azerbaijani troops exchanged fire along the frontier on Sunday.")
    assert {(a, r) for t, a, r in summary(events) if t == "ASSAULT"} == {
        (frozenset({"ARM"}), frozenset({"AZE"})), (frozenset({"AZE"}), frozenset({"ARM"}))}


def test_events_of_a_mutual_act_are_stored_side_by_side(extractor: Extractor) -> None:
    article = Article(id="m", text="Peru and Ecuador traded accusations on Monday.",
                      published=dt.date(2021, 3, 10))
    events = extractor.extract(article)
    with Store(":memory:") as store:
        store.add_articles([article])
        store.save_events(article.id, events)  # the store keys events on their ids
        assert len(store.events()) == len(events) == 2


def test_events_a_participle_of_a_past_perfect_is_no_news_of_the_day(extract: Extract) -> None:
    request = find(extract("Chile had taken the quarrel to the tribunal, asking Peru for compensation."), "REQUEST")
    # an earlier act: at most the month the story had reached, never the publication day
    assert request.date is None or len(str(request.date)) < 10


def test_events_verbs_joined_under_one_subject_share_the_target(extract: Extract) -> None:
    events = extract("The Kenyan president deplored the raids on Tuesday and urged Somalia to pull back its forces.")
    assert ("ACCUSE", frozenset({"KEN"}), frozenset({"SOM"})) in summary(events)
    # a conjoined clause with a subject of its own keeps its target to itself
    own = extract("The Kenyan president deplored the raids on Tuesday and Uganda urged Somalia to pull back.")
    assert not any(t == "ACCUSE" and r == frozenset({"SOM"}) for t, _, r in summary(own))
