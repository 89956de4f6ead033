"""Round 77 unseen page: a hotel housekeeping manager, a Duda website-builder page (every heading and paragraph in
its own div.dmNewParagraph, lists as ul.defaultList, tables in a dmCustomHtml widget with its own <style>), with a
promo strip, a cookie banner, a "Book now" button, a kayak-tour ad, a share widget, related posts, a comment thread
and a footer around the article.

Fixed here:
- "assistant executive housekeeper" among "Floor supervisor, ..., laundry manager, or front office supervisor"
  went to prior_role_notes: "housekeeper" (and "attendant", as in "room attendant") are role nouns now;
- the variant heading "By property size" was of dimension other: a property's (a hotel's) size is the company
  size dimension, as a store's, a clinic's or a hospital's size already was;
- "By segment" (Luxury / Extended stay) was of dimension other: a segment heading takes its dimension from its
  named variants, company size when one names a size ("SMB", "Mid-market", "Enterprise": a sales page's
  segments), else industry (kinds of the business); a segment heading without named variants stays other.

Snippets below are synthetic; the page is frozen as tests/unseen/housekeeping-manager.synthetic.html with its key
in tests/unseen/answer_keys/housekeeping-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.vocabulary import ends_with_role
from pipeline.sections import subheading_key
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "housekeeping-manager.synthetic.html"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: housekeeper and attendant are role nouns --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Assistant Executive Housekeeper", True),
        ("head housekeepers", True),
        ("Room Attendant", True),
        ("public-area attendant", True),
        ("Housekeeping", False),  # the department, no person
        ("housekeeping standards", False),
        ("Housekeeper training", False),
    ],
)
def test_synthetic_housekeeper_and_attendant_are_role_nouns(name: str, role: bool) -> None:
    assert ends_with_role(name) is role


def _prior(item: str) -> tuple[list[str], list[str]]:
    body = (
        "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3>"
        f"<ul><li>{item}</li></ul>"
    )
    experience = html_fields(body)["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


def test_synthetic_housekeeper_among_listed_prior_roles() -> None:
    assert _prior("Head housekeeper, room attendant, or hotel inspector.") == (
        ["Head housekeeper", "room attendant", "hotel inspector"],
        [],
    )


def test_synthetic_a_sentence_about_housekeeping_stays_a_note() -> None:
    sentence = "Housekeeping experience in a large hotel is preferred by most employers."
    assert _prior(sentence) == ([], [sentence])


# --- synthetic: a property's size, a segment's variants ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("By property size", "company_size"),
        ("Property size", "company_size"),
        ("By hotel size", "company_size"),
        ("By company size", "company_size"),  # as it was
        ("By property type", None),  # a kind of property is no size
    ],
)
def test_synthetic_property_size_heading(heading: str, key: str | None) -> None:
    assert subheading_key("role_variants", heading) == key


def _variant_groups(body: str) -> list[tuple[str, str, list[str]]]:
    groups = html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]["dimensions"]
    return [(g["heading"], g["dimension"], [v["name"] for v in g["variants"]]) for g in groups]


def test_synthetic_segment_of_kinds_of_business_is_industry() -> None:
    body = (
        "<h3>By segment</h3><ul><li>Luxury: turndown service and butler coordination.</li>"
        "<li>Extended stay: weekly housekeeping cycles.</li></ul>"
        "<h3>By market segment</h3><ul><li>Fine dining: tasting menus.</li><li>Fast casual: volume.</li></ul>"
    )
    assert _variant_groups(body) == [
        ("By segment", "industry", ["Luxury", "Extended stay"]),
        ("By market segment", "industry", ["Fine dining", "Fast casual"]),
    ]


def test_synthetic_segment_of_company_sizes_is_company_size() -> None:
    body = (
        "<h3>By segment</h3><ul><li>SMB: full-cycle deals in weeks.</li><li>Mid-market: longer cycles.</li>"
        "<li>Enterprise: multi-threaded deals.</li></ul>"
    )
    assert _variant_groups(body) == [("By segment", "company_size", ["SMB", "Mid-market", "Enterprise"])]


def test_synthetic_other_headings_stay_other() -> None:
    body = (
        "<h3>By segment</h3><p>Segments differ mostly in pace and volume.</p>"  # no named variant: no evidence
        "<h3>By concept</h3><ul><li>Fine dining: tasting menus.</li><li>Fast casual: volume.</li></ul>"
    )
    assert _variant_groups(body) == [
        ("By segment", "other", []),
        ("By concept", "other", ["Fine dining", "Fast casual"]),
    ]


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_prior_roles_keep_the_assistant_executive_housekeeper() -> None:
    experience = _fields()["experience"]
    prior = [(r["name"], r["qualifier"]) for r in experience["prior_roles"]]
    assert prior == [
        ("Floor supervisor", None),
        ("assistant executive housekeeper", None),
        ("laundry manager", None),
        ("front office supervisor", "with rooms-division rotation"),
    ]
    assert experience["prior_role_notes"] == []


def test_role_variant_dimensions() -> None:
    groups = _fields()["role_variants"]["dimensions"]
    assert [(g["heading"], g["dimension"]) for g in groups] == [
        ("By property size", "company_size"),
        ("By segment", "industry"),
        ("By geography", "geography"),
        ("Independent vs brand-managed", "other"),
        ("Regulated vs non-regulated environment", "regulated"),
    ]
    assert [v["name"] for v in groups[0]["variants"]] == ["Select-service", "Large resort or convention hotel"]
    assert groups[0]["variants"][0]["note"] == "under 150 rooms"
    assert [v["name"] for v in groups[1]["variants"]] == ["Luxury", "Extended stay"]
    assert [len(g["variants"]) + len(g["notes"]) for g in groups] == [2, 2, 1, 1, 1]


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Housekeeping Manager"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"] == (
        "Reports to the Director of Rooms in full-service hotels, or directly to the General Manager in "
        "select-service properties."
    )
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99
    assert doc["quality"]["unparsed_items"] == 0


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    assert f["role_mission"]["core_mission"].startswith("Deliver clean, safe, and inspected rooms on time, every day")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    assert len(f["role_mission"]["primary_business_outcomes"]) == 3
    items = f["responsibilities"]["items"]
    assert len(items) == 21
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 4,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 3,
    }
    assert (items[0]["title"], items[0]["detail"]) == (
        "Set the department’s cleanliness and service standards",
        "Translate brand standards into property-specific room checklists, cleaning sequences, and inspection "
        "criteria.",
    )
    assert items[-1]["title"] == "Protect team safety and morale"
    assert [i["title"] for i in items if i["detail"] is None] == [
        "Manage lost and found",
        "Support sales and events with public-area readiness",
    ]


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 4, 3]
    deliverables = f["deliverables"]["items"]
    assert len(deliverables) == 8
    assert deliverables[0]["name"] == "Daily room assignment boards and attendant section sheets"
    assert deliverables[-1]["name"] == "New-hire training plans with sign-off records"
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [3, 2, 2, 2, 2, 2]
    assert g["success_definition"]["text"].startswith("Success means every room is clean, inspected, and ready")
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Rooms ready by check-in time", "≥ 95% of days", "Daily"),
    ("Minutes per occupied room", "26–32 minutes (select-service); 35–45 (luxury)", "Weekly"),
    ("Rooms cleaned per attendant shift", "14–16 rooms", "Daily"),
    ("Inspection pass rate", "≥ 92%", "Weekly"),
    ("Cleanliness guest score", "≥ 8.8/10 or top quartile in comp set", "Monthly"),
    ("Housekeeping complaints per 1,000 occupied rooms", "< 2.0", "Monthly"),
    ("Guest supply cost per occupied room", "$1.40–$2.10", "Monthly"),
    ("Linen loss and replacement rate", "< 12% per year", "Quarterly"),
    ("Laundry reject / rewash rate", "< 5%", "Weekly"),
    ("Attendant turnover", "< 45%", "Quarterly"),
    ("Lost-time injury rate", "0 lost-time injuries", "Monthly"),
    ("Out-of-order room days", "< 0.5% of available room nights", "Monthly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "% of due-out rooms cleaned and inspected by 3:00 p.m."


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 15
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Room cleaning and inspection standards"] == ["critical"]
    assert importance["Chemical safety and hazard communication"] == ["important"]
    assert importance["Floor care and carpet maintenance"] == ["optional"]
    assert importance["Infection prevention and outbreak cleaning"] == ["optional", "important"]
    assert importance["Multi-property housekeeping oversight"] == ["context_specific"]
    assert skills[-1]["name"] == "Data-driven room assignment"
    soft = f["soft_skills"]["skills"]
    assert [s["name"] for s in soft] == [
        "Attention to detail",
        "Calm leadership under pressure",
        "Fairness and respect",
        "Clear multilingual communication",
        "Coaching and development",
        "Cost awareness",
    ]
    assert soft[-1]["strong_performance"] == "Meets budget without guests seeing cuts."
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 16
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Oracle Opera / Opera Cloud"] == ["Oracle Opera", "Opera Cloud"]
    assert names["Optii / HotSOS / Flexkeeping"] == ["Optii", "HotSOS", "Flexkeeping"]
    assert names["Ecolab / Diversey dispensing systems"] == ["Ecolab dispensing systems", "Diversey dispensing systems"]
    assert names["Two-way radios, WhatsApp"] == ["Two-way radios", "WhatsApp"]
    assert rows[-1]["tool_text"] == "Brand e-learning / LMS"
    assert [r["prevalence"] for r in rows[:3]] == ["common", "optional", "common"]


def test_experience_career_and_scorecard() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5.0, 8.0, False)
    certifications = f["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in (certifications[0], certifications[-1])] == [
        ("Certified Executive Housekeeper", "preferred"),
        ("ServSafe or bloodborne pathogens training", "optional"),
    ]
    assert len(certifications) == 4
    assert f["experience"]["leadership_expectations"][0]["requirement"] == "required"
    c = f["career_path"]
    feeders = ["Floor Supervisor", "Assistant Executive Housekeeper", "Laundry Manager"]
    assert [r["name"] for r in c["feeder_roles"]] == feeders
    nexts = ["Director of Housekeeping", "Director of Rooms", "Hotel Operations Manager"]
    assert [r["name"] for r in c["next_roles"]] == nexts
    assert len(c["adjacent_paths"]) == 3
    assert len(c["promotion_skills"]) == 3
    assert len(c["evolution"]) == 2
    sc = f["scorecard"]
    assert len(sc["rows"]) == 10
    assert sc["role_title"] == "Housekeeping Manager (Executive Housekeeper)"
    assert len(sc["top_responsibilities"]) == len(sc["top_technical_skills"]) == len(sc["top_soft_skills"]) == 10
    assert sc["top_soft_skills"][-1] == "Integrity"


def test_stakeholders_decisions_risks_ai_hiring() -> None:
    f = _fields()
    s = f["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    assert [len(s[k]) for k in keys] == [4, 3, 5, 3, 3, 3]
    r = f["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(r[k]) for k in keys] == [3, 2, 2, 2, 3]
    a = f["ai_impact"]
    keys = ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")
    assert [len(a[k]) for k in keys] == [3, 3, 2, 2]
    h = f["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(h[k]) for k in keys] == [4, 2, 3, 2, 2]
    assert [row["dimension"] for row in h["scorecard"]["rows"]] == [
        "Operational planning",
        "Standards and inspection",
        "People leadership",
        "Cost control",
        "Safety and compliance",
        "Communication",
    ]


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Winter Pastry Bootcamp",
        "PASTRY10",
        "This website uses cookies",
        "Book now",
        "Skip to main content",
        "Harborline Hospitality Academy logo",
        "Home › Role Blueprints",
        "By Harborline Editorial Team",
        "14 min read",
        "Housekeeping trolley parked outside a guest room",
        "Paddle the Casco Bay Islands",
        "islandpaddleco",
        "Share this post",
        "Related Posts",
        "Laundry Supervisor: Role Blueprint",
        "Renata K.",
        "ready rate went from 81% to 96%",
        "Leave a Comment",
        "awaiting moderation",
        "77 Commercial Street",
        "(207) 555-0188",
        "hello@harborlineacademy.com",
        "All Rights Reserved",
        "border-collapse",
        ".hb-table",
        "window._currentDevice",
        "dmAPI",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&ndash;", "&rsquo;", "&rarr;", "&ge;", "&nbsp;", "&amp;", "<td>", "<strong>", "**", "]("):
        assert not any(mark in s for s in strings), mark
