"""Synthetic snippets modelled on unseen pages of the family: a Docling conversion of a browser's PDF print, whose
every heading is "##" (the 30/60/90-day goal groups at the section level under "## 6) Goals…"), and a British
republication whose editors re-titled half of the section headings while keeping the outline's numbers."""

from __future__ import annotations

from pipeline import extract
from pipeline.sections import classify_heading

_MD_HEAD = (
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
)


def _md_sections(body: str) -> list[tuple[str, int | None]]:
    (extraction,) = extract((_MD_HEAD + body).encode("utf-8"), name="snippet.md")
    return [(s["id"], s["number"]) for s in extraction.document["sections"]]


def test_hyphenated_compound_is_no_section_number():
    assert classify_heading("30-day goals").number is None
    assert classify_heading("6-month milestones").number is None
    assert classify_heading("12–month milestones").number is None
    # A dash with a space on either side still sets the number apart.
    assert classify_heading("7 - KPIs").number == 7
    assert classify_heading("7 – KPIs").spec.id == "kpis"


def test_goal_groups_at_the_section_level_stay_in_the_goals_section():
    body = (
        "## 6) Goals, Objectives, and Milestones\n\n"
        "## 30-day goals\n\n- Meet every supervisor.\n\n"
        "## 60-day goals\n\n- Publish a baseline of KPIs.\n\n"
        "## 90-day goals\n\n- Complete a mock audit.\n\n"
        "## 7) KPIs and Productivity Metrics\n\n- TAT compliance: 95% within TAT.\n"
    )
    (extraction,) = extract((_MD_HEAD + body).encode("utf-8"), name="snippet.md")
    document = extraction.document
    assert [(s["id"], s["number"]) for s in document["sections"]] == [
        ("role_summary", 1),
        ("role_mission", 2),
        ("goals", 6),
        ("kpis", 7),
    ]
    goals = document["fields"]["goals"]
    assert [goals[key]["heading"] for key in ("day_30", "day_60", "day_90")] == [
        "30-day goals",
        "60-day goals",
        "90-day goals",
    ]
    assert [item["text"] for item in goals["day_90"]["items"]] == ["Complete a mock audit."]
