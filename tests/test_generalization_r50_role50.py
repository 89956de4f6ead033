"""Round 50: the role's level from its own description, and the promotion a lead line names.

Pages (frozen as tests/unseen/<slug>.synthetic.*, keys in tests/unseen/answer_keys/): a cloud solutions architect
as WordPress HTML and an IT project coordinator in seed 004's compact text (round 50), with round 49's AI product
manager in crawler markdown. They showed:
- a title that names no level left the seniority unknown, though the page describes the role's own level: "is a
  senior technical role", "Scope is senior individual contributor", "is an early-career delivery role" (only
  "mid-level" was read from the summary);
- "Promotion to Principal Cloud Architect typically requires:", a lead line over the promotion skills (the
  sub-heading names no role), gave no promotion_transition.
The snippets are synthetic and worded otherwise than the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import unseen_document

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _document(title: str, summary: str, body: str = "") -> dict[str, Any]:
    """The document of a compact text page (seed 004's layout) titled ``title`` with the role summary ``summary``
    and the sections after the mission ``body``."""
    page = (
        f"{title}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
        f"1) Role Summary\n{summary}\n"
        "2) Role Mission\nCore mission: keep every widget shipment on time.\n"
        f"{body}"
    )
    (extraction,) = extract(page.encode("utf-8"), name="synthetic.txt")
    return extraction.document


def _page(name: str) -> dict[str, Any]:
    return unseen_document(name)


# --- synthetic: the level the summary gives the role itself --------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "level"),
    [
        ("The Widget Planner is a senior technical role that owns the widget plan.", "senior"),
        ("The Widget Planner is an early-career planning role supporting the leads.", "junior"),
        ("It is an entry-level position in the planning office.", "junior"),
        ("The Widget Planner is a staff-level individual contributor across three plants.", "staff"),
        ("The Widget Planner works as a principal-level IC for the whole group.", "principal"),
        ("The Widget Planner is a mid-career operations professional.", "mid"),
    ],
)
def test_synthetic_the_summary_names_the_roles_own_level(summary: str, level: str) -> None:
    assert _document("Widget Planner", summary)["role"]["seniority"] == level


def test_synthetic_the_responsibilities_intro_names_the_level() -> None:
    body = (
        "3) Core Responsibilities\n"
        "Responsibilities are grouped by type. Scope is senior individual contributor with design authority.\n"
        "Strategic responsibilities\n- Set the widget plan for the year.\n"
    )
    assert _document("Widget Planner", "The Widget Planner plans widgets.", body)["role"]["seniority"] == "senior"


@pytest.mark.parametrize(
    "summary",
    [
        # others' levels: the role is no subject of them
        "The Widget Planner works with senior leaders, reports to a senior manager and mentors junior staff.",
        # a choice of levels: no one level (a hyphenated range reads its upper end: test_generalization_r54_people54)
        "The Widget Planner is a senior or staff-level role, depending on scope.",
        # 'principal' alone is the main one, and a negation says what the role is not
        "The principal role of the Widget Planner is to keep the plan honest.",
        "It is not a senior role.",
    ],
)
def test_synthetic_others_levels_ranges_and_negations_decide_nothing(summary: str) -> None:
    assert _document("Widget Planner", summary)["role"]["seniority"] == "unknown"


def test_synthetic_the_titles_level_wins_over_the_summary() -> None:
    summary = "The Senior Widget Planner is an early-career planning role."
    assert _document("Senior Widget Planner", summary)["role"]["seniority"] == "senior"


# --- synthetic: the promotion a lead line names ---------------------------------------------------------------------

_CAREER = """15) Career Path and Progression
Common feeder roles into this role
- Widget Analyst → Widget Planner
- Logistics Coordinator → Widget Planner
Skills needed for promotion
{lead}
- Owns the plan for two plants.
- Trains new planners.
"""


def _promotion(lead: str, heading: str = "Skills needed for promotion") -> dict[str, Any]:
    body = _CAREER.format(lead=lead).replace("Skills needed for promotion", heading)
    career = _document("Widget Planner", "The Widget Planner plans widgets.", body)["fields"]["career_path"]
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Owns the plan for two plants.",
        "Trains new planners.",
    ]
    return career


def test_synthetic_a_lead_line_names_the_promotion() -> None:
    career = _promotion("Promotion to Principal Widget Planner typically requires:")
    assert career["promotion_transition"] == {
        "from_role": "Widget Planner",  # the feeder arrows' target
        "to_role": "Principal Widget Planner",
        "path": [],
    }
    assert career["promotion_notes"] == ["Promotion to Principal Widget Planner typically requires:"]


def test_synthetic_a_lead_lines_alternatives_are_kept() -> None:
    career = _promotion("Promotion to Senior Widget Planner or Planning Manager usually means:")
    assert career["promotion_transition"]["to_role"] == "Senior Widget Planner or Planning Manager"


def test_synthetic_a_lead_naming_no_role_and_a_heading_that_names_one() -> None:
    assert _promotion("Promotion to the next level requires:")["promotion_transition"] is None
    career = _promotion("Promotion to Principal Widget Planner requires:", "Skills needed for promotion to Widget Lead")
    assert career["promotion_transition"]["to_role"] == "Widget Lead"  # the sub-heading's, as before


# --- the pages -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("cloud-solutions-architect-wp-html.synthetic.html", "senior"),  # "a senior technical role"
        ("it-project-coordinator-seed004.synthetic.txt", "junior"),  # "an early-career delivery role"
        ("ai-product-manager-crawler-md.synthetic.md", "senior"),  # "Scope is a senior individual contributor ..."
    ],
)
def test_page_seniority_from_the_roles_own_description(name: str, level: str) -> None:
    assert _page(name)["role"]["seniority"] == level


def test_page_cloud_solutions_architect_promotion_transition() -> None:
    career = _page("cloud-solutions-architect-wp-html.synthetic.html")["fields"]["career_path"]
    assert career["promotion_transition"] == {
        "from_role": "Cloud Solutions Architect",
        "to_role": "Principal Cloud Architect",
        "path": [],
    }
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Portfolio-wide impact rather than single solutions.",
        "Authorship of standards adopted across the enterprise.",
        "Trusted advisor status with directors and the CIO.",
    ]
    assert career["promotion_notes"] == ["Promotion to Principal Cloud Architect typically requires:"]


def test_page_it_project_coordinator_promotion_from_its_heading() -> None:
    career = _page("it-project-coordinator-seed004.synthetic.txt")["fields"]["career_path"]
    assert career["promotion_transition"]["to_role"] == "IT Project Manager"
    assert len(career["promotion_skills"]) == 5


# --- earlier pages this reads anew (each checked against its summary or lead line) ----------------------------------


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("cloud-security-architect.synthetic.md", "senior"),  # "assume a senior individual contributor"
        ("data-product-manager-html-in-markdown.synthetic.md", "senior"),  # "Scope is a senior individual ..."
        ("hospital-pharmacist-dokuwiki.synthetic.txt", "senior"),  # "Scope is a senior individual contributor"
        ("hr-business-partner-elementor.synthetic.html", "mid"),  # "is a mid-career people professional"
        ("financial-controller-pdf-print.synthetic.txt", "unknown"),  # "the senior accounting leader": no role noun
    ],
)
def test_earlier_pages_seniority_from_the_roles_own_description(name: str, level: str) -> None:
    assert _page(name)["role"]["seniority"] == level


@pytest.mark.parametrize(
    ("name", "transition"),
    [
        ("tax-manager-rest-edit.synthetic.json", ("Tax Manager", "Senior Tax Manager or Tax Director")),
        (
            "insurance-claims-manager-org.synthetic.txt",
            ("Insurance Claims Manager", "Senior Claims Manager or Claims Director"),
        ),
        (
            "network-security-engineer-lynx.synthetic.txt",
            ("Network Security Engineer", "Senior"),
        ),  # "Promotion to Senior"
    ],
)
def test_earlier_pages_promotion_from_the_lead_line(name: str, transition: tuple[str, str]) -> None:
    promotion = _page(name)["fields"]["career_path"]["promotion_transition"]
    assert (promotion["from_role"], promotion["to_role"]) == transition
