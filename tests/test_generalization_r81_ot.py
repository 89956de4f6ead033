"""Round 81 unseen page: an ophthalmic technician, saved as a Jimdo Creator page: the article a run of
``div.j-module.n.j-header`` / ``j-text`` modules in the first column of a ``j-hgrid`` (a "More blueprints" sidebar
in the second), around it a ``jtpl-navigation`` menu, a ``jimdoData`` script, the Jimdo footer and cookie banner, one
``j-htmlCode`` ad ("Anzeige – Compare Laser Eye Clinics ...") between sections 6 and 7, plain ``<table border=1>``
tables whose header row is ``<td><strong>``, and four mojibake sequences (โ€™, โ€”, โ‰ค, โ†’).

Fixed here:
- "Ophthalmologists and retina, glaucoma, and cornea subspecialists" gave three teams ("Ophthalmologists and
  retina", "glaucoma", "cornea subspecialists"): a first comma member that closes on 'and' and a bare modifier
  opening a modifier series on a shared plural head parts the list in two, the name before the 'and' and the
  series (["Ophthalmologists", "retina, glaucoma, and cornea subspecialists"]).

Left (see the fix report): "COA ... (Entry; often required within a year)" stays required (the family's keys
read "Required within 90 days" and "Required after hire" as required; the level text is kept verbatim); the senior
range 8–12+ stays in the experience notes (the schema holds one range); the "By setting" variants map to
`industry`; non-software environments keep no key; the scorecard's arrow chain "Senior → Lead → Clinic Operations
Manager" stays one option whose transition path holds the three roles.

Snippets below are synthetic; the page is frozen as tests/unseen/ophthalmic-technician.synthetic.html with its key in
tests/unseen/answer_keys/ophthalmic-technician.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.summary import split_teams
from tests.snippets import all_strings, unseen_document

_PAGE = "ophthalmic-technician.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a name, 'and', then a modifier series on a shared head ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Pharmacists and oncology, cardiology, and pediatric specialists",
            ["Pharmacists", "oncology, cardiology, and pediatric specialists"],
        ),
        (
            "Nurses and retina, glaucoma and cornea specialists.",
            ["Nurses", "retina, glaucoma and cornea specialists"],
        ),
    ],
)
def test_synthetic_name_and_modifier_series_is_two_members(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Finance and Legal, Procurement, and Sales", ["Finance and Legal", "Procurement", "Sales"]),
        ("Front desk, scheduling, and patient access", ["Front desk", "scheduling", "patient access"]),
        ("Sales and marketing, finance and HR teams", ["Sales and marketing", "finance and HR teams"]),
        (
            "Patients and caregivers at the counter, phone, and drive-through",
            ["Patients and caregivers at the counter, phone, and drive-through"],
        ),
        ("Legal, Privacy and Accessibility specialists", ["Legal, Privacy and Accessibility specialists"]),
    ],
)
def test_synthetic_other_team_lists_stay(text: str, teams: list[str]) -> None:
    assert split_teams(text) == teams


# --- the page --------------------------------------------------------------------------------------------------------


def test_page_interaction_teams() -> None:
    groups = _fields()["role_summary"]["interaction"]["groups"]
    assert [group["teams"] for group in groups] == [
        ["Ophthalmologists", "retina, glaucoma, and cornea subspecialists"],
        ["Optometrists and orthoptists"],
        ["Front desk", "scheduling", "patient access"],
        ["Surgical coordinators and ASC nursing staff"],
        ["Billing", "coding", "revenue-cycle staff"],
        ["Biomedical engineering and device vendors"],
    ]
    assert groups[0]["text"] == "Ophthalmologists and retina, glaucoma, and cornea subspecialists"


def test_page_certifications() -> None:
    certs = _fields()["experience"]["certifications"]
    assert [(c["name"], c["requirement"], c["requirement_text"]) for c in certs] == [
        ("COA – Certified Ophthalmic Assistant", "required", "Entry; often required within a year"),
        ("COT – Certified Ophthalmic Technician", "preferred", "Core; preferred"),
        ("COMT – Certified Ophthalmic Medical Technologist", "optional", "Advanced; optional"),
        ("BLS – Basic Life Support", "required", "Required"),
    ]


def test_page_counts_and_clean_text() -> None:
    fields = _fields()
    assert fields["experience"]["years_of_experience"]["min_years"] == 2
    assert fields["experience"]["years_of_experience"]["max_years"] == 5
    assert len(fields["scorecard"]["rows"]) == 8
    strings = all_strings(unseen_document(_PAGE))
    assert not any("โ" in s for s in strings)
    assert not any("Compare Laser Eye Clinics" in s or "jimdoData" in s for s in strings)
