"""Round 76 unseen page: an HVAC service technician, plain text in seed 004's compact style (no blank lines, '- '
bullets, '| a | b |' pipe tables, inline " – " lists after a label) with seed 004's lossy bare "โ" for dashes,
quotes, apostrophes and arrows, and the scraper-kept noise around it: a header menu, breadcrumb and byline, share
links, two language-school ads, related posts, a wpDiscuz thread, archives and a footer.

Fixed here:
- a bare "โ" before a level an adverb qualifies ("A2L refrigerant safety training โ Increasingly required") became
  an arrow, so the certification kept "→ Increasingly required" in its name and had no requirement: a level word
  after an "-ly" adverb is the item's level as a bare level word is, so the separator is a dash;
- "Airflow and static pressure measurement" named the tool Airflow: a gazetteer name that is a trade's noun too
  (skills_to_decisions.json's word_tools) is no tool where it only opens a line or sentence joined to lowercase
  words that name no tool;
- "Oxy-acetylene / air-acetylene torch" gave the bare modifier "Oxy-acetylene": two hyphenated modifiers alike in
  their last part share the noun written once after the second;
- "notify the customer in writing, and call the service manager" gave the targets "the customer in writing" and
  "call the service manager": the way a party is reached ("in writing", "by email") and a contacting verb before
  it ("call", "contact", "page") are no part of its name;
- "high school diploma" gave the degree levels high_school and diploma: it is the high-school level alone.

Snippets below are synthetic; the page is frozen as tests/unseen/hvac-service-technician.synthetic.txt with its key
in tests/unseen/answer_keys/hvac-service-technician.md (its deliverables count corrected to 10).
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.mojibake import repair_text
from pipeline.parsers.experience import DegreeLevel, degree_levels
from pipeline.parsers.stakeholders import escalation_targets
from pipeline.parsers.technical_skills import _skill_tools
from pipeline.parsers.tools import split_tools
from pipeline.parsers.vocabulary import tools_in
from tests.snippets import all_strings, unseen_document

_PAGE = "hvac-service-technician.synthetic.txt"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a bare "โ" before a level an adverb qualifies ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("- A2L refrigerant safety training \u0e42 Increasingly required", "– Increasingly required"),
        ("- Forklift certificate \u0e42 Usually preferred (in large shops)", "– Usually preferred"),
        ("- OSHA 30 \u0e42 Highly recommended", "– Highly recommended"),
        # Still an arrow between two levels, an adverb or not: "Optional → Important if ...".
        ("- VRF diagnostics (Optional \u0e42 Increasingly important)", "→ Increasingly important"),
        ("- VRF diagnostics (Optional \u0e42 Important if commercial)", "→ Important if"),
    ],
)
def test_synthetic_a_level_after_an_adverb_takes_a_dash(line: str, repaired: str) -> None:
    assert repaired in repair_text(line + "\n")[0]


# --- synthetic: a trade's noun that the gazetteer lists as a tool -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("Airflow and static pressure measurement\nUse: duct diagnostics.", []),
        ("Airflow, static pressure and temperature split", []),
        # The scheduler: mid-sentence, beside another tool, or before no lowercase conjunct.
        ("Orchestration with Airflow", ["Airflow"]),
        ("Airflow and dbt", ["Airflow", "dbt"]),
        ("Airflow DAG design", ["Airflow"]),
        ("Workflow orchestration basics\nUse: Airflow DAGs and retries.", ["Airflow"]),
    ],
)
def test_synthetic_a_trade_noun_opening_a_skill_is_no_tool(text: str, tools: list[str]) -> None:
    name = text.split("\n")[0]
    assert _skill_tools(name, text, list(tools_in(text))) == tools


# --- synthetic: two hyphenated modifiers of one noun ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "Oxy-acetylene / air-acetylene torch, nitrogen regulator",
            ["Oxy-acetylene torch", "air-acetylene torch", "nitrogen regulator"],
        ),
        ("Single-stage / two-stage vacuum pumps", ["Single-stage vacuum pumps", "two-stage vacuum pumps"]),
        # Modifiers not alike, or the second side a product's name: no shared noun.
        ("X-ray / e-mail tools", ["X-ray", "e-mail tools"]),
        ("Pre-commit / post-commit Hooks", ["Pre-commit", "post-commit Hooks"]),
        ("RLS / Viega press tools", ["RLS press tools", "Viega press tools"]),
    ],
)
def test_synthetic_alike_compound_modifiers_share_the_noun(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


# --- synthetic: whom an escalation reaches ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "targets"),
    [
        (
            "red-tag, notify the customer in writing, and call the service manager",
            ["the customer", "the service manager"],
        ),
        ("notify Legal by email and contact the site lead", ["Legal", "the site lead"]),
        # Unchanged: a verb of the escalation vocabulary, a bare target.
        (
            "escalate to incident leadership and notify engineering executives",
            ["incident leadership", "engineering executives"],
        ),
        ("service manager", ["service manager"]),
    ],
)
def test_synthetic_a_contact_verb_and_manner_are_no_part_of_the_target(action: str, targets: list[str]) -> None:
    assert escalation_targets(action) == targets


# --- synthetic: a high school diploma ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("High school diploma or GED required.", [DegreeLevel.HIGH_SCHOOL]),
        (
            "High school diploma plus an HVAC/R certificate or associate degree",
            [DegreeLevel.HIGH_SCHOOL, DegreeLevel.ASSOCIATE],
        ),
        # A diploma of its own stays one.
        ("Technical diploma or vocational qualification", [DegreeLevel.DIPLOMA]),
        ("A diploma in engineering or a high school diploma", [DegreeLevel.DIPLOMA, DegreeLevel.HIGH_SCHOOL]),
    ],
)
def test_synthetic_a_high_school_diploma_is_the_high_school_level(text: str, levels: list[DegreeLevel]) -> None:
    assert degree_levels(text) == levels


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_certification_with_an_adverbed_level() -> None:
    certs = _fields()["experience"]["certifications"]
    assert [(c["name"], c["requirement"], c["requirement_text"]) for c in certs] == [
        ("EPA Section 608 Universal certification", "required", "Required"),
        ("NATE certification", "preferred", "Preferred"),
        ("State or local HVAC/mechanical license", "context_specific", "Context-specific"),
        ("OSHA 10 Construction", "common", "Common"),
        ("A2L refrigerant safety training", "required", "Increasingly required"),
    ]
    assert certs[1]["detail"] == "air conditioning, heat pump, or gas heating"
    assert certs[2]["note"] == "required in many states"


def test_skill_tools_and_torch_row() -> None:
    f = _fields()
    skills = {s["name"]: s for s in f["technical_skills"]["skills"]}
    assert skills["Airflow and static pressure measurement"]["tools"] == []
    rows = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in f["tools"]["rows"]}
    assert rows["Oxy-acetylene / air-acetylene torch, nitrogen regulator"] == [
        "Oxy-acetylene torch",
        "air-acetylene torch",
        "nitrogen regulator",
    ]
    assert rows["RLS / Viega press tools"] == ["RLS press tools", "Viega press tools"]


def test_escalation_points() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Suspected cracked heat exchanger or CO hazard", ["the customer", "the service manager"]),
        ("Customer dispute over price or workmanship", ["service manager"]),
        (
            "Repeat failure of the same component within warranty",
            ["manufacturer technical support", "the service manager"],
        ),
    ]
    assert points[0]["action"] == "red-tag, notify the customer in writing, and call the service manager"


def test_education_levels() -> None:
    education = _fields()["experience"]["education"]
    assert education[0]["text"].startswith("Common: high school diploma or GED plus an HVAC/R certificate")
    assert education[0]["degree_levels"] == ["high_school", "associate"]
    assert len(education) == 2


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "HVAC Service Technician"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Service Manager or Field Service Supervisor")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    assert "company’s reputation" in f["role_summary"]["paragraphs"][1]
    assert len(f["role_summary"]["business_value"]) == 4
    assert f["role_mission"]["core_mission"].startswith("Restore and maintain safe, efficient heating and cooling")
    assert len(f["role_mission"]["strategic_importance"]) == 4
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 6,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Protect maintenance agreement revenue"
    assert items[0]["detail"].startswith("Complete agreement visits on time and explain findings")
    assert items[-1]["title"] == "Share field knowledge"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 4, 4, 4]
    assert len(f["deliverables"]["items"]) == 10
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [4, 3, 3, 2, 3, 2]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("First-time fix rate", ">80% residential; >70% commercial", "Weekly"),
    ("Callback rate", "<5% of completed calls", "Monthly"),
    ("Billable hours ratio", "70–80% of paid hours", "Weekly"),
    ("Average repair ticket", "$350–$550 per residential demand call (market-dependent)", "Monthly"),
    ("Planned maintenance completion", "95% completed in the scheduled month", "Monthly"),
    ("Maintenance agreement conversion", "15–25% of eligible calls", "Monthly"),
    (
        "Refrigerant recordkeeping compliance",
        "100% of jobs logged; leak repairs on 50 lb+ systems within 30 days",
        "Per job / Quarterly",
    ),
    ("Work order completeness", "98% complete at close", "Weekly"),
    ("On-time arrival", "90% within window", "Weekly"),
    ("Customer satisfaction (CSAT)", "4.7/5 average or higher", "Monthly"),
    ("Safety incidents", "Zero recordables; all near misses reported", "Quarterly"),
    ("Warranty parts return compliance", "100% returned within 30 days", "Monthly"),
    ("Truck stock accuracy", ">95% accurate at monthly count", "Monthly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "% of service calls resolved on the first visit without a return trip"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 4, "advanced": 4, "emerging": 3}
    assert skills[0]["name"] == "Refrigeration cycle diagnostics"
    assert skills[-1]["name"] == "Indoor air quality (IAQ) solutions"
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Refrigeration cycle diagnostics"] == ["critical"]
    assert importance["Airflow and static pressure measurement"] == ["important"]
    assert importance["Hydronic boiler basics"] == ["optional", "context_specific"]
    assert importance["VRF / VRV system diagnostics"] == ["optional", "important"]
    assert importance["Building automation system (BAS) troubleshooting"] == ["context_specific"]
    assert importance["A2L refrigerant handling (R-454B / R-32)"] == ["critical"]
    assert importance["Indoor air quality (IAQ) solutions"] == ["optional"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == (
        "Customer communication and trust-building",
        "Teamwork and knowledge sharing",
    )
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 23
    assert (rows[0]["category"], rows[-1]["category"]) == ("Diagnostic instruments", "Training")
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Carrier / Trane / Lennox dealer portals"] == [
        "Carrier dealer portals",
        "Trane dealer portals",
        "Lennox dealer portals",
    ]
    assert names["CO and combustible gas detector, PPE, lockout/tagout kit"][0] == "CO and combustible gas detector"
    assert names["ServiceTitan / FieldEdge / Housecall Pro"] == ["ServiceTitan", "FieldEdge", "Housecall Pro"]
    assert [r["prevalence"] for r in rows[5:8]] == ["common", "optional", "common"]


def test_experience_career_and_scorecards() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "HVAC Apprentice",
        "Installation Technician",
        "Service Helper",
        "Appliance Repair Technician",
    ]
    assert c["feeder_roles"][0]["transition"]["to_role"] == "HVAC Service Technician"
    assert [r["name"] for r in c["next_roles"]][0] == "Senior / Lead Service Technician"
    assert len(c["next_roles"]) == 4
    assert len(c["adjacent_paths"]) == 4
    assert len(c["promotion_skills"]) == 4
    assert len(c["evolution"]) == 4
    hiring = f["hiring"]
    assert len(hiring["what_to_assess"]) == 5
    assert [e["name"] for e in hiring["exercises"]] == ["Hands-on bench test", "Readings case", "Customer role-play"]
    assert len(hiring["scorecard"]["rows"]) == 6
    s = f["scorecard"]
    assert s["role_title"] == "HVAC Service Technician"
    assert len(s["rows"]) == 10
    assert (s["top_technical_skills"][0], s["top_technical_skills"][-1]) == (
        "Refrigeration cycle diagnostics",
        "A2L refrigerant handling",
    )
    assert len(s["top_responsibilities"]) == 10
    assert len(s["main_deliverables"]) == 7
    assert len(s["career_progression_options"]) == 7


def test_noise_absent_and_no_mojibake_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "Salary Data",
        "Home > Role Blueprints",
        "Renata Okafor",
        "17 min read",
        "Share on Facebook",
        "Find Your Perfect Language School Abroad",
        "Speak it, live it, love it",
        "Spring intakes filling fast",
        "Related Posts",
        "Refrigeration Technician: Role Blueprint",
        "Notify of",
        "Marcus T.",
        "our shop aims for 3%",
        "Priya N.",
        "The A2L section is timely",
        "Would love your thoughts",
        "Skilled Trades (318)",
        "+1 (555) 014-7720",
        "TradeRoles Media",
        "All rights reserved",
        "Cookie Settings",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    assert not any("\u0e42" in s for s in strings)
    assert not any("→ Increasingly" in s for s in strings)
