"""Round 77 unseen page: a construction site superintendent, a Thrive Architect WordPress post (content in
div.tve_flt, text in thrv_text_element blocks, headings in thrv_heading wrappers, thrv-styled_list lists with SVG
icons, thrv_table tables with <th> headers in a <thead>), around it a Thrive table of contents, a Thrive Ultimatum
countdown promo, a Thrive Leads opt-in, a banner ad, share buttons, related posts, comments and a footer; five
mojibake characters.

Fixed here:
- a kind written once after a comma list went to every name: "Navisworks, Revit viewer" gave "Navisworks viewer",
  a product the page never names. After a comma (a list, not alternatives) only a plural kind is shared ("Fluke,
  Klein and Ideal multimeters"); after a '/' a singular one still is ("Autodesk / Bentley viewer");
- "the Project Executive settles disputes between them" named no decider: "settle(s)" decides, as "arbitrate(s)"
  does (a decider verb in pipeline/vocab/skills_to_decisions.json).

Snippets below are synthetic; the page is frozen as tests/unseen/construction-superintendent.synthetic.html with
its key in tests/unseen/answer_keys/construction-superintendent.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import deciders_in
from pipeline.parsers.tools import split_tools
from tests.snippets import all_strings, unseen_document

_PAGE = "construction-superintendent.synthetic.html"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a kind after a comma list -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Navisworks, Revit viewer", ["Navisworks", "Revit viewer"]),
        ("Solibri, Tekla model viewer", ["Solibri", "Tekla model viewer"]),
        ("Sage, Acumatica mobile app", ["Sage", "Acumatica mobile app"]),
    ],
)
def test_synthetic_a_singular_kind_after_a_comma_is_the_last_names(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Greenlee, Milwaukee hydraulic benders", ["Greenlee hydraulic benders", "Milwaukee hydraulic benders"]),
        ("Fluke, Klein and Ideal multimeters", ["Fluke multimeters", "Klein multimeters", "Ideal multimeters"]),
        ("Greenlee / Milwaukee hydraulic benders", ["Greenlee hydraulic benders", "Milwaukee hydraulic benders"]),
        ("Autodesk / Bentley viewer", ["Autodesk viewer", "Bentley viewer"]),  # alternatives: one viewer each
    ],
)
def test_synthetic_a_plural_kind_or_one_after_a_slash_is_still_shared(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


# --- synthetic: "settles" names a decider -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        (
            "The superintendent decides field sequence; the Project Executive settles disputes between them.",
            [("superintendent", "field sequence"), ("Project Executive", "disputes between them")],
        ),
        (
            "The regional director settles scope disputes between the two teams.",
            [("regional director", "scope disputes between the two teams")],
        ),
        ("Leads arbitrate priorities; the COO settles any appeal.", [("Leads", "priorities"), ("COO", "any appeal")]),
    ],
)
def test_synthetic_settles_names_a_decider(text: str, deciders: list[tuple[str, str]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


@pytest.mark.parametrize(
    "text",
    [
        "The Owner cannot settle with stakeholders.",  # what the role may not decide names no decider
        "Disputes between trades go to the weekly coordination meeting.",
    ],
)
def test_synthetic_no_decider_without_a_deciding_verb(text: str) -> None:
    assert deciders_in(text) == []


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_bim_cell_keeps_navisworks_whole() -> None:
    row = _fields()["tools"]["rows"][7]
    assert row["category"] == "BIM and coordination"
    assert row["tool_text"] == "Navisworks, Revit viewer"
    assert [tool["name"] for tool in row["tools"]] == ["Navisworks", "Revit viewer"]
    assert row["prevalence"] == "context_specific"


def test_project_executive_is_a_decider() -> None:
    authority = _fields()["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("superintendent", "field sequence and daily work assignments"),
        ("PM", "commercial matters"),
        ("Project Executive", "disputes between them"),
    ]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Construction Site Superintendent"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the General Superintendent or the Project Executive")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    groups = f["role_summary"]["interaction"]["groups"]
    assert len(groups) == 6
    assert groups[0]["text"] == "Project Manager and Project Engineers on the general contractor team"
    assert groups[-1]["text"] == "Building inspectors, special inspectors, and the fire marshal (external)"
    assert f["role_mission"]["core_mission"].startswith("Deliver a safe, high-quality commercial building")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 4,
        "cross_functional": 3,
        "governance": 4,
        "leadership": 3,
    }
    assert (items[0]["title"], items[-1]["title"]) == ("Shape the site logistics plan", "Set the jobsite culture")
    assert items[0]["detail"].startswith("Lay out crane location, laydown areas")
    assert items[-1]["detail"] == "Model safety, housekeeping, and respect so that the whole site follows the standard."


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [6, 5, 4, 5, 4]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 9
    assert deliverables[0]["text"] == "Site logistics plan (by phase)"
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [3, 3, 3, 2, 3, 2]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Schedule variance to contract milestones", "0 days late; float held ≥ 10 working days", "Weekly"),
    ("Percent plan complete (PPC)", "≥ 80%", "Weekly"),
    ("Total recordable incident rate (TRIR)", "≤ 1.0", "Monthly"),
    ("Lost-time incidents", "0", "Monthly"),
    ("Safety observation close-out time", "≤ 2 days", "Weekly"),  # mojibake on the page
    ("First-time inspection pass rate", "≥ 90%", "Monthly"),  # mojibake on the page
    ("Rework cost", "< 1% of construction cost", "Monthly"),
    ("Open RFIs older than 10 days", "≤ 5", "Weekly"),
    ("Daily log completion", "100%", "Weekly"),
    ("Punch list closure", "≤ 30 days", "Per project"),
    ("Subcontractor manpower vs plan", "Within 10% of plan", "Weekly"),
    ("Owner satisfaction score", "≥ 4.5/5", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Days ahead or behind each contract milestone"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 17
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 4, "advanced": 4, "emerging": 3}
    assert (skills[0]["name"], skills[-1]["name"]) == (
        "Construction scheduling and sequencing",
        "Data-driven safety analytics",
    )
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Construction scheduling and sequencing"] == ["critical"]
    assert importance["Site logistics planning"] == ["important"]
    assert importance["Lean construction / Last Planner System"] == ["optional"]
    assert importance["Crane and rigging planning"] == ["optional", "important"]
    assert importance["BIM model navigation and coordination"] == ["context_specific"]
    assert skills[0]["use"] == "build and update three-week look-aheads from the CPM schedule; sequence trades by area."
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Leadership presence on site", "Accountability and follow-through")
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 14
    assert (rows[0]["tool_text"], rows[-1]["tool_text"]) == ("Procore", "Weather radar app / site weather station")
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Oracle Primavera P6, Microsoft Project"] == ["Oracle Primavera P6", "Microsoft Project"]
    radios = ["Two-way radios", "mobile phone", "Microsoft Teams"]
    assert names["Two-way radios, mobile phone, Microsoft Teams"] == radios
    assert names["Microsoft Excel, Outlook"] == ["Microsoft Excel", "Outlook"]
    assert names["Telematics portal (JLG / Genie / rental provider)"] == ["Telematics portal"]
    assert names["Trimble total station / rotating laser level"] == ["Trimble total station", "rotating laser level"]
    assert [r["prevalence"] for r in rows[:3]] == ["common", "optional", "common"]


def test_stakeholders_experience_and_career() -> None:
    f = _fields()
    s = f["stakeholders"]
    assert (len(s["internal"]), len(s["external"])) == (5, 4)
    assert (s["internal"][0]["name"], s["external"][-1]["name"]) == (
        "General Superintendent",
        "Building officials and special inspectors",
    )
    assert len(s["escalation_points"]) == 4
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (8.0, 12.0, True)
    certifications = f["experience"]["certifications"]
    assert len(certifications) == 5
    assert (certifications[0]["name"], certifications[0]["requirement"]) == ("OSHA 30-Hour Construction", "required")
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == ["Assistant Superintendent", "Field Engineer", "Carpenter Foreman"]
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Superintendent",
        "General Superintendent",
        "Director of Field Operations",
    ]
    assert (len(c["adjacent_paths"]), len(c["promotion_skills"]), len(c["evolution"])) == (3, 4, 3)


def test_hiring_and_scorecard() -> None:
    f = _fields()
    h = f["hiring"]
    counts = [len(h[k]) for k in ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")]
    assert counts == [5, 3, 4, 3, 3]
    dimensions = h["scorecard"]["rows"]
    assert [d["dimension"] for d in (dimensions[0], dimensions[-1])] == [
        "Scheduling and planning",
        "Leadership and development",
    ]
    assert len(dimensions) == 6
    assert dimensions[0]["meets"] == "Builds a workable look-ahead and knows the critical path"
    sc = f["scorecard"]
    assert len(sc["rows"]) == 10
    assert (sc["rows"][0]["label"], sc["rows"][0]["value"]) == ("Role title", "Construction Site Superintendent")
    assert sc["rows"][-1]["label"] == "Career progression options"
    sizes = [len(sc[k]) for k in ("top_responsibilities", "top_technical_skills", "top_soft_skills")]
    assert sizes == [10, 10, 10]
    assert (len(sc["top_tools"]), len(sc["top_kpis"]), len(sc["career_progression_options"])) == (8, 9, 6)
    assert sc["top_tools"][0] == "Procore"


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "FieldLeaders",
        "Careers for the people who build",
        "Home » Field Leadership",
        "Rick Alvarado",
        "22 minute read",
        "Table of Contents",
        "Spring Equipment Rental Event",
        "Reserve Your Lift Now",
        "LIFT25",
        "LiftYard",
        "Offer ended",
        "Daily Log Template",
        "Send Me the Template",
        "Unsubscribe anytime",
        "HardHat Pro",
        "Shop site packs",
        "Share on LinkedIn",
        "312 shares",
        "Related Posts",
        "MEP Superintendent: Role Blueprint",
        "Tommy Kowalczyk",
        "pump truck showed up",
        "Janelle O.",
        "Leave a Reply",
        "Your email address will not be published",
        "Advertise With Us",
        "555-0187",
        "All rights reserved",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for word in ("Days", "Hours", "Minutes", "Seconds", "Reply", "Contact", "Courses", "About", "Terms"):
        assert word not in strings, word  # the countdown's captions, the menu's and footer's links
    for mark in ("tve-u-", "data-css", "tve_frontend_options", "@media", "&#", "&amp;", "&raquo;", "**", "](", "โ"):
        assert not any(mark in s for s in strings), mark
