"""Round 75 unseen page: a water treatment plant operator, WordPress HTML as served (Yoast breadcrumbs, a Key
Takeaways box, <th scope="row"> first cells, skills in nested <ol> with <em> importances, soft skills as <dl>), two
ads, a star-rating widget, related posts, a wpDiscuz thread, a sidebar and a footer around the article.

Fixed here:
- the star-rating widget under the last table ("Rate this article", a row of stars, "4.2/5 (37 votes)",
  "Click on a star to rate it!") was kept as the scorecard's notes: its lines are widget lines now;
- "Operator-in-Training" was cut into the name "Operator-" and the qualifier "in-Training": a hyphenated compound
  is one word, no qualifier opens inside it, and its head (the word before "-in-") is the role noun;
- a kind written once after a '/' went to the last name only: "Allen-Bradley / Siemens PLCs" (a hyphenated brand,
  an acronym's plural as the kind) and "Benchtop pH / ISE meter" (a first side closing on a measure's symbol)
  now give each name its kind.

Snippets below are synthetic; the page is frozen as tests/unseen/water-treatment-operator.synthetic.html with its
key in tests/unseen/answer_keys/water-treatment-operator.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.noise import is_widget
from pipeline.parsers.tools import split_tools
from pipeline.parsers.vocabulary import ends_with_role, split_role_qualifier
from tests.snippets import all_strings, unseen_document

_PAGE = "water-treatment-operator.synthetic.html"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a star-rating widget's lines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Rate this article",
        "Rate this post:",
        "★★★★☆",
        "⭐⭐⭐⭐⭐",
        "4.2/5 (37 votes)",
        "4.5 out of 5 (1,204 votes)",
        "Click on a star to rate it!",
        "Click a star to rate this post.",
    ],
)
def test_synthetic_rating_widget_lines_are_widget_lines(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "★★★★ or above on the guest survey",  # a KPI target in words
        "≥ 4.5/5 (TripAdvisor / Google)",  # a rating target, no vote count
        "4.5/5",
        "Rate this process step by its risk",
        "Click on a star performer's name to see their plan",
        "→",  # an icon alone that is no star
        "★",
    ],
)
def test_synthetic_article_text_with_stars_or_ratings_stays(line: str) -> None:
    assert not is_widget(line)


# --- synthetic: a hyphenated compound in a role's name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Operator-in-Training", ("Operator-in-Training", None)),
        ("Engineer-in-Training", ("Engineer-in-Training", None)),
        ("Editor-in-Chief", ("Editor-in-Chief", None)),
        ("Engineer with ML focus", ("Engineer", "with ML focus")),  # a spaced qualifier still splits
    ],
)
def test_synthetic_no_qualifier_opens_inside_a_hyphenated_compound(text: str, split: tuple[str, str | None]) -> None:
    assert split_role_qualifier(text) == split


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Operator-in-Training", True),
        ("Editor-in-Chief", True),
        ("Nurse-in-Charge", True),
        ("state-of-the-art", False),
        ("Work-in-progress", False),
    ],
)
def test_synthetic_a_closing_compound_is_named_by_its_head(name: str, role: bool) -> None:
    assert ends_with_role(name) is role


# --- synthetic: a kind or noun written once after a '/' ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Allen-Bradley / Siemens PLCs", ["Allen-Bradley PLCs", "Siemens PLCs"]),  # a hyphenated brand, an acronym kind
        ("Rockwell / Schneider RTUs", ["Rockwell RTUs", "Schneider RTUs"]),
        ("Benchtop pH / ISE meter", ["Benchtop pH meter", "ISE meter"]),  # a measure's symbol closes the first side
        ("Handheld dB / SPL meter", ["Handheld dB meter", "SPL meter"]),
        ("Greenlee / Milwaukee hydraulic benders", ["Greenlee hydraulic benders", "Milwaukee hydraulic benders"]),
    ],
)
def test_synthetic_a_shared_kind_goes_to_each_name(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("VS Code / JetBrains IDEs", ["VS Code", "JetBrains IDEs"]),  # a product of two words is a tool on its own
        ("Quartzy / LIMS inventory module", ["Quartzy", "LIMS inventory module"]),  # singular: the acronym's own
        ("Tableau / SQL reporting tools", ["Tableau", "SQL reporting tools"]),  # a generic kind
        ("Availity / payer portals", ["Availity", "payer portals"]),  # a product, then a class of its own
        # A kind of two words after an acronym: a brand's ("LMI metering pumps") or a class's ("AI writing
        # assistants", of which the product before is one); read alike, so left whole.
        ("Grammarly / AI writing assistants", ["Grammarly", "AI writing assistants"]),
        ("ProMinent / LMI metering pumps", ["ProMinent", "LMI metering pumps"]),
        ("Hach 2100Q / TU5300 turbidimeters", ["Hach 2100Q", "TU5300 turbidimeters"]),  # a model is a tool
    ],
)
def test_synthetic_names_that_stand_alone_keep_no_kind(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_rating_widget_is_no_scorecard_note() -> None:
    assert _fields()["scorecard"]["notes"] == []
    strings = all_strings(_document())
    for noise in ("Rate this article", "★", "4.2/5", "37 votes", "Click on a star"):
        assert not any(noise in s for s in strings), noise


def test_operator_in_training_is_one_role() -> None:
    f = _fields()
    feeder = f["career_path"]["feeder_roles"][0]
    assert (feeder["name"], feeder["qualifier"]) == ("Operator-in-Training", None)
    assert feeder["transition"]["from_role"] == "Operator-in-Training"
    assert feeder["transition"]["to_role"] == "Water Treatment Plant Operator"
    prior = [(r["name"], r["qualifier"]) for r in f["experience"]["prior_roles"]]
    assert prior[0] == ("Operator-in-Training", None)
    assert [name for name, _ in prior[1:]] == [
        "Wastewater Operator",
        "Laboratory Technician",
        "Industrial or military utilities operator",
    ]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Water Treatment Plant Operator"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Chief Operator or Shift Supervisor")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] == 1.0


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    assert f["role_mission"]["core_mission"].startswith("Produce a continuous, compliant supply of safe drinking water")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 19
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert sorted(counts.values()) == [2, 2, 3, 3, 4, 5]
    assert items[0]["title"] == "Anticipate source water changes"
    assert items[0]["detail"].startswith("Track rainfall, runoff, algal bloom advisories")


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 3, 3]
    assert len(f["deliverables"]["items"]) == 8
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2] * 6
    assert len(g["high_performance"]) == 3


_KPIS = [
    ("Combined filter effluent turbidity", "≤ 0.1 NTU in 95% of readings", "Every 4 hours"),
    ("Individual filter turbidity exceedances", "0 exceedances per month", "Continuous"),
    ("Entry-point chlorine residual", "1.0–2.0 mg/L, never below 0.2 mg/L", "Continuous"),
    ("CT compliance", "100% of days meeting required log removal", "Daily"),
    ("Finished water pH stability", "Target ± 0.2 units", "Every 4 hours"),
    ("Coagulant dose efficiency", "Within 10% of jar-test optimum", "Weekly"),
    ("Regulatory sample on-time rate", "100%", "Monthly"),
    ("Log and bench sheet accuracy", "< 1% entries corrected", "Monthly"),
    ("Alarm response time", "< 10 minutes", "Per event"),
    ("Analyzer calibration compliance", "100% on schedule", "Weekly"),
    ("Safety incidents", "0 recordables", "Quarterly"),
    ("Water loss in treatment", "≤ 4% of raw flow", "Monthly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Turbidity of blended filtered water"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 4, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Conventional treatment process control"] == ["critical"]
    assert importance["Chemical feed systems"] == ["important"]
    assert importance["CMMS work order entry"] == ["optional"]
    assert importance["UV and ozone disinfection"] == ["optional", "important"]
    assert importance["Membrane filtration operation"] == ["context_specific"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert soft[0]["name"] == "Vigilance and situational awareness"
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 21
    assert rows[1]["tool_text"] == "Allen-Bradley / Siemens PLCs"
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Allen-Bradley / Siemens PLCs"] == ["Allen-Bradley PLCs", "Siemens PLCs"]
    assert names["Benchtop pH / ISE meter"] == ["Benchtop pH meter", "ISE meter"]
    assert names["Maximo / Cityworks / Lucity"] == ["Maximo", "Cityworks", "Lucity"]
    assert names["SCADA (Wonderware / Ignition / iFIX)"] == ["SCADA"]
    assert rows[6]["tools"][0]["name"] == "Phipps & Bird jar tester"
    assert [r["prevalence"] for r in rows[:3]] == ["common", "common", "context_specific"]


def test_experience_and_career() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    assert len(f["experience"]["certifications"]) == 4
    c = f["career_path"]
    assert len(c["feeder_roles"]) == 3
    assert [r["name"] for r in c["next_roles"]][1] == "Chief Operator"
    assert len(c["next_roles"]) == 3
    assert len(c["adjacent_paths"]) == 3
    assert len(c["promotion_skills"]) == 3
    assert len(c["evolution"]) == 3


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "Key Takeaways",
        "Typical path: Operator-in-Training",
        "AquaCheck",
        "Pass Your Grade III Exam",
        "You May Also Like",
        "Dale R.",
        "Would love your thoughts",
        "RoleAtlas Media LLC",
        "All rights reserved",
        "555-0142",
        "19 min read",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&#", "&amp;", "&raquo;", "**", "](", "โ"):
        assert not any(mark in s for s in strings), mark
