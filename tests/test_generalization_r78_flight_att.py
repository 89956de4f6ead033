"""Round 78 unseen page: a flight attendant, WordPress HTML as served by the Kadence theme and Kadence Blocks
(advanced headings, sections 16-19 in a Kadence accordion whose pane titles are buttons in div boxes), Mediavine
ads, Jetpack share/like/related boxes, an author box, post navigation, a comment thread, a sidebar and a footer.

Fixed here:
- an accordion pane's title button alone in a div box right before its panel ('<div class="kt-accordion-header-wrap">
  <button>16) Risks ...</button></div><div class="kt-accordion-panel">') was dropped as a button: sections 16-19
  lost their titles and fell into section 15; the box is now the heading over its panel;
- the tools table's column "Tool, platform, or equipment" named no known column: every row's tools went to
  extra_cells; "or equipment" (also "and equipment", "/ equipment") names the tool column, a bare "Equipment type"
  stays a category;
- a certification item of more than 8 words with no full stop was read as a sentence and filed as a note ("Cabin
  Crew Attestation (EASA) or FAA Certificate of Demonstrated Proficiency (obtained in airline training)"): an item
  whose words outside parentheses are all capitalised or joiners is names;
- the KPI frequency "Per duty" read as 'other': a crew's duty is its shift (per_shift);
- "The Captain has final authority; the Purser decides cabin matters" named only the Purser: "has final authority"
  (or "the final say") is a deciding verb, and "over" before what is decided is the verb's, as "on" is.

Snippets below are synthetic; the page is frozen as tests/unseen/flight-attendant.synthetic.html with its key in
tests/unseen/answer_keys/flight-attendant.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.kpis import frequencies_of
from pipeline.parsers.stakeholders import deciders_in
from pipeline.parsers.tools import column_roles
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "flight-attendant.synthetic.html"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: an accordion pane titled by a button in a div box ----------------------------------------------------

_CAREER = (
    "<h2>15) Career Path</h2><h3>Next roles</h3><ul><li>Senior Clerk</li><li>Office Manager</li></ul>"
    "<p>Open each panel below for more.</p>"
)


def _pane(title: str, body: str) -> str:
    return (
        '<div class="wp-block-kadence-pane kt-accordion-pane"><div class="kt-accordion-header-wrap">'
        '<button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title-wrap">'
        f'<span class="kt-blocks-accordion-title">{title}</span></span>'
        '<span class="kt-blocks-accordion-icon-trigger"></span></button></div>'
        f'<div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">{body}'
        "</div></div></div>"
    )


def test_synthetic_a_button_titled_accordion_pane_is_a_section() -> None:
    body = _CAREER + (
        '<div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap"><div class="kt-accordion-inner-wrap">'
        + _pane(
            "16) Risks, Challenges, and Failure Modes",
            "<h3>Common role challenges</h3>"
            "<ul><li>Late paperwork from branches.</li><li>Unclear filing rules.</li></ul>",
        )
        + _pane("17) Role Variants", "<h3>By company size</h3><ul><li>Small firm: one clerk does all filing.</li></ul>")
        + "</div></div></div>"
    )
    f = html_fields(body, role="Records Clerk")
    assert [c["text"] for c in f["risks"]["challenges"]] == ["Late paperwork from branches.", "Unclear filing rules."]
    assert f["role_variants"]["dimensions"][0]["heading"] == "By company size"
    assert f["career_path"]["other"] == []
    assert [r["name"] for r in f["career_path"]["next_roles"]] == ["Senior Clerk", "Office Manager"]


def test_synthetic_a_button_before_no_panel_stays_dropped() -> None:
    body = _CAREER + (
        '<div class="menu-toggle-box"><button type="button">Toggle navigation</button></div>'
        '<div class="collapse navbar-collapse"><p>Filing rules differ by branch.</p></div>'
        '<div class="more-box"><button type="button">Show all comments</button></div><p>Branches file weekly.</p>'
    )
    strings = all_strings(html_fields(body, role="Records Clerk"))
    assert not any("Toggle navigation" in s or "Show all comments" in s for s in strings)


# --- synthetic: a tools table's tool column named "... or equipment" -------------------------------------------------


@pytest.mark.parametrize(
    "tool_header",
    ["Tool, platform, or equipment", "Tool or equipment", "Tool / equipment", "Platform, software, and equipment"],
)
def test_synthetic_equipment_names_the_tool_column(tool_header: str) -> None:
    header = ["Category", tool_header, "Primary use", "Common / Optional / Context-specific"]
    assert column_roles(header) == ["category", "tool", "primary_use", "prevalence"]


def test_synthetic_equipment_type_stays_a_category() -> None:
    assert column_roles(["Equipment type", "Tool", "Primary use", "Prevalence"]) == [
        "category",
        "tool",
        "primary_use",
        "prevalence",
    ]


# --- synthetic: a long certification name with no full stop ---------------------------------------------------------


def _certifications(item: str) -> dict[str, Any]:
    body = f"<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul><li>{item}</li></ul>"
    return html_fields(body, role="Ramp Agent")["experience"]


def test_synthetic_long_capitalised_certification_names_are_certifications() -> None:
    e = _certifications(
        "Cabin Crew Attestation (EASA) or FAA Certificate of Demonstrated Proficiency (obtained in airline training)"
    )
    assert [c["name"] for c in e["certifications"]] == [
        "Cabin Crew Attestation",
        "FAA Certificate of Demonstrated Proficiency",
    ]
    assert e["certification_notes"] == []


@pytest.mark.parametrize(
    "item",
    [
        "Certifications are helpful but rarely required for entry-level ramp hires",
        "Most airlines train new hires in house and issue the certificate themselves.",
    ],
)
def test_synthetic_a_sentence_about_certifications_stays_a_note(item: str) -> None:
    e = _certifications(item)
    assert e["certifications"] == []
    assert e["certification_notes"] == [item]


# --- synthetic: a crew's duty as a KPI's cadence ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Per duty", "Each duty", "Every duty", "Per duty period"])
def test_synthetic_per_duty_is_per_shift(text: str) -> None:
    assert [f.value for f in frequencies_of(text)] == ["per_shift"]


@pytest.mark.parametrize(("text", "values"), [("Duty roster review", ["other"]), ("Per event", ["ad_hoc"])])
def test_synthetic_other_cadences_stay(text: str, values: list[str]) -> None:
    assert [f.value for f in frequencies_of(text)] == values


# --- synthetic: "has final authority" names a decider -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deciders"),
    [
        (
            "The Captain has final authority; the Purser decides cabin matters.",
            [("Captain", None), ("Purser", "cabin matters")],
        ),
        ("The CFO has the final say on budget changes.", [("CFO", "budget changes")]),
        ("The VP of Sales has final authority over pricing exceptions.", [("VP of Sales", "pricing exceptions")]),
    ],
)
def test_synthetic_final_authority_names_a_decider(text: str, deciders: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == deciders


@pytest.mark.parametrize(
    "text",
    ["The role does not have final authority over pricing.", "Final authority questions go to the Captain."],
)
def test_synthetic_no_final_authority_clause_names_no_decider(text: str) -> None:
    assert deciders_in(text) == []


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Flight Attendant"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to an Inflight Base Manager or Cabin Crew Manager")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    assert len(f["role_summary"]["paragraphs"]) == 2
    assert f["role_mission"]["core_mission"].startswith("Deliver a safe, secure, and welcoming cabin on every sector")
    assert len(f["role_mission"]["strategic_importance"]) == 4
    assert len(f["role_mission"]["primary_business_outcomes"]) == 4
    items = f["responsibilities"]["items"]
    assert len(items) == 22
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3, "operational": 5, "technical": 6, "cross_functional": 3, "governance": 3, "leadership": 2,
    }  # fmt: skip
    assert items[0]["title"] == "Represent the airline’s brand promise in the cabin"
    assert items[0]["detail"].startswith("Deliver the service standard for the cabin class")
    assert items[-1]["title"] == "Mentor new-hire crew on line training flights"


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [6, 3, 3, 4, 3]
    assert len(f["deliverables"]["items"]) == 8
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2, 2, 2, 2, 2, 1]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("On-time departure (cabin-caused delays)", "≥ 99% of sectors with zero cabin-coded delay minutes", "Monthly"),
    ("Crew report punctuality", "100% on time; ≤ 1 late report per year", "Monthly"),
    ("Safety check completion", "100% of sectors", "Per flight"),
    ("Line check result", "Pass with no safety-critical findings", "Annual"),
    ("Recurrent training pass rate", "100% first-time pass", "Annual"),
    ("Cabin customer satisfaction (CSAT)", "≥ 4.3/5 or network target", "Monthly"),
    ("Onboard sales per sector", "€180–€260 per short-haul sector", "Monthly"),
    ("Sales reconciliation accuracy", "Variance < 1% of takings", "Per duty"),
    ("Incident report timeliness", "100% within 24 hours", "Per event"),
    ("Substantiated complaints", "0 per quarter", "Quarterly"),
    ("Sickness absence", "≤ 3 occurrences per 12 months", "Quarterly"),
    ("Onboard injury rate", "0 lost-time injuries", "Quarterly"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[7]["frequencies"] == ["per_shift"]  # "Per duty"
    assert rows[8]["frequencies"] == ["ad_hoc"]  # "Per event"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 4, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Safety and emergency procedures (SEP)"] == ["critical"]
    assert importance["Onboard service and galley operations"] == ["important"]
    assert importance["Premium cabin service"] == ["optional"]
    assert importance["Purser / cabin management"] == ["optional", "critical"]
    assert importance["Line training and assessment"] == ["context_specific"]
    assert importance["Fatigue risk self-management"] == ["important"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert (soft[0]["name"], soft[-1]["name"]) == ("Calm under pressure", "Resilience and self-care")


def test_tools_rows() -> None:
    t = _fields()["tools"]
    rows = t["rows"]
    assert len(rows) == 16
    assert t["columns"][1] == "Tool, platform, or equipment"
    assert all(row["tools"] and not row["extra_cells"] for row in rows)
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Sabre CrewTrac / Jeppesen Crew Tracking"] == ["Sabre CrewTrac", "Jeppesen Crew Tracking"]
    assert names["AED, emergency medical kit, physician’s kit"] == ["AED", "emergency medical kit", "physician’s kit"]
    assert names["Viasat / Gogo / Panasonic Wi-Fi"] == ["Viasat", "Gogo", "Panasonic Wi-Fi"]
    assert names["WhatsApp, Microsoft Teams"] == ["WhatsApp", "Microsoft Teams"]
    assert [r["prevalence"] for r in rows[:3]] == ["common", "context_specific", "common"]
    assert rows[-1]["prevalence"] == "optional"


def test_experience() -> None:
    e = _fields()["experience"]
    years = e["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (1.0, 3.0, False)
    assert len(e["education"]) == 2
    # Four items; the first names two alternatives, one licence each.
    assert [c["name"] for c in e["certifications"]][:2] == [
        "Cabin Crew Attestation",
        "FAA Certificate of Demonstrated Proficiency",
    ]
    assert len({c["text"] for c in e["certifications"]}) == 4
    assert e["certifications"][-1]["text"] == "Swimming ability (25 m unaided; required by most airlines)"
    assert e["certification_notes"] == []


def test_decision_makers() -> None:
    deciders = _fields()["stakeholders"]["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [("Captain", None), ("Purser", "cabin matters")]


def test_career_path_holds_section_15_only() -> None:
    c = _fields()["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == ["Customer Service Agent", "Hotel Front Desk Agent", "Gate Agent"]
    assert len(c["next_roles"]) == 3
    assert [r["name"] for r in c["adjacent_paths"]][-1] == "Corporate / Private Jet Flight Attendant"
    assert len(c["adjacent_paths"]) == 4
    assert len(c["promotion_skills"]) == 3
    assert len(c["evolution"]) == 3
    assert c["other"] == []
    assert not any("Cabin crew work is routine" in s for s in all_strings(c))


def test_accordion_sections_16_to_19() -> None:
    f = _fields()
    r = f["risks"]
    counts = [len(r[k]) for k in ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons")]
    assert counts + [len(r["business_risks"])] == [3, 2, 2, 2, 3]
    assert r["challenges"][0]["text"] == "Fatigue from early reports, night flights, and time-zone changes."
    headings = [d["heading"] for d in f["role_variants"]["dimensions"]]
    assert headings == [
        "By airline model",
        "By route type",
        "By geography",
        "Regional vs mainline",
        "Regulated vs non-regulated environment",
    ]
    a = f["ai_impact"]
    assert [len(a[k]) for k in ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")] == [
        3, 3, 1, 1,
    ]  # fmt: skip
    assert a["automatable_tasks"][0]["text"] == "Sales reconciliation and stock counts via connected trolleys."
    h = f["hiring"]
    assert [len(h[k]) for k in ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")] == [
        4, 2, 2, 1, 2,
    ]  # fmt: skip
    assert h["red_flags"][0]["text"] == "Dismisses safety rules as “for show”."
    rows = h["scorecard"]["rows"]
    assert [row["dimension"] for row in rows] == [
        "Customer service", "Communication", "Teamwork", "Safety mindset", "Resilience",
    ]  # fmt: skip
    assert rows[0]["meets"] == "Friendly, attentive, resolves routine requests"
    assert rows[0]["exceeds"] == "Anticipates needs and turns complaints around"


def test_scorecard_summary() -> None:
    s = _fields()["scorecard"]
    assert s["role_title"] == "Flight Attendant"
    for key, first, last in (
        ("top_responsibilities", "Pre-flight safety checks", "Incident reporting"),
        ("top_technical_skills", "SEP", "Digital crew tools"),
        ("top_soft_skills", "Calm under pressure", "Professional appearance and conduct"),
    ):
        assert (len(s[key]), s[key][0], s[key][-1]) == (10, first, last), key


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "CareerCompass Blueprints",
        "Every job, mapped end to end",
        "Priya Natarajan",
        "3 Comments",
        "ADVERTISEMENT",
        "Thinking About Rooftop Solar?",
        "Get Free Solar Quotes",
        "SunQuote Partners",
        "Share this:",
        "Like this:",
        "Airline Pilot: Role Blueprint",
        "Posts by",
        "Priya spent nine years",
        "Post navigation",
        "Aircraft Maintenance Technician: Role Blueprint",
        "Twelve years on the A321",
        "swimming test still a thing",
        "Leave a Reply",
        "Your email address will not be published",
        "Recent Posts",
        "Dental Hygienist: Role Blueprint",
        "Privacy Policy",
        "editors@careercompassblueprints.com",
        "Kadence WP",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("&#", "&amp;", "&ldquo;", "&times;", "**", "](", "โ"):
        assert not any(mark in s for s in strings), mark
