"""Round 60 (people): area authorities in one ';' line, stakeholder names with commas in brackets, a decider's
scope that ran into the next sentence, a series of functions sharing a role head, standards inside one outcome,
and a reporting line said only in prose.

business-analyst-rest-gutenberg (a WordPress REST post) wrote "Budget authority: none; vendor authority: ...;
hiring authority: ..." (the later labels in lower case, so the line went whole to budget), "Software vendors (SAP,
Salesforce): ..." (commas in the label's brackets: no label), "... decide on scope. Unresolved conflicts go to the
design authority, then to the steering committee." (the scope ran on; no escalation point) and "Finance,
procurement, supply chain and sales operations process owners" (four teams). iam-engineer-seed000 listed "clean
audit outcomes for SOX, ISO 27001, and SOC 2" as one business value; it-asset-manager-seed000 said "... reports to
the Head of IT Service Management, ..." with no reporting-line label. The three pages are frozen in tests/unseen
(keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.parsers.summary import business_values, prose_reporting_line, split_teams

ANALYST = "business-analyst-rest-gutenberg.synthetic.json"
IAM = "iam-engineer-seed000.synthetic.txt"
ASSETS = "it-asset-manager-seed000.synthetic.txt"

_RIGHTS = (
    "<h2>13) Decision Rights and Scope of Authority</h2>"
    "<h4>Requires manager approval</h4><ul><li>Scope changes after baseline</li></ul>"
)
_STAKEHOLDERS = "<h2>12) Stakeholders and Collaboration Map</h2>"


def _area(area: str, label: str, text: str) -> dict[str, Any]:
    return {"area": area, "label": label, "text": text, "sub_items": []}


# --- synthetic: decision rights ---------------------------------------------------------------------------------


def test_synthetic_lower_case_area_labels_after_semicolons_each_open_their_area() -> None:
    rights = html_fields(
        _RIGHTS + "<p>Budget authority: none; vendor authority: shortlists suppliers; "
        "hiring authority: sits on interview panels.</p>"
    )["decision_rights"]
    assert rights["budget"] == _area("budget", "Budget authority", "none")
    assert rights["vendor"] == _area("vendor", "vendor authority", "shortlists suppliers")
    assert rights["hiring"] == _area("hiring", "hiring authority", "sits on interview panels.")
    assert rights["other_areas"] == []
    assert rights["manager_approval"]["decisions"] == [{"text": "Scope changes after baseline", "sub_items": []}]


def test_synthetic_lower_case_clause_without_an_area_label_stays_in_the_text() -> None:
    rights = html_fields(_RIGHTS + "<p>Budget authority: none; vendor choices go through procurement.</p>")[
        "decision_rights"
    ]
    assert rights["budget"] == _area("budget", "Budget authority", "none; vendor choices go through procurement.")
    assert rights["vendor"] is None


# --- synthetic: stakeholders ------------------------------------------------------------------------------------


def _stakeholders(body: str) -> dict[str, Any]:
    return html_fields(_STAKEHOLDERS + body)["stakeholders"]


def test_synthetic_name_with_commas_in_brackets_splits_after_the_bracket() -> None:
    found = _stakeholders(
        "<h3>External stakeholders</h3><ul>"
        "<li>Implementation partners: build and configuration</li>"
        "<li>Software vendors (SAP, Oracle, Workday): roadmap and support tickets</li>"
        "<li>Regulators (state, federal): audits; escalation on findings</li></ul>"
    )["external"]
    assert [(s["name"], s["note"], s["nature"], s["escalation"]) for s in found] == [
        ("Implementation partners", None, "build and configuration", None),
        ("Software vendors", "SAP, Oracle, Workday", "roadmap and support tickets", None),
        ("Regulators", "state, federal", "audits", "findings"),
    ]


def test_synthetic_decider_scope_ends_with_its_sentence_and_the_next_escalates() -> None:
    found = _stakeholders(
        "<h3>Internal stakeholders</h3><ul><li>Product owner: prioritises backlog</li></ul>"
        "<h3>Decision-making authority</h3>"
        "<p>The analyst recommends; the product owner decides on priority. Unresolved disputes go to the "
        "programme board, then to the steering committee.</p>"
    )
    deciders = found["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [("product owner", "priority")]
    assert [(p["trigger"], p["escalate_to"]) for p in found["escalation_points"]] == [
        ("Unresolved disputes", ["the programme board", "the steering committee"])
    ]


def test_synthetic_one_sentence_authority_adds_no_escalation_point() -> None:
    found = _stakeholders(
        "<h3>Internal stakeholders</h3><ul><li>Product owner: prioritises backlog</li></ul>"
        "<h3>Decision-making authority</h3><p>The product owner decides on priority.</p>"
    )
    assert found["escalation_points"] == []
    assert [(d["name"], d["scope"]) for d in found["decision_making_authority"]["deciders"]] == [
        ("product owner", "priority")
    ]


# --- synthetic: role summary ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Finance, procurement, supply chain and sales operations process owners",
            ["Finance, procurement, supply chain and sales operations process owners"],
        ),
        (
            "Marketing, legal, and field operations business partners",
            ["Marketing, legal, and field operations business partners"],
        ),
        # A capitalised function before the head makes a title of its own; a plain list stays a list.
        ("Finance, payroll, and HR business partners", ["Finance", "payroll", "HR business partners"]),
        ("Information security, risk and internal audit", ["Information security", "risk", "internal audit"]),
    ],
)
def test_synthetic_functions_sharing_a_role_head_are_one_team(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


def test_synthetic_standards_after_a_preposition_stay_inside_one_outcome() -> None:
    assert business_values(
        "fewer access incidents, evidence for SOX, PCI DSS, and ISO 27001, and faster onboarding"
    ) == ["fewer access incidents", "evidence for SOX, PCI DSS, and ISO 27001", "faster onboarding"]
    assert business_values("fewer outages, and faster, safer delivery") == ["fewer outages", "faster, safer delivery"]


def test_synthetic_prose_reporting_line() -> None:
    line = prose_reporting_line(
        "The Payroll Lead runs a team of three and reports to the Payroll Manager, the HR Director, or the "
        "Finance Controller, depending on the company's size."
    )
    assert line is not None
    assert line.reports_to == "Payroll Manager, the HR Director, or the Finance Controller"
    assert prose_reporting_line("The analyst works with the manager, who reports to the CFO.") is None
    assert prose_reporting_line("The lead reports to whoever owns the budget.") is None
    assert prose_reporting_line("The lead owns the monthly report.") is None


def _summary(*paragraphs: str) -> dict[str, Any]:
    """The document of an HTML page whose role summary is these paragraphs."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = (
        "<h1>Payroll Lead: Role Blueprint</h1><h2>1) Role Summary</h2>" + body + "<h2>2) Role Mission</h2>"
        "<p>Core mission: pay everyone right and on time.</p>"
        "<h2>3) Core Responsibilities</h2><ul><li>Run payroll</li></ul>"
    )
    (extraction,) = extract(page.encode(), name="payroll-lead.html")
    return extraction.document


def test_synthetic_prose_reporting_line_on_a_page() -> None:
    document = _summary("The Payroll Lead runs payroll and reports to the Finance Controller or the HR Director.")
    assert document["fields"]["role_summary"]["reporting_line"]["reports_to"] == "Finance Controller or the HR Director"
    assert document["role"]["reporting_line"] == "Finance Controller or the HR Director"


def test_synthetic_labelled_reporting_line_wins_over_prose() -> None:
    document = _summary("The lead reports to the Finance Controller.", "Typical reporting line: Payroll Manager")
    assert document["fields"]["role_summary"]["reporting_line"]["reports_to"] == "Payroll Manager"


# --- the pages --------------------------------------------------------------------------------------------------


def test_analyst_page_authority_areas() -> None:
    rights = unseen_document(ANALYST)["fields"]["decision_rights"]
    assert rights["budget"]["text"] == "none"
    assert rights["vendor"]["text"] == "input to evaluations only"
    assert rights["hiring"]["text"] == "participates in interview panels."
    assert [len(rights[key]["decisions"]) for key in ("independent", "team_approval", "manager_approval")] == [3, 2, 3]


def test_analyst_page_stakeholders() -> None:
    found = unseen_document(ANALYST)["fields"]["stakeholders"]
    assert [s["name"] for s in found["internal"]] == [
        "Process owners",
        "Product owner",
        "Project manager",
        "Solution architect",
        "QA lead",
    ]
    owners = found["internal"][0]
    assert (owners["note"], owners["nature"], owners["escalation"]) == (
        "finance, procurement, sales",
        "define business rules",
        "scope conflicts",
    )
    vendors = found["external"][1]
    assert (vendors["name"], vendors["note"], vendors["nature"]) == (
        "Software vendors",
        "SAP, Salesforce",
        "product roadmap and support tickets",
    )
    assert len(found["external"]) == 3
    deciders = found["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [("product owner", "scope"), ("process owners", "scope")]
    assert [(p["trigger"], p["escalate_to"]) for p in found["escalation_points"]] == [
        ("Unresolved conflicts", ["the design authority", "the steering committee"])
    ]


def test_analyst_page_interaction_teams() -> None:
    groups = unseen_document(ANALYST)["fields"]["role_summary"]["interaction"]["groups"]
    assert len(groups) == 8
    assert groups[0]["teams"] == ["Finance, procurement, supply chain and sales operations process owners"]
    assert groups[6]["teams"] == ["Information security", "risk", "internal audit"]


def test_iam_page_business_value() -> None:
    assert unseen_document(IAM)["fields"]["role_summary"]["business_value"] == [
        "reduced breach likelihood from credential misuse",
        "faster onboarding and role changes for employees",
        "clean audit outcomes for SOX, ISO 27001, and SOC 2",
        "lower help-desk cost through self-service and passwordless authentication",
    ]


def test_asset_manager_page_reporting_line() -> None:
    document = unseen_document(ASSETS)
    expected = "Head of IT Service Management, the Director of IT Operations, or the IT Finance/Vendor Management lead"
    assert document["fields"]["role_summary"]["reporting_line"]["reports_to"] == expected
    assert document["role"]["reporting_line"] == expected
    assert not [text for text in all_strings(document["fields"]) if "Orthopedic" in text or "dental" in text.lower()]
