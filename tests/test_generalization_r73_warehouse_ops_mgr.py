"""Round 73 unseen page: a warehouse operations manager, browser "copy as markdown" (bold `**N) Title**` headings,
bold sub-headings, `•` bullets, pipe tables without outer pipes, a `:---|:---:` separator) with a menu, ads, a
newsletter box, related posts and a comment widget around the article.

One field came out wrong: the interaction team "Environment, health and safety (EHS)" was split on its comma into
"Environment" and "health and safety (EHS)". A bracketed acronym whose capitals are the initials of the words
before it, written in running case, names one team, as "Governance, Risk and Compliance (GRC)" already did.

Snippets below are synthetic; the page is frozen as tests/unseen/warehouse-operations-manager.synthetic.md with its
key in tests/unseen/answer_keys/warehouse-operations-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.summary import split_teams
from tests.snippets import all_strings, unseen_document

_PAGE = "warehouse-operations-manager.synthetic.md"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: an acronym spelled out in running case -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Environment, health and safety (EHS)", ["Environment, health and safety (EHS)"]),
        ("Legal, quality, health and safety (QHS), Finance", ["Legal", "quality, health and safety (QHS)", "Finance"]),
        ("Research and development (R&D), Procurement", ["Research and development (R&D)", "Procurement"]),
        # Capitalised names keep the rule they had.
        (
            "Governance, Risk and Compliance (GRC), Internal Audit",
            ["Governance, Risk and Compliance (GRC)", "Internal Audit"],
        ),
    ],
)
def test_synthetic_running_case_acronym_name_is_one_team(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        # The initials are not those of the words before the bracket: a plain list.
        ("Quality, engineering and maintenance (QA)", ["Quality", "engineering", "maintenance (QA)"]),
        ("Sales, marketing, finance (FP&A)", ["Sales", "marketing", "finance (FP&A)"]),
    ],
)
def test_synthetic_acronym_not_spelled_by_the_words_still_splits(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


# --- the page: the fixed field -------------------------------------------------------------------------------------


def test_interaction_teams_keep_the_ehs_name_whole() -> None:
    groups = _fields()["role_summary"]["interaction"]["groups"]
    assert [team for group in groups for team in group["teams"]] == [
        "Transportation and carrier management",
        "Inventory planning and replenishment",
        "Customer service and account management",
        "Human resources and staffing agencies",
        "Environment, health and safety (EHS)",
        "Finance and site controllers",
    ]


# --- the page: the key's main fields ---------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Warehouse Operations Manager"
    assert document["missing_sections"] == []
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert fields["role_mission"]["core_mission"].startswith("Ship every order accurately and on time")
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [3, 4, 3, 2]
    assert [categories.count(c) for c in ("governance", "leadership")] == [2, 2]
    assert len(categories) == 16
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 4, 4, 4, 3]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 3, 3, 3, 2]
    assert len(fields["deliverables"]["items"]) == 9
    assert len(fields["tech_stack"]["environments"]) == 6
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [2, 2, 2, 2, 3]
    stakeholders = fields["stakeholders"]
    # Upstream and downstream: the key's one line each is a comma list of dependencies, split as on other pages.
    keys = ("internal", "external", "peer_roles", "upstream", "downstream")
    assert [len(stakeholders[key]) for key in keys] == [5, 3, 4, 3, 4]
    assert len(stakeholders["escalation_points"]) == 2
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["role_variants"]["dimensions"]) == 6
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [4, 2, 2, 2, 2]
    assert [row["dimension"] for row in hiring["scorecard"]["rows"]] == [
        "Operational planning",
        "Safety leadership",
        "People leadership",
        "Data and improvement",
        "Customer focus",
    ]
    assert all(row["meets"] and row["exceeds"] for row in hiring["scorecard"]["rows"])
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("On-time shipment rate", "≥ 98.5%", "Daily"),
        ("Order picking accuracy", "≥ 99.7%", "Daily"),
        ("Units per labor hour (UPH)", "110–140 UPH (mixed e-commerce)", "Daily"),
        ("Dock-to-stock time", "≤ 24 hours", "Weekly"),
        ("Inventory record accuracy", "≥ 99.5%", "Monthly"),
        ("Cost per unit shipped", "3–5% reduction year over year", "Monthly"),
        ("Recordable incident rate", "< 2.0", "Monthly"),
        ("Overtime percentage", "≤ 8%", "Weekly"),
        ("Associate turnover", "< 40% annualised", "Monthly"),
        ("Returns processing time", "≤ 48 hours", "Weekly"),
        ("Space utilisation", "80–88%", "Quarterly"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 22
    assert (rows[0]["category"], rows[0]["tool_text"], rows[0]["prevalence_levels"]) == (
        "Warehouse management",
        "Manhattan Active WM",
        ["common"],
    )
    assert (rows[2]["tool_text"], rows[2]["prevalence_levels"]) == ("SAP EWM", ["context_specific"])
    assert (rows[8]["tool_text"], rows[8]["prevalence_levels"]) == ("UKG (Kronos)", ["common"])
    assert (rows[10]["tool_text"], rows[10]["prevalence_levels"]) == ("Opendock", ["optional"])
    assert (rows[21]["category"], rows[21]["tool_text"], rows[21]["prevalence_levels"]) == (
        "Quality",
        "Voice picking (Honeywell Vocollect)",
        ["context_specific"],
    )


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 2]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "critical", "important", "important"),
        *("important", "important", "optional", "optional"),
        *("context_specific", "optional", "optional"),
        *("important", "optional"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Slotting optimisation"]["importance_levels"] == ["optional", "important"]
    assert not any("(" in name for name in by_name)


def test_experience_years_certifications_and_backgrounds() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5.0, 8.0, False)
    # "APICS CSCP or CLTD" is two certifications either of which will do; "Important" maps to the enum 'preferred'
    # (its text kept in requirement_text), as on every page.
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("APICS CSCP", "optional"),
        ("CLTD", "optional"),
        ("OSHA 30-hour General Industry", "preferred"),
        ("Lean Six Sigma Green Belt", "optional"),
        ("Forklift trainer certification", "context_specific"),
    ]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Warehouse Shift Supervisor",
        "Inventory Control Manager",
        "Operations Supervisor",
    ]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Warehouse Shift Supervisor",
        "Inventory Control Manager",
        "Industrial Engineer",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Site General Manager",
        "Senior Operations Manager",
        "Director of Distribution Operations",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Transportation Manager",
        "Continuous Improvement Manager",
        "Supply Chain Planning Manager",
    ]
    assert len(career["promotion_skills"]) == 3
    assert len(career["evolution"]) == 2


@pytest.mark.parametrize(
    "noise",
    [
        "Skip to content",
        "Home »",
        "[Home](",
        "By Editorial Team",
        "Updated March 2025",
        "Compare Solar Panel Installers",
        "Get My Solar Quotes",
        "Plan Your Dream Kitchen Remodel",
        "Book a Free Consultation",
        "Join 40,000",
        "Your email address",
        "Subscribe Now",
        "Related posts",
        "Inventory Control Specialist: Role Blueprint",
        "Notify of",
        "0 Comments",
        "Most Voted",
        "Inline Feedbacks",
        "View all comments",
        "Would love your thoughts",
        "© 2025",
        "Privacy Policy",
        "ads.example.net",
        "example-roles.com",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in ("\u0e42", "â€", "&#", "&amp;", "**", "](", ":---", "---|"):
        assert not any(mark in text for text in strings), mark
