"""Responsibility categories, hiring exercises and education on a twenty-fourth round of unseen pages.

These are synthetic snippets modelled on unseen pages of the family: a Registered Dietitian page built with
Elementor heads a responsibility group "Clinical / technical responsibilities", writes its practical exercises
as labelled paragraphs ("<strong>Case A:</strong> ... (45 minutes).", "<strong>Case B:</strong> ..."), asks
for a "Master's degree in Nutrition, Dietetics or Clinical Nutrition (required for CDR exam eligibility since
2024)" and lists "Board Certified Specialist in Oncology (CSO) or Renal (CSR)". The negative cases guard what
the seeds and earlier pages read.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields

from pipeline.sections import subheading_key

# --- responsibility categories: "X / Y responsibilities" ------------------------------------------------


def _categories(heading: str) -> list[str]:
    body = (
        "<h2>3) Core Responsibilities</h2>"
        f"<h3>{heading}</h3><ul><li>Complete nutrition assessments</li><li>Manage refeeding risk</li></ul>"
    )
    return [item["category"] for item in html_fields(body)["responsibilities"]["items"]]


def test_a_slash_pair_takes_the_category_its_second_word_names() -> None:
    assert _categories("Clinical / technical responsibilities") == ["technical", "technical"]
    assert _categories("Clinical/technical responsibilities") == ["technical", "technical"]
    assert subheading_key("responsibilities", "Delivery / operational responsibilities") == "operational"


def test_a_slash_pair_naming_a_category_first_keeps_it() -> None:
    # Negative cases: the first word names a category, as "Strategic and operational" reads it today.
    assert subheading_key("responsibilities", "Strategic and operational responsibilities") == "strategic"
    assert subheading_key("responsibilities", "Strategic / operational responsibilities") == "strategic"
    assert subheading_key("responsibilities", "Technical / clinical responsibilities") == "technical"
    assert subheading_key("responsibilities", "Cross-functional / stakeholder responsibilities") == ("cross_functional")


def test_a_slash_pair_naming_no_category_stays_unknown() -> None:
    # "Clinical" itself names a category since round 75 (a clinician's technical work): a pair of other words.
    assert subheading_key("responsibilities", "Patient / family responsibilities") is None
    assert subheading_key("responsibilities", "Clinical / patient responsibilities") == "technical"
    assert _categories("Food service / diet office") == ["other", "other"]


# --- hiring exercises as labelled paragraphs -------------------------------------------------------------


def _exercises(*paragraphs: str) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    body = "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises</h3>" + "".join(
        f"<p>{p}</p>" for p in paragraphs
    )
    return [
        (e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]])
        for e in html_fields(body)["hiring"]["exercises"]
    ]


def test_each_numbered_case_paragraph_is_one_exercise() -> None:
    assert _exercises(
        "<strong>Case A:</strong> 68-year-old with pneumonia, 9% weight loss in 3 months, NPO for 4 days – write an "
        "assessment and EN plan (45 minutes).",
        "<strong>Case B:</strong> role-play discharge teaching for a new renal diet (15 minutes).",
    ) == [
        (
            "Case A",
            "68-year-old with pneumonia, 9% weight loss in 3 months, NPO for 4 days – write an assessment and EN plan",
            "45 minutes",
            [],
        ),
        ("Case B", "role-play discharge teaching for a new renal diet", "15 minutes", []),
    ]
    assert _exercises(
        "<strong>Exercise A:</strong> Write an EN plan for a pneumonia patient.",
        "<strong>Exercise B:</strong> Role-play discharge teaching for a renal diet (15 minutes).",
    ) == [
        ("Exercise A", "Write an EN plan for a pneumonia patient", None, []),
        ("Exercise B", "Role-play discharge teaching for a renal diet", "15 minutes", []),
    ]


def test_numbered_tasks_under_a_titled_exercise_stay_its_details() -> None:
    # Negative cases: "Task 1:" under a title of another kind, and the parts an exercise names ("Input:").
    assert _exercises(
        "<strong>Take-home exercise (3 hours)</strong>",
        "Task 1: clean the supplied data set.",
        "Task 2: present three findings.",
    ) == [
        (
            None,
            "Take-home exercise",
            "3 hours",
            ["Task 1: clean the supplied data set.", "Task 2: present three findings."],
        )
    ]
    assert _exercises(
        "<strong>Case A:</strong> Triage a list of ten referrals (30 minutes).",
        "Input: ten anonymised nutrition screens.",
        "Evaluation: prioritisation by acuity.",
    ) == [
        (
            "Case A",
            "Triage a list of ten referrals",
            "30 minutes",
            ["Input: ten anonymised nutrition screens.", "Evaluation: prioritisation by acuity."],
        )
    ]


# --- education and certifications ------------------------------------------------------------------------


def _experience(heading: str, *items: str) -> dict[str, Any]:
    body = "<h2>14) Required Experience and Qualifications</h2>" + (
        f"<h3>{heading}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    )
    return html_fields(body)["experience"]


def _education(item: str) -> tuple[list[str], bool, str | None]:
    (found,) = _experience("Education", item)["education"]
    return found["fields_of_study"], found["related_fields_accepted"], found["requirement"]


def test_a_bracket_after_the_fields_notes_their_requirement() -> None:
    assert _education(
        "Master's degree in Nutrition, Dietetics or Clinical Nutrition (required for CDR exam eligibility since 2024)"
    ) == (["Nutrition", "Dietetics", "Clinical Nutrition"], False, "required")
    assert _education("Master's degree in Clinical Laboratory Science or related field (a plus for lead roles).") == (
        ["Clinical Laboratory Science"],
        True,
        "plus",
    )


def test_a_bracket_closed_inside_the_fields_stays_with_them() -> None:
    # Negative cases: a short form and a bracket of sub-fields are closed before the fields end.
    assert _education("Bachelor of Science in Nursing (BSN) required") == (["Nursing"], False, "required")
    assert _education("BS in Engineering (Mechanical or Civil) preferred") == (
        ["Engineering (Mechanical or Civil)"],
        False,
        "preferred",
    )


def _certifications(item: str) -> list[tuple[str, str | None]]:
    return [(c["name"], c["detail"]) for c in _experience("Certifications", item)["certifications"]]


def test_a_second_field_alone_takes_the_head_of_the_first_certification() -> None:
    assert _certifications("Board Certified Specialist in Oncology (CSO) or Renal (CSR) (Context-specific)") == [
        ("Board Certified Specialist in Oncology", "CSO"),
        ("Board Certified Specialist in Renal", "CSR"),
    ]
    assert _certifications(
        "Certificate of Clinical Competence in Audiology (CCC-A) or Speech-Language Pathology (CCC-SLP) (Critical)"
    ) == [
        ("Certificate of Clinical Competence in Audiology", "CCC-A"),
        ("Certificate of Clinical Competence in Speech-Language Pathology", "CCC-SLP"),
    ]


def test_a_second_certification_of_its_own_keeps_its_name() -> None:
    # Negative cases: a name with its own "Certified", an acronym, and a side written without its acronym.
    assert _certifications("Specialist in Oncology (CSO) or Certified Diabetes Educator (CDE) (Optional)") == [
        ("Specialist in Oncology", "CSO"),
        ("Certified Diabetes Educator", "CDE"),
    ]
    assert _certifications("Diploma in Nursing (DN) or BLS (Common)") == [("Diploma in Nursing", "DN"), ("BLS", None)]
    assert _certifications("Certificate in Quality Management (CQM) or Six Sigma (Optional)") == [
        ("Certificate in Quality Management", "CQM"),
        ("Six Sigma", None),
    ]
