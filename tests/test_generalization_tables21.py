"""Synthetic snippets modelled on unseen pages of the family: a browser's "Save as PDF" of a blueprint read back
into markdown by a PDF converter (Docling, Marker). Its tables are cut at every page break, their header
repeated, and a row that wraps across the break or a line comes out as a continuation row whose first (name)
cell is empty: `| | | operate | | |`. The wrapped words belong to the row above, cell by cell.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.blocks import Block
from pipeline.tables import join_continued_tables

_PAGE = (
    "## Lab Ops Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe manager runs the laboratory with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: run a safe, compliant and efficient laboratory.\n\n"
)
_KPI_HEADER = (
    "| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |\n|---|---|---|---|---|\n"
)
_TOOLS_HEADER = (
    "| Category | Tool, platform, or software | Primary use | Common / Optional / Context-specific |\n|---|---|---|---|\n"
)
# What a print leaves between two pages of one table: the running footer and header, as the converter read them.
_PAGE_BREAK = "\n## https://labs.example/lab-ops-manager/  5/14\n\n## Lab Careers Hub\n\n"


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_PAGE + body).encode(), name="snippet.md")
    return extraction.document["fields"]


def _kpis(table: str) -> dict[str, Any]:
    return _fields("## 7) KPIs and Productivity Metrics\n\n" + table)["kpis"]


def _tools(table: str) -> dict[str, Any]:
    return _fields("## 10) Tools, Platforms, and Software\n\n" + table)["tools"]


def _tool_rows(tools: dict[str, Any]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(r["category"], r["tool_text"], r["primary_use"], r["prevalence_text"]) for r in tools["rows"]]


def test_kpi_row_wrapped_across_a_page_break_is_joined_to_the_row_above() -> None:
    kpis = _kpis(
        _KPI_HEADER
        + "| TAT compliance | % reported on time | Core promise to clients | ≥ 95% | Monthly |\n"
        + _PAGE_BREAK
        + _KPI_HEADER
        + "| Audit findings | Nonconformities at audits | Accreditation is a license to | Zero major | Per audit |\n"
        + "| | | operate | | |\n"
        + "| Safety incidents | Recordable incidents | Protects people | Zero lost-time | Monthly |\n"
    )
    assert [(r["name"], r["why_it_matters"]) for r in kpis["rows"]] == [
        ("TAT compliance", "Core promise to clients"),
        ("Audit findings", "Accreditation is a license to operate"),
        ("Safety incidents", "Protects people"),
    ]
    assert kpis["rows"][1]["text"] == (
        "Audit findings | Nonconformities at audits | Accreditation is a license to operate | Zero major | Per audit"
    )
    assert kpis["unparsed"] == []
    assert kpis["columns"] == ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"]


def test_kpi_continuation_row_wrapping_two_cells_joins_each_to_its_column() -> None:
    kpis = _kpis(
        _KPI_HEADER
        + "| Audit findings | Nonconformities at | Accreditation is a license to | Zero major | Per audit |\n"
        + "| | audits | operate | | |\n"
    )
    (row,) = kpis["rows"]
    assert (row["what_it_measures"], row["why_it_matters"], row["target"]) == (
        "Nonconformities at audits",
        "Accreditation is a license to operate",
        "Zero major",
    )
    assert kpis["unparsed"] == []


def test_kpi_row_without_a_name_that_fills_most_cells_is_not_glued_to_the_row_above() -> None:
    # Not a wrap: a row that lost its name keeps its own cells (and stays unparsed, as before).
    kpis = _kpis(
        _KPI_HEADER
        + "| TAT compliance | % reported on time | Core promise | ≥ 95% | Monthly |\n"
        + "| | Samples waiting | Early warning | < 2% | Daily |\n"
    )
    assert [(r["name"], r["why_it_matters"], r["frequency"]) for r in kpis["rows"]] == [
        ("TAT compliance", "Core promise", "Monthly")
    ]
    assert kpis["unparsed"] == [" | Samples waiting | Early warning | < 2% | Daily"]


def test_header_repeated_among_the_rows_is_no_kpi() -> None:
    kpis = _kpis(
        _KPI_HEADER
        + "| TAT compliance | % reported on time | Core promise | ≥ 95% | Monthly |\n"
        + _KPI_HEADER
        + "| Sample backlog | Samples waiting | Early warning | < 2% | Daily |\n"
    )
    assert [r["name"] for r in kpis["rows"]] == ["TAT compliance", "Sample backlog"]


def test_tool_cell_wrapped_onto_the_next_page_and_within_a_page_rejoins_its_row() -> None:
    tools = _tools(
        _TOOLS_HEADER
        + "| LIMS | LabWare / STARLIMS | Sample tracking, results | Common |\n"
        + "| Scheduling | When I Work / Excel rosters | Shift and staff | Optional |\n"
        + _PAGE_BREAK
        + _TOOLS_HEADER
        + "| | | scheduling | |\n"
        + "| ERP / procurement | SAP Ariba / Oracle | Purchase orders, supplier | Common |\n"
        + "| | | management | |\n"
        + "| Collaboration | Microsoft Teams | Team communication | Common |\n"
    )
    assert _tool_rows(tools) == [
        ("LIMS", "LabWare / STARLIMS", "Sample tracking, results", "Common"),
        ("Scheduling", "When I Work / Excel rosters", "Shift and staff scheduling", "Optional"),
        ("ERP / procurement", "SAP Ariba / Oracle", "Purchase orders, supplier management", "Common"),
        ("Collaboration", "Microsoft Teams", "Team communication", "Common"),
    ]
    assert tools["unparsed"] == []


def test_tool_row_under_the_category_above_stays_a_row_of_its_own() -> None:
    # "| | Grafana | ... |": a tool of the category above (a rowspan flattened), which can stand alone; its blank
    # category cell continues the category above (round 44).
    tools = _tools(
        _TOOLS_HEADER
        + "| Observability | Prometheus | Metrics | Common |\n"
        + "| | Grafana | Dashboards | Common |\n"
    )
    assert _tool_rows(tools) == [
        ("Observability", "Prometheus", "Metrics", "Common"),
        ("Observability", "Grafana", "Dashboards", "Common"),
    ]
    assert tools["unparsed"] == []


def test_tables_with_different_headers_are_not_joined() -> None:
    first = Block.table(["Metric name", "Why it matters"], [["TAT", "Core promise"]], 0, 10)
    second = Block.table(["Dimension", "What meets looks like"], [["", "runs the lab"]], 20, 30)
    assert join_continued_tables([first, second]) == [first, second]


def test_a_table_without_continuation_is_returned_as_it_is() -> None:
    header = ["Category", "Tool", "Primary use", "Common / Optional"]
    table = Block.table(header, [["BI", "Tableau", "Dashboards", "Common"], ["", "Power BI", "", ""]], 0, 10)
    (same,) = join_continued_tables([table])
    assert same is table


def test_nameless_row_repeating_a_value_above_is_not_a_continuation() -> None:
    kpis = _kpis(
        "| KPI | Owner | Cadence | Target |\n|---|---|---|---|\n"
        "| MTTR | SRE team | Monthly | < 1 hour |\n"
        "| | SRE team | | |\n"
    )
    assert [(r["name"], r["other_cells"]) for r in kpis["rows"]] == [
        ("MTTR", [{"column": "Owner", "value": "SRE team"}])
    ]
    assert kpis["unparsed"] == [" | SRE team |  | "]
