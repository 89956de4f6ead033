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
