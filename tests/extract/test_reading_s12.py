"""Readings added in session 12, each on sentences written for these tests (none taken or paraphrased
from a dev, held-out or GSR sentence)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Event

Extract = Callable[..., list[Event]]


def _dyad(ev: Event) -> tuple[str, list[str | None], list[str | None]]:
    return ev.event_type, [a.code for a in ev.actor], [r.code for r in ev.recipient]


def test_no_longer_negates_like_not(extract: Extract) -> None:
    (ev,) = extract("Hungary said on Monday it would no longer recognise the Serbian court's rulings.")
    assert _dyad(ev) == ("REJECT", ["HUN"], ["SRB"])


def test_longer_without_a_negation_does_not_negate(extract: Extract) -> None:
    # guard: "longer" alone is no negation; the act stays what it is
    events = extract("Hungary said on Monday it would recognise the Serbian court's rulings for longer.")
    assert [e.event_type for e in events] != ["REJECT"]


def test_wounding_people_is_violence_by_whoever_did_it(extract: Extract) -> None:
    (ev,) = extract("Mongolian border guards injured two Chinese herders on Sunday.")
    assert _dyad(ev) == ("ASSAULT", ["MNG"], ["CHN"])


def test_people_injured_by_no_one_named_is_no_event(extract: Extract) -> None:
    # guard: no doer, no event (codebook section 2)
    assert extract("Two Chinese herders were injured in a storm on Sunday.") == []


def test_a_judging_participle_after_a_demanded_clause_is_the_demanders(extract: Extract) -> None:
    events = extract("Peru demanded on Monday that Chile pull its ships out of the bay, calling Chile's deployment "
                     "illegal.", published="2024-05-10")
    (ev,) = [e for e in events if e.event_type == "ACCUSE"]
    assert _dyad(ev) == ("ACCUSE", ["PER"], ["CHL"])
    assert ev.date == "2024-05-06"  # told when the demand was made


def test_a_judging_participle_is_dated_with_the_verb_it_hangs_on(extract: Extract) -> None:
    events = extract("Russian trawlers entered the zone on Sunday. Norway insisted on Tuesday that Russia withdraw its "
                     "trawlers from the zone, calling Russia's fishing there unlawful.", published="2024-05-10")
    (ev,) = [e for e in events if e.event_type == "ACCUSE"]
    assert (_dyad(ev), ev.date) == (("ACCUSE", ["NOR"], ["RUS"]), "2024-05-07")


def test_people_of_a_state_by_their_trade_are_its_civilians(extract: Extract) -> None:
    (ev,) = extract("Kenyan police tortured three Sudanese traders last month.")
    assert _dyad(ev) == ("ASSAULT", ["KEN"], ["SDN"])
    assert ev.recipient[0].sector == "CVL"


def test_opposing_a_proposal_rejects_it_and_opposing_an_act_disapproves(extract: Extract) -> None:
    (ev,) = extract("Ghana opposed Nigerian mediation in the border dispute on Monday.")
    assert _dyad(ev) == ("REJECT", ["GHA"], ["NGA"])
    (ev,) = extract("Germany opposed Turkey's military operation in Syria on Monday.")
    assert (_dyad(ev), ev.mode) == (("ACCUSE", ["DEU"], ["TUR"]), "disapprove")


def test_being_opposed_to_something_is_a_stance_not_an_act(extract: Extract) -> None:
    # guard: the adjectival "is opposed to" tells a standing position (codebook section 9)
    assert extract("Austria is opposed to Hungary's plan for a new pipeline.") == []


def test_breaking_into_computers_and_defacing_websites_are_cyber_coercion(extract: Extract) -> None:
    (ev,) = extract("Russian hackers broke into the email servers of the Polish foreign ministry on Monday.")
    assert (_dyad(ev), ev.mode) == (("COERCE", ["RUS"], ["POL"]), "cyber")
    (ev,) = extract("Iranian hackers defaced dozens of Israeli government websites on Monday.")
    assert (_dyad(ev), ev.mode) == (("COERCE", ["IRN"], ["ISR"]), "cyber")


def test_breaking_into_a_house_is_no_cyber_act(extract: Extract) -> None:
    # guard: "broke into" needs a computer system
    assert [e for e in extract("Greek police broke into the house of a Turkish journalist in Athens.")
            if e.mode == "cyber"] == []


def test_making_a_call_to_someone_is_a_phone_call(extract: Extract) -> None:
    (ev,) = extract("Kenyatta made a call to Ethiopian Prime Minister Abiy Ahmed on Tuesday.")
    assert (ev.event_type, ev.mode, sorted(p.code or "" for p in ev.actor + ev.recipient)) == \
        ("CONSULT", "phone", ["ETH", "KEN"])


def test_making_a_call_for_something_is_still_an_appeal(extract: Extract) -> None:
    # guard: "a call for calm" asks; it is no phone call
    (ev,) = extract("Kenya made a call for calm to Ethiopia on Tuesday.")
    assert ev.event_type == "REQUEST"


def test_what_is_discussed_is_no_party_to_the_talks(extract: Extract) -> None:
    assert [e for e in extract("Chile's cabinet discussed the Peruvian proposal on Monday.")
            if e.event_type == "CONSULT"] == []


def test_a_partner_of_discussion_may_hang_on_what_is_discussed(extract: Extract) -> None:
    # guard: "with" on the object still names the partner
    (ev,) = extract("Putin discussed the grain crisis with Erdogan on Monday.")
    assert (ev.event_type, sorted(p.code or "" for p in ev.actor + ev.recipient)) == ("CONSULT", ["RUS", "TUR"])


def test_the_court_a_state_is_taken_to_is_no_party(extract: Extract) -> None:
    (ev,) = extract("Chile said on Monday it would take Bolivia to the International Court of Justice.")
    assert _dyad(ev) == ("ACCUSE", ["CHL"], ["BOL"])


def test_a_demand_to_undo_a_measure_is_made_of_whoever_took_it(extract: Extract) -> None:
    text = ("The European Union imposed sanctions on Belarus in June. Poland's president visited Minsk on Friday for "
            "talks with Lukashenko. On Monday Minsk demanded that the sanctions be lifted.")
    (ev,) = [e for e in extract(text, "2024-05-10") if e.event_type == "REQUEST"]
    assert _dyad(ev) == ("REQUEST", ["BLR"], ["EUR"])


def test_two_states_talking_is_a_meeting(extract: Extract) -> None:
    (ev,) = extract("Chile and Peru talked on Monday.")
    assert (ev.event_type, sorted(p.code or "" for p in ev.actor + ev.recipient)) == ("CONSULT", ["CHL", "PER"])


def test_talking_about_a_state_is_no_meeting_with_it(extract: Extract) -> None:
    # guard: "talked about" names a topic
    assert extract("Chile's president talked about the Peruvian border on Monday.") == []


def test_a_measure_a_clause_of_its_own_tells_is_an_event_even_when_undone(extract: Extract) -> None:
    events = extract("Peru asked Chile to ease the embargo it imposed on Peruvian fish in May.", "2024-07-10")
    (ev,) = [e for e in events if e.event_type == "SANCTION"]
    assert (_dyad(ev), ev.date) == (("SANCTION", ["CHL"], ["PER"]), "2024-05")


def test_lifting_sanctions_is_no_sanction(extract: Extract) -> None:
    # guard: the noun of "lifted the sanctions" with no clause of its own is what is undone
    assert [e for e in extract("The European Union lifted the sanctions on Belarus on Monday.")
            if e.event_type == "SANCTION"] == []


def test_wanting_another_to_cooperate_asks_it(extract: Extract) -> None:
    events = extract("Minsk wants the EU to lift the sanctions on Belarus, the foreign minister said.", "2024-07-10")
    assert [_dyad(e) for e in events if e.event_type in ("REQUEST", "AGREE")] == [("REQUEST", ["BLR"], ["EUR"])]
