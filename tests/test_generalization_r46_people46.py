"""Round 46: the people of four unseen pages (roles, teams, ranks, certifications), outside tech.

Four pages (frozen as tests/unseen/<slug>.synthetic.*, keys in tests/unseen/answer_keys/): a school principal in
seed 000's plain text, an electrical foreman in seed 004's compact text, a product designer in WordPress Gutenberg
HTML and a bank branch manager as a WP REST post. They showed:
- "School Principal" read as the IC rank principal: a school's principal heads the school;
- "Department Chair" and "Lead Journeyman / Lead Hand" in a prior-role list went to the notes (no role noun);
- "SIE / Series 6 or 7" became "SIE / Series 6" and "SIE / Series 7"; "IAAP CPACC or WAS accessibility
  certification" gave WAS no vendor;
- "iOS, Android and React Native engineers" and "Drywall and Ceiling foremen" were cut into a bare modifier and
  the rest ("iOS", "Drywall");
- a promotion named by its target alone ("promotion to General Foreman") had no from_role, though the feeder
  arrows name the page's own role;
- the final scorecard's "long-term path to Field Operations Manager" was a role name, lead words and all.
The snippets are synthetic and worded otherwise than the pages.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.header import seniority_of

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _text_document(title: str, body: str) -> dict[str, Any]:
    """The document of a compact text page (seed 004's layout) titled ``title``, whose sections after the first
    two are ``body``."""
    head = (
        f"{title}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
        f"1) Role Summary\nThe {title} keeps the site running for every crew.\n"
        "2) Role Mission\nCore mission: deliver the work safely and on time.\n"
    )
    (extraction,) = extract((head + body).encode("utf-8"), name="synthetic.txt")
    return extraction.document


@cache
def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document


# --- synthetic: a school's principal heads it, the IC rank is the bare word ---------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Elementary School Principal", "head"),
        ("High School Principal", "head"),
        ("Principal Investigator", "head"),
        ("Assistant Principal", "director"),
        ("Vice Principal", "director"),
        ("Principal Data Engineer", "principal"),
        ("Principal Coach", "principal"),
    ],
)
def test_synthetic_a_school_principal_is_head_level_not_the_ic_rank(title: str, level: str) -> None:
    assert seniority_of(title) == level


def test_synthetic_a_school_principal_page_reads_head() -> None:
    assert _text_document("Middle School Principal", "")["role"]["seniority"] == "head"


# --- synthetic: every member of a prior-role list that is a role ---------------------------------------------------

EXPERIENCE = """14) Required Experience and Qualifications
Certifications
- SIE / Series 63 or 65 (Optional; for licensed referral programs)
- PMI PMP or CAPM project certification (Optional)
Prior role backgrounds commonly seen
- Reading Specialist, Grade-level Team Lead, Department Chair, Literacy Coach
- Journeyman Plumber, Lead Journeyman / Lead Hand
"""


def test_synthetic_a_chair_and_a_lead_hand_are_prior_roles() -> None:
    experience = _text_document("Site Supervisor", EXPERIENCE)["fields"]["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Reading Specialist",
        "Grade-level Team Lead",
        "Department Chair",
        "Literacy Coach",
        "Journeyman Plumber",
        "Lead Journeyman / Lead Hand",
    ]
    assert experience["prior_role_notes"] == []


def test_synthetic_slashed_exams_before_graded_alternatives_each_stand_alone() -> None:
    certifications = _text_document("Site Supervisor", EXPERIENCE)["fields"]["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [
        ("SIE", "optional"),
        ("Series 63", "optional"),
        ("Series 65", "optional"),
        ("PMI PMP project certification", "optional"),
        ("PMI CAPM project certification", "optional"),
    ]


# --- synthetic: modifiers that share a head stay one team -----------------------------------------------------------


def test_synthetic_modifiers_sharing_a_head_are_never_a_team_alone() -> None:
    body = (
        "Typical interaction surface – Build: Web, Desktop and Embedded developers, QA, Release Managers – "
        "Site: General Contractor, Framing and Roofing foremen – Office: Payroll, Dispatch\n"
    )
    head = (
        "Crew Supervisor: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
        f"1) Role Summary\nThe Crew Supervisor keeps the site running.\n{body}"
        "2) Role Mission\nCore mission: deliver the work safely and on time.\n"
    )
    (extraction,) = extract(head.encode("utf-8"), name="synthetic.txt")
    groups = extraction.document["fields"]["role_summary"]["interaction"]["groups"]
    assert [(g["area"], g["teams"]) for g in groups] == [
        ("Build", ["Web, Desktop and Embedded developers", "QA", "Release Managers"]),
        ("Site", ["General Contractor", "Framing and Roofing foremen"]),
        ("Office", ["Payroll", "Dispatch"]),
    ]


# --- synthetic: a promotion named by its target starts from the page's own role ------------------------------------

CAREER = """15) Career Path and Progression
Common feeder roles into this role
- Crew Lead → Site Supervisor
- Senior Carpenter (with layout experience)
Next likely roles after this role
- Area Supervisor
- Project Superintendent
Skills needed for promotion to Area Supervisor
- Multi-site planning: look-aheads across several crews.
"""


def test_synthetic_a_promotion_to_a_role_starts_from_the_feeder_arrows_target() -> None:
    transition = _text_document("Site Supervisor", CAREER)["fields"]["career_path"]["promotion_transition"]
    assert transition == {"from_role": "Site Supervisor", "to_role": "Area Supervisor", "path": []}


def test_synthetic_without_arrows_the_promotion_has_no_from_role() -> None:
    body = CAREER.replace("Crew Lead → Site Supervisor", "Crew Lead")
    transition = _text_document("Site Supervisor", body)["fields"]["career_path"]["promotion_transition"]
    assert transition["from_role"] is None


# --- synthetic: a lone career option's lead is its note -------------------------------------------------------------


def test_synthetic_a_lone_options_lead_is_its_note_not_its_name() -> None:
    body = (
        "20) Final Role Scorecard Summary\n| Field | Summary |\n|---|---|\n| Role title | Site Supervisor |\n"
        "| Career progression options | Area Supervisor; Estimator (adjacent); long-term path to Regional "
        "Operations Director; eventual path to plant leadership |\n"
    )
    options = _text_document("Site Supervisor", body)["fields"]["scorecard"]["career_progression_options"]
    assert [(o["name"], o["note"]) for o in options] == [
        ("Area Supervisor", None),
        ("Estimator", "adjacent"),
        ("Regional Operations Director", "long-term"),
        ("eventual path to plant leadership", None),  # an area, not a role: the option as written
    ]
    assert options[2]["text"] == "long-term path to Regional Operations Director"


# --- the pages ---------------------------------------------------------------------------------------------------


def test_page_principal_is_head_level_and_lists_six_prior_roles() -> None:
    document = _page("school-principal-seed000.synthetic.txt")
    assert (document["role"]["title"], document["role"]["seniority"]) == ("School Principal", "head")
    experience = document["fields"]["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Assistant Principal",
        "Dean of Students",
        "Instructional Coach",
        "Department Chair",
        "Special Education Coordinator",
        "Teacher Leader",
    ]
    assert "Department Chair" not in experience["prior_role_notes"]


def test_page_foreman_roles_teams_promotion_and_options() -> None:
    fields = _page("electrical-foreman-seed004.synthetic.txt")["fields"]
    experience = fields["experience"]
    assert [role["name"] for role in experience["prior_roles"]][:2] == [
        "Journeyman Electrician",
        "Lead Journeyman / Lead Hand",
    ]
    assert experience["prior_role_notes"] == []
    groups = {g["area"]: g["teams"] for g in fields["role_summary"]["interaction"]["groups"]}
    assert groups["Site partners"] == [
        "General Contractor Superintendent",
        "Mechanical/Plumbing/Fire Protection foremen",
        "Drywall and Ceiling foremen",
    ]
    transition = fields["career_path"]["promotion_transition"]
    assert (transition["from_role"], transition["to_role"]) == ("Electrical Foreman", "General Foreman")
    options = fields["scorecard"]["career_progression_options"]
    assert [o["name"] for o in options] == [
        "General Foreman",
        "Electrical Superintendent",
        "Assistant Project Manager",
        "Electrical Estimator",
        "Safety Manager",
        "Field Operations Manager",
    ]
    assert options[-1]["note"] == "long-term"


def test_page_designer_engineering_teams_and_accessibility_certifications() -> None:
    fields = _page("product-designer-wp-gutenberg.synthetic.html")["fields"]
    groups = {g["area"]: g["teams"] for g in fields["role_summary"]["interaction"]["groups"]}
    assert groups["Engineering"] == ["iOS, Android and React Native engineers", "QA", "Engineering Managers"]
    names = [c["name"] for c in fields["experience"]["certifications"]]
    assert "IAAP CPACC accessibility certification" in names
    assert "IAAP WAS accessibility certification" in names
    assert "WAS accessibility certification" not in names


def test_page_branch_manager_sie_is_its_own_certification() -> None:
    certifications = _page("branch-manager-wp-rest.synthetic.json")["fields"]["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [
        ("Certified AML Specialist", "optional"),
        ("NMLS registration", "context_specific"),
        ("SIE", "optional"),
        ("Series 6", "optional"),
        ("Series 7", "optional"),
        ("ABA or state banking school certificates", "optional"),
    ]
