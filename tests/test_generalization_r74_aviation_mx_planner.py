"""Round 74 unseen page: an aviation maintenance planner, seed 000's blank-line text layout with seed 000's own
Thai-form mojibake (plus the same mechanism's "ย"+NBSP, "ยฑ" and "ยฉ"), a headset ad, an exam-prep ad, a
newsletter box, a share line, a comment widget and a footer around the article.

The page came out right in every field its key lists; it is frozen here so that it stays right. One field beyond
the key was fixed: the business-value sentence "..., and a clean audit trail for the regulator—turning forecasts
into hangar slots that actually close on time." ends on a participle clause after an em dash, which qualifies the
whole sentence, not its last member; the member kept it.

Snippets below are synthetic; the page is frozen as tests/unseen/aviation-maintenance-planner.synthetic.txt with
its key in tests/unseen/answer_keys/aviation-maintenance-planner.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.summary import business_values
from tests.snippets import all_strings, unseen_document

_PAGE = "aviation-maintenance-planner.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a closing "—<participle clause>" after a business-value list ------------------------------------------


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "fewer delays, lower cost per unit, and a clean record for auditors—turning plans into dates that hold.",
            ["fewer delays", "lower cost per unit", "a clean record for auditors"],
        ),
        (  # a spaced em dash, and a spaced en dash standing for one
            "fewer delays, lower cost, and happier customers — making the plan credible.",
            ["fewer delays", "lower cost", "happier customers"],
        ),
        ("fewer delays, and lower cost – freeing the team for new work.", ["fewer delays", "lower cost"]),
    ],
)
def test_synthetic_closing_participle_clause_leaves_the_last_member(text: str, members: list[str]) -> None:
    assert business_values(text) == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # Not an -ing word after the dash: the clause stays inside the member.
        (
            "fewer delays, lower cost, and faster audits—without new headcount.",
            ["fewer delays", "lower cost", "faster audits—without new headcount"],
        ),
        # An -ing preposition opens a phrase of the member itself.
        (
            "fewer delays, and ready spares—including the rare ones.",
            ["fewer delays", "ready spares—including the rare ones"],
        ),
        ("fewer delays, and calm handovers—during peak season.", ["fewer delays", "calm handovers—during peak season"]),
        # An unspaced en dash is a range, a dash inside brackets an aside.
        (
            "fewer delays, and margins (typically 28–35% of sales)",
            ["fewer delays", "margins (typically 28–35% of sales)"],
        ),
        (
            "fewer delays, and margins (kept high—meaning stable)",
            ["fewer delays", "margins (kept high—meaning stable)"],
        ),
    ],
)
def test_synthetic_other_dashes_stay_inside_the_member(text: str, members: list[str]) -> None:
    assert business_values(text) == members


def test_synthetic_a_lone_value_keeps_its_clause() -> None:
    # No enumeration: nothing to tell the member from the sentence.
    assert business_values("a clean record for auditors—turning plans into dates.") == [
        "a clean record for auditors—turning plans into dates"
    ]


# --- the page: the fixed field ----------------------------------------------------------------------------------------


def test_business_value_last_member_without_the_closing_clause() -> None:
    summary = _fields()["role_summary"]
    assert summary["business_value"] == [
        "higher fleet availability",
        "fewer deferred defects carried forward",
        "lower cost per check",
        "a clean audit trail for the regulator",
    ]
    # The clause is not lost: the paragraph keeps the sentence whole.
    assert any("regulator—turning forecasts into hangar slots" in text for text in summary["paragraphs"])


# --- the page: the key's main fields ---------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Aviation Maintenance Planner"
    assert document["missing_sections"] == []
    summary = fields["role_summary"]
    assert summary["role_horizon"]["horizon"] == "Current"
    teams = [group["text"] for group in summary["interaction"]["groups"]]
    assert (len(teams), teams[0], teams[-1]) == (
        7,
        "Maintenance Control Centre (MCC)",
        "Network planning / fleet operations",
    )
    assert summary["reporting_line"]["text"] == (
        "Typical reporting line: Reports to the Maintenance Planning Manager or Head of Technical Planning within "
        "Technical Operations."
    )
    mission = fields["role_mission"]
    assert mission["core_mission"] == (
        "Plan, package, and schedule every scheduled and deferred maintenance task on the fleet so that aircraft are "
        "released airworthy, on time, and at the lowest practical cost—without a single task exceeding its approved "
        "limit."
    )
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 4)
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [4, 6, 4, 3]
    assert [categories.count(c) for c in ("governance", "leadership")] == [3, 2]
    assert len(categories) == 22
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 4, 4, 5, 3]
    assert day["daily"]["items"][1] == {
        "text": "Update the forecast for:",
        "sub_items": ["flight hours and cycles flown", "newly raised deferred defects", "parts received or cancelled"],
    }
    assert day["recurring_rituals"]["items"][0]["text"] == "Morning ops call (daily, 15 minutes)"
    # The key counts 10 deliverables; the page has 5 + 3 + 3 (its "Reporting artifacts" has three): 11 is right.
    assert len(fields["deliverables"]["items"]) == 11
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 3, 3, 3, 2]
    assert [c["text"] for c in goals["success_definition"]["criteria"]] == [
        "No overdue tasks.",
        "Packages complete at input.",
        "Checks close within planned ground time.",
    ]
    assert len(goals["high_performance"]) == 4
    assert [len(env["items"]) for env in fields["tech_stack"]["environments"]] == [2, 2, 3, 2, 1, 1, 2, 2]
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    assert [len(stakeholders[key]) for key in keys] == [5, 2, 5, 3, 3, 3]
    rights = fields["decision_rights"]
    assert rights["architecture"] is None
    assert all(rights[area] is not None for area in ("budget", "vendor", "delivery", "hiring", "compliance"))
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 2, 2, 2, 2]
    assert [group["dimension"] for group in fields["role_variants"]["dimensions"]] == [
        "company_size",
        "industry",
        "geography",
        "product_vs_service",
        "startup_vs_enterprise",
        "regulated",
    ]
    ai = fields["ai_impact"]
    keys = ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")
    assert [len(ai[key]) for key in keys] == [3, 3, 2, 2]
    assert ai["changes_horizon"] == "2–5 years"
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [4, 2, 2, 2, 2]
    assert [(exercise["name"], exercise["duration"]) for exercise in hiring["exercises"]] == [
        ("Package build", "60 minutes"),
        ("AOG re-plan", "30 minutes"),
    ]
    assert len(fields["scorecard"]["rows"]) == 10
    assert fields["scorecard"]["rows"][-1]["label"] == "Career progression options"


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Overdue maintenance items", "0 overdue items", "Daily"),
        ("Package on-time release", "≥ 95% released ≥ 72 hours before input", "Weekly"),
        ("Package completeness at input", "≥ 90% complete", "Per check"),
        ("Material readiness", "≥ 98% of line items staged", "Per check"),
        ("Check ground-time adherence", "Within +10% of planned ground time", "Per check"),
        ("Man-hour estimate accuracy", "Within ±15% of actuals", "Monthly"),
        ("Deferred defect ageing", "Under 5 days average for Cat C", "Weekly"),
        ("Interval utilisation", "≥ 85% average utilisation", "Monthly"),
        ("Forecast accuracy", "≥ 90% within ±7 days", "Quarterly"),
        ("MIS data error rate", "≤ 1% of sampled records", "Monthly"),
        ("Audit findings (planning)", "0 level-1 findings", "Per audit"),
        ("Aircraft availability contribution", "≤ 0.5% of scheduled days", "Quarterly"),
    ]
    (notes,) = _fields()["kpis"]["notes"]
    assert len(notes["items"]) == 2


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows] == [
        ("Maintenance information system", "AMOS (Swiss AviationSoftware)", ["common"]),
        ("Maintenance information system", "TRAX eMRO", ["common"]),
        ("Maintenance information system", "IFS Maintenix", ["context_specific"]),
        ("Maintenance information system", "Ramco Aviation", ["context_specific"]),
        ("Maintenance information system", "CAMP Systems", ["context_specific"]),
        ("Technical documentation", "AirN@v / Boeing Toolbox", ["common"]),
        ("Technical documentation", "Airbus AirnavX", ["context_specific"]),
        ("Technical documentation", "Boeing MyBoeingFleet", ["context_specific"]),
        ("Aircraft health monitoring", "Airbus Skywise", ["optional"]),
        ("Aircraft health monitoring", "Boeing AnalytX / AHM", ["optional"]),
        ("Electronic tech log", "Ultramain / eTechLog", ["context_specific"]),
        ("Spreadsheets", "Microsoft Excel", ["common"]),
        ("Reporting / BI", "Power BI", ["optional"]),
        ("Reporting / BI", "Tableau", ["optional"]),
        ("Scheduling", "Microsoft Project", ["optional"]),
        ("Scheduling", "Optimisation solvers (e.g., OR-Tools based add-ons)", ["context_specific"]),
        ("Parts and logistics", "SAP MM", ["context_specific"]),
        ("Parts and logistics", "ILS / PartsBase", ["optional"]),
        ("Collaboration", "Microsoft Teams", ["common"]),
        ("Collaboration", "SharePoint", ["common"]),
        ("Email and calendar", "Microsoft Outlook", ["common"]),
        ("Document control", "Q-Pulse", ["context_specific"]),
    ]


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "critical", "important", "important"),
        *("important", "important", "optional", "optional"),
        *("optional", "context_specific", "optional"),
        *("important", "important", "optional"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Heavy-check and slot optimisation"]["importance_levels"] == ["optional", "important"]
    # Bracketed parts belong to the name; the "(Critical)" marker does not.
    assert "Maintenance program interpretation (AMP / MPD)" in by_name
    assert "Deferred defect management (MEL / CDL)" in by_name
    assert not any("(Critical)" in name for name in by_name)


def test_soft_skills() -> None:
    skills = _fields()["soft_skills"]["skills"]
    assert [skill["name"] for skill in skills] == [
        "Attention to detail",
        "Composure under pressure",
        "Clear communication",
        "Negotiation and influence",
        "Ownership and follow-through",
        "Safety mindset",
        "Teamwork across shifts",
    ]


def test_experience_years_and_certifications() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    # "including at least 1 year of planning exposure" is no minimum of the range.
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("EASA Part-66 B1/B2", "optional"),
        ("FAA A&P licence", "optional"),
        ("Human factors and Part 145 procedures training", "common"),
        ("MIS vendor training", "context_specific"),
    ]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Licensed Aircraft Engineer",
        "Technical Records Officer",
        "Maintenance Controller",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Maintenance Planner",
        "Maintenance Planning Manager",
        "Continuing Airworthiness Manager",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Reliability Engineer",
        "Technical Services Engineer",
        "Lease Transition Manager",
    ]
    assert career["promotion_transition"]["path"] == ["Planner", "Senior Maintenance Planner"]
    assert [skill["text"].split(":")[0] for skill in career["promotion_skills"]] == [
        "Scope",
        "Judgement",
        "Influence",
        "Mentoring",
    ]
    assert len(career["evolution"]) == 3


@pytest.mark.parametrize(
    "noise",
    [
        "Pilot Gear Outlet",
        "Aviation Headsets for Every Cockpit",
        "FL350",
        "Browse Headsets",
        "Pass Your A&P Written the First Time",
        "Enroll in A&P Prep",
        "Get the Hangar Brief",
        "Your email address",
        "Share this article",
        "Notify of",
        "2 Comments",
        "Inline Feedbacks",
        "RotorDave_145",
        "saved us two C-check slots",
        "Privacy Policy",
        "All rights reserved",
        "Would love your thoughts",
        "2026",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in ("\u0e42", "€", "‰", "\u0e22", "\u0e11", "\u0e09", "\u00a0", "©", "&#", "&amp;", "**", "]("):
        assert not any(mark in text for text in strings), repr(mark)
    # The repaired characters are there.
    text = "\n".join(strings)
    for mark in ("–", "—", "“", "”", "’", "→", "≤", "≥", "±"):
        assert mark in text, mark
