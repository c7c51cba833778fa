"""Narrative dates read in session 17, each on sentences written for these tests (none taken or
paraphrased from a dev, held-out or GSR sentence). Published 2021-03-10, a Wednesday."""

from __future__ import annotations

from reading import Extract, dated


def test_the_same_day_opening_a_paragraph_is_the_day_told_just_before(extract: Extract) -> None:
    # the story's day is Monday, but "the same day" points to the last day told: February 2
    events = extract("Kenyan and Somali ministers met in Nairobi on Monday to discuss the border.\n\n"
                     "The African Union endorsed the border commission on February 2, after Kenya asked "
                     "Somalia to name its members.\n\n"
                     "The same day, Somali troops shelled a Kenyan police post near Mandera.")
    assert dated(events, "ASSAULT") == [("2021-02-02", "discourse")]


def test_a_day_planned_after_publication_is_no_day_the_story_has_reached(extract: Extract) -> None:
    # "a day earlier" opening a paragraph counts from Monday, not from the talks still to come
    events = extract("Kenyan and Somali ministers met in Nairobi on Monday to discuss the border. Further "
                     "rounds are due over the coming days.\n\n"
                     "A day earlier, Somalia expelled two Kenyan diplomats.")
    assert dated(events, "SANCTION") == [("2021-03-07", "discourse")]


def test_an_act_told_in_the_past_perfect_takes_the_month_of_the_story(extract: Extract) -> None:
    events = extract("Sudan and Egypt held talks in Cairo on February 3 about the dam. Ethiopia had rejected "
                     "an Egyptian proposal on the filling of the reservoir.")
    assert dated(events, "REJECT") == [("2021-02", "discourse")]


def test_an_act_told_in_the_past_perfect_alone_in_its_paragraph_takes_the_publication_month(
        extract: Extract) -> None:
    events = extract("Peru and Chile signed a fisheries accord on Monday.\n\n"
                     "Chile had recalled its ambassador from Lima during the dispute.")
    assert dated(events, "SANCTION") == [("2021-03", "publication")]


def test_an_act_in_the_past_perfect_with_its_own_date_keeps_it(extract: Extract) -> None:
    # guard: the month of the story is only for an act the text does not date
    events = extract("Peru and Chile signed a fisheries accord on Monday. Chile had recalled its ambassador "
                     "from Lima on February 12.")
    assert dated(events, "SANCTION") == [("2021-02-12", "text")]
