"""Round 75 unseen page: a veterinary technician in seed 004's compact text layout (no title line, numbered
section heads, flat "- " lists, pipe tables) with bare 'โ' mojibake for dashes, quotes and apostrophes.

Fixed here: exercises written as flat "- " lines alternating a short title and its sentence; a bare 'โ' in a
what-to-assess list read as an arrow when its siblings' were dashes; a degree's bracketed abbreviation ("Associate
degree (AAS) in X") hiding the field of study; an adjective "common" inside a domain-knowledge item read as a
requirement label. The tools "/" shared noun ("Infusion / syringe pumps") is another fixer's and not asserted.

The page is frozen as tests/unseen/veterinary-technician.synthetic.txt with its key in
tests/unseen/answer_keys/veterinary-technician.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.mojibake import repair_text
from pipeline.parsers.experience import _domain, fields_of_study
from tests.snippets import all_strings, hiring_exercises, unseen_document

_PAGE = "veterinary-technician.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


def test_role_and_repaired_text() -> None:
    document = unseen_document(_PAGE)
    assert document["role"]["title"] == "Veterinary Technician"
    assert document["role"]["horizon"] == "Current"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0
    strings = all_strings(document["fields"])
    text = "\n".join(strings)
    for damage in ("โ", "€", "&#", "&amp;", "**", "]("):
        assert damage not in text
    for repaired in ("veterinarian’s", "clinic’s", "team—especially", "“not the tech’s job.”"):
        assert repaired in text


def test_noise_absent() -> None:
    text = "\n".join(all_strings(unseen_document(_PAGE)))
    for noise in (
        "We use cookies", "Accept All Cookies", "Protect Your Pet With Trusted Insurance", "Get My Free Quote",
        "Pass the VTNE on Your First Try", "Start Free Trial", "Related Posts", "Kennel Attendant: Role Blueprint",
        "Notify of", "Inline Feedbacks", "CareerBlueprints Hub", "All rights reserved", "Privacy Policy", "©",
    ):
        assert noise not in text


def test_main_fields_of_the_key() -> None:
    fields = _fields()
    summary = fields["role_summary"]
    assert len(summary["paragraphs"]) == 2
    assert len(summary["interaction"]["groups"]) == 4
    mission = fields["role_mission"]
    assert (len(mission["strategic_importance"]), len(mission["primary_business_outcomes"])) == (3, 3)
    categories = [item["category"] for item in fields["responsibilities"]["items"]]
    keys = ("strategic", "operational", "technical", "cross_functional", "governance", "leadership")
    assert [categories.count(c) for c in keys] == [3, 4, 7, 3, 3, 2]
    day = fields["day_to_day"]
    keys = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[key]["items"]) for key in keys] == [5, 4, 4, 4, 4]
    assert len(fields["deliverables"]["items"]) == 12
    goals = fields["goals"]
    keys = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(goals[key]["items"]) for key in keys] == [3, 3, 3, 3, 3, 2]
    assert len(goals["high_performance"]) == 4
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tech_stack"]["environments"]) == 7
    stakeholders = fields["stakeholders"]
    keys = ("internal", "external", "peer_roles", "upstream", "downstream", "escalation_points")
    assert [len(stakeholders[key]) for key in keys] == [5, 3, 4, 3, 3, 3]
    decisions = fields["decision_rights"]
    keys = ("independent", "team_approval", "manager_approval")
    assert [len(decisions[key]["decisions"]) for key in keys] == [3, 3, 4]
    risks = fields["risks"]
    keys = ("challenges", "bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks")
    assert [len(risks[key]) for key in keys] == [3, 2, 3, 2, 3]
    dimensions = fields["role_variants"]["dimensions"]
    assert [(g["dimension"], len(g["variants"]) + len(g["notes"])) for g in dimensions] == [
        ("company_size", 2),
        ("industry", 3),
        ("geography", 1),
        ("regulated", 1),
    ]
    ai = fields["ai_impact"]
    keys = ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")
    assert [len(ai[key]) for key in keys] == [3, 3, 1, 1]
    hiring = fields["hiring"]
    keys = ("what_to_assess", "exercises", "strong_signals", "weak_signals", "red_flags")
    assert [len(hiring[key]) for key in keys] == [5, 3, 2, 2, 2]
    assert [row["dimension"] for row in hiring["scorecard"]["rows"]] == [
        "Anesthesia monitoring",
        "Technical skills",
        "Dosage math",
        "Client communication",
        "Patient handling",
        "Teamwork",
    ]
    assert len(fields["scorecard"]["rows"]) == 10


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(row["name"], row["target"], row["frequency"]) for row in rows] == [
        ("Anesthesia record completeness", "100% complete records", "Weekly"),
        ("Anesthetic complication rate", "<3 per 100 procedures", "Monthly"),
        ("Controlled-substance log accuracy", "Zero unresolved discrepancies", "Weekly"),
        ("Technician-supported appointments", "18–25 appointments/day supported", "Daily"),
        ("Catheter first-attempt success", "≥85% first-attempt placement", "Monthly"),
        ("Dental radiograph diagnostic quality", "90%+ accepted without retakes", "Monthly"),
        ("Lab turnaround time", "In-house results within 30 minutes", "Daily"),
        ("Client satisfaction (technician)", "4.7/5 or higher", "Quarterly"),
        ("Preventive care compliance", "+5–10% year-over-year improvement", "Quarterly"),
        ("Missed charges", "<1% of invoices with missed charges", "Monthly"),
        ("Continuing education hours", "State-required CE (e.g., 10–15 hours/year) on track", "Annual"),
        ("Infection control compliance", "100% indicator logs complete", "Monthly"),
    ]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 23
    assert [(row["category"], row["prevalence_levels"]) for row in rows[:5]] == [
        ("Practice management", ["common"]),
        ("Cloud practice management", ["optional"]),
        ("In-house lab analyzers", ["common"]),
        ("In-house lab analyzers", ["optional"]),
        ("Reference laboratory", ["common"]),
    ]
    assert [tool["name"] for tool in rows[0]["tools"]] == ["AVImark", "Cornerstone", "ezyVet"]
    assert [tool["name"] for tool in rows[19]["tools"]] == ["Colorado pain scales", "Glasgow pain scales"]
    assert (rows[-1]["category"], rows[-1]["prevalence_levels"]) == ("AI diagnostics", ["context_specific"])


def test_technical_skills_tiers_and_importances() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [skill["tier"] for skill in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [7, 4, 3, 3]
    assert [skill["importance_levels"] for skill in skills] == [
        *(["critical"],) * 4, ["important"], ["important"], ["critical"],
        ["optional"], ["important"], ["optional", "important"], ["important"],
        ["important"], ["optional", "context_specific"], ["context_specific"],
        ["important"], ["optional", "context_specific"], ["optional"],
    ]


def test_experience() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (1.0, 3.0, False)
    assert [(cert["name"], cert["requirement"]) for cert in experience["certifications"]] == [
        ("Credentialed status (CVT, LVT, or RVT depending on state) after passing the VTNE", "required"),
        ("Fear Free Certified Professional", "optional"),
        ("RECOVER CPR certification", "common"),
    ]
    assert len(experience["prior_roles"]) == 3
    assert len(experience["leadership_expectations"]) == 2


def test_degree_field_after_a_bracketed_abbreviation() -> None:
    education = _fields()["experience"]["education"]
    assert [(e["degree_levels"], e["fields_of_study"]) for e in education] == [
        (["associate"], ["Veterinary Technology"]),
        (["bachelor"], ["veterinary technology"]),
    ]


def test_domain_knowledge_adjective_is_no_requirement() -> None:
    domain = _fields()["experience"]["domain_knowledge"]
    assert [item["requirement"] for item in domain] == [None, None]


def test_career_roles() -> None:
    career = _fields()["career_path"]
    # "attendant" is a role noun (round 77): the 'with' clause is the role's qualifier, as "Engineer with ML focus".
    assert [(role["name"], role["qualifier"]) for role in career["feeder_roles"]] == [
        ("Veterinary Assistant", None),
        ("Kennel Attendant", "with veterinary technology degree"),
        ("Veterinary technology student extern", None),
    ]
    assert [role["name"] for role in career["next_roles"]] == [
        "Lead / Head Veterinary Technician",
        "Veterinary Technician Specialist",
        "Practice Manager",
    ]
    assert len(career["adjacent_paths"]) == 4
    assert career["promotion_transition"]["to_role"] == "Lead Veterinary Technician"


def test_exercises_alternate_title_and_sentence() -> None:
    exercises = _fields()["hiring"]["exercises"]
    assert [(e["name"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Working interview", ["Observe restraint, sampling, and anesthesia monitoring under supervision."]),
        ("Dosage calculation quiz", ["Five drug and fluid-rate problems in 15 minutes."]),
        ("Role-play discharge", ["Explain post-dental home care to a worried owner."]),
    ]
    assert [(e["text"], e["duration"], e["format_note"]) for e in exercises] == [
        ("Working interview (half day)", "half day", None),  # a day's share in words is a duration (round 77)
        ("Dosage calculation quiz", "15 minutes", None),
        ("Role-play discharge", None, None),
    ]


def test_what_to_assess_bare_damage_is_a_dash_like_its_siblings() -> None:
    assess = _fields()["hiring"]["what_to_assess"]
    assert [(a["dimension"], a["description"]) for a in assess][-1] == ("Teamwork", "Behavior during a busy shift.")
    assert all(" → " not in a["text"] for a in assess)


# --- synthetic: exercises written as alternating title and sentence lines ---------------------------------------


def test_synthetic_alternating_titles_and_sentences() -> None:
    exercises = hiring_exercises(
        ["Shadow shift (half day)", "Assist the team on the floor.", "Math quiz", "Ten problems in 20 minutes."]
    )
    assert [(e["name"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Shadow shift", ["Assist the team on the floor."]),
        ("Math quiz", ["Ten problems in 20 minutes."]),
    ]


def test_synthetic_seed004_titles_with_several_details_are_kept() -> None:
    exercises = hiring_exercises(
        [
            "Design exercise (whiteboard)",
            "Given a sample brief:",
            "Propose a plan and its risks",
            "Debugging prompt",
            "Walk through logs to check, likely causes, and fixes",
        ]
    )
    assert [e["name"] for e in exercises] == ["Design exercise", "Debugging prompt"]
    assert exercises[0]["details"][0]["sub_items"] == ["Propose a plan and its risks"]


# --- synthetic: a bare damaged dash in a list of "Label – text" items --------------------------------------------


def test_synthetic_bare_separator_after_a_label_among_described_siblings() -> None:
    text = (
        "What to assess\n- Safety knowledge \u0e42 Can they name the hazards of the site?\n"
        "- Math \u0e42 Accurate load calculations under time pressure.\n- Teamwork \u0e42 Conduct on a busy day.\n"
    )
    repaired = repair_text(text)[0]
    assert "- Teamwork – Conduct on a busy day." in repaired
    assert "- Math – Accurate load calculations" in repaired


def test_synthetic_flow_steps_stay_arrows() -> None:
    text = "Feeder roles\n- Junior Analyst \u0e42 Senior Analyst\n- Associate \u0e42 Analyst\n"
    assert "- Junior Analyst → Senior Analyst" in repair_text(text)[0]


# --- synthetic: a degree's bracketed abbreviation; an adjective 'common' --------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Associate degree (AAS) in Dental Hygiene from an accredited program.", ["Dental Hygiene"]),
        ("Bachelor's degree (BSc) in Biology or Chemistry.", ["Biology", "Chemistry"]),
        ("Doctor of Pharmacy (PharmD) in the US.", ["Pharmacy"]),  # after a full name the 'in' opens a place
        ("Bachelor's degree in Accounting.", ["Accounting"]),
    ],
)
def test_synthetic_fields_after_a_bracketed_degree_abbreviation(text: str, fields: list[str]) -> None:
    assert fields_of_study(text)[0] == fields


@pytest.mark.parametrize(
    ("text", "requirement"),
    [
        ("Small-animal nursing, common parasites, and vaccination schedules.", None),
        ("Payments regulation – Common", "common"),
        ("Knowledge of local building codes is common.", "common"),
        ("Standard operating procedures for cleanrooms.", None),
    ],
)
def test_synthetic_domain_level_is_a_label_not_an_adjective(text: str, requirement: str | None) -> None:
    assert _domain(text).requirement == requirement
