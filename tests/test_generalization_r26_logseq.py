"""A web page clipped into Logseq (an outliner), saved as its markdown file, from a twenty-sixth round of unseen pages.

Every block is a "- " bullet nested by tabs, headings too ("- ## 1) Role Summary", "\\t- ### Strategic
responsibilities"); "key:: value" property lines sit at the page's top and under bullets ("collapsed:: true",
"id:: ...", "logseq.order-list-type:: number", which numbers the bullet); a table is a bullet's lines, its
rows indented past the bullet; "TODO "/"DONE " markers, "((uuid))" block references, "[[Page]]" links,
closing "#tags" and "==highlights==" are the outliner's markup. Read as markdown, the page had no sections.
The snippets are synthetic, modelled on the page (a corporate paralegal's blueprint), which is frozen below
as tests/unseen/*.synthetic.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.outliner import outline_as_markdown

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "corporate-paralegal-logseq.synthetic.md"

_HEAD = """title:: Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
tags:: hr, roles, [[Job Architecture]]
clipped:: [[Mar 14th, 2025]]

- [[Clippings]] captured with a web clipper #clipped #to-review
- # Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
- ## 1) Role Summary
  collapsed:: false
  id:: 65f1c2a0-1a01-4c2e-8f10-a1b2c3d4e501
\t- The Claims Lead runs a claims desk for the business. The role keeps ==a clean, fair claims record== for \
every customer who depends on the desk.
\t- Role horizon: **Current** — the role is well established.
\t- Typical interaction surfaces:
\t\t- Underwriting: pricing, coverage intent
\t\t- Finance: reserves, quarter close
\t- Typical reporting line: Reports to the Head of Claims Operations. #reporting-line
- ## 2) Role Mission
  collapsed:: true
\t- **Core mission:**
\t\t- Settle every claim fairly, quickly and defensibly so that customers trust the insurer.
\t- **Primary business outcomes expected:**
\t\t- Lower claims leakage across all lines.
\t\t- Faster settlement of simple claims.
"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    return extraction.document["fields"]


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in outline_as_markdown(text).split("\n")]


# --- detection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "- [Home](/)\n- [Blueprints](/b/)\n\n# Claims Lead\n\n## 1) Role Summary\n\n- item\n",  # a menu, then markdown
        "- one\n- two\n  more of two\n\t- three\n",  # a list alone: no heading bullet, no page properties
        "Note:: read this first\nThe Claims Lead runs a desk.\n- item\n",  # a property-like line, then prose
        "1) Role Summary\n\nThe Claims Lead runs a desk.\n- ## not a heading here\n",
        "<html><body><h2>1) Role Summary</h2></body></html>",
        "",
    ],
)
def test_other_pages_are_no_outline(page: str) -> None:
    assert outline_as_markdown(page) is page


def test_an_outline_is_rewritten_line_for_line_at_the_same_length() -> None:
    page = _HEAD + "- ## 3) Core Responsibilities\n\t- ### Strategic\n\t\t- DONE **Own the plan**\n"
    out = outline_as_markdown(page)
    assert [len(line) for line in out.split("\n")] == [len(line) for line in page.split("\n")]
    lines = [line.rstrip() for line in out.split("\n")]
    assert lines[:4] == ["", "", "", ""]  # the page's properties
    assert "# Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path" in lines
    assert "## 1) Role Summary" in lines and "### Strategic" in lines
    for gone in ("::", "[[", "==", "#clipped", "#reporting-line", "DONE"):
        assert not any(gone in line for line in lines), gone


def test_the_same_outline_indented_by_spaces_and_with_crlf_line_ends_reads_alike() -> None:
    page = _HEAD + "- ## 3) Core Responsibilities\n\t- ### Strategic\n\t\t- **Own the plan**\n\t\t\t- – Set goals.\n"
    expected = [line.rstrip() for line in outline_as_markdown(page).split("\n")]
    assert [line.rstrip() for line in outline_as_markdown(page.replace("\t", "    ")).split("\n")] == expected
    assert [line.rstrip() for line in outline_as_markdown(page.replace("\n", "\r\n")).split("\r\n")] == expected


# --- what each bullet stands for -----------------------------------------------------------------------


def test_blocks_under_a_section_are_paragraphs_and_their_children_a_list() -> None:
    lines = _lines(_HEAD)
    assert (
        "The Claims Lead runs a claims desk for the business. The role keeps a clean, fair claims record for "
        "every customer who depends on the desk."
    ) in lines
    assert "Typical interaction surfaces:" in lines and "- Underwriting: pricing, coverage intent" in lines
    assert "Typical reporting line: Reports to the Head of Claims Operations." in lines
    # a lead over one sentence: the sentence is its paragraph, not a list of one
    assert "**Core mission:**" in lines
    assert "Settle every claim fairly, quickly and defensibly so that customers trust the insurer." in lines
    assert "- Lower claims leakage across all lines." in lines


def test_blocks_under_a_sub_heading_are_a_list_an_intro_before_titled_items_or_a_table_is_not() -> None:
    page = _HEAD + (
        "- ## 4) Day-to-Day Activities\n"
        "\t- ### Daily activities\n"
        "\t\t- Review the queue.\n"
        "\t\t- Route documents for signature:\n"
        "\t\t\t- written consents,\n"
        "\t\t\t- powers of attorney.\n"
        "\t- ### Peer roles\n"
        "\t\t- Underwriter, Actuary, Fraud Analyst.\n"
        "- ## 19) Hiring Evaluation Criteria\n"
        "\t- ### Practical exercises\n"
        "\t\t- Choose one exercise.\n"
        "\t\t- **Exercise A: Triage (30 minutes)** – Sort ten claims.\n"
        "\t\t- **Exercise B: Letter (30 minutes)** – Write a denial letter.\n"
    )
    lines = _lines(page)
    assert lines[lines.index("### Daily activities") + 1 :][:4] == [
        "- Review the queue.",
        "- Route documents for signature:",
        " - written consents,",
        " - powers of attorney.",
    ]
    assert "Underwriter, Actuary, Fraud Analyst." in lines  # all its heading holds: no list of one
    assert "Choose one exercise." in lines and "- **Exercise A: Triage (30 minutes)** – Sort ten claims." in lines


def test_numbered_bullets_titles_over_details_and_tables() -> None:
    page = _HEAD + (
        "- ## 3) Core Responsibilities\n"
        "\t- Responsibilities below reflect a mid-size insurer.\n"
        "\t- ### Strategic responsibilities\n"
        "\t\t- **Own the claims plan**\n"
        "\t\t  logseq.order-list-type:: number\n"
        "\t\t\t- – Set the desk's targets.\n"
        "\t\t- **Shape the reserving approach**\n"
        "\t\t  logseq.order-list-type:: number\n"
        "\t\t\t- – Agree reserve rules with Finance.\n"
        "\t- ### Operational responsibilities\n"
        "\t\t- 1. **Run the daily triage**\n"
        "\t\t  – Assign new claims by complexity.\n"
        "\t\t- **Audit closed files**\n"
        "\t\t\t- – Sample ten files a week.\n"
        "- ## 7) KPIs and Productivity Metrics\n"
        "  collapsed:: false\n"
        "\t- Targets below are typical. See ((65f1c2a0-1a06-4c2e-8f10-a1b2c3d4e506)) for the milestones.\n"
        "\t- | Metric name | Example target/benchmark | Frequency |\n"
        "\t  | --- | --- | --- |\n"
        "\t  | Claim cycle time | ≤ 30 days | Weekly |\n"
    )
    lines = _lines(page)
    assert "Responsibilities below reflect a mid-size insurer." in lines
    assert ["1. **Own the claims plan**", "", " – Set the desk's targets."] == lines[
        lines.index("1. **Own the claims plan**") : lines.index("1. **Own the claims plan**") + 3
    ]
    assert "2. **Shape the reserving approach**" in lines
    assert "1. **Run the daily triage**" in lines and "  – Assign new claims by complexity." in lines
    assert "- **Audit closed files**" in lines
    assert "Targets below are typical. See for the milestones." in lines
    assert "| Metric name | Example target/benchmark | Frequency |" in lines and "| --- | --- | --- |" in lines


def test_the_flat_way_of_writing_headings_and_the_outliners_other_lines() -> None:
    page = (
        "- # Claims Lead: Role Blueprint\n"
        "- ## 4) Day-to-Day Activities\n"
        "- The desk's rhythm follows the claims calendar.\n"
        "- ### Daily activities\n"
        "- NOW Review the queue.\n"
        "  :LOGBOOK:\n"
        "  CLOCK: [2025-03-14 Fri 09:12:40]\n"
        "  :END:\n"
        "- LATER Call back claimants.\n"
        "  SCHEDULED: <2025-03-15 Sat>\n"
        "- Escalations\n"
        "  heading:: 3\n"
        "- template:: claims\n"
        "- {{embed [[Claims checklist]]}}\n"
    )
    lines = _lines(page)
    assert lines[:4] == [
        "# Claims Lead: Role Blueprint",
        "## 4) Day-to-Day Activities",
        "The desk's rhythm follows the claims calendar.",
        "### Daily activities",
    ]
    # "- Escalations" has room for one heading mark only
    assert lines[4:] == [
        "- Review the queue.",
        "",
        "",
        "",
        "- Call back claimants.",
        "",
        "# Escalations",
        "",
        "",
        "",
        "",
    ]


# --- typed fields --------------------------------------------------------------------------------------


def test_role_summary_and_mission_are_typed() -> None:
    fields = _fields("- ## 3) Core Responsibilities\n\t- ### Strategic\n\t\t- **Own the claims plan**\n")
    summary = fields["role_summary"]
    assert len(summary["paragraphs"]) == 1 and summary["unparsed"] == []
    assert summary["role_horizon"]["horizon"] == "Current"
    assert summary["reporting_line"]["text"] == "Typical reporting line: Reports to the Head of Claims Operations."
    assert [group["area"] for group in summary["interaction"]["groups"]] == ["Underwriting", "Finance"]
    mission = fields["role_mission"]
    assert mission["core_mission"].startswith("Settle every claim fairly")
    assert len(mission["primary_business_outcomes"]) == 2


def test_numbered_responsibilities_keep_their_details_and_a_table_its_columns() -> None:
    body = (
        "- ## 3) Core Responsibilities\n"
        "\t- Responsibilities below reflect a mid-size insurer.\n"
        "\t- ### Strategic responsibilities\n"
        "\t\t- **Own the claims plan**\n"
        "\t\t  logseq.order-list-type:: number\n"
        "\t\t\t- – Set the desk's targets with the business.\n"
        "\t\t- DONE **Shape the reserving approach**\n"
        "\t\t  logseq.order-list-type:: number\n"
        "\t\t\t- – Agree reserve rules with Finance.\n"
        "- ## 7) KPIs and Productivity Metrics\n"
        "\t- | Metric name | What it measures | Example target/benchmark | Frequency |\n"
        "\t  | --- | --- | --- | --- |\n"
        "\t  | Claim cycle time | Days from notice to close | ≤ 30 days | Weekly |\n"
        "\t  | Reopen rate | Claims reopened | < 4% | Monthly |\n"
    )
    fields = _fields(body)
    items = fields["responsibilities"]["items"]
    assert [(i["number"], i["title"], i["detail"]) for i in items] == [
        (1, "Own the claims plan", "Set the desk's targets with the business."),
        (2, "Shape the reserving approach", "Agree reserve rules with Finance."),
    ]
    rows = fields["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Claim cycle time", "≤ 30 days", "Weekly"),
        ("Reopen rate", "< 4%", "Monthly"),
    ]


# --- the page ------------------------------------------------------------------------------------------

NOISE = [
    "Compare Senior Living Communities", "Find assisted living", "Browse Communities", "Need a Reliable Moving",
    "Get My Free Quote", "Find Trusted Pediatric Dentists", "Find a Dentist Near You", "The Blueprint Brief",
    "Subscribe now", "Share on LinkedIn", "Careers Hub", "Skip to content", "Contracts Administrator: Role Blueprint",
    "Marisol T.", "We use Athennian and the entity module alone saved us", "Thanks Derek", "Load more comments",
    "2025 RoleAtlas Media", "Cookie settings", "Q3 calibration", "read full article", "Logseq Web Clipper",
    "Advertisement", "Sponsored", "collapsed::", "id::", "logseq.order-list-type", "((65f1c2a0", "==", "[[Job",
    "**", "TODO ", "DONE ", "#reporting-line",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_logseq_page_sections_role_and_noise(page: dict[str, Any]) -> None:
    assert len(page["sections"]) == 20 and page["missing_sections"] == []
    role = page["role"]
    assert (role["title"], role["horizon"], role["department"]) == ("Corporate Paralegal", "Current", "Legal")
    assert role["reporting_line"] == (
        "Reports to the Senior Corporate Counsel or, in some companies, to the Legal Operations Manager within the "
        "Legal department."
    )
    # The run-on numbers "2." ... "7." of the flattened "what to assess" line are in no field once split.
    assert page["quality"]["coverage"] >= 0.999
    text = json.dumps(page, ensure_ascii=False)
    assert [noise for noise in NOISE if noise in text] == []


def test_the_logseq_page_summary_mission_and_responsibilities(page: dict[str, Any]) -> None:
    fields = page["fields"]
    summary = fields["role_summary"]
    assert len(summary["paragraphs"]) == 3 and len(summary["interaction"]["groups"]) == 5
    assert "a clean, audit-ready corporate record" in summary["paragraphs"][1]
    mission = fields["role_mission"]
    assert mission["core_mission"].startswith("Keep the company's corporate records, filings and governance")
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (4, 4)
    items = fields["responsibilities"]["items"]
    categories = [item["category"] for item in items]
    counts = {c: categories.count(c) for c in dict.fromkeys(categories)}
    assert counts == {
        "strategic": 4, "operational": 5, "technical": 5, "cross_functional": 4, "governance": 4, "leadership": 2,
    }  # fmt: skip
    assert items[0]["title"] == "Maintain the entity portfolio as a strategic asset"
    assert items[0]["detail"].startswith("Keep an accurate, current picture of every entity")
    assert [item["number"] for item in items[4:9]] == [1, 2, 3, 4, 5]
    assert items[9]["title"] == "Administer the entity management system"
    assert items[21]["title"] == "Perform quality checks on every filing"


def test_the_logseq_page_lists_and_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    day = fields["day_to_day"]
    assert [len(day[k]["items"]) for k in ("daily", "weekly", "monthly_quarterly", "recurring_rituals")] == [5, 5, 4, 5]
    assert len(day["incident_work"]["items"]) == 3 and day["other"] == []
    assert day["daily"]["items"][2]["sub_items"] == [
        "written consents", "officer and secretary's certificates", "powers of attorney for foreign subsidiaries",
    ]  # fmt: skip
    assert len(fields["deliverables"]["items"]) == 14
    goals = fields["goals"]
    assert [len(goals[k]["items"]) for k in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        4, 4, 4, 4, 3, 2,
    ]  # fmt: skip
    assert goals["day_30"]["items"][0]["text"].startswith("Complete access provisioning")
    kpis = fields["kpis"]
    assert len(kpis["rows"]) == 16 and kpis["columns"][0] == "Metric name"
    assert (kpis["rows"][0]["name"], kpis["rows"][0]["target"], kpis["rows"][0]["frequency"]) == (
        "Filing timeliness", "100% on time; 0 lapses in good standing", "Monthly",
    )  # fmt: skip
    assert len(kpis["notes"][0]["items"]) == 2
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 19 and skills[0]["name"] == "Corporate law fundamentals and entity lifecycle"
    assert len(fields["soft_skills"]["skills"]) == 8
    tools = fields["tools"]["rows"]
    assert (
        len(tools) == 22
        and tools[0]["category"] == "Entity management"
        and tools[0]["tool_text"] == "Diligent Entities"
    )
    assert len(fields["tech_stack"]["environments"]) == 8
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"]), len(stakeholders["peer_roles"])) == (6, 3, 5)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (4, 3, 5)
    assert [len(d["variants"]) for d in fields["role_variants"]["dimensions"]] == [3, 4, 3, 2, 2, 2]
    hiring = fields["hiring"]
    assert len(hiring["exercises"]) == 3 and len(hiring["scorecard"]["rows"]) == 8
    assert len(fields["scorecard"]["rows"]) == 10 and fields["scorecard"]["role_title"] == "Corporate Paralegal"
