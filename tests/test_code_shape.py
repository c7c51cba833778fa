"""The extraction and resolution code stays readable: small functions (the architecture issue's bar).

Complexity (McCabe, at most 15) is checked by ruff's C901 (``pyproject.toml``); length here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "communique"
MAX_LINES = 60


@pytest.mark.parametrize("package", ["extract", "resolve"])
def test_code_shape_functions_are_short(package: str) -> None:
    long = []
    for path in sorted((SRC / package).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_LINES:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, f"functions longer than {MAX_LINES} lines: {long}"
