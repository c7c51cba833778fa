"""Loading a script or helper file that is no package module (``scripts/*.py``, the shared scorer,
``evaluation/goldset_check.py``) as a module, for the tests that call into it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_file(name: str, path: Path) -> ModuleType:
    """The file at ``path`` run as a module called ``name`` (registered in ``sys.modules``, so that
    its dataclasses and pickling find it)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
