"""Round 75 unseen page: an event operations manager, a Tilda Publishing page (no h1–h6: t-title divs for the
titles, t-text divs with "•&nbsp;item<br />" lists, t431 tables), with a t228 menu, two ads, a t678 subscribe form
and Tilda's badge.

Three fields came out wrong. Section 11 was re-worded "11) Typical Operating Environment": no section variant
opened it, and as a title-like paragraph (not a heading) its number alone could not name it, so its items fell into
the tools notes and tech_stack was missing; a bare "Operating environment" line before a numbered section 11 is a
sub-heading where it stands, not that section's start. The escalation lines "Trigger – whom [adverb]" (or "Trigger
– to whom") wrote the arrow form with a spaced dash, and the whole line became the trigger. "... decisions stay
with the Director of Events" names a decider as "sit with" / "rest with" do.

Snippets below are synthetic; the page is frozen as tests/unseen/event-operations-manager.synthetic.html with its
key in tests/unseen/answer_keys/event-operations-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import deciders_in, escalation_point
from pipeline.sections import classify_heading
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "event-operations-manager.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: the environment section re-worded ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["11) Typical Operating Environment", "Typical Operating Environment", "11) Typical Working Environment"]
)
def test_synthetic_reworded_environment_title_names_tech_stack(title: str) -> None:
    match = classify_heading(title)
    assert match.spec is not None and match.spec.id == "tech_stack"


def test_synthetic_environment_subheading_inside_another_section_opens_none() -> None:
    """A bare "Operating environment" line under section 3, the numbered section 11 further on: a sub-heading of
    section 3, not the start of section 11."""
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p>Operating environment</p><ul><li>Run the venue plan</li></ul>"
        "<h2>11) Typical Operating Environment</h2><p><strong>Venue environment</strong></p>"
        "<ul><li>Exhibition halls</li></ul>"
        "<h2>12) Stakeholders and Collaboration Map</h2><p>Internal stakeholders</p><ul><li>Finance – budgets</li></ul>"
    )
    assert [(env["name"], [item["text"] for item in env["items"]]) for env in fields["tech_stack"]["environments"]] == [
        ("Venue environment", ["Exhibition halls"])
    ]
    assert [item["text"] for item in fields["responsibilities"]["items"]] == ["Run the venue plan"]


# --- synthetic: "Trigger – whom" escalation lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "whom"),
    [
        (
            "Safety threats – site security lead and Director of Events immediately",
            "Safety threats",
            ["site security lead", "Director of Events"],
        ),
        (
            "Budget overruns above 5% – Head of Operations and Finance",
            "Budget overruns above 5%",
            ["Head of Operations", "Finance"],
        ),
        ("Contract disputes — Legal", "Contract disputes", ["Legal"]),
        # the dash sets the situation's own detail apart: no one to turn to after it
        ("Outages – customer-facing systems down", "Outages – customer-facing systems down", []),
        # "to" names whom after the dash; an infinitive names no one
        ("Supplier failure – to the commercial director", "Supplier failure", ["the commercial director"]),
        ("Late changes – to SRO, then investment committee", "Late changes", ["SRO", "investment committee"]),
        ("Scope changes – to be agreed", "Scope changes – to be agreed", []),
        # the arrow form, as before
        ("Data loss → CISO", "Data loss", ["CISO"]),
    ],
)
def test_synthetic_dashed_escalation_line(text: str, trigger: str, whom: list[str]) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.escalate_to) == (trigger, whom)


# --- synthetic: "stay with" names the decider -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        (
            "Owns on-site calls within budget; commercial decisions stay with the Head of Sales.",
            [("Head of Sales", "commercial decisions")],
        ),
        ("Final sign-off remains with the CFO.", [("CFO", "Final sign-off")]),
        ("Budgets sit with the Director of Finance.", [("Director of Finance", "Budgets")]),
    ],
)
def test_synthetic_staying_decisions_name_deciders(text: str, deciders: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


# --- the page: the fixed fields ------------------------------------------------------------------------------------


def test_environment_section_is_tech_stack() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert "tech_stack" not in document["missing_sections"]
    assert [(env["key"], env["name"], len(env["items"])) for env in fields["tech_stack"]["environments"]] == [
        (None, "Venue environment", 2),
        ("application", "Systems environment", 3),
        ("data", "Data environment", 2),
        ("security", "Security environment", 2),
        ("delivery_model", "Delivery model", 1),
        ("scale", "Scale or complexity context", 2),
        ("team_topology", "Team topology", 1),
    ]
    assert fields["tech_stack"]["environments"][-1]["items"][0]["text"] == (
        "Event Operations Manager with 2–4 coordinators, plus 50–200 temporary crew on show days"
    )
    # the tools keep their own note only, not the environment's heading and items
    notes = fields["tools"]["notes"]
    assert len(notes) == 1 and notes[0].startswith("Tool choices depend on")


def test_escalation_points_name_whom() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Safety threats", ["venue security lead", "Director of Events"]),
        ("Budget overruns above 5%", ["Director of Events", "Finance"]),
        ("Exhibitor contract disputes", ["Sponsorship lead"]),
    ]


def test_decider_of_commercial_decisions() -> None:
    authority = _fields()["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("Director of Events", "commercial and brand decisions")
    ]


# --- the page: the key's main fields -------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "Event Operations Manager"
    assert document["missing_sections"] == []
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    keys = ("strategic", "operational", "technical", "cross_functional", "governance", "leadership")
    assert [categories.count(c) for c in keys] == [3, 4, 4, 3, 2, 2]
    assert len(categories) == 18
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [4, 4, 4, 4, 4]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 2, 2, 3, 2]
    assert len(fields["deliverables"]["items"]) == 11
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [2, 2, 2, 2, 2]
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    assert [len(stakeholders[key]) for key in keys] == [5, 5, 3, 3, 3, 3]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Calm under pressure",
        "Negotiation and vendor influence",
        "Attention to detail",
        "Stakeholder communication",
        "Team leadership",
        "Problem solving and improvisation",
        "Customer service orientation",
    ]
    assert len(fields["role_variants"]["dimensions"]) == 4
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [4, 2, 2, 2, 2]
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("On-time doors open", "100% of show days open on time", "Per event"),
        ("Operations budget variance", "Within ±3% of approved budget", "Monthly"),
        ("Cost per attendee", "Reduce 5% year over year", "Per event"),
        ("Registration queue time", "Under 5 minutes at peak", "Daily during event"),
        ("Exhibitor operations satisfaction", "≥ 4.3 / 5", "Per event"),
        ("Attendee satisfaction (logistics)", "≥ 4.2 / 5", "Per event"),
        ("Safety incidents", "Zero reportable incidents", "Per event"),
        ("Vendor on-time delivery", "≥ 95% of milestones", "Weekly"),
        ("Change-order rate", "< 8% of vendor contract value", "Monthly"),
        ("Move-in completion", "100% by T-12 hours", "Per event"),
        ("Exhibitor rebooking rate", "≥ 65%", "Annually"),
        ("Waste diversion rate", "≥ 60% diverted", "Per event"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 23
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows[:2]] == [
        ("Event management platform", "Cvent", ["common"]),
        ("Event management platform", "Bizzabo", ["optional"]),
    ]
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows[5:6] + rows[-2:]] == [
        ("Lead retrieval", "Cvent LeadCapture", ["context_specific"]),
        ("Incident management", "Noggin", ["context_specific"]),
        ("Documentation", "Google Workspace", ["common"]),
    ]


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [5, 4, 3, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "important", "critical"),
        *("important", "important", "optional", "context_specific"),
        *("optional", "important", "context_specific"),
        *("important", "optional", "important"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Crowd dynamics and capacity modelling"]["importance_levels"] == ["optional", "important"]


def test_experience_years_and_certifications() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5.0, 8.0, False)
    assert [(c["name"], c["requirement"]) for c in experience["certifications"]] == [
        ("CMP", "common"),
        ("CEM", "optional"),
        ("First aid / crowd management certificate", "context_specific"),
    ]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Event Coordinator",
        "Exhibition Operations Executive",
        "Hotel Conference Services Manager",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Senior Event Operations Manager",
        "Head of Event Operations",
        "Director of Events",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Venue General Manager",
        "Attendee Experience Lead",
        "Procurement Manager",
    ]


_NOISE = (
    "All Blueprints", "Career Frameworks", "Interview Kits", "Salary Guides", "Sign in",
    "Download the blueprint as PDF", "24 min read", "Events & Experiences family",
    "TicketNest", "Start Selling Tickets Free", "Sponsored", "No setup fees",
    "BadgeJet", "Get a Rental Quote", "free shipping on orders",
    "Subscribe to the RoleAtlas Digest", "every other Thursday", "Work email", "Jane Doe", "you@company.com",
    "I agree to receive", "You are now subscribed", "Please enter a valid email",
    "© 2026", "All rights reserved", "Privacy Policy", "Terms of Use", "hello@roleatlas.example", "+44 20 7946 0183",
    "Made on", "tildacopy",
)  # fmt: skip


def test_noise_and_markup_absent() -> None:
    strings = all_strings(_fields())
    for noise in _NOISE:
        assert not [s for s in strings if noise in s], noise
    for left in ("&nbsp;", "&amp;", "&mdash;", "&laquo;", "<br", "**", "](", "\u00a0", "โ", "â€"):
        assert not [s for s in strings if left in s], left
    assert not [s for s in strings if s.startswith("•")]
