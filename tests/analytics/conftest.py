"""Five hand-built incidents (and the events behind the first) shared by the analytics tests.

    I1 2020-12-16 CONSULT visit RUS-TUR  Kazan   Syria, Libya  diplomatic  2 sources  scale from PLOVER: 1.9
    I2 2020-12-05 ACCUSE  TUR -> RUS             S-400         military    1 source   PLOVER: -2.0
    I3 2021-01    AGREE   RUS-TUR                Syria         diplomatic  1 source   given: 5.0
    I4 2021-03-10 ASSAULT aerial RUS -> SYR      Syria         military    3 sources  PLOVER: -10.0
    I5 2021       CONSULT phone RUS-TUR          (none)                    1 source   PLOVER: 1.0
"""

from __future__ import annotations

import pytest

from communique.model import ActorRef, Event, Incident, Place, Span

KAZAN = Place(extracted_place="Kazan", resolved_place="Kazan", country_code="RUS", lat=55.79, lon=49.12)


@pytest.fixture
def incidents() -> list[Incident]:
    return [
        Incident(id="I1", event_type="CONSULT", mode="visit", participants=("RUS", "TUR"), actor=("RUS",),
                 recipient=("TUR",), date="2020-12-16", place=KAZAN, event_ids=("e1", "e2"), doc_ids=("d1", "d2"),
                 n_sources=2, topics=("Syria", "Libya"), context=("diplomatic",)),
        Incident(id="I2", event_type="ACCUSE", mode="disapprove", participants=("RUS", "TUR"), actor=("TUR",),
                 recipient=("RUS",), date="2020-12-05", n_sources=1, topics=("S-400",), context=("military",)),
        Incident(id="I3", event_type="AGREE", participants=("RUS", "TUR"), actor=("RUS", "TUR"), date="2021-01",
                 n_sources=1, topics=("Syria",), context=("diplomatic",), event_scale=5.0, quad_code=1),
        Incident(id="I4", event_type="ASSAULT", mode="aerial", participants=("RUS", "SYR"), actor=("RUS",),
                 recipient=("SYR",), date="2021-03-10", n_sources=3, topics=("Syria",), context=("military",)),
        Incident(id="I5", event_type="CONSULT", mode="phone", participants=("RUS", "TUR"), actor=("TUR",),
                 recipient=("RUS",), date="2021", n_sources=1),
    ]


@pytest.fixture
def events() -> list[Event]:
    text = "Sergey Lavrov received Mevlut Cavusoglu in Kazan for talks on Syria and Libya."
    lavrov = ActorRef(code="RUS", identifier_text="Sergey Lavrov")
    cavusoglu = ActorRef(code="TUR", identifier_text="Mevlut Cavusoglu")
    span = Span(start=0, end=len(text), text=text)
    return [Event(id=eid, doc_id=doc, event_type="CONSULT", mode="visit", actor=(lavrov,), recipient=(cavusoglu,),
                  date="2020-12-16", text_info=(span,)) for eid, doc in (("e1", "d1"), ("e2", "d2"))]
