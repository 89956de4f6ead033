"""Round 62 (lists): a reader view's bare-line list right under a section's intro, a footnote's escaped star
opening a label line, and a reader view's "By <name>, <date>" byline.

compliance-analyst-safari-reader (plain text copied from Safari Reader: bullets dropped, tables as tab-separated
rows) writes its 11 deliverables one a line under the section's intro sentence, no sub-heading over them: the run
read as no part of the article, and all 11 went to deliverables.intro. Its byline "By Priya Raman, March 14, 2025"
gave no published date. erp-consultant-wp2md (wordpress-export-to-markdown) opens its KPI notes with a footnote's
escaped star, "\\*Notes on implementation: – ...": the label kept the star and stayed the notes' intro. The pages
are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.sources import byline_date

SAFARI = "compliance-analyst-safari-reader.synthetic.txt"
WP2MD = "erp-consultant-wp2md.synthetic.md"

# A reader view's innerText: section headings, bare-line lists glued under their sub-headings.
_READER_PAGE = """Data Steward: Role Blueprint

1) Role Summary

The Data Steward keeps the company's master data accurate, documented, and trusted by its users.

Typical interaction surface:
Finance operations
Sales operations
Data engineering

2) Role Mission

Core mission:
Keep master data fit for use.

Strategic importance to the company:
Reporting depends on clean reference data
Customer records drive billing
Regulators ask for data lineage

4) Day-to-Day Activities

Daily activities

Review the data quality queue
Answer steward requests
Fix duplicate customer records

Weekly activities

Run the match-and-merge job
Publish the quality scorecard
Meet domain owners

5) Key Deliverables

Deliverables are kept in the data catalog so that any steward can pick them up.

{items}

6) Goals, Objectives, and Milestones

30-day goals

Learn the catalog
Meet the domain owners
Review the open issues

60-day goals

Own one data domain
Run the monthly quality review
Close ten data issues

90-day goals

Lead a quality review
Publish the glossary
Automate one quality check
Train two new stewards
"""

_ITEMS = [
    "Data quality scorecard per domain",
    "Business glossary entries with owners and definitions",
    "Match-and-merge rules for customer and supplier records",
    "Issue log with root causes and fixes",
]


def _deliverables(items: list[str]) -> dict:
    page = _READER_PAGE.format(items="\n".join(items)).encode()
    (extraction,) = extract(page, name="data-steward.txt")
    return extraction.document["fields"]["deliverables"]


# --- synthetic: a reader view's bare-line list under a section's intro ---------------------------------------------


def test_synthetic_bare_lines_under_deliverables_intro_are_its_items() -> None:
    deliverables = _deliverables(_ITEMS)
    assert [item["text"] for item in deliverables["items"]] == _ITEMS
    assert deliverables["intro"] == [
        "Deliverables are kept in the data catalog so that any steward can pick them up."
    ]


def test_synthetic_short_items_with_full_stops_are_items_too() -> None:
    items = ["Quality scorecard per domain.", "Glossary entries with owners.", "Issue log with root causes."]
    assert [item["text"] for item in _deliverables(items)["items"]] == items


def test_synthetic_two_lines_under_the_intro_stay_prose() -> None:
    # Two lines could be the intro's second paragraph and a note: a list is several lines in a row.
    deliverables = _deliverables(_ITEMS[:2])
    assert deliverables["items"] == []
    assert deliverables["intro"][1:] == _ITEMS[:2]


# --- synthetic: a footnote's escaped star opening a label line -------------------------------------------------------

_KPI_PAGE = """# Data Steward: Role Blueprint

## 1) Role Summary

The Data Steward keeps master data accurate.

## 7) KPIs and Productivity Metrics

Targets vary by domain\\*.

| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |
| --- | --- | --- | --- | --- |
| Duplicate rate | Share of duplicate records | Duplicates break billing | ≤ 1% | Monthly |
| Issue closure | Issues closed within SLA | Keeps trust in data | ≥ 90% | Monthly |

{notes}
"""


def _kpi_notes(notes: str) -> list[dict]:
    (extraction,) = extract(_KPI_PAGE.format(notes=notes).encode(), name="data-steward.md")
    return extraction.document["fields"]["kpis"]["notes"]


def test_synthetic_escaped_star_label_heads_its_notes() -> None:
    notes = _kpi_notes("\\*Notes on use: – Review the rates by domain. – Count merges separately.")
    assert notes == [
        {
            "lead": "Notes on use",
            "intro": [],
            "items": [
                {"text": "Review the rates by domain.", "sub_items": []},
                {"text": "Count merges separately.", "sub_items": []},
            ],
        }
    ]


def test_synthetic_escaped_star_before_a_sentence_stays() -> None:
    # Not a label: the star is left as the page shows it (a footnote's text, no lead to free).
    notes = _kpi_notes("\\*Targets are examples; use the customer's where stricter.")
    assert notes[0]["intro"] == ["*Targets are examples; use the customer's where stricter."]


# --- synthetic: a reader view's byline ------------------------------------------------------------------------------


def test_synthetic_comma_byline_gives_the_published_date() -> None:
    page = "Data Steward: Role Blueprint\nCareer Journal\nBy Jane Doe, March 14, 2025\n12 min read\n\n1) Role Summary\n"
    assert byline_date(page) == "2025-03-14"
    assert byline_date(page.replace("By Jane Doe, March", "By Jane Doe, Senior Editor, March")) == "2025-03-14"


def test_synthetic_comma_date_in_the_body_is_no_byline() -> None:
    page = "Data Steward\n\n1) Role Summary\n\nBy Jane Doe, March 14, 2025\n"
    assert byline_date(page) is None


# --- the pages ---------------------------------------------------------------------------------------------------


def test_safari_reader_deliverables_are_its_eleven_items() -> None:
    deliverables = unseen_document(SAFARI)["fields"]["deliverables"]
    texts = [item["text"] for item in deliverables["items"]]
    assert len(texts) == 11
    assert texts[0] == (
        "Control testing workpapers (design and operating effectiveness) with sample selections and conclusions"
    )
    assert texts[-1] == "Walkthrough narratives and process flowcharts for key controls"
    assert len(deliverables["intro"]) == 1
    assert deliverables["intro"][0].startswith("Deliverables should be reviewable by a second analyst")
    strings = all_strings(deliverables)
    assert not any("Northwind" in s or "Advertisement" in s for s in strings)


def test_safari_reader_byline_date_is_published() -> None:
    assert unseen_document(SAFARI)["source"]["date_published"] == "2025-03-14"


def test_wp2md_starred_notes_label_heads_the_kpi_notes() -> None:
    notes = unseen_document(WP2MD)["fields"]["kpis"]["notes"]
    assert [note["lead"] for note in notes] == ["Notes on implementation"]
    assert notes[0]["intro"] == []
    assert [item["text"] for item in notes[0]["items"]] == [
        "Review utilization alongside quality measures so consultants are not pushed to cut corners.",
        "Count configuration defects separately from training gaps and data issues.",
    ]
    assert not any(s.startswith("*Notes") for s in all_strings(unseen_document(WP2MD)))
