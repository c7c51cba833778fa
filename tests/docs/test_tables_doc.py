"""docs/tables.md is generated from the schema and documents every table and column."""

from __future__ import annotations

from pathlib import Path

from communique.store.duckdb import MEMORY, Store
from communique.store.query import EVENT_COLUMNS, INCIDENT_COLUMNS
from communique.store.tables import STORE_COLUMNS, TABLES, tables_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "tables.md"


def test_tables_page_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == tables_markdown(), (
        "docs/tables.md is out of date: python -m communique.store.tables > docs/tables.md")


def test_every_table_and_column_is_described() -> None:
    with Store(MEMORY) as store:
        rows = store.connection.cursor().execute(
            "SELECT c.table_name, c.column_name FROM duckdb_columns() c JOIN duckdb_tables() t "
            "ON t.table_name = c.table_name AND t.schema_name = c.schema_name").fetchall()
    tables = {t for t, _ in rows}
    assert tables <= set(TABLES), f"describe these tables in communique.store.tables: {tables - set(TABLES)}"
    missing = [f"{t}.{c}" for t, c in rows if f"{t}.{c}" not in STORE_COLUMNS]
    assert not missing, f"describe these columns in communique.store.tables.STORE_COLUMNS: {missing}"
    assert all(desc for _, _, desc in (*EVENT_COLUMNS.values(), *INCIDENT_COLUMNS.values()))
    assert "| `date_start` | DATE |" in tables_markdown() and "### `participants`" in tables_markdown()
