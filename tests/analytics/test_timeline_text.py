"""The event timeline's text made in the store (``Communique.iter_timeline_text``, from the pair
table) is the text :func:`render_timeline` makes of the :class:`Event` objects."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.analytics import render_timeline
from communique.app import Communique
from communique.ingest import content_hash
from communique.model import ActorRef, Article, Event, Place
from communique.settings import Settings

MakeEvent = Callable[..., Event]
CODES = ["RUS", "TUR", "USA", "IGO", "UNO"]
#: types and the modes each may take
TYPES = {"CONSULT": [None, "visit", "phone"], "ACCUSE": [None, "disapprove"], "AGREE": [None],
         "THREATEN": [None, "expel"], "AID": [None]}
PEOPLE = {
    "RUS": [(None, None, ""), ("Sergey Lavrov", None, "lexicon"), ("Vladimir Putin", "President", "lexicon")],
    "TUR": [(None, None, ""), ("Mevlut Cavusoglu", None, "lexicon"), ("O'Brien | Jr", None, "odd name")],
    "USA": [(None, None, ""), ("Antony Blinken", "Secretary of State", "lexicon")],
    "IGO": [(None, None, "demonym"), ("Jens Stoltenberg", None, "organizations.yaml: nato"), (None, None, "x")],
    "UNO": [(None, None, ""), (None, None, "organizations.yaml: un-security-council")],
}


def _ref(rng: random.Random, code: str) -> ActorRef:
    name, office, reason = rng.choice(PEOPLE[code])
    entity = rng.choice([f"{code} official", "NATO", "the UN Security Council", None])
    return ActorRef(code=code, entity_text=entity, identifier_text=name, office=office, reason=reason)


def _events(make: MakeEvent, seed: int, docs: int = 40) -> dict[str, list[Event]]:
    """Events with repeated codes and names (votes), organisations, places, topics, modes,
    guessed and missing dates, every modality."""
    rng = random.Random(seed)
    out: dict[str, list[Event]] = {}
    for d in range(docs):
        doc = f"d{d:02d}"
        out[doc] = []
        for n in range(rng.randint(0, 5)):
            kind = rng.choice(list(TYPES))
            e = make(doc, n, event_type=kind, mode=rng.choice(TYPES[kind]),
                     date=rng.choice([None, "2020", "2020-02", "2020-02-11", "2020-07-30", "2021-03", "2019-12-31"]),
                     modality=rng.choice(["asserted", "future", "negated"]),
                     date_source=rng.choice(["text", "discourse", "publication", None]))
            place = rng.choice([None, Place(extracted_place="Ankara", resolved_place="Ankara"),
                                Place(extracted_place="the capital", resolved_place=None),
                                Place(extracted_place="", resolved_place="")])
            out[doc].append(e.model_copy(update={
                "actor": tuple(_ref(rng, c) for c in rng.choices(CODES, k=rng.randint(1, 3))),
                "recipient": tuple(_ref(rng, c) for c in rng.choices(CODES, k=rng.randint(0, 2))),
                "event_loc": place, "topics": tuple(rng.sample(["Syria", "S-400", "gas, oil"], k=rng.randint(0, 2)))}))
    return out


@pytest.fixture
def app(tmp_path: Path, event_factory: MakeEvent) -> Communique:
    events = _events(event_factory, seed=13)
    communique = Communique(Settings(db=tmp_path / "t.duckdb"))
    store = communique.store()
    store.add_articles(Article(id=d, text=f"text {d}", content_hash=content_hash(d)) for d in events)
    store.save_events_many(list(events.items()))
    return communique


@pytest.mark.parametrize("dyad", ["RUS-TUR", "TUR-USA", "IGO-RUS", "UNO-USA"])
@pytest.mark.parametrize("modality", [None, "asserted"])
@pytest.mark.parametrize("dates", [(None, None), ("2020-02", None), (None, "2020"), ("2020-02-11", "2021-03-01")])
def test_store_lines_are_the_lines_of_the_events(app: Communique, dyad: str, modality: str | None,
                                                 dates: tuple[str | None, str | None]) -> None:
    date_from, date_to = dates
    with app:
        rows = app.timeline(dyad, date_from=date_from, date_to=date_to, modality=modality, events=True)
        lines = app.iter_timeline_text(dyad, date_from=date_from, date_to=date_to, modality=modality)
        assert lines is not None
        made = "".join(f"{line}\n" for batch in lines for line in batch)
        assert made == render_timeline(rows, "text")
        if dates == (None, None):
            assert rows  # every dyad here has events: not two empty texts


def test_a_dyad_the_pair_table_cannot_answer_is_none(app: Communique) -> None:
    with app:
        assert app.iter_timeline_text("RUS-NATO") is None  # an organisation id: matched on names
        assert app.iter_timeline_text("RUS-RUS") is None
        assert app.iter_timeline_text(None) is None
        assert app.iter_timeline_text("RUS-TUR", topic="syria") is None
