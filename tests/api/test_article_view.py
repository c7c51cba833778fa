"""The article view: paragraphs, evidence marked where its offsets fall (overlaps too), field reasons."""

from __future__ import annotations

from collections.abc import Callable

from communique.api.article_view import article_page, paragraphs
from communique.model import Article, Event, EventDate, Span

TEXT = "Lavrov met <Cavusoglu> in Sochi.\n\nThey signed a deal on grain.\nNothing else."


def test_paragraphs_are_the_non_blank_lines() -> None:
    assert [TEXT[a:b] for a, b in paragraphs(TEXT)] == ["Lavrov met <Cavusoglu> in Sochi.",
                                                        "They signed a deal on grain.", "Nothing else."]


def test_overlapping_evidence_is_marked_once_per_piece(event_factory: Callable[..., Event]) -> None:
    article = Article(id="a", text=TEXT, title="Talks & <deals>", url="https://news.example/a")
    meet = event_factory("a", 1, evidence=(0, 32, TEXT[0:32]))
    when = EventDate(value="2020-12-29", text="on 29 December", reason="the dateline's date", source="text",
                     evidence=Span(start=0, end=6, text="Lavrov"))
    visit = event_factory("a", 2, event_type="CONSULT", evidence=(11, 22, "<Cavusoglu>")).model_copy(
        update={"when": when})
    deal = event_factory("a", 3, event_type="AGREE", mode=None, evidence=(34, 62, TEXT[34:62]))
    stray = event_factory("a", 4, event_type="ACCUSE", evidence=(0, 5, "words not there"))
    html = article_page(article, [meet, visit, deal, stray])
    assert "<title>Talks &amp; &lt;deals&gt;</title>" in html and "<Cavusoglu>" not in html
    assert ('<p class="para" id="p0"><mark class="ev" title="CONSULT (a:1)">Lavrov met </mark>'
            '<mark class="ev" title="CONSULT (a:1), CONSULT (a:2)">&lt;Cavusoglu&gt;</mark>'
            '<mark class="ev" title="CONSULT (a:1)"> in Sochi.</mark></p>') in html
    assert '<mark class="ev" title="AGREE (a:3)">They signed a deal on grain.</mark>' in html
    assert '<p class="para" id="p63">Nothing else.</p>' in html
    # each event is described under the paragraph of its evidence; the misplaced one at the end
    assert html.index('id="ev-a%3A2"') < html.index('id="p34"') < html.index('id="ev-a%3A3"')
    assert html.index("Events whose evidence is not in this text") < html.index('id="ev-a%3A4"')
    assert ("<th>date</th><td>2020-12-29 (day), from the text</td><td>the dateline&#x27;s date</td>"
            "<td>“Lavrov” <span class=\"muted\">(characters 0–6)</span></td>") in html
    assert '<a href="https://news.example/a" rel="noopener noreferrer">original</a>' in html
