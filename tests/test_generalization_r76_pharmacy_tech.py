"""Round 76 unseen page: a pharmacy technician, plain text in the seed-000 blank-line style (headings "N) Title",
"  • " bullets, " – " inline lists, tables whose cell borders were lost) with Thai-code-page mojibake, around it a
menu, a byline, three ads, related posts, a wpDiscuz thread, a promotion, a sidebar and a footer.

Fixed here:
- a border-less tools row gave its category a brand's CamelCase word ("Inventory and ordering McKesson | Connect
  / ..."): a CamelCase word right after a lower-case word of a label opens the tool's name;
- a tools row's comma list of tools went to the category ("Controlled-substance ordering CSOS, DEA | Form 222";
  "Communication Phone system, secure messaging | (Vocera / Teams)"): a category lists nothing, so a comma list in
  it costs what one in the tool cell does; and a cell opening on a name word and its number right after another
  name word ("DEA | Form 222") is the name going on, no description's start;
- "USP <797>" in a KPI's rationale opened the target ("USP | <797> requires ... 100% pass"): a reference in angle
  brackets is read as one in parentheses, no comparison as "< 2%" is;
- "Patients and caregivers at the counter, phone, and drive-through" became three teams: bare singular lower-case
  words after a member's prepositional phrase go on that phrase;
- "retail customer service" among prior roles went to the notes: a background closed by a business function of
  two words ("customer service", now a function name) is listed as one closed by one word is.

Snippets below are synthetic; the page is frozen as tests/unseen/pharmacy-technician.synthetic.txt with its key in
tests/unseen/answer_keys/pharmacy-technician.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.summary import split_teams
from tests.snippets import KPI_HEADER, TOOLS_HEADER, all_strings, html_fields, split_lost_border, unseen_document

_PAGE = "pharmacy-technician.synthetic.txt"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: border-less tools rows --------------------------------------------------------------------------------

# Rows that keep their lists in the use cell, as most tables do, so that a listed tool cell is split again.
_PLAIN_TOOL_ROWS = [
    "Claims processing Claimsflow Reject resolution Common",
    "Prior authorization CoverMyMeds Electronic prior authorization requests Common",
    "Drug information Lexicomp / Micromedex Drug and interaction reference Common",
]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        (
            "Purchasing and receiving McKesson Connect / Cardinal Health Order Express / AmerisourceBergen ABC Order "
            "Ordering and invoices Common",
            [
                "Purchasing and receiving",
                "McKesson Connect / Cardinal Health Order Express / AmerisourceBergen ABC Order",
                "Ordering and invoices",
                "Common",
            ],
        ),
        (
            "Controlled-substance ordering CSOS, DEA Form 222 CII ordering and receiving Common",
            ["Controlled-substance ordering", "CSOS, DEA Form 222", "CII ordering and receiving", "Common"],
        ),
        (
            "Communication Phone system, secure messaging (Vocera / Teams) Prescriber and nursing communication Common",
            ["Communication", "Phone system, secure messaging (Vocera / Teams)", "Prescriber and nursing communication",
             "Common"],
        ),
        (
            "Shipping and receiving ShipStation, UPS WorldShip Label printing and tracking Common",
            ["Shipping and receiving", "ShipStation, UPS WorldShip", "Label printing and tracking", "Common"],
        ),
    ],
)
def test_synthetic_a_category_takes_no_brand_nor_tool_list(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [*_PLAIN_TOOL_ROWS, line])[-1] == cells


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        # A label's own CamelCase follows a '/' ("Data / MLOps"); a label repeated down the table keeps its words.
        (
            "Data / MLOps MLflow Experiment tracking Common",
            ["Data / MLOps", "MLflow", "Experiment tracking", "Common"],
        ),
        # A CamelCase name after the label that already opened the tool cell.
        (
            "Scheduling and timekeeping QGenda Connect / UKG Dimensions Shift scheduling Common",
            ["Scheduling and timekeeping", "QGenda Connect / UKG Dimensions", "Shift scheduling", "Common"],
        ),
        (
            "Point of sale and payments PayPal Here / Square Terminal Counter payments Common",
            ["Point of sale and payments", "PayPal Here / Square Terminal", "Counter payments", "Common"],
        ),
        # The use's list begun in the tool cell still moves to the use cell.
        (
            "Monitoring Datadog RUM Real-user performance, Core Web Vitals, session replay Common",
            ["Monitoring", "Datadog RUM", "Real-user performance, Core Web Vitals, session replay", "Common"],
        ),
        # A number after a description's first word is no name's: "Top 10" opens the use.
        (
            "Reporting Tableau Dashboards 10 per quarter Optional",
            ["Reporting", "Tableau", "Dashboards 10 per quarter", "Optional"],
        ),
    ],
)
def test_synthetic_tool_rows_as_they_were(line: str, cells: list[str]) -> None:
    assert split_lost_border(TOOLS_HEADER, [*_PLAIN_TOOL_ROWS, line])[-1] == cells


# --- synthetic: a reference in angle brackets in a KPI row ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "matters", "target"),
    [
        (
            "Sterile compounding pass rate Media-fill results USP <797> requires passing results 100% pass Semi-annual",
            "USP <797> requires passing results",
            "100% pass",
        ),
        (
            "Hazardous drug handling audit Audit findings closed Required by USP <800>/<797> ≥ 95% closed Quarterly",
            "Required by USP <800>/<797>",
            "≥ 95% closed",
        ),
        # A comparison keeps opening the target: "< 2%" is no reference.
        (
            "Stock-out rate Prescriptions not filled same day Lost sales and delayed therapy < 2% of prescriptions "
            "Weekly",
            "Lost sales and delayed therapy",
            "< 2% of prescriptions",
        ),
        (
            "Error rate Errors per 1,000 fills Patient safety <0.5% Monthly",
            "Patient safety",
            "<0.5%",
        ),
    ],
)
def test_synthetic_an_angle_bracket_reference_opens_no_target(line: str, matters: str, target: str) -> None:
    cells = split_lost_border(KPI_HEADER, [line])[0]
    assert (cells[2], cells[3]) == (matters, target)


# --- synthetic: a comma series inside a member's qualifier ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Patients and caregivers at the counter, phone, and drive-through",
            ["Patients and caregivers at the counter, phone, and drive-through"],
        ),
        ("Guests at the front desk, spa, and pool", ["Guests at the front desk, spa, and pool"]),
        # Teams and people after the qualifier stay members of their own.
        ("Engineers in the squad, designers, and QA", ["Engineers in the squad", "designers", "QA"]),
        ("Nurses on the unit, Pharmacy, and Lab", ["Nurses on the unit", "Pharmacy", "Lab"]),
        ("Customers at the counter, finance, and legal", ["Customers at the counter", "finance", "legal"]),
        ("Finance, Legal, and Product", ["Finance", "Legal", "Product"]),
    ],
)
def test_synthetic_a_qualifiers_series_is_no_teams(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


# --- synthetic: a background closed by a function of two words --------------------------------------------------------


def _prior(line: str) -> tuple[list[str], list[str]]:
    body = (
        "<h2>14) Required Experience and Qualifications</h2>"
        f"<h3>Prior role backgrounds commonly seen</h3><ul><li>{line}</li></ul>"
    )
    experience = html_fields(body)["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


@pytest.mark.parametrize(
    ("line", "roles", "notes"),
    [
        (
            "Pharmacy cashier or clerk, retail customer service, medical assistant.",
            ["Pharmacy cashier or clerk", "retail customer service", "medical assistant"],
            [],
        ),
        (
            "Front desk receptionist, hotel customer service, medical assistant.",
            ["Front desk receptionist", "hotel customer service", "medical assistant"],
            [],
        ),
        # Longer phrases closed by the function are things a candidate has, as they were.
        (
            "Medical assistant, pharmacy clerk, experience in customer service.",
            ["Medical assistant", "pharmacy clerk"],
            ["experience in customer service"],
        ),
        (
            "Medical assistant, pharmacy clerk, a strong record of customer service.",
            ["Medical assistant", "pharmacy clerk"],
            ["a strong record of customer service"],
        ),
    ],
)
def test_synthetic_a_two_word_function_closes_a_background(line: str, roles: list[str], notes: list[str]) -> None:
    assert _prior(line) == (roles, notes)


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_tools_rows_fixed() -> None:
    rows = _fields()["tools"]["rows"]
    fixed = {
        6: (
            "Inventory and ordering",
            ["McKesson Connect", "Cardinal Health Order Express", "AmerisourceBergen ABC Order"],
        ),
        7: ("Controlled-substance ordering", ["CSOS", "DEA Form 222"]),
        21: ("Communication", ["Phone system", "secure messaging"]),
    }
    for k, (category, names) in fixed.items():
        assert (rows[k]["category"], [tool["name"] for tool in rows[k]["tools"]]) == (category, names)
    assert rows[21]["tools"][1]["variants"] == ["Vocera", "Teams"]
    assert rows[7]["primary_use"] == "CII ordering and receiving"


def test_kpi_with_usp_reference() -> None:
    row = _fields()["kpis"]["rows"][11]
    assert row["why_it_matters"] == "USP <797> requires passing results to compound"
    assert (row["target"], row["frequency"]) == ("100% pass", "Semi-annual")


def test_interaction_audience_is_one_team() -> None:
    groups = _fields()["role_summary"]["interaction"]["groups"]
    assert len(groups) == 6
    assert groups[3]["teams"] == ["Patients and caregivers at the counter, phone, and drive-through"]
    assert groups[0]["teams"] == ["Pharmacists (staff, clinical, and pharmacist-in-charge)"]
    assert groups[-1]["teams"] == ["Wholesaler and vendor representatives"]


def test_prior_roles() -> None:
    e = _fields()["experience"]
    assert [r["name"] for r in e["prior_roles"]] == [
        "Pharmacy cashier or clerk",
        "retail customer service",
        "medical assistant",
        "certified nursing assistant",
        "military pharmacy specialist",
    ]
    assert e["prior_role_notes"] == []


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Pharmacy Technician"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Pharmacist-in-Charge or Pharmacy Manager")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_mission_and_responsibilities() -> None:
    f = _fields()
    assert f["role_mission"]["core_mission"].startswith("Get the right medication, in the right dose and form")
    assert len(f["role_mission"]["strategic_importance"]) == 4
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3, "operational": 5, "technical": 5, "cross_functional": 3, "governance": 4, "leadership": 2
    }
    assert (items[0]["title"], items[0]["detail"]) == (
        "Support workflow redesign",
        "Suggest station layout, queue, and staffing changes that shorten wait times during peak hours.",
    )
    assert items[-1]["title"] == "Lead a shift or station when designated"


_KPIS = [
    ("Prescription turnaround time", "≤ 15 minutes for waiters", "Daily"),
    ("Data entry accuracy", "≥ 99.5%", "Weekly"),
    ("Fill accuracy at verification", "≤ 1 per 1,000 fills", "Monthly"),
    ("Dispensing errors reaching patients", "0", "Monthly"),
    ("First-pass claim acceptance", "≥ 95%", "Weekly"),
    ("Rejected claim resolution time", "≤ 24 hours", "Weekly"),
    ("Inventory turns", "12–14 turns/year", "Quarterly"),
    ("Outdated product write-offs", "< 0.5% of purchases", "Monthly"),
    ("Stock-out rate", "< 2% of prescriptions", "Weekly"),
    ("Controlled-substance count variance", "0 unexplained variances", "Per count"),
    ("Cart fill and cabinet restock on time", "≥ 98% on time", "Daily"),
    ("Sterile compounding competency pass rate", "100% pass", "Semi-annual"),
    ("Temperature log completion", "≥ 99% of readings recorded", "Monthly"),
    ("Patient satisfaction score", "≥ 4.5/5", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Minutes from intake to ready for pickup for waiting patients"
    assert rows[0]["why_it_matters"] == "Drives patient satisfaction and walk-outs"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Pharmacy calculations"] == ["critical"]
    assert importance["Insurance billing and claim adjudication"] == ["important"]
    assert importance["Immunization administration"] == ["optional", "important"]
    assert importance["Hazardous drug handling"] == ["optional", "critical"]
    assert importance["Tech-check-tech and final product verification"] == ["optional", "context_specific"]
    assert importance["Data and analytics literacy"] == ["optional"]
    soft = f["soft_skills"]["skills"]
    assert [s["name"] for s in soft][::6] == ["Attention to detail", "Learning agility"]
    assert len(soft) == 7
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 22
    assert (rows[0]["category"], [t["name"] for t in rows[0]["tools"]]) == (
        "Pharmacy management system",
        ["PioneerRx", "Liberty", "BestRx"],
    )
    assert rows[0]["primary_use"] == "Order entry, profiles, and claims in independent pharmacies"
    assert rows[14]["primary_use"] == "Weighing and preparing compounds"
    assert [r["prevalence"] for r in rows[:5]] == ["context_specific", "common", "common", "common", "optional"]


def test_experience_career_and_scorecards() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (1.0, 3.0, False)
    assert len(f["experience"]["certifications"]) == 5
    assert len(f["experience"]["education"]) == 2
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Pharmacy Cashier / Clerk", "Pharmacy Technician Trainee", "Medical Assistant", "Military Pharmacy Specialist"
    ]
    assert len(c["next_roles"]) == 3
    assert len(c["adjacent_paths"]) == 4
    assert (len(c["promotion_skills"]), len(c["evolution"])) == (4, 3)
    hiring = f["hiring"]
    assert (len(hiring["what_to_assess"]), len(hiring["exercises"]), len(hiring["red_flags"])) == (6, 3, 4)
    rubric = hiring["scorecard"]["rows"]
    assert len(rubric) == 7
    assert (rubric[0]["dimension"], rubric[0]["meets"]) == ("Pharmacy math", "Solves standard calculations correctly")
    summary = f["scorecard"]
    assert len(summary["rows"]) == 10
    assert summary["top_responsibilities"][0] == "Prescription intake and order entry"
    assert summary["top_responsibilities"][-1] == "Training new technicians"


def test_noise_absent_and_mojibake_repaired() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "Rajesh Kumar",
        "22 min read",
        "Find Trusted Solar Installers",
        "Compare Pet Insurance Plans",
        "See Pet Insurance Quotes",
        "Plan Your Next Cruise Holiday",
        "Related Posts",
        "Marisol T.",
        "Would love your thoughts",
        "Upskill With Our Healthcare Operations Programs",
        "+91 700 555 0199",
        "hello@roleblueprints-demo.com",
        "All rights reserved",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("โ", "€", "ย", "ฐ"):
        assert not any(mark in s for s in strings), mark
