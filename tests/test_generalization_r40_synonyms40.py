"""Round 40: a later revision of the site template rewords its sections and sub-headings.

The page logistics-manager-heading-synonyms (frozen as tests/unseen/<slug>.synthetic.txt, key in
tests/unseen/answer_keys/) found all 20 sections by their numbers, but none of its reworded sub-headings:

1. the lost-border hiring scorecard "Dimension Meets the bar Exceeds the bar" was no known header: its lines
   went to rubric_notes;
2. career "Roles that lead into this one", "Adjacent moves", "What it takes to get promoted (A → B)";
3. hiring "What to evaluate";
4. responsibility groups named by their area of work ("Strategy and network planning", "Day-to-day
   operations", "Systems, data, and process improvement"), the last one, its commas read as a sentence's,
   taken for the intro and its items put under the group above;
5. skill tiers "Core skills (must have)", "Helpful skills (nice to have)";
8. environments "Facilities and footprint", "Systems landscape", "Safety and compliance environment".

The snippets are synthetic and worded otherwise than the page where a synonym allows, so that the vocabulary,
not the page's strings, is what is tested.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "logistics-manager-heading-synonyms.synthetic.txt"

_HEAD = (
    "Test Planner: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Overview\n\nThe Test Planner keeps the regional plan honest for every site.\n\n"
    "2) Purpose and Mission\n\nCore mission:\nMove goods reliably at a sustainable cost.\n\n"
)


def _text_fields(body: str) -> dict[str, Any]:
    """The typed fields of a blank-line text page (seed 000's layout): title, sections 1 and 2, then ``body``."""
    (extraction,) = extract((_HEAD + body).encode("utf-8"), name="synthetic.txt")
    return extraction.document["fields"]


_RESPONSIBILITIES = """3) Key Responsibilities

Responsibilities are grouped by area of work.

Strategy and planning

  1. Shape the regional plan
    – Translate strategy into a two-year plan.
  2. Own the budget
    – Prepare the annual budget and re-forecasts.

Daily operations

  1. Run the sites
    – Oversee receiving, picking, and dispatch.

Systems and data

  1. Own the KPI dashboards
    – Keep the numbers trusted by Finance.

People, culture, and hiring

  1. Hire the site leads
    – Interview and select supervisors.
  2. Coach supervisors
    – Run monthly coaching sessions.

4) A Day in the Life

Every day

  • Review the overnight dashboard.
"""


def test_synthetic_responsibility_groups_named_by_their_area_of_work() -> None:
    items = _text_fields(_RESPONSIBILITIES)["responsibilities"]["items"]
    assert [(i["category"], i["category_heading"], i["title"]) for i in items[:4]] == [
        ("strategic", "Strategy and planning", "Shape the regional plan"),
        ("strategic", "Strategy and planning", "Own the budget"),
        ("operational", "Daily operations", "Run the sites"),
        ("technical", "Systems and data", "Own the KPI dashboards"),
    ]


def test_synthetic_a_group_heading_with_commas_opens_its_group_not_the_intro() -> None:
    responsibilities = _text_fields(_RESPONSIBILITIES)["responsibilities"]
    assert responsibilities["intro"] == ["Responsibilities are grouped by area of work."]
    people = [i for i in responsibilities["items"] if i["category_heading"] == "People, culture, and hiring"]
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in people] == [
        ("other", 1, "Hire the site leads", "Interview and select supervisors."),
        ("other", 2, "Coach supervisors", "Run monthly coaching sessions."),
    ]
    assert len(responsibilities["items"]) == 6


_CAREER = """15) Career Progression

Roles that lead into this role

  • Site Operations Manager → Test Planner
  • Transport Supervisor → Test Planner

Where the role leads next

  • Director of Planning

Adjacent opportunities

  • Procurement Category Manager
  • Network Design Manager

What it takes to move up (Test Planner → Director of Planning)

  1. Scope: strong results across several sites.
  2. Financial leadership: owning larger budgets.

16) Common Pitfalls and Risks

Bottlenecks

  • Dock door capacity during peak.
"""


def test_synthetic_career_routes_in_across_and_up_by_their_reworded_headings() -> None:
    career = _text_fields(_CAREER)["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == ["Site Operations Manager", "Transport Supervisor"]
    assert [r["name"] for r in career["adjacent_paths"]] == ["Procurement Category Manager", "Network Design Manager"]
    assert [r["name"] for r in career["next_roles"]] == ["Director of Planning"]
    assert [s["name"] for s in career["promotion_skills"]] == ["Scope", "Financial leadership"]
    assert career["promotion_transition"]["from_role"] == "Test Planner"
    assert career["promotion_transition"]["to_role"] == "Director of Planning"
    assert career["other"] == []


_HIRING = """19) Interview and Hiring Guide

Areas to evaluate

  1. Operational depth – Warehouse flow and capacity planning.
  2. Leadership – Leading through site managers.

Interview scorecard

Dimension Meets the bar Exceeds the bar
Operations depth Runs warehouse processes competently Redesigns flows across sites
People leadership Manages supervisors effectively Builds strong leaders and a succession bench

20) Role Scorecard at a Glance

Item Summary
Role title Test Planner
"""


def test_synthetic_what_to_evaluate_is_what_to_assess() -> None:
    hiring = _text_fields(_HIRING)["hiring"]
    assert [a["dimension"] for a in hiring["what_to_assess"]] == ["Operational depth", "Leadership"]
    assert hiring["other"] == []


def test_synthetic_a_lost_border_scorecard_with_meets_the_bar_columns_is_a_table() -> None:
    scorecard = _text_fields(_HIRING)["hiring"]["scorecard"]
    assert scorecard["header"] == ["Dimension", "Meets the bar", "Exceeds the bar"]
    assert [(r["dimension"], r["meets"], r["exceeds"]) for r in scorecard["rows"]] == [
        ("Operations depth", "Runs warehouse processes competently", "Redesigns flows across sites"),
        ("People leadership", "Manages supervisors effectively", "Builds strong leaders and a succession bench"),
    ]
    assert scorecard["rubric_notes"] == []


_SKILLS_AND_STACK = """8) Technical and Functional Skills

Core technical skills

  1. Transportation management (Critical)
    – Use: mode selection and carrier management.

Helpful skills

  1. Lean methods (Important)
    – Use: value stream mapping.

9) Behavioral Competencies

  1. Ownership
    – Why it matters: failures sit between functions.

11) Operating Environment

Facilities

  • Regional distribution centers and cross-docks.

Application landscape

  • ERP as the system of record.

Security and compliance

  • Site safety management system with audits.

12) Key Stakeholders

Internal stakeholders

  • Finance
"""


def test_synthetic_core_and_helpful_skill_tiers() -> None:
    skills = _text_fields(_SKILLS_AND_STACK)["technical_skills"]["skills"]
    assert [(s["tier"], s["name"]) for s in skills] == [
        ("must_have", "Transportation management"),
        ("good_to_have", "Lean methods"),
    ]


def test_synthetic_environments_named_by_facilities_systems_and_compliance() -> None:
    environments = _text_fields(_SKILLS_AND_STACK)["tech_stack"]["environments"]
    assert [(e["key"], e["name"]) for e in environments] == [
        ("infrastructure", "Facilities"),
        ("application", "Application landscape"),
        ("security", "Security and compliance"),
    ]


def test_synthetic_unnumbered_markdown_sections_of_the_later_template_are_known() -> None:
    titles = [
        "Role Overview", "Purpose and Mission", "Key Responsibilities", "Technical and Functional Skills",
        "Tools and Systems", "Key Stakeholders", "Authority and Decision Rights",
        "Experience, Education, and Certifications", "Common Pitfalls and Risks", "How the Role Varies",
        "Impact of AI and Automation", "Interview and Hiring Guide", "Role Scorecard at a Glance",
    ]  # fmt: skip
    page = "# Test Planner: Role Blueprint\n\n" + "".join(f"## {t}\n\n- An item under {t}.\n\n" for t in titles)
    (extraction,) = extract(page.encode("utf-8"), name="synthetic.md")
    assert [s["id"] for s in extraction.document["sections"]] == [
        "role_summary", "role_mission", "responsibilities", "technical_skills", "tools", "stakeholders",
        "decision_rights", "experience", "risks", "role_variants", "ai_impact", "hiring", "scorecard",
    ]  # fmt: skip


# --- the page itself -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE, name=PAGE)
    return extraction.document


def test_page_all_twenty_sections_and_full_coverage(page: dict[str, Any]) -> None:
    assert len([s for s in page["sections"] if s["id"] != "other"]) == 20
    assert page["quality"]["coverage"] == 1.0


def test_page_hiring_scorecard_has_its_seven_dimensions(page: dict[str, Any]) -> None:
    scorecard = page["fields"]["hiring"]["scorecard"]
    assert [r["dimension"] for r in scorecard["rows"]] == [
        "Operations depth", "Financial management", "People leadership", "Problem solving",
        "Commercial and negotiation", "Safety and compliance", "Communication",
    ]  # fmt: skip
    assert scorecard["rows"][0]["meets"] == (
        "Runs warehouse and transport processes competently; diagnoses obvious bottlenecks"
    )
    assert scorecard["rows"][-1]["exceeds"] == "Influences executives and partners; trusted voice in crises"
    assert scorecard["rubric_notes"] == ["Use one rubric across the panel."]


def test_page_career_feeder_adjacent_and_promotion(page: dict[str, Any]) -> None:
    career = page["fields"]["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Distribution Center Manager", "Transportation Manager", "3PL Operations Manager",
        "Supply Chain Operations Manager",
    ]  # fmt: skip
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Network Planning and Design Manager", "Procurement Category Manager, Logistics",
        "Customer Fulfillment / Service Operations Manager", "Supply Chain Transformation Lead",
    ]  # fmt: skip
    assert len(career["next_roles"]) == 3
    assert [s["name"] for s in career["promotion_skills"]] == [
        "Scope", "Strategy", "Financial leadership", "Leadership bench"
    ]  # fmt: skip
    transition = career["promotion_transition"]
    assert (transition["from_role"], transition["to_role"]) == ("Regional Logistics Manager", "Director of Logistics")
    assert career["other"] == []


def test_page_hiring_what_to_assess(page: dict[str, Any]) -> None:
    hiring = page["fields"]["hiring"]
    assert [a["dimension"] for a in hiring["what_to_assess"]] == [
        "Operational depth", "Financial management", "Leadership", "Problem solving", "Commercial skills",
        "Safety and compliance", "Communication",
    ]  # fmt: skip
    assert hiring["other"] == []


def test_page_responsibilities_in_six_categories(page: dict[str, Any]) -> None:
    responsibilities = page["fields"]["responsibilities"]
    items = responsibilities["items"]
    assert Counter(i["category"] for i in items) == {
        "strategic": 5, "operational": 5, "technical": 4, "cross_functional": 3, "governance": 3, "leadership": 3
    }  # fmt: skip
    technical = [i for i in items if i["category"] == "technical"]
    assert {i["category_heading"] for i in technical} == {"Systems, data, and process improvement"}
    assert [i["title"] for i in technical] == [
        "Own regional logistics data and reporting", "Lead WMS/TMS configuration and adoption",
        "Run continuous improvement programs", "Evaluate automation and technology",
    ]  # fmt: skip
    assert len(responsibilities["intro"]) == 1
    assert "Systems, data, and process improvement" not in responsibilities["intro"]


def test_page_technical_skill_tiers(page: dict[str, Any]) -> None:
    skills = page["fields"]["technical_skills"]["skills"]
    assert Counter(s["tier"] for s in skills) == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    assert [s["name"] for s in skills if s["tier"] == "good_to_have"][0] == "Lean and Six Sigma methods"


def test_page_environments_all_keyed(page: dict[str, Any]) -> None:
    environments = page["fields"]["tech_stack"]["environments"]
    assert [e["key"] for e in environments] == [
        "infrastructure", "application", "data", "security", "delivery_model", "scale", "team_topology"
    ]  # fmt: skip
    assert [len(e["items"]) for e in environments[:4]] == [3, 3, 2, 3]


def test_page_noise_stays_out(page: dict[str, Any]) -> None:
    strings = all_strings(page["fields"])
    for noise in ("Orthodontic", "Physiotherapy", "Notify of", "Marco Villanueva", "ScmGalaxy", "SHIPSMART20",
                  "Related Blueprints", "555-0148", "Skip to content"):  # fmt: skip
        assert not any(noise in text for text in strings), noise


def test_page_kpi_what_it_tracks_column_is_what_it_measures(page: dict[str, Any]) -> None:
    rows = page["fields"]["kpis"]["rows"]
    assert len(rows) == 17
    assert all(row["what_it_measures"] and not row["other_cells"] for row in rows)
    otif = next(row for row in rows if row["name"].startswith("On-time in-full"))
    assert otif["what_it_measures"].startswith("% of orders delivered complete and within the promised window")
