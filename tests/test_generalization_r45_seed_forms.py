"""Round 45: the two real forms, line for line, with new content: regression guards for the dominant inputs.

field-sales-rep-seed000 imitates seed 000's scraper output convention by convention (blank-line style, "N)"
headings, "  1." items with "    –" details, lost-border tables, the Thai mojibake at the seed's density) and
biomedical-engineer-seed004 imitates seed 004's (compact lines, pipe tables, "-" alone before a skill, the bare
"โ"); only the role, its content and the advertiser are new. Both were written with their keys (tests/unseen/
answer_keys/) before their first run and read right; these tests freeze the counts the keys give. Synthetic.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
SALES = "field-sales-rep-seed000.synthetic.txt"
BIOMEDICAL = "biomedical-engineer-seed004.synthetic.txt"


@pytest.fixture(scope="module")
def pages() -> dict[str, dict[str, Any]]:
    documents = {}
    for name in (SALES, BIOMEDICAL):
        (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
        assert extraction.warnings == [], name
        documents[name] = extraction.document
    return documents


# name: (title, responsibilities by category, KPI rows, skills by tier, soft skills, tool rows, years,
#        feeder/next/adjacent, hiring scorecard rows)
EXPECTED = {
    SALES: (
        "Field Sales Representative",
        {"strategic": 4, "operational": 5, "technical": 4, "cross_functional": 3, "governance": 3, "leadership": 2},
        16,
        {"must_have": 6, "good_to_have": 5, "advanced": 4, "emerging": 3},
        8,
        22,
        (1, 4),
        (4, 3, 5),
        8,
    ),
    BIOMEDICAL: (
        "Biomedical Engineer (Medical Devices)",
        {"strategic": 3, "operational": 4, "technical": 7, "cross_functional": 3, "governance": 4, "leadership": 2},
        15,
        {"must_have": 7, "good_to_have": 5, "advanced": 4, "emerging": 4},
        7,
        27,
        (3, 6),
        (4, 4, 4),
        7,
    ),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_the_page_reads_as_its_key_says(pages: dict[str, dict[str, Any]], name: str) -> None:
    title, categories, kpis, tiers, soft, tools, years, career, dimensions = EXPECTED[name]
    document = pages[name]
    fields = document["fields"]
    assert document["role"]["title"] == title
    assert document["missing_sections"] == []
    assert Counter(item["category"] for item in fields["responsibilities"]["items"]) == categories
    rows = fields["kpis"]["rows"]
    assert len(rows) == kpis and all(row["name"] and row["target"] and row["frequency"] for row in rows)
    assert Counter(skill["tier"] for skill in fields["technical_skills"]["skills"]) == tiers
    assert all(skill["importance"] for skill in fields["technical_skills"]["skills"])
    assert len(fields["soft_skills"]["skills"]) == soft
    assert len(fields["tools"]["rows"]) == tools and all(row["tools"] for row in fields["tools"]["rows"])
    experience = fields["experience"]["years_of_experience"]
    assert (experience["min_years"], experience["max_years"]) == years
    career_path = fields["career_path"]
    assert tuple(len(career_path[key]) for key in ("feeder_roles", "next_roles", "adjacent_paths")) == career
    assert len(fields["hiring"]["scorecard"]["rows"]) == dimensions
    assert len(fields["scorecard"]["rows"]) == 10


def test_the_seed000_forms_exact_cells(pages: dict[str, dict[str, Any]]) -> None:
    fields = pages[SALES]["fields"]
    quota = fields["kpis"]["rows"][0]
    assert (quota["name"], quota["target"], quota["frequency"]) == (
        "Quota attainment",
        "≥ 100% of quarterly quota (≥ 80% during ramp)",
        "Quarterly",
    )
    tools = [(row["category"], [tool["name"] for tool in row["tools"]]) for row in fields["tools"]["rows"]]
    assert ("Prospecting data", ["ZoomInfo", "Apollo.io"]) in tools
    assert len(fields["scorecard"]["top_soft_skills"]) == 10


def test_the_seed004_forms_exact_cells(pages: dict[str, dict[str, Any]]) -> None:
    fields = pages[BIOMEDICAL]["fields"]
    first = fields["kpis"]["rows"][0]
    assert (first["name"], first["target"]) == (
        "Verification protocol first-pass approval",
        ">85% approved within 2 review cycles",
    )
    names = [skill["name"] for skill in fields["technical_skills"]["skills"]]
    assert "Risk management per ISO 14971" in names
    assert not any(name.endswith((" -", "-")) for name in names)


@pytest.mark.parametrize(
    ("name", "noise"),
    [
        (SALES, "Find Top-Rated Dental Clinics"), (SALES, "Explore Eye Clinics"), (SALES, "Notify of"),
        (SALES, "Certification Courses"), (SALES, "DevOpsSchool"), (SALES, "Would love your thoughts"),
        (BIOMEDICAL, "Find Top-Rated Physiotherapy Centers"), (BIOMEDICAL, "Browse Physio Centers"),
    ],
)  # fmt: skip
def test_the_pages_noise_and_damage_are_in_no_field(pages: dict[str, dict[str, Any]], name: str, noise: str) -> None:
    strings = all_strings(pages[name]["fields"]) + all_strings(pages[name]["role"])
    assert not [s for s in strings if noise in s]
    assert not [s for s in strings if "โ" in s or "€" in s]
