"""Every command, global option and setting is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from communique.cli._app import COMMAND_ORDER, app
from communique.settings import SETTINGS

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_docs_readme_opens_with_two_commands(readme: str) -> None:
    block = readme.split("```")[1].strip().splitlines()
    assert block == [
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/communique demo",
        ".venv/bin/python -m pytest",
    ]


def test_docs_every_command_documented(readme: str) -> None:
    group = typer.main.get_command(app)
    for name in group.list_commands(None):  # type: ignore[attr-defined]  # a command's module registers it when used
        assert group.get_command(None, name) is not None, name  # type: ignore[attr-defined]
    registered = {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}
    assert registered == set(COMMAND_ORDER)
    for name in COMMAND_ORDER:
        assert f"`communique {name}" in readme, f"communique {name} is not in the README"


@pytest.mark.parametrize("option", ["--db", "--debug", "--quiet", "--lexicon-dir"])
def test_docs_global_options_documented(readme: str, option: str) -> None:
    assert option in readme


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_docs_every_setting_documented(readme: str, setting: object) -> None:
    name = setting.name  # type: ignore[attr-defined]
    assert f"`{name}`" in readme and f"COMMUNIQUE_{name.upper()}" in readme


def test_docs_demo_prints_the_lines_the_readme_shows(readme: str) -> None:
    """The README's sample of `communique demo`'s timeline is what the demo prints today (a change
    of reading that moves one of them must update the README, or be a regression)."""
    import subprocess
    import sys

    shown = [line for line in readme.split("```")[3].strip().splitlines() if line.strip()]
    assert len(shown) >= 3
    done = subprocess.run([sys.executable, "-m", "communique", "-q", "demo"], capture_output=True, text=True,
                          timeout=600, check=True)
    printed = done.stdout.splitlines()
    for line in shown:
        assert line in printed, line
