"""Import spaCy without its command line, which start-up never uses.

``spacy/__init__.py`` imports ``spacy.cli.info`` to offer ``spacy.info()``, and with it the
whole ``spacy.cli`` package: weasel, requests, httpx, the config and project commands -- 0.13 s
of the 0.45 s that ``import spacy`` takes, paid by every ``communique extract`` and every worker
process. :func:`import_spacy` imports spaCy with two placeholder modules standing in for
``spacy.cli`` and ``spacy.cli.info`` while ``spacy/__init__.py`` runs, then removes them, so a
later ``import spacy.cli`` imports the real package; ``spacy.info()`` imports it when called.
Loading pipelines (``spacy.load``) does not use ``spacy.cli``. Should a spaCy version need more
of ``spacy.cli`` at import, spaCy is imported as usual instead.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

__all__ = ["import_spacy"]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """``spacy``, imported without ``spacy.cli`` when this is the process's first import of it."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return importlib.import_module("spacy")
    package, module = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    except ImportError:  # a spaCy that needs more of spacy.cli when imported
        pass
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return importlib.import_module("spacy")  # the usual way
