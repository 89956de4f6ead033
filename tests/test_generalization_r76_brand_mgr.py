"""Round 76 unseen page: a CPG brand manager, a WordPress REST post (JSON: title.rendered, content.rendered with
Gutenberg blocks and numbered <h2> headings, entities and JSON escapes, _embedded replies, excerpt and Yoast data),
a breadcrumb and a table of contents, a wedding-venue ad inside the content, a related-posts block, share buttons,
an author box and a newsletter form. Two Thai-route mojibake spots, one of them with its last character escaped.

Fixed here:
- the en dash of "20–60 SKUs" came out as "20”“60": the page wrote its mojibake ``โ€“`` with the third character
  as an entity (``โ€&#8220;``), so the repair read a ``โ€`` whose last byte was lost (a ”); an entity in a run's
  place that is a continuation character is unescaped first, and the run decodes whole;
- "4-weekly" (retail panel and syndicated data periods, 13 a year) was read as weekly, the word inside it: it is
  monthly, its nearest cadence, as "6-monthly" is half-yearly;
- a prior-roles list of two titles and three kinds of work ("..., shopper or trade marketing, sales analyst or category
  development, management consulting with a consumer practice") kept the three as notes: a list may hold several
  such parts, a kind of work may close before a 'with' of its setting ("consulting", "development", "research" are
  kinds of work), and a role's alternative ("sales analyst or ...") is a background too;
- "Annual (mix model)" gave a per_model cadence: a bare event noun in a parenthetical, a word before it, heads a
  compound naming what is measured (a marketing-mix model), no cadence; "Quarterly (or launch)" keeps its launch.

Snippets below are synthetic; the page is frozen as tests/unseen/brand-manager.synthetic.json with its key in
tests/unseen/answer_keys/brand-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.mojibake import repair_text
from pipeline.parsers.experience import _prior_roles
from pipeline.parsers.kpis import frequencies_of
from tests.snippets import all_strings, unseen_document

_PAGE = "brand-manager.synthetic.json"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a mojibake run whose last character was escaped as an entity ---------------------------------------


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("A brand has 20โ€&#8220;60 SKUs.", "A brand has 20–60 SKUs."),  # decimal entity of “ (byte 93)
        ("A brand has 20โ€&#x201C;60 SKUs.", "A brand has 20–60 SKUs."),  # hex entity
        ("A brand has 20โ€&ldquo;60 SKUs.", "A brand has 20–60 SKUs."),  # named entity
        ("deployableโ€&#8221;turning", "deployable—turning"),  # ” (byte 94): an em dash
    ],
)
def test_synthetic_an_escaped_continuation_character_completes_the_run(text: str, repaired: str) -> None:
    assert repair_text(text)[0] == repaired


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("โ€“ ok &amp; more", "– ok &amp; more"),  # a run written whole, an entity elsewhere
        ("Rock โ€&amp; roll", "Rock ”&amp; roll"),  # & is no continuation character: the lost-byte reading stays
        ("the โ€œrightโ€ way &#8212; here", "the “right” way &#8212; here"),
        ("<td>โค&nbsp;$450 per hire</td>", "<td>≤ $450 per hire</td>"),  # a no-break space is the page's own
    ],
)
def test_synthetic_other_entities_near_mojibake_stay(text: str, repaired: str) -> None:
    assert repair_text(text)[0] == repaired


# --- synthetic: four-weekly periods and a compound noun in a frequency's parenthetical -------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("4-weekly", ["monthly"]),
        ("Four-weekly", ["monthly"]),
        ("Every 4 weeks", ["monthly"]),
        ("Weekly / 4-weekly", ["weekly", "monthly"]),
        ("Weekly", ["weekly"]),  # stays
        ("Bi-weekly", ["biweekly"]),  # stays
    ],
)
def test_synthetic_four_weekly_is_monthly(printed: str, expected: list[str]) -> None:
    assert frequencies_of(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Annual (mix model); quarterly (reads)", ["yearly", "quarterly"]),
        ("Monthly (risk model refresh)", ["monthly"]),
        ("Quarterly (or launch)", ["quarterly", "per_launch"]),  # an alternative, not a compound: stays
        ("Quarterly (or per launch)", ["quarterly", "per_launch"]),  # stays
        ("Per model", ["per_model"]),  # stays
        ("Per model release", ["per_model", "per_release"]),  # outside parentheses: stays
    ],
)
def test_synthetic_an_event_noun_heading_a_compound_in_parentheses_is_no_cadence(
    printed: str, expected: list[str]
) -> None:
    assert frequencies_of(printed) == expected


# --- synthetic: kinds of work listed among prior roles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Associate Brand Manager, Assistant Brand Manager, shopper or trade marketing, sales analyst or category "
            "development, management consulting with a consumer practice.",
            [
                "Associate Brand Manager",
                "Assistant Brand Manager",
                "shopper or trade marketing",
                "sales analyst or category development",
                "management consulting with a consumer practice",
            ],
        ),
        (
            "Research Assistant, Lab Technician, market research, clinical development",
            ["Research Assistant", "Lab Technician", "market research", "clinical development"],
        ),
    ],
)
def test_synthetic_several_kinds_of_work_among_roles_are_backgrounds(text: str, roles: list[str]) -> None:
    found, notes = _prior_roles(text)
    assert ([role.name for role in found], notes) == (roles, [])


@pytest.mark.parametrize(
    ("text", "roles", "notes"),
    [
        (
            "Staff Nurse, Charge Nurse, a strong portfolio, the right certifications",
            ["Staff Nurse", "Charge Nurse"],
            ["a strong portfolio", "the right certifications"],
        ),
        (
            "Data Analyst, BI Developer, strong SQL skills, market research",  # one odd part no kind of work
            ["Data Analyst", "BI Developer"],
            ["strong SQL skills", "market research"],
        ),
    ],
)
def test_synthetic_things_a_candidate_has_stay_notes(text: str, roles: list[str], notes: list[str]) -> None:
    found, rest = _prior_roles(text)
    assert ([role.name for role in found], rest) == (roles, notes)


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_escaped_mojibake_en_dash_repaired() -> None:
    scale = _fields()["tech_stack"]["environments"][3]
    assert scale["name"] == "Scale or complexity context"
    assert [item["text"] for item in scale["items"]] == [
        "A typical brand has 20–60 SKUs, USD 5–25M in annual A&P, and three to five agencies."
    ]
    strings = all_strings(_document())
    assert not any("”“" in s for s in strings)


def test_prior_roles_keep_the_kinds_of_work() -> None:
    e = _fields()["experience"]
    assert [role["name"] for role in e["prior_roles"]] == [
        "Associate Brand Manager",
        "Assistant Brand Manager",
        "shopper or trade marketing",
        "sales analyst or category development",
        "management consulting with a consumer practice",
    ]
    assert e["prior_role_notes"] == []


def test_kpi_frequencies() -> None:
    rows = _fields()["kpis"]["rows"]
    assert rows[1]["frequencies"] == ["weekly", "monthly"]  # Weekly / 4-weekly
    assert rows[3]["frequencies"] == ["yearly", "quarterly"]  # Annual (mix model); quarterly (reads)
    assert rows[5]["frequencies"] == rows[6]["frequencies"] == ["monthly"]  # 4-weekly


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Brand Manager"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "Reports to the Senior Brand Manager or Marketing Director for the category; may manage one Associate Brand "
        "Manager."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] == 1.0


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    assert f["role_mission"]["core_mission"].startswith("Grow the brand’s net sales, market share, and brand equity")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 22
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 4,
        "operational": 5,
        "technical": 5,  # "Commercial and analytical"
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Own the brand positioning and architecture"
    assert items[0]["detail"].startswith("Maintain the brand positioning statement, brand key")
    assert items[-1]["title"] == "Lead the cross-functional brand team"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 4, 4, 3]
    assert len(f["deliverables"]["items"]) == 9
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [3, 2, 2, 2, 3, 1]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Net sales vs plan", "100–103% of plan", "Monthly"),
    ("Dollar market share", "+0.3 to +0.5 share points per year", "Weekly / 4-weekly"),
    ("Brand contribution margin", "≥ 22% of net sales", "Monthly"),
    ("Marketing ROI", "≥ 1.2 for media; ≥ 1.0 for promotions", "Annual (mix model); quarterly (reads)"),
    ("Trade promotion ROI", "≥ 70% of events profitable", "Per event / quarterly"),
    ("Weighted distribution (ACV)", "≥ 90% ACV on core SKUs", "4-weekly"),
    ("Sales velocity", "Top-third of category for core SKUs", "4-weekly"),
    ("Brand health index", "Consideration +2 pts year on year", "Quarterly"),
    ("Innovation revenue share", "≥ 15% of net sales", "Annual"),
    ("Launch volume vs commitment", "≥ 90% of committed volume", "Per launch"),
    ("Forecast accuracy", "≥ 75% (1 – MAPE) at 3-month lag", "Monthly"),
    ("E-commerce share and content score", "Content score ≥ 90%; online share ≥ offline share", "Monthly"),
]


def test_kpi_rows() -> None:
    k = _fields()["kpis"]
    assert [(r["name"], r["target"], r["frequency"]) for r in k["rows"]] == _KPIS
    assert k["rows"][0]["what_it_measures"] == "Net sales after trade spend compared with the annual operating plan"
    (notes,) = k["notes"]
    assert notes["items"][0]["text"] == "Judge share and velocity against the category, not in isolation."
    assert len(notes["items"]) == 3


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Brand P&L management"] == ["critical"]
    assert importance["Forecasting and S&OP inputs"] == ["important"]
    assert importance["Marketing mix modeling literacy"] == ["optional", "important"]
    assert importance["Packaging development process"] == ["context_specific"]
    assert importance["Brand equity measurement"] == ["optional"]
    assert skills[-1]["name"] == "Sustainability and packaging regulation"
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Influence without authority", "Developing others")
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 14
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["NielsenIQ Connect / Circana Unify+"] == ["NielsenIQ Connect", "Circana Unify+"]
    assert names["Qualtrics / Zappi / Kantar Marketplace"] == ["Qualtrics", "Zappi", "Kantar Marketplace"]
    assert len(names["Microsoft Excel (Power Query, PivotTables)"]) == 1  # the comma inside parentheses
    assert names["SAP S/4HANA / Oracle NetSuite"] == ["SAP S/4HANA", "Oracle NetSuite"]
    assert names["Amazon Ads, Walmart Connect, Instacart Ads"] == ["Amazon Ads", "Walmart Connect", "Instacart Ads"]
    assert rows[-1]["tool_text"] == "Microsoft Teams / Slack"
    assert [r["prevalence"] for r in rows[:3]] == ["common", "optional", "common"]
    assert rows[8]["prevalence"] == "context_specific"


def test_experience_career_and_scorecard() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (4.0, 7.0, False)
    assert len(f["experience"]["education"]) == 2
    certifications = f["experience"]["certifications"]
    assert [c["name"] for c in certifications][:2] == ["Google Ads certification", "Amazon Ads certification"]
    assert certifications[-1]["name"] == "Pragmatic or stage-gate innovation training"
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Associate Brand Manager",
        "Assistant Brand Manager",
        "Shopper Marketing Manager",
        "Category Development Analyst",
    ]
    assert [r["name"] for r in c["next_roles"]] == [
        "Senior Brand Manager",
        "Marketing Director",
        "General Manager of a business unit",
    ]
    assert len(c["adjacent_paths"]) == 4
    assert len(c["promotion_skills"]) == 2
    dimensions = [row["dimension"] for row in f["hiring"]["scorecard"]["rows"]]
    assert dimensions == [
        "Commercial acumen",
        "Analytical rigor",
        "Strategic thinking",
        "Consumer understanding",
        "Leadership and influence",
        "Communication",
    ]
    s = f["scorecard"]
    assert len(s["rows"]) == 10
    assert s["role_title"] == "Brand Manager"
    assert (len(s["top_responsibilities"]), s["top_responsibilities"][0], s["top_responsibilities"][-1]) == (
        10,
        "Brand positioning",
        "Sales enablement",
    )
    assert s["top_tools"][-1] == "Salsify"
    assert len(s["top_tools"]) == 8
    assert len(s["top_kpis"]) == 7


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "» Brand Manager",  # the breadcrumb
        "lwptoc",
        "Advertisement",
        "Find Verified Wedding Venues",
        "barns, ballrooms",
        "Explore Venues",
        "venuefinderpro",
        "Category Manager: Role Blueprint",
        "Trade Marketing Manager: Role Blueprint",
        "Share this:",
        "Priya Okonkwo-Reyes",
        "CareerLadder HQ",
        "Get one new role blueprint",
        "Sign me up",
        "Your work email",
        "Tomasz",
        "Keisha",
        "promo depth guardrails",
        "Continue reading",
        "Est. reading time",
        "max-snippet",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&#", "&amp;", "&hellip;", "<br", "<strong>", "\\/", "**", "](", "โ"):
        assert not any(mark in s for s in strings), mark
