"""Raw HTML kept inside crawler markdown: tables, <details> widgets, ad slots, inline tags, footnotes.

These are synthetic snippets modelled on unseen pages of the family (crawler markdown that
keeps as HTML what markdown cannot say: a KPI table with <br> and a colspan notes row, a
tools table, exercises folded into <details>, ad-slot <div>s, <em>/<sup> after a bold
title and [^1] footnote references), not copies of them. The negative cases guard what
markdown pages without HTML keep: "<" in prose, autolinks, <br> in pipe cells, link
definitions.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.textblocks import text_to_pieces

TITLE = "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
FILLER = "".join(
    f"## {number}) {name}\n\nText.\n\n"
    for number, name in [
        (1, "Role Summary"),
        (2, "Role Mission"),
        (4, "Day-to-Day Activities"),
        (5, "Key Deliverables"),
    ]
)


def _fields(body: str) -> dict:
    """Extract a crawler-markdown page holding the given sections after four filler ones."""
    return extract((TITLE + FILLER + body).encode(), name="x.md")[0].document["fields"]


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(p.block.kind.value, p.block.text) for p in text_to_pieces(text)]


# --------------------------------------------------------------------------
# raw HTML tables
# --------------------------------------------------------------------------

KPI_TABLE = (
    "## 7) KPIs and Productivity Metrics\n\n"
    "The framework below balances adoption and trust.[^2]\n\n"
    "<table>\n<thead>\n"
    "<tr><th>KPI</th><th>Definition</th><th>Target / benchmark</th>"
    "<th>Why it matters</th><th>Review cadence</th></tr>\n"
    "</thead>\n<tbody>\n"
    "<tr><td><strong>Incident rate</strong></td><td>Sev-1 incidents per month<br>(monitor-detected)</td>"
    "<td>&lt; 2 per month</td><td>Trust erodes</td><td>Monthly</td></tr>\n"
    "<tr><td><strong>Consumer CSAT</strong></td><td>Survey score</td><td>&gt;= 4.2 / 5</td>"
    "<td>Captures usability</td><td>Quarterly</td></tr>\n"
    "</tbody>\n</table>\n\n"
)


def test_a_raw_html_kpi_table_in_markdown_is_read_as_a_table() -> None:
    kpis = _fields(KPI_TABLE)["kpis"]
    assert kpis["intro"] == ["The framework below balances adoption and trust."]
    assert kpis["columns"] == ["KPI", "Definition", "Target / benchmark", "Why it matters", "Review cadence"]
    assert [r["text"] for r in kpis["rows"]] == [
        "Incident rate | Sev-1 incidents per month (monitor-detected) | < 2 per month | Trust erodes | Monthly",
        "Consumer CSAT | Survey score | >= 4.2 / 5 | Captures usability | Quarterly",
    ]


def test_a_raw_html_tools_table_fills_the_tool_rows() -> None:
    body = (
        "## 10) Tools, Platforms, and Software\n\n"
        "<table>\n<tr><th>Tool / platform</th><th>Category</th><th>Prevalence</th></tr>\n"
        "<tr><td>dbt</td><td>Transformation</td><td>Common</td></tr>\n"
        "<tr><td>Airflow / Dagster</td><td>Orchestration</td><td>Context-specific</td></tr>\n"
        "</table>\n"
    )
    tools = _fields(body)["tools"]
    assert tools["notes"] == []
    assert [(r["category"], r["tool_text"], r["prevalence"]) for r in tools["rows"]] == [
        ("Transformation", "dbt", "common"),
        ("Orchestration", "Airflow / Dagster", "context_specific"),
    ]


def test_an_html_tables_offsets_index_the_page() -> None:
    text = (
        "Lead paragraph.\n\n<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\nAfter.\n"
    )
    lead, table, after = (p.block for p in text_to_pieces(text))
    assert (lead.text, table.kind.value, table.header, table.rows) == (
        "Lead paragraph.",
        "table",
        ["A", "B"],
        [["1", "2"]],
    )
    assert text[table.start :].startswith("<table>") and table.end <= text.index("After.")
    assert (after.text, text[after.start : after.end]) == ("After.", "After.")


# --------------------------------------------------------------------------
# <details>: one item, its summary, with its body under it
# --------------------------------------------------------------------------

EXERCISES = (
    "## 19) Hiring Evaluation Criteria\n\n"
    "### Practical exercises or case studies\n\n"
    "<details>\n<summary>Exercise 1: Metric conflict case (45 minutes)</summary>\n\n"
    "Sales and Finance report different numbers. The candidate must:\n\n"
    "* diagnose likely causes,\n* propose a certification process.\n\n"
    "</details>\n\n"
    "<details>\n<summary>Exercise 2: Data product PRD (take-home, 2–3 hours)</summary>\n"
    "Write a one-page PRD for a data product.\n"
    "</details>\n\n"
    "<details><summary>Exercise 3: SQL walk-through (30 minutes)</summary>"
    "<p>Find the double-counting.</p></details>\n\n"
    "### Red flags\n\n* Blames others.\n"
)


def test_details_blocks_are_one_exercise_each_with_their_body() -> None:
    hiring = _fields(EXERCISES)["hiring"]
    assert [(e["label"], e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("Exercise 1", "Metric conflict case", "45 minutes"),
        ("Exercise 2", "Data product PRD", "2–3 hours"),  # format: take-home
        ("Exercise 3", "SQL walk-through", "30 minutes"),
    ]
    assert [e["details"] for e in hiring["exercises"]] == [
        [
            {
                "text": "Sales and Finance report different numbers. The candidate must:",
                "sub_items": ["diagnose likely causes", "propose a certification process"],
            }
        ],
        [{"text": "Write a one-page PRD for a data product.", "sub_items": []}],
        [{"text": "Find the double-counting.", "sub_items": []}],
    ]
    assert [p["text"] for p in hiring["red_flags"]] == ["Blames others."]


def test_a_details_summary_is_an_item_and_its_body_nests_under_it() -> None:
    text = (
        "<details>\n<summary>FAQ: who owns it?</summary>\n\nThe domain team.\n\n* Backed by a steward.\n\n</details>\n"
    )
    assert [(p.block.text, p.block.depth) for p in text_to_pieces(text)] == [
        ("FAQ: who owns it?", 0),
        ("The domain team.", 1),
        ("Backed by a steward.", 1),
    ]


# --------------------------------------------------------------------------
# containers: chrome removal as on HTML pages, markdown inside read as markdown
# --------------------------------------------------------------------------


def test_an_html_ad_slot_in_markdown_is_dropped() -> None:
    text = (
        'Before.\n\n<div class="ad">\n<p><strong>Switch to SolarNest</strong></p>\n'
        '<p><a href="https://ads.example.net/x">Get a quote</a></p>\n</div>\n\nAfter.\n'
    )
    assert _blocks(text) == [("paragraph", "Before."), ("paragraph", "After.")]


def test_an_ad_slot_around_markdown_is_dropped_whole() -> None:
    text = 'Before.\n\n<div class="advert">\n\n**TrailPeak boots** – 30% off.\n\n</div>\n\nAfter.\n'
    assert _blocks(text) == [("paragraph", "Before."), ("paragraph", "After.")]


def test_markdown_inside_a_plain_div_is_read_as_markdown() -> None:
    text = '<div class="callout">\n\n**Note:** targets vary.\n\n* by size\n* by region\n\n</div>\n'
    assert _blocks(text) == [
        ("paragraph", "Note: targets vary."),
        ("list_item", "by size"),
        ("list_item", "by region"),
    ]


def test_an_unclosed_block_tag_ends_at_the_blank_line() -> None:
    text = '<div class="wrapper">\n<p>Intro.</p>\n\n* item one\n* item two\n'
    assert _blocks(text) == [("paragraph", "Intro."), ("list_item", "item one"), ("list_item", "item two")]


def test_a_stray_closing_tag_line_is_no_content() -> None:
    assert _blocks("* item one\n</div>\n* item two\n") == [("list_item", "item one"), ("list_item", "item two")]


# --------------------------------------------------------------------------
# inline tags and footnote references in markdown lines
# --------------------------------------------------------------------------


def test_inline_tags_keep_their_text_and_footnote_references_go() -> None:
    body = (
        "## 3) Core Responsibilities\n\n### Strategic responsibilities\n\n"
        "1. **Shape the data strategy** <em>(context-specific)</em>\n  - Detail one.\n"
        "2. **Support go-to-market** <sup>(if applicable)</sup>[^1]\n  - Detail two.\n\n"
        "## 14) Required Experience and Qualifications\n\n### Typical years of experience\n\n"
        "* **5–8+ years**[^1] total in product management.\n\n"
        "[^1]: Source: survey of data leaders.\n"
    )
    fields = _fields(body)
    assert [i["title"] for i in fields["responsibilities"]["items"]] == [
        "Shape the data strategy (context-specific)",
        "Support go-to-market (if applicable)",
    ]
    years = fields["experience"]["years_of_experience"]
    assert (years["text"], years["min_years"], years["max_years"]) == ("5–8+ years total in product management.", 5, 8)
    assert "Source: survey" not in str(fields)


def test_a_footnote_definition_is_still_no_content() -> None:
    assert _blocks("Text[^1] here.\n\n[^1]: Source: survey.\n") == [("paragraph", "Text here.")]


def test_angle_brackets_that_are_no_html_stay_as_written() -> None:
    text = (
        "< 10 days for standard requests\n\nUse List<T> generics where a < b > c.\n\nSee <https://example.com/x> now.\n"
    )
    assert _blocks(text) == [
        ("paragraph", "< 10 days for standard requests"),
        ("paragraph", "Use List<T> generics where a < b > c."),
        ("paragraph", "See https://example.com/x now."),
    ]


def test_a_br_in_a_pipe_cell_still_breaks_the_cell() -> None:
    [table] = [p.block for p in text_to_pieces("| A | B |\n|---|---|\n| x | one<br>two <em>three</em> |\n")]
    assert table.rows == [["x", "one\ntwo three"]]
