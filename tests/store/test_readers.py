"""Many readers, one writer: read-only opens, bounded waiting on a held file, and files that are
not communique stores refused without being touched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from communique.app import Communique
from communique.cli import app as cli
from communique.errors import InputError, StoreError
from communique.settings import Settings
from communique.store import EventFilter, Store

HOLD = ("import duckdb, sys, time\n"
        "con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro')\n"
        "print('ready', flush=True)\n"
        "time.sleep(float(sys.argv[3]))\n")


@contextmanager
def held(path: Path, mode: str, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holding ``path`` (``ro`` reading, ``rw`` writing) for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), mode, str(seconds)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path, fake_extractor: type) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "published": "2020-12-30",
                               "text": "Lavrov met Cavusoglu in Kazan on 2020-12-16."}) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    with Communique(Settings(db=db)) as app:
        app.ingest([src])
        app.extract()
    return db


def test_readers_share_the_file_and_write_nothing(store: Path) -> None:
    before = _digest(store)
    with held(store, "ro", 30), Store(store, read_only=True) as one, Store(store, read_only=True) as two:
        assert len(one.events()) == len(two.events()) == 1
    assert _digest(store) == before


def test_reader_waits_for_a_writer_then_reads(store: Path) -> None:
    with held(store, "rw", 1.0):
        with pytest.raises(StoreError) as info:
            Store(store, read_only=True, wait=0.1)
        assert info.value.code == "E401" and "after 0.1 s" in str(info.value)
        with Store(store, read_only=True, wait=20) as reader:  # the writer lets go after 1 s
            assert reader.counts()["events"] == 1


def test_writer_waits_for_readers_then_writes(store: Path) -> None:
    with held(store, "ro", 1.0):
        with pytest.raises(StoreError) as info:
            Store(store, wait=0.1)
        assert info.value.code == "E401"
        with Store(store, wait=20) as writer:
            writer.clear_incidents()


def test_writer_with_hold_lets_readers_in_between_units(store: Path) -> None:
    with Store(store, hold=0.0) as writer:
        writer.clear_incidents()  # one unit of work; then the file is let go
        reader = subprocess.run([sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1], "
                                 "read_only=True).execute('SELECT 1')", str(store)], timeout=60)
        assert reader.returncode == 0
        assert writer.counts()["incidents"] == 0  # and it reopens on the next call
    with Store(store) as plain:  # without hold the writer keeps the file until closed
        plain.counts()
        with pytest.raises(StoreError):
            Store(store, read_only=True).close()  # (the same process: DuckDB refuses the other mode)


def test_idle_writer_lets_the_file_go_after_hold(store: Path) -> None:
    with Store(store, hold=0.3) as writer:
        writer.counts()  # a unit shorter than hold: the file is kept, then let go while idle
        reader = subprocess.run([sys.executable, "-c", "import sys\nfrom communique.store import Store\n"
                                 "with Store(sys.argv[1], read_only=True, wait=30) as s: print(s.counts()['events'])",
                                 str(store)], capture_output=True, text=True, timeout=90)
        assert reader.returncode == 0 and reader.stdout.strip() == "1", reader.stderr
        assert writer.counts()["events"] == 1


def test_read_only_file_can_be_read(store: Path) -> None:
    store.chmod(0o444)
    try:
        before = _digest(store)
        result = CliRunner().invoke(cli, ["events", "--db", str(store), "-f", "jsonl"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output.splitlines()[0])["doc_id"] == "a"
        assert _digest(store) == before
    finally:
        store.chmod(0o644)


def test_corrupt_file_is_reported_as_corrupt(store: Path, tmp_path: Path) -> None:
    data = bytearray(store.read_bytes())
    for offset in range(12288, len(data) - 400, 4096):
        data[offset + 100:offset + 300] = os.urandom(200)
    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(bytes(data))
    for read_only in (True, False):
        with pytest.raises(StoreError) as info:
            Store(bad, read_only=read_only).close()
        assert info.value.code == "E421" and "in use" not in str(info.value)
    result = CliRunner().invoke(cli, ["events", "--db", str(bad)])
    assert result.exit_code == 1 and "[E421]" in result.output and "corrupt" in result.output


def test_unrelated_duckdb_file_is_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE prices (day DATE, close DOUBLE)")
    con.close()
    before = _digest(other)
    for args in (["events"], ["timeline"], ["info"], ["ingest", str(tmp_path / "none.txt")]):
        result = CliRunner().invoke(cli, [*args, "--db", str(other)])
        assert result.exit_code == 1 and "[E422]" in result.output, (args, result.output)
    assert _digest(other) == before
    con = duckdb.connect(str(other), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["prices"]
    con.close()


def test_sqlite_file_is_refused_before_duckdb_opens_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lite = tmp_path / "notes.db"
    con = sqlite3.connect(lite)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()

    def no_duckdb(*args: object, **kwargs: object) -> None:
        raise AssertionError("DuckDB must not open a SQLite file (it would fetch the sqlite extension)")

    monkeypatch.setattr(duckdb, "connect", no_duckdb)
    for read_only in (True, False):
        with pytest.raises(StoreError) as info:
            Store(lite, read_only=read_only)
        assert info.value.code == "E403" and "SQLite" in str(info.value)


def test_extension_autoloading_is_off(store: Path) -> None:
    with Store(store, read_only=True) as reader, reader._errors():
        row = reader._con.execute("SELECT current_setting('autoinstall_known_extensions'), "
                                  "current_setting('autoload_known_extensions')").fetchone()
    assert row == (False, False)


@pytest.mark.parametrize("args", [["events", "--from", "2020-13"], ["events", "--to", "2021-02-30"],
                                  ["timeline", "--from", "2020-13"],
                                  ["events", "--limit", "9223372036854775808"]])
def test_cli_bad_dates_and_limits_are_numbered_errors(store: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(store)])
    assert result.exit_code == 2 and "[E111]" in result.output and "Traceback" not in result.output


def test_filter_dates_are_real_dates() -> None:
    assert EventFilter(date_from="2020-02", date_to="2024-02-29").date_to == "2024-02-29"
    for bad in ("2020-13", "2020-00", "2021-02-29", "0000", "2020-1-1"):
        with pytest.raises(InputError):
            EventFilter(date_from=bad)

