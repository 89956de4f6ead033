"""A careers site's plain-text copy of a blueprint, from a twenty-seventh round of unseen pages.

The site writes its section headings in capitals without numbers, bullets its lists with "›" (sub-items "▪",
details "–"), flattens each table row into one line whose cells are joined by " — ", and sets a job board's
chrome around and inside the article: "Apply now" and "Save job" buttons, a "Was this section helpful?" vote, a
"Related jobs you may like" box of job teasers mid-article, a candidates' Q&A area after the last section. The
snippets are synthetic, modelled on the page (a veterinary practice manager's blueprint), which is frozen below
as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.tables import match_lost_border_header
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "veterinary-practice-manager-caps.synthetic.txt"

_HEAD = """Home › Career Blueprints › Kennel Operations › Kennel Supervisor

Kennel Supervisor: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

ROLE SUMMARY

The Kennel Supervisor runs the boarding and animal-care floor of a veterinary hospital.

ROLE MISSION

Core mission:
Keep every boarded and hospitalised animal clean, fed, and calm.

"""


def _document(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.txt")
    assert extraction.document is not None
    return extraction.document




def test_a_line_opening_with_a_single_guillemet_is_a_list_item() -> None:
    pieces = text_to_pieces("Typical teams:\n› Kennel attendants\n› Veterinary nurses\n   ▪ night shift\n")
    assert [(p.block.kind.value, p.block.text, p.block.depth) for p in pieces] == [
        ("paragraph", "Typical teams:", None),
        ("list_item", "Kennel attendants", 0),
        ("list_item", "Veterinary nurses", 0),
        ("list_item", "night shift", 1),
    ]
    # A crumb trail's separators and a link's trailing arrow open no line: they stay paragraphs.
    crumbs = text_to_pieces("Home › Blog › Post\n\nView all 40 kennel jobs ›\n")
    assert [p.block.kind.value for p in crumbs] == ["paragraph", "paragraph"]


def test_a_header_and_rows_joined_by_em_dashes_are_a_table() -> None:
    known = match_lost_border_header("Metric — What it measures — Why it matters — Example target — Frequency")
    assert known is not None and known.kind == "kpi"
    assert match_lost_border_header("Dimension — What \"meets\" looks like — What \"exceeds\" looks like").kind == (
        "hiring_scorecard"
    )
    assert match_lost_border_header("Metric — a sentence about metrics, not a header") is None
    document = _document(
        "KPIS AND PRODUCTIVITY METRICS\n\n"
        "Metric — What it measures — Why it matters — Example target — Frequency\n"
        "Kennel occupancy — Booked runs as a share of all runs — Shows spare capacity — 80–90% — Weekly\n"
        "Cleaning audit score — Share of runs passing the audit — Infection control — 95% or higher — Monthly\n"
        "Boarding complaints — Complaints per 100 stays — Client trust — Below 1 per 100 — Quarterly\n\n"
        "HIRING EVALUATION CRITERIA\n\n"
        "Scorecard Dimensions:\n"
        "Dimension — What \"meets\" looks like — What \"exceeds\" looks like\n"
        "Animal handling — Handles routine boarders safely — Calms fractious animals without sedation\n"
        "Team leadership — Runs a shift rota — Develops attendants into leads\n"
    )
    kpis = document["fields"]["kpis"]
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Kennel occupancy", "80–90%", "Weekly"),
        ("Cleaning audit score", "95% or higher", "Monthly"),
        ("Boarding complaints", "Below 1 per 100", "Quarterly"),
    ]
    assert kpis["intro"] == []
    scorecard = document["fields"]["hiring"]["scorecard"]
    assert [(row["dimension"], row["meets"]) for row in scorecard["rows"]] == [
        ("Animal handling", "Handles routine boarders safely"),
        ("Team leadership", "Runs a shift rota"),
    ]
    assert scorecard["rubric_notes"] == []


def test_a_job_boards_buttons_votes_and_related_jobs_are_noise() -> None:
    document = _document(
        "Primary business outcomes expected:\n› Fewer kennel-acquired infections\n› Calmer boarders\n\n"
        "Apply now\n\n"
        "TYPICAL TECH STACK / ENVIRONMENT\n\n"
        "Application Environment:\n› Boarding software linked to the PIMS.\n› Run cameras for owners.\n\n"
        "Was this section helpful?  Yes (12)  No (3)\n\n"
        "Related jobs you may like\n"
        "Kennel Lead — Happy Paws Resort — Denver, CO — $19–$23/hr\n"
        "Animal Care Supervisor — Cedar Vet Hospital — Austin, TX — $21–$25/hr\n"
        "View all 88 kennel jobs ›\n\n"
        "STAKEHOLDERS AND COLLABORATION MAP\n\n"
        "Internal Stakeholders:\n› Practice manager\n   – Nature: rotas and budgets.\n\n"
        "SCORECARD SUMMARY\n\n"
        "Category — Executive summary\n"
        "Role title — Kennel Supervisor\n"
        "Role purpose — Keep boarded animals safe and calm.\n\n"
        "Save this blueprint\n\n"
        "Questions from candidates (2)\n"
        "Sam K. · 3 days ago\n"
        "Do I need a vet-tech licence for this?\n"
        "Reply · Helpful (4)\n"
        "Related jobs\n"
        "Kennel Attendant — Lakeside Boarding — Boise, ID — Posted 2 days ago\n"
        "Back to top ↑\n"
    )
    fields = document["fields"]
    outcomes = fields["role_mission"]["primary_business_outcomes"]
    assert outcomes == ["Fewer kennel-acquired infections", "Calmer boarders"]
    (environment,) = fields["tech_stack"]["environments"]
    assert [item["text"] for item in environment["items"]] == [
        "Boarding software linked to the PIMS.",
        "Run cameras for owners.",
    ]
    assert fields["scorecard"]["role_title"] == "Kennel Supervisor" and fields["scorecard"]["notes"] == []
    strings = all_strings(fields)
    noise = ["Apply now", "helpful", "Happy Paws", "Cedar Vet", "View all 88", "Save this", "Sam K.", "licence",
             "Reply", "Lakeside", "Back to top"]  # fmt: skip
    assert [n for n in noise if any(n in s for s in strings)] == []


NOISE = [
    "Skip to main content", "Accept all cookies", "Manage preferences", "Reject non-essential", "Apply now",
    "Save job", "Copy link", "Median base pay", "Based on 1,238 salaries", "Tailwag", "Get a free quote",
    "Meridian Casualty", "Was this section helpful?", "Lakeshore Pet Hospital", "View all 312",
    "Join 48,000", "Your email address", "Is the CVPM worth it", "Log in to ask", "Cedar Hollow",
    "Become a partner clinic", "© 2026", "Do Not Sell", "Back to top", "Home › Career Blueprints",
    "Save this blueprint", "Dana R.", "Instagram", "TikTok", "Related jobs",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_caps_page_sections_title_and_noise(page: dict[str, Any]) -> None:
    assert len(page["sections"]) == 20 and page["missing_sections"] == []
    assert page["role"]["title"] == "Veterinary Practice Manager" and page["role"]["horizon"] == "Current"
    strings = all_strings(page["fields"])
    assert [noise for noise in NOISE if any(noise in s for s in strings)] == []
    summary = page["fields"]["role_summary"]
    assert len(summary["interaction"]["groups"]) == 7
    assert summary["business_value"][0] == "higher revenue per doctor"


def test_the_caps_page_lists(page: dict[str, Any]) -> None:
    fields = page["fields"]
    mission = fields["role_mission"]
    assert len(mission["strategic_importance"]) == 4 and len(mission["primary_business_outcomes"]) == 5
    assert mission["outcomes_lead"] != "Apply now"
    items = fields["responsibilities"]["items"]
    assert len(items) == 24 and all(item["detail"] for item in items)
    assert [item["title"] for item in items if item["category"] == "strategic"] == [
        "Translate practice strategy into an annual operating plan",
        "Own the hospital profit and loss and the budgeting cycle",
        "Shape the service mix and fee schedule",
        "Plan capacity for growth",
    ]
    assert items[3]["detail"].startswith("Model the effect of adding a veterinarian")
    day = fields["day_to_day"]
    assert [len(day[key]["items"]) for key in ("daily", "weekly", "monthly_quarterly", "recurring_rituals")] == [
        6, 6, 6, 5,
    ]  # fmt: skip
    assert len(fields["deliverables"]["items"]) == 16
    goals = fields["goals"]
    assert [len(goals[key]["items"]) for key in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        5, 4, 4, 4, 4, 3,
    ]  # fmt: skip
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18 and skills[0]["name"] == "Practice management system (PIMS) administration"
    assert skills[0]["importance"] == "critical" and skills[0]["use"].startswith("fee codes, reminders")
    soft = fields["soft_skills"]["skills"]
    assert len(soft) == 8 and soft[-1]["name"] == "Integrity and discretion"
    assert fields["soft_skills"]["intro"] == [
        "A practice manager leads people who did not choose the job for the paperwork. Most failures in the role"
        " are interpersonal, not technical."
    ]
    stakeholders = fields["stakeholders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"])) == (5, 5)
    assert stakeholders["internal"][1]["name"] == "Medical Director"
    environments = fields["tech_stack"]["environments"]
    assert [len(env["items"]) for env in environments] == [4, 3, 2, 3, 2, 2, 3]
    rights = fields["decision_rights"]
    assert len(rights["independent"]["decisions"]) == 5 and rights["other_areas"] == []
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (5, 8)
    assert [len(fields["career_path"][key]) for key in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 3, 4]


def test_the_caps_page_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]
    assert len(kpis["rows"]) == 16 and len(kpis["intro"]) == 1
    assert (kpis["rows"][1]["name"], kpis["rows"][1]["target"]) == (
        "Revenue per FTE veterinarian",
        "$750k–$900k per FTE DVM per year",
    )
    assert (kpis["rows"][-1]["name"], kpis["rows"][-1]["frequency"]) == ("Time-to-fill open roles", "Per vacancy")
    tools = fields["tools"]
    assert len(tools["rows"]) == 20 and tools["rows"][0]["category"] == "Practice management (PIMS)"
    assert not any("—" in note for note in tools["notes"])
    dimensions = [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]]
    assert dimensions == [
        "Financial management", "People leadership", "Operations and scheduling", "Compliance",
        "Client experience", "Clinical partnership", "Systems and data",
    ]  # fmt: skip
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["notes"] == []
    assert scorecard["role_title"] == "Veterinary Practice Manager" and len(scorecard["top_soft_skills"]) == 10
