"""The extraction pipeline as registered components assembled from config."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from communique.errors import ConfigError, DataFileError
from communique.extract.registry import Registry, components, load_pipeline_config
from communique.extraction import Extractor
from communique.model import Article
from communique.settings import Settings

TEXT = ("Kenya held talks with Ethiopia on the border dispute on Monday. "
        "Chile condemned Peru over the arrest of its fishermen.")


def _types(ex: Extractor) -> list[str]:
    article = Article(id="t", text=TEXT, published=dt.date(2021, 3, 10))
    return sorted(e.event_type for e in ex.extract(article))


def test_packaged_pipeline_declares_reads_and_writes(extractor: Extractor) -> None:
    steps = extractor.pipeline()
    names = [s["name"] for s in steps]
    assert names.index("actors") < names.index("triggers") < names.index("candidates") < names.index("merge")
    assert names[-1] == "merge"
    for s in steps:
        assert s["factory"].endswith(".v1") and s["writes"] and s["doc"], s
    # whatever a component reads, the document has, or an earlier component wrote
    written = {"doc", "article"}
    for s in steps:
        assert set(s["reads"]) <= written, s
        written |= set(s["writes"])


def test_custom_component_added_through_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               extractor: Extractor) -> None:
    (tmp_path / "my_components.py").write_text(textwrap.dedent('''
        from communique.extract.registry import components

        @components.register("mine.no_consult.v1", reads=("candidates",), writes=("candidates",))
        def no_consult(shared, config):
            """Drop meetings."""
            def run(state):
                state.candidates = [c for c in state.candidates if c.event_type != config["drop"]]
            return run
    '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "pipeline.yaml").write_text(
        "imports: [my_components]\n"
        "add:\n  - {name: no_consult, factory: mine.no_consult.v1, after: candidates, config: {drop: CONSULT}}\n")
    before = _types(extractor)
    assert "CONSULT" in before and "ACCUSE" in before
    custom = Extractor(Settings(lexicon_dirs=(lex,)))
    assert [s["name"] for s in custom.pipeline()].index("no_consult") == \
        [s["name"] for s in custom.pipeline()].index("candidates") + 1
    after = _types(custom)
    assert "CONSULT" not in after
    assert "ACCUSE" in after


def test_component_removed_through_config(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "pipeline.yaml").write_text("remove: [triggers]\n")
    bare = Extractor(Settings(lexicon_dirs=(tmp_path,)))
    assert "triggers" not in [s["name"] for s in bare.pipeline()]
    assert _types(bare) == []


@pytest.mark.parametrize(
    "body,error,code,words",
    [
        ("remove: [no_such_step]\n", ConfigError, "E510", ["no_such_step"]),
        ("add:\n  - {name: x, factory: communique.merge.v1, after: nowhere}\n", ConfigError, "E510", ["nowhere"]),
        ("replace: {merge: nobody.registered.v9}\n", ConfigError, "E512", ["nobody.registered.v9", "merge"]),
        ("imports: [no_module_by_this_name]\n", ConfigError, "E511", ["no_module_by_this_name"]),
        ("add:\n  - {name: x, factory: communique.merge.v1, colour: red}\n", DataFileError, "E211",
         ["pipeline.yaml", "add.0.colour"]),
        ("add: [\n", DataFileError, "E210", ["pipeline.yaml"]),
    ],
)
def test_bad_pipeline_config_names_file_entry_and_field(tmp_path: Path, body: str, error: type[Exception],
                                                        code: str, words: list[str]) -> None:
    import communique.extract.components  # noqa: F401

    (tmp_path / "pipeline.yaml").write_text(body)
    with pytest.raises(error) as info:
        load_pipeline_config((tmp_path,))
    assert getattr(info.value, "code", None) == code
    for w in words:
        assert w in str(info.value)


def test_registry_rejects_unknown_state_fields() -> None:
    reg = Registry()
    with pytest.raises(ValueError, match="unknown state fields"):
        reg.register("x.v1", reads=("doc",), writes=("nonsense",))


def test_config_digest_changes_with_the_pipeline(tmp_path: Path) -> None:
    import communique.extract.components  # noqa: F401

    (tmp_path / "pipeline.yaml").write_text("remove: [follow_quotes]\n")
    assert load_pipeline_config().digest() != load_pipeline_config((tmp_path,)).digest()
    assert "communique.merge.v1" in components


def test_events_record_their_provenance(tmp_path: Path, extractor: Extractor) -> None:
    article = Article(id="t", text=TEXT, published=dt.date(2021, 3, 10))
    events = extractor.extract(article)
    assert events and {e.provenance for e in events} == {extractor.provenance}
    assert extractor.provenance.startswith(f"pipeline:{extractor.config.digest()} data:")
    (tmp_path / "pipeline.yaml").write_text("remove: [follow_quotes]\n")
    other = Extractor(Settings(lexicon_dirs=(tmp_path,)))
    assert other.extract(article)[0].provenance != events[0].provenance


def test_a_lemmas_later_rules_are_tried_when_the_first_finds_no_event(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    # user rules come first: the first wants a participant as its object, which "the delay" is
    # not, so its reading finds no event; the second then holds
    (rules / "triggers.yaml").write_text(
        "rules:\n"
        "  - {lemma: [berate], pos: VERB, type: REQUEST, actor_object: true}\n"
        "  - {lemma: [berate], pos: VERB, type: ACCUSE, mode: disapprove}\n")
    ex = Extractor(Settings(lexicon_dirs=(tmp_path,), typing_threshold=1.0))
    text = "Peru and Chile held talks on Monday. Peru later berated the delay."
    events = ex.extract(Article(id="t", text=text, published=dt.date(2021, 3, 10)))
    assert ("ACCUSE", "disapprove") in [(e.event_type, e.mode) for e in events]
    assert "REQUEST" not in [e.event_type for e in events]
