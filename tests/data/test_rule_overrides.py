"""Every rule file under ``data/rules/`` can be extended from a ``--lexicon-dir``.

For each file: a valid ``DIR/rules/NAME.yaml`` changes what the loader returns (lists extended,
mappings updated key by key, user trigger rules tried first), and an invalid one fails with a
:class:`DataFileError` naming the user file, the entry and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from communique.data import DATA_ROOT, load_plover, load_words, plover_scale
from communique.errors import DataFileError
from communique.extract.registry import load_pipeline_config
from communique.extract.rules import load_discourse, load_modality, load_triggers
from communique.extract.speech import load_speech_rules
from communique.ingest.clean import load_boilerplate
from communique.resolve.dates import load_date_rules


def _write(root: Path, name: str, body: str) -> Path:
    path = root / "rules" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


Loader = Callable[[Sequence[Path]], object]


def _fails(loader: Loader, root: Path) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        loader((root,))
    return info.value


def _names(err: DataFileError, path: Path, *words: str) -> None:
    """One reported problem names the file and every one of ``words`` (entry and field)."""
    assert any(str(path) in p and all(w in p for w in words) for p in err.problems), err.problems


def test_every_rule_file_is_covered() -> None:
    covered = {"triggers", "modality", "discourse", "plover", "dates", "boilerplate", "pipeline", "speech",
               "words"}
    packaged = {p.name.removesuffix(".yaml") for p in (DATA_ROOT / "rules").iterdir() if p.name.endswith(".yaml")}
    assert packaged == covered


# ---------------------------------------------------------------- triggers.yaml


def test_triggers_user_rules_come_first_and_types_merge(tmp_path: Path) -> None:
    _write(tmp_path, "triggers.yaml", """
types:
  CONSULT: {preps: [via]}
rules:
  - {lemma: meet, pos: VERB, type: AGREE}
  - {lemma: confab, pos: VERB, type: CONSULT, mode: visit}
""")
    packaged = load_triggers()
    rules = load_triggers((tmp_path,))
    meet = rules.by_lemma[("meet", "VERB")]
    assert meet[0].type == "AGREE"  # the user's rule is tried before the packaged one
    assert meet[1:] == packaged.by_lemma[("meet", "VERB")]
    assert rules.by_lemma[("confab", "VERB")][0].mode == "visit"
    consult = rules.types["CONSULT"]
    assert "via" in consult.preps and set(packaged.types["CONSULT"].preps) <= set(consult.preps)
    assert consult.symmetric and consult.context == packaged.types["CONSULT"].context
    assert len(rules.rules) == len(packaged.rules) + 2
    assert load_triggers().by_lemma[("meet", "VERB")][0].type == "THREATEN"  # the packaged set is untouched


def test_triggers_later_directory_first(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _write(one, "triggers.yaml", "rules:\n  - {lemma: palaver, pos: VERB, type: CONSULT}\n")
    _write(two, "triggers.yaml", "rules:\n  - {lemma: palaver, pos: VERB, type: AGREE}\n")
    assert [r.type for r in load_triggers((one, two)).by_lemma[("palaver", "VERB")]] == ["AGREE", "CONSULT"]


def test_triggers_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.yaml", """
rules:
  - {lemma: confab, pos: VERB, type: CONSULT}
  - {lemma: palaver, pos: VERB, type: MEET}
  - {lemma: [powwow], pos: ADV, type: CONSULT}
types:
  CONSULT: {context: [gardening]}
""")
    err = _fails(load_triggers, tmp_path)
    assert err.code == "E203"
    _names(err, path, "rules[2].type", "MEET")
    _names(err, path, "rules[3].pos")
    _names(err, path, "types.CONSULT.context", "gardening")


def test_triggers_mode_of_another_type_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.yaml", """
rules:
  - {lemma: confab, pos: VERB, type: CONSULT, mode: phone}
  - {lemma: palaver, pos: VERB, type: CONSULT, mode: demo}
  - {lemma: pledge, pos: VERB, type: AGREE, mode: visit}
""")
    err = _fails(load_triggers, tmp_path)
    assert err.code == "E203" and len(err.problems) == 2, err.problems
    _names(err, path, "rules[2].mode", "'demo' is not a mode of CONSULT")
    _names(err, path, "rules[3].mode", "AGREE has no modes")


def test_triggers_word_read_as_a_boolean_named(tmp_path: Path) -> None:
    # YAML reads an unquoted "off" as false: the entry is refused, not matched against "false"
    path = _write(tmp_path, "triggers.yaml", "rules:\n  - {lemma: confab, pos: VERB, type: CONSULT, not_prep: [off]}\n")
    _names(_fails(load_triggers, tmp_path), path, "rules[1].not_prep", "quote")
    _write(tmp_path, "triggers.yaml", "rules:\n  - {lemma: confab, pos: VERB, type: CONSULT, not_prep: [\"off\"]}\n")
    assert load_triggers((tmp_path,)).rules[0].not_prep == ["off"]


def test_triggers_type_entry_that_is_no_mapping_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.yaml", "rules:\n  - {lemma: donate, pos: VERB, type: AID}\ntypes:\n  AID: 3\n")
    _names(_fails(load_triggers, tmp_path), path, "types.AID")


# ---------------------------------------------------------------- modality.yaml


def test_modality_lists_extended(tmp_path: Path) -> None:
    _write(tmp_path, "modality.yaml", "negation_words: [nay]\nspeech_verbs: [opine]\n")
    packaged, rules = load_modality(), load_modality((tmp_path,))
    assert rules.negation_words == [*packaged.negation_words, "nay"]
    assert "opine" in rules.speech_verbs and "opine" not in packaged.speech_verbs
    assert rules.future_aux == packaged.future_aux


def test_modality_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "modality.yaml", "negation_words: [nay, [never]]\nfuture_words: [soon]\n")
    err = _fails(load_modality, tmp_path)
    assert err.code == "E203"
    _names(err, path, "negation_words[2]", "string")
    _names(err, path, "future_words", "not a known field")


# ---------------------------------------------------------------- discourse.yaml


def test_discourse_mapping_overridden_and_lists_extended(tmp_path: Path) -> None:
    _write(tmp_path, "discourse.yaml", "anaphoric_dates:\n  the day after next: 2\n  that day: 1\n"
                                      "bounds: [ever since]\n")
    packaged, rules = load_discourse(), load_discourse((tmp_path,))
    assert rules.anaphoric_dates["the day after next"] == 2
    assert rules.anaphoric_dates["that day"] == 1 and packaged.anaphoric_dates["that day"] == 0
    assert rules.anaphoric_dates["the next day"] == 1  # packaged entries kept
    assert rules.bounds == [*packaged.bounds, "ever since"]


def test_discourse_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "discourse.yaml", "anaphoric_dates:\n  the day after next: two\nbounds: since\n")
    err = _fails(load_discourse, tmp_path)
    assert err.code == "E203"
    _names(err, path, "anaphoric_dates.the day after next", "integer")
    _names(err, path, "bounds", "list")


# ---------------------------------------------------------------- plover.yaml


def test_plover_types_updated_key_by_key(tmp_path: Path) -> None:
    _write(tmp_path, "plover.yaml", "types:\n  CONSULT:\n    modes: {third-party: 3.0}\n  AID: {scale: 6.5}\n")
    rules = load_plover((tmp_path,))
    assert rules.scale("CONSULT", "third-party") == (1, 3.0)
    assert plover_scale("CONSULT", "third-party") == (1, 2.5)
    assert rules.scale("CONSULT", "visit") == (1, 1.9)  # packaged mode kept
    assert rules.scale("AID") == (2, 6.5)
    assert plover_scale("AID", None, (tmp_path,)) == (2, 6.5)
    assert plover_scale("AID") == (2, 7.0)
    assert plover_scale("CONSULT", "video") == (1, 1.0)  # no such packaged mode: the type's scale


def test_plover_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "plover.yaml", "types:\n  CONSULT: {quad: 7}\n  AID:\n    modes: {airlift: -12}\n"
                                           "  PARLEY: {quad: 1}\n")
    err = _fails(load_plover, tmp_path)
    assert err.code == "E203"
    _names(err, path, "types.CONSULT.quad", "less than or equal to 4")
    _names(err, path, "types.AID.modes.airlift")
    _names(err, path, "types.PARLEY", "key")


def test_plover_mode_of_another_type_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "plover.yaml", "types:\n  CONSULT:\n    modes: {video: 1.2, phone: 1.1}\n"
                                           "  AGREE:\n    modes: {visit: 4.0}\n")
    err = _fails(load_plover, tmp_path)
    assert err.code == "E203" and len(err.problems) == 2, err.problems
    _names(err, path, "types.CONSULT.modes.video", "not a mode of CONSULT")
    _names(err, path, "types.AGREE.modes.visit", "AGREE has no modes")


# ---------------------------------------------------------------- dates.yaml


def test_dates_mappings_and_lists_merged(tmp_path: Path) -> None:
    _write(tmp_path, "dates.yaml", "months: {Sept.: 9}\nseasons: [monsoon]\nrolling: {units: {fortnight: 14}}\n")
    packaged, rules = load_date_rules(), load_date_rules((tmp_path,))
    assert rules.months["Sept."] == 9 and rules.months["May"] == 5
    assert rules.seasons == [*packaged.seasons, "monsoon"]
    assert rules.rolling.units["fortnight"] == 14 and rules.rolling.units["week"] == 7
    assert rules.rolling.max_days == packaged.rolling.max_days


def test_dates_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "dates.yaml", "weekdays: {Decadi: 10}\nholidays: [pentecost, 3.5]\n"
                                         "rolling: {max_days: 0}\n")
    err = _fails(load_date_rules, tmp_path)
    assert err.code == "E202"
    _names(err, path, "weekdays.Decadi", "less than or equal to 7")
    _names(err, path, "holidays[2]", "string")
    _names(err, path, "rolling.max_days", "greater than 0")


# ---------------------------------------------------------------- boilerplate.yaml


def test_boilerplate_patterns_added(tmp_path: Path) -> None:
    _write(tmp_path, "boilerplate.yaml", "lines: ['^Follow us on \\w+$']\ntrailing: ['\\s*\\(Wirecorp\\)$']\n")
    packaged, rules = load_boilerplate(), load_boilerplate((tmp_path,))
    assert len(rules.lines) == len(packaged.lines) + 1 and len(rules.trailing) == len(packaged.trailing) + 1
    assert rules.clean("Talks went well.\nFollow us on Mastodon\nAdvertisement\nThey left. (Wirecorp)") == \
        "Talks went well.\nThey left."


def test_boilerplate_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "boilerplate.yaml", "lines: ['^ok$', '(unclosed']\nfooters: [x]\n")
    err = _fails(load_boilerplate, tmp_path)
    assert err.code == "E203"
    _names(err, path, "lines[2]", "not a regular expression")
    _names(err, path, "footers", "not a known key")


# ---------------------------------------------------------------- pipeline.yaml


def test_pipeline_edited_from_rules_dir(tmp_path: Path) -> None:
    import communique.extract.components  # noqa: F401  (registers the factories)

    _write(tmp_path, "pipeline.yaml", "remove: [follow_quotes]\n")
    names = [e.name for e in load_pipeline_config((tmp_path,)).components or []]
    assert "follow_quotes" not in names and "merge" in names
    assert "follow_quotes" in [e.name for e in load_pipeline_config().components or []]


def test_pipeline_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "pipeline.yaml", "add:\n  - {name: x, factory: communique.merge.v1, colour: red}\n")
    err = _fails(load_pipeline_config, tmp_path)
    assert err.code == "E211"
    _names(err, path, "add.0", "colour")  # the pipeline edit counts its entries from 0


# ---------------------------------------------------------------- shared behaviour


@pytest.mark.parametrize(("loader", "name"), [(load_triggers, "triggers"), (load_modality, "modality"),
                                              (load_discourse, "discourse"), (load_plover, "plover"),
                                              (load_date_rules, "dates")])
def test_bad_yaml_and_shape_name_the_file(tmp_path: Path, loader: Loader, name: str) -> None:
    path = _write(tmp_path, f"{name}.yaml", "key: [unclosed\n")
    err = _fails(loader, tmp_path)
    assert err.code == "E201" and str(path) in str(err)
    path.write_text("- a list\n- not a mapping\n", encoding="utf-8")
    err = _fails(loader, tmp_path)
    assert err.code == "E201" and str(path) in str(err) and "mapping" in str(err)


def test_every_problem_of_every_directory_listed(tmp_path: Path) -> None:
    one = _write(tmp_path / "one", "modality.yaml", "negation_words: [1]\n")
    two = _write(tmp_path / "two", "modality.yaml", "speech_verbs: {say: yes}\n")
    err = _fails(load_modality, tmp_path / "one")
    assert len(err.problems) == 1
    with pytest.raises(DataFileError) as info:
        load_modality((tmp_path / "one", tmp_path / "two"))
    _names(info.value, one, "negation_words[1]")
    _names(info.value, two, "speech_verbs")


# ---------------------------------------------------------------- speech.yaml


def _speech(dirs: Sequence[Path]) -> object:
    return load_speech_rules(tuple(dirs))


def test_speech_lists_extended(tmp_path: Path) -> None:
    _write(tmp_path, "speech.yaml", "warnings:\n  verbs: [admonish]\nclaims:\n  types: [SANCTION]\n")
    packaged, rules = load_speech_rules(), load_speech_rules((tmp_path,))
    assert rules.warnings.verbs == [*packaged.warnings.verbs, "admonish"]
    assert "SANCTION" in rules.claims.types and "SANCTION" not in packaged.claims.types
    assert rules.demands == packaged.demands


def test_speech_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "speech.yaml", "demands:\n  modals: [must, [shall]]\nrumours: {verbs: [hear]}\n")
    err = _fails(_speech, tmp_path)
    assert err.code == "E203"
    _names(err, path, "demands.modals[2]", "string")
    _names(err, path, "rumours", "not a known field")


# ---------------------------------------------------------------- words.yaml


def test_words_lists_extended(tmp_path: Path) -> None:
    _write(tmp_path, "words.yaml", "weapon_words: [trebuchet]\ngroup_nouns: {monarchs: person}\n"
           "group_quantities: {five: 5}\n")
    packaged, words = load_words(), load_words((tmp_path,))
    assert words.weapon_words == packaged.weapon_words | {"trebuchet"}
    assert "trebuchet" not in packaged.weapon_words
    assert words.group_nouns == {**packaged.group_nouns, "monarchs": "person"}
    assert words.group_quantities["five"] == 5 and words.group_quantities["two"] == 2
    assert words.title_glue == packaged.title_glue


def test_words_bad_entry_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "words.yaml", "weapon_words: [howitzer, Rifles]\ngroup_nouns: {monarchs: crowd}\n"
                  "colours: [red]\n")
    err = _fails(load_words, tmp_path)
    assert err.code == "E203"
    _names(err, path, "weapon_words[2]", "'Rifles' is not lower case")
    _names(err, path, "group_nouns.monarchs", "'state' or 'force'")
    _names(err, path, "colours", "not a known field")
