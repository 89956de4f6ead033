"""Round 73 unseen page: a BI engineering lead, WordPress block-theme HTML with ads, a feedback widget, related
posts and a comment widget around the article.

Three fields came out wrong. Under "<h3>Regulated vs non-regulated environment</h3>" the paragraph "Regulated:
SOX controls, ..." names a side of the contrast, whose name is also a phrase of the sub-heading's key: it opened a
second "regulated" dimension holding the text as a note, the heading's own left empty. An "&" inside a rank's
department ("the Director of Data &amp; Analytics") split one escalation target in two. And the promotion
skills written as one bare sentence ("Managing managers, multi-year data strategy, budget ownership, and
executive influence.") stayed a note, no skill read.

Snippets below are synthetic; the page is frozen as tests/unseen/bi-engineering-lead.synthetic.html with its key
in tests/unseen/answer_keys/bi-engineering-lead.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import escalation_points
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "bi-engineering-lead.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a side of a contrast labelled with the sub-heading's own key -----------------------------------------


def _dimensions(body: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    fields = html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]
    return [
        (group["dimension"], group["heading"], [(v["name"], v["description"]) for v in group["variants"]])
        for group in fields["dimensions"]
    ]


def test_synthetic_side_labelled_with_the_headings_key_is_its_variant() -> None:
    body = (
        "<h3>Regulated vs non-regulated</h3><p>Regulated: validated systems and audit trails.</p>"
        "<p>Non-regulated: lighter change control.</p>"
    )
    assert _dimensions(body) == [
        (
            "regulated",
            "Regulated vs non-regulated",
            [("Regulated", "validated systems and audit trails."), ("Non-regulated", "lighter change control.")],
        )
    ]


def test_synthetic_a_label_of_another_key_still_opens_its_dimension() -> None:
    body = "<h3>By industry</h3><p>Banking: heavy controls.</p><p>Regulated: validated systems and audit trails.</p>"
    dimensions = _dimensions(body)
    assert [(dimension, heading) for dimension, heading, _ in dimensions] == [
        ("industry", "By industry"),
        ("regulated", "Regulated"),
    ]


# --- synthetic: an '&' inside a rank's department ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Budget overruns go to the Head of Risk & Compliance.", ["the Head of Risk & Compliance"]),
        ("Escalate to the VP of Research & Development.", ["the VP of Research & Development"]),
        ("Escalate to the CFO & Legal.", ["the CFO", "Legal"]),  # a role noun before the '&': two targets
        ("Escalate to the Director of Sales & the CTO.", ["the Director of Sales", "the CTO"]),  # a role after it
    ],
)
def test_synthetic_ampersand_joins_a_department_not_two_targets(text: str, targets: list[str]) -> None:
    (point,) = escalation_points(text)
    assert point.escalate_to == targets


# --- synthetic: promotion skills as one bare enumeration ----------------------------------------------------------


def _promotion(paragraph: str) -> tuple[list[str], list[str]]:
    body = f"<h2>15) Career Path and Progression</h2><h3>Skills needed for promotion</h3><p>{paragraph}</p>"
    career = html_fields(body)["career_path"]
    return [skill["text"] for skill in career["promotion_skills"]], career["promotion_notes"]


def test_synthetic_bare_enumeration_is_the_skills_list() -> None:
    sentence = "Portfolio planning, vendor negotiation, and coaching new leads."
    assert _promotion(sentence) == (["Portfolio planning", "vendor negotiation", "coaching new leads"], [sentence])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Promotion requires scope, judgment, and trust.",  # a clause before its list
        "Promotion comes with time. Scope, judgment, and trust matter most.",  # two sentences
        "Scope and judgment.",  # too few items for a list
    ],
)
def test_synthetic_prose_about_promotion_stays_a_note(paragraph: str) -> None:
    skills, notes = _promotion(paragraph)
    assert skills == []
    assert notes == [paragraph]


# --- the page: the fixed fields --------------------------------------------------------------------------------------


def test_regulated_dimension_holds_its_variant() -> None:
    dimensions = _fields()["role_variants"]["dimensions"]
    regulated = [group for group in dimensions if group["dimension"] == "regulated"]
    assert len(regulated) == 1
    (group,) = regulated
    assert group["heading"] == "Regulated vs non-regulated environment"
    assert group["notes"] == []
    assert [(v["name"], v["description"]) for v in group["variants"]] == [
        ("Regulated", "SOX controls, evidence retention, and stricter access reviews.")
    ]


def test_escalation_target_keeps_its_department_whole() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [point["escalate_to"] for point in points] == [
        ["the metrics council"],
        ["the Director of Data & Analytics"],
    ]


def test_promotion_skills_read_from_the_sentence() -> None:
    career = _fields()["career_path"]
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Managing managers",
        "multi-year data strategy",
        "budget ownership",
        "executive influence",
    ]
    # The sentence stays as printed too: its "and" is typed nowhere else (every character of the page is typed).
    assert career["promotion_notes"] == [
        "Managing managers, multi-year data strategy, budget ownership, and executive influence."
    ]


# --- the page: the key's main fields ---------------------------------------------------------------------------------


def test_main_fields_of_the_key() -> None:
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert document["role"]["title"] == "BI Engineering Lead"
    assert document["missing_sections"] == []
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    assert [categories.count(c) for c in ("strategic", "operational", "technical", "cross_functional")] == [4, 4, 5, 3]
    assert [categories.count(c) for c in ("governance", "leadership")] == [3, 3]
    assert len(categories) == 22
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 5, 4, 5, 3]
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 3, 3, 3, 2]
    assert len(fields["deliverables"]["items"]) == 10
    assert len(fields["tech_stack"]["environments"]) == 7
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 2, 2, 2, 2]
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream")
    assert [len(stakeholders[key]) for key in keys] == [5, 2, 4, 3, 4]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == [
        "Stakeholder negotiation",
        "Coaching and team development",
        "Business acumen",
        "Clear written communication",
        "Pragmatic prioritization",
        "Calm ownership under pressure",
    ]
    assert [group["dimension"] for group in fields["role_variants"]["dimensions"]] == [
        "company_size",
        "industry",
        "geography",
        "product_vs_service",
        "startup_vs_enterprise",
        "regulated",
    ]
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [5, 3, 2, 2, 2]
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Certified KPI coverage", "≥ 90% of board metrics certified", "Quarterly"),
        ("Data freshness SLA attainment", "≥ 98% of days", "Weekly"),
        ("Dashboard P95 load time", "< 5 seconds", "Monthly"),
        ("Data incidents reaching users", "≤ 2 per quarter", "Monthly"),
        ("Request lead time", "< 10 business days", "Monthly"),
        ("Test coverage of certified models", "100%", "Monthly"),
        ("Self-service adoption", "≥ 60% active", "Monthly"),
        ("BI cost per active user", "−20% year over year", "Quarterly"),
        ("Dashboard estate hygiene", "≥ 75%", "Quarterly"),
        ("Month-end reconciliation variance", "< 0.5%", "Monthly"),
        ("Stakeholder satisfaction", "≥ 4.2 / 5", "Half-yearly"),
        ("Team retention and growth", "0 regretted exits; 1+ promotion per year", "Annually"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 22
    assert [(row["category"], row["tool_text"], row["prevalence_levels"]) for row in rows[:4]] == [
        ("Data warehouse", "Snowflake", ["common"]),
        ("Data warehouse", "Google BigQuery", ["context_specific"]),
        ("Data warehouse", "Amazon Redshift", ["context_specific"]),
        ("Transformation", "dbt Core / dbt Cloud", ["common"]),
    ]
    assert (rows[7]["tool_text"], rows[7]["prevalence_levels"]) == ("dbt Semantic Layer / Cube", ["optional"])
    assert (rows[-1]["category"], rows[-1]["tool_text"], rows[-1]["prevalence_levels"]) == (
        "Work management",
        "Jira",
        ["common"],
    )


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 3]
    assert [skill["importance"] for skill in skills] == [
        *("critical", "critical", "critical", "critical", "important", "important"),
        *("important", "important", "optional", "optional"),
        *("important", "context_specific", "important"),
        *("optional", "important", "optional"),
    ]
    by_name = {skill["name"]: skill for skill in skills}
    assert by_name["Natural-language and AI-assisted analytics"]["importance_levels"] == ["optional", "important"]
    assert not any("Use:" in name for name in by_name)


def test_experience_years_and_certifications() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (7.0, 10.0, True)
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("dbt Analytics Engineering Certification", "optional"),
        ("SnowPro Core or Advanced", "optional"),
        ("Microsoft PL-300 Power BI Data Analyst", "context_specific"),
    ]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Senior BI Engineer",
        "Senior Analytics Engineer",
        "Analytics Manager",
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "BI & Analytics Engineering Manager",
        "Head of Business Intelligence",
        "Director of Data & Analytics",
    ]
    assert [role["name"] for role in career["adjacent_paths"]] == [
        "Data Platform Engineering Lead",
        "Data Governance Lead",
        "Staff Analytics Engineer",
    ]


@pytest.mark.parametrize(
    "noise",
    [
        "Skip to content",
        "CareerAtlas",
        "Compare Solar Panel Installers",
        "Plan Your Dream Kitchen Remodel",
        "Pet Insurance That Actually Pays",
        "14 min read",
        "Was this helpful",
        "Related posts",
        "Analytics Engineer: Role Blueprint",
        "Notify of",
        "0 Comments",
        "Inline Feedbacks",
        "All rights reserved",
        "dataLayer",
        "click to expand",
    ],
)
def test_noise_is_absent(noise: str) -> None:
    assert not any(noise in text for text in all_strings(unseen_document(_PAGE)))


def test_no_mojibake_left() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for mark in ("\u0e42", "â€", "&#", "&amp;", "**", "](", "!["):
        assert not any(mark in text for text in strings), mark
