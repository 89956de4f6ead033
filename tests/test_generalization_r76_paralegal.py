"""Round 76 unseen page: a litigation paralegal, WordPress HTML as served (Astra theme, an Easy-TOC box, h2 headings
wrapping an empty ez-toc span, <p><strong> group labels, "– " detail lines after <br>, tables with a <thead>), a
movers ad, an in-article AdSense block, share buttons, an author box, related posts, a wpDiscuz thread, a sidebar
and a footer around the article.

Fixed here:
- a degree's fields after an adverb of how often ("Associate or bachelor's degree, commonly in paralegal studies,
  legal studies, criminal justice, or English") were not read: "commonly / typically / usually / ... in" now opens
  the fields as "in" does;
- "Relativity Certified User or Review Specialist" gave a bare "Review Specialist": a second side closing on a grade
  a program's lead closes with ("Specialist") takes the issuer's lead, as one closing on a level word does;
- a skill's "in Westlaw or Lexis" found Westlaw only where the tools table writes "Lexis+": the brand of a one-word
  "+" product names that product (and is dropped where the "+" name itself is found);
- "the supervising attorney decides and signs" gave the scope "and signs": a second verb joined to the deciding one
  makes the verbs together the scope;
- a KPI's "Per matter" cadence was "other": a legal matter is an engagement, per_project.

Snippets below are synthetic; the page is frozen as tests/unseen/paralegal.synthetic.html with its key in
tests/unseen/answer_keys/paralegal.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import fields_of_study
from pipeline.parsers.kpis import frequencies_of
from pipeline.parsers.stakeholders import deciders_in
from tests.snippets import all_strings, html_fields, unseen_document, use_line_skill_tools

_PAGE = "paralegal.synthetic.html"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: fields of study after an adverb -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Associate or bachelor’s degree, commonly in paralegal studies, legal studies, criminal justice,"
            " or English.",
            ["paralegal studies", "legal studies", "criminal justice", "English"],
        ),
        ("Bachelor’s degree, typically in accounting or finance.", ["accounting", "finance"]),
        ("Bachelor's degree usually in nursing or public health.", ["nursing", "public health"]),
        ("Bachelor’s, ideally in economics or statistics.", ["economics", "statistics"]),
    ],
)
def test_synthetic_fields_after_an_adverb_of_how_often(text: str, fields: list[str]) -> None:
    assert fields_of_study(text) == (fields, False)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Bachelor’s degree in accounting, typically in large firms.", ["accounting"]),  # the first 'in' opens them
        ("A bachelor’s degree is common, typically in large firms.", []),  # the adverb follows no degree
        ("Bachelor’s degree, typically within two years of hire.", []),  # no 'in' after the adverb
    ],
)
def test_synthetic_an_adverb_elsewhere_opens_no_fields(text: str, fields: list[str]) -> None:
    assert fields_of_study(text) == (fields, False)


# --- synthetic: an issuer's lead shared with a second title -----------------------------------------------------------


_CERTIFICATIONS = "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul><li>{}</li></ul>"


def _certification_names(item: str) -> list[str]:
    return [cert["name"] for cert in html_fields(_CERTIFICATIONS.format(item))["experience"]["certifications"]]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        (
            "Relativity Certified User or Review Specialist (Context-specific)",
            ["Relativity Certified User", "Relativity Certified Review Specialist"],
        ),
        (
            "Salesforce Certified Administrator or Marketing Cloud Specialist (Optional)",
            ["Salesforce Certified Administrator", "Salesforce Certified Marketing Cloud Specialist"],
        ),
    ],
)
def test_synthetic_a_specialist_title_takes_the_issuers_lead(item: str, names: list[str]) -> None:
    assert _certification_names(item) == names


@pytest.mark.parametrize(
    ("item", "names"),
    [
        # Another vendor's name, no lead before 'Certified', a title that closes on no grade: each as written.
        (
            "Splunk Core Certified User or Microsoft SC-200 (Context-specific)",
            ["Splunk Core Certified User", "Microsoft SC-200"],
        ),
        (
            "Certified Payroll Professional or Fundamental Payroll Specialist (Optional)",
            ["Certified Payroll Professional", "Fundamental Payroll Specialist"],
        ),
        ("CompTIA Security+ or Network Specialist (Optional)", ["CompTIA Security+", "Network Specialist"]),
        (
            "Salesforce Certified Administrator or Platform App Builder (Optional)",
            ["Salesforce Certified Administrator", "Platform App Builder"],
        ),
    ],
)
def test_synthetic_other_second_titles_stay_as_written(item: str, names: list[str]) -> None:
    assert _certification_names(item) == names


# --- synthetic: the brand of a "+" product ---------------------------------------------------------------------------


_RESEARCH = "Legal research (Important)"


@pytest.mark.parametrize(
    ("use", "table", "tools"),
    [
        ("Pulling cases in Westlaw or Lexis and cite-checking.", ("Westlaw", "Lexis+"), ["Westlaw", "Lexis"]),
        ("Pulling cases in Lexis+, then Lexis for dockets.", ("Westlaw", "Lexis+"), ["Lexis+"]),  # one tool, once
    ],
)
def test_synthetic_a_plus_products_brand_names_it(use: str, table: tuple[str, ...], tools: list[str]) -> None:
    assert use_line_skill_tools((_RESEARCH, use), table=table) == {"Legal research": tools}


@pytest.mark.parametrize(
    ("use", "table", "tools"),
    [
        ("Pulling cases in Westlaw or Lexis and cite-checking.", ("Westlaw",), ["Westlaw"]),  # no "+" product listed
        ("Pulling cases in Westlaw or Lexis+ and cite-checking.", ("Westlaw", "Lexis+"), ["Westlaw", "Lexis+"]),
        ("Writing C and C++ daily.", ("C++", "Notepad++"), ["C++"]),  # "++" closes no brand
    ],
)
def test_synthetic_no_plus_brand_otherwise(use: str, table: tuple[str, ...], tools: list[str]) -> None:
    assert list(use_line_skill_tools((_RESEARCH, use), table=table).values()) == [tools]


# --- synthetic: a decider's two joined verbs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        (
            "The paralegal recommends and prepares; the supervising attorney decides and signs.",
            [("supervising attorney", "decides and signs")],
        ),
        (
            "The engineering manager approves and signs off on all releases.",
            [("engineering manager", "approves and signs off on all releases")],
        ),
    ],
)
def test_synthetic_joined_verbs_are_the_scope(text: str, deciders: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        ("The PM decides scope and timing.", [("PM", "scope and timing")]),  # the 'and' inside the scope
        ("The CFO approves budgets; the board decides.", [("CFO", "budgets"), ("board", None)]),
    ],
)
def test_synthetic_other_scopes_stay(text: str, deciders: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


# --- synthetic: a per-matter cadence ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cadences"),
    [
        ("Per matter", ["per_project"]),
        ("Each matter", ["per_project"]),
        ("Monthly per matter", ["monthly", "per_project"]),
    ],
)
def test_synthetic_per_matter_is_per_project(text: str, cadences: list[str]) -> None:
    assert [c.value for c in frequencies_of(text)] == cadences


@pytest.mark.parametrize("text", ["Per production", "Per deposition", "As matters arise"])
def test_synthetic_other_legal_events_stay_other(text: str) -> None:
    assert [c.value for c in frequencies_of(text)] == ["other"]


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_education_fields_and_certifications() -> None:
    e = _fields()["experience"]
    first = e["education"][0]
    assert first["degree_levels"] == ["associate", "bachelor"]
    assert first["requirement"] == "common"
    assert first["fields_of_study"] == ["paralegal studies", "legal studies", "criminal justice", "English"]
    names = [c["name"] for c in e["certifications"]]
    assert names == [
        "NALA Certified Paralegal",
        "NFPA Registered Paralegal",
        "Relativity Certified User",
        "Relativity Certified Review Specialist",
        "California Business and Professions Code §6450 compliance",
        "Texas Board of Legal Specialization",
    ]
    assert [c["requirement"] for c in e["certifications"]][:2] == ["optional", "optional"]
    assert e["certifications"][-1]["note"] == "State-specific certification"


def test_research_skill_names_both_services() -> None:
    skills = {s["name"]: s for s in _fields()["technical_skills"]["skills"]}
    assert skills["Legal research basics"]["tools"] == ["Westlaw", "Lexis"]
    assert skills["Trial presentation software"]["tools"] == ["TrialDirector", "OnCue"]


def test_decider_scope_and_matter_cadence() -> None:
    f = _fields()
    (decider,) = f["stakeholders"]["decision_making_authority"]["deciders"]
    assert (decider["name"], decider["scope"]) == ("supervising attorney", "decides and signs")
    rows = {r["name"]: r["frequencies"] for r in f["kpis"]["rows"]}
    assert rows["Vendor spend vs. quote"] == ["per_project"]
    assert rows["Production on-time rate"] == ["other"]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Paralegal (Litigation)"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "Reports to the supervising Litigation Partner or the Paralegal Manager within the firm’s Litigation practice"
        " group."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Paralegal (Litigation) supports attorneys through every stage")
    groups = f["role_summary"]["interaction"]["groups"]
    assert len(groups) == 6
    assert groups[0]["text"] == "Litigation partners and associate attorneys"
    assert groups[-1]["text"] == "Clients’ in-house counsel and their records custodians (external)"
    m = f["role_mission"]
    assert m["core_mission"].startswith("Keep every assigned case procedurally sound, fully documented")
    assert len(m["strategic_importance"]) == 3
    assert m["strategic_importance"][0].startswith("Missed deadlines are the leading source")
    assert len(m["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 23
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 6,
        "cross_functional": 3,
        "governance": 4,
        "leadership": 2,
    }
    assert items[0]["title"] == "Contribute to early case assessment"
    assert items[0]["detail"].startswith("Build chronologies, identify key custodians")
    governance = [item for item in items if item["category"] == "governance"]
    assert governance[0]["title"] == "Protect privilege and confidentiality"
    assert governance[0]["detail"].startswith("Apply privilege screens before any production")
    assert items[-1]["title"] == "Improve practice-group templates"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 4, 3]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 9
    assert deliverables[0]["name"] == "Docketed case calendar with all court and statutory deadlines"
    assert deliverables[-1]["name"] == "Trial exhibit lists, pre-marked exhibits, and witness binders"
    assert [item["group"] for item in deliverables].count("Case files and filings") == 5
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [3, 2, 2, 2, 3, 2]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Deadline compliance", "100% of deadlines met", "Monthly"),
    ("Calendaring accuracy", "≥ 99.5% accurate on quarterly audit", "Quarterly"),
    ("Billable hours", "1,400–1,600 hours per year", "Monthly"),
    ("Realization rate", "≥ 90%", "Quarterly"),
    ("Time entry timeliness", "≥ 95% entered same day", "Weekly"),
    ("Production on-time rate", "100% on time", "Per production"),
    ("Production error rate", "< 1 per 50 productions", "Quarterly"),
    ("Filing rejection rate", "< 2% of filings", "Monthly"),
    ("Deposition summary turnaround", "≤ 5 business days", "Per deposition"),
    ("Trial-readiness lead time", "Final set ≥ 48 hours before trial", "Per trial"),
    ("Vendor spend vs. quote", "Within 10% of approved quote", "Per matter"),
    ("Attorney satisfaction", "≥ 4.3 / 5 average", "Semi-annual"),
]


def test_kpi_rows() -> None:
    kpis = _fields()["kpis"]
    rows = kpis["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Share of court and statutory deadlines met on assigned matters"
    notes = [item["text"] for note in kpis["notes"] for item in note["items"]]
    assert notes == [
        "Treat deadline compliance as pass/fail; one miss outweighs any volume metric.",
        "Do not compare billable hours across matters without adjusting for trial weeks and contingency-fee cases.",
    ]


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 17
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 6, "good_to_have": 4, "advanced": 4, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Deadline calculation and docketing"] == ["critical"]
    assert importance["Document management and Bates numbering"] == ["important"]
    assert importance["Public-records and investigative research"] == ["optional"]
    assert importance["Trial presentation software"] == ["optional", "important"]
    assert importance["ESI protocols and load files"] == ["context_specific"]
    assert importance["Technology-assisted review (TAR) workflows"] == ["optional"]
    assert skills[0]["use"].startswith("Applying FRCP and state rules, local rules, and scheduling orders")
    assert skills[-1]["name"] == "Data privacy in litigation"
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Attention to detail", "Initiative and ownership")
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 19
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Clio / MyCase / PracticePanther"] == ["Clio", "MyCase", "PracticePanther"]
    assert names["PACER / CM/ECF"] == ["PACER", "CM/ECF"]
    assert names["File & ServeXpress, Odyssey eFileTX"] == ["File & ServeXpress", "Odyssey eFileTX"]
    assert names["Chrome River / Aderant iTimekeep"] == ["Chrome River", "Aderant iTimekeep"]
    assert rows[0]["primary_use"] == "Matter records, contacts, tasks, and time entry"
    assert [r["prevalence"] for r in rows[:4]] == ["common", "context_specific", "common", "optional"]


def test_experience_and_career() -> None:
    f = _fields()
    e = f["experience"]
    years = e["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 6.0, False)
    assert e["experience_notes"] == ["Senior or trial-focused litigation paralegals commonly bring 8+ years."]
    assert len(e["education"]) == 2
    assert [r["name"] for r in e["prior_roles"]] == [
        "Legal Assistant",
        "Legal Secretary",
        "Case Assistant",
        "Court Clerk",
        "Document Review Specialist",
    ]
    assert e["leadership_expectations"][0]["requirement"] == "not_required"
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Legal Assistant",
        "Case Assistant / Paralegal Intern",
        "Legal Secretary",
    ]
    assert [r["name"] for r in c["next_roles"]][0] == "Senior Litigation Paralegal"
    assert len(c["next_roles"]) == 3
    assert [r["name"] for r in c["adjacent_paths"]] == [
        "E-Discovery Project Manager",
        "Compliance Analyst",
        "Contracts Administrator",
    ]
    assert len(c["promotion_skills"]) == 4
    assert len(c["evolution"]) == 3


def test_scorecard() -> None:
    s = _fields()["scorecard"]
    assert s["role_title"] == "Paralegal (Litigation)"
    assert s["role_purpose"].startswith("Keep litigation matters procedurally sound and trial-ready")
    assert len(s["top_responsibilities"]) == 10
    assert (s["top_responsibilities"][0], s["top_responsibilities"][-1]) == (
        "Deadline calculation and docketing",
        "Accurate time entry",
    )
    assert (s["top_technical_skills"][0], s["top_technical_skills"][-1]) == (
        "Deadline calculation",
        "Trial presentation software",
    )
    assert (len(s["top_soft_skills"]), s["top_soft_skills"][-1]) == (10, "Integrity")
    assert len(s["top_tools"]) == 10
    assert "ECF" not in s["top_tools"]
    assert len(s["top_kpis"]) == 8
    assert len(s["main_deliverables"]) == 8
    assert len(s["career_progression_options"]) == 5
    assert [row["label"] for row in s["rows"]][0] == "Role title"


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "Clear blueprints for every job on the org chart",
        "Dana Okafor",
        "Table of Contents",
        "Moving This Season?",
        "Compare Licensed Movers",
        "adsbygoogle",
        "ServeTrack Pro",
        "Start a 14-Day Free Trial",
        "Share this:",
        "About The Author",
        "Previous Post",
        "Related Posts",
        "Legal Secretary: Role Blueprint",
        "Would love your thoughts",
        "Marisol Vega",
        "Theo Brandt",
        "Useful for our job-leveling project",
        "Court Reporter: Role Blueprint",
        "Contracts Administrator: Role Blueprint",
        "410 Market Street",
        "(717) 555-0186",
        "One new blueprint every Tuesday",
        "Astra WordPress Theme",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&#", "&amp;", "&nbsp;", "&rarr;", "&raquo;", "<td>", "<strong>", "<br", "**", "](", "โ"):
        assert not any(mark in s for s in strings), mark
