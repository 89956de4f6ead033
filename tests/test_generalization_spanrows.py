"""Group labels in hand-built tables: synthetic snippets modelled on unseen pages of the family (a classic
WordPress page whose tables carry a row of one cell spanning every column amid their rows: "Top lists" in
the final scorecard, "Accuracy metrics" over a group of KPIs, "Core systems" over a group of tools)."""

from __future__ import annotations

from pipeline.htmlblocks import html_to_pieces
from pipeline.tables import group_label
from tests.snippets import html_fields

_KPI_HEADER = (
    "<tr><td><strong>Metric name</strong></td><td><strong>What it measures</strong></td>"
    "<td><strong>Why it matters</strong></td><td><strong>Example target/benchmark</strong></td>"
    "<td><strong>Frequency</strong></td></tr>"
)
_KPI_ROW = "<tr><td>Payroll accuracy rate</td><td>% payslips without correction</td><td>Trust</td><td>99.5%</td><td>Monthly</td></tr>"
_TOOLS_HEADER = (
    "<tr><td><strong>Category</strong></td><td><strong>Tool</strong></td><td><strong>Primary use</strong></td>"
    "<td><strong>Common / Optional / Context-specific</strong></td></tr>"
)


def _tables(html: str) -> list[tuple[list[str] | None, list[list[str]] | None]]:
    return [(p.block.header, p.block.rows) for p in html_to_pieces(html).pieces if p.block.kind == "table"]


def test_scorecard_group_label_is_no_row_and_not_unparsed() -> None:
    fields = html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><table><tbody>"
        "<tr><td><strong>Category</strong></td><td><strong>Executive summary</strong></td></tr>"
        "<tr><td>Role title</td><td>Payroll Manager</td></tr>"
        '<tr><td colspan="2"><strong>Top lists</strong></td></tr>'
        "<tr><td>Top tools</td><td>ADP, Workday</td></tr>"
        "</tbody></table>"
    )
    scorecard = fields["scorecard"]
    assert [row["label"] for row in scorecard["rows"]] == ["Role title", "Top tools"]
    assert scorecard["unparsed"] == []
    assert scorecard["notes"] == []
    assert scorecard["top_tools"] == ["ADP", "Workday"]


def test_kpi_group_label_is_a_note_not_a_kpi() -> None:
    fields = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2><table><tbody>"
        + _KPI_HEADER
        + '<tr><td colspan="5"><strong>Accuracy metrics</strong></td></tr>'
        + _KPI_ROW
        + "</tbody></table>"
    )
    kpis = fields["kpis"]
    assert [(row["name"], row["what_it_measures"], row["target"]) for row in kpis["rows"]] == [
        ("Payroll accuracy rate", "% payslips without correction", "99.5%")
    ]
    assert kpis["unparsed"] == []
    assert kpis["notes"] == [{"lead": None, "intro": ["Accuracy metrics"], "items": []}]


def test_tools_group_label_is_the_category_of_rows_without_one_else_a_note() -> None:
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><table><tbody>"
        + _TOOLS_HEADER
        + '<tr><td colspan="4"><strong>Core systems</strong></td></tr>'
        "<tr><td>HRIS</td><td>Workday</td><td>Master data</td><td>Common</td></tr>"
        '<tr><td colspan="4"><strong>Payroll engines</strong></td></tr>'
        "<tr><td></td><td>ADP GlobalView</td><td>Payroll aggregation</td><td>Common</td></tr>"
        "</tbody></table>"
    )
    tools = fields["tools"]
    assert [(row["category"], row["tool_text"], row["prevalence"]) for row in tools["rows"]] == [
        ("HRIS", "Workday", "common"),
        ("Payroll engines", "ADP GlobalView", "common"),
    ]
    assert tools["unparsed"] == []
    assert tools["notes"] == ["Core systems"]


def test_tools_table_without_category_column_takes_group_labels() -> None:
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><table><tbody>"
        "<tr><th>Tool</th><th>Primary use</th><th>Prevalence</th></tr>"
        '<tr><td colspan="3">Payroll engines</td></tr>'
        "<tr><td>ADP GlobalView</td><td>Payroll aggregation</td><td>Common</td></tr>"
        "<tr><td>Deel</td><td>EOR payroll</td><td>Optional</td></tr>"
        '<tr><td colspan="3">HRIS</td></tr>'
        "<tr><td>Workday</td><td>Master data</td><td>Common</td></tr>"
        "</tbody></table>"
    )
    tools = fields["tools"]
    assert [(row["category"], row["tool_text"]) for row in tools["rows"]] == [
        ("Payroll engines", "ADP GlobalView"),
        ("Payroll engines", "Deel"),
        ("HRIS", "Workday"),
    ]
    assert tools["notes"] == []


def test_group_label_row_is_one_cell_in_the_table_block() -> None:
    html = (
        "<table><tr><th>Label</th><th>Value</th><th>More</th></tr>"
        "<tr><td>a</td><td>b</td><td>c</td></tr>"
        '<tr><td colspan="3">Group</td></tr>'
        "<tr><td>d</td><td>e</td><td>f</td></tr></table>"
    )
    ((header, rows),) = _tables(html)
    assert (header, rows) == (["Label", "Value", "More"], [["a", "b", "c"], ["Group"], ["d", "e", "f"]])
    assert [group_label(cells, len(header)) for cells in rows] == [None, "Group", None]


def test_spanning_rows_at_top_and_bottom_stay_caption_and_notes() -> None:
    html = (
        '<table><tr><td colspan="3">Illustrative KPIs</td></tr>'
        "<tr><th>Label</th><th>Value</th><th>More</th></tr>"
        "<tr><td>a</td><td>b</td><td>c</td></tr>"
        "<tr><td>d</td><td>e</td><td>f</td></tr>"
        '<tr><td colspan="3">Note: avoid vanity metrics.</td></tr></table>'
    )
    pieces = html_to_pieces(html).pieces
    assert [(p.block.kind, p.block.header, p.block.rows) for p in pieces] == [
        ("table", ["Label", "Value", "More"], [["a", "b", "c"], ["d", "e", "f"]]),
        ("paragraph", None, None),
    ]
    assert pieces[1].block.text == "Note: avoid vanity metrics."


def test_row_with_one_filled_cell_and_no_span_is_still_a_row() -> None:
    html = (
        "<table><tr><th>Label</th><th>Value</th><th>More</th></tr>"
        "<tr><td>a</td><td>b</td><td>c</td></tr>"
        "<tr><td>Group</td><td></td><td></td></tr>"
        "<tr><td>Lone cell</td></tr>"
        "<tr><td>d</td><td>e</td><td>f</td></tr></table>"
    )
    ((header, rows),) = _tables(html)
    assert rows == [["a", "b", "c"], ["Group", "", ""], ["Lone cell", "", ""], ["d", "e", "f"]]
    assert [group_label(cells, len(header)) for cells in rows] == [None, None, None, None]


def test_cell_spanning_part_of_the_width_is_no_group_label() -> None:
    html = (
        "<table><tr><th>Label</th><th>Value</th><th>More</th></tr>"
        "<tr><td>a</td><td>b</td><td>c</td></tr>"
        '<tr><td colspan="2">Half</td></tr>'
        "<tr><td>d</td><td>e</td><td>f</td></tr></table>"
    )
    ((header, rows),) = _tables(html)
    assert rows[1] == ["Half", "", ""]
    assert group_label(rows[1], len(header)) is None


def test_kpi_row_with_only_a_name_is_still_a_kpi() -> None:
    fields = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2><table><tbody>"
        + _KPI_HEADER
        + _KPI_ROW
        + "<tr><td>Cost per payslip</td><td></td><td></td><td></td><td></td></tr>"
        + "</tbody></table>"
    )
    assert [row["name"] for row in fields["kpis"]["rows"]] == ["Payroll accuracy rate", "Cost per payslip"]
    assert fields["kpis"]["notes"] == []
