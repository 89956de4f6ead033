"""Section 14 (Required Experience and Qualifications) on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (Senior RAG Engineer, DevOps Manager,
Cloud Security Architect): certification names holding colons and dashes, skills-style importance as a
certification level, role lists with one unusual part, "A or B" of two roles, a leadership expectation
with a negated side clause, and two degrees in one education bullet. The negative cases guard what the
seed pages read.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract

HEAD = (
    "Test Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Test Engineer builds things.\n\n"
    "14) Required Experience and Qualifications\n\n"
)


def _experience(subsections: dict[str, list[str]]) -> dict[str, Any]:
    body = "".join(
        f"{heading}\n\n" + "".join(f"  • {item}\n" for item in items) + "\n" for heading, items in subsections.items()
    )
    [result] = extract((HEAD + body).encode(), name="x.txt")
    return result.document["fields"]["experience"]


def _certifications(*items: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = _experience({"Certifications": list(items)})["certifications"]
    return [(c["name"], c["detail"], c["requirement"], c["requirement_text"]) for c in found]


# --- certifications ----------------------------------------------------------------------------------


def test_certification_name_keeps_its_colon_and_dashes_the_level_is_the_last_part() -> None:
    assert _certifications(
        "Microsoft Certified: Azure Security Engineer Associate (AZ-500) (Context-specific)",
        "HashiCorp Certified: Terraform Associate – Optional",
        "AWS Certified DevOps Engineer – Professional – Common in AWS-centric organizations",
        "ITIL 4 Foundation – Context-specific (enterprise IT and regulated environments)",
    ) == [
        ("Microsoft Certified: Azure Security Engineer Associate", "AZ-500", "context_specific", "Context-specific"),
        ("HashiCorp Certified: Terraform Associate", None, "optional", "Optional"),
        ("AWS Certified DevOps Engineer – Professional", None, "common", "Common in AWS-centric organizations"),
        (
            "ITIL 4 Foundation",
            None,
            "context_specific",
            "Context-specific (enterprise IT and regulated environments)",
        ),
    ]


def test_certification_importance_maps_to_preferred_and_required() -> None:
    # The schema's levels have no "important"/"critical": Important is asked for but not a must, Critical is one.
    assert _certifications(
        "CCSP – Certified Cloud Security Professional (Important)",
        "CISSP – Critical",
    ) == [
        ("CCSP – Certified Cloud Security Professional", None, "preferred", "Important"),
        ("CISSP", None, "required", "Critical"),
    ]


def test_certification_without_a_level_keeps_vendor_colon_and_name_dash() -> None:
    assert _certifications("HashiCorp Certified: Terraform Associate", "AWS Certified ML – Specialty") == [
        ("HashiCorp Certified: Terraform Associate", None, None, None),
        ("AWS Certified ML – Specialty", None, None, None),
    ]


def test_certification_level_before_a_colon_keeps_the_note() -> None:
    found = _experience({"Certifications": ["Cloud fundamentals (Optional): e.g., AWS – Specialty tracks."]})
    [cert] = found["certifications"]
    assert (cert["name"], cert["requirement"], cert["note"]) == (
        "Cloud fundamentals",
        "optional",
        "e.g., AWS – Specialty tracks.",
    )


def test_level_with_its_own_dash_reads_from_the_first_level_segment() -> None:
    assert _certifications("Certified Kubernetes Administrator (CKA) – Optional – valued by platform teams") == [
        ("Certified Kubernetes Administrator", "CKA", "optional", "Optional – valued by platform teams")
    ]


def test_important_in_a_certification_sentence_is_not_a_certification() -> None:
    found = _experience({"Certifications": ["It is important that certifications never replace hands-on work."]})
    assert found["certifications"] == []
    assert found["certification_notes"] == ["It is important that certifications never replace hands-on work."]


# --- prior roles -----------------------------------------------------------------------------------


def _prior(*items: str) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    found = _experience({"Prior role backgrounds commonly seen": list(items)})
    return [(r["name"], r["note"], r["qualifier"]) for r in found["prior_roles"]], found["prior_role_notes"]


def test_role_list_keeps_each_role_with_its_qualifier() -> None:
    assert _prior(
        "Search or relevance engineer, senior backend engineer on data-heavy products, ML engineer (NLP or "
        "recommender systems), applied scientist moving toward production engineering."
    ) == (
        [
            ("Search or relevance engineer", None, None),
            ("senior backend engineer", None, "on data-heavy products"),
            ("ML engineer", "NLP or recommender systems", None),
            ("applied scientist", None, "moving toward production engineering"),
        ],
        [],
    )


def test_role_list_with_one_part_that_is_no_role_keeps_the_roles() -> None:
    assert _prior("Data engineer, analytics engineer, a strong portfolio of shipped pipelines") == (
        [("Data engineer", None, None), ("analytics engineer", None, None)],
        ["a strong portfolio of shipped pipelines"],
    )


def test_two_roles_joined_by_or_are_one_background() -> None:
    # The devops-manager page's line: its key counts one background per bullet (5), this one among them.
    assert _prior("Senior DevOps Engineer or DevOps Team Lead") == (
        [("Senior DevOps Engineer or DevOps Team Lead", None, None)],
        [],
    )


@pytest.mark.parametrize(
    "item",
    ["Senior or Staff Data Engineer", "Cloud or Infrastructure Engineering Lead", "Data Scientist or Engineer"],
)
def test_or_sharing_words_is_one_role(item: str) -> None:
    assert _prior(item) == ([(item, None, None)], [])


def test_one_role_with_an_enumerated_qualifier_stays_one_role() -> None:
    assert _prior("Academic research assistant in NLP, information retrieval, or computational linguistics") == (
        [("Academic research assistant", None, "in NLP, information retrieval, or computational linguistics")],
        [],
    )


def test_a_statement_is_a_note() -> None:
    text = "Strong candidates often show experience moving from data → model → evaluation → stakeholder decision."
    assert _prior(text) == ([], [text])


# --- leadership ------------------------------------------------------------------------------------


def _leadership(*items: str) -> list[str | None]:
    found = _experience({"Leadership experience expectations": list(items)})
    return [x["requirement"] for x in found["leadership_expectations"]]


def test_negated_side_clause_does_not_set_the_expectation() -> None:
    assert _leadership(
        "Has led technical delivery for a team of 3+ engineers; formal people management not required.",
        "Demonstrated leadership through influence: mentoring engineers. People management is not required.",
    ) == ["required", "not_required", "required", "not_required"]  # the side clause an expectation of its own


def test_negation_of_the_main_clause_still_counts() -> None:
    assert _leadership(
        "Not required.",
        "No formal leadership required.",
        "Leading a small project; not required but helpful.",
        "Team lead experience; but usually not expected.",
    ) == ["not_required", "not_required", "not_required", "not_required"]


def test_main_clause_level_wins_and_side_subjects_are_left_out() -> None:
    assert _leadership(
        "Evidence of ownership is valued; people management not required.",
        "Has led a project end to end; mentoring experience is valued.",
        "Has managed 4–8+ direct reports, including hiring.",
    ) == ["preferred", None, None]


# --- education -------------------------------------------------------------------------------------


def _education(*items: str) -> list[tuple[list[str], list[str], bool, str | None]]:
    found = _experience({"Education expectations": list(items)})["education"]
    return [(e["degree_levels"], e["fields_of_study"], e["related_fields_accepted"], e["requirement"]) for e in found]


def test_two_degree_clauses_are_two_statements() -> None:
    assert _education(
        "BS in Computer Science, Software Engineering, or a related field is common; MS in Computer Science, "
        "Information Retrieval, or Machine Learning is a plus."
    ) == [
        (["bachelor"], ["Computer Science", "Software Engineering"], True, "common"),
        (["master"], ["Computer Science", "Information Retrieval", "Machine Learning"], False, "plus"),
    ]


def test_a_clause_without_a_degree_keeps_the_statement_whole() -> None:
    assert _education(
        "PhD is a plus but not required for Associate; expectations focus on applied delivery and coding ability.",
        "BS/MS in Statistics or related fields is common.",
    ) == [(["phd"], [], False, "plus"), (["bachelor", "master"], ["Statistics"], True, "common")]


def test_domain_knowledge_reads_its_main_clause_too() -> None:
    found = _experience(
        {
            "Domain knowledge": [
                "Cloud provider security services; deep regulatory specialization not required.",
                "Domain specialization is usually not required at Associate level.",
                "Domain specialization (finance/healthcare/legal) is context-specific and not required unless needed.",
            ]
        }
    )["domain_knowledge"]
    assert [d["requirement"] for d in found] == ["required", "not_required", "context_specific"]


def test_two_fields_joined_by_or_are_two_fields() -> None:
    assert _education(
        "BS in Computer Science or a related field is common; MS in Information Retrieval or Machine Learning is a plus.",
        "Master's degree in Statistics (or Applied Mathematics) is preferred.",
    ) == [
        (["bachelor"], ["Computer Science"], True, "common"),
        (["master"], ["Information Retrieval", "Machine Learning"], False, "plus"),
        (["master"], ["Statistics (or Applied Mathematics)"], False, "preferred"),
    ]


def test_two_degree_sentences_are_two_statements() -> None:
    assert _education("Bachelor's degree in Computer Science is required. Master's degree is preferred.") == [
        (["bachelor"], ["Computer Science"], False, "required"),
        (["master"], [], False, "preferred"),
    ]


def test_certification_level_as_a_label() -> None:
    found = _experience({"Certifications": ["Nice to have: AWS Certified Solutions Architect – Associate"]})
    [cert] = found["certifications"]
    assert (cert["name"], cert["requirement"], cert["requirement_text"], cert["note"]) == (
        "AWS Certified Solutions Architect – Associate",
        "plus",
        "Nice to have",
        None,
    )


def test_or_inside_a_qualifier_is_not_two_roles() -> None:
    assert _prior("Backend engineer moving into data or ML platform engineer") == (
        [("Backend engineer", None, "moving into data or ML platform engineer")],
        [],
    )
