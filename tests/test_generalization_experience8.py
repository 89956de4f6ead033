"""Sections 14 and 20 on an eighth round of unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (an FP&A Analyst page in compact text,
a Network Engineer WordPress post): a certification written "Name – Level (note)", fields of study sharing
a head noun ("Electrical or Electronic Engineering"), "a related quantitative field" closing a field list,
and a final scorecard table cut short by the scraper. The negative cases guard what the seed pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract

HEAD = (
    "Test Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Test Analyst builds plans.\n"
    "2) Role Mission\nCore mission:\nDeliver plans.\n"
)


def _experience(subsections: dict[str, list[str]]) -> dict[str, Any]:
    body = "".join(f"{heading}\n" + "".join(f"- {item}\n" for item in items) for heading, items in subsections.items())
    [result] = extract((HEAD + "14) Required Experience and Qualifications\n" + body).encode(), name="x.txt")
    return result.document["fields"]["experience"]


# --- certifications ----------------------------------------------------------------------------------


def _certifications(*items: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    found = _experience({"Certifications": list(items)})["certifications"]
    return [(c["name"], c["detail"], c["requirement"], c["requirement_text"], c["note"]) for c in found]


def test_dash_level_before_a_bracket_is_the_level_and_the_bracket_a_note() -> None:
    assert _certifications(
        "CPA – Optional (Important for accounting-heavy FP&A teams)",
        "CFA (Level I or higher) – Optional",
        "CMA – Context-specific (Critical in manufacturing cost roles)",
    ) == [
        ("CPA", None, "optional", "Optional", "Important for accounting-heavy FP&A teams"),
        ("CFA", "Level I or higher", "optional", "Optional", None),
        ("CMA", None, "context_specific", "Context-specific", "Critical in manufacturing cost roles"),
    ]


def test_bracket_level_after_a_dash_that_is_part_of_the_name_stays_the_level() -> None:
    # Negative cases: the dash segment is no level, so the bracket is.
    assert _certifications(
        "CCSP – Certified Cloud Security Professional (Important)",
        "AWS Certified ML – Specialty (Optional)",
        "ITIL 4 Foundation – Context-specific (enterprise IT and regulated environments)",
    ) == [
        ("CCSP – Certified Cloud Security Professional", None, "preferred", "Important", None),
        ("AWS Certified ML – Specialty", None, "optional", "Optional", None),
        (
            "ITIL 4 Foundation",
            None,
            "context_specific",
            "Context-specific (enterprise IT and regulated environments)",
            None,
        ),
    ]
