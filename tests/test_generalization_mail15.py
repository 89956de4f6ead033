"""Synthetic snippets modelled on unseen pages of the family: a role blueprint sent as an email newsletter and
scraped from the campaign's web archive (every section in a layout table of its own, as Mailchimp and every
vendor's templates write them, with the article's data tables nested in the layout), and old table-based
themes whose data tables hold paragraphs and lists in their cells."""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_fields

_KPI_TABLE = (
    "<table border='1'><tr><th>Metric name</th><th>What it measures</th><th>Example target</th><th>Frequency</th></tr>"
    "<tr><td>Renewal forecast accuracy</td><td>Forecast versus renewed ARR</td><td>Within 5%</td><td>Quarterly</td></tr>"
    "</table>"
)
_TOOLS_TABLE = (
    "<table border='1'><tr><td><strong>Category</strong></td><td><strong>Tool / platform</strong></td>"
    "<td><strong>Primary use</strong></td><td><strong>Prevalence</strong></td></tr>"
    "<tr><td>CRM</td><td>Salesforce</td><td>Accounts and renewals</td><td>Common</td></tr></table>"
)


def _email_block(content: str) -> str:
    """One text block of an email template: a one-cell layout table around a one-cell content table."""
    return (
        "<table border='0' cellpadding='0' width='100%'><tbody><tr><td valign='top'>"
        "<table align='left' border='0' width='100%'><tbody><tr>"
        f"<td valign='top'>{content}</td></tr></tbody></table></td></tr></tbody></table>"
    )


def _email_page(*blocks: str) -> bytes:
    spacer = "<table border='0' width='100%'><tr><td height='24'>&nbsp;</td></tr></table>"
    body = spacer.join(_email_block(block) for block in blocks)
    return (
        "<html><head><title>Account Manager: Role Blueprint</title></head><body><center>"
        "<table border='0' width='100%' id='bodyTable'><tr><td align='center'>"
        f"<table border='0' width='100%'><tr><td valign='top'>{body}</td></tr></table>"
        "</td></tr></table></center></body></html>"
    ).encode()


def _email_fields(*blocks: str) -> dict:
    (extraction,) = extract(_email_page(*blocks), name="campaign.html")
    return extraction.document["fields"]


def test_email_layout_tables_are_read_as_containers_with_their_data_tables_kept():
    fields = _email_fields(
        "<h2>1) Role Summary</h2><p>The Account Manager keeps renewals on track with several teams.</p>",
        "<h2>2) Role Mission</h2><p>Core mission: retain and grow every account.</p>",
        "<h2>3) Core Responsibilities</h2><p><strong>Operational responsibilities</strong></p>"
        "<ul><li>Run the renewal forecast</li><li>Manage the book of business</li></ul>",
        f"<h2>7) KPIs and Productivity Metrics</h2><p>Targets assume annual contracts.</p>{_KPI_TABLE}",
        f"<h2>10) Tools, Platforms, and Software</h2>{_TOOLS_TABLE}",
    )
    assert fields["role_summary"]["paragraphs"] == ["The Account Manager keeps renewals on track with several teams."]
    assert [(item["category"], item["title"]) for item in fields["responsibilities"]["items"]] == [
        ("operational", "Run the renewal forecast"),
        ("operational", "Manage the book of business"),
    ]
    kpis = fields["kpis"]
    assert kpis["intro"] == ["Targets assume annual contracts."]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Renewal forecast accuracy", "Within 5%", "Quarterly")
    ]
    # The header row is bold <td>s, not <th>s: still a data table nested in the layout.
    assert [(row["category"], row["tool_text"], row["prevalence"]) for row in fields["tools"]["rows"]] == [
        ("CRM", "Salesforce", "common")
    ]


def test_presentation_table_of_two_columns_is_layout():
    body = (
        "<table role='presentation'><tr>"
        "<td><h2>3) Core Responsibilities</h2><ul><li>Run the renewal forecast</li></ul></td>"
        "<td><h2>5) Key Deliverables</h2><ul><li>Renewal forecast</li><li>Health score model</li></ul></td>"
        "</tr></table>"
    )
    fields = html_fields(body)
    assert [item["title"] for item in fields["responsibilities"]["items"]] == ["Run the renewal forecast"]
    assert [item["name"] for item in fields["deliverables"]["items"]] == ["Renewal forecast", "Health score model"]


def test_table_whose_cells_hold_prose_blocks_without_a_header_row_is_layout():
    # An old theme's two columns: each cell holds paragraphs of prose, no row of short phrases over them.
    prose = "The Account Manager keeps renewals on track and works with finance, product and support every week."
    body = (
        "<table><tr>"
        f"<td><h2>4) Day-to-Day Activities</h2><p><strong>Daily activities</strong></p><ul><li>Review the health dashboard</li></ul></td>"
        f"<td><p>{prose} {prose}</p></td>"
        "</tr></table>"
    )
    fields = html_fields(body)
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == ["Review the health dashboard"]


def test_data_table_whose_cells_hold_lists_and_paragraphs_stays_a_table():
    # Classic themes put <p> and <ul> in a data table's cells: a header row of short phrases keeps it data.
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        "<table><tr><td><p>Item</p></td><td><p>Summary</p></td></tr>"
        "<tr><td><p>Role title</p></td><td><p>Account Manager</p></td></tr>"
        "<tr><td><p>Top tools</p></td><td><ul><li>Salesforce</li><li>Gainsight</li></ul></td></tr></table>"
    )
    scorecard = html_fields(body)["scorecard"]
    assert scorecard["header"] == ["Item", "Summary"]
    assert scorecard["role_title"] == "Account Manager"
    assert scorecard["top_tools"] == ["Salesforce", "Gainsight"]


def test_one_column_table_of_plain_rows_stays_a_table():
    # Several one-cell rows of plain text hold no block: left a table, as before (only a lone cell is a box).
    body = (
        "<h2>10) Tools, Platforms, and Software</h2><table><tr><td>Tool</td></tr><tr><td>Salesforce</td></tr></table>"
    )
    tools = html_fields(body)["tools"]
    assert tools["columns"] == ["Tool"]


def test_header_less_record_rows_wrapped_in_paragraphs_stay_a_table():
    # Document exports wrap every cell in a <p>; a scorecard without a header row may open with a long purpose:
    # rows of several cells are records, not layout, unless a cell holds a heading or a table.
    purpose = (
        "Build and run the systems, data and processes that let Customer Success retain and grow customers "
        "predictably and efficiently, across every segment and region of the business."
    )
    body = (
        "<h2>20) Final Role Scorecard Summary</h2><table>"
        f"<tr><td><p>Role purpose</p></td><td><p>{purpose}</p></td></tr>"
        "<tr><td><p>Role title</p></td><td><p>Account Manager</p></td></tr>"
        "<tr><td><p>Top tools</p></td><td><p>Salesforce; Gainsight</p></td></tr></table>"
    )
    scorecard = html_fields(body)["scorecard"]
    assert (scorecard["role_purpose"], scorecard["role_title"], scorecard["top_tools"]) == (
        purpose,
        "Account Manager",
        ["Salesforce", "Gainsight"],
    )
    assert scorecard["notes"] == []
