"""Round 80 unseen page: a wastewater treatment plant manager, saved as plain text from an HTML-to-text scraper:
"N) Title" headings, "  1. Item" lines with "    – detail" lines under them, "  • " bullets, inline " – " lists,
and KPI, tools, interview-scorecard and summary tables that lost their borders (one row per line, cells joined by
single spaces). Around the article: a skip link, a menu, a byline, an ad inside the article between §10 and §11,
another after §20, a wpDiscuz comment widget, related posts and a © footer; three Thai-code-page mojibake
sequences.

Fixed here:
- the KPI row "Energy intensity kWh per million gallons treated Energy is the largest controllable cost Reduce
  5–10% over two years Monthly" was cut one cell early in the middle ("Reduce" as why it matters, the target
  "5–10% over two years"): a target opening on a number or comparison, right after a capitalised target opener
  ("Reduce", "Within", "Below") the rationale would end on, strands that opener, and the split pays for it;
- "By plant size" (its variants "Small plant", "Large plant") was a dimension of kind other: a heading naming a
  size by a noun no phrase lists ("By <noun> size"), whose variants are all named by company sizes, is a company
  size.

Left: the experience paragraph's second range ("including 3–5 years in a supervisory role") and the smaller plants'
"5–8 years" stay in the text and the notes (the headline 8–12+ is right, nothing is lost); "By ownership model"
(municipal vs private contract operator) stays of dimension other: the family has no ownership dimension.

Snippets below are synthetic; the page is frozen as tests/unseen/wastewater-plant-manager.synthetic.txt with its key
in tests/unseen/answer_keys/wastewater-plant-manager.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.snippets import KPI_HEADER, html_fields, split_lost_border, unseen_document

_PAGE = "wastewater-plant-manager.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: a target opener left behind by a number --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Water intensity MWh per unit produced Water is the scarcest input Reduce 10–15% in a year Quarterly",
            ["Water intensity", "MWh per unit produced", "Water is the scarcest input", "Reduce 10–15% in a year",
             "Quarterly"],
        ),
        (
            "Steam intensity kWh per tonne produced Steam is the largest utility cost Reduce 8% by year end Monthly",
            ["Steam intensity", "kWh per tonne produced", "Steam is the largest utility cost", "Reduce 8% by year end",
             "Monthly"],
        ),
        (
            "Water intensity MWh per unit produced Water is the scarcest input Maintain ≤ 2 MWh per unit Quarterly",
            ["Water intensity", "MWh per unit produced", "Water is the scarcest input", "Maintain ≤ 2 MWh per unit",
             "Quarterly"],
        ),
    ],
)
def test_synthetic_target_keeps_its_opener_before_a_number(line: str, expected: list[str]) -> None:
    (cells,) = split_lost_border(KPI_HEADER, [line])
    assert cells == expected


def test_synthetic_target_opening_on_a_number_is_unchanged() -> None:
    (cells,) = split_lost_border(
        KPI_HEADER, ["Permit compliance rate Share of limits met Core legal obligation 100% of limits met Monthly"]
    )
    assert cells == ["Permit compliance rate", "Share of limits met", "Core legal obligation", "100% of limits met",
                     "Monthly"]


# --- synthetic: "By <noun> size" ------------------------------------------------------------------------------------


def _variant_groups(body: str) -> list[dict]:
    return html_fields(f"<h2>17) Role Variants</h2>{body}")["role_variants"]["dimensions"]


@pytest.mark.parametrize("heading", ["By campus size", "By fleet size", "Depot size", "By Plant Size"])
def test_synthetic_size_heading_with_sized_variants_is_company_size(heading: str) -> None:
    (group,) = _variant_groups(
        f"<h3>{heading}</h3><ul><li>Small site: the manager also runs the shift.</li>"
        "<li>Large site: the manager leads through supervisors.</li></ul>"
    )
    assert group["heading"] == heading
    assert group["dimension"] == "company_size"


def test_synthetic_size_heading_with_unsized_variants_stays_other() -> None:
    (group,) = _variant_groups(
        "<h3>By batch size</h3><ul><li>Pilot runs: the lead sets up each run by hand.</li>"
        "<li>Production runs: the lead watches yields across shifts.</li></ul>"
    )
    assert group["dimension"] == "other"


# --- the page, checked by hand against the key ---------------------------------------------------------------------


def test_page_energy_intensity_kpi() -> None:
    rows = _fields()["kpis"]["rows"]
    assert len(rows) == 14
    row = rows[2]
    assert row["name"] == "Energy intensity"
    assert row["what_it_measures"] == "kWh per million gallons treated"
    assert row["why_it_matters"] == "Energy is the largest controllable cost"
    assert row["target"] == "Reduce 5–10% over two years"
    assert row["frequencies"] == ["monthly"]


def test_page_other_kpis_keep_their_cells() -> None:
    rows = _fields()["kpis"]["rows"]
    assert rows[0]["name"] == "Permit compliance rate"
    assert rows[0]["target"] == "100% of limits met"
    assert rows[10]["name"] == "Budget variance"
    assert rows[10]["target"] == "Within ±3% of plan"
    assert rows[13]["name"] == "Biosolids disposal cost per dry ton"
    assert rows[13]["target"] == "Within contract rate; trending down"


def test_page_role_variant_dimensions() -> None:
    groups = _fields()["role_variants"]["dimensions"]
    assert [(g["heading"], g["dimension"]) for g in groups] == [
        ("By plant size", "company_size"),
        ("By ownership model", "other"),
        ("Industrial vs municipal", "industry"),
        ("Regulated vs non-regulated environment", "regulated"),
        ("By geography", "geography"),
    ]
    assert [v["name"] for v in groups[0]["variants"]] == ["Small plant", "Large plant"]
    assert [v["note"] for v in groups[0]["variants"]] == ["< 5 MGD", "> 50 MGD"]


def test_page_experience_headline() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (8, 12, True)
    assert experience["experience_notes"] == ["Smaller plants may accept 5–8 years with a chief operator background."]
