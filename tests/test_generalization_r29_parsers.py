"""Typed-field defects seen on round-29 unseen pages, in the parsers shared by every layout.

1. A certifications line opening with a sentence that only states a level ("Rarely required. Useful: A (Optional),
   B (Optional).") was one certification named by the whole line: it is two, noted with the level.
2. A labelled exercise whose name ran past the title's word cap with its label ("Case C: Build a launch business
   case with volume and margin (take-home, 3 hours). ...") was named "Case C"; a timed bracket with a format
   word ("take-home, 3 hours") is a duration and a format note.
3. A slash inside a product's name ("SAP (S/4HANA, BW)") split the name: "S/4HANA", "OS/2", "PL/SQL" are one.
4. A series of modifiers sharing the last member's plural head ("Creative, media and PR agencies") was split
   into a team "Creative" and "media and PR agencies".
5. Role variants: "By sector" and "By institution size" were of dimension "other", and a labelled bullet under
   "By sector" ("Industry R&D: ...") became a dimension of its own.

Synthetic snippets of each, then the Squarespace page (tests/unseen/*.synthetic.html) against its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.experience import _certifications
from pipeline.parsers.hiring import parse_exercise_title, split_exercise_lead
from pipeline.parsers.summary import split_teams
from pipeline.parsers.tools import split_tools

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name, name=name)
    assert extraction.document is not None, extraction
    return extraction.document


# --- 1. a level sentence before a list of bracketed-level certifications --------------------------------------


def test_a_level_sentence_is_the_note_of_the_certifications_after_it() -> None:
    found = _certifications("Rarely required. Useful: PMP (Optional), CIM or AMA marketing certificates (Optional).")
    assert [(c.name, c.requirement_text, c.note) for c in found] == [
        ("PMP", "Optional", "Rarely required"),
        ("CIM or AMA marketing certificates", "Optional", "Rarely required"),
    ]


def test_a_comma_list_of_bracketed_levels_is_one_certification_each() -> None:
    found = _certifications("PRINCE2 (Common in UK), Scrum Master certification (Optional)")
    assert [(c.name, c.requirement_text) for c in found] == [
        ("PRINCE2", "Common in UK"),
        ("Scrum Master certification", "Optional"),
    ]
    # A sentence about certifications names none.
    assert _certifications("Rarely required. Most people learn on the job.") == []


# --- 2. a labelled exercise with a long name, and a format word in its timed bracket ---------------------------


def test_a_label_does_not_count_toward_the_exercise_names_length() -> None:
    text = "Case C: Build a launch business case with volume and margin (take-home, 3 hours). Evaluate the logic."
    assert split_exercise_lead(text) == (
        "Case C: Build a launch business case with volume and margin (take-home, 3 hours)",
        "Evaluate the logic.",
    )


def test_a_format_word_in_a_timed_bracket_is_the_format_note() -> None:
    assert parse_exercise_title("Case C: Launch case (take-home, 3 hours)") == (
        "Case C",
        "Launch case",
        "3 hours",
        "take-home",
    )
    assert parse_exercise_title("Pitch (90 minutes, live or take-home)")[2:] == ("90 minutes", "live or take-home")
    assert parse_exercise_title("Design case (45–60 min)")[2:] == ("45–60 min", None)
    assert parse_exercise_title("Design case (whiteboard)")[2:] == (None, "whiteboard")


# --- 3. a slash inside a product's name --------------------------------------------------------------------------


def test_a_slash_inside_a_product_name_is_no_separator() -> None:
    (sap,) = split_tools("SAP (S/4HANA, BW)")
    assert (sap.name, sap.variants) == ("SAP", ["S/4HANA", "BW"])
    (ibm,) = split_tools("IBM (OS/2, AS/400)")
    assert ibm.variants == ["OS/2", "AS/400"]
    (oracle,) = split_tools("Oracle (PL/SQL/T-SQL)")
    assert oracle.variants == ["PL/SQL", "T-SQL"]
    # Names of their own between unspaced slashes still split.
    (cloud,) = split_tools("Cloud (Azure/AWS/GCP)")
    assert cloud.variants == ["Azure", "AWS", "GCP"]
    assert [t.name for t in split_tools("Azure/AWS/GCP")] == ["Azure", "AWS", "GCP"]
    (storage,) = split_tools("Object storage (Azure Blob/S3/GCS)")
    assert storage.variants == ["Azure Blob", "S3", "GCS"]


# --- 4. modifiers sharing a plural head ------------------------------------------------------------------------


def test_modifiers_sharing_a_plural_head_are_one_group() -> None:
    assert split_teams("Creative, media and PR agencies; Legal for claims review") == [
        "Creative, media and PR agencies",
        "Legal for claims review",
    ]
    # Team names stay teams.
    assert split_teams("Sales, Finance, Procurement and Real Estate") == [
        "Sales",
        "Finance",
        "Procurement",
        "Real Estate",
    ]


# --- 5. role variants --------------------------------------------------------------------------------------------


def _variants(body: str) -> list[dict[str, Any]]:
    return html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]["dimensions"]


def test_sector_and_institution_size_headings_name_their_dimensions() -> None:
    groups = _variants(
        "<h3>By institution size</h3><ul><li><strong>Research institute:</strong> closer to the science.</li>"
        "<li><strong>Teaching university:</strong> one post for everything.</li></ul>"
        "<h3>By sector</h3><ul><li><strong>Higher education:</strong> as described.</li>"
        "<li><strong>Industry R&amp;D:</strong> less open sharing.</li></ul>"
    )
    assert [(g["dimension"], g["heading"], [v["name"] for v in g["variants"]]) for g in groups] == [
        ("company_size", "By institution size", ["Research institute", "Teaching university"]),
        ("industry", "By sector", ["Higher education", "Industry R&D"]),
    ]


# --- the Squarespace page ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def squarespace() -> dict[str, Any]:
    return _page("brand-manager-squarespace.synthetic.html")


def test_the_squarespace_page_typed_fields(squarespace: dict[str, Any]) -> None:
    fields = squarespace["fields"]
    assert [(c["name"], c["requirement"], c["note"]) for c in fields["experience"]["certifications"]] == [
        ("Amazon Ads certifications", "optional", "Rarely required"),
        ("CIM or AMA professional marketing certificates", "optional", "Rarely required"),
    ]
    exercises = fields["hiring"]["exercises"]
    assert [(e["label"], e["name"], e["duration"], e["format_note"]) for e in exercises] == [
        ("Case A", "Brand diagnosis from a syndicated data pack", "60 minutes", None),
        ("Case B", "Critique two creative executions against a brief", "30 minutes", None),
        ("Case C", "Build a launch business case with volume and margin", "3 hours", "take-home"),
    ]
    assert [len(e["details"]) for e in exercises] == [1, 1, 1]
    (sap,) = [tool for row in fields["tools"]["rows"] for tool in row["tools"] if tool["name"] == "SAP"]
    assert sap["variants"] == ["S/4HANA", "BW"]
    assert len(fields["tools"]["rows"]) == 18
    teams = fields["role_summary"]["interaction"]["groups"][-1]["teams"]
    assert teams == ["Creative, media and PR agencies", "Legal for claims review"]
    variants = fields["role_variants"]["dimensions"]
    assert [len(g["variants"]) for g in variants] == [3, 4, 3, 0, 2, 2]
    # One sentence on both sides of the dimension is its note, no variant.
    assert [n["text"][:30] for n in variants[3]["notes"]] == ["Mostly product-led in consumer"]
    assert squarespace["role"]["title"] == "Brand Manager"


def test_the_squarespace_page_keeps_no_noise(squarespace: dict[str, Any]) -> None:
    strings = all_strings(squarespace["fields"])
    for noise in ("Save your seat", "Get 20% off your first order", "Post Comment", "We respect your privacy"):
        assert not any(noise in s for s in strings), noise
