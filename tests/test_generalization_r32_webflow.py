"""Webflow's CSS-grid tables and a <br> in a table cell, from a thirty-second round of unseen pages.

A Webflow blog post writes some tables as a "w-layout-grid": cell divs with no row around them, the column
count in a style sheet a saved page does not carry. Every cell was read as a paragraph: soft skills, tools,
the hiring scorecard and the good-to-have skills went to intros and notes. A Shopify article's table cells
read a <br> two ways: a space before a parenthetical, a line break after a comma. The snippets are synthetic,
modelled on the pages; the Webflow page is frozen as tests/unseen/*.synthetic.html with its answer key.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "field-marketing-manager-webflow.synthetic.html"


def _cell(text: str, head: bool = False) -> str:
    """A Webflow grid cell (synthetic): a cell div around a text div."""
    return f'<div class="cell{" cell-head" if head else ""}"><div class="cell-text">{text}</div></div>'


def _grid(header: list[str], rows: list[list[str]], css: str = "grid-3col") -> str:
    cells = [_cell(text, head=True) for text in header] + [_cell(text) for row in rows for text in row]
    return f'<div class="w-layout-grid fmm-grid {css}">{"".join(cells)}</div>'


def _tables(html: str) -> list[Any]:
    return [p.block for p in html_to_pieces(html).pieces if p.block.kind is BlockKind.TABLE]


def test_a_synthetic_grid_of_cells_under_a_known_header_is_a_table() -> None:
    html = _grid(
        ["Dimension", "What “meets” looks like", "What “exceeds” looks like"],
        [["Execution", "Delivers on time", "Runs multi-city programs"], ["Communication", "Clear briefs", "Persuades"]],
    )
    (table,) = _tables(html)
    assert table.header == ["Dimension", "What “meets” looks like", "What “exceeds” looks like"]
    assert table.rows == [
        ["Execution", "Delivers on time", "Runs multi-city programs"],
        ["Communication", "Clear briefs", "Persuades"],
    ]


def test_a_synthetic_soft_skills_grid_gives_skills_with_their_details() -> None:
    fields = html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><p>Intro sentence.</p>"
        + _grid(
            ["Capability", "Why it matters", "How it shows up", "Strong performance"],
            [
                ["Negotiation", "Vendors have room to move", "Asks for options", "Saves budget"],
                ["Commercial acumen", "Programs must return pipeline", "Talks in pipeline", "Stops weak programs"],
            ],
            css="grid-4col",
        )
    )
    skills = fields["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"], s["strong_performance"]) for s in skills] == [
        ("Negotiation", "Vendors have room to move", "Saves budget"),
        ("Commercial acumen", "Programs must return pipeline", "Stops weak programs"),
    ]
    assert fields["soft_skills"]["intro"] == ["Intro sentence."]


def test_a_synthetic_tools_grid_with_bold_headers_keeps_use_and_prevalence() -> None:
    header = [f"<strong>{name}</strong>" for name in
              ("Category", "Tool, platform, or software", "Primary use", "Common / Optional / Context-specific")]
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2>"
        + _grid(header, [["CRM", "Salesforce Sales Cloud", "Campaigns and routing", "Common"],
                         ["Event management", "Cvent", "Registration", "Optional"]], css="grid-4col")
    )
    rows = fields["tools"]["rows"]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in rows] == [
        ("CRM", "Salesforce Sales Cloud", "Campaigns and routing", "common"),
        ("Event management", "Cvent", "Registration", "optional"),
    ]
    assert fields["tools"]["notes"] == []


def test_a_synthetic_grid_repeating_its_header_drops_the_repeat() -> None:
    header = ["Skill", "Importance", "Use"]
    rows = [["ABM platforms", "Important", "Targeting"], header, ["BI", "Optional", "Dashboards"]]
    (table,) = _tables(_grid(header, rows))
    assert table.rows == [["ABM platforms", "Important", "Targeting"], ["BI", "Optional", "Dashboards"]]


def test_a_synthetic_card_grid_is_no_table() -> None:
    card = ('<div class="related-item"><a href="/blog/{0}" class="related-card"><img src="{0}.jpg" alt="">'
            '<div class="related-category">Playbooks</div><h3 class="related-title">{1}</h3>'
            "<p>Excerpt.</p></a></div>")
    cards = "".join(card.format(slug, title) for slug, title in
                    [("a", "Category"), ("b", "Tools"), ("c", "Primary use"), ("d", "Frequency")])
    assert _tables(f'<div class="w-layout-grid related-grid">{cards}</div>') == []
    # Plain stat cells (a logo wall, a numbers strip): no column's name opens them.
    stats = "".join(f"<div>{text}</div>" for text in ("900+ teams", "11 cities", "140 roundtables", "4.8 rating"))
    assert _tables(f'<div class="w-layout-grid stats-grid">{stats}</div>') == []


def test_a_synthetic_grid_whose_cells_fill_no_whole_rows_stays_paragraphs() -> None:
    cells = "".join(_cell(t) for t in ("Skill", "Importance", "Use", "ABM platforms", "Important"))
    pieces = html_to_pieces(f'<div class="w-layout-grid">{cells}</div>').pieces
    assert [p.block.kind for p in pieces] == [BlockKind.PARAGRAPH] * 5


def test_a_br_in_a_cell_reads_one_way_in_every_table() -> None:
    (table,) = _tables(
        "<table><tr><th>Metric</th><th>Example target</th><th>Primary use</th><th>Summary</th></tr>"
        "<tr><td>Ship-on-time rate</td><td>≥ 97%<br>(≥ 95% during peak)</td>"
        "<td>Order risk scoring,<br>chargeback protection</td>"
        "<td>1) Own order flow<br>2) Run returns<br>Xcode<br>fastlane</td></tr></table>"
    )
    assert table.rows == [[
        "Ship-on-time rate",
        "≥ 97% (≥ 95% during peak)",
        "Order risk scoring, chargeback protection",
        "1) Own order flow\n2) Run returns\nXcode\nfastlane",
    ]]


@cache
def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_webflow_page_reads_its_grid_tables() -> None:
    fields = _page()["fields"]
    soft = fields["soft_skills"]
    assert len(soft["skills"]) == 8
    assert soft["skills"][0]["why_it_matters"] == "Field marketing only works if sellers invite and follow up"
    assert soft["skills"][-1]["name"] == "Creativity in experience design"
    tools = fields["tools"]["rows"]
    assert len(tools) == 18 and all(row["primary_use"] and row["prevalence"] for row in tools)
    cvent = tools[4]
    assert (cvent["category"], cvent["tool_text"], cvent["prevalence"]) == ("Event management", "Cvent", "common")
    assert tools[-1]["tool_text"] == "Canva / Figma"
    scorecard = fields["hiring"]["scorecard"]
    assert [row["dimension"] for row in scorecard["rows"]] == [
        "Program strategy", "Commercial acumen", "Sales partnership", "Execution", "Systems and data", "Communication"
    ]
    assert scorecard["rubric_notes"] == []
    good = [s for s in fields["technical_skills"]["skills"] if s["tier"] == "good_to_have"]
    assert [s["name"] for s in good] == [
        "Account-based marketing (ABM) platforms", "Virtual and hybrid event platforms",
        "BI dashboards (Tableau or Looker)", "Partner and MDF program management",
        "Localization and translation workflows",
    ]
    assert good[-1]["importance_note"] == "Optional → Important for multi-language regions"
    top = [row for row in fields["scorecard"]["rows"] if row["label"] == "Top 10 responsibilities"]
    assert top and top[0]["value"].count("\n") == 9  # its <br>-separated items stay lines


def test_the_webflow_page_keeps_no_noise_and_no_loose_cells() -> None:
    document = _page()
    fields = document["fields"]
    assert document["missing_sections"] == []
    assert document["quality"]["sections"]["tools"] == 1.0
    assert "Skill" not in fields["technical_skills"]["intro"]
    assert fields["tools"]["notes"] == [
        "Tool choice depends on company size and the main CRM. Labels show how likely each tool is in a typical role."
    ]
    text = "\n".join(all_strings(fields))
    for noise in ("BoothBeacon", "Swagcrate", "Venuelytics", "See Rallypoint in action", "Pipeline Pit Stop",
                  "We use cookies", "Privacy Preference Center", "Made in Webflow", "Customer Roundtable",
                  "Get Field Notes", "Hyvor Talk", "Series B", "Rallypoint Labs", "555-0148", "Event ROI Calculator",
                  "gtag(", "addEventListener", "w-node-", "cell-text"):
        assert noise not in text
