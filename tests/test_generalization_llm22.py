"""Synthetic snippets modelled on unseen pages of the family: a WordPress classic-editor page whose author
pasted a chat assistant's markdown, which the editor kept as the text of its paragraphs ("<p>### 3) Core
Responsibilities</p>", "<p>**Daily activities**</p>", a pipe table's rows split by <br />) next to a few
real <h2> headings."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces
from tests.snippets import html_fields

_TITLE = "<h1>Data Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"


def _fields(body: str) -> dict[str, Any]:
    page = f'<html><body><article>{_TITLE}<div class="entry-content">{body}</div></article></body></html>'
    (extraction,) = extract(page.encode("utf-8"), name="snippet.html")
    return extraction.document["fields"]


def _blocks(body: str) -> list[tuple[str, int | None, str]]:
    pieces = html_to_pieces(f"<html><body>{_TITLE}<div>{body}</div></body></html>").pieces
    return [(p.block.kind.value, p.block.level, p.block.text) for p in pieces[1:]]


def test_markdown_headings_in_paragraphs_are_headings_of_their_level():
    fields = _fields(
        "<p>### 🎯 1) Role Summary</p><p>The Data Analyst turns data into decisions for the business.</p>"
        "<h2>2) Role Mission</h2><p>Core mission: deliver trusted analysis to every team.</p>"
        "<p>## 5) Key Deliverables</p><p>- Weekly pulse report</p><p>- Metrics dashboard</p>"
    )
    # Section 1 sat before the first real <h2>: its "###" heading keeps it in the article.
    assert fields["role_summary"]["paragraphs"] == ["The Data Analyst turns data into decisions for the business."]
    assert [item["text"] for item in fields["deliverables"]["items"]] == ["Weekly pulse report", "Metrics dashboard"]


def test_markdown_heading_on_a_line_of_a_paragraph():
    assert _blocks(
        "<p>Intro line of the page.<br />\n### 📊 7) KPIs and Productivity Metrics ###</p><p>#### Skills in C#</p>"
    ) == [
        ("paragraph", None, "Intro line of the page."),
        ("heading", 3, "📊 7) KPIs and Productivity Metrics"),
        ("heading", 4, "Skills in C#"),
    ]


def test_literal_bold_is_markup_a_wholly_bold_line_a_sub_heading():
    fields = html_fields(
        "<h2>4) Day-to-Day Activities</h2><p>**Daily activities**</p>"
        "<p>- Review **overnight** survey responses.<br />\n- Check dashboard refresh jobs.</p>"
        "<p>**Weekly activities:**</p><p>* Publish the weekly CX pulse.</p>"
    )
    day = fields["day_to_day"]
    assert [item["text"] for item in day["daily"]["items"]] == [
        "Review overnight survey responses.",
        "Check dashboard refresh jobs.",
    ]
    assert [item["text"] for item in day["weekly"]["items"]] == ["Publish the weekly CX pulse."]


def test_bold_label_markers_leave_no_text():
    assert _blocks("<p>**Core mission:** Give the company a trustworthy read.</p><p>- **SQL** (Critical)</p>") == [
        ("paragraph", None, "Core mission: Give the company a trustworthy read."),
        ("list_item", None, "SQL (Critical)"),
    ]


def test_pipe_table_with_br_between_rows_is_a_table():
    fields = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2>"
        "<p>| Metric | Example target | Frequency |<br />\n|---|---|---|<br />\n"
        "| **Survey response rate** | ≥ 15% | Weekly |<br />\n| Tagging accuracy | ≥ 85% agreement | Monthly |</p>"
    )
    rows = fields["kpis"]["rows"]
    assert fields["kpis"]["columns"] == ["Metric", "Example target", "Frequency"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Survey response rate", "≥ 15%", "Weekly"),
        ("Tagging accuracy", "≥ 85% agreement", "Monthly"),
    ]


def test_text_that_only_looks_like_markdown_stays_text():
    # No space after "#", a "#" inside a word, one pipe in prose, pipe rows without a separator row:
    # not markdown headings or tables, on a page that does carry pasted markdown.
    assert _blocks(
        "<p>## 3) Core Responsibilities</p><p>#1 priority is safety.</p><p>Knows C# and F# well.</p>"
        "<p>| Owner | Backup |<br />\n| Ana | Raj |</p><p>Either SQL | Python works.</p>"
    ) == [
        ("heading", 2, "3) Core Responsibilities"),
        ("paragraph", None, "#1 priority is safety."),
        ("paragraph", None, "Knows C# and F# well."),
        ("paragraph", None, "| Owner | Backup |"),
        ("paragraph", None, "| Ana | Raj |"),
        ("paragraph", None, "Either SQL | Python works."),
    ]


def test_page_without_pasted_markdown_reads_paragraphs_as_before():
    # No paragraph opens with "#", "**" or "|": the page is not read for markdown at all.
    assert _blocks("<p><strong>Daily activities</strong></p><p>Cost is 5 ** 2 units, see ### notes.</p>") == [
        ("heading", 4, "Daily activities"),
        ("paragraph", None, "Cost is 5 ** 2 units, see ### notes."),
    ]


def test_numbered_paragraphs_of_pasted_markdown_are_an_ordered_list():
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p>**Strategic responsibilities**</p>"
        "<p>1. **Define the CX measurement framework** &#8211; keep metric definitions consistent.</p>"
        "<p>2. Size customer pain points &#8211; estimate the revenue behind them.</p>"
        "<p>**Operational responsibilities**</p><p>3. **Run the survey program** &#8211; manage sampling.</p>"
        "<p>4) Day-to-Day Activities</p><p>- Review overnight survey responses.</p>"
    )
    items = fields["responsibilities"]["items"]
    assert [(item["category"], item["number"], item["title"], item["detail"]) for item in items] == [
        ("strategic", 1, "Define the CX measurement framework", "keep metric definitions consistent."),
        ("strategic", 2, "Size customer pain points", "estimate the revenue behind them."),
        ("operational", 3, "Run the survey program", "manage sampling."),
    ]
    # A numbered paragraph naming a section is its heading, not a fourth item.
    assert [item["text"] for item in fields["day_to_day"]["other"][0]["items"]] == ["Review overnight survey responses."]


def test_numbered_paragraph_on_an_ordinary_page_stays_a_paragraph():
    assert _blocks("<p><strong>Outcomes</strong></p><p>2. Then the council met, and the plan was agreed.</p>") == [
        ("heading", 4, "Outcomes"),
        ("paragraph", None, "2. Then the council met, and the plan was agreed."),
    ]


def test_a_line_of_pipes_without_a_table_rule_marks_no_markdown():
    # A footer's "| Privacy | Terms |" after a <br> is no pasted table: the page's numbered prose stays prose.
    assert _blocks("<p>1. Then the council met.</p><p>Links<br />| Privacy | Terms |</p>") == [
        ("paragraph", None, "1. Then the council met."),
        ("paragraph", None, "Links"),
        ("paragraph", None, "| Privacy | Terms |"),
    ]
