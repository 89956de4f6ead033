"""Round 58 (header): a department read from '<words> department' must name one.

devsecops-engineer-seed000 (seed 000's plain text, Thai mojibake) says its responsibilities "reflect how the role
operates in a mature security engineering or platform department": role.department came out "security engineering
or platform", a description of a kind of department with lower-case alternatives joined by 'or', not a name. Names
stay: title case, alternatives and all ("AI & ML or Platform Engineering", round 53's "Infrastructure & Operations
(I&O)"), and a single lower-case phrase ("In a corporate tax department"). The page is frozen in tests/unseen (key
in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.header import _department

DEVSECOPS = "devsecops-engineer-seed000.synthetic.txt"


def _role(summary: list[str]) -> dict:
    """The role facts of a synthetic plain-text page with these summary lines."""
    lines = ["Cloud Security Engineer: Role Blueprint", "", "1) Role Summary", "", *summary]
    lines += ["", "6) Goals, Objectives, and Milestones", "", "30-day goals", "- Learn the platform and its owners."]
    (extraction,) = extract("\n".join(lines).encode(), name="cloud-security-engineer.txt")
    return extraction.document["role"]


# --- synthetic ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Responsibilities reflect how the role operates in a mature security engineering or platform department.",
        "The role typically sits within a data engineering or analytics department.",
        "It operates in a larger finance or procurement department.",
    ],
)
def test_synthetic_lower_case_alternatives_name_no_department(sentence: str) -> None:
    assert _department([sentence]) is None
    assert _role(["Role horizon: Current", "", sentence])["department"] is None


def test_synthetic_a_named_department_after_a_descriptive_one_is_read() -> None:
    texts = [
        "Responsibilities reflect how the role operates in a mature security engineering or platform department.",
        "Typical reporting line: Reports to the Head of Cloud Security within the Security Engineering department.",
    ]
    assert _department(texts) == "Security Engineering"
    assert _role([texts[0], "", texts[1]])["department"] == "Security Engineering"


@pytest.mark.parametrize(
    ("sentence", "department"),
    [
        (
            "Reports to the ML Platform Manager within the AI & ML or Platform Engineering department.",
            "AI & ML or Platform Engineering",
        ),
        (
            "Reports to a Lead Biostatistician within the Data & Analytics or Clinical Science department.",
            "Data & Analytics or Clinical Science",
        ),
        (
            "Reports to the Major Incident Manager within the Infrastructure & Operations (I&O) department.",
            "Infrastructure & Operations (I&O)",
        ),
        ("In a corporate tax department, the role exists because tax law changes.", "corporate tax"),
        ("Sits within the Operations / Supply Chain department.", "Operations / Supply Chain"),
    ],
)
def test_synthetic_department_names_stay(sentence: str, department: str) -> None:
    assert _department([sentence]) == department


# --- the page -----------------------------------------------------------------------------------------------------


def test_devsecops_page_has_no_department_from_a_description() -> None:
    role = unseen_document(DEVSECOPS)["role"]
    assert role["department"] is None
    assert role["title"] == "DevSecOps Engineer"
    assert role["horizon"] == "Current"
    assert role["reporting_line"].startswith(
        "DevSecOps Lead, Platform Security Manager, or Head of Application Security"
    )


def test_devsecops_page_keeps_no_fragment_or_noise() -> None:
    strings = all_strings(unseen_document(DEVSECOPS))
    assert "security engineering or platform" not in strings
    assert not [s for s in strings if "โ€" in s or "Dental Clinics" in s or "Notify of" in s]
