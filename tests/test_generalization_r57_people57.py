"""Round 57 (people): a stakeholder line "Name, <how> ..." names the stakeholder and its nature of collaboration.

fullstack-developer-wpbakery (OceanWP + WPBakery HTML) lists the external stakeholder "Customers, indirectly via
Support tickets and beta feedback.": the whole line was the name, as no dash or colon split it. A comma after a
short name that opens how the role deals with it (an adverb such as "indirectly", "mainly", or "via"/"through") now
splits it as "Name – nature" does; a comma list of names ("Customers, partners, and vendors") stays a name.
The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract

WPBAKERY = "fullstack-developer-wpbakery.synthetic.html"


def _externals(items: list[str]) -> list[tuple[str, str | None]]:
    """(name, nature) of each external stakeholder of a synthetic plain-text page listing these items."""
    lines = [
        "Widget Planner: Role Blueprint",
        "",
        "12) Stakeholders and Collaboration Map",
        "",
        "External stakeholders",
    ]
    lines += [f"- {item}" for item in items]
    lines += ["", "Peer roles", "- Widget Analyst", "", "6) Goals, Objectives, and Milestones", "", "30-day goals"]
    lines += ["- Learn the plan and its owners."]
    (extraction,) = extract("\n".join(lines).encode(), name="widget-planner.txt")
    external = extraction.document["fields"]["stakeholders"]["external"]
    return [(stakeholder["name"], stakeholder["nature"]) for stakeholder in external]


# --- synthetic: "Name, <adverb/via/through> ..." ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "nature"),
    [
        ("Retail buyers, indirectly via the account team.", "Retail buyers", "indirectly via the account team."),
        ("Auditors, mainly during year-end close", "Auditors", "mainly during year-end close"),
        ("Logistics carriers, through the dispatch portal", "Logistics carriers", "through the dispatch portal"),
        ("Regulators, via quarterly filings", "Regulators", "via quarterly filings"),
    ],
)
def test_synthetic_a_comma_aside_after_a_short_name_is_its_nature(item: str, name: str, nature: str) -> None:
    assert _externals(["Freight brokers – rate negotiation.", item]) == [
        ("Freight brokers", "rate negotiation."),
        (name, nature),
    ]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Customers, partners, and vendors", "Customers, partners, and vendors"),  # a list of names: no aside
        ("Regulators (FCA, mainly via audits)", "Regulators"),  # the comma inside the name's note
        ("Board members, investors during due diligence", "Board members, investors during due diligence"),
    ],
)
def test_synthetic_a_comma_opening_no_aside_keeps_the_line_a_name(item: str, name: str) -> None:
    assert _externals(["Freight brokers – rate negotiation.", item])[1] == (name, None)


# --- the unseen page ---------------------------------------------------------------------------------------------


def test_unseen_wpbakery_external_stakeholders_split_name_and_nature() -> None:
    stakeholders = unseen_document(WPBAKERY)["fields"]["stakeholders"]
    assert [(s["name"], s["note"], s["nature"]) for s in stakeholders["external"]] == [
        ("Third-party API vendors", "payments, email, identity", "integration issues."),
        ("Customers", None, "indirectly via Support tickets and beta feedback."),
    ]
    # the rest of the section as the key has it: 8 internal, 4 peers, nothing lost to the change
    assert len(stakeholders["internal"]) == 8
    assert [peer["name"] for peer in stakeholders["peer_roles"]] == [
        "Frontend Developer",
        "Backend Developer",
        "Mobile Developer",
        "QA Automation Engineer",
    ]
    strings = all_strings(stakeholders)
    assert not any(noise in s for s in strings for noise in ("Advertisements", "Download the PDF", "Reply"))


# --- defect 1 (one corpus team list changes, as its key says): modifiers sharing a head after an Oxford comma


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Other full-stack, frontend, and backend engineers in the squad", None),
        ("iOS, Android, and backend engineers", None),
        ("Frontend, backend and mobile engineers in the squad", None),
        ("Platform, DevOps, and Site Reliability Engineering", ["Platform", "DevOps", "Site Reliability Engineering"]),
        ("Subcontractors, suppliers, and fabricators", ["Subcontractors", "suppliers", "fabricators"]),
        ("Billing, Finance, and Revenue Operations", ["Billing", "Finance", "Revenue Operations"]),
    ],
)
def test_synthetic_modifiers_sharing_one_head_are_one_team(text: str, teams: list[str] | None) -> None:
    from pipeline.parsers.summary import split_teams

    assert split_teams(text) == (teams or [text])


def test_unseen_wpbakery_interaction_team_keeps_its_shared_head() -> None:
    groups = unseen_document(WPBAKERY)["fields"]["role_summary"]["interaction"]["groups"]
    assert len(groups) == 7
    assert groups[1]["teams"] == ["Other full-stack, frontend, and backend engineers in the squad"]
    assert groups[3]["teams"] == ["Platform", "DevOps", "Site Reliability Engineering"]


# --- defect 2 (ten corpus scopes change, each for the better): "decides on X" decides X

SUPPORT = "tech-support-engineer-seed004.synthetic.txt"


def test_synthetic_the_preposition_of_decides_on_is_no_part_of_the_scope() -> None:
    from pipeline.parsers.stakeholders import deciders_in

    found = deciders_in(
        "The analyst decides on triage order; Finance signs off on budget; the PM acts on behalf of HR."
    )
    assert [(d.name, d.scope) for d in found] == [("analyst", "triage order"), ("Finance", "budget")]


def test_unseen_support_decider_scopes_are_clean() -> None:
    authority = unseen_document(SUPPORT)["fields"]["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("support engineer", "troubleshooting approach and workarounds"),
        ("engineering", "fix priority and timing"),
        ("product", "fix priority and timing"),
    ]
