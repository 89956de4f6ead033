"""Synthetic snippets modelled on unseen pages of the family: a blueprint exported from Notion ("Export → HTML"),
whose simple tables name their header rows and cells "simple-table-header", whose toggles (<details> inside a
list item) hold a section's groups, and whose callouts open with an icon."""

from __future__ import annotations

import json

from pipeline import extract
from tests.snippets import html_fields, html_page

_KPI_HEADER = ("KPI / metric", "What it measures", "Why it matters", "Frequency", "Example target")


def test_notion_table_header_row_named_header_is_the_tables_header():
    head = "".join(f'<th class="simple-table-header-color simple-table-header">{name}</th>' for name in _KPI_HEADER)
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        f'<table class="simple-table"><thead class="simple-table-header"><tr>{head}</tr></thead><tbody>'
        "<tr><td>Refresh success rate</td><td>% of refreshes on time</td><td>Trust</td><td>Daily</td><td>≥ 98%</td></tr>"
        "<tr><td>Dashboard adoption</td><td>Active viewers</td><td>Waste</td><td>Monthly</td><td>≥ 60%</td></tr>"
        "</tbody></table>"
    )
    kpis = html_fields(body)["kpis"]
    assert kpis["columns"] == list(_KPI_HEADER)
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Refresh success rate", "≥ 98%", "Daily"),
        ("Dashboard adoption", "≥ 60%", "Monthly"),
    ]


def test_notion_header_row_of_td_cells_named_header_keeps_the_columns():
    header = "".join(
        f'<td class="simple-table-header-color">{name}</td>'
        for name in ("Dimension", "Weight", "What “meets” looks like", "What “exceeds” looks like")
    )
    body = (
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Scorecard dimensions</h3>"
        f'<table class="simple-table"><tbody><tr>{header}</tr>'
        "<tr><td>SQL and data reasoning</td><td>25%</td><td>Correct joins</td><td>Optimizes queries</td></tr>"
        "</tbody></table>"
    )
    scorecard = html_fields(body)["hiring"]["scorecard"]
    assert scorecard["header"] == ["Dimension", "Weight", "What “meets” looks like", "What “exceeds” looks like"]
    assert [(row["dimension"], row["weight"], row["meets"], row["exceeds"]) for row in scorecard["rows"]] == [
        ("SQL and data reasoning", "25%", "Correct joins", "Optimizes queries")
    ]


def test_layout_table_cell_named_header_is_still_the_sites_header():
    # An old theme lays the page out in a table: its "header" cell holds the site's name and menu, chrome.
    sections = html_page("<h2>5) Key Deliverables</h2><ul><li>Certified semantic model</li></ul>").decode()
    page = (
        "<html><body><table><tr><td class='site-header'>Acme Careers Home Jobs Contact</td></tr>"
        f"<tr><td>{sections}</td></tr></table></body></html>"
    ).encode()
    (extraction,) = extract(page, name="layout.html")
    fields = extraction.document["fields"]
    assert [item["name"] for item in fields["deliverables"]["items"]] == ["Certified semantic model"]
    assert "Acme Careers" not in json.dumps(extraction.document)


def test_table_named_as_a_header_is_still_chrome():
    # A site header built as a whole table of its own: the table, not a part of one, named as chrome.
    body = (
        "<table class='header'><tr><td>Acme Careers</td><td>Home</td><td>Jobs</td></tr></table>"
        "<h2>5) Key Deliverables</h2><ul><li>Certified semantic model</li></ul>"
    )
    (extraction,) = extract(html_page(body), name="snippet.html")
    assert "Acme Careers" not in json.dumps(extraction.document)
