"""Round 43: a final scorecard written as labelled lines, some values on the next, indented line.

The page hr-analyst-labelled-scorecard (frozen as tests/unseen/<slug>.synthetic.txt, key in
tests/unseen/answer_keys/) writes section 20 one row a line ("Role title: HR Analyst", "Top 10 responsibilities:
1) ... 2) ..."), but four values sit on the line under a bare label ("Role purpose:" over "    Turn employee
..."). Those rows were lost to notes, and "Top 10 technical skills:" over its indented "1) Advanced Excel 2) SQL
..." run was taken for a sub-heading: the title never reached the parser and the run lost its "1) ".

A bare known label is the row of the value under it, whatever kind of block the reader made of either. The
snippets are synthetic and worded otherwise than the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import scorecard

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "hr-analyst-labelled-scorecard.synthetic.txt"

_HEAD = (
    "Test Planner: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Overview\n\nThe Test Planner keeps the regional plan honest for every site.\n\n"
    "2) Purpose and Mission\n\nCore mission:\nMove goods reliably at a sustainable cost.\n\n"
)


def _text_scorecard(body: str) -> dict[str, Any]:
    """The scorecard of a blank-line text page (seed 000's layout) whose section 20 is ``body``."""
    page = _HEAD + "20) Final Role Scorecard Summary\n\n" + body
    (extraction,) = extract(page.encode("utf-8"), name="synthetic.txt")
    return extraction.document["fields"]["scorecard"]


def _labels(card: dict[str, Any]) -> list[str]:
    return [row["label"] for row in card["rows"]]


# --- synthetic: a text page's indented values -------------------------------------------------------------------------

INDENTED = """Role title: Test Planner

Role purpose:
    Keep the regional plan honest so that every site can commit to it.

Top 10 responsibilities: 1) Build the plan 2) Balance capacity 3) Publish the forecast

Top 10 technical skills:
    1) Demand forecasting 2) SQL 3) Capacity modelling (linear programming) 4) Excel

Top KPIs:
    Forecast accuracy, fill rate, plan adherence

Main goals:
    Own the weekly plan by month 3; run the annual plan by month 12

Career progression options: Senior Planner, Planning Manager
"""


def test_synthetic_bare_labels_over_indented_values_are_rows() -> None:
    card = _text_scorecard(INDENTED)
    assert _labels(card) == [
        "Role title", "Role purpose", "Top 10 responsibilities", "Top 10 technical skills", "Top KPIs", "Main goals",
        "Career progression options",
    ]  # fmt: skip
    assert card["role_purpose"] == "Keep the regional plan honest so that every site can commit to it."
    assert card["main_goals"] == ["Own the weekly plan by month 3", "run the annual plan by month 12"]
    assert card["top_kpis"] == ["Forecast accuracy", "fill rate", "plan adherence"]
    assert card["notes"] == []


def test_synthetic_a_numbered_run_under_a_label_taken_for_a_sub_heading_keeps_its_first_item() -> None:
    card = _text_scorecard(INDENTED)
    assert card["top_technical_skills"] == [
        "Demand forecasting", "SQL", "Capacity modelling (linear programming)", "Excel",
    ]  # fmt: skip
    row = next(row for row in card["rows"] if row["field"] == "top_technical_skills")
    assert row["value"].startswith("1) Demand forecasting 2) SQL")


def test_synthetic_bare_labels_over_bullets_and_numbered_lines() -> None:
    card = _text_scorecard(
        "Role title: Test Planner\n\nTop KPIs:\n  - Forecast accuracy\n  - Fill rate, by site\n\n"
        "Top 10 soft skills:\n  1. Calm under pressure\n  2. Negotiation\n  3. Clear writing\n\n"
        "Main deliverables: weekly plan, capacity model\n"
    )
    assert card["top_kpis"] == ["Forecast accuracy", "Fill rate, by site"]
    assert card["top_soft_skills"] == ["Calm under pressure", "Negotiation", "Clear writing"]
    assert card["main_deliverables"] == ["weekly plan", "capacity model"]
    assert card["notes"] == []


def test_synthetic_a_bare_label_followed_by_a_row_stays_a_note() -> None:
    card = _text_scorecard("Role title: Test Planner\n\nRole purpose:\n\nMain goals: own the plan\n")
    assert _labels(card) == ["Role title", "Main goals"]
    assert card["role_purpose"] is None and card["notes"] == ["Role purpose:"]


# --- synthetic: HTML labels in bold paragraphs, items and sub-headings ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "<p><strong>Role title:</strong> Test Planner</p><p><strong>Role purpose:</strong></p>"
        "<p>Keep the plan honest.</p><p><strong>Top KPIs:</strong></p><ul><li>Forecast accuracy</li><li>Fill rate</li>"
        "</ul><p><strong>Top 10 technical skills:</strong></p><ol><li>Excel</li><li>SQL</li></ol>",
        "<p>Role title: Test Planner</p><h3>Role purpose</h3><p>Keep the plan honest.</p><h3>Top KPIs</h3><ul>"
        "<li>Forecast accuracy</li><li>Fill rate</li></ul><h3>Top technical skills</h3><ol><li>Excel</li><li>SQL</li>"
        "</ol>",
        "<ul><li>Role title: Test Planner</li><li>Role purpose:<ul><li>Keep the plan honest.</li></ul></li>"
        "<li>Top KPIs:<ul><li>Forecast accuracy</li><li>Fill rate</li></ul></li><li>Top 10 technical skills:<ol>"
        "<li>Excel</li><li>SQL</li></ol></li></ul>",
    ],
    ids=["bold-paragraphs", "sub-headings", "nested-items"],
)
def test_synthetic_html_bare_labels_over_their_values(body: str) -> None:
    card = html_fields("<h2>20) Final Role Scorecard Summary</h2>" + body)["scorecard"]
    assert card["role_title"] == "Test Planner"
    assert card["role_purpose"] == "Keep the plan honest."
    assert card["top_kpis"] == ["Forecast accuracy", "Fill rate"]
    assert card["top_technical_skills"] == ["Excel", "SQL"]
    assert card["notes"] == []


# --- synthetic: the parser on blocks, and what it leaves alone --------------------------------------------------------


def _paragraph(text: str) -> Block:
    return Block.paragraph(text, 0, len(text))


def _scorecard(blocks: list[Block], subs: list[tuple[str, list[Block]]]) -> scorecard.ScorecardSummary:
    section = Section(
        id=SectionId.SCORECARD,
        number=20,
        title="Final Role Scorecard Summary",
        blocks=blocks,
        subsections=[Subsection(key=None, title=title, blocks=sub_blocks) for title, sub_blocks in subs],
    )
    return scorecard.parse(section)


def test_synthetic_sub_heading_label_over_a_numbered_item_is_the_row() -> None:
    run = "Forecasting 2) SQL 3) Excel"
    card = _scorecard(
        [_paragraph("Role title: Test Planner")],
        [("Top 10 technical skills", [Block.list_item(run, 0, len(run), 0, "1)", 1), _paragraph("Top KPIs: a, b")])],
    )
    assert card.top_technical_skills == ["Forecasting", "SQL", "Excel"]
    assert card.top_kpis == ["a", "b"] and card.notes == []


def test_synthetic_colon_less_labels_of_a_borderless_table_are_no_label_lines() -> None:
    # A table that lost its borders: each label on a line of its own, no colon, its value wrapped over lines. The
    # sub-headings a reader makes of some labels name no row here: their wrapped values are left as they were.
    wrapped = "Forecasting 2) SQL 3)"
    card = _scorecard(
        [_paragraph("Role title"), _paragraph("Test Planner")],
        [
            ("Top 10 technical skills", [Block.list_item(wrapped, 0, len(wrapped), 0, "1)", 1), _paragraph("Excel")]),
            ("Top 10 soft skills", [_paragraph("Calm 2) Clear writing")]),
        ],
    )
    assert card.rows == [] and card.top_technical_skills == []
    assert card.notes == ["Role title", "Test Planner", wrapped, "Excel", "Calm 2) Clear writing"]


# --- the frozen page --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_page_all_ten_scorecard_rows(page: dict[str, Any]) -> None:
    card = page["fields"]["scorecard"]
    assert [row["field"] for row in card["rows"]] == [
        "role_title", "role_purpose", "top_responsibilities", "top_technical_skills", "top_soft_skills", "top_tools",
        "top_kpis", "main_deliverables", "main_goals", "career_progression_options",
    ]  # fmt: skip
    assert card["notes"] == [] and card["unparsed"] == []
    assert card["role_title"] == "HR Analyst"
    assert card["role_purpose"].startswith("Turn employee and workforce data into accurate, timely, and confidential")
    assert card["role_purpose"].endswith("— while protecting employee privacy and meeting regulatory obligations.")
    assert card["main_goals"] == [
        "30/60/90-day ramp to owning the monthly metrics pack", "6-month trusted analyst running a full cycle",
        "12-month domain ownership, majority self-service, and readiness for Senior HR Analyst",
    ]  # fmt: skip


def test_page_top_lists_split_into_items(page: dict[str, Any]) -> None:
    card = page["fields"]["scorecard"]
    assert card["top_technical_skills"] == [
        "Advanced Excel", "SQL", "HRIS data structures (Workday / SuccessFactors)", "Power BI or Tableau",
        "HR metrics and descriptive statistics", "Employee data privacy practices", "Python or R", "Survey analysis",
        "Compensation data", "ATS reporting",
    ]  # fmt: skip
    assert len(card["top_kpis"]) == 9
    assert (card["top_kpis"][0], card["top_kpis"][-1]) == ("HR data accuracy rate", "stakeholder satisfaction")
    assert len(card["top_responsibilities"]) == len(card["top_soft_skills"]) == 10
    assert len(card["top_tools"]) == 9 and len(card["main_deliverables"]) == 8
    assert [role["name"] for role in card["career_progression_options"]][:2] == [
        "Senior HR Analyst", "People Analytics Specialist",
    ]  # fmt: skip


NOISE = [
    "Skip to content", "Discover Verified Physiotherapy Clinics", "Browse Physio Clinics", "Share this",
    "Need a Trusted Orthodontist?", "Find an Orthodontist", "Related Posts", "Notify of", "Inline Feedbacks",
    "View all comments", "DevOpsSchool", "Certification Courses", "Most Voted",
]  # fmt: skip


def test_page_scorecard_keeps_no_noise_or_mojibake(page: dict[str, Any]) -> None:
    strings = all_strings(page["fields"]["scorecard"])
    assert not [text for text in strings for noise in NOISE if noise in text]
    assert not [text for text in strings if "โ€" in text or "โ‰" in text]
