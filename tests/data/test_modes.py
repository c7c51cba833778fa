"""``mode`` is typed per event type: the PLOVER modes of each type are data (``plover/modes.yaml``),
and the Event model, the rule files that name modes and the typing model keep to them."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from communique import data
from communique.errors import DataFileError
from communique.extract.learned import load_typing_model
from communique.extract.rules import load_triggers
from communique.model import EVENT_TYPES, Event


def test_modes_every_type_has_an_entry() -> None:
    modes = data.load_modes()
    assert set(modes) == set(EVENT_TYPES)
    assert modes["AGREE"] == () and "phone" in modes["CONSULT"] and "phone" not in modes["PROTEST"]


def test_modes_agree_with_the_event_schema(event_schema: dict[str, Any]) -> None:
    by_type = event_schema["x-modes-by-type"]
    modes = data.load_modes()
    assert {t: list(m) for t, m in modes.items() if m} == by_type
    assert {m for ms in modes.values() for m in ms} == set(event_schema["properties"]["mode"]["enum"]) - {None}


@pytest.mark.parametrize(("event_type", "mode"), [("CONSULT", "demo"), ("AGREE", "visit"), ("ASSAULT", "Firearms")])
def test_modes_event_with_a_mode_of_another_type_fails(event_type: str, mode: str) -> None:
    with pytest.raises(ValidationError) as info:
        Event(id="d:1", doc_id="d", event_type=event_type, mode=mode)  # type: ignore[arg-type]
    assert f"{mode!r}" in str(info.value) and event_type in str(info.value)


@pytest.mark.parametrize(("event_type", "mode"), [("CONSULT", "phone"), ("AGREE", None), ("ASSAULT", "heavy-weapons"),
                                                  ("REJECT", "meet")])
def test_modes_event_with_a_mode_of_its_type(event_type: str, mode: str | None) -> None:
    assert Event(id="d:1", doc_id="d", event_type=event_type, mode=mode).mode == mode  # type: ignore[arg-type]


def test_modes_of_every_packaged_rule_are_valid() -> None:
    triggers = load_triggers()
    bad = [(r.lemma, r.type, r.mode) for r in triggers.rules if data.mode_problem(r.type, r.mode)]
    assert not bad
    assert any(r.mode for r in triggers.rules)
    plover = data.load_plover()
    bad_scales = [(t, m) for t, entry in plover.types.items() for m in entry.modes if data.mode_problem(t, m)]
    assert not bad_scales


def test_modes_of_the_typing_model_are_valid() -> None:
    labels = load_typing_model().modes
    assert labels
    for label in labels:
        event_type, _, mode = label.partition("/")
        assert event_type in EVENT_TYPES, label
        assert data.mode_problem(event_type, mode or None) is None, label


def _broken_modes_file(monkeypatch: pytest.MonkeyPatch, text: str) -> DataFileError:
    """The error of :func:`data.load_modes` when the packaged modes file reads ``text``."""
    real = data.read_text
    monkeypatch.setattr(data, "read_text", lambda rel: text if rel == data.MODES_FILE else real(rel))
    data._load_modes.cache_clear()
    data._modes_by_type.cache_clear()
    try:
        with pytest.raises(DataFileError) as info:
            data.load_modes()
    finally:
        monkeypatch.undo()
        data._load_modes.cache_clear()
        data._modes_by_type.cache_clear()
    assert info.value.code == "E205"
    assert all(p.startswith(f"{data.MODES_FILE}: ") for p in info.value.problems), info.value.problems
    return info.value


def test_modes_broken_packaged_file_names_type_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    err = _broken_modes_file(monkeypatch, "CONSULT: [visit, Phone]\nMEET: []\n")
    text = "\n".join(err.problems)
    assert "CONSULT[2]" in text and "'Phone' is not a mode name" in text
    assert "MEET (the key)" in text
    assert data.load_modes()["CONSULT"] == ("visit", "third-party", "multilateral", "phone")


def test_modes_packaged_file_missing_a_type_or_repeating_a_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f"{t}: []\n" for t in EVENT_TYPES if t not in ("AGREE", "CONSULT")) + "CONSULT: [visit, visit]\n"
    err = _broken_modes_file(monkeypatch, text)
    assert len(err.problems) == 2, err.problems
    assert any("AGREE: missing" in p for p in err.problems)
    assert any("CONSULT[2]: 'visit' is listed twice" in p for p in err.problems)
