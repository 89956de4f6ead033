"""Round 64: the experience section of an Occupational Therapist page in seed 000's scraper form
(tests/unseen/occupational-therapist-seed000-doubled.synthetic.txt, its key in tests/unseen/answer_keys/).

- "Master's degree in Occupational Therapy (MOT/MSOT) or entry-level Occupational Therapy Doctorate (OTD)" came
  out a master and a PhD, its one field "Occupational Therapy (MOT/MSOT) or entry-level Occupational Therapy":
  the OTD is a professional doctorate whose name holds the field, "entry-level" qualifies the degree's name.
- "Staff OT in a SNF or home health agency, new graduate OT residency, per diem OT in acute care, COTA who
  completed an MOT bridge program." went whole to the notes: a rehab therapist's role is written as its acronym
  (OT, COTA, PT, PTA, SLP), its setting after it, and a residency is a background as a role is.

Each page value below was checked against the key by hand; the other snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import html_fields, unseen_document

from pipeline.parsers.experience import degree_levels, fields_of_study

PAGE = "occupational-therapist-seed000-doubled.synthetic.txt"

_EXPERIENCE = "<h2>14) Required Experience and Qualifications</h2><h3>{heading}</h3>{body}"


def _experience(heading: str, body: str) -> dict:
    return html_fields(_EXPERIENCE.format(heading=heading, body=body))["experience"]


def _backgrounds(item: str, *more: str) -> dict:
    body = "<ul>" + "".join(f"<li>{text}</li>" for text in (item, *more)) + "</ul>"
    return _experience("Prior role backgrounds commonly seen", body)


# --- synthetic: a professional doctorate named after its field -------------------------------------------------------


def test_synthetic_occupational_therapy_doctorate_is_a_professional_doctorate_of_one_field() -> None:
    text = "Master of Science in Occupational Therapy (MSOT) or an entry-level Occupational Therapy Doctorate (OTD)."
    assert [level.value for level in degree_levels(text)] == ["master", "professional_doctorate"]
    assert fields_of_study(text) == (["Occupational Therapy"], False)


@pytest.mark.parametrize(
    "text",
    ["Physical Therapy Doctorate from a CAPTE-accredited program", "A clinical doctorate (AuD) is required"],
)
def test_synthetic_practice_doctorates_are_not_phds(text: str) -> None:
    assert [level.value for level in degree_levels(text)] == ["professional_doctorate"]


def test_synthetic_research_doctorate_stays_phd() -> None:
    text = "PhD or doctorate in Chemistry preferred"
    assert [level.value for level in degree_levels(text)] == ["phd"]
    assert fields_of_study(text) == (["Chemistry"], False)


def test_synthetic_bare_otd_is_no_degree() -> None:
    """On-time delivery in an operations page: only the dotted or named OTD is a degree."""
    assert degree_levels("OTD above 95% for two quarters") == []


# --- synthetic: rehab therapists named by their acronym ---------------------------------------------------------------


def test_synthetic_therapy_acronym_roles_with_settings_are_prior_roles() -> None:
    experience = _backgrounds(
        "Travel PT in outpatient orthopedics, new graduate PT residency, PTA who completed a DPT bridge program.",
        "Strong candidates show a steady move from evaluation → treatment → discharge.",
    )
    assert [(role["name"], role["qualifier"]) for role in experience["prior_roles"]] == [
        ("Travel PT", "in outpatient orthopedics"),
        ("new graduate PT residency", None),
        ("PTA", "who completed a DPT bridge program"),
    ]
    assert experience["prior_role_notes"] == [
        "Strong candidates show a steady move from evaluation → treatment → discharge."
    ]


def test_synthetic_acronym_in_a_sentence_is_still_a_note() -> None:
    text = "Experience working with an OT in a hospital is helpful."
    experience = _backgrounds(text)
    assert experience["prior_roles"] == []
    assert experience["prior_role_notes"] == [text]


# --- the page -------------------------------------------------------------------------------------------------------


def test_page_education_is_a_master_or_professional_doctorate_in_occupational_therapy() -> None:
    degree = unseen_document(PAGE)["fields"]["experience"]["education"][0]
    assert degree["degree_levels"] == ["master", "professional_doctorate"]
    assert degree["fields_of_study"] == ["Occupational Therapy"]
    assert degree["requirement"] == "required"


def test_page_prior_backgrounds_are_four_roles_and_one_note() -> None:
    experience = unseen_document(PAGE)["fields"]["experience"]
    assert [(role["name"], role["qualifier"]) for role in experience["prior_roles"]] == [
        ("Staff OT", "in a SNF or home health agency"),
        ("new graduate OT residency", None),
        ("per diem OT", "in acute care"),
        ("COTA", "who completed an MOT bridge program"),
    ]
    assert [role["text"] for role in experience["prior_roles"]][0] == "Staff OT in a SNF or home health agency"
    (note,) = experience["prior_role_notes"]
    assert note.startswith("Strong candidates show experience moving from evaluation → intervention")
