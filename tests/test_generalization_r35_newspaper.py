"""A thirty-fifth round unseen page read wrong: a news extractor's text (newspaper3k's or goose3's ``Article.text``),
saved as page.txt. Every block is a paragraph of its own, a blank line between any two lines: no list marker, each
<li> its own paragraph, headings plain "N) Title" lines, and tables flattened one cell a paragraph, row after row.
Its lists were read as intros and notes, its tables as loose cells, its "Top 10" cell's numbered lines as headings.

Snippets below are synthetic (another role's wording, the extractor's shape); the page is frozen as
tests/unseen/pricing-analyst-newspaper3k.synthetic.txt with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.textblocks import text_to_pieces
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"
_PAGE = "pricing-analyst-newspaper3k.synthetic.txt"
_TITLE = "Logistics Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
_HEADINGS = [
    "1) Role Summary",
    "2) Role Mission",
    "3) Core Responsibilities",
    "4) Day-to-Day Activities",
    "5) Key Deliverables",
]


def _spaced(*blocks: str) -> str:
    """The extractor's text: every block a paragraph, one blank line between any two."""
    return "\n\n".join(blocks) + "\n"


def _fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


_RESPONSIBILITIES = [
    _HEADINGS[2],
    "Strategic responsibilities",
    "Shape the carrier strategy",
    "– Compare lanes by cost and reliability and propose the carrier mix.",
    "Plan peak capacity",
    "– Forecast seasonal volume and book capacity ahead of peaks.",
    "Operational responsibilities",
    "Audit freight invoices",
    "– Match invoices to rated shipments and recover overcharges.",
]
_DAY_TO_DAY = [
    _HEADINGS[3],
    "Daily activities",
    "Review late shipments and flag the lanes at risk.",
    "Answer rate questions from the sales team.",
    "Weekly activities",
    "Publish the on-time delivery report.",
    "Meet the transport manager on open claims.",
]


_DELIVERABLES = [_HEADINGS[4], "Lane cost model with documented assumptions.", "Monthly carrier scorecard."]


def _page(*blocks: str) -> str:
    """A page of the layout: title, byline, an ez-TOC block listing the sections, the article's first five
    sections, then ``blocks``."""
    summary = ["The Logistics Analyst keeps freight costs and service levels in view for the operations team."]
    mission = ["Core mission:", "Give planners trusted numbers on cost, speed and reliability of every lane."]
    article = [_HEADINGS[0], *summary, _HEADINGS[1], *mission, *_RESPONSIBILITIES, *_DAY_TO_DAY, *_DELIVERABLES]
    article += blocks
    contents = ["Table of Contents", *(line for line in article if line[:1].isdigit() and ") " in line[:4])]
    return _spaced(_TITLE, "By Jo Rivera · 6 min read", *contents, *article)


def test_unmarked_paragraphs_under_sub_headings_are_items_with_their_details() -> None:
    fields = _fields(_page())
    items = fields["responsibilities"]["items"]
    assert [(item["category"], item["title"]) for item in items] == [
        ("strategic", "Shape the carrier strategy"),
        ("strategic", "Plan peak capacity"),
        ("operational", "Audit freight invoices"),
    ]
    assert items[0]["detail"] == "Compare lanes by cost and reliability and propose the carrier mix."
    day = fields["day_to_day"]
    assert [item["text"] for item in day["daily"]["items"]] == [
        "Review late shipments and flag the lanes at risk.",
        "Answer rate questions from the sales team.",
    ]
    assert [item["text"] for item in day["weekly"]["items"]] == [
        "Publish the on-time delivery report.",
        "Meet the transport manager on open claims.",
    ]


_KPI_CELLS = [
    "7) KPIs and Productivity Metrics",
    "Targets below are typical for a mid-size shipper.",
    *("Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"),
    *("On-time delivery rate", "Share of shipments delivered by the promised date", "Drives customer trust"),
    *("≥ 95% of shipments", "Weekly"),
    *("Freight cost per unit", "Total freight spend divided by units shipped", "Shows cost control"),
    *("Down 3% year over year", "Monthly"),
    "Notes on implementation: – Report by lane. – Pair cost with service.",
]


def test_one_cell_a_paragraph_table_is_rebuilt_into_rows_of_its_header_width() -> None:
    kpis = _fields(_page(*_KPI_CELLS))["kpis"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("On-time delivery rate", "≥ 95% of shipments", "Weekly"),
        ("Freight cost per unit", "Down 3% year over year", "Monthly"),
    ]
    assert kpis["intro"] == ["Targets below are typical for a mid-size shipper."]
    assert not any("Metric name" in text for text in all_strings(kpis["notes"]))


_SCORECARD_CELLS = [
    "20) Final Role Scorecard Summary",
    *("Category", "Executive summary"),
    *("Role title", "Logistics Analyst"),
    *("Top 10 soft skills", "1) Curiosity", "2) Clear writing", "3) Calm under pressure"),
    *("Top tools or platforms", "Excel, SQL, Power BI, the TMS"),
    "Share this article: Facebook X LinkedIn",
]


def test_a_cells_numbered_lines_stay_in_its_cell_and_open_no_section() -> None:
    text = _page(*_SCORECARD_CELLS)
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    document = extraction.document
    sections = ["role_summary", "role_mission", "responsibilities", "day_to_day", "deliverables", "scorecard"]
    assert [section["id"] for section in document["sections"]] == sections
    scorecard = document["fields"]["scorecard"]
    assert len(scorecard["rows"]) == 3
    assert scorecard["role_title"] == "Logistics Analyst"
    assert scorecard["top_soft_skills"] == ["Curiosity", "Clear writing", "Calm under pressure"]
    assert "Share this article" not in " ".join(all_strings(document["fields"]))


def test_a_rated_skill_opening_with_a_tier_word_is_a_skill_not_the_tier() -> None:
    skills = _fields(
        _page(
            "8) Technical Skills Required",
            "Must-have technical skills",
            "Advanced spreadsheet modeling (Excel) (Critical)",
            "– Use: lane cost models and what-if analysis.",
            "Freight audit: rating and invoice matching (Important)",
            "– Use: finding overcharges before payment.",
            "Advanced or expert-level technical skills",
            "Network optimization (Optional)",
            "– Use: siting warehouses against demand.",
        )
    )["technical_skills"]["skills"]
    assert [(skill["tier"], skill["name"], skill["importance"]) for skill in skills] == [
        ("must_have", "Advanced spreadsheet modeling (Excel)", "critical"),
        ("must_have", "Freight audit: rating and invoice matching", "important"),
        ("advanced", "Network optimization", "optional"),
    ]


def test_other_text_layouts_are_not_read_as_a_news_extractors_text() -> None:
    # A bullet, or lines right under one another beyond a stray few, rule the layout out: the lines stay as read.
    def kinds(text: str) -> dict[str, BlockKind]:
        return {piece.block.text: piece.block.kind for piece in text_to_pieces(text)}

    spaced = _page()
    assert kinds(spaced)["Review late shipments and flag the lanes at risk."] is BlockKind.LIST_ITEM
    bulleted = kinds(spaced.replace("Answer rate questions", "- Answer rate questions"))
    assert bulleted["Answer rate questions from the sales team."] is BlockKind.LIST_ITEM  # the bullet's own
    assert bulleted["Review late shipments and flag the lanes at risk."] is BlockKind.PARAGRAPH
    assert bulleted["Shape the carrier strategy"] is BlockKind.PARAGRAPH
    glued = spaced
    for line in ("Answer rate", "Meet the", "Publish the", "Plan peak", "Audit freight"):
        glued = glued.replace(f"\n\n{line}", f"\n{line}")
    blank_line_style = kinds(glued)
    assert blank_line_style["Review late shipments and flag the lanes at risk."] is BlockKind.PARAGRAPH
    assert blank_line_style["Shape the carrier strategy"] is BlockKind.PARAGRAPH


# The frozen page ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    path = UNSEEN / _PAGE
    (extraction,) = extract(path.read_bytes(), name=_PAGE)
    return extraction.document


def test_page_tables_are_read_whole(page: dict[str, Any]) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Price realization rate",
        "≥ 88% of list on new business (segment-adjusted)",
        "Monthly",
    )
    assert (kpis[-1]["name"], kpis[-1]["target"], kpis[-1]["frequency"]) == (
        "Pricing experiment velocity (context-specific)",
        "1–2 tests per quarter",
        "Quarterly",
    )
    assert all(row["target"] and row["frequency"] for row in kpis)
    tools = fields["tools"]["rows"]
    assert len(tools) == 18
    assert all(row["prevalence"] and row["primary_use"] for row in tools)
    assert [(row["category"], row["tool_text"]) for row in tools[8:10]] == [
        ("CPQ / quoting", "Salesforce CPQ"),
        ("CPQ / quoting", "DealHub / Conga CPQ"),
    ]
    hiring = fields["hiring"]["scorecard"]["rows"]
    assert [row["dimension"] for row in hiring] == [
        "Pricing and commercial judgment",
        "Quantitative modeling",
        "SQL and data handling",
        "Financial acumen",
        "Communication and storytelling",
        "Stakeholder influence",
        "Integrity and policy discipline",
    ]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "Pricing Analyst"
    assert scorecard["top_soft_skills"][0] == "Commercial judgment"
    assert scorecard["top_soft_skills"][-1] == "Resilience at quarter-end"
    assert len(scorecard["top_soft_skills"]) == 10
    assert len(scorecard["top_responsibilities"]) == 10
    assert len(page["sections"]) == 20  # the cell's "1) Commercial judgment" lines head nothing


def test_page_lists_are_read_as_items(page: dict[str, Any]) -> None:
    fields = page["fields"]
    responsibilities = fields["responsibilities"]["items"]
    assert Counter(item["category"] for item in responsibilities) == {
        "strategic": 4,
        "operational": 5,
        "technical": 5,
        "cross_functional": 4,
        "governance": 3,
        "leadership": 2,
    }
    price_book = next(item for item in responsibilities if item["title"].startswith("Maintain the price book"))
    assert price_book["detail"].startswith("Keep list prices, SKUs, bundles, and regional price lists")
    day = fields["day_to_day"]
    assert [len(day[key]["items"]) for key in ("daily", "weekly", "monthly_quarterly", "recurring_rituals")] == [
        5,
        5,
        4,
        5,
    ]
    assert Counter(item["group"] for item in fields["deliverables"]["items"]) == {
        "Pricing analytics deliverables": 5,
        "Commercial enablement deliverables": 4,
        "Governance and documentation deliverables": 3,
    }
    goals = fields["goals"]
    assert [len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12")] == [4] * 5
    career = fields["career_path"]
    assert [len(career[key]) for key in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 3, 5]
    skills = fields["technical_skills"]["skills"]
    tiers = Counter(skill["tier"] for skill in skills)
    assert tiers == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert skills[0]["name"] == "Advanced spreadsheet modeling (Excel or Google Sheets)"
    assert fields["experience"]["years_of_experience"]["min_years"] == 2
    assert fields["experience"]["years_of_experience"]["max_years"] == 5


def test_page_noise_read_as_lists_is_dropped(page: dict[str, Any]) -> None:
    strings = " ".join(all_strings(page["fields"]))
    for noise in (
        "Daniel Okafor",
        "Solar Panels",
        "Related: Revenue Operations Analyst",
        "Get one new role blueprint",
        "Share this article",
        "Hearing Test",
        "Would love your thoughts",
    ):
        assert noise not in strings, noise
