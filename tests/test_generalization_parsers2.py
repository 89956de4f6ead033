"""Decision-rights headings keyed by their words anywhere, soft skills named by their sub-heading,
thousands separators in enumerations, and the summary/career splits.

These are synthetic snippets modelled on unseen pages of the family (a bold-heading text UX
Researcher page, a crawler-markdown Site Reliability Engineer page and an Elementor WordPress
Machine Learning Engineer page), not copies of them.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.parsers.stakeholders import escalation_point
from pipeline.parsers.summary import inline_business_value, split_teams
from pipeline.parsers.text import split_enumeration
from pipeline.sections import subheading_key


def _fields(section_number: int, section_title: str, lines: list[str]) -> dict:
    """Extract a markdown page holding one numbered section; return its typed fields."""
    page = "\n\n".join(
        [
            "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
            f"## {section_number}) {section_title}",
            *lines,
            "## 19) Hiring Evaluation Criteria",
            "- Placeholder item.",
        ]
    )
    return extract(page.encode(), name="x.md")[0].blueprint.model_dump(mode="json")["fields"]


def _html_fields(body: str) -> dict:
    """Extract an HTML page holding the given sections (and one more, so no page is one section)."""
    page = (
        "<html><body><h1>Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        f"<h2>1) Role Summary</h2><p>The Test Role builds things.</p>{body}</body></html>"
    )
    return extract(page.encode(), name="x.html")[0].blueprint.model_dump(mode="json")["fields"]


# --------------------------------------------------------------------------
# decision rights: headings keyed by their words anywhere
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # the seeds' wording: unchanged
        ("Can decide independently", "independent"),
        ("Requires team approval", "team_approval"),
        ("Requires manager/director/executive approval", "manager_approval"),
        ("Budget, architecture, vendor, delivery, hiring, compliance authority", "authority"),
        # deciding alone, however the role is named
        ("Decisions the SRE can make independently", "independent"),
        ("Decisions an Associate NLP Scientist can make independently", "independent"),
        ("What the engineer decides on their own", "independent"),
        ("Decisions made without approval", "independent"),
        ("Decisions not requiring manager approval", "independent"),
        ("Decisions that don't need sign-off", "independent"),
        # authority, with or without the word, in any subset of areas
        ("Budget, vendor, hiring and compliance authority", "authority"),
        ("Scope of authority", "authority"),
        ("Budget, vendor and hiring", "authority"),
        ("Budget / hiring / compliance authority (context-specific)", "authority"),
        # neither
        ("Standalone tooling choices", None),
        ("Budget", None),
        ("Budget authority", None),  # one area's own label, not a group heading
        ("Hiring decisions", None),
        ("Budget and delivery decisions", None),
    ],
)
def test_decision_heading_keys(heading: str, key: str | None) -> None:
    assert subheading_key("decision_rights", heading) == key


def test_scope_rules_only_in_decision_rights() -> None:
    assert subheading_key("stakeholders", "Budget, vendor, hiring and compliance authority") is None
    assert subheading_key("responsibilities", "Decisions the SRE can make independently") is None


def test_authority_heading_without_architecture_fills_areas() -> None:
    fields = _fields(
        13,
        "Decision Rights and Scope of Authority",
        [
            "**Budget, vendor, hiring and compliance authority**",
            "* Budget: Spends within a per-study incentive allowance.\n"
            "* Vendor: Recommends recruiting vendors.\n"
            "* Hiring: Interviews candidates.\n"
            "* Compliance: Follows consent rules.",
        ],
    )["decision_rights"]
    assert fields["budget"]["text"] == "Spends within a per-study incentive allowance."
    assert fields["vendor"]["text"] == "Recommends recruiting vendors."
    assert fields["hiring"]["text"] == "Interviews candidates."
    assert fields["compliance"]["text"] == "Follows consent rules."
    assert fields["architecture"] is None
    assert fields["other"] == []


def test_independent_heading_naming_the_role() -> None:
    fields = _fields(
        13,
        "Decision Rights and Scope of Authority",
        [
            "### Decisions the SRE can make independently",
            "- Alert thresholds for owned services.\n- Rollback during an incident.",
            "### Decisions requiring team approval",
            "- Changes to shared SLO definitions.",
        ],
    )["decision_rights"]
    assert fields["independent"]["heading"] == "Decisions the SRE can make independently"
    assert [d["text"] for d in fields["independent"]["decisions"]] == [
        "Alert thresholds for owned services.",
        "Rollback during an incident.",
    ]
    assert [d["text"] for d in fields["team_approval"]["decisions"]] == ["Changes to shared SLO definitions."]
    assert fields["other"] == []


# --------------------------------------------------------------------------
# soft skills: a sub-heading per skill
# --------------------------------------------------------------------------


def test_soft_skill_named_by_its_subheading() -> None:
    skills = _html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        "<p><b>Systems thinking</b></p><ul><li>Why it matters: failures span stages.</li>"
        "<li>How it shows up: traces root causes.</li><li>Strong performance: safe designs.</li></ul>"
        "<p><b>Calm under pressure</b></p><ul><li>Why it matters: incidents happen.</li>"
        "<li>How it shows up: steady triage.</li></ul>"
    )["soft_skills"]["skills"]
    assert [
        (s["name"], s["group"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"]) for s in skills
    ] == [
        ("Systems thinking", None, "failures span stages.", "traces root causes.", "safe designs."),
        ("Calm under pressure", None, "incidents happen.", "steady triage.", None),
    ]


def test_soft_skill_group_subheading_kept() -> None:
    # A sub-heading over skill lines is a group, not a skill.
    skills = _html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        "<p><b>Collaboration skills</b></p><ul><li>Stakeholder empathy<ul><li>Why it matters: trust.</li></ul></li>"
        "<li>Clear writing<ul><li>Why it matters: async work.</li></ul></li></ul>"
    )["soft_skills"]["skills"]
    assert [(s["name"], s["group"], s["why_it_matters"]) for s in skills] == [
        ("Stakeholder empathy", "Collaboration skills", "trust."),
        ("Clear writing", "Collaboration skills", "async work."),
    ]


# --------------------------------------------------------------------------
# enumerations: a thousands separator is no separator
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Freshness, cost per 1,000 predictions, uptime", ["Freshness", "cost per 1,000 predictions", "uptime"]),
        ("Serves 10,000,000 users, 5 regions", ["Serves 10,000,000 users", "5 regions"]),
        ("1,2,3", ["1", "2", "3"]),  # no thousands group: digits listed
        ("Versions 1, 200 and 3", ["Versions 1", "200 and 3"]),  # a space after the comma: a separator
        ("Ids 12,3456", ["Ids 12", "3456"]),  # four digits after the comma: not a thousands group
    ],
)
def test_split_enumeration_thousands(text: str, items: list[str]) -> None:
    assert split_enumeration(text) == items


def test_scorecard_top_kpis_keep_thousands() -> None:
    scorecard = _html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Summary</th></tr>"
        "<tr><td>Top KPIs</td><td>Freshness, cost per 1,000 queries, uptime</td></tr></table>"
    )
    assert scorecard["scorecard"]["top_kpis"] == ["Freshness", "cost per 1,000 queries", "uptime"]


# --------------------------------------------------------------------------
# role summary: business value members and teams sharing a head
# --------------------------------------------------------------------------


def test_inline_business_value_lead_and_closing_member() -> None:
    text = (
        "The business value created is measurable: fewer customer-facing outages, protected revenue, "
        "and faster, safer delivery because teams trust their tooling."
    )
    assert inline_business_value(text) == [
        "fewer customer-facing outages",
        "protected revenue",
        "faster, safer delivery because teams trust their tooling",
    ]


def test_inline_business_value_as_on_the_seed() -> None:
    # The closing 'and' opens the last member only: earlier members still split.
    text = "The business value created includes reduced cost, risk mitigation, and faster product iteration."
    assert inline_business_value(text) == ["reduced cost", "risk mitigation", "faster product iteration"]


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Legal, Privacy and Accessibility specialists (context-specific)",
            ["Legal, Privacy and Accessibility specialists (context-specific)"],
        ),
        ("Engineering, Design, and Product teams", ["Engineering, Design, and Product teams"]),
        # no shared plural head: a plain list, as the seeds' lists
        ("Product Management, Design, and Legal", ["Product Management", "Design", "Legal"]),
        ("Security, Privacy, and Legal", ["Security", "Privacy", "Legal"]),
        # no coordination: each member its own team
        ("Finance, RevOps, Customer Success operations", ["Finance", "RevOps", "Customer Success operations"]),
        # a multi-word member before the last: no shared head
        (
            "Product Managers, Growth and Experimentation teams",
            ["Product Managers", "Growth and Experimentation teams"],
        ),
    ],
)
def test_split_teams_shared_head(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


# --------------------------------------------------------------------------
# career path and escalation points
# --------------------------------------------------------------------------


def test_evolution_told_in_one_paragraph() -> None:
    career = _fields(
        15,
        "Career Path and Progression",
        [
            "### How the role evolves",
            "Early years focus on delivering services; later the emphasis moves to platform design: "
            "ML Engineer → Senior ML Engineer → Staff ML Engineer.",
        ],
    )["career_path"]
    assert career["notes"] == []
    assert [(s["period"], s["text"]) for s in career["evolution"]] == [
        (
            None,
            "Early years focus on delivering services; later the emphasis moves to platform design: "
            "ML Engineer → Senior ML Engineer → Staff ML Engineer.",
        )
    ]


def test_evolution_lead_paragraph_stays_a_note() -> None:
    career = _fields(
        15,
        "Career Path and Progression",
        [
            "### How the role evolves",
            "The role grows in scope over the first year.",
            "- Months 0–3: learning systems.\n- Months 3–12: owning services.",
        ],
    )["career_path"]
    assert career["notes"] == ["The role grows in scope over the first year."]
    assert [(s["period"], s["period_start"], s["period_end"]) for s in career["evolution"]] == [
        ("Months 0–3", 0.0, 3.0),
        ("Months 3–12", 3.0, 12.0),
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "escalate_to"),
    [
        (
            "ML Engineering Manager for priority conflicts and capacity",
            "priority conflicts and capacity",
            ["ML Engineering Manager"],
        ),
        ("Data quality incidents → escalate to data governance", "Data quality incidents", ["data governance"]),
        # no role before 'for': the whole item is the trigger
        ("Budget overruns for the quarter", "Budget overruns for the quarter", []),
    ],
)
def test_escalation_role_for_trigger(text: str, trigger: str, escalate_to: list[str]) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.escalate_to) == (trigger, escalate_to)
