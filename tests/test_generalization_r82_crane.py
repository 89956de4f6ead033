"""Round 82 unseen page: a mobile crane operator, seed-000 plain text (blank lines between blocks, `N) Title`
headings, `  1. Item` with `    – detail` lines, `  • ` bullets, tables whose borders were lost), with a solar
installer ad, a home-energy-audit ad, a wpDiscuz widget, related-blueprint teasers, a copyright footer and three
Thai-code-page mojibake sequences.

Fixed here:
- "Slinger-Signaller, Plant Operator, HGV Driver, Crane Trainee." lost its first role to the notes: a one-word
  trade among title-cased roles may be a hyphenated compound of capitalised words ("Slinger-Signaller",
  "Driver-Mechanic"), its last part the agent noun, one dual-trade job;
- "Typical interaction partners include A, B, ..." gave no interaction list (the sentence stayed a paragraph): the
  interaction lead names its members as partners as well as surfaces or teams.

Snippets below are synthetic; the page is frozen as tests/unseen/crane-operator.synthetic.txt with its key in
tests/unseen/answer_keys/crane-operator.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _prior_roles
from pipeline.sections import subheading_key
from tests.snippets import unseen_document

_PAGE = "crane-operator.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a hyphenated one-word trade among title-cased roles --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles", "notes"),
    [
        (
            "Slinger-Signaller, Plant Operator, HGV Driver, Crane Trainee.",
            ["Slinger-Signaller", "Plant Operator", "HGV Driver", "Crane Trainee"],
            [],
        ),
        (
            "Driver-Mechanic, Fleet Technician, Yard Supervisor",
            ["Driver-Mechanic", "Fleet Technician", "Yard Supervisor"],
            [],
        ),
    ],
)
def test_synthetic_hyphenated_trade_among_titled_roles(text: str, roles: list[str], notes: list[str]) -> None:
    found, rest = _prior_roles(text)
    assert [role.name for role in found] == roles
    assert rest == notes


@pytest.mark.parametrize(
    "text",
    [
        "slinger-signaller, Plant Operator, HGV Driver, Crane Trainee",
        "Other, Plant Operator, HGV Driver, Crane Trainee",
    ],
)
def test_synthetic_lower_case_compound_or_remainder_is_no_role(text: str) -> None:
    """Negatives: a compound not capitalised, or a remainder word, is no job title."""
    found, _ = _prior_roles(text)
    assert text.split(",")[0] not in [role.name for role in found]


# --- synthetic: an interaction lead naming partners ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Typical interaction partners include Site Manager, Riggers, and Client Engineers.", "interaction"),
        ("Typical interaction partner: Site Manager.", "interaction"),
        ("Typical interaction surfaces include Finance and Legal.", "interaction"),
        ("Typical reporting line: Lift Supervisor.", "reporting_line"),
        ("Partners include the site manager and the client.", None),
    ],
)
def test_synthetic_interaction_partners_lead(text: str, key: str | None) -> None:
    assert subheading_key("role_summary", text) == key


# --- the page --------------------------------------------------------------------------------------------------------


def test_page_prior_roles_keep_the_hyphenated_trade() -> None:
    experience = _fields()["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Slinger-Signaller",
        "Plant Operator",
        "HGV Driver",
        "Crane Trainee",
    ]
    assert experience["prior_role_notes"] == []


def test_page_interaction_partners() -> None:
    interaction = _fields()["role_summary"]["interaction"]
    assert interaction["lead"] == "Typical interaction partners include"
    teams = [team for group in interaction["groups"] for team in group["teams"]]
    assert teams == [
        "Appointed Person (Lift Planner)",
        "Lift Supervisor",
        "Riggers and Slingers",
        "Signallers / Banksmen",
        "Site Manager",
        "Health and Safety Advisor",
        "Fleet Maintenance Technicians",
        "Transport and Escort Drivers",
        "Client Project Engineers",
    ]
    assert not any("interaction partners" in p for p in _fields()["role_summary"]["paragraphs"])


def test_page_reporting_line() -> None:
    assert (
        _fields()["role_summary"]["reporting_line"]["reports_to"] == "Lift Supervisor or Crane Hire Operations Manager"
    )
