"""Section 14 on a twentieth round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family: a Clinical Nurse Educator page built with
Divi (WordPress) lists its prior roles as "Staff Nurse with precepting experience, Charge Nurse, Clinical Nurse
III / Clinical Ladder nurse, Academic Clinical Instructor", asks for a "Bachelor of Science in Nursing (BSN)"
and writes "BLS (Critical); ACLS and/or PALS (Important, depending on units covered)" on one line. The negative
cases guard what the seeds read.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields


def _experience(**subsections: list[str]) -> dict[str, Any]:
    """Section 14 with the given sub-headings (keyword: heading, underscores as spaces), one list each."""
    body = "<h2>14) Required Experience and Qualifications</h2>"
    for heading, items in subsections.items():
        body += f"<h3>{heading.replace('_', ' ')}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    return html_fields(body)["experience"]


# --- prior roles -------------------------------------------------------------------------------------


def _prior(*items: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    found = _experience(Prior_role_backgrounds_commonly_seen=list(items))
    return [(r["name"], r["qualifier"]) for r in found["prior_roles"]], found["prior_role_notes"]


def test_a_role_ending_with_a_grade_is_a_role_of_the_list() -> None:
    assert _prior(
        "Staff Nurse with precepting experience, Charge Nurse, Clinical Nurse III / Clinical Ladder nurse, "
        "Academic Clinical Instructor."
    ) == (
        [
            ("Staff Nurse", "with precepting experience"),
            ("Charge Nurse", None),
            ("Clinical Nurse III / Clinical Ladder nurse", None),
            ("Academic Clinical Instructor", None),
        ],
        [],
    )
    assert _prior("Software Engineer II, Data Analyst, ML Engineer 2.") == (
        [("Software Engineer II", None), ("Data Analyst", None), ("ML Engineer 2", None)],
        [],
    )


def test_a_qualifier_ends_at_its_comma_when_most_parts_after_it_are_roles() -> None:
    assert _prior("Data Analyst with SQL depth, Software Engineer, a strong portfolio, Research Assistant.") == (
        [("Data Analyst", "with SQL depth"), ("Software Engineer", None), ("Research Assistant", None)],
        ["a strong portfolio"],
    )


def test_a_qualifier_listing_non_roles_stays_one_role() -> None:
    # Negative cases: the commas are the qualifier's, one role among its parts.
    assert _prior("Academic research assistant in NLP, information retrieval, or computational linguistics") == (
        [("Academic research assistant", "in NLP, information retrieval, or computational linguistics")],
        [],
    )
    assert _prior("Staff nurse with ICU, ED, or PACU experience") == (
        [("Staff nurse", "with ICU, ED, or PACU experience")],
        [],
    )


# --- education ---------------------------------------------------------------------------------------


def _education(*items: str) -> list[tuple[list[str], list[str], str | None]]:
    found = _experience(Education_expectations=list(items))["education"]
    return [(e["degree_levels"], e["fields_of_study"], e["requirement"]) for e in found]


def test_a_degree_s_full_name_lists_its_fields_after_of_and_in() -> None:
    assert _education(
        "Bachelor of Science in Nursing (BSN) required.",
        "Master of Science in Nursing (MSN), ideally with a nursing education focus, preferred.",
        "Bachelor of Applied Science in Medical Imaging preferred.",
        "Doctor of Philosophy in Physics is a plus.",
        "Doctor of Nursing Practice (DNP) is a plus.",
    ) == [
        (["bachelor"], ["Nursing"], "required"),
        (["master"], ["Nursing"], "preferred"),
        (["bachelor"], ["Medical Imaging"], "preferred"),
        (["phd"], ["Physics"], "plus"),
        (["professional_doctorate"], [], "plus"),  # the DNP a professional doctorate (round 44), not a PhD
    ]


def test_words_after_a_degree_are_fields_only_after_of_or_in() -> None:
    # Negative cases: a degree of no 'of' ("Master of Business Administration") names no field; capitalised
    # words without an 'of' before the 'in' are no degree name's; a second degree after 'or' stays apart.
    assert _education(
        "Master of Business Administration (MBA) preferred.",
        "BS Required in regulated teams.",
        "Master's in Accounting or an MBA is common.",
        "Bachelor's degree in Nursing required.",
    ) == [
        (["master"], [], "preferred"),
        (["bachelor"], [], "required"),
        (["master"], ["Accounting"], "common"),
        (["bachelor"], ["Nursing"], "required"),
    ]


# --- certifications ----------------------------------------------------------------------------------


def _certifications(*items: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = _experience(Certifications=list(items))["certifications"]
    return [(c["name"], c["requirement"], c["requirement_text"], c["note"]) for c in found]


def test_semicolon_parts_each_with_a_bracketed_level_are_certifications_of_their_own() -> None:
    assert _certifications(
        "BLS (Critical); ACLS and/or PALS (Important, depending on units covered)",
        "CPR (Required); First Aid (Preferred, for field roles)",
    ) == [
        ("BLS", "required", "Critical", None),
        ("ACLS and/or PALS", "preferred", "Important, depending on units covered", None),
        ("CPR", "required", "Required", None),
        ("First Aid", "preferred", "Preferred, for field roles", None),
    ]
    # Negative case: a part with no level of its own is the level's note, as the seeds read it.
    assert _certifications("Active RN license in the state of practice (Critical; required)") == [
        ("Active RN license in the state of practice", "required", "Critical; required", None)
    ]


def test_a_kind_of_certification_before_its_examples_is_their_note() -> None:
    assert _certifications(
        "Specialty certification such as CCRN, CMSRN or CEN (Context-specific)",
        "Certification, e.g. PMP or PRINCE2 (Optional)",
    ) == [
        ("CCRN", "context_specific", "Context-specific", "Specialty certification"),
        ("CMSRN", "context_specific", "Context-specific", "Specialty certification"),
        ("CEN", "context_specific", "Context-specific", "Specialty certification"),
        ("PMP", "optional", "Optional", "Certification"),
        ("PRINCE2", "optional", "Optional", "Certification"),
    ]


def test_words_after_including_that_name_no_certification_stay_in_the_name() -> None:
    # Negative cases: a lowercase phrase after 'including' is no example name; examples in brackets stay the
    # name's detail, as the seeds read "Cloud fundamentals (Azure/AWS/GCP)".
    assert _certifications(
        "AWS Certified Solutions Architect, including the security specialty (Optional)",
        "Cloud certification (e.g., AWS Solutions Architect) – Optional",
        "Quality certification (credential such as CPHQ) – Optional",
    ) == [
        ("AWS Certified Solutions Architect, including the security specialty", "optional", "Optional", None),
        ("Cloud certification", "optional", "Optional", None),
        ("Quality certification", "optional", "Optional", None),
    ]
