"""Round 83 unseen page: a forklift safety trainer, in seed 004's compact plain text (no title line, no blank lines,
"N) Title" headings, "- " bullets, pipe tables, skill entries split over "-" / name / "– Use:" lines with a trailing
" -"). It carries 21 bare "โ" marks (en dashes, quote pairs and arrows beside well-formed ones), a physiotherapy-
clinic ad between sections 10 and 11, an eye-care ad after table 20 and a wpDiscuz comment widget at the end.

Fixed here:
- "OSHA 10-hour or 30-hour General Industry – Common" gave two certifications, "OSHA 10-hour" and "30-hour General
  Industry", each losing part of the name (the issuer, or the course): an alternative that opens on a number is a
  grade of the first's certification whose head and ending both sides share, not a name of its own, so the line
  stays one certification (a bare grade the first ends on, "CFA Level I or II", is still split with its start;
  "OSHA 10 or OSHA 30" names two).

Left (see the fix report): "Required in UK; Optional elsewhere" maps to required (its text kept verbatim); the
second experience range "1–3 years in a training ... capacity" stays a note (the schema holds one range).

Snippets below are synthetic; the page is frozen as tests/unseen/warehouse-forklift-trainer.synthetic.txt with its
key in tests/unseen/answer_keys/warehouse-forklift-trainer.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _alternative_certifications, _certifications
from tests.snippets import all_strings, unseen_document

_PAGE = "warehouse-forklift-trainer.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: alternatives that share a head and an ending ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OSHA 10-hour or 30-hour General Industry",
        "OSHA 10-Hour or 30-Hour Construction",
        "ISO 27001 or 9001 Lead Auditor",
    ],
)
def test_synthetic_alternative_opening_on_a_number_stays_one(text: str) -> None:
    assert _alternative_certifications(text) == [text]


def test_synthetic_shared_head_certification_keeps_its_level() -> None:
    (cert,) = _certifications("OSHA 10-hour or 30-hour General Industry – Common")
    assert (cert.name, cert.requirement) == ("OSHA 10-hour or 30-hour General Industry", "common")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("OSHA 10 or OSHA 30", ["OSHA 10", "OSHA 30"]),
        ("CFA Level I or II", ["CFA Level I", "CFA Level II"]),
        ("NEBOSH General Certificate or OSHA 30-Hour", ["NEBOSH General Certificate", "OSHA 30-Hour"]),
        ("CIPD Level 5 or Level 7", ["CIPD Level 5", "CIPD Level 7"]),
    ],
)
def test_synthetic_whole_name_alternatives_still_split(text: str, names: list[str]) -> None:
    assert _alternative_certifications(text) == names


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_certifications() -> None:
    certs = _fields()["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certs] == [
        ("OSHA-compliant forklift trainer / train-the-trainer certificate", "required"),
        ("Accredited instructor qualification", "required"),
        ("OSHA 10-hour or 30-hour General Industry", "common"),
        ("NEBOSH General Certificate or equivalent", "optional"),
        ("First aid at work", "common"),
    ]
    assert certs[1]["requirement_text"] == "Required in UK; Optional elsewhere"


def test_page_experience_range() -> None:
    years = _fields()["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 6.0, False)


def test_page_no_mojibake_or_noise() -> None:
    strings = all_strings(_fields())
    for bad in ("โ", "Physiotherapy", "Eye Care", "Eye Clinics", "Inline Feedbacks", "Newest Most Voted"):
        assert not any(bad in s for s in strings), bad
