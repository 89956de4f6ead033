"""Text and markdown layouts of other scrapers and reader crawlers.

These are synthetic snippets modelled on unseen pages of the family (a UX Researcher page whose
scraper bolds its section headings, writes numbered items plainly as "1) ..." and tables as
tab-separated rows; a Site Reliability Engineer page from a reader crawler, with its "Title:" /
"URL Source:" front block, a setext title and <br> inside table cells). The negative cases guard
what the seed pages read: plain "N) Title" section headings, extra sections kept, "-" lines.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.header import seniority_of
from pipeline.sections import find_section_starts
from pipeline.textblocks import text_to_pieces

TITLE = "Test Researcher: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"

BOLD_PAGE = (
    TITLE + "**1) Role Summary**\n\nThe Test Researcher runs studies.\n\n"
    "**2) Role Mission**\n\nCore mission: evidence for decisions.\n\n"
    "**3) Core Responsibilities**\n\n"
    "**Strategic responsibilities**\n\n"
    "1) Shape the research agenda for the product area\n"
    "   – Work with product leads each quarter.\n"
    "2) Frame research questions around business decisions\n\n"
    "**Operational responsibilities**\n\n"
    "1) Plan and run end-to-end studies\n"
    "2) Manage participant recruitment\n"
    "3) Keep the repository tidy\n"
    "4) Coordinate research intake\n"
    "5) Track study budgets\n\n"
    "**4) Day-to-Day Activities**\n\n**Daily activities**\n\n* Moderate sessions.\n"
)


def _document(text: str, name: str = "x.txt") -> dict[str, Any]:
    [result] = extract(text.encode(), name=name)
    return result.document


def _section_ids(text: str) -> list[tuple[str, int | None]]:
    return [(s["id"], s["number"]) for s in _document(text)["sections"]]


# --- 1. bold section headings, plain numbered items ----------------------------------------------------


def test_plain_numbered_lines_are_items_when_the_page_bolds_its_section_headings() -> None:
    document = _document(BOLD_PAGE)
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("responsibilities", 3),
        ("day_to_day", 4),
    ]
    items = document["fields"]["responsibilities"]["items"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in items] == [
        ("strategic", 1, "Shape the research agenda for the product area", "Work with product leads each quarter."),
        ("strategic", 2, "Frame research questions around business decisions", None),
        ("operational", 1, "Plan and run end-to-end studies", None),
        ("operational", 2, "Manage participant recruitment", None),
        ("operational", 3, "Keep the repository tidy", None),
        ("operational", 4, "Coordinate research intake", None),
        ("operational", 5, "Track study budgets", None),
    ]


def test_markdown_headings_also_make_plain_numbered_lines_items() -> None:
    text = BOLD_PAGE.replace("**1) Role Summary**", "## 1) Role Summary").replace("**4) Day", "## 4) Day")
    text = text.replace("**2) Role Mission**", "## 2) Role Mission").replace("**3) Core Responsibilities**", "## 3) Core Responsibilities")
    text = text.replace("Activities**", "Activities")
    kinds = [(p.block.kind.value, p.block.text) for p in text_to_pieces(text) if p.block.text.startswith("Plan and")]
    assert kinds == [("list_item", "Plan and run end-to-end studies")]


def test_plain_numbered_headings_stay_headings_on_a_page_that_marks_none() -> None:
    text = BOLD_PAGE.replace("**1) Role Summary**", "1) Role Summary").replace("**2) Role Mission**", "2) Role Mission")
    text = text.replace("**3) Core Responsibilities**", "3) Core Responsibilities").replace("**4) Day-to-Day Activities**", "4) Day-to-Day Activities")
    headings = [p.block.text for p in text_to_pieces(text) if p.block.kind.value == "heading" and p.block.level == 2]
    assert headings[0] == "1) Role Summary"
    assert "4) Day-to-Day Activities" in headings


def test_a_numbered_heading_that_does_not_continue_the_section_numbers_opens_no_section() -> None:
    # The section finder alone, on headings as a plain-heading scraper gives them.
    text = (
        "3) Core Responsibilities\n\nStrategic responsibilities\n\n"
        "1) Shape the agenda\n\n2) Frame questions\n\n3) Keep maps current\n\n4) Advocate research\n\n"
        "5) Run studies\n\n4) Day-to-Day Activities\n\n* Moderate.\n\n5) Key Deliverables\n\n* Plan.\n\n"
        "6) Frequently Asked Questions\n\nAnswers.\n"
    )
    starts = find_section_starts(text_to_pieces(text))
    assert [(s.match.number, s.match.spec.id if s.match.spec else "other") for s in starts] == [
        (3, "responsibilities"),
        (4, "day_to_day"),
        (5, "deliverables"),
        (6, "other"),
    ]


def test_an_extra_section_after_the_last_is_kept() -> None:
    text = BOLD_PAGE + "\n**5) Key Deliverables**\n\n* A plan.\n\n**6) Frequently Asked Questions**\n\nAnswers here.\n"
    assert _section_ids(text)[-3:] == [("day_to_day", 4), ("deliverables", 5), ("other", 6)]


# --- 2. tab-separated tables ----------------------------------------------------------------------------


def test_tab_separated_kpi_and_tool_tables_follow_their_header() -> None:
    text = (
        TITLE + "**1) Role Summary**\n\nRuns studies.\n\n**2) Role Mission**\n\nEvidence.\n\n"
        "**7) KPIs and Productivity Metrics**\n\n"
        "Metric name\tWhat it measures\tWhy it matters\tFrequency\tExample target/benchmark\n"
        "Studies completed\tNumber of studies taken to readout\tShows delivery cadence\tQuarterly\t4–6 studies per quarter\n"
        "Participant no-show rate\t% of participants who do not attend\tSignals recruiting quality\tMonthly\t≤ 10%\n\n"
        "**10) Tools, Platforms, and Software**\n\n"
        "Category\tTool\tPrimary use\tCommon / Optional / Context-specific\n"
        "Research repository\tDovetail\tTagging and synthesis\tCommon\n"
        "Surveys\tQualtrics\tLarge surveys\tContext-specific\n"
    )
    fields = _document(text)["fields"]
    assert [(r["name"], r["what_it_measures"], r["why_it_matters"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]] == [
        ("Studies completed", "Number of studies taken to readout", "Shows delivery cadence", "4–6 studies per quarter", "Quarterly"),
        ("Participant no-show rate", "% of participants who do not attend", "Signals recruiting quality", "≤ 10%", "Monthly"),
    ]
    assert [(r["category"], r["tool_text"], r["primary_use"], r["prevalence"]) for r in fields["tools"]["rows"]] == [
        ("Research repository", "Dovetail", "Tagging and synthesis", "common"),
        ("Surveys", "Qualtrics", "Large surveys", "context_specific"),
    ]


# --- 3. reader-crawler front block and setext headings ---------------------------------------------------

READER_FRONT = (
    "Title: Foo Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "URL Source: https://www.example.com/blog/foo-engineer/\n\n"
    "Published Time: 2026-02-11T09:14:52+00:00\n\n"
    "Markdown Content:\n"
)
MD_BODY = (
    "Foo Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "==============================================================================\n\n"
    "1) Role Summary\n---------------\n\nThe Foo Engineer keeps services up.\n\n"
    "2) Role Mission\n---------------\n\nCore mission: reliable services.\n\n"
    "3) Core Responsibilities\n------------------------\n\n* Define SLOs.\n"
)


def test_reader_front_block_is_page_metadata_not_article() -> None:
    document = _document(READER_FRONT + MD_BODY, name="x.md")
    source, role = document["source"], document["role"]
    assert (source["url"], source["slug"], source["date_published"]) == (
        "https://www.example.com/blog/foo-engineer/",
        "foo-engineer",
        "2026-02-11T09:14:52+00:00",
    )
    assert (role["title"], role["title_source"]) == ("Foo Engineer", "page_title")
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("responsibilities", 3),
    ]
    assert not any("URL Source" in b["text"] for s in document["sections"] for b in s["blocks"])


def test_reader_title_is_the_fallback_title() -> None:
    body = MD_BODY.replace("Foo Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n", "").lstrip("=\n")
    role = _document(READER_FRONT + body, name="x.md")["role"]
    assert (role["title"], role["title_source"]) == ("Foo Engineer", "html_title")


def test_a_page_opening_with_title_but_no_front_block_is_read_as_it_is() -> None:
    text = "Title: Foo Engineer: Role Blueprint\n\nThe page goes on without a reader block.\n\n" + MD_BODY
    document = _document(text, name="x.md")
    assert (document["source"]["url"], document["source"]["date_published"]) == (None, None)


def test_setext_underlines_make_headings_but_rules_stay_rules() -> None:
    text = "Title\n=====\n\nSub title\n---------\n\n| a | b |\n|---|---|\n| 1 | 2 |\n---\n\n- item\n---\n\nA sentence.\n---\n\n-\nitem text\n"
    blocks = [(p.block.kind.value, p.block.level, p.block.text) for p in text_to_pieces(text)]
    assert blocks == [
        ("heading", 1, "Title"),
        ("heading", 2, "Sub title"),
        ("table", None, "a | b\n1 | 2"),
        ("list_item", None, "item"),
        ("paragraph", None, "A sentence."),
        ("list_item", None, "item text"),
    ]  # the other "---" lines are rules: no content


# --- 4. <br> and escaped pipes in markdown table cells --------------------------------------------------


def test_br_in_a_pipe_cell_is_a_line_break() -> None:
    text = (
        READER_FRONT + MD_BODY + "\n20) Final Role Scorecard Summary\n--------------------------------\n\n"
        "| Category | Summary |\n|:---|:---|\n| Role title | Foo Engineer |\n"
        "| Top 10 responsibilities | 1) Define SLOs<br>2) On-call<br />3) Incident command |\n"
    )
    scorecard = _document(text, name="x.md")["fields"]["scorecard"]
    assert scorecard["top_responsibilities"] == ["Define SLOs", "On-call", "Incident command"]


def test_pipe_cells_unescape_pipes_and_break_at_br() -> None:
    [table] = [p.block for p in text_to_pieces("| Metric | Target |\n|---|---|\n| Repeat rate | 0 for SEV1 \\| ≤ 2<BR>Weekly review |\n")]
    assert table.rows == [["Repeat rate", "0 for SEV1 | ≤ 2\nWeekly review"]]


def test_tab_separated_scorecards_are_tables() -> None:
    text = (
        TITLE + "**1) Role Summary**\n\nRuns studies.\n\n**2) Role Mission**\n\nEvidence.\n\n"
        "**3) Core Responsibilities**\n\n* Run studies.\n\n**19) Hiring Evaluation Criteria**\n\n**Scorecard**\n\n"
        "Dimension\tWhat “meets” looks like\tWhat “exceeds” looks like\n"
        "Research craft\tPlans sound studies\tDesigns mixed methods\n\n"
        "**20) Final Role Scorecard Summary**\n\nCategory\tExecutive summary\nRole title\tTest Researcher\n"
        "Top 10 responsibilities\t1) Plan studies 2) Run sessions 3) Share findings\nTop tools\tDovetail, Maze, Figma\n"
    )
    fields = _document(text)["fields"]
    assert [(r["dimension"], r["meets"], r["exceeds"]) for r in fields["hiring"]["scorecard"]["rows"]] == [
        ("Research craft", "Plans sound studies", "Designs mixed methods")
    ]
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "Test Researcher"
    assert scorecard["top_responsibilities"] == ["Plan studies", "Run sessions", "Share findings"]
    assert scorecard["top_tools"] == ["Dovetail", "Maze", "Figma"]


def test_bold_inside_a_markdown_heading_marks_the_page_too() -> None:
    text = BOLD_PAGE.replace("**1) Role Summary**", "## **1) Role Summary**").replace("**4) Day", "## **4) Day")
    text = text.replace("**2) Role Mission**", "Role Mission").replace("**3) Core Responsibilities**", "## **3) Core Responsibilities**")
    kinds = {p.block.text: p.block.kind.value for p in text_to_pieces(text)}
    assert kinds["Plan and run end-to-end studies"] == "list_item"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Engineering Manager", "manager"),
        ("Senior Engineering Manager", "manager"),
        ("DevOps Manager", "manager"),
        # A product, program or project manager is an individual contributor: "manager" is no level there.
        ("Technical Program Manager", "unknown"),
        ("Senior Product Manager", "senior"),
        ("Principal Program Manager", "principal"),
        ("Director of Product Management", "director"),
        # A nurse case or care manager coordinates a caseload of patients, not staff.
        ("Senior Nurse Case Manager", "senior"),
        ("Care Manager", "unknown"),
        ("Case Management Manager", "manager"),
    ],
)
def test_seniority_from_the_title(title: str, level: str) -> None:
    assert seniority_of(title).value == level
