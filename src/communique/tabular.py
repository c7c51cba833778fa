"""Cells for spreadsheets: CSV text that Excel or LibreOffice will not run as a formula.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to a
spreadsheet ("CSV injection"); :func:`csv_cell` prefixes such text with ``'`` (OWASP's advice).
Numbers are left alone, so ``-3.5`` stays a number.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")"), csv_cell(-3.5), csv_cell("Moscow")
    ('\\'=HYPERLINK("http://x")', -3.5, 'Moscow')
"""

from __future__ import annotations

from typing import Any

__all__ = ["csv_cell", "csv_row"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """``value``, with ``'`` in front when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_row(values: Any) -> list[Any]:
    """:func:`csv_cell` of every value of a row (a list, or a dict's values)."""
    return [csv_cell(v) for v in (values.values() if isinstance(values, dict) else values)]
