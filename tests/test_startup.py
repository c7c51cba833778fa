"""Start-up: ``info``, ``events`` and ``--help`` import none of the heavy libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
HEAVY = ("scipy", "spacy", "datasketch", "onnxruntime", "thinc", "torch")

PROBE = """
import json, sys
sys.argv = ["communique", *json.loads(sys.argv[1])]
try:
    from communique.cli import main
    main()
except SystemExit:
    pass
print("\\nHEAVY " + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in json.loads(sys.argv[-1]))))
"""


#: what ``--help`` and ``info`` without a store do not need either: the store, the server, the fetcher
NOT_FOR_INFO = (*HEAVY, "duckdb", "numpy", "httpx", "starlette", "uvicorn", "pandas", "pyarrow")

#: every command's --help, and info on a path with no store yet
HELP_AND_INFO = [["--help"], ["info"], ["info", "--settings"], *([name, "--help"] for name in (
    "ingest", "extract", "link", "events", "timeline", "analytics", "report", "serve", "export", "evaluate", "demo",
    "info"))]


def _probe(args: list[str], tmp_path: Path, heavy: tuple[str, ...]) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "none.duckdb")}
    code = PROBE.replace("json.loads(sys.argv[-1])", repr(list(heavy)))
    done = subprocess.run([sys.executable, "-c", code, json.dumps(args)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    line = done.stdout.rsplit("HEAVY ", 1)
    assert len(line) == 2, done.stdout + done.stderr
    assert json.loads(line[1]) == [], f"communique {' '.join(args)} imported heavy modules"
    assert line[0].strip() or "error:" in done.stderr  # the command did run


@pytest.mark.parametrize("args", [["events", "--limit", "3"]])
def test_light_commands_import_no_heavy_library(args: list[str], tmp_path: Path) -> None:
    _probe(args, tmp_path, HEAVY)


@pytest.mark.parametrize("args", HELP_AND_INFO, ids=" ".join)
def test_help_and_info_import_no_store_or_server(args: list[str], tmp_path: Path) -> None:
    """``--help`` and ``info`` (no store yet) import neither spaCy nor DuckDB, numpy, httpx, Starlette."""
    _probe(args, tmp_path, NOT_FOR_INFO)


def test_a_command_imports_its_own_module_only(tmp_path: Path) -> None:
    """``events`` imports neither the other commands' modules nor PyYAML (its data files come from
    the start-up cache, filled here by a first run)."""
    others = [f"communique.cli.{name}" for name in ("ingest", "extract", "link", "timeline", "analytics",
                                                      "report", "serve", "export", "evaluate", "demo", "info")]
    _probe(["events", "--limit", "3", "--dyad", "RUS-TUR"], tmp_path, ())  # fills the cache
    code = PROBE.replace("m.split('.')[0] in json.loads(sys.argv[-1])", f"m in {[*others, 'yaml']!r}")
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "none.duckdb")}
    done = subprocess.run([sys.executable, "-c", code, json.dumps(["events", "--limit", "3", "--dyad", "RUS-TUR"])],
                          env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert json.loads(done.stdout.rsplit("HEAVY ", 1)[1]) == [], done.stdout + done.stderr
    assert "no store" in done.stderr, done.stderr  # the command did run


def test_options_are_coerced_as_typer_does(tmp_path: Path) -> None:
    """Values given are still coerced (and refused) by typer, and an unknown command is still
    matched against every command, though the commands are imported when used."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "none.duckdb")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "communique", *args], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)

    bad = run("events", "--limit", "many")
    assert bad.returncode == 2 and "'--limit'" in bad.stderr and "integer" in bad.stderr, bad.stderr
    assert "no store" in run("--db", str(tmp_path / "x.duckdb"), "events", "--limit", "3").stderr
    typo = run("evnets")
    assert typo.returncode == 2 and "Did you mean 'events'?" in typo.stderr, typo.stderr


def test_the_probe_sees_the_store(tmp_path: Path) -> None:
    """The probe is not blind to DuckDB: ``info`` on an existing store opens it (and no more)."""
    (tmp_path / "one.txt").write_text("Lavrov met Cavusoglu in Moscow.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "s.duckdb")}
    subprocess.run([sys.executable, "-m", "communique", "-q", "ingest", str(tmp_path / "one.txt"),
                    "--published", "2021-03-10"], env=env, capture_output=True, timeout=120, check=True)
    code = PROBE.replace("json.loads(sys.argv[-1])", repr(["duckdb", "numpy", "spacy", "scipy"]))
    done = subprocess.run([sys.executable, "-c", code, json.dumps(["info"])], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert "1 articles" in done.stdout, done.stdout + done.stderr
    imported = {m.split(".")[0] for m in json.loads(done.stdout.rsplit("HEAVY ", 1)[1])}
    assert imported == {"duckdb"}  # no numpy either: info registers no Python function on the store


def test_lazy_names_are_the_real_ones() -> None:
    """``communique.X`` imported on first use is the object of its module; unknown names raise."""
    import communique
    from communique.notebook import open_workspace
    from communique.store import Store

    assert communique.Store is Store
    assert communique.open is open_workspace
    assert communique.__version__ == communique.version()
    with pytest.raises(AttributeError):
        communique.no_such_name  # noqa: B018


def test_cli_copies_of_constants_match() -> None:
    """The CLI keeps two defaults of its own (so that --help need not import the store or the
    server): they are those of the modules they stand for."""
    from communique.api import REQUEST_WAIT
    from communique.cli import export, serve
    from communique.store.export import FORMATS

    assert export.FORMATS == FORMATS
    assert serve.REQUEST_WAIT == REQUEST_WAIT


def test_the_probe_sees_heavy_imports(tmp_path: Path) -> None:
    """The probe is not blind: the extraction module does import spaCy."""
    code = "import sys, communique.extraction; print(sorted({m.split('.')[0] for m in sys.modules} & " \
           f"{set(HEAVY)!r}))"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=120)
    assert "spacy" in done.stdout, done.stderr


def test_info_reads_the_manifest_the_data_module_reads() -> None:
    from communique import data
    from communique.app import _manifest

    assert _manifest() == data.manifest() and _manifest()["files"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_extract_imports_spacy_without_its_command_line(tmp_path: Path, workers: str) -> None:
    """``extract`` loads spaCy but not ``spacy.cli`` (weasel, requests: see communique.spacy_import),
    whether it extracts in its own process or (a few articles) in it as the pool's stand-in."""
    (tmp_path / "one.txt").write_text("Lavrov met Cavusoglu in Moscow.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "s.duckdb")}
    subprocess.run([sys.executable, "-m", "communique", "-q", "ingest", str(tmp_path / "one.txt"),
                    "--published", "2021-03-10"], env=env, capture_output=True, timeout=120, check=True)
    code = PROBE.replace("json.loads(sys.argv[-1])", repr(["spacy", "weasel"]))
    done = subprocess.run([sys.executable, "-c", code, json.dumps(["-q", "extract", "--workers", workers])], env=env,
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    imported = set(json.loads(done.stdout.rsplit("HEAVY ", 1)[1]))
    assert "spacy.language" in imported, done.stdout + done.stderr  # the probe sees spaCy
    assert not {m for m in imported if m.startswith(("spacy.cli", "weasel"))}


def test_a_page_of_a_dyad_is_written_without_pydantic(tmp_path: Path) -> None:
    """``events --dyad X-Y --limit N`` writes the stored records of the page as they are: a second
    run (names from the start-up cache) imports neither pydantic nor the data loaders."""
    from communique.model import ActorRef, Article, Event
    from communique.store import Store

    def ref(code: str) -> ActorRef:
        return ActorRef(code=code, sector="GOV", entity_text=f"{code} minister", reason="test")

    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([Article(id="d1", text="text", content_hash="h1")])
        store.save_events("d1", [Event(id=f"d1:{n}", doc_id="d1", event_type="CONSULT", actor=(ref("RUS"),),
                                       recipient=(ref("TUR"),), date=f"2020-01-0{n}", date_source="text",
                                       confidence=0.8) for n in range(1, 4)])
    env = {**os.environ, "PYTHONPATH": str(SRC), "COMMUNIQUE_DB": str(tmp_path / "s.duckdb"),
           "COMMUNIQUE_CACHE_DIR": str(tmp_path / "cache")}
    code = PROBE.replace("m.split('.')[0] in json.loads(sys.argv[-1])",
                         "m.split('.')[0] == 'pydantic' or m in ('communique.model', 'communique.data')")
    args = json.dumps(["events", "--dyad", "TUR-RUS", "--limit", "2", "--format", "jsonl"])
    for _ in ("fills the cache", "reads it"):
        done = subprocess.run([sys.executable, "-c", code, args], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        lines, heavy = done.stdout.rsplit("HEAVY ", 1)
        ids = [json.loads(line)["id"] for line in lines.splitlines() if line]
        assert ids == ["d1:1", "d1:2"], done.stdout + done.stderr
    assert json.loads(heavy) == []


def test_names_read_the_files_the_data_module_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The names' tables (kept in the start-up cache) are those of the validated lexicons."""
    from communique import data, names

    assert {name: data.FILES[name][0] for name in names.SOURCES} == names.SOURCES
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    names._tables.cache_clear()
    try:
        countries, orgs = names._tables()
        assert countries == {c.code: c.name for c in data.load("countries")} and countries["TUR"] == "Turkey"
        assert ("nato", "NATO", "IGO") in {o[:3] for o in orgs}
        assert names._tables.__wrapped__() == (countries, orgs)  # read back from the cache, the same
    finally:
        names._tables.cache_clear()
