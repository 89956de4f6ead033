"""Round 70 unseen page: a field service operations manager, compact text (seed 004 style) whose every dash, quote
and arrow is a bare ``โ`` (both continuation bytes lost).

Its escalation items name whom they go to partly in lowercase ("… → Regional Field Service Director and account
director", "Serious safety incident → EHS lead and senior management immediately"), one with a three-word
situation, and a feeder step leaves a title with a slash between its alternatives ("Field Service Supervisor /
Team Lead → Field Service Operations Manager"): every one was repaired as an en dash, the escalation targets and the
feeder's transition lost. A slash before "After-Sales" cut a next role's name there ("Director of Customer Service
/" with qualifier "After-Sales"), and a prior background's closing "then manager" was read as a role of its own.

Snippets below are synthetic; the page is frozen as tests/unseen/field-service-operations-manager.synthetic.txt
with its key in tests/unseen/answer_keys/field-service-operations-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.mojibake import repair_text
from pipeline.parsers.vocabulary import split_role_qualifier
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "field-service-operations-manager.synthetic.txt"
B = "\u0e42"  # the bare lead character left when both continuation bytes are lost


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- the rules, on synthetic lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # Whom it goes to, a role in lowercase words after a capitalised one.
        (
            f"- Missed delivery date on a strategic order {B} Regional Sales Director and account manager.",
            "- Missed delivery date on a strategic order → Regional Sales Director and account manager.",
        ),
        # A team named by a lowercase team noun ("leadership", "management").
        (
            (
                f"- Recurring defect across several plants in one quarter {B} Manufacturing Engineering and Quality "
                "leadership."
            ),
            (
                "- Recurring defect across several plants in one quarter → Manufacturing Engineering and Quality "
                "leadership."
            ),
        ),
    ],
)
def test_synthetic_escalation_to_lowercase_role_names_is_an_arrow(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


def test_synthetic_short_situation_in_an_escalation_list_is_an_arrow() -> None:
    broken = (
        "Escalation points\n"
        f"- Data breach at a customer site {B} CISO and Legal.\n"
        f"- Lost shipment {B} Logistics lead and senior management immediately.\n"
    )
    assert repair_text(broken)[0] == (
        "Escalation points\n"
        "- Data breach at a customer site → CISO and Legal.\n"
        "- Lost shipment → Logistics lead and senior management immediately.\n"
    )


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # Alone, a short label may name parties after a dash: no escalation beside it.
        (
            f"- Key partner teams {B} Finance, Legal and Regional Sales Operations\n- Weekly reviews with the team\n",
            "- Key partner teams – Finance, Legal and Regional Sales Operations\n- Weekly reviews with the team\n",
        ),
        # Beside a certificate's level, which is no escalation, a short situation stays a dash too.
        (
            f"- Lean Six Sigma Green Belt {B} Preferred\n- Serious safety incident {B} EHS lead, Legal and HR\n",
            "- Lean Six Sigma Green Belt – Preferred\n- Serious safety incident – EHS lead, Legal and HR\n",
        ),
        # A role with a note after it is a label's text.
        (
            f"- Quarterly access reviews with the platform team {B} Security lead (monthly)\n",
            "- Quarterly access reviews with the platform team – Security lead (monthly)\n",
        ),
        # A longer name in lowercase words is a clause's, not a role's.
        (
            f"- Release blocked by a failing audit check {B} Compliance and the wider delivery organisation\n",
            "- Release blocked by a failing audit check – Compliance and the wider delivery organisation\n",
        ),
    ],
)
def test_synthetic_dashes_beside_party_names_stay_dashes(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


def test_synthetic_feeder_step_from_a_slashed_title_is_an_arrow() -> None:
    broken = (
        f"Logistics Coordinator: Role Blueprint\n- Senior Warehouse Supervisor / Shift Lead {B} Logistics Coordinator\n"
    )
    assert repair_text(broken)[0].endswith("- Senior Warehouse Supervisor / Shift Lead → Logistics Coordinator\n")


@pytest.mark.parametrize(
    "role", ["Director of Customer Service / After-Sales", "Head of Field Service/After-Sales", "VP Sales / In-Store"]
)
def test_synthetic_a_slash_opens_no_qualifier(role: str) -> None:
    assert split_role_qualifier(role) == (role, None)


def test_synthetic_qualifier_after_a_role_still_splits() -> None:
    assert split_role_qualifier("Service Manager / Team Lead with fleet experience") == (
        "Service Manager / Team Lead",
        "with fleet experience",
    )


_EXPERIENCE = (
    "<h2>14) Required Experience and Qualifications</h2>"
    "<h3>Typical years of experience</h3><ul><li>5–8 years in warehouse operations.</li></ul>"
    "<h3>Prior role backgrounds commonly seen</h3><ul><li>{item}</li><li>Inventory planner</li></ul>"
)


@pytest.mark.parametrize(
    "item",
    [
        "Warehouse associate promoted to shift lead, then supervisor",
        "Line technician, and then maintenance planner",
        "Customer support agent moved into QA, later team lead",
    ],
)
def test_synthetic_a_then_clause_goes_on_with_the_background(item: str) -> None:
    prior = html_fields(_EXPERIENCE.format(item=item))["experience"]["prior_roles"]
    assert [role["text"] for role in prior] == [item, "Inventory planner"]


def test_synthetic_listed_roles_still_split() -> None:
    prior = html_fields(_EXPERIENCE.format(item="Shift lead, inventory planner, dispatcher"))["experience"]
    assert [role["name"] for role in prior["prior_roles"]] == [
        "Shift lead",
        "inventory planner",
        "dispatcher",
        "Inventory planner",
    ]


# --- the page ---------------------------------------------------------------------------------------------------


def test_escalation_points_split_trigger_and_whom() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(point["trigger"], point["escalate_to"]) for point in points] == [
        ("Repeated SLA breach at a key account", ["Regional Field Service Director", "account director"]),
        ("Serious safety incident", ["EHS lead", "senior management"]),
        ("Systemic product failure in the field", ["Product Engineering", "Quality leadership"]),
    ]


def test_feeder_role_keeps_its_transition_to_this_role() -> None:
    career = _fields()["career_path"]
    feeder = career["feeder_roles"][0]
    assert feeder["name"] == "Field Service Supervisor / Team Lead"
    assert feeder["transition"]["to_role"] == "Field Service Operations Manager"
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Field Service Supervisor / Team Lead",
        "Senior Field Service Engineer",
        "Dispatch / Service Planning Manager",
        "Maintenance Manager",
    ]


def test_slashed_next_role_is_one_name() -> None:
    fields = _fields()
    career = fields["career_path"]
    assert [role["name"] for role in career["next_roles"]] == [
        "Regional Field Service Director",
        "Head of Service Operations",
        "Director of Customer Service / After-Sales",
        "Service Transformation Lead",
    ]
    assert career["next_roles"][2]["qualifier"] is None
    assert career["next_roles_horizon"] == "2–5 year horizon"
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Service Parts and Logistics Manager",
        "EHS Manager",
        "Customer Success Operations Manager",
        "Service Delivery Manager",
    ]
    options = fields["scorecard"]["career_progression_options"]
    assert len(options) == 5
    assert options[2]["name"] == "Director of Customer Service / After-Sales"
    assert options[2]["qualifier"] is None


def test_prior_background_with_a_then_clause_is_one_item() -> None:
    prior = _fields()["experience"]["prior_roles"]
    assert [role["text"] for role in prior] == [
        "Field Service Engineer or senior technician promoted to team lead, then manager",
        "Dispatch or service planning manager",
        "Maintenance manager in manufacturing or facilities management",
        "Technical support manager for hardware products",
    ]


def test_responsibility_with_a_detail_line_has_the_seed_shape() -> None:
    items = _fields()["responsibilities"]["items"]
    (item,) = [item for item in items if item["title"] == "Own SLA performance for the territory"]
    assert item["detail"].startswith("track response and restore times by contract")
    assert item["text"] == f"{item['title']}\n{item['detail']}"  # the title line, then each detail line


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Field Service Operations Manager"
    assert document["missing_sections"] == []
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [3, 5, 3, 3]
    assert [categories.count(c) for c in ("governance", "leadership")] == [3, 3]
    assert len(categories) == 20
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 5, 5, 5, 4]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [4, 4, 3, 4, 4, 3]
    assert len(fields["deliverables"]["items"]) == 16  # the key lists 4+3+4+3+2 (its "18" is a miscount)
    assert len(fields["tech_stack"]["environments"]) == 7  # the key names 7 (its "8" is a miscount)
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [5, 4, 5, 5, 4]
    stakeholders = fields["stakeholders"]
    assert [len(stakeholders[key]) for key in ("internal", "external", "peer_roles", "upstream", "downstream")] == [
        8,
        3,
        4,
        3,
        3,
    ]
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["role_variants"]["dimensions"]) == 6
    hiring = fields["hiring"]
    assert [len(hiring[key]) for key in ("what_to_assess", "exercises", "strong_signals", "weak_signals")] == [
        6,
        3,
        5,
        4,
    ]
    assert len(hiring["red_flags"]) == 4
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("First-time fix rate (FTFR)", "≥85% for break-fix calls", "Weekly"),
        ("SLA response compliance", "≥95% of priority-1 calls on time", "Daily/Weekly"),
        ("Mean time to repair (MTTR)", "<6 hours for P1; <48 hours for P3", "Weekly"),
        ("Technician utilization", "70–80% productive utilization", "Weekly"),
        ("Repeat visit rate (30-day)", "<8%", "Monthly"),
        ("Parts availability on first visit", "≥92%", "Monthly"),
        ("Van stock accuracy", "≥98% accuracy", "Quarterly"),
        ("Schedule adherence", "≥90%", "Daily"),
        ("Total recordable incident rate (TRIR)", "<1.0; zero serious injuries", "Monthly"),
        ("Post-visit customer satisfaction (CSAT)", "≥4.5 / 5", "Monthly"),
        ("Work order closure compliance", "≥97%", "Weekly"),
        ("Cost per work order", "Within 5% of budget; 3% lower year over year", "Monthly"),
        ("Preventive maintenance completion", "≥95%", "Monthly"),
        ("Technician voluntary turnover", "<12% per year", "Quarterly"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 24
    assert (rows[0]["category"], rows[0]["tool_text"], rows[0]["prevalence_levels"]) == (
        "Field service management (FSM)",
        "ServiceNow Field Service Management",
        ["common"],
    )
    assert (rows[4]["category"], rows[4]["prevalence_levels"]) == ("Scheduling optimization", ["context_specific"])
    assert (rows[16]["tool_text"], rows[16]["prevalence_levels"]) == ("UKG (Kronos) / ADP", ["common"])
    assert (rows[22]["category"], rows[22]["prevalence_levels"]) == ("Knowledge base", ["optional", "context_specific"])
    assert (rows[23]["tool_text"], rows[23]["prevalence_levels"]) == ("Jira Service Management", ["optional"])


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [7, 5, 4, 3]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Field service operations management"]["importance"] == "critical"
    assert by_name["FSM system proficiency"]["importance"] == "important"
    assert by_name["Fleet and telematics management"]["importance_levels"] == ["optional", "context_specific"]
    assert by_name["Subcontractor and vendor management"]["importance"] == "context_specific"
    assert by_name["Schedule optimization tool configuration"]["importance_note"] == "Optional → Important at scale"
    assert by_name["Service contract design and pricing input"]["importance"] == "optional"
    assert by_name["Remote assistance and augmented reality programs"]["tier"] == "emerging"


def test_experience_years_and_certifications() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (7.0, 12.0, False)
    assert [cert["requirement"] for cert in experience["certifications"]] == [
        "required",
        "context_specific",
        "preferred",
        "optional",
        "optional",
        "required",
    ]
    assert len(experience["education"]) == 2
    assert len(experience["domain_knowledge"]) == 3


@pytest.mark.parametrize(
    "noise",
    [
        "Skip to content",
        "Interview Kits",
        "Home » Operations",
        "Go Solar at Home",
        "Check My Solar Savings",
        "compare panels and financing",
        "Lease a New Car",
        "no big down payment",
        "See Lease Offers",
        "Read More",
        "Maintenance Planner: Role Blueprint",
        "Notify of",
        "Inline Feedbacks",
        "View all comments",
        "comment.x",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in (B, "â€", "&#", "**", "]("):
        assert not any(mark in text for text in strings), mark
