"""Round 63: an HTML newsletter email's data tables carry role="presentation", as email builders put on every table.

loss-prevention-manager-html-email (a table-based newsletter saved from a mail client) nests its KPI, tools, hiring
scorecard and final scorecard tables, each `<table role="presentation" class="data-table">`, inside the email's
layout tables: all four were read one cell per line (9 of 12 KPIs, 9 of 12 tools, every scorecard row lost). A
presentation table nested in the layout, a regular grid of text cells under a <th> or bold header row, is now read
as a table; the layout's own tables (the body's box, a row of icons, a button) stay layout. The snippets are
synthetic; the page is frozen in tests/unseen.
"""

from __future__ import annotations

from snippets import all_strings, html_fields, unseen_document

_CELL = '<td style="border:1px solid #ccc;padding:6px 8px;">{}</td>'
_BOLD = '<td style="padding:6px 8px;font-weight:bold;"><b>{}</b></td>'
_TH = '<th align="left" style="background:#eef2f7;">{}</th>'


def _row(cells: list[str], cell: str = _CELL) -> str:
    return "<tr>" + "".join(cell.format(text) for text in cells) + "</tr>"


def _email(*blocks: str) -> str:
    """Blocks in an email's layout: a presentation table of one column, a block per row, as builders write it."""
    rows = "".join(f'<tr><td class="mobile-pad" style="padding:8px 32px;">{block}</td></tr>' for block in blocks)
    return f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table>'


def _presented(header: str, rows: list[list[str]]) -> str:
    return f'<table role="presentation" class="data-table" width="100%">{header}{"".join(map(_row, rows))}</table>'


_KPIS = [
    ["Shrink rate", "Loss over sales", "Main loss measure", "≤ 1.4%", "Quarterly"],
    ["Audit score", "Average store audit score", "Shows standards are kept", "≥ 92%", "Quarterly"],
    ["Response time", "Report to follow-up", "Protects evidence", "< 4 hours", "Weekly"],
]
_KPI_HEADER = _row(["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"], _TH)


def test_synthetic_a_presentation_table_with_a_th_header_is_read_as_a_table() -> None:
    fields = html_fields("<h2>7) KPIs and Productivity Metrics</h2>" + _email(_presented(_KPI_HEADER, _KPIS)))
    kpis = fields["kpis"]
    assert [row["name"] for row in kpis["rows"]] == ["Shrink rate", "Audit score", "Response time"]
    assert [row["target"] for row in kpis["rows"]] == ["≤ 1.4%", "≥ 92%", "< 4 hours"]
    assert kpis["columns"][0] == "Metric name"
    assert kpis["notes"] == []


def test_synthetic_a_presentation_table_with_a_bold_cell_header_is_read_as_a_table() -> None:
    header = _row(["Category", "Tool, platform, or software", "Primary use", "Common / Optional"], _BOLD)
    tools = [
        ["Exception reporting", "Agilence", "POS exception analytics", "Common"],
        ["Mass notification", "Everbridge", "Critical incident alerts", "Context-specific"],
        ["Case management", "Case IQ", "Case files and evidence", "Common"],
    ]
    fields = html_fields("<h2>10) Tools, Platforms, and Software</h2>" + _email(_presented(header, tools)))
    rows = fields["tools"]["rows"]
    assert [row["category"] for row in rows] == ["Exception reporting", "Mass notification", "Case management"]
    assert [row["tool_text"] for row in rows] == ["Agilence", "Everbridge", "Case IQ"]
    assert [row["prevalence"] for row in rows] == ["common", "context_specific", "common"]
    assert not any("Primary use" in text for text in all_strings(fields["tools"]["notes"]))


def test_synthetic_an_emails_layout_tables_stay_layout() -> None:
    # A row of icons and a button are layout, and so is a grid whose cells hold paragraphs: their text reads as
    # the email's prose, no table made of them.
    icons = (
        '<table role="presentation" class="social"><tr>'
        + "".join(f'<td><a href="#"><img src="{n}.png" alt="{n}"></a></td>' for n in ("LinkedIn", "YouTube"))
        + "</tr></table>"
    )
    columns = (
        '<table role="presentation"><tr><th>Left</th><th>Right</th></tr>'
        "<tr><td><p>Own the regional shrink plan – agree the priorities.</p></td><td><p>Read each week.</p></td></tr>"
        "<tr><td><p>Run the audit programme – score every store.</p></td><td><p>Read each month.</p></td></tr>"
        "</table>"
    )
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2>"
        + _email("<p>Responsibilities below reflect a regional role.</p>", columns)
        + _email(icons)
    )
    strings = all_strings(fields["responsibilities"])
    assert any("Own the regional shrink plan" in text for text in strings)
    assert not any(" | " in text for text in strings)


def test_synthetic_a_presentation_grid_without_a_header_row_stays_layout() -> None:
    # Without a header of <th> or bold cells a grid of short cells may be the layout's columns (an address block).
    fields = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2>"
        + _email('<table role="presentation">' + "".join(map(_row, _KPIS)) + "</table>")
    )
    assert fields["kpis"]["rows"] == []
    assert fields["kpis"]["intro"][:2] == ["Shrink rate", "Loss over sales"]


def test_page_reads_all_four_email_tables() -> None:
    document = unseen_document("loss-prevention-manager-html-email.synthetic.html")
    fields = document["fields"]
    kpis = [row["name"] for row in fields["kpis"]["rows"]]
    assert len(kpis) == 12
    assert kpis[3:5] == ["Audit compliance score", "Incident response time"]
    assert fields["kpis"]["rows"][4]["target"] == "< 4 hours for critical incidents"
    assert fields["kpis"]["rows"][4]["frequency"] == "Weekly"
    tools = fields["tools"]["rows"]
    assert len(tools) == 12
    assert [row["category"] for row in tools[:2]] == ["EAS / RFID", "Exception reporting"]
    assert {"Agilence", "Everbridge", "Case IQ", "Auror"} <= {tool["name"] for row in tools for tool in row["tools"]}
    scorecard = fields["hiring"]["scorecard"]
    assert [row["dimension"] for row in scorecard["rows"]] == [
        "Shrink analytics",
        "Investigations",
        "Leadership",
        "Stakeholder influence",
        "Safety and compliance",
    ]
    assert scorecard["rubric_notes"] == []
    final = fields["scorecard"]
    assert len(final["rows"]) == 10
    assert final["role_title"] == "Loss Prevention Manager"
    assert len(final["top_responsibilities"]) == 10
    assert final["top_tools"][:2] == ["Sensormatic / ShrinkVision", "Agilence"]
    assert final["notes"] == []


def test_page_keeps_no_cells_as_prose_and_no_noise() -> None:
    document = unseen_document("loss-prevention-manager-html-email.synthetic.html")
    fields = document["fields"]
    assert all("Average score on LP store compliance audits" not in s for s in all_strings(fields["kpis"]["notes"]))
    assert all("Primary use" not in s for s in all_strings(fields["tools"]["notes"]))
    strings = all_strings(fields)
    for noise in ("View this email in your browser", "Vaultline Cash Logistics", "Retail Resilience Expo 2027",
                  "Forward to a friend", "Unsubscribe", "mailtrk-retailpulse.com"):  # fmt: skip
        assert not any(noise in s for s in strings), noise
