"""AsciiDoc source saved as text: synthetic snippets modelled on unseen pages of the family.

A docs-site scraper saved a blueprint page's AsciiDoc source: "== 1) Role Summary" sections, "|===" tables,
". item" lists joined to their details by "+", "Term:: definition" labels and markup that renders as nothing.
The page is rewritten into markdown line by line, each line keeping its length, so block offsets stay true.
"""

from __future__ import annotations

from snippets import all_strings

from pipeline import extract
from pipeline.asciidoc import asciidoc_as_markdown

_PAGE = """= Data Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
:toc: left
:author: Editorial Team

// TODO(editor): check wording
[[role-summary]]
== 1) Role Summary

The Data Engineer builds and runs the pipelines that feed <<kpis,the metrics>> used across the business.

Role horizon:: Current (established in every data team).

[[role-mission]]
== 2) Role Mission

*Core mission:* +
Protect the business by running data pipelines that are reliable, tested and documented.

== 3) Core Responsibilities

=== Strategic responsibilities

. *Own the data platform roadmap*
+
Plan the platform's capacity and its migrations a year ahead.
. *Set data quality standards*
+
Define checks and their owners for every critical table.

<<<

////
Editorial notes (not published)
////

[[kpis]]
== 7) KPIs and Productivity Metrics

.Table of KPIs
[cols="2,3,1",options="header"]
|===
|Metric name |What it measures |Frequency

|Pipeline freshness
|Hours between source update and table update
|Daily

|Failed runs |Share of scheduled runs that fail |Weekly
|===

include::partial$footer.adoc[]
"""


def _extract(page: str) -> dict:
    (extraction,) = extract(page.encode("utf-8"), name="snippet.txt")
    return extraction.document




def test_asciidoc_sections_lists_labels_and_table_are_read() -> None:
    document = _extract(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Data Engineer"
    assert [section["number"] for section in document["sections"]] == [1, 2, 3, 7]
    assert [(item["title"], item["detail"]) for item in fields["responsibilities"]["items"]] == [
        ("Own the data platform roadmap", "Plan the platform's capacity and its migrations a year ahead."),
        ("Set data quality standards", "Define checks and their owners for every critical table."),
    ]
    # One cell a line and one row a line: the same rows.
    assert [(row["name"], row["what_it_measures"], row["frequency"]) for row in fields["kpis"]["rows"]] == [
        ("Pipeline freshness", "Hours between source update and table update", "Daily"),
        ("Failed runs", "Share of scheduled runs that fail", "Weekly"),
    ]
    assert fields["role_summary"]["role_horizon"]["horizon"] == "Current"
    assert fields["role_summary"]["paragraphs"] == [
        "The Data Engineer builds and runs the pipelines that feed the metrics used across the business."
    ]
    assert fields["role_mission"]["core_mission"] == (
        "Protect the business by running data pipelines that are reliable, tested and documented."
    )
    text = "\n".join(all_strings(document))
    for markup in ("include::", "[[", "[cols=", "|===", "<<<", "////", "Editorial", "TODO", ":toc:", "Table of KPIs"):
        assert markup not in text


def test_rewrite_keeps_every_line_and_the_table_span_length() -> None:
    markdown = asciidoc_as_markdown(_PAGE)
    assert len(markdown) == len(_PAGE)
    lines, source = markdown.splitlines(), _PAGE.splitlines()
    before_table = source.index("|===")
    assert [len(line) for line in lines[:before_table]] == [len(line) for line in source[:before_table]]
    assert lines[source.index("== 3) Core Responsibilities")] == "## 3) Core Responsibilities"
    assert lines[source.index("Role horizon:: Current (established in every data team).")] == (
        "Role horizon: Current (established in every data team). "
    )
    assert lines[before_table : before_table + 3] == [
        "|Metric name|What it measures|Frequency",
        "|Pipeline freshness|Hours between source update and table update|Daily",
        "|Failed runs|Share of scheduled runs that fail|Weekly",
    ]


def test_markdown_with_double_equals_in_prose_or_setext_underlines_is_not_asciidoc() -> None:
    page = (
        "Data Engineer: Role Blueprint\n=============================\n\n"
        "1) Role Summary\n===============\n\nA check where a == b holds.\n== not a heading\n\n"
        "2) Role Mission\n===============\n\nCore mission: deliver trusted data.\n"
    )
    assert asciidoc_as_markdown(page) is page
    document = _extract(page)
    assert [section["number"] for section in document["sections"]][:2] == [1, 2]
    assert "A check where a == b holds." in document["fields"]["role_summary"]["paragraphs"][0]


def test_closed_section_titles_lose_their_closing_marker() -> None:
    page = "= Role\n\n== 1) Role Summary ==\n\nText.\n\n== 2) Role Mission\n\n=== Core mission ===\n\n== 3) Goals\n"
    lines = asciidoc_as_markdown(page).splitlines()
    assert [lines[2], lines[6], lines[8], lines[10]] == [
        "## 1) Role Summary   ",
        "## 2) Role Mission",
        "### Core mission    ",
        "## 3) Goals",
    ]
