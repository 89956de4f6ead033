"""Round 77 unseen page: a property and casualty insurance claims adjuster, markdown as python-markdownify writes it
from the page's HTML (setext === and --- headings, ### sub-heads, '* ' bullets with 2-space nested items, pipe
tables, inline links), with a roofing ad, tags and share links, related posts, a wpDiscuz comment thread, a sidebar
and a footer converted too.

Fixed here:
- "By line of business" keyed no role-variant dimension ("other"): a line of business (an insurer's personal,
  auto and commercial lines; a bank's retail and commercial banking) is the industry axis, as a sector or a
  therapeutic area is;
- a skill's "drone" ("working from drone, satellite, and policyholder video") was taken as the page's tool because
  the tools table lists "drone (DJI Mavic)": a lower-case word whose parenthetical names its products is their
  kind, no maker's lower-case spelling ("fastlane"), so a skill writing it names no tool.

Snippets below are synthetic; the page is frozen as tests/unseen/insurance-claims-adjuster.synthetic.md with its
key in tests/unseen/answer_keys/insurance-claims-adjuster.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.tools import ToolName, split_tools
from pipeline.sections import subheading_key
from tests.snippets import all_strings, unseen_document, use_line_skill_tools

_PAGE = "insurance-claims-adjuster.synthetic.md"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a line of business is the industry dimension ----------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["By line of business", "Line of business", "By lines of business", "By business line"],
)
def test_synthetic_line_of_business_is_the_industry_dimension(heading: str) -> None:
    assert subheading_key("role_variants", heading) == "industry"


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Staff vs independent adjuster", None),  # an employment model: no dimension of the family
        ("By company size", "company_size"),
        ("By industry", "industry"),
        ("By geography", "geography"),
    ],
)
def test_synthetic_other_variant_headings_keep_their_key(heading: str, key: str | None) -> None:
    assert subheading_key("role_variants", heading) == key


# --- synthetic: a lower-case kind with its products in parentheses ---------------------------------------------------


def test_synthetic_a_lower_case_kind_is_named_by_its_products() -> None:
    assert ToolName(name="drone", variants=["DJI Mavic"]).names == ("DJI Mavic",)
    assert ToolName(name="tablet", variants=["iPad"]).names == ("iPad",)


@pytest.mark.parametrize(
    ("tool", "names"),
    [
        (ToolName(name="fastlane"), ("fastlane",)),  # a maker's lower-case spelling, alone
        (ToolName(name="pgAdmin", variants=["PostgreSQL"]), ("pgAdmin", "PostgreSQL")),  # a capital inside: a name
        (ToolName(name="Drone", variants=["DJI Mavic"]), ("Drone", "DJI Mavic")),  # capitalised: as before
        (ToolName(name="Spark", variants=["Databricks", "EMR"]), ("Spark", "Databricks", "EMR")),
    ],
)
def test_synthetic_other_tools_keep_their_own_name(tool: ToolName, names: tuple[str, ...]) -> None:
    assert tool.names == names


def _table(*cells: str) -> tuple[str, ...]:
    return tuple(name for cell in cells for tool in split_tools(cell) for name in tool.names)


def test_synthetic_a_skill_writing_the_kind_names_no_tool() -> None:
    skills = use_line_skill_tools(
        ("Virtual inspection review", "working from drone, satellite, and policyholder video to scope damage."),
        ("Aerial survey", "flying a DJI Mavic over roofs too steep to walk."),
        table=_table("Moisture meter / ladder assist / drone (DJI Mavic)"),
    )
    assert skills == {"Virtual inspection review": [], "Aerial survey": ["DJI Mavic"]}


def test_synthetic_a_lower_case_product_alone_is_still_a_skills_tool() -> None:
    skills = use_line_skill_tools(
        ("CI/CD and fastlane", "automated builds and code signing."),
        table=_table("fastlane / Bitrise"),
    )
    assert skills == {"CI/CD and fastlane": ["fastlane"]}


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_role_variant_dimensions() -> None:
    dimensions = _fields()["role_variants"]["dimensions"]
    assert [(d["heading"], d["dimension"]) for d in dimensions] == [
        ("By company size", "company_size"),
        ("By line of business", "industry"),
        ("Staff vs independent adjuster", "other"),
        ("By geography", "geography"),
        ("Regulated vs non-regulated environment", "regulated"),
    ]
    assert [len(d["variants"]) for d in dimensions] == [2, 3, 2, 0, 0]
    assert [v["name"] for v in dimensions[1]["variants"]] == [
        "Personal property",
        "Auto physical damage and liability",
        "Commercial property",
    ]
    assert [len(d["notes"]) for d in dimensions[3:]] == [1, 1]


def test_drone_of_a_skill_is_no_tool() -> None:
    skills = {s["name"]: s["tools"] for s in _fields()["technical_skills"]["skills"]}
    assert skills["Virtual inspection and aerial imagery review"] == []
    assert skills["Property damage estimating"] == ["Xactimate"]
    row = _fields()["tools"]["rows"][11]
    assert [(t["name"], t["variants"]) for t in row["tools"]] == [
        ("Moisture meter", []),
        ("ladder assist", []),
        ("drone", ["DJI Mavic"]),
    ]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Insurance Claims Adjuster"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Claims Supervisor or Claims Team Manager")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99
    assert doc["source"]["date_published"] == "2025-04-02"


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert "policyholder’s promise" in paragraphs[1]
    teams = f["role_summary"]["interaction"]["groups"]
    assert len(teams) == 5
    assert teams[0]["text"] == "Claims supervisors and claims managers"
    assert f["role_mission"]["core_mission"].startswith("Resolve every assigned claim fairly, promptly, and accurately")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 21
    assert [item["number"] for item in items] == list(range(1, 22))
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 5,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Manage the desk to service standards"
    assert items[0]["detail"].startswith("Prioritize a pending caseload of 120–160 claims")
    assert items[-1]["title"] == "Act as catastrophe team lead when deployed"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 4, 3]
    third = d["daily"]["items"][2]
    assert third["text"] == "Write or revise estimates and:"
    assert len(third["sub_items"]) == 3
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 8
    assert deliverables[0]["name"] == "Coverage position letters"
    assert deliverables[-1]["name"] == "Closing reports and file-closing checklists"
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2] * 6
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("First contact time", "≥ 95% within 24 hours", "Weekly"),
    ("Inspection cycle time", "≤ 5 business days", "Weekly"),
    ("Average cycle time to close", "≤ 30 days (non-CAT property)", "Monthly"),
    ("Pending inventory", "120–160 claims", "Weekly"),
    ("Closure ratio", "≥ 1.0", "Monthly"),
    ("Reserve accuracy", "Within ±15% on 80% of files", "Quarterly"),
    ("Estimate accuracy / leakage", "< 3% leakage", "Quarterly"),
    ("Quality audit score", "≥ 90%", "Quarterly"),
    ("Reopen rate", "< 5%", "Monthly"),
    ("Subrogation referral rate", "100% of eligible claims", "Monthly"),
    ("Customer satisfaction (CSAT/NPS)", "CSAT ≥ 4.3/5; NPS ≥ +40", "Monthly"),
    ("DOI complaint ratio", "< 0.5 per 1,000", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Hours from FNOL to first live contact with the insured"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 4, "emerging": 3}
    assert skills[0]["name"] == "Coverage analysis and policy interpretation"
    assert skills[-1]["name"] == "Data-driven reserve analytics"
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Coverage analysis and policy interpretation"] == ["critical"]
    assert importance["Claim file documentation"] == ["important"]
    assert importance["Contents and ALE handling"] == ["optional"]
    assert importance["Water mitigation standards (IICRC S500)"] == ["context_specific"]
    assert importance["Commercial property and business interruption"] == ["optional", "important"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Empathy under stress", "Skepticism with fairness")
    assert soft[0]["why_it_matters"] == "Policyholders often call on the worst day of their year."
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 13
    assert sum(len(row["tools"]) for row in rows) == 28
    assert [t["name"] for t in rows[0]["tools"]] == ["Guidewire ClaimCenter", "Duck Creek Claims", "Origami Risk"]
    assert rows[8]["category"] == "Claims history / fraud"
    last = rows[-1]["tools"]
    assert [(t["name"], t["variants"]) for t in last] == [("Microsoft 365", ["Outlook", "Excel", "Teams"])]
    assert [r["prevalence"] for r in rows[:4]] == ["common", "common", "optional", "context_specific"]


def test_experience_and_career() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    certifications = [(c["name"], c["requirement"]) for c in f["experience"]["certifications"]]
    assert len(certifications) == 6  # "Xactimate Level 2 or Level 3 certification": one for each grade
    assert certifications[0] == ("State adjuster license", "required")
    assert certifications[1:3] == [
        ("Xactimate Level 2 certification", "common"),
        ("Xactimate Level 3 certification", "common"),
    ]
    assert certifications[-1] == ("Haag Certified Inspector – Residential Roofs", "context_specific")
    assert len(f["experience"]["prior_roles"]) == 5
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == ["Claims Trainee", "Desk Adjuster", "Construction Estimator"]
    assert c["feeder_roles"][0]["transition"]["to_role"] == "Insurance Claims Adjuster"
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Claims Adjuster",
        "Large Loss Adjuster / Complex Claims Specialist",
        "Claims Supervisor",
    ]
    assert len(c["adjacent_paths"]) == 4
    assert len(c["promotion_skills"]) == 4
    assert len(c["evolution"]) == 2


def test_hiring_and_scorecard() -> None:
    f = _fields()
    hiring = f["hiring"]
    assert len(hiring["what_to_assess"]) == 5
    assert len(hiring["exercises"]) == 2
    assert [row["dimension"] for row in hiring["scorecard"]["rows"]] == [
        "Coverage analysis",
        "Estimating",
        "Customer communication",
        "Negotiation",
        "Organization",
        "Compliance and ethics",
    ]
    s = f["scorecard"]
    assert len(s["rows"]) == 10
    assert s["role_title"] == "Insurance Claims Adjuster (Property and Casualty)"
    assert (len(s["top_responsibilities"]), s["top_responsibilities"][0]) == (10, "Coverage analysis")
    skills = s["top_technical_skills"]
    assert (len(skills), skills[0], skills[-1]) == (10, "Policy interpretation", "Virtual inspection")
    assert (len(s["top_soft_skills"]), s["top_soft_skills"][-1]) == (10, "Accountability")
    assert (len(s["top_tools"]), s["top_tools"][0], s["top_tools"][-1]) == (8, "Guidewire ClaimCenter", "Microsoft 365")
    assert (len(s["top_kpis"]), s["top_kpis"][-1]) == (8, "DOI complaint ratio")
    assert [r["name"] for r in s["career_progression_options"]][::5] == ["Senior Claims Adjuster", "Underwriter"]


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "ClaimsCareerHub",
        "Renata Obuya",
        "22 min read",
        "Roof Damage After the Storm?",
        "RoofMatch",
        "Find Roofing Contractors",
        "Related Posts",
        "Claims Examiner: Role Blueprint",
        "Notify of",
        "Inline Feedbacks",
        "Trevor M.",
        "Would love your thoughts",
        "Get the Claims Career Newsletter",
        "(555) 018-2293",
        "All rights reserved",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("**", "](", "\\*", "| --- |", "โ"):
        assert not any(mark in s for s in strings), mark
