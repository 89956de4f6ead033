"""Section detection: numbered, markdown and bare headings map to canonical ids, sub-headings to keys."""

from __future__ import annotations

import pytest

from pipeline.sections import _classify_tokens, classify_heading, subheading_key


@pytest.mark.parametrize(
    ("heading", "number", "section"),
    [
        ("1) Role Summary", 1, "role_summary"),
        ("7) KPIs and Productivity Metrics", 7, "kpis"),
        ("18) AI / Automation Impact on the Role", 18, "ai_impact"),
        ("11) Typical Tech Stack / Environment", 11, "tech_stack"),
        ("7. KPIs", 7, "kpis"),
        ("Section 3: Core Responsibilities", 3, "responsibilities"),
        ("Key Deliverables", None, "deliverables"),
        ("Goals and Milestones", None, "goals"),
        ("20) Final Role Scorecard Summary", 20, "scorecard"),
        # Wording variants across the family.
        ("3) Key Responsibilities", 3, "responsibilities"),
        ("9) Soft Skills", 9, "soft_skills"),
        ("14) Experience and Qualifications", 14, "experience"),
    ],
)
def test_known_headings(heading: str, number: int | None, section: str) -> None:
    match = classify_heading(heading)
    assert match.number == number
    assert match.spec is not None and match.spec.id == section


@pytest.mark.parametrize(
    "heading",
    ["9) Hobbies and Interests", "Data environment", "Typical decision-making authority", "Notes", "Subscribe"],
)
def test_other_headings_map_to_no_section(heading: str) -> None:
    assert classify_heading(heading).spec is None


@pytest.mark.parametrize(
    ("section", "heading", "key"),
    [
        ("responsibilities", "Strategic responsibilities (early-career scope; executed with guidance)", "strategic"),
        ("responsibilities", "Cross-functional / stakeholder responsibilities", "cross_functional"),
        ("responsibilities", "Cross-functional or stakeholder responsibilities", "cross_functional"),
        ("day_to_day", "Monthly or quarterly activities", "monthly_quarterly"),
        ("technical_skills", "Advanced or expert-level technical skills (not required initially, but valued)", "advanced"),
        ("decision_rights", "Decisions requiring manager/director/executive approval", "manager_approval"),
        ("decision_rights", "Requires team approval (science + engineering + product as appropriate)", "team_approval"),
        ("goals", "30-day goals (onboarding and baseline productivity)", "day_30"),
        ("responsibilities", "Applied science artifacts", None),
        ("kpis", "Daily activities", None),
    ],
)
def test_subheading_keys(section: str, heading: str, key: str | None) -> None:
    assert subheading_key(section, heading) == key


@pytest.mark.parametrize(
    "heading",
    [
        "",
        " ",
        " 7) Role Summary",
        "\t3. Key Deliverables",
        "7 ) Goals",
        "12-month goals",
        "123) Goals",
        "٣) Role Summary",
        "²) Role Summary",
        "SECTION 3 - KPIs",
        "Part 2: Tooling",
        "Parts list",
        "(Role Summary)",
        "“Role Summary”",
        "Role-summary  ",
        "ROLE SUMMARY",
        "Role summaries",
        "A day in the life",
        "Applied science artifacts",
        "Decisions requiring approval",
        "\u212aPIs and metrics",
        "Σ notes",
        "Notes",
    ],
)
def test_untokenized_answer_is_the_tokenized_one(heading: str) -> None:
    assert classify_heading(heading) == _classify_tokens(heading)
