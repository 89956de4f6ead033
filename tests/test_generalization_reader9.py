"""Synthetic snippets modelled on unseen pages of the family (round 9): a browser's reader-mode or print view
saved as plain text. Section headings numbered with a dot ("1. ROLE SUMMARY"), column-aligned tables whose
header is underlined by dash groups."""

from __future__ import annotations

from typing import Any

from pipeline import extract

_TITLE = "Supply Chain Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"


def _document(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    return extraction.document


def _section_ids(text: str) -> list[str]:
    return [section["id"] for section in _document(text)["sections"]]


_DOTTED = (
    _TITLE + "{1}\n\nThe analyst builds reports for planners.\n\n{2}\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "{3}\n\nResponsibilities are grouped by type.\n\n{4}\n\nDaily Activities:\n\nReview the exception list\n"
)


def test_dot_numbered_section_headings_open_sections_in_any_case():
    for headings in (
        ("1. ROLE SUMMARY", "2. ROLE MISSION", "3. CORE RESPONSIBILITIES", "4. DAY-TO-DAY ACTIVITIES"),
        ("1. Role Summary", "2. Role Mission", "3. Core Responsibilities", "4. Day-to-Day Activities"),
        ("1. ROLE SUMMARY", "SECTION 2 – ROLE MISSION", "3. CORE RESPONSIBILITIES", "Section 4: Day-to-Day Activities"),
    ):
        text = _DOTTED.format(*[None, *headings])
        assert _section_ids(text) == ["role_summary", "role_mission", "responsibilities", "day_to_day"], headings


def test_dot_numbered_item_that_only_opens_like_a_title_stays_an_item():
    text = _DOTTED.format(None, "1) Role Summary", "2) Role Mission", "3) Core Responsibilities", "4) Day-to-Day Activities")
    text = text.replace(
        "Responsibilities are grouped by type.\n",
        "1. Build the forecast model\n2. Core responsibilities include owning the forecast\n",
    )
    document = _document(text)
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "responsibilities", "day_to_day"]
    items = [item["text"] for item in document["fields"]["responsibilities"]["items"]]
    assert items == ["Build the forecast model", "Core responsibilities include owning the forecast"]


def test_numbered_list_of_section_titles_is_no_heading():
    # "9. Soft skills" continuing a numbered list under hiring, and a table of contents, open no section.
    text = _DOTTED.format(None, "1) Role Summary", "2) Role Mission", "3) Core Responsibilities", "4) Day-to-Day Activities")
    contents = "Contents\n\n1. Role Summary\n2. Role Mission\n3. Core Responsibilities\n\n"
    text = text.replace(_TITLE, _TITLE + contents) + "\n19) Hiring Evaluation Criteria\n\nWhat to assess:\n\n8. SQL\n9. Soft skills\n"
    assert _section_ids(text) == ["role_summary", "role_mission", "responsibilities", "day_to_day", "hiring"]
    document = _document(text)
    assert [s["id"] for s in document["sections"]].count("soft_skills") == 0


_KPI_TABLE = (
    _TITLE + "1) Role Summary\n\nThe analyst builds reports.\n\n2) Role Mission\n\nCore mission:\nGive planners trusted numbers.\n\n"
    "7) KPIs and Productivity Metrics\n\n"
    "Metric                    Frequency    What it measures                      Why it matters                  Example target / benchmark\n"
    "------------------------  -----------  ------------------------------------  ------------------------------  --------------------------\n"
    "Forecast accuracy (MAPE)  Monthly      Mean absolute percentage error        Drives inventory decisions      MAPE ≤ 30% at SKU level\n"
    "OTIF                      Weekly       Orders delivered on time and in full  Core customer service measure   ≥ 95%\n"
)


def test_dash_rule_under_a_known_header_is_no_row():
    kpis = _document(_KPI_TABLE)["fields"]["kpis"]
    assert [(row["name"], row["frequency"], row["target"]) for row in kpis["rows"]] == [
        ("Forecast accuracy (MAPE)", "Monthly", "MAPE ≤ 30% at SKU level"),
        ("OTIF", "Weekly", "≥ 95%"),
    ]
