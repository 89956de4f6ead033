"""Round 51: peer roles, escalation points, prior roles, tech-stack environments and role variants of two pages.

engineering-manager-platform-seed004 (seed 004's compact text layout) lists its peer roles as "Engineering Manager,
SRE; Engineering Manager, Cloud Infrastructure; ..." (a role's own ', <Team>' qualifier, the items set apart by
semicolons) and escalates "to incident leadership and notify engineering executives". it-support-specialist-wp-rest
(a WordPress REST post) writes two escalation paths on one line joined by ';', a prior role with an "(e.g., ...)"
aside, an "Endpoint environment" label among the tech stack's environments, and role variants as a bold label, a
<br> and the text in one paragraph. The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the
snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import html_fields, unseen_document

from pipeline.parsers.stakeholders import _arrow_paths, escalation_point, peer_roles

UNSEEN = Path(__file__).resolve().parent / "unseen"
EM = "engineering-manager-platform-seed004.synthetic.txt"
IT_SUPPORT = "it-support-specialist-wp-rest.synthetic.json"


def _fields(name: str) -> dict[str, Any]:
    return unseen_document(name)["fields"]


# --- (a) a role's ', <Team>' qualifier stays with it in a peer-roles list -------------------------------------


def _peer_names(text: str) -> list[str]:
    return [peer.name for peer in peer_roles([text])]


def test_synthetic_semicolons_separate_qualified_peer_roles() -> None:
    assert _peer_names("Data Manager, Risk; Data Manager, Payments; Head of Analytics.") == [
        "Data Manager, Risk",
        "Data Manager, Payments",
        "Head of Analytics",
    ]
    # Semicolons with no comma inside any item: a plain list.
    assert _peer_names("Controller; Treasury Analyst; FP&A Lead") == ["Controller", "Treasury Analyst", "FP&A Lead"]


def test_synthetic_spaced_dashes_separate_qualified_peer_roles() -> None:
    assert _peer_names("Program Lead, Mobile – Program Lead, Web – Design Manager") == [
        "Program Lead, Mobile",
        "Program Lead, Web",
        "Design Manager",
    ]
    # One dash is a role and what is shared with it, no list.
    assert _peer_names("QA Lead – test plans") == ["QA Lead – test plans"]


def test_synthetic_a_role_repeated_in_a_comma_list_takes_its_qualifier() -> None:
    assert _peer_names("Support Manager, Billing, Support Manager, Onboarding, Product Owner") == [
        "Support Manager, Billing",
        "Support Manager, Onboarding",
        "Product Owner",
    ]
    # A plain comma list is split at every comma.
    assert _peer_names("Data Engineer, Analytics Engineer, and Product Analyst") == [
        "Data Engineer",
        "Analytics Engineer",
        "Product Analyst",
    ]


def test_unseen_em_peer_roles_keep_their_team_qualifiers() -> None:
    peers = _fields(EM)["stakeholders"]["peer_roles"]
    assert [peer["name"] for peer in peers] == [
        "Engineering Manager, SRE",
        "Engineering Manager, Cloud Infrastructure",
        "Engineering Manager, Developer Productivity",
        "product Engineering Managers",
        "Platform Product Manager",
    ]


# --- (b) two trigger → target paths on one line; (c) a second escalating verb is no part of its target ---------


def test_synthetic_semicolon_separates_two_arrow_paths() -> None:
    points = [
        escalation_point(t)
        for t in _arrow_paths("Late payroll → Payroll Lead; fraud suspected → Controller immediately.")
    ]
    assert [(p.trigger, p.action, p.escalate_to) for p in points] == [
        ("Late payroll", "Payroll Lead", ["Payroll Lead"]),
        ("fraud suspected", "Controller immediately", ["Controller"]),
    ]
    # The second part has no arrow: one path, its action two steps.
    assert _arrow_paths("outage → page on-call; notify the EM") == ["outage → page on-call; notify the EM"]


def test_synthetic_a_second_escalating_verb_reaches_its_target() -> None:
    point = escalation_point("Data loss → escalate to the Privacy Office and inform the DPO.")
    assert point.escalate_to == ["the Privacy Office", "the DPO"]
    assert escalation_point("Outage → escalate to EM and loop in Legal").escalate_to == ["EM", "Legal"]


def test_unseen_it_support_escalation_paths() -> None:
    points = _fields(IT_SUPPORT)["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Unresolved L1 issue", ["L2 / Systems Administrator"]),
        ("suspected breach", ["Security Operations"]),
    ]
    assert [p["text"] for p in points] == [
        "Unresolved L1 issue → L2 / Systems Administrator",
        "suspected breach → Security Operations immediately",
    ]


def test_unseen_em_escalation_targets_are_whom_not_verbs() -> None:
    points = _fields(EM)["stakeholders"]["escalation_points"]
    assert [p["escalate_to"] for p in points] == [
        ["Director of Platform Engineering", "the product team’s director"],
        ["incident leadership", "engineering executives"],
        ["Director", "Finance"],
    ]


# --- (d) a kind of work listed among prior roles is a background too ----------------------------------------------


def _prior(*items: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    body = "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3><ul>"
    found = html_fields(body + "".join(f"<li>{i}</li>" for i in items) + "</ul>")["experience"]
    return [(r["name"], r["note"]) for r in found["prior_roles"]], found["prior_role_notes"]


def test_synthetic_a_kind_of_work_among_roles_is_a_background() -> None:
    text = (
        "Customer Service Representative, branch banking support (e.g., call centre), Loan Officer, claims specialist"
    )
    assert _prior(text) == (
        [
            ("Customer Service Representative", None),
            ("branch banking support", "e.g., call centre"),
            ("Loan Officer", None),
            ("claims specialist", None),
        ],
        [],
    )


def test_synthetic_a_figure_or_a_lone_word_among_roles_stays_a_note() -> None:
    assert _prior("Data Analyst, BI Developer, 2 years of SQL") == (
        [("Data Analyst", None), ("BI Developer", None)],
        ["2 years of SQL"],
    )
    assert _prior("Data Analyst, BI Developer, or similar") == (
        [("Data Analyst", None), ("BI Developer", None)],
        ["similar"],
    )
    assert _prior("Data Analyst, BI Developer, a strong portfolio") == (
        [("Data Analyst", None), ("BI Developer", None)],
        ["a strong portfolio"],
    )


def test_unseen_it_support_four_prior_roles() -> None:
    experience = _fields(IT_SUPPORT)["experience"]
    assert [(r["name"], r["note"]) for r in experience["prior_roles"]] == [
        ("Help Desk Technician", None),
        ("retail tech support", "e.g., Genius Bar"),
        ("campus IT student worker", None),
        ("field service technician", None),
    ]
    assert experience["prior_role_notes"] == []


# --- (e) an '<X> environment' label among the tech stack's bold labels is an environment of its own --------------


def _environments(body: str) -> list[tuple[str | None, str | None, list[str]]]:
    fields = html_fields("<h2>11) Typical Tech Stack / Environment</h2>" + body)
    return [(e["key"], e["name"], [i["text"] for i in e["items"]]) for e in fields["tech_stack"]["environments"]]


def test_synthetic_an_unknown_environment_label_starts_its_own_environment() -> None:
    body = (
        "<p><strong>Infrastructure environment</strong><br>On-premises racks in two sites.</p>"
        "<p><strong>Laboratory environment</strong><br>Instrument PCs on an isolated VLAN.</p>"
        "<p><strong>Security environment</strong><br>SSO and EDR everywhere.</p>"
    )
    assert _environments(body) == [
        ("infrastructure", "Infrastructure environment", ["On-premises racks in two sites."]),
        (None, "Laboratory environment", ["Instrument PCs on an isolated VLAN."]),
        ("security", "Security environment", ["SSO and EDR everywhere."]),
    ]


def test_synthetic_a_sentence_about_the_environment_stays_an_item() -> None:
    body = (
        "<p><strong>Infrastructure environment</strong><br>Hybrid cloud.</p>"
        "<p>Most work happens in a regulated hosting environment.</p><p>Two data centres.</p>"
    )
    assert _environments(body) == [
        (
            "infrastructure",
            "Infrastructure environment",
            ["Hybrid cloud.", "Most work happens in a regulated hosting environment.", "Two data centres."],
        )
    ]


def test_unseen_it_support_six_environments() -> None:
    environments = _fields(IT_SUPPORT)["tech_stack"]["environments"]
    assert [e["name"] for e in environments] == [
        "Infrastructure environment",
        "Endpoint environment",
        "Security environment",
        "Delivery model",
        "Scale or complexity context",
        "Team topology",
    ]
    endpoint = environments[1]["items"]
    assert [i["text"][:26] for i in endpoint] == ["Mixed fleet of Windows 11 "]
    assert all(i["text"] != "Endpoint environment" for e in environments for i in e["items"])


# --- (f) a bold variant label, a <br> and its text in one paragraph is one named variant --------------------------


def _variants(body: str) -> dict[str, Any]:
    return html_fields("<h2>17) Role Variants</h2>" + body)["role_variants"]


def test_synthetic_a_label_and_its_text_in_one_paragraph_is_a_variant() -> None:
    variants = _variants(
        "<p><strong>Startup</strong><br>One person covers every request.</p>"
        "<p><strong>Large enterprise (global)</strong><br>Tiered desks and formal change control.</p>"
        "<h3>By geography</h3><p>Duties are stable across regions.</p>"
    )
    assert variants["notes"] == []
    groups = [
        (g["heading"], [(v["name"], v["note"], v["description"]) for v in g["variants"]])
        for g in variants["dimensions"]
    ]
    assert groups == [
        ("Startup", [("Startup", None, "One person covers every request.")]),
        ("Large enterprise", [("Large enterprise", "global", "Tiered desks and formal change control.")]),
        ("By geography", []),
    ]
    assert variants["dimensions"][0]["dimension"] == "startup_vs_enterprise"


def test_synthetic_separate_paragraphs_are_no_labelled_variant() -> None:
    variants = _variants(
        "<p>Startup</p><p>One person covers every request.</p><h3>By geography</h3><p>Duties are stable.</p>"
    )
    assert variants["notes"] == ["Startup", "One person covers every request."]
    assert [g["heading"] for g in variants["dimensions"]] == ["By geography"]


def test_unseen_it_support_startup_and_enterprise_variants() -> None:
    variants = _fields(IT_SUPPORT)["role_variants"]
    assert variants["notes"] == []
    named = [(v["name"], v["description"][:30]) for g in variants["dimensions"] for v in g["variants"]]
    assert named == [
        ("Startup / small company", "A single “IT person” covering "),
        ("Enterprise", "Specialized tiers, formal ITIL"),
    ]
    assert [g["dimension"] for g in variants["dimensions"]] == [
        "startup_vs_enterprise",
        "startup_vs_enterprise",
        "regulated",
        "product_vs_service",
        "geography",
    ]
