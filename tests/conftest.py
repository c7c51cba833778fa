"""Global fixtures: hand-built events, a fake extractor, the shared spec directory."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.model import ActorRef, Article, Event, Place, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The start-up cache (:mod:`communique.cache`) of the tests, commands run by them included,
    is theirs: nothing is written to the user's cache directory."""
    before = os.environ.get("COMMUNIQUE_CACHE_DIR")
    os.environ["COMMUNIQUE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("COMMUNIQUE_CACHE_DIR", None)
    else:
        os.environ["COMMUNIQUE_CACHE_DIR"] = before

#: Who the fake extractor knows: surname -> (code, full name, office).
PEOPLE = {
    "Lavrov": ("RUS", "Sergey Lavrov", "foreign minister"),
    "Cavusoglu": ("TUR", "Mevlut Cavusoglu", "foreign minister"),
    "Ardern": ("NZL", "Jacinda Ardern", "prime minister"),
    "Bainimarama": ("FJI", "Frank Bainimarama", "prime minister"),
}
VERBS = {"met": ("CONSULT", "visit"), "accused": ("ACCUSE", "allege"), "phoned": ("CONSULT", "phone")}
LINE = re.compile(r"(?P<a>[A-Z]\w+) (?P<verb>met|accused|phoned) (?P<r>[A-Z]\w+)"
                  r"(?: in (?P<place>[A-Z]\w+))?(?: on (?P<date>\d{4}-\d{2}-\d{2}))?\.")


def make_event(
    doc_id: str = "doc1",
    n: int = 1,
    *,
    event_type: str = "CONSULT",
    mode: str | None = "visit",
    actor: Iterable[str] = ("RUS",),
    recipient: Iterable[str] = ("TUR",),
    date: str | None = "2020-12-29",
    modality: str = "asserted",
    confidence: float | None = 0.9,
    place: str | None = "Sochi",
    evidence: tuple[int, int, str] = (0, 10, "Lavrov met"),
    date_source: str | None = "text",
) -> Event:
    """An event built by hand, valid against the shared event schema."""

    def ref(code: str) -> ActorRef:
        return ActorRef(code=code, sector="GOV", entity_text=f"{code} minister", reason="test")

    if mode == "visit" and event_type != "CONSULT":
        mode = None  # the default mode is CONSULT's; other types take none unless given
    data: dict[str, Any] = {
        "id": f"{doc_id}:{n}",
        "doc_id": doc_id,
        "event_type": event_type,
        "mode": mode,
        "actor": tuple(ref(c) for c in actor),
        "recipient": tuple(ref(c) for c in recipient),
        "date": date,
        "date_text": date,
        "date_source": date_source if date else None,
        "modality": modality,
        "event_loc": Place(extracted_place=place, resolved_place=place, country_code="RUS") if place else None,
        "context": ("diplomatic",),
        "text_info": (Span(start=evidence[0], end=evidence[1], text=evidence[2]),),
        "confidence": confidence,
        "trigger": "met",
        "reason": "test",
    }
    return Event.model_validate(data)


class FakeExtractor:
    """Finds "<Surname> met|accused|phoned <Surname> [in <Place>] [on <date>]." lines.

    A line containing ``CRASH`` makes it raise, to exercise the pipeline's error policy.
    """

    def __init__(self, *_: object) -> None:
        self.calls = 0

    def events(self, article: Article) -> list[Event]:
        if "CRASH" in article.text:
            raise RuntimeError("the fake extractor was told to crash")
        out = []
        for n, match in enumerate(LINE.finditer(article.text), 1):
            if match["a"] not in PEOPLE or match["r"] not in PEOPLE:
                continue
            event_type, mode = VERBS[match["verb"]]

            def ref(surname: str, start: int) -> ActorRef:
                code, name, office = PEOPLE[surname]
                return ActorRef(code=code, sector="GOV", entity_text=surname, identifier_text=name, office=office,
                                evidence=Span(start=start, end=start + len(surname), text=surname))

            place = Place(extracted_place=match["place"], resolved_place=match["place"]) if match["place"] else None
            out.append(Event(
                id=f"{article.id}:{n}", doc_id=article.id, event_type=event_type, mode=mode,
                actor=(ref(match["a"], match.start("a")),), recipient=(ref(match["r"], match.start("r")),),
                date=match["date"], date_text=match["date"], event_loc=place, confidence=0.8,
                text_info=(Span(start=match.start(), end=match.end(), text=match.group()),),
                trigger=match["verb"], reason="fake rule",
            ))
        return out

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            self.calls += 1
            yield article, self.events(article)


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    """:func:`make_event`: an event built by hand."""
    return make_event


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> type[FakeExtractor]:
    """Replace the real extractor (spaCy) with :class:`FakeExtractor` wherever the app builds one."""
    monkeypatch.setattr("communique.extraction.Extractor", FakeExtractor)
    return FakeExtractor


@pytest.fixture(scope="session")
def event_schema() -> dict[str, Any]:
    """``shared/spec/event.schema.json``; skips when ../shared is absent."""
    import json

    path = SHARED / "spec" / "event.schema.json"
    if not path.exists():
        pytest.skip("../shared/spec/event.schema.json is not available")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@pytest.fixture
def validate_record(event_schema: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """Raise if a record does not validate against the event schema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(event_schema)

    def check(record: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, "; ".join(e.message for e in errors)

    return check
