"""Round 54 (people): a level range in the role's self-description, and whom an escalation point names.

Three hand-written pages showed these wrong. appsec-engineer-seed000 (seed 000's plain text) and
k8s-platform-engineer-seed004 (seed 004's compact text) describe the role as "a mid-to-senior individual contributor
(role)": the hyphenated range reached no level, and the seniority stayed unknown, though "an early-to-mid level role"
reads mid (its upper end); a range now reads its upper end alike. The k8s page's escalation points
"... → escalate to Security and the incident commander." kept the two as one name (a shared modifier, as in
"Security and Privacy Office"), and "... → escalate through the provider support plan and inform leadership." lost
the channel. helpdesk-lead-elementor (Elementor HTML) reads "SOC for security events" as a trigger only, while
"Service Desk Manager for staffing and SLA risk" names whom: a team known by its initials is one to turn to too.
The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import unseen_document

from pipeline import extract

APPSEC = "appsec-engineer-seed000.synthetic.txt"
K8S = "k8s-platform-engineer-seed004.synthetic.txt"
ELEMENTOR = "helpdesk-lead-elementor.synthetic.html"


def _document(summary: str, escalations: list[str] | None = None) -> dict:
    """The document of a synthetic plain-text page, its title naming no level, with this summary (and these
    escalation points)."""
    lines = ["Widget Planner: Role Blueprint", "", "1) Role Summary", "", summary]
    if escalations:
        lines += ["", "12) Stakeholders and Collaboration Map", "", "Escalation points", *escalations]
    lines += ["", "6) Goals, Objectives, and Milestones", "", "30-day goals", "- Learn the plan and its owners."]
    (extraction,) = extract("\n".join(lines).encode(), name="widget-planner.txt")
    return extraction.document


def _points(document: dict) -> list[tuple[str, str | None, list[str]]]:
    return [
        (point["trigger"], point["action"], point["escalate_to"])
        for point in document["fields"]["stakeholders"]["escalation_points"]
    ]


# --- synthetic: a hyphenated level range reads its upper end --------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "level"),
    [
        ("The Widget Planner is a mid-to-senior individual contributor who keeps the plan honest.", "senior"),
        ("It is a mid-to-senior-level role in the planning office.", "senior"),
        ("The Widget Planner is an early-to-mid career role supporting the leads.", "mid"),
        ("It is an early-to-senior career role.", "senior"),
        # as before: the upper end of "early-to-mid level" (read from "mid level")
        ("The Widget Planner is an early-to-mid level role.", "mid"),
    ],
)
def test_synthetic_a_level_range_reads_its_upper_end(summary: str, level: str) -> None:
    assert _document(summary)["role"]["seniority"] == level


@pytest.mark.parametrize(
    "summary",
    [
        "The Widget Planner is a senior or staff-level role, depending on scope.",  # a choice, no range
        "The Widget Planner is a mid-to-large planning role.",  # no level at the upper end
        "The Widget Planner works with mid-to-senior leaders across plants.",  # others' levels
    ],
)
def test_synthetic_no_range_of_the_roles_own_levels_decides_nothing(summary: str) -> None:
    assert _document(summary)["role"]["seniority"] == "unknown"


# --- synthetic: whom an escalation point names ---------------------------------------------------------------------


def test_synthetic_a_name_after_an_article_shares_no_head_with_the_one_before() -> None:
    points = _points(
        _document(
            "The role plans widgets.",
            [
                "- Plant outage → escalate to Operations and the duty manager.",
                "- Data breach → escalate to Security and Privacy Office.",  # one office: the modifier is shared
            ],
        )
    )
    assert points[0][2] == ["Operations", "the duty manager"]
    assert points[1][2] == ["Security and Privacy Office"]


def test_synthetic_escalating_through_a_channel_names_the_channel() -> None:
    points = _points(
        _document(
            "The role plans widgets.",
            [
                "- Carrier strike → escalate through the freight broker hotline and inform leadership.",
                "- Supplier portal down → escalate via the vendor support portal.",
            ],
        )
    )
    assert points == [
        (
            "Carrier strike",
            "escalate through the freight broker hotline and inform leadership",
            ["the freight broker hotline", "leadership"],
        ),
        ("Supplier portal down", "escalate via the vendor support portal", ["the vendor support portal"]),
    ]


def test_synthetic_a_team_known_by_its_initials_is_whom_to_turn_to() -> None:
    points = _points(
        _document(
            "The role plans widgets.",
            [
                "- Plant Manager for capacity and overtime risk",
                "- NOC for network outages",
                "- CISO during suspected breaches",
                "- Approval for spend over budget",  # no one named: a trigger only
            ],
        )
    )
    assert points == [
        ("capacity and overtime risk", "Plant Manager", ["Plant Manager"]),
        ("network outages", "NOC", ["NOC"]),
        ("suspected breaches", "CISO", ["CISO"]),
        ("Approval for spend over budget", None, []),
    ]


# --- the pages ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [APPSEC, K8S])
def test_page_the_mid_to_senior_ic_is_senior(name: str) -> None:
    role = unseen_document(name)["role"]
    assert role["seniority"] == "senior"
    assert role["horizon"] == "Current"


def test_page_k8s_escalation_points_name_each_target() -> None:
    points = _points(unseen_document(K8S))
    assert [targets for _, _, targets in points] == [
        ["the Platform Engineering Manager", "the tenant’s engineering manager"],
        ["Security", "the incident commander"],
        ["the provider support plan", "leadership"],
    ]
    assert points[2][0] == "Cloud provider outage or quota blocker"


def test_page_elementor_soc_is_whom_security_events_go_to() -> None:
    points = _points(unseen_document(ELEMENTOR))
    assert points == [
        ("staffing and SLA risk", "Service Desk Manager", ["Service Desk Manager"]),
        ("security events", "SOC", ["SOC"]),
        ("P1 outages", "Major Incident Manager", ["Major Incident Manager"]),
    ]
