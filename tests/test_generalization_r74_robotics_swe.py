"""Round 74 unseen page: a robotics software engineer, a WordPress REST post (?_embed) whose content.rendered is
Gutenberg block HTML, with a sponsored block, related reading, a newsletter shortcode and the embed's author data.

Four fields came out wrong, three of them met on other pages of the round too. The decision-making statement
"Recommends designs and owns implementation choices ...; final release and safety decisions sit with the autonomy
lead, ..." read the role's own opening verb as a decider ("Recommends"), and deciders kept the sentence's article
("the autonomy lead", "the game director", "the Director of Rooms"). The reporting line kept the unit the managers
sit in ("... or the Autonomy Lead within the Robotics & Autonomy department"). A certifications line saying they
are rarely required became a certification named by the sentence, and a level label listing two certifications
between ';' ("Optional: SQL or data analytics certificates; Unity Certified Associate (Optional).") gave one. The
tools cell "Open-RMF or in-house fleet manager" was one tool.

Snippets below are synthetic; the page is frozen as tests/unseen/robotics-software-engineer.synthetic.json with its
key in tests/unseen/answer_keys/robotics-software-engineer.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _certifications
from pipeline.parsers.stakeholders import deciders_in
from pipeline.parsers.summary import parse_reporting_line
from pipeline.parsers.tools import split_tools
from tests.snippets import all_strings, unseen_document

_PAGE = "robotics-software-engineer.synthetic.json"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: deciders -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        (  # the role's own verbs open the clause: no decider there
            "Drafts proposals and approves minor changes; larger changes sit with the platform lead.",
            [("platform lead", "larger changes")],
        ),
        ("Reviews and approves merges inside the module.", []),
        # a plural subject takes "approve": the people who decide
        ("Partners review and approve budgets.", [("Partners", "review and approve budgets")]),
        # a team's singular verb
        ("Operations reviews and approves rotas.", [("Operations", "reviews and approves rotas")]),
        # the article is the sentence's, not the name's
        (
            "the studio director and producer approve changes to pricing.",
            [("studio director", "changes to pricing"), ("producer", "changes to pricing")],
        ),
        ("Budgets sit with the Director of Finance.", [("Director of Finance", "Budgets")]),
        ("The Tax Manager signs off on filings.", [("Tax Manager", "filings")]),
    ],
)
def test_synthetic_deciders(text: str, deciders: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


# --- synthetic: the unit closing a reporting line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "managers"),
    [
        (
            "Typical reporting line: Reports to the Platform Manager within the Cloud & Edge department.",
            "Platform Manager",
        ),
        (
            "Typical reporting line: Reports to a Payroll Lead or Senior Manager, Rewards, within the People / HR "
            "function.",
            "Payroll Lead or Senior Manager, Rewards",
        ),
        (
            "Typical reporting line: Reports to the Ops Manager or Ops Lead within the Service & Operations (S&O) "
            "team.",
            "Ops Manager or Ops Lead",
        ),
        # a setting the line holds in is no unit of the managers': kept
        (
            "Typical reporting line: Reports to the Area Director or Director of Operations in a multi-site group.",
            "Area Director or Director of Operations in a multi-site group",
        ),
        # a unit before more of the line is left as written
        (
            "Typical reporting line: Reports to the Head of Quality within the Quality department, with a dotted line "
            "to the CNO.",
            "Head of Quality within the Quality department, with a dotted line to the CNO",
        ),
    ],
)
def test_synthetic_unit_after_the_managers(text: str, managers: str) -> None:
    line = parse_reporting_line(text)
    assert line is not None and line.reports_to == managers


# --- synthetic: certifications -------------------------------------------------------------------------------------


def _certs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.requirement, c.note) for c in _certifications(text)]


def test_synthetic_statement_that_certifications_are_not_required_names_none() -> None:
    assert _certs("Cloud or vendor certifications are rarely required (Optional).") == []
    assert _certs("Vendor certifications are not required (Preferred).") == []
    # a level asked for names what it asks
    assert _certs("Envision SP and state work-zone certifications are context-specific.") == [
        ("Envision SP", "context_specific", None),
        ("state work-zone certifications", "context_specific", None),
    ]


def test_synthetic_level_label_lists_certifications_between_semicolons() -> None:
    assert _certs("Optional: Looker certificates; Tableau Desktop Specialist (Optional).") == [
        ("Looker certificates", "optional", None),
        ("Tableau Desktop Specialist", "optional", None),
    ]
    assert _certs("None required. Optional: SQL certificates; Scrum Master (Preferred).") == [
        ("SQL certificates", "optional", "None required"),
        ("Scrum Master", "preferred", "None required"),
    ]


# --- synthetic: an in-house alternative after a tool ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "tools"),
    [
        ("Open-TCS or in-house warehouse controller", [("Open-TCS", "or in-house warehouse controller")]),
        ("Zendesk or internal ticketing system", [("Zendesk", "or internal ticketing system")]),
        ("Evidence binder for SOX or internal audit", [("Evidence binder for SOX or internal audit", None)]),
        ("Tableau or Power BI", [("Tableau", None), ("Power BI", None)]),
    ],
)
def test_synthetic_in_house_alternative_is_a_note(cell: str, tools: list[tuple[str, str | None]]) -> None:
    assert [(tool.name, tool.note) for tool in split_tools(cell)] == tools


# --- the page: the fixed fields ------------------------------------------------------------------------------------


def test_deciders_are_the_named_roles() -> None:
    authority = _fields()["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("autonomy lead", "final release and safety decisions"),
        ("safety engineer", "final release and safety decisions"),
        ("release manager", "final release and safety decisions"),
    ]


def test_reporting_line_names_the_managers_only() -> None:
    document = unseen_document(_PAGE)
    line = document["fields"]["role_summary"]["reporting_line"]
    assert line["reports_to"] == "Robotics Software Engineering Manager or the Autonomy Lead"
    assert document["role"]["department"] == "Robotics & Autonomy"


def test_certifications_and_the_statement_about_them() -> None:
    experience = _fields()["experience"]
    assert [(c["name"], c["requirement"], c["note"]) for c in experience["certifications"]] == [
        ("Functional safety training", "context_specific", "such as TÜV Functional Safety Engineer")
    ]
    assert experience["certification_notes"] == ["ROS or robotics certifications are rarely required (Optional)."]


def test_fleet_manager_row() -> None:
    (row,) = [row for row in _fields()["tools"]["rows"] if row["category"] == "Fleet management"]
    assert [(tool["name"], tool["note"]) for tool in row["tools"]] == [("Open-RMF", "or in-house fleet manager")]
    assert row["prevalence_levels"] == ["context_specific"]


# --- the page: the key's main fields -------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Robotics Software Engineer"
    assert document["missing_sections"] == []
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [3, 4, 7, 3]
    assert [categories.count(c) for c in ("governance", "leadership")] == [3, 2]
    assert len(categories) == 22
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 4, 4, 5, 3]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [4, 3, 3, 3, 3, 2]
    assert len(fields["deliverables"]["items"]) == 10
    assert len(fields["tech_stack"]["environments"]) == 7
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 3, 3, 3, 3]
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    assert [len(stakeholders[key]) for key in keys] == [6, 3, 5, 3, 3, 3]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Systematic debugging under pressure",
        "Safety mindset",
        "Clear technical communication",
        "Cross-disciplinary collaboration",
        "Ownership and follow-through",
        "Pragmatic prioritization",
        "Customer empathy",
    ]
    assert [group["dimension"] for group in fields["role_variants"]["dimensions"]] == [
        "company_size",
        "industry",
        "geography",
        "product_vs_service",
        "startup_vs_enterprise",
        "regulated",
    ]
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [5, 3, 3, 2, 2]
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Autonomous mission success rate", "≥ 99.5% per site after commissioning", "Weekly"),
        ("Mean distance between interventions", "> 5 km per intervention, trending up", "Weekly"),
        ("Field bug time-to-fix", "P1 ≤ 5 working days; P2 ≤ 1 sprint", "Monthly"),
        ("Localization failure rate", "< 0.2 events per 100 robot-hours", "Weekly"),
        ("Navigation stack latency", "P95 < 100 ms on target compute", "Per release"),
        ("Simulation scenario coverage", "≥ 85% of top failure categories", "Monthly"),
        ("CI pass rate on main", "≥ 95%", "Weekly"),
        ("Release regression rate", "0 safety-relevant; ≤ 1 minor per release", "Per release"),
        ("Onboard CPU headroom", "≥ 25% headroom", "Per release"),
        ("Site commissioning time", "< 40 engineering hours per site", "Quarterly"),
        ("Code review turnaround", "< 1 business day", "Weekly"),
        ("Stakeholder satisfaction", "≥ 4/5 average", "Quarterly"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 25
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows[:3]] == [
        ("Robotics middleware", "ROS 2 (Humble / Jazzy)", ["common"]),
        ("Robotics middleware", "DDS implementations (Cyclone DDS / Fast DDS)", ["common"]),
        ("Navigation", "Nav2", ["common"]),
    ]
    assert [(row["category"], row["prevalence_levels"]) for row in rows[7:8] + rows[11:12] + rows[19:20]] == [
        ("Simulation", ["context_specific"]),
        ("Perception", ["optional"]),
        ("Embedded / compute", ["context_specific"]),
    ]
    assert (rows[-1]["category"], rows[-1]["tool_text"], rows[-1]["prevalence_levels"]) == (
        "Collaboration",
        "Slack / Confluence",
        ["common"],
    )


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 4, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "important", "critical", "critical", "important"),
        *("important", "important", "important", "optional", "optional"),
        *("optional", "important", "context_specific", "context_specific"),
        *("important", "optional", "important"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["SLAM and localization algorithms"]["importance_levels"] == ["optional", "important"]


def test_experience_years() -> None:
    years = _fields()["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Junior Robotics Software Engineer",
        "Embedded Software Engineer",
        "Robotics Research Engineer",
        "Test Automation Engineer",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Robotics Software Engineer",
        "Autonomy Tech Lead",
        "Staff Robotics Engineer",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Perception Engineer",
        "Simulation Engineer",
        "Functional Safety Engineer",
        "Field Robotics / Solutions Engineer",
        "Robotics Engineering Manager",
    ]


@pytest.mark.parametrize(
    "noise",
    [
        "Sponsored",
        "Simulate Your Whole Fleet Before Day One",
        "SimForge",
        "Start a Free Simulation Trial",
        "utm_source",
        "zero hardware",
        "Related reading",
        "Perception Engineer: Role Blueprint",
        "mc4wp",
        "Priya Natarajan",
        "CareerBlueprints Hub",
        "Est. reading time",
        "amr-fleet.jpg",
        "post_tag",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    document = unseen_document(_PAGE)
    assert not any(noise in text for text in all_strings({k: v for k, v in document.items() if k != "source"}))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE)["fields"])
    for mark in ("\u0e42", "â€", "&#", "&amp;", "&hellip;", "<!--", "wp-block", "<br", "**", "]("):
        assert not any(mark in text for text in strings), mark
