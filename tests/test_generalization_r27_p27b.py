"""Small parser defects seen on a twenty-seventh round of unseen pages, on synthetic markdown snippets.

An escalation chain written with a sequencing word ("→ audit lead, then IT Audit Manager") kept the word on the
next target; an audit's cadence "Per engagement" / "Per audit" read as 'other'; a scorecard's career row closing
with "adjacent moves into cybersecurity risk, SOX program management, or privacy" gave that whole phrase as a
role; a role's qualifier kept the parenthetical closing it ("Product Analyst in health-tech (product metrics
focus)"). The snippets are modelled on the pages (an IT auditor's, a biomedical data analyst's) and on the
Google Docs account-executive page already frozen in tests/unseen/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline import extract
from pipeline.parsers.common import parse_role
from pipeline.parsers.kpis import Frequency, frequencies_of

UNSEEN = Path(__file__).resolve().parent / "unseen"

_HEAD = """# IT Auditor: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The IT Auditor gives independent assurance over technology controls for the business and its regulators.

## 2) Role Mission

Core mission: test the controls that matter, with evidence a reviewer can re-perform.

"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    assert extraction.document is not None
    return extraction.document["fields"]


# --- escalation chains: the sequencing word is no part of a target --------------------------------------------


def _escalations(*items: str) -> list[tuple[str, list[str]]]:
    body = "## 12) Stakeholders and Collaboration Map\n\n### Escalation points\n\n" + "".join(f"* {i}\n" for i in items)
    return [(p["trigger"], p["escalate_to"]) for p in _fields(body)["stakeholders"]["escalation_points"]]


def test_a_then_between_targets_is_dropped_the_order_kept() -> None:
    assert _escalations(
        "Evidence delays beyond agreed dates → audit lead, then IT Audit Manager.",
        "Discount or payment terms beyond guardrail → Regional Sales Manager, then Deal Desk / VP Sales.",
        "Non-standard legal terms → Legal, and then General Counsel.",
        "Suspected fraud → escalate to the audit lead, then the CAE, finally the Audit Committee chair.",
    ) == [
        ("Evidence delays beyond agreed dates", ["audit lead", "IT Audit Manager"]),
        ("Discount or payment terms beyond guardrail", ["Regional Sales Manager", "Deal Desk / VP Sales"]),
        ("Non-standard legal terms", ["Legal", "General Counsel"]),
        ("Suspected fraud", ["the audit lead", "the CAE", "the Audit Committee chair"]),
    ]


def test_targets_without_a_sequencing_word_are_as_before() -> None:
    assert _escalations(
        "Disagreement on finding facts → IT Audit Manager and the auditee's executive.",
        "Potential fraud → Chief Audit Executive immediately.",
    ) == [
        ("Disagreement on finding facts", ["IT Audit Manager", "the auditee's executive"]),
        ("Potential fraud", ["Chief Audit Executive"]),
    ]


def test_the_account_executive_page_escalates_without_then() -> None:
    (extraction,) = extract((UNSEEN / "account-executive-gdocs-markdown.synthetic.md").read_bytes(), name="p.md")
    points = extraction.document["fields"]["stakeholders"]["escalation_points"]
    targets = [p["escalate_to"] for p in points]
    assert ["Regional Sales Manager", "Deal Desk / VP Sales"] in targets
    assert ["Legal", "General Counsel"] in targets
    assert not any(name.lower().startswith("then ") for names in targets for name in names)


# --- an engagement is a project's cadence; an audit, since round 70, an event's --------------------------------


def test_per_engagement_is_per_project_and_per_audit_ad_hoc() -> None:
    for printed in ("Per engagement", "Per client engagement", "Each engagement", "Per audit engagement"):
        assert frequencies_of(printed) == [Frequency.PER_PROJECT], printed
    # An audit comes when the auditor sets it, no project of the audited role's (round 70).
    assert frequencies_of("per audit") == [Frequency.AD_HOC]
    assert frequencies_of("Quarterly / per engagement") == [Frequency.QUARTERLY, Frequency.PER_PROJECT]
    # The bare word is no cadence: a quarterly audit is measured quarterly.
    assert frequencies_of("Quarterly audit") == [Frequency.QUARTERLY]


def test_a_kpi_table_measured_per_engagement() -> None:
    body = (
        "## 7) KPIs and Productivity Metrics\n\n"
        "| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Budget adherence | Actual versus budgeted hours | Controls cost | Within ±10% of budget | Per engagement |\n"
        "| Audit plan completion | Engagements completed | Delivery against plan | ≥ 90% | Quarterly |\n"
    )
    rows = _fields(body)["kpis"]["rows"]
    assert [(r["frequency"], r["frequencies"]) for r in rows] == [
        ("Per engagement", ["per_project"]),
        ("Quarterly", ["quarterly"]),
    ]


# --- scorecard career options: areas after a lead phrase -------------------------------------------------------


def _career_options(value: str) -> list[tuple[str, str | None]]:
    body = (
        "## 20) Final Role Scorecard Summary\n\n| Item | Executive summary |\n| --- | --- |\n"
        "| Role title | IT Auditor |\n"
        f"| Career progression options | {value} |\n"
    )
    return [(r["name"], r["note"]) for r in _fields(body)["scorecard"]["career_progression_options"]]


def test_adjacent_moves_into_areas_are_options_noted_with_the_lead_phrase() -> None:
    assert _career_options(
        "Senior IT Auditor; IT Audit Manager; Technology Risk Manager; GRC Lead; adjacent moves into cybersecurity "
        "risk, SOX program management, or privacy"
    ) == [
        ("Senior IT Auditor", None),
        ("IT Audit Manager", None),
        ("Technology Risk Manager", None),
        ("GRC Lead", None),
        ("cybersecurity risk", "adjacent moves into"),
        ("SOX program management", "adjacent moves into"),
        ("privacy", "adjacent moves into"),
    ]


def test_a_lone_lead_phrase_over_one_area_stays_one_option() -> None:
    # No group holds a list: the ';' parts are the options, as written.
    assert _career_options("Senior IT Auditor; long-term path to audit leadership") == [
        ("Senior IT Auditor", None),
        ("long-term path to audit leadership", None),
    ]


# --- a role's qualifier closed by a parenthetical ---------------------------------------------------------------


def _role(text: str) -> tuple[str, str | None, str | None]:
    role = parse_role(text)
    return role.name, role.qualifier, role.note


def test_the_parenthetical_closing_a_qualifier_is_the_note() -> None:
    assert _role("Product Analyst in health-tech (product metrics focus)") == (
        "Product Analyst",
        "in health-tech",
        "product metrics focus",
    )
    assert _role("Analyst (junior) in fintech (remote)") == ("Analyst", "in fintech", "junior; remote")


def test_a_short_form_closing_a_qualifier_stays_in_it() -> None:
    assert _role("Engineer with focus on Site Reliability Engineering (SRE)") == (
        "Engineer",
        "with focus on Site Reliability Engineering (SRE)",
        None,
    )
    assert _role("Research Assistant (NLP) transitioning to industry") == (
        "Research Assistant",
        "transitioning to industry",
        "NLP",
    )


def test_career_next_roles_split_qualifier_and_note() -> None:
    body = (
        "## 15) Career Path and Progression\n\n### Adjacent career paths\n\n"
        "* Product Analyst in health-tech (product metrics focus)\n"
        "* Clinical Data Manager\n"
    )
    paths = _fields(body)["career_path"]["adjacent_paths"]
    assert [(p["name"], p["qualifier"], p["note"]) for p in paths] == [
        ("Product Analyst", "in health-tech", "product metrics focus"),
        ("Clinical Data Manager", None, None),
    ]
