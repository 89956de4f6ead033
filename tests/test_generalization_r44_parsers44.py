"""Round 44, parsers: what three unseen pages showed the section parsers read wrong.

- A professional doctorate (PharmD, MD, JD, DNP ...) was a PhD or, the JD, a master: it is a level of its own,
  professional_doctorate; "Law degree (LLB/JD) or ..." names its field, law.
- A trainee post ("PGY2 resident") among prior roles went to the notes: a resident is a role, as a fellow is.
- In a plain list of external stakeholders, a long last item ("Board members and, in some companies, investors
  during due diligence", over the name's word cap) became the nature of the bare name above it.
- A label-led exercise list numbered by its labels gave "Case A: <sentence>." no label and the name "Case A",
  while "Case B: Board-update exercise — ..." got both.

The snippets are synthetic; so are the pages (clinical-pharmacist-inline-details,
vp-engineering-details-toggles, dpo-compact-blank-cells, frozen in tests/unseen/ with their keys in
tests/unseen/answer_keys/), written with their keys before their first run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.parsers.experience import degree_levels, fields_of_study

UNSEEN = Path(__file__).resolve().parent / "unseen"
PHARMACIST = "clinical-pharmacist-inline-details.synthetic.txt"
VP_ENGINEERING = "vp-engineering-details-toggles.synthetic.html"
DPO = "dpo-compact-blank-cells.synthetic.txt"


# --- degree levels and fields -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Doctor of Pharmacy (PharmD) from an ACPE-accredited program is required.", ["professional_doctorate"]),
        ("MD or DO from an accredited medical school.", ["professional_doctorate"]),
        ("DDS or DMD required.", ["professional_doctorate"]),
        ("Doctor of Veterinary Medicine (DVM) required.", ["professional_doctorate"]),
        ("J.D. from an ABA-accredited law school.", ["professional_doctorate"]),
        ("PhD or PsyD in Clinical Psychology.", ["phd", "professional_doctorate"]),
        ("AuD or DPT preferred.", ["professional_doctorate"]),
        ("Doctor of Nursing Practice (DNP) is a plus.", ["professional_doctorate"]),
        ("BSN required; MSN or DNP preferred.", ["bachelor", "master", "professional_doctorate"]),
        # Negative cases: a research doctorate stays phd; HR's "OD" (organisation development) is no degree.
        ("Doctor of Philosophy in Physics is a plus.", ["phd"]),
        ("PhD in Pharmacology preferred.", ["phd"]),
        ("Master's in Organizational Development (OD) is common.", ["master"]),
    ],
)
def test_synthetic_a_professional_doctorate_is_its_own_level(text: str, levels: list[str]) -> None:
    assert [level.value for level in degree_levels(text)] == levels


def test_synthetic_law_degrees_read_as_a_bachelor_and_a_professional_doctorate_in_law() -> None:
    text = "Law degree (LLB/JD) or degree in information management, computer science, or business."
    assert [level.value for level in degree_levels(text)] == ["bachelor", "professional_doctorate"]
    assert fields_of_study(text) == (["law", "information management", "computer science", "business"], False)
    assert fields_of_study("A law degree or master's in financial regulation is valued.") == (
        ["law", "financial regulation"],
        False,
    )
    assert fields_of_study("Computer Science degree preferred.") == (["Computer Science"], False)


@pytest.mark.parametrize(
    "text",
    [
        "Advanced degrees are not expected.",
        "A relevant degree or equivalent experience.",
        "Associate degree accepted.",
        "Technicians are frequently hired without a business degree.",
        "A paralegal certificate is expected where there is no law degree.",
    ],
)
def test_synthetic_words_that_only_qualify_a_degree_name_no_field(text: str) -> None:
    # Negative cases: a level, a qualifier or a degree that is not asked for names no field of study.
    assert fields_of_study(text) == ([], False)


# --- prior roles --------------------------------------------------------------------------------------------


def _experience(heading: str, *items: str) -> dict[str, Any]:
    body = "<h2>14) Required Experience and Qualifications</h2>" + (
        f"<h3>{heading}</h3><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    )
    return html_fields(body)["experience"]


def test_synthetic_a_resident_is_a_prior_role() -> None:
    experience = _experience(
        "Prior role backgrounds commonly seen",
        "Clinical Pharmacist, PGY2 resident, Staff Pharmacist with decentralized experience",
        "Internal medicine resident",
        "Cardiology fellow",
    )
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Clinical Pharmacist",
        "PGY2 resident",
        "Staff Pharmacist",
        "Internal medicine resident",
        "Cardiology fellow",
    ]
    assert experience["prior_role_notes"] == []


# --- stakeholders -------------------------------------------------------------------------------------------


def _external(*items: str) -> list[tuple[str, str | None, str | None]]:
    body = (
        "<h2>12) Stakeholders and Collaboration Map</h2><h3>External stakeholders</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return [(s["name"], s["note"], s["nature"]) for s in html_fields(body)["stakeholders"]["external"]]


def test_synthetic_every_item_of_a_plain_stakeholder_list_is_a_stakeholder() -> None:
    assert _external(
        "Strategic customers (executive sponsors for escalations)",
        "External auditors and customer security assessors",
        "Board members and, in some companies, investors during due diligence",
    ) == [
        ("Strategic customers", "executive sponsors for escalations", None),
        ("External auditors and customer security assessors", None, None),
        ("Board members and, in some companies, investors during due diligence", None, None),
    ]


def test_synthetic_a_name_and_description_list_still_pairs_its_lines() -> None:
    # Negative cases (seed 004): a bare name takes the line after it, a sentence or a long line with no full stop.
    assert _external(
        "Vendors for labeling services",
        "Labeling throughput, quality controls, confidentiality requirements.",
        "Cloud providers",
        "Support for managed ML services, cost optimization and GPU capacity across all of our regions",
    ) == [
        ("Vendors for labeling services", None, "Labeling throughput, quality controls, confidentiality requirements."),
        (
            "Cloud providers",
            None,
            "Support for managed ML services, cost optimization and GPU capacity across all of our regions",
        ),
    ]


# --- exercises ----------------------------------------------------------------------------------------------


def _exercises(*items: str) -> list[tuple[str | None, str, str | None, list[str]]]:
    body = (
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises or case studies</h3><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )
    return [
        (e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]])
        for e in html_fields(body)["hiring"]["exercises"]
    ]


def test_synthetic_a_numbered_exercise_told_in_a_sentence_keeps_its_label() -> None:
    assert _exercises(
        "Case A: 90-day plan for a provided company scenario (org chart, metrics), presented to a panel.",
        "Case B: Board-update exercise — summarize a delivery slip in one page.",
        "Case C: Triage ten incident tickets (30 minutes).",
    ) == [
        ("Case A", "90-day plan for a provided company scenario (org chart, metrics), presented to a panel", None, []),
        ("Case B", "Board-update exercise", None, ["summarize a delivery slip in one page."]),
        ("Case C", "Triage ten incident tickets", "30 minutes", []),
    ]


def test_synthetic_unnumbered_labels_still_name_their_exercises() -> None:
    # Negative case: a label with no letter or number ("System design:") is the exercise's name, as before.
    assert _exercises("System design: a rate limiter.", "Take-home: a cleaning script (3 hours).") == [
        (None, "System design", None, ["a rate limiter."]),
        (None, "Take-home", "3 hours", ["a cleaning script (3 hours)."]),
    ]


# --- the pages ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages() -> dict[str, dict[str, Any]]:
    documents = {}
    for name in (PHARMACIST, VP_ENGINEERING, DPO):
        (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
        documents[name] = extraction.document
    return documents


def test_page_pharmacist_reads_the_pharmd_and_the_pgy2_resident(pages: dict[str, dict[str, Any]]) -> None:
    experience = pages[PHARMACIST]["fields"]["experience"]
    pharmd = experience["education"][0]
    assert pharmd["degree_levels"] == ["professional_doctorate"] and pharmd["requirement"] == "required"
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Clinical Pharmacist",
        "Staff Pharmacist",
        "PGY2 resident",
        "Ambulatory Care Pharmacist",
    ]
    assert experience["prior_role_notes"] == []
    assert (experience["years_of_experience"]["min_years"], experience["years_of_experience"]["max_years"]) == (5, 8)


def test_page_vp_engineering_lists_four_external_stakeholders(pages: dict[str, dict[str, Any]]) -> None:
    external = pages[VP_ENGINEERING]["fields"]["stakeholders"]["external"]
    assert [(s["name"], s["nature"], s["details"]) for s in external] == [
        ("Strategic customers", None, []),
        ("Cloud providers and major vendors", None, []),
        ("External auditors and customer security assessors", None, []),
        ("Board members and, in some companies, investors during due diligence", None, []),
    ]
    assert len(pages[VP_ENGINEERING]["fields"]["stakeholders"]["internal"]) == 6


def test_page_vp_engineering_reads_its_three_cases_alike(pages: dict[str, dict[str, Any]]) -> None:
    exercises = pages[VP_ENGINEERING]["fields"]["hiring"]["exercises"]
    assert [(e["label"], e["name"]) for e in exercises] == [
        (
            "Case A",
            "90-day plan for a provided company scenario (org chart, metrics, incident history), presented to a panel"
            " of executives",
        ),
        ("Case B", "Board-update exercise"),
        ("Case C", "Org design exercise"),
    ]


def test_page_dpo_reads_the_law_degree(pages: dict[str, dict[str, Any]]) -> None:
    law = pages[DPO]["fields"]["experience"]["education"][0]
    assert law["label"] == "Common" and law["requirement"] == "common"
    assert law["degree_levels"] == ["bachelor", "professional_doctorate"]
    assert law["fields_of_study"] == ["law", "information management", "computer science", "business"]


@pytest.mark.parametrize(
    ("page", "noise"),
    [
        (PHARMACIST, "Compare Accredited Physiotherapy Clinics"),
        (PHARMACIST, "Very close to the PGY2 expectations"),
        (PHARMACIST, "HealthCareerHub Academy"),
        (VP_ENGINEERING, "BrightField Dental Network"),
        (VP_ENGINEERING, "We used the 30/60/90 section"),
        (VP_ENGINEERING, "Get new role blueprints every Tuesday"),
        (DPO, "Find Verified Dental Clinics"),
        (DPO, "Really useful for our ISO 27701 project"),
        (DPO, "Subscribe to our newsletter"),
    ],
)
def test_page_noise_is_in_no_field(pages: dict[str, dict[str, Any]], page: str, noise: str) -> None:
    assert not [text for text in all_strings(pages[page]["fields"]) if noise in text]
