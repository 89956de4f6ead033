"""Sections 10 and 14 on a nineteenth round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family: a Manufacturing Quality Engineer page a
browser extension wrote as markdown, whose tools table keeps a pipe between two products in one cell ("ETQ
Reliance \\| MasterControl") and asks for "Six Sigma Green Belt – Common; Black Belt – Optional" on one line,
a Treasury Analyst WordPress post asking for "CFA Level I or II – Optional", and an Actuarial Analyst page asking
for "Progress toward SOA (ASA/FSA), CAS (ACAS/FCAS), or IFoA qualification". The negative cases guard what the
seeds read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.parsers.tools import split_tools

TITLE = "# Quality Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
HEAD = (
    "## 1) Role Summary\n\nThe Quality Engineer keeps the plant's products right for customers.\n\n"
    "## 2) Role Mission\n\nCore mission: make quality reliable for every line that depends on it.\n\n"
)


def _markdown_fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((TITLE + HEAD + body).encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


# --- tools ---------------------------------------------------------------------------------------------


def test_a_pipe_kept_in_a_markdown_tools_cell_separates_two_tools() -> None:
    rows = _markdown_fields(
        "## 10) Tools, Platforms, and Software\n\n"
        "| Category | Tool | Primary use | Prevalence |\n|---|---|---|---|\n"
        "| QMS / CAPA | ETQ Reliance \\| MasterControl | CAPA, NCR, audits | Common |\n"
        "| Collaboration | Microsoft Teams \\| SharePoint | Controlled documents | Common |\n"
    )["tools"]["rows"]
    assert [(r["category"], r["tool_text"], [t["name"] for t in r["tools"]], r["prevalence"]) for r in rows] == [
        ("QMS / CAPA", "ETQ Reliance | MasterControl", ["ETQ Reliance", "MasterControl"], "common"),
        ("Collaboration", "Microsoft Teams | SharePoint", ["Microsoft Teams", "SharePoint"], "common"),
    ]


def test_a_pipe_separates_tools_as_a_comma_does_and_not_inside_brackets() -> None:
    assert [(t.name, t.variants) for t in split_tools("Jira | Confluence")] == [("Jira", []), ("Confluence", [])]
    assert [(t.name, t.variants) for t in split_tools("Spark (Databricks | EMR), Airflow")] == [
        ("Spark", ["Databricks", "EMR"]),
        ("Airflow", []),
    ]
    # Negative case: cells without a pipe split as before.
    assert [t.name for t in split_tools("MLflow / Weights & Biases")] == ["MLflow", "Weights & Biases"]


# --- certifications ----------------------------------------------------------------------------------


def _certifications(*items: str) -> list[tuple[str, str | None, str | None]]:
    body = "## 14) Required Experience and Qualifications\n\n### Certifications\n\n"
    body += "".join(f"- {item}\n" for item in items)
    found = _markdown_fields(body)["experience"]["certifications"]
    return [(c["name"], c["requirement"], c["requirement_text"]) for c in found]


def test_a_bare_grade_after_or_is_a_grade_of_the_first_certification() -> None:
    assert _certifications(
        "CFA Level I or II – Optional",
        "ACCA Part 1, 2, or 3 (Context-specific)",
        "CIPD Level 5 or 7 – Common",
    ) == [
        ("CFA Level I", "optional", "Optional"),
        ("CFA Level II", "optional", "Optional"),
        ("ACCA Part 1", "context_specific", "Context-specific"),
        ("ACCA Part 2", "context_specific", "Context-specific"),
        ("ACCA Part 3", "context_specific", "Context-specific"),
        ("CIPD Level 5", "common", "Common"),
        ("CIPD Level 7", "common", "Common"),
    ]


def test_an_acronym_or_a_whole_name_after_or_is_a_certification_of_its_own() -> None:
    # Negative cases: acronyms and names are no bare grades; "or equivalent" names one certification.
    assert _certifications(
        "PSM II or A-CSM – Optional", "CISSP or CISM – Optional", "CKA or equivalent (Important)"
    ) == [
        ("PSM II", "optional", "Optional"),
        ("A-CSM", "optional", "Optional"),
        ("CISSP", "optional", "Optional"),
        ("CISM", "optional", "Optional"),
        ("CKA or equivalent", "preferred", "Important"),
    ]


def test_semicolon_parts_each_with_a_level_are_certifications_of_their_own() -> None:
    line = "Six Sigma Green Belt – Common; Black Belt – Optional"
    assert _certifications(line, "CPA (Optional); CMA (Important)") == [
        ("Six Sigma Green Belt", "common", "Common"),
        ("Six Sigma Black Belt", "optional", "Optional"),
        ("CPA", "optional", "Optional"),
        ("CMA", "preferred", "Important"),
    ]
    body = "## 14) Required Experience and Qualifications\n\n### Certifications\n\n- " + line + "\n"
    found = _markdown_fields(body)["experience"]["certifications"]
    assert [c["text"] for c in found] == [line, line]


def test_a_semicolon_note_after_a_level_stays_the_level_s_and_other_names_keep_theirs() -> None:
    # Negative cases: a part without a level of its own is the level's note; a second name whose last word is
    # no grade head ("Developer") takes nothing from the first.
    assert _certifications(
        "CPA – Optional; common in accounting-heavy teams",
        "SOA exams (Critical; 2+ exams passed is typical)",
        "AWS Certified Developer – Required; Azure Developer – Optional",
    ) == [
        ("CPA", "optional", "Optional; common in accounting-heavy teams"),
        ("SOA exams", "required", "Critical; 2+ exams passed is typical"),
        ("AWS Certified Developer", "required", "Required"),
        ("Azure Developer", "optional", "Optional"),
    ]


def test_alternatives_inside_one_phrase_are_one_certification() -> None:
    assert _certifications(
        "Progress toward SOA (ASA/FSA), CAS (ACAS/FCAS), or IFoA qualification (Critical; 2+ exams passed is typical)"
    ) == [
        (
            "Progress toward SOA (ASA/FSA), CAS (ACAS/FCAS), or IFoA qualification",
            "required",
            "Critical; 2+ exams passed is typical",
        )
    ]


def test_a_name_before_or_keeps_alternatives_apart_though_the_last_closes_with_a_noun() -> None:
    # Negative case: the first side is a name (no lowercase lead), so each side is a certification.
    assert _certifications("Certified Safety Professional (CSP) or NEBOSH diploma (Optional)") == [
        ("Certified Safety Professional", "optional", "Optional"),
        ("NEBOSH diploma", "optional", "Optional"),
    ]
