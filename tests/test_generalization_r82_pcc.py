"""Round 82 unseen page: a hospital pastoral care coordinator, a WordPress page of the Astra theme built with Spectra
blocks: "N) Title" advanced headings, a table-of-contents block, technical skills as info boxes ("Name
(Importance)" over Use / What good looks like / Why), a hearing-clinic ad between sections 10 and 11, a Jetpack
subscription box, a comments list with a reply form, and three mojibake sequences. Its inline lists are written
as "<p><strong>Label:</strong> a; b; c</p>".

Fixed here:
- "Prior role backgrounds: Hospital chaplain; Parish minister; Hospice volunteer coordinator" gave no prior role
  (only the coordinator named a role noun, so the line stayed a note): the clergy's titles (chaplain, minister,
  pastor, priest, rabbi, imam, cleric, vicar, deacon) are role nouns;
- "Escalation points: Director of Spiritual Care; Safeguarding Lead" stored each name as a trigger with no one to
  escalate to: an escalation item that is only a title-cased role or team of a few words is whom to turn to (its
  action and escalate_to), the situation left unsaid (an empty trigger).

Left (see the fix report): the second, labelled range "Larger teaching hospitals: 8–12+ years" (the model holds
one range; the typical one is the role's), and domain knowledge written as one ';' line (the family's pages keep
such lines whole, their later clauses often qualifiers).

Snippets below are synthetic; the page is frozen as tests/unseen/pastoral-care-coordinator.synthetic.html with its
key in tests/unseen/answer_keys/pastoral-care-coordinator.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _prior_roles
from pipeline.parsers.stakeholders import escalation_point
from tests.snippets import unseen_document

_PAGE = "pastoral-care-coordinator.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: clergy titles are roles ---------------------------------------------------------------------------


def test_synthetic_clergy_backgrounds_are_prior_roles() -> None:
    roles, notes = _prior_roles("Youth pastor; Army chaplain; Church minister")
    assert [role.name for role in roles] == ["Youth pastor", "Army chaplain", "Church minister"]
    assert notes == []


def test_synthetic_clergy_beside_a_statement() -> None:
    roles, notes = _prior_roles("Parish priest; Synagogue rabbi; any faith leadership is welcome")
    assert [role.name for role in roles] == ["Parish priest", "Synagogue rabbi"]


# --- synthetic: an escalation item naming only whom ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["Head of Patient Safety", "Safeguarding Lead", "Chief Nursing Officer."])
def test_synthetic_bare_role_is_whom_to_escalate_to(text: str) -> None:
    point = escalation_point(text)
    name = text.rstrip(".")
    assert (point.trigger, point.action, point.escalate_to) == ("", name, [name])


@pytest.mark.parametrize(
    "text",
    [
        "Unresolved disputes with CRO partners",  # a situation: lower-case words
        "Disagreements with the external auditor",
        "Clinical Pharmacy Manager (workload, professional disagreement)",  # the bracket holds the situation
        "scope changes",
    ],
)
def test_synthetic_situation_stays_a_trigger(text: str) -> None:
    point = escalation_point(text)
    assert point.trigger and not (point.escalate_to and point.trigger == "")


# --- the page ---------------------------------------------------------------------------------------------------


def test_page_prior_roles() -> None:
    experience = _fields()["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Hospital chaplain",
        "Parish minister",
        "Hospice volunteer coordinator",
    ]
    assert experience["prior_role_notes"] == []


def test_page_escalation_points_are_targets() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("", ["Director of Spiritual Care"]),
        ("", ["Safeguarding Lead"]),
    ]


def test_page_years_keep_the_typical_range() -> None:
    years = _fields()["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2, 5, False)
    assert "8–12+ years" in years["text"]
