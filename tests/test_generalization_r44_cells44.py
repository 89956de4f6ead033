"""Round 44: blank cells and placeholder cells in a compact text page's tables.

The page dpo-compact-blank-cells (frozen as tests/unseen/<slug>.synthetic.txt, key in tests/unseen/answer_keys/) is
seed-004-style compact text with pipe tables. Its tools table writes each category once, over the rows it spans:
the rows under it leave the Category cell blank ("| | TrustArc | ... | Optional |"), and those rows came out with
no category and a text opening with a stray " | ". A KPI's frequency cell holds "—" (no frequency), which was kept
and counted 'other'; and the final scorecard's "Top tools/platforms | See section 10" was read as a tool named
"See section 10". The snippets are synthetic and worded otherwise than the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "dpo-compact-blank-cells.synthetic.txt"

_HEAD = (
    "Test Planner: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Test Planner keeps the regional plan honest for every site.\n"
    "2) Role Mission\nCore mission: move goods reliably at a sustainable cost.\n"
)


def _text_fields(body: str) -> dict[str, Any]:
    """The typed fields of a compact text page (seed 004's layout) whose sections after the first two are ``body``."""
    (extraction,) = extract((_HEAD + body).encode("utf-8"), name="synthetic.txt")
    return extraction.document["fields"]


# --- synthetic: a category written once over the tool rows it spans ---------------------------------------------------

TOOLS = """10) Tools, Platforms, and Software
| Category | Tool / platform / software | Primary use | Common / Optional / Context-specific |
|---|---|---|---|
| Planning suites | Kinaxis | Supply and demand balancing | Common |
| | o9 Solutions | Scenario planning | Optional |
| | Blue Yonder | Replenishment runs | Context-specific |
| Spreadsheets | Excel | Ad-hoc models | Common |
| | Google Sheets | Shared trackers | Optional |
"""


def test_synthetic_a_blank_category_cell_continues_the_category_above() -> None:
    rows = _text_fields(TOOLS)["tools"]["rows"]
    assert [(row["category"], row["tool_text"]) for row in rows] == [
        ("Planning suites", "Kinaxis"), ("Planning suites", "o9 Solutions"), ("Planning suites", "Blue Yonder"),
        ("Spreadsheets", "Excel"), ("Spreadsheets", "Google Sheets"),
    ]  # fmt: skip
    assert [row["prevalence"] for row in rows] == ["common", "optional", "context_specific", "common", "optional"]


def test_synthetic_a_continuing_row_reads_its_text_without_a_stray_separator() -> None:
    rows = _text_fields(TOOLS)["tools"]["rows"]
    assert rows[1]["text"] == "o9 Solutions | Scenario planning | Optional"
    assert rows[0]["text"] == "Planning suites | Kinaxis | Supply and demand balancing | Common"
    assert not [row["text"] for row in rows if row["text"].startswith((" ", "|"))]


def test_synthetic_html_blank_category_cells_continue_the_category_above() -> None:
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool</th><th>Primary use</th>"
        "<th>Prevalence</th></tr><tr><td>Planning suites</td><td>Kinaxis</td><td>Balancing</td><td>Common</td></tr>"
        "<tr><td></td><td>Blue Yonder</td><td>Replenishment</td><td>Optional</td></tr></table>"
    )
    rows = fields["tools"]["rows"]
    assert [(row["category"], row["tool_text"]) for row in rows] == [
        ("Planning suites", "Kinaxis"), ("Planning suites", "Blue Yonder"),
    ]  # fmt: skip
    assert rows[1]["text"] == "Blue Yonder | Replenishment | Optional"


def test_synthetic_a_blank_category_with_nothing_above_or_right_of_the_tool_stays_blank() -> None:
    # The first row has no category above it; a category column that is not the first names none when blank.
    first_blank = _text_fields(
        "10) Tools, Platforms, and Software\n| Category | Tool | Primary use | Prevalence |\n|---|---|---|---|\n"
        "| | Kinaxis | Balancing | Common |\n| Spreadsheets | Excel | Models | Common |\n"
    )["tools"]["rows"]
    assert [row["category"] for row in first_blank] == [None, "Spreadsheets"]
    category_second = _text_fields(
        "10) Tools, Platforms, and Software\n| Tool | Category | Primary use | Prevalence |\n|---|---|---|---|\n"
        "| Kinaxis | Planning suites | Balancing | Common |\n| Excel | | Models | Common |\n"
    )["tools"]["rows"]
    assert [(row["tool_text"], row["category"]) for row in category_second] == [
        ("Kinaxis", "Planning suites"), ("Excel", None),
    ]  # fmt: skip


# --- synthetic: a placeholder in a KPI cell ---------------------------------------------------------------------------

KPIS = """7) KPIs and Productivity Metrics
| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |
|---|---|---|---|---|
| Forecast accuracy | Error of the monthly forecast | Drives stock levels | ≥ 85% | Monthly |
| Plan adherence | Share of plan lines executed | — | ≥ 90% | — |
| Expedite cost | Spend on premium freight | Margin leak | Declining | n/a |
| Scenario lead time | Days to turn a scenario | | ≤ 3 days | TBD |
| Stock turns | Inventory turns a year | Cash | ≥ 8 | - |
"""


def test_synthetic_a_placeholder_frequency_is_no_frequency() -> None:
    rows = _text_fields(KPIS)["kpis"]["rows"]
    assert [row["name"] for row in rows] == [
        "Forecast accuracy", "Plan adherence", "Expedite cost", "Scenario lead time", "Stock turns",
    ]  # fmt: skip
    assert [row["frequency"] for row in rows] == ["Monthly", None, None, None, None]
    assert [row["frequencies"] for row in rows] == [["monthly"], [], [], [], []]


def test_synthetic_a_placeholder_value_cell_is_null_and_the_row_text_keeps_it() -> None:
    row = _text_fields(KPIS)["kpis"]["rows"][1]
    assert row["why_it_matters"] is None and row["target"] == "≥ 90%"
    assert row["text"] == "Plan adherence | Share of plan lines executed | — | ≥ 90% | —"


# --- synthetic: a scorecard value that points to another section ----------------------------------------------------


def _scorecard(tools_value: str) -> dict[str, Any]:
    return _text_fields(
        "20) Final Role Scorecard Summary\n| Item | Executive summary |\n|---|---|\n"
        "| Role title | Test Planner |\n"
        f"| Top tools/platforms | {tools_value} |\n"
        "| Top KPIs | Forecast accuracy; plan adherence |\n"
        "| Career progression options | See above |\n"
    )["scorecard"]


@pytest.mark.parametrize(
    "pointer",
    [
        "See section 10",
        "See above",
        "As listed in section 10",
        "Refer to the tools table above",
        "See Section 10 (Tools, platforms and software)",
        "(see section 10)",
    ],
)
def test_synthetic_a_cross_reference_names_no_item(pointer: str) -> None:
    card = _scorecard(pointer)
    assert card["top_tools"] == [] and card["career_progression_options"] == []
    assert [(row["field"], row["value"]) for row in card["rows"]][1:4:2] == [
        ("top_tools", pointer), ("career_progression_options", "See above"),
    ]  # fmt: skip
    assert card["top_kpis"] == ["Forecast accuracy", "plan adherence"]


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("Seeq; Kinaxis; Excel", ["Seeq", "Kinaxis", "Excel"]),
        ("Section-level dashboards in Power BI; Excel", ["Section-level dashboards in Power BI", "Excel"]),
        ("Listed carriers' portals, EDI", ["Listed carriers' portals", "EDI"]),
    ],
)
def test_synthetic_item_lists_that_merely_open_like_a_pointer_are_kept(value: str, items: list[str]) -> None:
    assert _scorecard(value)["top_tools"] == items


# --- the frozen page --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_page_every_tool_row_has_its_category(page: dict[str, Any]) -> None:
    rows = page["fields"]["tools"]["rows"]
    assert len(rows) == 18
    by_category: dict[str, list[str]] = {}
    for row in rows:
        by_category.setdefault(row["category"], []).append(row["tool_text"])
    assert by_category == {
        "Privacy management": ["OneTrust", "TrustArc", "Securiti"],
        "Consent management": ["Cookiebot", "Usercentrics"],
        "Data discovery & classification": ["Microsoft Purview", "BigID"],
        "GRC": ["ServiceNow IRM", "Archer"],
        "Incident management": ["Jira Service Management"],
        "Security monitoring": ["Splunk"],
        "Contract management": ["Ironclad / DocuSign CLM"],
        "Training": ["KnowBe4"],
        "Reporting": ["Power BI"],
        "Regulatory research": ["DataGuidance", "IAPP Resource Center"],
        "Collaboration": ["Microsoft Teams / Slack"],
        "Documentation": ["Confluence / SharePoint"],
    }
    assert rows[1]["text"] == "TrustArc | Privacy assessments, benchmarking, consent | Optional"
    assert not [row["text"] for row in rows if row["text"].startswith((" ", "|"))]
    assert page["fields"]["tools"]["notes"] == ["*Tool names are examples; equivalent platforms are common."]


def test_page_a_dash_frequency_is_none(page: dict[str, Any]) -> None:
    rows = page["fields"]["kpis"]["rows"]
    assert len(rows) == 12
    inquiry = rows[7]
    assert inquiry["name"] == "Regulatory inquiry response time"
    assert inquiry["frequency"] is None and inquiry["frequencies"] == []
    assert inquiry["target"] == "Within authority deadline; median <10 business days*"
    assert [row["why_it_matters"] is None for row in rows].count(True) == 3
    assert "other" not in [f for row in rows for f in row["frequencies"]]


def test_page_see_section_10_names_no_top_tool(page: dict[str, Any]) -> None:
    card = page["fields"]["scorecard"]
    assert len(card["rows"]) == 10
    assert card["top_tools"] == []
    assert card["rows"][5] == {"label": "Top tools/platforms", "value": "See section 10", "field": "top_tools"}
    assert len(card["top_responsibilities"]) == 10 and len(card["main_deliverables"]) == 9


def test_page_keeps_no_noise(page: dict[str, Any]) -> None:
    texts = all_strings(page["fields"]) + all_strings(page["role"])
    for noise in ("Skip to content", "Dental Clinics", "Share on LinkedIn", "Subscribe to our newsletter",
                  "Related Posts", "Notify of", "Priya Raman", "© 2025 RoleAtlas Hub", "โ"):  # fmt: skip
        assert not [text for text in texts if noise in text], noise
