"""Round 75 unseen page: a speech-language pathologist, a WordPress REST post (h3 sections, h4 sub-headings,
``<p><strong>Label:</strong>`` lines, header rows inside ``<tbody>``) with a therapy-shop ad, a related-posts list
and a Jetpack like widget.

Fixed here, each as a rule of the family:
- responsibilities: a clinician's "Clinical responsibilities" is the role's technical work and "Collaborative /
  family responsibilities" its cross-functional work (sub-heading vocabulary);
- experience: a prior background written as a role's bare acronym ("SLPA") among roles is a role, not a note;
- noise: the related-posts heading "You might also like" is chrome, as "You may also like" is;
- certifications: a level written as two levels ("Common/required") asks the stronger of the hire.

Snippets below are synthetic; the page is frozen as tests/unseen/speech-language-pathologist.synthetic.json with its
key in tests/unseen/answer_keys/speech-language-pathologist.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _certifications, _hiring_level, _prior_roles
from pipeline.sections import subheading_key
from tests.snippets import all_strings, unseen_document

_PAGE = "speech-language-pathologist.synthetic.json"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: the rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Clinical responsibilities", "technical"),
        ("Clinical practice", "technical"),
        ("Collaborative / family responsibilities", "cross_functional"),
        ("Collaborative responsibilities", "cross_functional"),
        ("Collaboration and partnerships", "cross_functional"),
        ("Clinical / technical responsibilities", "technical"),
    ],
)
def test_synthetic_clinical_and_collaborative_headings(heading: str, key: str) -> None:
    assert subheading_key("responsibilities", heading) == key


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Staff nurse, charge nurse, LPN.", ["Staff nurse", "charge nurse", "LPN"]),
        ("Research assistant, lab technician, RAs", ["Research assistant", "lab technician", "RAs"]),
    ],
)
def test_synthetic_bare_role_acronym_among_roles_is_a_role(text: str, names: list[str]) -> None:
    roles, notes = _prior_roles(text)
    assert [role.name for role in roles] == names
    assert notes == []


def test_synthetic_acronym_alone_is_no_list_of_roles() -> None:
    # One acronym beside one role is not enough to read a list of roles; it is the single-role reading.
    roles, _ = _prior_roles("Strong communication, EHR")
    assert roles == []


@pytest.mark.parametrize(
    ("level_text", "level"),
    [
        ("Common/required", "required"),
        ("Preferred / required", "required"),
        ("Optional/context-specific", "optional"),
        ("Optional", "optional"),
        ("Common in AWS shops; required for senior roles", "common"),  # not a pair of bare levels
    ],
)
def test_synthetic_two_levels_ask_the_stronger(level_text: str, level: str) -> None:
    assert _hiring_level(level_text) == level


def test_synthetic_certification_with_two_levels_keeps_its_text() -> None:
    (cert,) = _certifications("Board Certified Widget Specialist (BCWS) – Common/required")
    assert (cert.name, cert.detail, cert.requirement, cert.requirement_text) == (
        "Board Certified Widget Specialist",
        "BCWS",
        "required",
        "Common/required",
    )


# --- the page ------------------------------------------------------------------------------------------------------


def test_role_title() -> None:
    assert _document()["role"]["title"] == "Speech-Language Pathologist"


def test_responsibility_categories() -> None:
    items = _fields()["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert len(items) == 21
    assert counts == {
        "strategic": 3,
        "operational": 4,
        "technical": 6,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    clinical = [i for i in items if i["category_heading"] == "Clinical responsibilities"]
    assert clinical[0]["title"] == "Conduct comprehensive evaluations"
    assert clinical[-1]["title"] == "Monitor progress with data"


def test_prior_roles() -> None:
    experience = _fields()["experience"]
    assert [r["name"] for r in experience["prior_roles"]] == ["Clinical Fellow", "graduate student clinician", "SLPA"]
    assert experience["prior_role_notes"] == []


def test_experience() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (2, 5, False)
    certs = experience["certifications"]
    assert len(certs) == 4
    assert certs[0]["name"] == "ASHA Certificate of Clinical Competence"
    assert (certs[0]["requirement"], certs[0]["requirement_text"]) == ("required", "Common/required")
    assert certs[-1]["name"].startswith("CPR/BLS")


_KPIS = [
    ("Service minutes delivered", "≥ 98% of mandated minutes", "Monthly"),
    ("Evaluation timeliness", "100% within 60 days of consent", "Monthly"),
    ("Documentation timeliness", "≥ 95% within 24 hours", "Weekly"),
    ("Goal attainment rate", "≥ 80% on track", "Quarterly"),
    ("Productivity (outpatient)", "75–85%", "Weekly"),
    ("Cancellation / no-show rate", "< 10%", "Monthly"),
    ("Medicaid billing accuracy", "≥ 97% clean claims", "Monthly"),
    ("Caregiver satisfaction", "≥ 4.5/5", "Semi-annual"),
    ("Discharge with goals met", "≥ 70% of discharges", "Quarterly"),
    ("Caseload size adherence", "≤ 50 students", "Per semester"),
    ("Continuing education hours", "30 hours per 3-year cycle", "Annual"),
]


def test_kpis() -> None:
    rows = _fields()["kpis"]["rows"]
    got = [(r["name"], r["target"], r["frequency"]) for r in rows]
    assert got == _KPIS


def test_tools() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 22
    assert (rows[0]["category"], rows[0]["tool_text"], rows[0]["prevalence"]) == ("Assessment", "CELF-5", "common")
    assert (rows[-1]["category"], rows[-1]["tool_text"], rows[-1]["prevalence"]) == (
        "Instrumentation",
        "Visi-Pitch / Praat",
        "context_specific",
    )
    prevalences = [r["prevalence"] for r in rows]
    assert (prevalences.count("common"), prevalences.count("optional"), prevalences.count("context_specific")) == (
        12,
        5,
        5,
    )


def test_technical_skills() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert (
        tiers.count("must_have"),
        tiers.count("good_to_have"),
        tiers.count("advanced"),
        tiers.count("emerging"),
    ) == (
        5,
        4,
        4,
        3,
    )
    by_name = {s["name"]: s for s in skills}
    assert by_name["Standardized assessment administration"]["importance"] == "critical"
    assert by_name["Bilingual assessment practices"]["importance"] == "context_specific"
    assert by_name["Pediatric dysphagia and feeding therapy"]["importance_levels"] == ["optional", "critical"]
    assert skills[0]["use"] == "CELF-5, PLS-5, GFTA-3, and CASL-2 testing with correct basals and ceilings."


def test_soft_skills() -> None:
    skills = _fields()["soft_skills"]["skills"]
    assert len(skills) == 7
    assert skills[0]["name"] == "Empathy and rapport building"
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in skills)


def test_career_path() -> None:
    career = _fields()["career_path"]
    feeder = career["feeder_roles"]
    assert len(feeder) == 3
    assert feeder[0]["name"] == "Clinical Fellow"
    assert feeder[0]["transition"]["to_role"] == "Speech-Language Pathologist"
    assert career["next_roles"][0]["name"] == "Lead Speech-Language Pathologist"
    assert len(career["next_roles"]) == 3
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "Special Education Coordinator",
        "University Clinical Supervisor",
        "AAC Manufacturer Consultant",
    ]


def test_hiring_and_scorecard() -> None:
    fields = _fields()
    assert len(fields["hiring"]["scorecard"]["rows"]) == 5
    assert len(fields["hiring"]["red_flags"]) == 2
    assert fields["scorecard"]["rows"][0]["label"] == "Role title"
    assert len(fields["scorecard"]["rows"]) == 10


@pytest.mark.parametrize(
    "noise",
    [
        "Stock Up on Therapy Materials",
        "TalkTools",
        "Therapy Shop",
        "SPEECH15",
        "free shipping",
        "You might also like",
        "Role Blueprint",
        "Like this",
        "Loading...",
        "&#8211;",
        "&amp;",
        "<td>",
        "<strong>",
        "**",
        "](",
        "Ã",
        "â€",
    ],
)
def test_noise_and_markup_absent(noise: str) -> None:
    # The whole document, the raw sections view too: a related-posts heading is no empty sub-section.
    assert not [text for text in all_strings(_document()) if noise in text]
