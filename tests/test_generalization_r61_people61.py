"""Round 61 (people): a stakeholder named with a product's inner capital, a team's proper name before 'for <trigger>',
a reporting line said where responsibilities are introduced, and one line under a heading naming two areas.

android-developer-seed004 listed "iOS Engineers" between two stakeholders, name and detail lines alternating: the
lower-case 'i' made it a detail of the UX/UI Designer. helpdesk-technician-wp-avada wrote "Security Operations for
suspected compromise" beside "Team Lead for SLA or policy issues": no vocabulary lists "Security Operations" whole,
so it was a trigger only. backup-engineer-seed000 said "Scope is individual contributor (IC) reporting to an
Infrastructure Manager or Storage & Backup Team Lead" only in the responsibilities intro. infosec-analyst-rest-beaver
put "No budget authority; provides input on tool evaluations and renewals." under "Budget and vendor authority":
budget only. The four pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are
synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import html_fields, unseen_document

from pipeline import extract
from pipeline.parsers.stakeholders import escalation_point
from pipeline.parsers.summary import prose_reporting_line

ANDROID = "android-developer-seed004.synthetic.txt"
HELPDESK = "helpdesk-technician-wp-avada.synthetic.html"
BACKUP = "backup-engineer-seed000.synthetic.txt"
INFOSEC = "infosec-analyst-rest-beaver.synthetic.json"

_STAKEHOLDERS = "<h2>12) Stakeholders and Collaboration Map</h2>"
_RIGHTS = (
    "<h2>13) Decision Rights and Scope of Authority</h2>"
    "<h4>Requires manager approval</h4><ul><li>Scope changes after baseline</li></ul>"
)


# --- synthetic: stakeholders ------------------------------------------------------------------------------------


def test_synthetic_name_opening_with_an_inner_capital_is_a_new_stakeholder() -> None:
    internal = html_fields(
        _STAKEHOLDERS + "<h3>Internal stakeholders</h3><ul>"
        "<li>UX Designer</li><li>Provides designs and reviews screens.</li>"
        "<li>iOS Engineers</li><li>Align on feature parity across platforms.</li>"
        "<li>macOS Platform Team</li><li>Owns the desktop client builds.</li>"
        "<li>Backend Engineers</li><li>Own the APIs the app calls.</li></ul>"
    )["stakeholders"]["internal"]
    assert [(s["name"], s["nature"], len(s["details"])) for s in internal] == [
        ("UX Designer", "Provides designs and reviews screens.", 1),
        ("iOS Engineers", "Align on feature parity across platforms.", 1),
        ("macOS Platform Team", "Owns the desktop client builds.", 1),
        ("Backend Engineers", "Own the APIs the app calls.", 1),
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        ("Security Operations for suspected compromise", "suspected compromise", ["Security Operations"]),
        ("Network Engineering during outages", "outages", ["Network Engineering"]),
        ("Team Lead for SLA or policy issues", "SLA or policy issues", ["Team Lead"]),
        # Capitalised words not closed by a function name no one to turn to.
        ("Critical Issues for review", "Critical Issues for review", []),
    ],
)
def test_synthetic_team_proper_name_before_for_is_whom_to_escalate_to(
    text: str, trigger: str, targets: list[str]
) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.escalate_to) == (trigger, targets)


# --- synthetic: reporting line ----------------------------------------------------------------------------------


def test_synthetic_reporting_to_after_the_role_but_not_after_others() -> None:
    line = prose_reporting_line("Scope is individual contributor (IC) reporting to a Platform Manager or Ops Lead.")
    assert line is not None and line.reports_to == "Platform Manager or Ops Lead"
    assert prose_reporting_line("The manager leads three teams reporting to the CIO.") is None
    assert prose_reporting_line("The role works with engineers reporting to the CTO.") is None


def _page(responsibilities_intro: str, item: str = "Run payroll") -> dict[str, Any]:
    page = (
        "<h1>Payroll Analyst: Role Blueprint</h1><h2>1) Role Summary</h2><p>The analyst keeps payroll right.</p>"
        "<h2>2) Role Mission</h2><p>Core mission: pay everyone right and on time.</p>"
        f"<h2>3) Core Responsibilities</h2><p>{responsibilities_intro}</p><ul><li>{item}</li></ul>"
    )
    (extraction,) = extract(page.encode(), name="payroll-analyst.html")
    return extraction.document


def test_synthetic_reporting_line_in_the_responsibilities_intro() -> None:
    document = _page("Scope is individual contributor (IC) reporting to a Payroll Manager or Finance Controller.")
    assert document["role"]["reporting_line"] == "Payroll Manager or Finance Controller"
    # A duty's "report to" in a list item is no reporting line; nor are others' in an intro.
    assert (
        _page("Grouped by theme.", "Coach the clerks who report to the Payroll Manager")["role"]["reporting_line"]
        is None
    )
    assert _page("The clerks reporting to the Payroll Manager send inputs.")["role"]["reporting_line"] is None


# --- synthetic: decision rights ---------------------------------------------------------------------------------


def test_synthetic_lone_line_under_two_area_heading_is_both_areas() -> None:
    text = "No budget authority; provides input on tool evaluations and renewals."
    rights = html_fields(_RIGHTS + f"<h4>Budget and vendor authority</h4><ul><li>{text}</li></ul>")["decision_rights"]
    assert rights["budget"] == {"area": "budget", "label": None, "text": text, "sub_items": []}
    assert rights["vendor"] == {"area": "vendor", "label": None, "text": text, "sub_items": []}
    assert rights["hiring"] is None
    assert rights["other_areas"] == []


# --- the pages --------------------------------------------------------------------------------------------------


def test_android_page_internal_stakeholders() -> None:
    internal = unseen_document(ANDROID)["fields"]["stakeholders"]["internal"]
    assert [s["name"] for s in internal] == [
        "Android Tech Lead / Engineering Manager (Mobile)",
        "Product Manager",
        "UX/UI Designer",
        "iOS Engineers",
        "Backend Engineers",
        "QA / Mobile Test Engineers",
        "Security / Privacy / Legal",
    ]
    assert all(len(s["details"]) == 1 for s in internal)
    assert internal[3]["nature"] == "Align on feature parity, shared analytics, and API usage across platforms."


def test_helpdesk_page_escalation_points() -> None:
    points = unseen_document(HELPDESK)["fields"]["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("SLA or policy issues", ["Team Lead"]),
        ("suspected compromise", ["Security Operations"]),
        ("outages", ["Major incident manager"]),
    ]


def test_backup_page_reporting_line() -> None:
    role = unseen_document(BACKUP)["role"]
    assert role["reporting_line"] == "Infrastructure Manager or Storage & Backup Team Lead"


def test_infosec_page_budget_and_vendor_authority() -> None:
    rights = unseen_document(INFOSEC)["fields"]["decision_rights"]
    text = "No budget authority; provides input on tool evaluations and renewals."
    assert (rights["budget"]["text"], rights["vendor"]["text"]) == (text, text)
    assert rights["compliance"]["label"] == "Compliance authority"
    assert rights["other_areas"] == []
