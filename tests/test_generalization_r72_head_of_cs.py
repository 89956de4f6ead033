"""Round 72 unseen page: a head of customer support, crawler markdown (director level) with mojibake dashes, quotes
and arrows, ads, related posts and a comment widget around the article.

Three fields came out wrong. An escalation item naming two targets, each with what goes to it ("Escalates to the
VP Customer Experience for budget changes, to the CTO for unresolved P1 defects"), kept the whole sentence as both
trigger and action. "Erlang-based staffing" (the queueing formula of workforce planning) was read as the Erlang
language in the skill's tools. And the career evolution's chain of roles closed by a comma's clause ("Director of
Support → Head of Customer Support → VP Customer Experience, with the scope moving ...") lost its transition.

Snippets below are synthetic; the page is frozen as tests/unseen/head-of-customer-support.synthetic.md with its key
in tests/unseen/answer_keys/head-of-customer-support.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import escalation_points
from tests.snippets import all_strings, html_fields, unseen_document, use_line_skill_tools

_PAGE = "head-of-customer-support.synthetic.md"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: "Escalate to X for Y, to Z for W" ----------------------------------------------------------------


def _points(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(point.trigger, point.action, point.escalate_to) for point in escalation_points(text)]


def test_synthetic_each_to_whom_for_what_clause_is_a_point() -> None:
    assert _points("Escalates to the Finance Director for spend overruns, to the CISO for suspected breaches.") == [
        ("spend overruns", "Escalates to the Finance Director", ["the Finance Director"]),
        ("suspected breaches", "Escalates to the CISO", ["the CISO"]),
    ]


def test_synthetic_an_and_before_the_last_clause_is_a_point_too() -> None:
    points = escalation_points(
        "Escalate to the Plant Manager for line stoppages, to the Quality Lead for batch holds, and to Legal for "
        "customer claims."
    )
    assert [(point.trigger, point.escalate_to) for point in points] == [
        ("line stoppages", ["the Plant Manager"]),
        ("batch holds", ["the Quality Lead"]),
        ("customer claims", ["Legal"]),
    ]
    assert points[1].text == "to the Quality Lead for batch holds"  # the clause as on the page


def test_synthetic_one_clause_naming_two_targets_keeps_its_text() -> None:
    (point,) = escalation_points("Escalate to the Site Manager and HSE for incidents.")
    assert (point.trigger, point.action, point.escalate_to) == (
        "incidents",
        "Escalate to the Site Manager and HSE",
        ["the Site Manager", "HSE"],
    )
    assert point.text == "Escalate to the Site Manager and HSE for incidents."


@pytest.mark.parametrize(
    "text",
    [
        "Schedule slip over two weeks → escalate to the sponsor for a re-plan decision.",  # an arrow's action
        "Escalate to the Delivery Manager when an impediment blocks the team for two days.",  # a condition
    ],
)
def test_synthetic_other_escalation_forms_are_one_point(text: str) -> None:
    assert len(escalation_points(text)) == 1


# --- synthetic: "Erlang-based staffing" names the formula ----------------------------------------------------------


def test_synthetic_erlang_staffing_names_no_language() -> None:
    tools = use_line_skill_tools(
        ("Capacity planning (Critical)", "Erlang-style staffing calculations and shrinkage in Excel."),
        ("Workforce planning (Important)", "forecasting, Erlang-based staffing and intraday management."),
    )
    assert tools == {"Capacity planning": ["Excel"], "Workforce planning": []}


def test_synthetic_erlang_the_tools_table_lists_is_a_tool() -> None:
    tools = use_line_skill_tools(
        ("Backend services (Important)", "telecom switching services in Erlang."), table=("Erlang",)
    )
    assert tools == {"Backend services": ["Erlang"]}


# --- synthetic: a chain of roles closed by a comma's clause ---------------------------------------------------------


def test_synthetic_chain_closed_by_a_clause_is_a_transition() -> None:
    body = (
        "<h2>15) Career Path and Progression</h2><h3>How the role evolves over time</h3><ul>"
        "<li>Team Lead → Support Manager → Director of Support, with the focus moving from queues to budgets.</li>"
        "</ul>"
    )
    (stage,) = html_fields(body)["career_path"]["evolution"]
    assert stage["transition"]["path"] == ["Team Lead", "Support Manager", "Director of Support"]
    assert stage["description"] == "with the focus moving from queues to budgets"
    assert stage["period"] is None


def test_synthetic_a_role_with_its_team_after_a_comma_stays_whole() -> None:
    body = (
        "<h2>15) Career Path and Progression</h2><h3>How the role evolves over time</h3><ul>"
        "<li>Support Lead → Support Manager → Senior Manager, Support Operations.</li></ul>"
    )
    (stage,) = html_fields(body)["career_path"]["evolution"]
    assert stage["transition"]["to_role"] == "Senior Manager, Support Operations"
    assert stage["description"] is None


# --- the page: the fixed fields --------------------------------------------------------------------------------------


def test_escalation_points_one_per_target_and_trigger() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(point["trigger"], point["action"], point["escalate_to"]) for point in points] == [
        ("budget changes", "Escalates to the VP Customer Experience", ["the VP Customer Experience"]),
        ("unresolved P1 defects", "Escalates to the CTO", ["the CTO"]),
    ]


def test_erlang_staffing_is_no_tool() -> None:
    skills = {skill["name"]: skill for skill in _fields()["technical_skills"]["skills"]}
    assert skills["Workforce management and capacity planning"]["tools"] == []
    assert "Erlang" in skills["Workforce management and capacity planning"]["use"]


def test_evolution_chain_has_its_transition() -> None:
    (stage,) = _fields()["career_path"]["evolution"]
    assert stage["transition"]["path"] == ["Director of Support", "Head of Customer Support", "VP Customer Experience"]
    assert stage["text"].startswith("Director of Support → Head of Customer Support → VP Customer Experience, with")
    assert stage["description"] == "with the scope moving from cost efficiency to retention and revenue ownership"


# --- the page: the key's main fields ---------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Head of Customer Support"
    assert document["missing_sections"] == []
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [4, 5, 3, 3]
    assert [categories.count(c) for c in ("governance", "leadership")] == [2, 2]
    assert len(categories) == 19
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [4, 4, 5, 4, 3]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 2, 3, 3, 2]
    assert len(fields["deliverables"]["items"]) == 11
    assert len(fields["tech_stack"]["environments"]) == 8
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 2, 3, 2, 2]
    stakeholders = fields["stakeholders"]
    # Downstream: the key's one line "Customer Success, Product, Finance" is three dependencies.
    keys = ("internal", "external", "peer_roles", "upstream", "downstream")
    assert [len(stakeholders[key]) for key in keys] == [7, 3, 4, 2, 3]
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["role_variants"]["dimensions"]) == 6
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [5, 2, 2, 2, 2]
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("First response time (P1)", "≤ 15 minutes, 24/7", "Weekly"),
        ("SLA attainment", "≥ 95% across all paid tiers", "Weekly"),
        ("Customer satisfaction (CSAT)", "≥ 92% positive", "Weekly"),
        ("Customer Effort Score (CES)", "≤ 2.0 on a 1–5 scale", "Monthly"),
        ("Net revenue retention influence", "< 5% of churned ARR", "Quarterly"),
        ("Cost per resolved ticket", "$18–$25 blended; down 15% YoY", "Monthly"),
        ("Support cost as % of revenue", "6–8% of revenue", "Quarterly"),
        ("Self-service deflection rate", "≥ 35%", "Monthly"),
        ("Backlog age", "< 5% of open backlog", "Daily"),
        ("QA score", "≥ 90% for in-house and BPO", "Monthly"),
        ("BPO SLA compliance", "≥ 97% of contracted KPIs met", "Monthly"),
        ("Agent attrition", "< 20% annualised", "Quarterly"),
        ("Escalation rate to Engineering", "< 4% of tickets", "Monthly"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 25
    assert (rows[0]["category"], rows[0]["tool_text"], rows[0]["prevalence_levels"]) == (
        "Ticketing",
        "Zendesk",
        ["common"],
    )
    assert (rows[3]["tool_text"], rows[3]["prevalence_levels"]) == ("ServiceNow CSM", ["context_specific"])
    assert (rows[9]["tool_text"], rows[9]["prevalence_levels"]) == ("Document360", ["optional"])
    assert (rows[10]["tools"][0]["name"], rows[10]["tools"][0]["variants"]) == ("Klaus", ["Zendesk QA"])
    assert (rows[24]["category"], rows[24]["tool_text"], rows[24]["prevalence_levels"]) == (
        "Survey",
        "Delighted",
        ["optional"],
    )


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "important", "important", "critical"),
        *("important", "important", "optional", "important"),
        *("important", "context_specific", "optional"),
        *("important", "optional", "context_specific"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Multi-region, follow-the-sun operating models"]["importance_levels"] == ["optional", "important"]
    assert not any("(" in name for name in by_name)


def test_experience_years_certifications_and_backgrounds() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (10.0, 15.0, True)
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("HDI Support Center Director", "optional"),
        ("KCS v6 Practices", "optional"),
        ("ITIL 4 Foundation", "context_specific"),
    ]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Director of Support",
        "Senior Support Manager",
        "Contact Centre Operations Manager",
        "Customer Success Director",
    ]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Director of Customer Support",
        "Senior Manager, Support Operations",
        "Director of Customer Success",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "VP of Customer Support",
        "VP of Customer Experience",
        "Chief Customer Officer",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Head of Customer Success",
        "Head of Business Operations",
        "Head of Professional Services",
    ]
    assert len(career["promotion_skills"]) == 3


@pytest.mark.parametrize(
    "noise",
    [
        "Skip to content",
        "Rajesh Kumar",
        "11 min read",
        "Plan Your Dream Wedding Abroad",
        "Browse Wedding Venues",
        "Get My Solar Quote",
        "ads.example.net",
        "Related Posts",
        "VP of Customer Experience: Role Blueprint",
        "(2,431)",
        "Notify of",
        "Inline Feedbacks",
        "View all comments",
        "Would love your thoughts",
        "Privacy Policy",
        "555-0199",
        "wp-content/uploads",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in ("\u0e42", "â€", "&#", "&amp;", "**", "](", "!["):
        assert not any(mark in text for text in strings), mark
