"""Errors we raise on purpose, each with a code and a hint a user can act on.

::

    CommuniqueError            every error we raise on purpose; has .code and .hint
    ├── InputError             an article, file or URL we cannot read          E1xx
    ├── DataFileError          a lexicon or rule file fails validation         E2xx
    ├── ModelMissing           the spaCy model package is not installed        E3xx
    ├── StoreError             database locked, schema too old or too new      E4xx
    └── ConfigError            bad settings or unknown stage names             E5xx

The CLI prints ``error: [E402] message`` and exits 1; ``--debug`` adds the traceback.

Codes of the HTTP API (:mod:`communique.api`, answered as JSON, never raised): E150 no such
route (404), E151 a method other than GET (405), E152 a ``Host`` not on the allow-list (400),
E155 no such article for the explorer's article view (404).
Store codes (E400-E405, E421-E424, E401 also as the API's 503) are listed in
:mod:`communique.store.duckdb`.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(CommuniqueError):
    """An article, file or URL that cannot be read."""

    code = "E100"

    def __init__(
        self,
        message: str,
        *,
        origin: str | None = None,
        line: int | None = None,
        code: str | None = None,
        hint: str | None = None,
    ) -> None:
        where = origin or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}", code=code, hint=hint)
        self.origin = origin
        self.line = line
        self.reason = message


class DataFileError(CommuniqueError):
    """A lexicon, rule or gazetteer file fails validation; lists every problem."""

    code = "E200"

    def __init__(self, problems: list[str], *, code: str | None = None) -> None:
        self.problems = problems
        super().__init__("; ".join(problems), code=code)


class ModelMissing(CommuniqueError):
    """The spaCy model package named in the settings is not installed."""

    code = "E300"


class StoreError(CommuniqueError):
    """The database cannot be opened, is locked, or has an unknown schema version."""

    code = "E400"


class ConfigError(CommuniqueError):
    """Bad settings, or a stage name the registry does not know."""

    code = "E500"
