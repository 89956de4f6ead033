"""The repeated tables of a batch as spreadsheet-safe CSV files, one row per table row, keyed by page.

Every file starts with the page key, ``path`` and ``part`` (the input path
relative to RAW, and the post id of a WordPress REST list, else empty), then
``position`` (1-based row number within the page) where a page has several
rows. Columns are fixed and documented here, so their order never changes.

Spreadsheet safety: quoting by the csv module (minimal quoting, CRLF
records, RFC 4180), UTF-8 (a BOM on request, for Excel), and no formula
injection — a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a leading apostrophe, so a spreadsheet shows it as
text instead of evaluating it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from ._files import StreamedFile

__all__ = ["TABLES", "CsvSink", "Table", "cell", "neutralise", "table_rows"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def neutralise(text: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would read as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def cell(value: Any) -> str:
    """A value as a CSV cell: '' for null, true/false, whole floats without '.0', lists joined by '; '."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, (list, tuple)):
        text = LIST_SEPARATOR.join(cell(v) for v in value if v not in (None, ""))
    else:
        text = str(value)
    return neutralise(text)


Row = dict[str, Any]


class Table:
    """One CSV file: its name, its columns after the page key, and how to read its rows from a blueprint."""

    def __init__(self, name: str, columns: list[str], rows: Callable[[dict[str, Any]], Iterator[Row]]) -> None:
        self.name = name
        self.columns = ["path", "part", *columns]
        self.rows = rows


def _fields(document: dict[str, Any], section: str) -> dict[str, Any]:
    return (document.get("fields") or {}).get(section) or {}


def _numbered(items: list[Row]) -> Iterator[Row]:
    for position, item in enumerate(items, 1):
        yield {"position": position, **item}


def _responsibilities(document: dict[str, Any]) -> Iterator[Row]:
    yield from _numbered(list(_fields(document, "responsibilities").get("items") or []))


def _kpis(document: dict[str, Any]) -> Iterator[Row]:
    rows = []
    for row in _fields(document, "kpis").get("rows") or []:
        other = [f"{c['column']}: {c['value']}" for c in row.get("other_cells") or []]
        rows.append({**row, "other_cells": other})
    yield from _numbered(rows)


def _technical_skills(document: dict[str, Any]) -> Iterator[Row]:
    yield from _numbered(list(_fields(document, "technical_skills").get("skills") or []))


def _soft_skills(document: dict[str, Any]) -> Iterator[Row]:
    yield from _numbered(list(_fields(document, "soft_skills").get("skills") or []))


def _tools(document: dict[str, Any]) -> Iterator[Row]:
    rows = []
    for row in _fields(document, "tools").get("rows") or []:
        rows.append({**row, "tools": [tool["name"] for tool in row.get("tools") or []]})
    yield from _numbered(rows)


_CAREER_KINDS = (("feeder_roles", "feeder_role"), ("next_roles", "next_role"), ("adjacent_paths", "adjacent_path"))


def _career_paths(document: dict[str, Any]) -> Iterator[Row]:
    career = _fields(document, "career_path")
    rows = []
    for key, kind in _CAREER_KINDS:
        for role in career.get(key) or []:
            transition = role.get("transition") or {}
            rows.append(
                {
                    **role,
                    "kind": kind,
                    "horizon": career.get("next_roles_horizon") if key == "next_roles" else None,
                    "from_role": transition.get("from_role"),
                    "to_role": transition.get("to_role"),
                }
            )
    yield from _numbered(rows)


def _roles(document: dict[str, Any]) -> Iterator[Row]:
    source = document.get("source") or {}
    role = document.get("role") or {}
    quality = document.get("quality") or {}
    years = _fields(document, "experience").get("years_of_experience") or {}
    row: Row = {
        "title": role.get("title"),
        "title_source": role.get("title_source"),
        "seniority": role.get("seniority"),
        "horizon": role.get("horizon"),
        "department": role.get("department"),
        "reporting_line": role.get("reporting_line"),
        "url": source.get("url"),
        "slug": source.get("slug"),
        "post_id": source.get("post_id"),
        "date_published": source.get("date_published"),
        "date_modified": source.get("date_modified"),
        "input_form": source.get("input_form"),
        "min_years": years.get("min_years"),
        "max_years": years.get("max_years"),
        "years_open_ended": years.get("open_ended") if years else None,
        "years_text": years.get("range_text"),
        "coverage": quality.get("coverage"),
        "unparsed_items": quality.get("unparsed_items"),
        "sections_found": len({s["id"] for s in document.get("sections") or [] if s.get("id") != "other"}),
        "missing_sections": document.get("missing_sections") or [],
    }
    for table in TABLES:
        if table.name != "roles":
            row[f"{table.name}_rows"] = sum(1 for _ in table.rows(document))
    yield row


TABLES: list[Table] = [
    Table(
        "responsibilities",
        ["position", "category", "category_heading", "number", "title", "detail"],
        _responsibilities,
    ),
    Table(
        "kpis",
        [
            "position",
            "name",
            "qualifier",
            "context_specific",
            "what_it_measures",
            "why_it_matters",
            "target",
            "frequency",
            "frequencies",
            "other_cells",
        ],
        _kpis,
    ),
    Table(
        "technical_skills",
        [
            "position",
            "tier",
            "number",
            "name",
            "importance",
            "importance_levels",
            "importance_note",
            "use",
            "what_good_looks_like",
            "why",
            "tools",
        ],
        _technical_skills,
    ),
    Table(
        "soft_skills",
        ["position", "group", "number", "name", "note", "why_it_matters", "how_it_shows_up", "strong_performance"],
        _soft_skills,
    ),
    Table(
        "tools",
        [
            "position",
            "category",
            "tools",
            "tool_text",
            "primary_use",
            "prevalence",
            "prevalence_levels",
            "prevalence_qualifier",
            "prevalence_text",
            "extra_cells",
        ],
        _tools,
    ),
    Table(
        "career_paths",
        ["position", "kind", "name", "note", "qualifier", "horizon", "from_role", "to_role", "text"],
        _career_paths,
    ),
]
_ROLES = Table(
    "roles",
    [
        "status",
        "output",
        "title",
        "title_source",
        "seniority",
        "horizon",
        "department",
        "reporting_line",
        "url",
        "slug",
        "post_id",
        "date_published",
        "date_modified",
        "input_form",
        "min_years",
        "max_years",
        "years_open_ended",
        "years_text",
        "coverage",
        "unparsed_items",
        "sections_found",
        "missing_sections",
        *(f"{table.name}_rows" for table in TABLES),
    ],
    _roles,
)
TABLES.append(_ROLES)


def table_rows(table: Table, document: dict[str, Any], page: Any = None) -> list[list[str]]:
    """A table's CSV rows (cells as strings, in column order) for one blueprint."""
    source = document.get("source") or {}
    key = {"path": source.get("path"), "part": source.get("part")}
    if page is not None:
        key = {"path": page.path, "part": page.part, "status": page.status, "output": page.output}
    out = []
    for row in table.rows(document):
        merged = {**row, **key}
        out.append([cell(merged.get(column)) for column in table.columns])
    return out


class CsvSink:
    """Streams OUT/<table>.csv for every table in TABLES, pages in input order.

    Each file is written under a temporary name and renamed when the batch ends.
    """

    def __init__(self, out: Path, bom: bool = False) -> None:
        encoding = "utf-8-sig" if bom else "utf-8"
        self.files = {
            table.name: StreamedFile(out / f"{table.name}.csv", text=True, encoding=encoding, newline="")
            for table in TABLES
        }
        self.writers: dict[str, Any] = {}

    def _writer(self, table: Table) -> Any:
        writer = self.writers.get(table.name)
        if writer is None:
            writer = self.writers[table.name] = csv.writer(self.files[table.name].handle)
            writer.writerow(table.columns)
        return writer

    def add(self, page: Any, document: bytes | None) -> None:
        if document is None:
            return
        parsed = orjson.loads(document)
        for table in TABLES:
            self._writer(table).writerows(table_rows(table, parsed, page))

    def close(self, report: Any) -> None:
        for table in TABLES:
            self._writer(table)  # a batch without blueprints still gets each file with its header
            self.files[table.name].commit()
