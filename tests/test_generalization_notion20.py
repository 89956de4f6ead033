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


def _toggle(summary: str, *blocks: str) -> str:
    """A Notion toggle: a <details> inside a list item, each of its bullets a list of its own."""
    return f'<ul class="toggle"><li><details open=""><summary>{summary}</summary>{"".join(blocks)}</details></li></ul>'


def _bullet(text: str) -> str:
    return f'<ul class="bulleted-list"><li style="list-style-type:disc">{text}</li></ul>'


def test_notion_toggles_in_list_items_are_the_sections_groups():
    body = "<h2>4) Day-to-Day Activities</h2>" + _toggle(
        "Daily activities", _bullet("Check overnight refresh status."), _bullet("Review pull requests.")
    ) + _toggle("Weekly activities", _bullet("Backlog refinement with the BI lead."))
    day = html_fields(body)["day_to_day"]
    assert day["daily"]["heading"] == "Daily activities"
    assert [item["text"] for item in day["daily"]["items"]] == ["Check overnight refresh status.", "Review pull requests."]
    assert [item["text"] for item in day["weekly"]["items"]] == ["Backlog refinement with the BI lead."]
    assert day["other"] == []


def test_comment_widget_in_a_toggle_is_dropped_with_the_promotion_before_it():
    comments = [f"<p>{line}</p>" for line in ("Subscribe", "Notify of", "guest", "0 Comments", "Inline Feedbacks",
                                              "View all comments", "Would love your thoughts, please comment.")]
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        "<table><tbody><tr><td>Role title</td><td>BI Developer</td></tr></tbody></table>"
        "<p><strong>Certification Courses</strong></p>"
        "<p>DevOpsSchool has introduced a series of professional certification courses designed to enhance your "
        "skills and expertise in cutting-edge technologies and methodologies. Explore the following programs:</p>"
        "<p>DevOps Certification, SRE Certification, and DevSecOps Certification by DevOpsSchool</p>"
        + _toggle("Comments", *comments)
    )
    scorecard = html_fields(body)["scorecard"]
    assert scorecard["role_title"] == "BI Developer"
    assert scorecard["notes"] == []


def test_list_item_with_text_and_nested_list_keeps_its_sub_items():
    # Guard: only a <details> reads as a block of its own; an item's own lists still nest under its text.
    body = (
        "<h2>4) Day-to-Day Activities</h2><ul><li>Daily activities<ul><li>Check overnight refresh status.</li>"
        "</ul></li></ul>"
    )
    day = html_fields(body)["day_to_day"]
    assert day["daily"] is None
    assert [(item["text"], item["sub_items"]) for group in day["other"] for item in group["items"]] == [
        ("Daily activities", ["Check overnight refresh status."])
    ]


def _callout(icon: str, text: str) -> str:
    """A Notion callout: the icon in a div of its own beside the box's text."""
    return (
        '<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex">'
        f'<div style="font-size:1.5em"><span class="icon">{icon}</span></div>'
        f'<div style="width:100%">{text}</div></figure>'
    )


_KPI_ROWS = (
    "<table><tr><th>Metric name</th><th>What it measures</th><th>Example target</th><th>Frequency</th></tr>"
    "<tr><td>Refresh success rate</td><td>% of refreshes on time</td><td>≥ 98%</td><td>Daily</td></tr></table>"
)


def test_callout_icon_is_no_note():
    note = "Avoid rewarding report count: pair throughput with accuracy."
    body = "<h2>7) KPIs and Productivity Metrics</h2>" + _KPI_ROWS + _callout(
        "💡", f"<strong>Notes on measurement</strong><br/>{note}"
    )
    notes = html_fields(body)["kpis"]["notes"]
    assert notes == [{"lead": "Notes on measurement", "intro": [note], "items": []}]


def test_callout_text_opening_with_an_emoji_is_kept():
    # Guard: only a child holding no word goes; the box's text keeps the emoji its author typed before it.
    body = "<h2>7) KPIs and Productivity Metrics</h2>" + _KPI_ROWS + _callout("⚠️", "⚠️ Targets vary by team size.")
    notes = html_fields(body)["kpis"]["notes"]
    assert notes == [{"lead": None, "intro": ["⚠️ Targets vary by team size."], "items": []}]
