"""A seventy-first round unseen page: a WordPress REST JSON post (classic-editor HTML in content.rendered: <b>
headings, "&#8226; item<br />" paragraph lists, borderless tables, an affiliate note, a dental-clinic ad and a
newsletter shortcode) for a procurement category manager.

Its practical exercises, a list all of "Label: description" lines ("Case: a SaaS vendor proposes ..."), kept only
the label as each exercise's text, though an item's text is its line as on the page; and a stakeholder's line cut
into clauses at ';' ("nature: ...; escalation: disputed awards.") gave the last clause the line's closing full
stop, which the clauses before it lack.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.json with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from tests.snippets import all_strings, hiring_exercises, html_fields, unseen_document

_PAGE = "procurement-category-manager.synthetic.json"


# --- the rules, on synthetic lines ------------------------------------------------------------------


def test_synthetic_label_led_exercise_keeps_its_line_as_text() -> None:
    exercises = hiring_exercises(
        [
            "Case: a courier misses three delivery windows in a week – draft the recovery plan.",
            "Role-play: a 20-minute call with an upset site manager.",
        ]
    )
    assert [(e["name"], e["text"], [d["text"] for d in e["details"]]) for e in exercises] == [
        (
            "Case",
            "Case: a courier misses three delivery windows in a week – draft the recovery plan.",
            ["a courier misses three delivery windows in a week – draft the recovery plan."],
        ),
        (
            "Role-play",
            "Role-play: a 20-minute call with an upset site manager.",
            ["a 20-minute call with an upset site manager."],
        ),
    ]


def test_synthetic_timed_title_with_description_keeps_its_line_as_text() -> None:
    (exercise,) = hiring_exercises(["Route review (45 minutes): critique a week of depot schedules."])
    assert (exercise["name"], exercise["duration"]) == ("Route review", "45 minutes")
    assert exercise["text"] == "Route review (45 minutes): critique a week of depot schedules."
    assert [d["text"] for d in exercise["details"]] == ["critique a week of depot schedules."]


def test_synthetic_title_line_alone_keeps_the_title() -> None:
    exercises = hiring_exercises(["Take-home exercise (2–3 hours)", "    * Scenario: a depot loses its largest van."])
    assert [(e["name"], e["text"]) for e in exercises] == [("Take-home exercise", "Take-home exercise (2–3 hours)")]


def test_each_exercise_keeps_its_own_line() -> None:
    # A food-safety page (AsciiDoc): a "Case: ..." exercise, then two untitled tasks. The titles are copies made
    # while grouping; the line kept for one must never be found again for another whose copy took its freed id.
    page = unseen_document("qa-manager-food-manufacturing-asciidoc.synthetic.txt")
    exercises = page["fields"]["hiring"]["exercises"]
    assert [e["name"] for e in exercises] == [
        "Case",
        "Review a sample HACCP plan and identify gaps",
        "Analyse a 12-month complaint data set and present three priorities",
    ]
    assert exercises[0]["text"].startswith("Case: a Zone 2 Listeria positive")
    assert [e["text"] for e in exercises[1:]] == [e["name"] for e in exercises[1:]]


def _internal(line: str) -> dict:
    body = (
        "<h2>12) Stakeholders and Collaboration Map</h2><h3>Internal stakeholders</h3>"
        f"<ul><li>{line}</li><li>Facilities – nature: site access.</li></ul>"
    )
    (first, second) = html_fields(body)["stakeholders"]["internal"]
    assert second["nature"] == "site access."  # a lone clause is the line's description: it keeps its stop
    return first


@pytest.mark.parametrize(
    "line",
    [
        "Depot managers – nature: route plans and van swaps; escalation: missed windows.",
        "Depot managers – nature: route plans and van swaps – escalation: missed windows.",
        "Depot managers: route plans and van swaps; escalation on missed windows.",
    ],
)
def test_synthetic_line_stop_belongs_to_no_clause(line: str) -> None:
    stakeholder = _internal(line)
    assert (stakeholder["nature"], stakeholder["escalation"]) == ("route plans and van swaps", "missed windows")
    assert stakeholder["text"] == line


def test_synthetic_clauses_cut_at_full_stops_keep_theirs() -> None:
    stakeholder = _internal("Depot managers – Nature: route plans. Escalation: missed windows.")
    assert (stakeholder["nature"], stakeholder["escalation"]) == ("route plans.", "missed windows.")


def test_synthetic_abbreviation_keeps_its_stop() -> None:
    stakeholder = _internal("Depot managers – nature: route plans; escalation: vans, drivers, etc.")
    assert stakeholder["escalation"] == "vans, drivers, etc."


# --- the page --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict:
    return unseen_document(_PAGE)


def test_exercises_keep_their_lines(document: dict) -> None:
    exercises = document["fields"]["hiring"]["exercises"]
    assert [e["name"] for e in exercises] == ["Case", "Exercise", "Role-play"]
    assert exercises[0]["text"] == (
        "Case: a SaaS vendor proposes a 12% uplift at renewal with 30 days to expiry – build a negotiation plan."
    )
    assert [d["text"] for d in exercises[0]["details"]] == [
        "a SaaS vendor proposes a 12% uplift at renewal with 30 days to expiry – build a negotiation plan."
    ]
    assert exercises[1]["text"] == "Exercise: build a 3-year TCO comparison from a supplied bid pack."
    assert exercises[2]["text"] == "Role-play: a 30-minute negotiation with an interviewer acting as account executive."


def test_stakeholder_clauses_close_alike(document: dict) -> None:
    internal = document["fields"]["stakeholders"]["internal"]
    assert len(internal) == 6
    assert (internal[0]["name"], internal[0]["nature"], internal[0]["escalation"]) == (
        "CIO and IT leadership",
        "category priorities and vendor choices",
        "disputed awards",
    )
    assert (internal[2]["nature"], internal[2]["escalation"]) == ("budgets, savings validation", "savings disputes")
    assert internal[1]["nature"] == "requirements and technical evaluation."
    assert internal[0]["text"] == (
        "CIO and IT leadership – nature: category priorities and vendor choices; escalation: disputed awards."
    )


def test_main_fields(document: dict) -> None:
    assert document["role"]["title"] == "Procurement Category Manager"
    assert document["role"]["horizon"] == "Current"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 18
    assert len(fields["deliverables"]["items"]) == 11
    assert len(fields["soft_skills"]["skills"]) == 6
    assert len(fields["tech_stack"]["environments"]) == 7
    kpis = fields["kpis"]["rows"]
    assert [(k["name"], k["target"], k["frequency"]) for k in kpis] == [
        ("Validated savings", "6–10% of addressable spend per year", "Monthly"),
        ("Cost avoidance", "Tracked separately; ≥ 3% of renewals value", "Quarterly"),
        ("Spend under management", "≥ 85%", "Quarterly"),
        ("Renewal lead time", "≥ 90 days for 100% of renewals above USD 50k", "Monthly"),
        ("Auto-renewal rate", "0 unplanned auto-renewals", "Monthly"),
        ("Off-contract spend", "< 8% of category spend", "Monthly"),
        ("Licence utilisation", "≥ 90% at renewal", "Per renewal"),
        ("Sourcing cycle time", "≤ 45 days for standard RFPs", "Monthly"),
        ("Supplier performance score", "≥ 80/100 for strategic suppliers", "Quarterly"),
        ("Stakeholder satisfaction", "≥ 4.2/5", "Half-yearly"),
        ("Supplier risk coverage", "100% of critical suppliers", "Quarterly"),
    ]
    rows = fields["tools"]["rows"]
    assert len(rows) == 22
    by_text = {row["tool_text"]: row for row in rows}
    assert (by_text["Coupa"]["category"], by_text["Coupa"]["prevalence"]) == ("Source-to-pay suite", "common")
    assert (by_text["Dun & Bradstreet"]["category"], by_text["Dun & Bradstreet"]["prevalence"]) == (
        "Supplier risk",
        "optional",
    )
    assert by_text["Flexera One"]["prevalence"] == "context_specific"
    assert (rows[-1]["category"], rows[-1]["tool_text"]) == ("Documentation", "SharePoint")
    skills = fields["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 4, 3, 3]
    by_name = {s["name"]: s for s in skills}
    assert by_name["Commercial negotiation"]["importance"] == "critical"
    assert by_name["Total cost of ownership modelling"]["importance"] == "important"
    assert by_name["BI and dashboarding"]["importance"] == "optional"
    assert by_name["Complex outsourcing and managed services deals"]["importance"] == "context_specific"
    assert by_name["AI-assisted contract analytics"]["importance_levels"] == ["optional", "important"]
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5, 8, False)
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Senior Buyer",
        "Sourcing Analyst",
        "IT Vendor Manager",
        "Software Asset Manager",
    ]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Category Manager / Category Lead",
        "Head of Indirect Procurement",
        "Director of Strategic Sourcing",
    ]
    assert len(career["adjacent_paths"]) == 4
    hiring = fields["hiring"]
    assert len(hiring["what_to_assess"]) == 5
    assert (len(hiring["strong_signals"]), len(hiring["weak_signals"]), len(hiring["red_flags"])) == (2, 2, 2)
    assert [r["dimension"] for r in hiring["scorecard"]["rows"]] == [
        "Category strategy",
        "Negotiation",
        "Analytics",
        "IT contract knowledge",
        "Stakeholder influence",
        "Integrity and judgement",
    ]
    risks = fields["risks"]
    assert risks["business_risks"][-1]["text"] == "Security or privacy incidents through unassessed vendors."


@pytest.mark.parametrize(
    "noise",
    [
        "affiliate",
        "commission",
        "Related:",
        "it-vendor-scorecard-template",
        "newsletter_form",
        "Dental",
        "dental",
        "Book your consultation today",
        "ads.example-clinics.com",
        "Found this blueprint useful",
        "subscribe for new role blueprints",
    ],
)
def test_noise_absent(document: dict, noise: str) -> None:
    assert not any(noise in text for text in all_strings(document["fields"]))


def test_no_mojibake_or_markup_left(document: dict) -> None:
    for text in all_strings(document["fields"]):
        assert not any(mark in text for mark in ("&#", "&nbsp;", "&amp;", "<b>", "<br", "\r", "\u00a0", "â€", "**"))
