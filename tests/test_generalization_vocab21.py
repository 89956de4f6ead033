"""UK HR wording of sub-headings, table columns, scorecard rows and mission labels.

These are synthetic snippets modelled on unseen pages of the family (round 21): a UK careers site republishing a
blueprint in British English, its sub-headings re-titled in standard UK HR wording ("Essential skills" /
"Desirable skills" from the person-specification convention, "... duties", "Six months", "Professional
qualifications", "Needs SRO or HM Treasury approval").
"""

from __future__ import annotations

import pytest
from snippets import html_fields

from pipeline import extract
from pipeline.parsers.scorecard import match_label
from pipeline.parsers.tools import column_roles
from pipeline.sections import subheading_key


@pytest.mark.parametrize(
    ("section", "heading", "key"),
    [
        ("responsibilities", "Stakeholder and partnership duties", "cross_functional"),
        ("responsibilities", "Strategic duties", "strategic"),
        ("responsibilities", "Governance and assurance duties", "governance"),
        ("responsibilities", "People leadership", "leadership"),
        ("technical_skills", "Essential skills", "must_have"),
        ("technical_skills", "Desirable skills", "good_to_have"),
        ("technical_skills", "Specialist skills", "advanced"),
        ("technical_skills", "Skills for the future", "emerging"),
        ("goals", "Six months", "month_6"),
        ("goals", "Twelve months", "month_12"),
        ("goals", "Longer-term goals", "long_term"),
        ("goals", "What success looks like", "success_definition"),
        ("goals", "Signs of high performance", "high_performance"),
        ("stakeholders", "Who the programme depends on", "upstream"),
        ("stakeholders", "Who depends on the programme", "downstream"),
        ("stakeholders", "Escalation routes", "escalation_points"),
        ("experience", "Professional qualifications", "certifications"),
        ("experience", "Typical previous roles", "prior_roles"),
        ("career_path", "Roads into the role", "feeder"),
        ("career_path", "Where the role leads", "next"),
        ("career_path", "Sideways moves", "adjacent"),
        ("career_path", "What it takes to step up", "promotion"),
        ("career_path", "How the role changes over time", "evolution"),
        ("risks", "Why post holders underperform", "underperformance"),
        ("risks", "What happens if the role fails", "business_risks"),
        ("ai_impact", "What can be automated", "automatable"),
        ("ai_impact", "What stays with people", "human_critical"),
        ("ai_impact", "How the role will change in 2–5 years", "changes"),
        ("day_to_day", "Every day", "daily"),
        ("day_to_day", "Standing meetings and rituals", "recurring_rituals"),
        ("hiring", "What to look for at interview", "assess"),
        # The seeds' wording keeps its keys.
        ("technical_skills", "Must-have technical skills", "must_have"),
        ("goals", "6-month goals", "month_6"),
        ("stakeholders", "Escalation points", "escalation_points"),
        ("ai_impact", "How AI changes the role", "changes"),
        # Words of one section name nothing in another.
        ("responsibilities", "Essential skills", None),
        ("goals", "Every day", None),
    ],
)
def test_uk_hr_subheadings_have_their_keys(section: str, heading: str, key: str | None) -> None:
    assert subheading_key(section, heading) == key


def _decision_headings(*headings: str) -> dict[str, str | None]:
    body = "<h2>13) Decision Rights and Scope of Authority</h2>" + "".join(
        f"<h3>{heading}</h3><ul><li>Decision {k}.</li></ul>" for k, heading in enumerate(headings)
    )
    rights = html_fields(body)["decision_rights"]
    tiers = ("independent", "team_approval", "manager_approval", "executive_approval")
    return {tier: (rights[tier] or {}).get("heading") for tier in tiers} | {
        "other": [o["heading"] for o in rights["other"]]
    }


def test_a_programme_board_is_the_team_tier_below_the_sro_and_hm_treasury() -> None:
    board, sro = "Needs programme board agreement", "Needs SRO, investment committee or HM Treasury approval"
    assert _decision_headings("Decides alone", board, sro) == {
        "independent": "Decides alone",
        "team_approval": board,
        "manager_approval": sro,
        "executive_approval": None,
        "other": [],
    }


def test_a_treasury_manager_is_no_hm_treasury() -> None:
    # "HM Treasury" names the executive level, a treasury manager stays a manager below the Treasurer.
    low, high = "Requires Treasury Manager approval", "Requires Treasurer or CFO approval"
    assert _decision_headings(low, high) == {
        "independent": None,
        "team_approval": None,
        "manager_approval": low,
        "executive_approval": high,
        "other": [],
    }


def test_uk_kpi_columns_why_it_is_tracked_and_reporting_frequency() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        "<table><tr><th>KPI</th><th>Definition</th><th>Why it is tracked</th><th>Typical target</th>"
        "<th>Reporting frequency</th></tr>"
        "<tr><td>Budget variance</td><td>Spend against budget</td><td>Treasury controls</td><td>Within 5%</td>"
        "<td>Monthly</td></tr></table>"
    )
    (row,) = html_fields(body)["kpis"]["rows"]
    assert (row["what_it_measures"], row["why_it_matters"], row["target"], row["frequency"], row["other_cells"]) == (
        "Spend against budget",
        "Treasury controls",
        "Within 5%",
        "Monthly",
        [],
    )


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (["Tool or platform", "Category", "How it is used", "Prevalence"], ["tool", "category", "primary_use", "prevalence"]),
        (["Tool", "How used", "Category"], ["tool", "primary_use", "category"]),
        # "Used by" names who, not what for: no primary use.
        (["Tool", "Category", "Used by", "Prevalence"], ["tool", "category", None, "prevalence"]),
    ],
)
def test_tools_how_it_is_used_column_is_the_primary_use(header: list[str], roles: list[str | None]) -> None:
    assert column_roles(header) == roles


def test_tools_table_with_how_it_is_used() -> None:
    body = (
        "<h2>10) Tools, Platforms, and Software</h2>"
        "<table><tr><th>Tool or platform</th><th>Category</th><th>How it is used</th><th>Prevalence</th></tr>"
        "<tr><td>Power BI</td><td>Reporting</td><td>Programme dashboards</td><td>Common</td></tr></table>"
    )
    (row,) = html_fields(body)["tools"]["rows"]
    assert (row["primary_use"], row["extra_cells"]) == ("Programme dashboards", [])


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Top behavioural competencies", "top_soft_skills"),
        ("Top 6 behaviours", "top_soft_skills"),
        ("Key behaviors", "top_soft_skills"),
        ("Top technical skills", "top_technical_skills"),
        ("Top competencies", None),  # technical or behavioural: the label does not say
    ],
)
def test_behavioural_competencies_are_the_top_soft_skills(label: str, field: str | None) -> None:
    found, _end = match_label(label)
    assert (found.value if found else None) == field


def test_final_scorecard_top_behavioural_competencies_row() -> None:
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        "<table><tr><th>Item</th><th>Summary</th></tr>"
        "<tr><td>Role title</td><td>Programme Manager</td></tr>"
        "<tr><td>Top behavioural competencies</td><td>Seeing the big picture; Delivering at pace</td></tr></table>"
    )
    assert html_fields(body)["scorecard"]["top_soft_skills"] == ["Seeing the big picture", "Delivering at pace"]


def _mission(paragraphs: str) -> dict:
    page = (
        "<h1>Programme Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        "<h2>1) Role Summary</h2><p>The Programme Manager leads a portfolio of related projects.</p>"
        f"<h2>2) Role Mission</h2>{paragraphs}"
        "<h2>3) Key Responsibilities</h2><ul><li>Run programme planning.</li></ul>"
    )
    (extraction,) = extract(page.encode(), name="snippet.html")
    return extraction.document["fields"]["role_mission"]


def test_why_the_role_matters_label_opens_the_strategic_importance() -> None:
    mission = _mission(
        "<p><strong>Core mission:</strong> Deliver a coherent programme of digital change.</p>"
        "<p>Why the role matters to the organisation: &#8211; Spending is scrutinised &#8211; Citizens judge the"
        " department by its services</p>"
    )
    assert (mission["core_mission"], mission["strategic_importance"], mission["unparsed"]) == (
        "Deliver a coherent programme of digital change.",
        ["Spending is scrutinised", "Citizens judge the department by its services"],
        [],
    )


def test_why_this_role_matters_subheading_is_the_strategic_importance() -> None:
    mission = _mission(
        "<p>Keep delivery on track.</p><h3>Why this role matters</h3><ul><li>Public money is at stake.</li></ul>"
    )
    assert (mission["core_mission"], mission["strategic_importance"]) == (
        "Keep delivery on track.",
        ["Public money is at stake."],
    )


@pytest.mark.parametrize(
    ("heading", "key"),
    [("Team shape", "team_topology"), ("Team structure", "team_topology"), ("Team topology", "team_topology")],
)
def test_team_shape_is_the_team_topology(heading: str, key: str) -> None:
    assert subheading_key("tech_stack", heading) == key
