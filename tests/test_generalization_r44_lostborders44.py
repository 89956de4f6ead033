"""Round 44: a tools row of a lost-border table cut one word late (clinical-pharmacist-inline-details).

A plain-text copy of a blueprint lost every table's cell borders: each row is one line of words joined by single
spaces, and the splitter puts the borders back by scoring each possible cell (tables.py). The row
"Pharmacokinetics software DoseMeRx / InsightRX Bayesian AUC dosing for vancomycin and aminoglycosides Optional"
gave the tool "DoseMeRx / InsightRX Bayesian" and the use "AUC dosing for ...".

A capitalised word between a product name and an acronym is read as a noun ending the product's name ("Jarvis
Analytics | KPI dashboards") unless its ending makes it a modifier, which opens the use ("Apache Hop | Visual ETL
pipelines"). "Bayesian" is such a modifier: an adjective made from a name, as "Gaussian" and "Cartesian" are. The
"-sian" ending now counts as a modifier's; the wider "-ian" does not, since agent nouns close many a product's name
("PI Historian", "Data Guardian"), and those rows must keep their cut.

The snippets are synthetic, with made-up products ("Vexadose / Kindrel", "Fabrikon Historian"), so only the
general cue plays a part; the page is frozen as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import TOOLS_HEADER as _TOOLS_HEADER
from snippets import all_strings, split_lost_border

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
PHARMACIST_PAGE = "clinical-pharmacist-inline-details.synthetic.txt"



def _split(lines: list[str]) -> list[list[str]]:
    return split_lost_border(_TOOLS_HEADER, lines)


# --- synthetic rows ---------------------------------------------------------------------------------------------------


def test_synthetic_an_adjective_from_a_name_opens_the_use() -> None:
    rows = _split([
        "Dose tuning Vexadose / Kindrel Bayesian AUC targeting for antibiotics Optional",
        "Modeling tools Zorbex / Quillmark Gaussian RBF surrogate models Optional",
        "Forecasting Plimsoft Bayesian MCMC sampling for demand curves Common",
        "Geometry Brindle / Quorla Cartesian CAD layouts Context-specific",
    ])  # fmt: skip
    assert rows == [
        ["Dose tuning", "Vexadose / Kindrel", "Bayesian AUC targeting for antibiotics", "Optional"],
        ["Modeling tools", "Zorbex / Quillmark", "Gaussian RBF surrogate models", "Optional"],
        ["Forecasting", "Plimsoft", "Bayesian MCMC sampling for demand curves", "Common"],
        ["Geometry", "Brindle / Quorla", "Cartesian CAD layouts", "Context-specific"],
    ]


def test_synthetic_an_agent_noun_still_ends_the_products_name() -> None:
    rows = _split([
        "Plant data Fabrikon Historian OEE dashboards and trends Common",
        "Backup Tessaro Guardian EDR alerts and snapshots Optional",
        "Asset tracking Quindle Custodian RFID audits Context-specific",
    ])  # fmt: skip
    assert [row[1:3] for row in rows] == [
        ["Fabrikon Historian", "OEE dashboards and trends"],
        ["Tessaro Guardian", "EDR alerts and snapshots"],
        ["Quindle Custodian", "RFID audits"],
    ]


def test_synthetic_a_noun_between_names_still_ends_the_products_name() -> None:
    (row,) = _split(["Reporting Jarvis Analytics KPI dashboards for the board Common"])
    assert row == ["Reporting", "Jarvis Analytics", "KPI dashboards for the board", "Common"]


_SNIPPET = """Hospital Dosing Pharmacist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Hospital Dosing Pharmacist keeps antibiotic dosing safe and on target across the inpatient units.

2) Role Mission

Core mission: make every dose the right dose, verified and documented.

10) Tools, Platforms, and Software

{tools_header}
Dose tuning Vexadose / Kindrel Bayesian AUC targeting for antibiotics Optional
Drug information Lexicomp Dosing, interactions, IV compatibility Common
Plant data Fabrikon Historian OEE dashboards and trends Context-specific
"""


def test_synthetic_text_page_types_the_rows_cells() -> None:
    text = _SNIPPET.format(tools_header=_TOOLS_HEADER)
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    tools = extraction.document["fields"]["tools"]["rows"]
    assert [(row["category"], row["tool_text"], row["primary_use"], row["prevalence"]) for row in tools] == [
        ("Dose tuning", "Vexadose / Kindrel", "Bayesian AUC targeting for antibiotics", "optional"),
        ("Drug information", "Lexicomp", "Dosing, interactions, IV compatibility", "common"),
        ("Plant data", "Fabrikon Historian", "OEE dashboards and trends", "context_specific"),
    ]
    assert [tool["name"] for tool in tools[0]["tools"]] == ["Vexadose", "Kindrel"]


# --- the page ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pharmacist_page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PHARMACIST_PAGE).read_bytes(), name=PHARMACIST_PAGE)
    return extraction.document


def test_pharmacist_page_dosing_software_row(pharmacist_page: dict[str, Any]) -> None:
    rows = pharmacist_page["fields"]["tools"]["rows"]
    (dosing,) = [row for row in rows if row["category"] == "Pharmacokinetics software"]
    assert (dosing["tool_text"], dosing["primary_use"], dosing["prevalence"]) == (
        "DoseMeRx / InsightRX", "Bayesian AUC dosing for vancomycin and aminoglycosides", "optional"
    )  # fmt: skip
    assert [tool["name"] for tool in dosing["tools"]] == ["DoseMeRx", "InsightRX"]


def test_pharmacist_page_tools_table(pharmacist_page: dict[str, Any]) -> None:
    rows = pharmacist_page["fields"]["tools"]["rows"]
    assert len(rows) == 18
    assert Counter(row["prevalence"] for row in rows) == {"common": 11, "context_specific": 4, "optional": 3}
    assert [(row["category"], row["tool_text"]) for row in rows[7:11]] == [
        ("Pharmacokinetics software", "DoseMeRx / InsightRX"),
        ("Clinical surveillance", "TheraDoc / Epic Bugsy"),
        ("Clinical surveillance", "VigiLanz"),
        ("Smart infusion pumps", "BD Alaris / Baxter Spectrum drug libraries"),
    ]
    assert not any(row["primary_use"].startswith("AUC") for row in rows)
    assert len(pharmacist_page["fields"]["kpis"]["rows"]) == 14


def test_pharmacist_page_keeps_no_noise(pharmacist_page: dict[str, Any]) -> None:
    text = "\n".join(all_strings(pharmacist_page["fields"])).lower()
    for noise in (
        "Physiotherapy", "Related Posts", "Notify of", "Inline Feedbacks", "HealthCareerHub Academy",
        "Rohit Menon", "Skip to content", "Posted by careerdesk_editor", "Was this blueprint helpful",
    ):  # fmt: skip
        assert noise.lower() not in text
    assert "โ€" not in text and "ยท" not in text
