"""Synthetic snippets modelled on the nineteenth round of unseen pages of the family.

A MarkDownload clip links a credential or a sibling role inside the article's own lists
("[ASQ Certified Quality Engineer (CQE)][14] – Important"): such an item, linked among plain
items of its list, is the article's, while lists made of links (menus, related posts) still go.
"""

from __future__ import annotations

import json

from pipeline import extract
from tests.snippets import html_fields

_MD_PAGE = """# Quality Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Quality Engineer keeps processes capable and stable on the production floor.

## 2) Role Mission

**Core mission:** Ship conforming parts and reduce the cost of poor quality.

## 14) Required Experience and Qualifications

### Certifications

-   {cert} – Important
-   Six Sigma Green Belt – Common

## 15) Career Path and Progression

### Next likely roles after this role

-   Senior Quality Engineer

[1]: https://www.asq.org/cert/quality-engineer
"""


def _md_fields(cert: str) -> dict:
    (extraction,) = extract(_MD_PAGE.format(cert=cert).encode(), name="clip.md")
    return extraction.document["fields"]


def test_markdown_reference_linked_certification_among_plain_ones_is_kept() -> None:
    certifications = _md_fields("[ASQ Certified Quality Engineer (CQE)][1]")["experience"]["certifications"]
    assert [(c["name"], c["detail"], c["requirement"], c["requirement_text"]) for c in certifications] == [
        ("ASQ Certified Quality Engineer", "CQE", "preferred", "Important"),
        ("Six Sigma Green Belt", None, "common", "Common"),
    ]


def test_markdown_inline_linked_certification_among_plain_ones_is_kept() -> None:
    link = "[ASQ Certified Quality Engineer (CQE)](https://www.asq.org/cert/quality-engineer)"
    certifications = _md_fields(link)["experience"]["certifications"]
    assert [c["name"] for c in certifications] == ["ASQ Certified Quality Engineer", "Six Sigma Green Belt"]


_HTML_BODY = (
    "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul>"
    "<li><a href='https://asq.org/cert/cqe'>ASQ Certified Quality Engineer (CQE)</a> – Important</li>"
    "<li>Six Sigma Green Belt – Common</li></ul>"
    "<h3>Related posts</h3><ul><li><a href='/cqe-exam'>How to pass the CQE exam</a></li>"
    "<li><a href='/tools'>Top quality tools for engineers</a></li></ul>"
    "<h2>15) Career Path and Progression</h2><h3>Next likely roles after this role</h3><ul>"
    "<li>Senior Quality Engineer</li><li><a href='/sqe'>Supplier Quality Engineer</a></li>"
    "<li>Plant Quality Manager</li></ul>"
    "<p>Site pages</p><ul><li><a href='/'>Home</a></li><li><a href='/careers'>Careers</a></li>"
    "<li>Quality Engineer</li><li><a href='/about'>About</a></li></ul>"
)


def test_html_linked_items_among_plain_ones_are_kept() -> None:
    fields = html_fields(_HTML_BODY, "Quality Engineer")
    assert [c["name"] for c in fields["experience"]["certifications"]] == [
        "ASQ Certified Quality Engineer",
        "Six Sigma Green Belt",
    ]
    assert fields["experience"]["certifications"][0]["requirement"] == "preferred"
    assert [r["name"] for r in fields["career_path"]["next_roles"]] == [
        "Senior Quality Engineer",
        "Supplier Quality Engineer",
        "Plant Quality Manager",
    ]


def test_html_lists_made_of_links_inside_sections_still_go() -> None:
    """A related-posts list (all links) and a menu whose one plain item is the current page stay out."""
    dumped = json.dumps(html_fields(_HTML_BODY, "Quality Engineer"))
    for link_text in ("How to pass the CQE exam", "Top quality tools", "Home", "Careers", "About"):
        assert link_text not in dumped


# TablePress's "table foot" option repeats the header row in a <tfoot>, before or after the <tbody>.
_TOOLS_HEAD = "<tr><th>Category</th><th>Tools</th><th>Primary use</th><th>Prevalence</th></tr>"
_TOOLS_BODY = (
    "<tbody><tr><td>Data querying</td><td>SQL Server</td><td>Extracting data</td><td>Common</td></tr>"
    "<tr><td>BI</td><td>Power BI</td><td>Dashboards</td><td>Optional</td></tr></tbody>"
)


def _tools_rows(table: str) -> list[tuple[str, str, str]]:
    body = f"<h2>10) Tools, Platforms, and Software</h2><table>{table}</table>"
    rows = html_fields(body, "Data Analyst")["tools"]["rows"]
    return [(row["category"], row["tool_text"], row["prevalence_text"]) for row in rows]


def test_tfoot_repeating_the_header_before_the_body_is_no_row() -> None:
    table = f"<thead>{_TOOLS_HEAD}</thead><tfoot>{_TOOLS_HEAD}</tfoot>{_TOOLS_BODY}"
    assert _tools_rows(table) == [("Data querying", "SQL Server", "Common"), ("BI", "Power BI", "Optional")]


def test_tfoot_repeating_the_header_after_the_body_is_no_row() -> None:
    table = f"<thead>{_TOOLS_HEAD}</thead>{_TOOLS_BODY}<tfoot>{_TOOLS_HEAD}</tfoot>"
    assert _tools_rows(table) == [("Data querying", "SQL Server", "Common"), ("BI", "Power BI", "Optional")]


def test_tfoot_of_other_values_before_the_body_closes_the_table() -> None:
    """A foot that is not the header (a last row of values) stays a row, where a browser shows it: last."""
    foot = "<tr><td>Version control</td><td>Git</td><td>Change control</td><td>Common</td></tr>"
    table = f"<thead>{_TOOLS_HEAD}</thead><tfoot>{foot}</tfoot>{_TOOLS_BODY}"
    assert _tools_rows(table) == [
        ("Data querying", "SQL Server", "Common"),
        ("BI", "Power BI", "Optional"),
        ("Version control", "Git", "Common"),
    ]


def test_tfoot_note_spanning_the_columns_before_the_body_is_the_tables_note() -> None:
    """A foot of one cell over the columns is the table's note, as a closing row is (once it is last)."""
    foot = "<tr><td colspan='4'>Tooling varies by team size.</td></tr>"
    table = f"<thead>{_TOOLS_HEAD}</thead><tfoot>{foot}</tfoot>{_TOOLS_BODY}"
    fields = html_fields(f"<h2>10) Tools, Platforms, and Software</h2><table>{table}</table>", "Data Analyst")
    assert [(row["category"], row["tool_text"]) for row in fields["tools"]["rows"]] == [
        ("Data querying", "SQL Server"),
        ("BI", "Power BI"),
    ]
    assert (fields["tools"]["notes"], fields["tools"]["unparsed"]) == (["Tooling varies by team size."], [])
