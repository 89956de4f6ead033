"""Round 75 unseen page: an insurance fraud investigator, crawler markdown ("### 7) …" h3 sections, bold-line
sub-headings, pipe tables with alignment rows and bold cells) with a cookie banner, a menu, a table of contents,
two ads, related articles, a comment form and a footer.

Fixed here: the prior background "police detective" listed among roles is a role: "detective" is a role noun, as
"investigator" is (the rule is unit-tested in test_generalization_r75_slp.py and below).

Snippets below are synthetic; the page is frozen as tests/unseen/insurance-fraud-investigator.synthetic.md with its
key in tests/unseen/answer_keys/insurance-fraud-investigator.md.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from pipeline.parsers.experience import _prior_roles
from tests.snippets import all_strings, unseen_document

_PAGE = "insurance-fraud-investigator.synthetic.md"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


@pytest.mark.parametrize(
    "text",
    ["Store detective, loss prevention officer, security officer", "Patrol officer, police detective, crime analyst"],
)
def test_synthetic_detective_is_a_role_noun(text: str) -> None:
    roles, notes = _prior_roles(text)
    assert len(roles) == 3
    assert notes == []


def test_role_title() -> None:
    assert _document()["role"]["title"] == "Insurance Fraud Investigator"


def test_prior_roles() -> None:
    experience = _fields()["experience"]
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Claims adjuster",
        "police detective",
        "military investigator",
        "private investigator",
        "insurance defense paralegal",
    ]
    assert experience["prior_role_notes"] == []


def test_experience() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3, 7, False)
    certs = experience["certifications"]
    assert [c["requirement_text"] for c in certs] == ["Important", "Optional", "Optional", "Context-specific"]
    assert certs[0]["name"] == "Certified Fraud Examiner"


def test_responsibilities() -> None:
    items = _fields()["responsibilities"]["items"]
    assert Counter(i["category"] for i in items) == {
        "strategic": 3,
        "operational": 6,
        "technical": 5,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
    assert items[0]["title"] == "Fraud trend identification"


_KPIS = [
    ("Fraud savings", "$750K–$1.2M per investigator per year", "Monthly"),
    ("Referral acceptance turnaround", "≤ 2 business days", "Weekly"),
    ("Average file cycle time", "≤ 45 days (non-complex)", "Monthly"),
    ("Open caseload", "25–40 files", "Weekly"),
    ("Statutory referral compliance", "100%", "Monthly"),
    ("File quality audit score", "≥ 90%", "Quarterly"),
    ("Diary compliance", "≥ 95%", "Weekly"),
    ("Closure rate with findings", "≥ 85%", "Quarterly"),
    ("Prosecution referrals accepted", "4–8 per year", "Annually"),
    ("Adjuster satisfaction", "≥ 4.2/5", "Semi-annually"),
    ("Training delivered", "4 sessions per year", "Quarterly"),
]


def test_kpis() -> None:
    assert [(r["name"], r["target"], r["frequency"]) for r in _fields()["kpis"]["rows"]] == _KPIS


def test_tools() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 22
    assert Counter(r["prevalence"] for r in rows) == {"common": 15, "optional": 4, "context_specific": 3}
    assert (rows[0]["category"], rows[0]["tool_text"]) == ("Case management", "Guidewire ClaimCenter")
    assert (rows[-1]["category"], rows[-1]["tool_text"]) == ("State reporting", "State fraud bureau e-filing portals")


def test_technical_skills() -> None:
    skills = _fields()["technical_skills"]["skills"]
    assert Counter(s["tier"] for s in skills) == {"must_have": 6, "good_to_have": 4, "advanced": 4, "emerging": 3}
    by_name = {s["name"]: s for s in skills}
    assert by_name["Database research (ISO ClaimSearch, NICB, public records)"]["importance"] == "critical"
    assert by_name["Medical billing and coding (CPT/ICD-10) basics"]["importance"] == "optional"
    assert by_name["Link analysis and network visualization"]["importance_levels"] == ["optional", "important"]


def test_soft_skills_career_hiring_scorecard() -> None:
    fields = _fields()
    assert len(fields["soft_skills"]["skills"]) == 7
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Claims Adjuster",
        "Police Officer / Detective",
        "Desk Investigator",
    ]
    assert [r["name"] for r in career["next_roles"]] == ["Senior SIU Investigator", "SIU Team Lead", "SIU Manager"]
    assert len(career["adjacent_paths"]) == 4
    assert len(fields["hiring"]["scorecard"]["rows"]) == 6
    assert len(fields["scorecard"]["rows"]) == 10


@pytest.mark.parametrize(
    "noise",
    [
        "We value your privacy",
        "Accept All",
        "Skip to content",
        "Marisol Okafor",
        "Table of contents",
        "ClaimLens",
        "Book a demo",
        "Pass the CFE Exam",
        "Related articles",
        "Leave a Reply",
        "Post Comment",
        "CareerBlueprints",
        "Privacy Policy",
        "**",
        "](",
        "|:---",
        "Ã",
        "â€",
    ],
)
def test_noise_and_markup_absent(noise: str) -> None:
    assert not [text for text in all_strings(_document()["fields"]) if noise in text]
