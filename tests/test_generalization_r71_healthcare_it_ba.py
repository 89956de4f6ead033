"""A seventy-first round unseen page: crawler markdown (ATX headings closed by hashes, `_emphasised_` sub-headings,
`+` bullets, raw HTML tables for KPIs and tools, four mojibake forms and HTML entities) for a healthcare IT
business analyst.

Its evolution line "Years 1–2: A; years 3–5: B; later: C." was one stage (the ';' clauses, each with its own
period label, were no cut), its authority statement "final go/no-go rests with X and Y" named no decider (only
"decided by" / "owns" did), and a KPI measured "Per go-live" normalised to 'other' (a go-live is a launch).

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.md with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline.parsers.kpis import Frequency, frequencies_of
from pipeline.parsers.stakeholders import deciders_in
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "healthcare-it-business-analyst.synthetic.md"


# --- the rules, on synthetic lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per go-live", [Frequency.PER_LAUNCH]),
        ("Each go-live", [Frequency.PER_LAUNCH]),
        ("Go-live", [Frequency.PER_LAUNCH]),
        ("Monthly / per go-live", [Frequency.MONTHLY, Frequency.PER_LAUNCH]),
        ("Per launch", [Frequency.PER_LAUNCH]),
    ],
)
def test_synthetic_go_live_is_a_launch(text: str, expected: list[Frequency]) -> None:
    assert frequencies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drafts the rota; final sign-off rests with the ward manager and matron.",
            [("ward manager", "final sign-off"), ("matron", "final sign-off")],
        ),
        ("Final authority lies with the CFO.", [("CFO", "Final authority")]),
        (
            "Budget decisions sit with Finance, and hiring rests with the Director.",
            [("Finance", "Budget decisions"), ("Director", "hiring")],
        ),
        # A "with" repeated after a comma opens another decider, its "for ..." the scope.
        (
            "Final decisions sit with the Ward Manager for rotas, and with the Matron for leave exceptions.",
            [("Ward Manager", "rotas"), ("Matron", "leave exceptions")],
        ),
        # The passives and active verbs read as before.
        ("Release scope is owned by the PM.", [("PM", "Release scope")]),
        ("The analyst recommends options to the steering group.", []),
    ],
)
def test_synthetic_decision_resting_with_names_deciders(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.name, d.scope) for d in deciders_in(text)] == expected


def _evolution(line: str) -> list[dict]:
    body = f"<h2>15) Career Path and Progression</h2><h3>How the role evolves</h3><ul><li>{line}</li></ul>"
    return html_fields(body)["career_path"]["evolution"]


def test_synthetic_semicolon_clauses_each_labelled_are_stages() -> None:
    stages = _evolution("Year 1: single feeds; years 2–4: programmes; later: architecture.")
    assert [(s["period"], s["period_unit"], s["period_start"], s["period_end"]) for s in stages] == [
        ("Year 1", "year", 1, 1),
        ("years 2–4", "year", 2, 4),
        ("later", "year", 4, None),  # open-ended after the stage before it
    ]
    assert [s["description"] for s in stages] == ["single feeds", "programmes", "architecture."]


def test_synthetic_months_clauses_are_stages() -> None:
    stages = _evolution("Months 0–6: learn the systems; months 6–12: own a feed.")
    assert [(s["period"], s["period_unit"], s["period_start"], s["period_end"]) for s in stages] == [
        ("Months 0–6", "month", 0, 6),
        ("months 6–12", "month", 6, 12),
    ]


def test_synthetic_unlabelled_clause_stays_in_its_stage() -> None:
    (stage,) = _evolution("Year 1: learn the interfaces; own the test plans.")
    assert (stage["period"], stage["description"]) == ("Year 1", "learn the interfaces; own the test plans.")


# --- the page --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict:
    return unseen_document(_PAGE)


def test_evolution_line_is_three_stages(document: dict) -> None:
    stages = document["fields"]["career_path"]["evolution"]
    assert [(s["period"], s["period_unit"], s["period_start"], s["period_end"]) for s in stages] == [
        ("Years 1–2", "year", 1, 2),
        ("years 3–5", "year", 3, 5),
        ("later", "year", 5, None),
    ]
    assert [s["description"] for s in stages] == [
        "individual interfaces",
        "portfolios and API programs",
        "architecture or management.",
    ]


def test_go_no_go_resting_with_names_deciders(document: dict) -> None:
    authority = document["fields"]["stakeholders"]["decision_making_authority"]
    assert authority["text"].startswith("Recommends specifications and test outcomes; final go/no-go rests with")
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("integration manager", "final go/no-go"),
        ("clinical owner", "final go/no-go"),
    ]


def test_per_go_live_kpi_is_per_launch(document: dict) -> None:
    rows = document["fields"]["kpis"]["rows"]
    go_live = rows[1]
    assert (go_live["name"], go_live["target"], go_live["frequency"]) == (
        "Interface go-live defect count",
        "0 severity-1; ≤ 2 severity-2 per go-live",
        "Per go-live",
    )
    assert go_live["frequencies"] == ["per_launch"]
    assert "other" not in [f for row in rows for f in row["frequencies"]]


def test_main_fields(document: dict) -> None:
    assert document["role"]["title"] == "Healthcare IT Business Analyst"
    assert document["role"]["horizon"] == "Current"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    fields = document["fields"]
    assert len(fields["role_summary"]["paragraphs"]) == 2
    assert len(fields["responsibilities"]["items"]) == 20
    assert [item["number"] for item in fields["responsibilities"]["items"]] == list(range(1, 21))
    assert len(fields["deliverables"]["items"]) == 11
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tech_stack"]["environments"]) == 8
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Requirements rework rate",
        "< 10% of specifications reopened",
        "Monthly",
    )
    rows = fields["tools"]["rows"]
    assert len(rows) == 23
    assert [(r["tool_text"], r["category"], r["prevalence"]) for r in rows[:3]] == [
        ("Epic", "EHR platforms", "common"),
        ("Oracle Health (Cerner)", "EHR platforms", "common"),
        ("MEDITECH Expanse", "EHR platforms", "context_specific"),
    ]
    skills = fields["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [5, 5, 3, 3]
    by_name = {s["name"]: s for s in skills}
    assert by_name["HL7 v2.x messaging"]["importance"] == "critical"
    assert by_name["IHE integration profiles"]["importance_levels"] == ["optional", "important"]
    experience = fields["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3, 6, False)
    assert len(experience["education"]) == 2
    assert len(experience["prior_roles"]) == 4
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Clinical Applications Analyst",
        "EHR Analyst",
        "Registered Nurse",
    ]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Healthcare IT Business Analyst",
        "Integration Architect",
        "Clinical Informatics Manager",
    ]
    assert len(career["adjacent_paths"]) == 3
    stakeholders = fields["stakeholders"]
    assert [len(stakeholders[k]) for k in ("internal", "external", "peer_roles", "upstream", "downstream")] == [
        5,
        3,
        4,
        2,
        3,
    ]
    assert len(stakeholders["escalation_points"]) == 2
    assert len(fields["hiring"]["scorecard"]["rows"]) == 6
    assert len(fields["scorecard"]["rows"]) == 10


@pytest.mark.parametrize(
    "noise",
    [
        "Role Library",
        "We use cookies",
        "Share on",
        "WhatsApp",
        "Compare Accredited Dental Clinics",
        "Free second-opinion",
        "Priya Raman",
        "Related Posts",
        "Integration Architect: Role Blueprint",
        "Notify of",
        "Most Voted",
        "All rights reserved",
        "+1 (555) 014-2290",
    ],
)
def test_noise_absent(document: dict, noise: str) -> None:
    assert not [text for text in all_strings(document["fields"]) if noise in text]


def test_no_mojibake_or_markup_left(document: dict) -> None:
    strings = all_strings(document["fields"])
    for mark in ("โ", "€", "&lt;", "&ge;", "&le;", "&#", "<td", "**", "]("):
        assert not [text for text in strings if mark in text], mark
