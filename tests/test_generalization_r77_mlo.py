"""Round 77 unseen page: a mortgage loan officer, a WordPress REST post (JSON, content.rendered as HTML) with an Easy
TOC box, bold-paragraph sub-headings, <h3> stakeholder groups, an inline home-insurance ad, Contextual Related
Posts, Jetpack sharing, and Yoast, author and comment data in _embedded around the article.

Fixed here:
- a contrast heading opening with a sales channel ("Consumer-direct vs. retail branch") was read as an industry,
  on the word "consumer": "consumer-direct" and "direct-to-consumer" name a channel, no industry (dimension other);
- a stakeholder's clause "escalation point for borrower complaints" stayed in the nature: the detail word heading a
  noun ("escalation point", "escalation contact") labels the clause as "escalation on ..." does.

Snippets below are synthetic; the page is frozen as tests/unseen/mortgage-loan-officer.synthetic.json with its key
in tests/unseen/answer_keys/mortgage-loan-officer.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import _details
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "mortgage-loan-officer.synthetic.json"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


def _dimensions(body: str) -> list[tuple[str, str]]:
    groups = html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]["dimensions"]
    return [(group["heading"], group["dimension"]) for group in groups]


# --- synthetic: a sales channel is no industry --------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Consumer-direct vs. retail branch", "Direct-to-consumer vs. wholesale", "Consumer direct vs retail"],
)
def test_synthetic_a_channel_contrast_is_no_industry(heading: str) -> None:
    body = f"<h3>{heading}</h3><ul><li>One side works inbound leads; the other builds local relationships.</li></ul>"
    assert _dimensions(body) == [(heading, "other")]


def test_synthetic_a_channel_label_in_a_flat_list_is_no_industry() -> None:
    body = (
        "<ul><li>Direct-to-consumer brands: the role owns the storefront.</li>"
        "<li>Consumer electronics: long launch cycles.</li></ul>"
    )
    assert _dimensions(body) == [("Direct-to-consumer brands", "other"), ("Consumer electronics", "industry")]


@pytest.mark.parametrize(
    "heading",
    ["Consumer IoT vs industrial IoT", "Retail vs health-system operating model"],
)
def test_synthetic_an_industry_contrast_stays_an_industry(heading: str) -> None:
    body = f"<h3>{heading}</h3><ul><li>One side ships fast; the other runs lean.</li></ul>"
    assert _dimensions(body) == [(heading, "industry")]


# --- synthetic: "escalation point for ..." --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "details"),
    [
        (
            "production goals and exceptions; escalation point for borrower complaints.",
            [
                (None, "description", "production goals and exceptions"),
                ("escalation point", "escalation", "borrower complaints"),  # the stop closes the line
            ],
        ),
        (
            "sets direction; escalation contact when budgets slip.",
            [(None, "description", "sets direction"), ("escalation contact", "escalation", "when budgets slip")],
        ),
        (
            "owns the roadmap; first escalation point for outages",
            [(None, "description", "owns the roadmap"), ("first escalation point", "escalation", "outages")],
        ),
    ],
)
def test_synthetic_escalation_point_clause_is_the_escalation(
    text: str, details: list[tuple[str | None, str, str]]
) -> None:
    assert [(d.label, d.kind.value, d.text) for d in _details(None, text)] == details


@pytest.mark.parametrize(
    "text",
    [
        "line manager; point of contact for vendors.",  # no detail word opens the clause
        "budget owner; escalation points are listed in the runbook.",  # a sentence about them, no "for ..."
    ],
)
def test_synthetic_other_clauses_stay_one_description(text: str) -> None:
    assert [(d.kind.value, d.text) for d in _details(None, text)] == [("description", text)]


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_variant_dimensions() -> None:
    groups = _fields()["role_variants"]["dimensions"]
    assert [(g["heading"], g["dimension"]) for g in groups] == [
        ("By company size", "company_size"),
        ("By institution type", "other"),  # a "type" heading names no standard dimension ("By employer type")
        ("By geography", "geography"),
        ("Consumer-direct vs. retail branch", "other"),
    ]
    assert [v["name"] for v in groups[0]["variants"]] == ["Small lenders and brokers", "Large banks"]
    assert [v["name"] for v in groups[1]["variants"]] == ["Credit unions", "Independent mortgage banks"]


def test_branch_manager_escalation() -> None:
    internal = _fields()["stakeholders"]["internal"]
    assert [s["name"] for s in internal] == [
        "Loan processors",
        "Underwriters",
        "Secondary marketing / lock desk",
        "Branch Manager",
    ]
    manager = internal[3]
    assert (manager["nature"], manager["escalation"]) == ("production goals and exceptions", "borrower complaints")
    assert internal[0]["escalation"] == "stalled files to the processing manager"


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Mortgage Loan Officer"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to a Branch Manager or Sales Manager within the Retail")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    summary = f["role_summary"]
    assert len(summary["paragraphs"]) == 2
    assert summary["paragraphs"][0].startswith("The Mortgage Loan Officer (MLO) originates residential mortgage loans")
    teams = [g["text"] for g in summary["interaction"]["groups"]]
    assert len(teams) == 5
    assert teams[0] == "Loan processors and the processing manager"
    assert teams[-1] == "Title companies, appraisers, and settlement agents (external)"
    mission = f["role_mission"]
    assert mission["core_mission"].startswith("Help each borrower choose and close the right mortgage on time")
    assert len(mission["strategic_importance"]) == 3
    assert len(mission["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 4,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Build a referral-partner pipeline"
    assert items[0]["detail"].startswith("Cultivate 10–20 active real estate agents, builders, and planners")
    assert items[-1]["title"] == "Represent the lender in the community"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 4, 3]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 8
    assert deliverables[0]["name"] == "Pre-approval letters backed by an AUS finding"
    assert deliverables[-1]["name"] == "Referral-partner marketing materials"
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2] * 6
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Funded loan volume", "$1.5–2.5M per month", "Monthly"),
    ("Units closed", "5–8 units per month", "Monthly"),
    ("Pull-through rate", "≥ 70% of applications", "Monthly"),
    ("Lead-to-application conversion", "25–35%", "Monthly"),
    ("Application-to-close cycle time", "≤ 30 days for purchase loans", "Per loan"),
    ("On-time closing rate", "≥ 95%", "Monthly"),
    ("Clean submission rate", "≥ 90%", "Monthly"),
    ("TRID tolerance cures", "$0 cures; < 2% of loans", "Quarterly"),
    ("QC defect rate", "< 3% of sampled loans", "Quarterly"),
    ("Early payment default rate", "< 0.5%", "Quarterly"),
    ("Referral share of business", "≥ 40%", "Quarterly"),
    ("Borrower satisfaction (NPS)", "NPS ≥ 70", "Quarterly"),
    ("Lock expiration rate", "< 5% of locks", "Monthly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Dollar amount of loans funded"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Loan program guidelines (Fannie Mae, Freddie Mac, FHA, VA, USDA)"] == ["critical"]
    assert importance["Loan origination system (LOS) proficiency"] == ["important"]
    assert importance["Self-employed tax return analysis (Form 1084)"] == ["important"]
    assert importance["Mortgage CRM and marketing automation"] == ["optional"]
    assert importance["Jumbo and non-QM structuring"] == ["context_specific"]
    assert importance["Construction and renovation lending (FHA 203(k), HomeStyle)"] == ["optional", "important"]
    assert importance["Alternative credit data"] == ["context_specific"]
    soft = f["soft_skills"]["skills"]
    assert [s["name"] for s in soft] == [
        "Trust-building",
        "Expectation management",
        "Resilience under rejection",
        "Attention to detail",
        "Ethical judgment",
        "Negotiation",
        "Time and pipeline management",
    ]
    assert soft[0]["why_it_matters"] == "Borrowers make the largest financial decision of their lives with this person."
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 15
    names = {row["category"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Loan origination system"] == ["Encompass", "Byte", "Calyx Point"]
    assert names["Automated underwriting"] == ["Desktop Underwriter", "Loan Product Advisor"]
    assert names["Income calculators"] == ["MGIC income analysis tools", "Enact income analysis tools"]
    assert names["Office software"] == ["Microsoft Excel", "Outlook"]
    assert names["Communication"] == ["RingCentral", "Microsoft Teams"]
    prevalence = {row["category"]: row["prevalence"] for row in rows}
    assert prevalence["Marketing automation"] == "optional"
    assert prevalence["Document management"] == "context_specific"
    assert prevalence["Licensing"] == "common"


def test_stakeholders_experience_and_career() -> None:
    f = _fields()
    stakeholders = f["stakeholders"]
    assert [s["name"] for s in stakeholders["external"]] == [
        "Borrowers",
        "Real estate agents and builders",
        "Title and settlement agents",
    ]
    assert len(stakeholders["peer_roles"]) == 5
    assert len(stakeholders["escalation_points"]) == 3
    experience = f["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    certifications = experience["certifications"]
    assert len(certifications) == 4
    assert certifications[0]["name"] == "NMLS license with SAFE Act 20-hour pre-licensing and national test"
    assert (certifications[-1]["detail"], certifications[-1]["requirement"]) == ("CMPS", "optional")
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Loan Officer Assistant",
        "Mortgage Processor",
        "Bank Personal Banker",
        "Real estate or insurance sales",
    ]
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == ["Loan Officer Assistant", "Mortgage Processor", "Personal Banker"]
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Mortgage Loan Officer",
        "Producing Branch Manager",
        "Regional Sales Manager",
    ]
    assert [r["name"] for r in c["adjacent_paths"]] == [
        "Mortgage Underwriter",
        "Secondary Marketing Analyst",
        "Real Estate Broker",
    ]
    assert len(c["promotion_skills"]) == 3


def test_hiring_and_scorecard() -> None:
    f = _fields()
    hiring = f["hiring"]
    assert len(hiring["what_to_assess"]) == 4
    assert [len(hiring[k]) for k in ("exercises", "strong_signals", "weak_signals", "red_flags")] == [2, 2, 1, 2]
    assert [r["dimension"] for r in hiring["scorecard"]["rows"]] == [
        "Program knowledge",
        "Income analysis",
        "Sales and relationships",
        "Compliance",
        "Communication",
    ]
    scorecard = f["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "Mortgage Loan Officer"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_responsibilities"][-1] == "Compliance with TRID and fair lending"
    assert (scorecard["top_soft_skills"][0], scorecard["top_soft_skills"][-1]) == ("Trust-building", "Composure")
    assert (scorecard["top_tools"][0], scorecard["top_tools"][-1]) == ("Encompass", "Excel")
    assert len(scorecard["top_kpis"]) == 8
    assert scorecard["career_progression_options"][0]["name"] == "Senior Mortgage Loan Officer"


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Table of Contents",
        "Toggle",
        "Compare Home Insurance Quotes",
        "40+ carriers",
        "$612",
        "Get My Free Quote",
        "ShieldNest",
        "Related Posts:",
        "Mortgage Underwriter: Role Blueprint",
        "Share this:",
        "Click to share",
        "Marcus T.",
        "six lean months",
        "LendingRoles",
        "Dana Whitcomb",
        "17 minutes",
        "Continue reading",
        "Mortgage lending looks simple from the outside",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&#", "&amp;", "&hellip;", "**", "]("):
        assert not any(mark in s for s in strings), mark
