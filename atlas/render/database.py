"""The downloads as one SQLite database (kb/downloads/atlas.sqlite), for Datasette or any SQL tool.

The same tables, rows and order as the CSV files (atlas/render/exports.py), typed: counts are
INTEGER, true/false are 1/0, lists are JSON arrays (which Datasette shows as lists). Each column's
description is a comment in its table's CREATE TABLE statement (Datasette shows the schema under
every table) and a row of `column_descriptions`; `table_descriptions` names each table. Rows that
name an article can be joined to `articles` on `article` (indexed).

Same rows, same bytes: the file is written in one pass into a temporary folder and compacted
(VACUUM), with nothing of the time or the machine in it but SQLite's own version number.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

DATABASE = "atlas.sqlite"


def _sql_type(values) -> str:
    seen = {type(v) for v in values if v is not None}
    if seen and seen <= {bool, int}:
        return "INTEGER"
    if seen and seen <= {bool, int, float}:
        return "REAL"
    return "TEXT"


def _value(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return v


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _one_line(text: str) -> str:
    return " ".join(text.split())


def create_table(name: str, columns: dict[str, str], rows: list[dict]) -> str:
    """CREATE TABLE with one line per column and its description as a comment."""
    lines = []
    for k, (column, description) in enumerate(columns.items()):
        comma = "," if k < len(columns) - 1 else ""
        lines.append(f"  {_quote(column)} {_sql_type(r.get(column) for r in rows)}{comma} -- {_one_line(description)}")
    return f"CREATE TABLE {_quote(name)} (\n" + "\n".join(lines) + "\n)"


def render_database(tables: list[tuple[str, str, dict, list[dict]]]) -> bytes:
    """tables: (name, title, {column: description}, rows), as atlas/render/exports.py export_tables gives."""
    with tempfile.TemporaryDirectory(prefix="atlas-db-") as folder:
        path = Path(folder) / DATABASE
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            with con:
                con.execute("CREATE TABLE table_descriptions (\n  name TEXT PRIMARY KEY, -- 表名\n  title TEXT -- 内容\n)")
                con.execute("CREATE TABLE column_descriptions (\n  table_name TEXT, -- 表名\n  column_name TEXT, -- 列名\n"
                            "  description TEXT, -- 说明\n  PRIMARY KEY (table_name, column_name)\n)")
                for name, title, columns, rows in tables:
                    con.execute(create_table(name, columns, rows))
                    placeholders = ", ".join("?" for _ in columns)
                    con.executemany(f"INSERT INTO {_quote(name)} VALUES ({placeholders})",
                                    ([_value(r.get(c)) for c in columns] for r in rows))
                    if "article" in columns:
                        con.execute(f"CREATE INDEX {_quote(name + '_article')} ON {_quote(name)} (article)")
                    con.execute("INSERT INTO table_descriptions VALUES (?, ?)", (name, title))
                    con.executemany("INSERT INTO column_descriptions VALUES (?, ?, ?)",
                                    ((name, c, d) for c, d in columns.items()))
            con.execute("VACUUM")
        finally:
            con.close()
        return path.read_bytes()
