"""The start-up disk cache: built once per key, read back after, rebuilt when the key changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import cache, data
from communique.resolve.places import PlaceResolver


class Builder:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "c"))
    return tmp_path / "c"


def test_cached_builds_once_per_key(where: Path) -> None:
    build = Builder({"a": [1, 2]})
    assert cache.cached("t", ["x", b"y"], build) == {"a": [1, 2]}
    assert cache.cached("t", ["x", b"y"], build) == {"a": [1, 2]}
    assert build.calls == 1 and len(list(where.glob("t-*.pickle"))) == 1
    assert cache.cached("t", ["x", b"z"], build) == {"a": [1, 2]}  # another key: built again
    assert cache.cached("t", ["xy"], build) == {"a": [1, 2]}  # parts are not concatenated blindly
    assert build.calls == 3


def test_cached_rebuilds_a_damaged_file(where: Path) -> None:
    build = Builder([1])
    cache.cached("t", ["k"], build)
    (file,) = where.glob("t-*.pickle")
    file.write_bytes(b"\x80\x05not a pickle")
    assert cache.cached("t", ["k"], build) == [1]
    assert build.calls == 2
    assert cache.cached("t", ["k"], build) == [1] and build.calls == 2  # and it was written again


def test_cache_off_and_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    build = Builder(3)
    assert cache.cached("t", ["k"], build) == 3 and cache.cached("t", ["k"], build) == 3
    assert build.calls == 2
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker / "sub"))
    assert cache.cached("t", ["k"], build) == 3  # cannot write: built, no error


def test_cache_dir_defaults_to_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "communique"


def test_cached_data_and_places_equal_fresh_ones(where: Path, tmp_path: Path) -> None:
    # a user data directory is part of the key: its entries appear, from the cache too
    extra = tmp_path / "mine" / "gazetteers"
    extra.mkdir(parents=True)
    (extra / "places.csv").write_text("name,aliases,country_code,lat,lon,kind\nZembla,,RUS,75.0,60.0,region\n",
                                      encoding="utf-8")
    dirs = (tmp_path / "mine",)
    fresh = PlaceResolver(dirs)  # builds and writes
    data._load_cached.cache_clear()
    again = PlaceResolver(dirs)  # reads
    assert len(list(where.glob("places-*.pickle"))) == 1
    for name in ("Zembla", "Moscow", "Medellin", "Texas", "Germany", "Nowhereville"):
        assert fresh.geocode(name) == again.geocode(name)
    assert again.geocode("Zembla") is not None and again.geocode("Nowhereville") is None
    assert PlaceResolver().geocode("Zembla") is None  # without the directory: another entry
    assert len(list(where.glob("places-*.pickle"))) == 2


def test_rule_files_cached_by_every_file_and_never_with_problems(where: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    merge = data._merge_rule_files

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return merge(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(data, "_merge_rule_files", counted)
    fresh = data.load_rule_file("rules/words.yaml", data.Words)
    again = data.load_rule_file("rules/words.yaml", data.Words)
    assert again == fresh and len(calls) == 1  # the second from the cache
    mine = tmp_path / "mine" / "rules"
    mine.mkdir(parents=True)
    (mine / "words.yaml").write_text("sitting_bodies: [veche]\n", encoding="utf-8")
    extended = data.load_rule_file("rules/words.yaml", data.Words, (tmp_path / "mine",))
    assert "veche" in extended.sitting_bodies and "veche" not in fresh.sitting_bodies and len(calls) == 2
    (mine / "words.yaml").write_text("sitting_bodies: veche: [x]\n", encoding="utf-8")  # not YAML
    for _ in range(2):  # a file with problems is read again each time, and reported each time
        with pytest.raises(data.DataFileError):
            data.load_rule_file("rules/words.yaml", data.Words, (tmp_path / "mine",))
    assert len(calls) == 4
    (mine / "words.yaml").write_text("sitting_bodies: [veche, althing]\n", encoding="utf-8")
    assert "althing" in data.load_rule_file("rules/words.yaml", data.Words, (tmp_path / "mine",)).sitting_bodies


def test_contexts_and_pipeline_config_cached_equal_fresh_ones(where: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``lexicons/contexts.yaml`` and the pipeline config come back from the cache as parsed (and
    are parsed once); a config with problems is reported each time, never cached."""
    import communique.extract.components  # noqa: F401  (registers the factories the config names)
    from communique.extract import registry, rules

    parsed: list[str] = []
    parse, parse_config = rules._parse, registry._parse_config

    def counted(rel: str, text: str) -> object:
        parsed.append(rel)
        return parse(rel, text)

    def counted_config(rel: str, text: str) -> registry.PipelineConfig:
        parsed.append(rel)
        return parse_config(rel, text)

    monkeypatch.setattr(rules, "_parse", counted)
    monkeypatch.setattr(registry, "_parse_config", counted_config)
    fresh = [rules.load_contexts.__wrapped__(()), registry.load_pipeline_config()]
    again = [rules.load_contexts.__wrapped__(()), registry.load_pipeline_config()]
    assert again == fresh and fresh[0] and fresh[1].components
    assert sorted(parsed) == ["lexicons/contexts.yaml", "rules/pipeline.yaml"]  # the second time from the cache
    assert len(list(where.glob("contexts-*.pickle"))) == 1 and len(list(where.glob("pipeline-*.pickle"))) == 1
    for _ in range(2):
        with pytest.raises(data.DataFileError):
            registry._read("mine.yaml", "components: [{name: x}]\n")
    assert len(list(where.glob("pipeline-*.pickle"))) == 1
