"""Round 79 unseen page: an air traffic controller (tower / approach), plain text in seed 000's blank-line style
(`N) Title` headings, `  1.` items with `    –` details, `  • ` bullets, inline ` – ` lists, tables whose cell
borders were lost), three Thai-code-page mojibake sequences (`โ€™`, `โ†’`, `โ€“`), an ad before the article, one
between §9 and §10 and one after §20, then the wpDiscuz widget and a "Related Posts" block.

Fixed here:
- "Ab initio ATC trainee, Flight Data Assistant, military air traffic controller, Flight Information Service
  Officer, commercial pilot." kept four roles and made "commercial pilot" a note: 'pilot' is a job title's last
  word as 'mechanic' or 'attendant' is, and the role nouns list it now (the airline dispatcher page's bare
  "pilot" among its prior roles is read as a role too);
- "Secondary education with mathematics and physics is the minimum; many entrants hold a bachelor's degree."
  recorded a bachelor's level alone: 'secondary education' is the high-school level by its international name,
  so the clause names that level and the bachelor's clause is a statement of its own (one statement per clause
  that names a degree, as before).

Left as they were: the second range "8–12+ years for OJTI, assessor, and supervisor roles" stays in the years'
text (the key allows it, the model has one range); "D-ATIS" linking the ATIS tool (data-link ATIS is ATIS).

Snippets below are synthetic; the page is frozen as tests/unseen/air-traffic-controller.synthetic.txt with its key
in tests/unseen/answer_keys/air-traffic-controller.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import DegreeLevel, _backgrounds, _education, degree_levels
from pipeline.parsers.vocabulary import names_a_role
from tests.snippets import all_strings, unseen_document

_PAGE = "air-traffic-controller.synthetic.txt"


def _experience() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]["experience"]


# --- synthetic: a pilot among prior roles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "roles", "notes"),
    [
        # SYNTHETIC: a mixed-case comma list closed by a pilot
        (
            ["Ramp Agent, Crew Scheduler, airline operations analyst, charter pilot."],
            ["Ramp Agent", "Crew Scheduler", "airline operations analyst", "charter pilot"],
            [],
        ),
        # SYNTHETIC: a bare 'pilot' among lower-case roles
        (["dispatch assistant, flight follower, pilot"], ["dispatch assistant", "flight follower", "pilot"], []),
        # SYNTHETIC: a sentence about pilots (trial runs) stays a note
        (
            ["Flight Data Assistant", "Experience running technology pilots is a plus."],
            ["Flight Data Assistant"],
            ["Experience running technology pilots is a plus."],
        ),
    ],
)
def test_synthetic_pilot_is_a_prior_role(items: list[str], roles: list[str], notes: list[str]) -> None:
    found, rest = _backgrounds(items)
    assert [role.name.rstrip(".") for role in found] == roles
    assert rest == notes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Commercial Pilot", True),  # SYNTHETIC
        ("helicopter pilots", True),  # SYNTHETIC: plural
        ("pilot testing", False),  # SYNTHETIC: 'pilot' not the last word names no role
    ],
)
def test_synthetic_pilot_role_noun(name: str, expected: bool) -> None:
    assert names_a_role(name) is expected


# --- synthetic: secondary education ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secondary education is the minimum.", [DegreeLevel.HIGH_SCHOOL]),  # SYNTHETIC
        ("Completion of upper secondary education is required.", [DegreeLevel.HIGH_SCHOOL]),  # SYNTHETIC
        ("Secondary skills in statistics help.", []),  # SYNTHETIC negative: 'secondary' alone names no level
    ],
)
def test_synthetic_secondary_education_level(text: str, expected: list[DegreeLevel]) -> None:
    assert degree_levels(text) == expected


def test_synthetic_secondary_minimum_beside_a_bachelor() -> None:
    # SYNTHETIC: two clauses, two levels, one statement each
    found = _education("Secondary education is the minimum; most hires hold a bachelor's degree.")
    assert [item.degree_levels for item in found] == [[DegreeLevel.HIGH_SCHOOL], [DegreeLevel.BACHELOR]]


# --- the page, checked against the key ---------------------------------------------------------------------------


def test_page_prior_roles_are_five() -> None:
    experience = _experience()
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Ab initio ATC trainee",
        "Flight Data Assistant",
        "military air traffic controller",
        "Flight Information Service Officer",
        "commercial pilot",
    ]
    assert experience["prior_role_notes"] == []


def test_page_education_records_the_secondary_minimum() -> None:
    education = _experience()["education"]
    assert education[0]["degree_levels"] == ["high_school"]
    assert education[0]["text"].startswith("Secondary education with mathematics and physics is the minimum")
    assert education[1]["degree_levels"] == ["bachelor"]
    assert education[1]["requirement"] is None  # "many entrants hold": not asked for
    assert education[-1]["requirement"] == "required"
    assert education[-1]["text"].startswith("Completion of an approved initial ATC training course")


def test_page_years_and_certifications_unchanged() -> None:
    experience = _experience()
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
    assert [c["requirement"] for c in experience["certifications"]] == [
        "required",
        "required",
        "required",
        "optional",
        "context_specific",
    ]


def test_page_keeps_no_mojibake_or_noise() -> None:
    strings = all_strings(unseen_document(_PAGE))
    assert not any("โ" in s or "€" in s for s in strings)
    for noise in ("Book Verified Flight Schools Near You", "Hire Certified Drone Pilots for Aerial Surveys"):
        assert not any(noise in s for s in strings)
