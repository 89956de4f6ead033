"""Round 83 unseen page: a small-animal veterinary surgeon, in the seed-000 plain-text layout (blank-line blocks,
"N) Title" headings, "  1. Title" items with "    – detail" lines, "  • " bullets, borderless tables), with a
pet-insurance ad at the top, physiotherapy ads after sections 9 and 20, the wpDiscuz comment widget, a
DevOpsSchool "Certification Courses" block and three Thai-code-page mojibake sequences.

Fixed here:
- "Diplomate of the American or European College of Veterinary Surgeons (DACVS / DECVS)" gave two
  certifications, "Diplomate of the American" and "European College of Veterinary Surgeons": a first alternative
  that closes on "the" and one modifier (an adjective's ending: American, National, Royal, British) stops inside
  a noun phrase, so the "or" joins two modifiers of one body's name and the line names one certification;
- "First-opinion small-animal veterinarian, Emergency veterinarian, Surgical intern, Surgery resident" kept only
  the intern and the resident as prior roles, the veterinarians as notes: "-arian" is a person noun's ending
  (veterinarian, librarian, sanitarian, parliamentarian), so a last word with it is a role noun.

Snippets below are synthetic; the page is frozen as tests/unseen/veterinary-surgeon.synthetic.txt with its key in
tests/unseen/answer_keys/veterinary-surgeon.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _certifications, _prior_roles
from tests.snippets import unseen_document

_PAGE = "veterinary-surgeon.synthetic.txt"


def _experience() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]["experience"]


# --- synthetic: an "or" between two modifiers of one body's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Diplomate of the American or European College of Zoological Medicine (DACZM / DECZM) (Advanced).",
            ["Diplomate of the American or European College of Zoological Medicine"],
        ),
        (
            "Fellow of the Royal or National Society of Test Examiners (Preferred).",
            ["Fellow of the Royal or National Society of Test Examiners"],
        ),
        (
            "Member of the British or Irish Institute of Synthetic Surveyors (Optional).",
            ["Member of the British or Irish Institute of Synthetic Surveyors"],
        ),
    ],
)
def test_synthetic_or_between_modifiers_of_one_body_is_one_certification(text: str, names: list[str]) -> None:
    assert [c.name for c in _certifications(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A noun after "the" closes a name of its own: the alternatives stay two.
        (
            "Member of the Institute or Fellow of the Society (Preferred).",
            ["Member of the Institute", "Fellow of the Society"],
        ),
        ("CISSP or CISM (Preferred).", ["CISSP", "CISM"]),
    ],
)
def test_synthetic_alternatives_closing_on_a_noun_still_split(text: str, names: list[str]) -> None:
    assert [c.name for c in _certifications(text)] == names


# --- synthetic: "-arian" roles in a list of prior roles -------------------------------------------------------------


def test_synthetic_arian_roles_in_a_prior_role_list_are_roles() -> None:
    roles, notes = _prior_roles("Mixed-practice veterinarian, Public health sanitarian, School librarian, Test intern.")
    assert [role.name for role in roles] == [
        "Mixed-practice veterinarian", "Public health sanitarian", "School librarian", "Test intern",
    ]  # fmt: skip
    assert notes == []


def test_synthetic_two_veterinarians_and_a_resident_are_three_roles() -> None:
    roles, notes = _prior_roles("Equine veterinarian, Zoo veterinarian, Anaesthesia resident")
    assert [role.name for role in roles] == ["Equine veterinarian", "Zoo veterinarian", "Anaesthesia resident"]
    assert notes == []


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_certifications_are_three_with_the_diplomate_one() -> None:
    certs = _experience()["certifications"]
    assert [(c["name"], c["detail"], c["requirement_text"]) for c in certs] == [
        ("Postgraduate Certificate in Small Animal Surgery", None, "Optional; valued"),
        ("Advanced Practitioner status", None, "Optional"),
        (
            "Diplomate of the American or European College of Veterinary Surgeons",
            "DACVS / DECVS",
            "Advanced; required for specialist roles",
        ),
    ]


def test_page_prior_roles_are_four() -> None:
    e = _experience()
    assert [role["name"] for role in e["prior_roles"]] == [
        "First-opinion small-animal veterinarian", "Emergency veterinarian", "Surgical intern", "Surgery resident",
    ]  # fmt: skip
    assert e["prior_role_notes"] == []


def test_page_years_stay_the_general_practice_range() -> None:
    years = _experience()["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2.0, 5.0, False)
