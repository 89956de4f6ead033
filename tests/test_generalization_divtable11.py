"""Synthetic snippets modelled on unseen pages of the family (round 11): a site builder's tables rebuilt
as rows of divs (Wix: <div role="listitem">), whose cells may hold prose after a short label."""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from tests.snippets import html_fields, html_page

_LONG = (
    "1) Privacy strategy 2) Records of processing 3) Subject request oversight 4) Breach response "
    "5) Impact assessments 6) Vendor reviews 7) Transfer assessments 8) Training"
)


def _grid(rows: list[list[str]]) -> str:
    """A div table as a site builder writes it: a list of items, each a row of div cells holding a <p>."""
    items = "".join(
        '<div role="listitem">' + "".join(f"<div><p>{cell}</p></div>" for cell in row) + "</div>" for row in rows
    )
    return f'<div role="list">{items}</div>'


def test_scorecard_row_with_long_cell_stays_in_its_div_table() -> None:
    assert len(_LONG) > 160
    rows = [
        ["Category", "Executive summary"],
        ["Role title", "Data Protection Officer"],
        ["Top 10 responsibilities", _LONG],
        ["Top 10 technical skills", "GDPR; DPIA methodology; data mapping"],
    ]
    scorecard = html_fields("<h2>20) Final Role Scorecard Summary</h2>" + _grid(rows))["scorecard"]
    assert scorecard["top_responsibilities"] == [
        "Privacy strategy", "Records of processing", "Subject request oversight", "Breach response",
        "Impact assessments", "Vendor reviews", "Transfer assessments", "Training",
    ]  # fmt: skip
    assert scorecard["top_technical_skills"] == ["GDPR", "DPIA methodology", "data mapping"]
    assert scorecard["notes"] == []


def test_kpi_row_with_long_measure_cell_stays_in_its_div_table() -> None:
    long = (
        "Share of data subject requests closed within the statutory deadline, including extensions, "
        "across all channels, products, regions and brands in the reporting period"
    )
    rows = [
        ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
        ["Breach triage time", "Hours from report to triage", "Deadlines", "Under 24 hours", "Monthly"],
        ["Request on-time rate", long, "Complaints", "98%", "Monthly"],
        ["Assessment coverage", "Share of projects assessed", "Risk", "100%", "Quarterly"],
    ]
    kpis = html_fields("<h2>7) KPIs and Productivity Metrics</h2>" + _grid(rows))["kpis"]
    assert [row["name"] for row in kpis["rows"]] == ["Breach triage time", "Request on-time rate", "Assessment coverage"]
    assert kpis["notes"] == []


def test_prose_in_columns_is_no_table() -> None:
    """Two columns of prose with no table around them stay paragraphs (the seeds' layout guard)."""
    left = "We built this guide with hiring managers across the industry. " * 3
    right = "Each section can be read alone, and the scorecard at the end sums it all up. " * 3
    body = (
        "<h2>3) Key Responsibilities</h2><ul><li>Own the privacy programme</li></ul>"
        f"<div><div><p>{left.strip()}</p></div><div><p>{right.strip()}</p></div></div>"
    )
    fields = html_fields(body)
    assert fields["responsibilities"]["items"][0]["title"] == "Own the privacy programme"
    assert left.strip() in str(fields) and "|" not in str(fields["responsibilities"])


def test_row_with_long_label_cell_does_not_join_a_div_table() -> None:
    """After a table, columns whose first cell is itself prose are no row of it."""
    rows = [["Category", "Executive summary"], ["Role title", "Data Protection Officer"], [_LONG, _LONG]]
    scorecard = html_fields("<h2>20) Final Role Scorecard Summary</h2>" + _grid(rows))["scorecard"]
    assert scorecard["rows"] == [{"label": "Role title", "value": "Data Protection Officer", "field": "role_title"}]
    assert scorecard["notes"] == [_LONG, _LONG]


# --------------------------------------------------------------------------
# an ad's offer line whose call to book comes after its copy (a Word page's travel ad)
# --------------------------------------------------------------------------

_TEXT_HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Test Role runs clinical studies at the site level with many teams.\n\n"
    "2) Role Mission\n\nCore mission:\nRun studies well.\n\n"
    "7) KPIs and Productivity Metrics\n\n"
    "KPI\tWhat it measures\tWhy it matters\tFrequency\tExample target or benchmark\n"
    "Data entry timeliness\tDays from visit to entry\tLate data delays analyses\tWeekly\tWithin 3 days\n"
    "Query resolution time\tHours until a query is gone\tSponsors compare sites on it\tUpdated every week\tWithin 1 hour\n\n"
)
# The ad's offer shares the article's words ("hour", "updated", "gone", "compare"): its form, not its words, marks it.
_TRAVEL_AD = (
    "Save Up to 40% on Your Next Family Vacation\n"
    "Compare flights, hotels, and rental cars from hundreds of sites — all in one search.\n"
    "Search Travel Deals\n"
)
_TEXT_TAIL = "\n8) Technical Skills Required\n\n1. Data capture\n– Use: entering visit data on time.\n"


def _text_fields(between: str) -> dict:
    return extract((_TEXT_HEAD + between + _TEXT_TAIL).encode(), name="x.txt")[0].document["fields"]


@pytest.mark.parametrize(
    "offer",
    [
        "Prices updated every hour — book before they’re gone.",
        "Sites compared every hour. Reserve a query-free week before they are gone!",
    ],
)
def test_an_offer_calling_to_book_after_its_copy_goes_with_the_ad(offer: str) -> None:
    fields = _text_fields(_TRAVEL_AD + offer + "\n")
    assert fields["kpis"]["notes"] == []
    assert not any(word in json.dumps(fields) for word in ("Vacation", "Travel", "Prices", "Reserve"))


def test_an_article_line_with_a_booking_verb_after_its_copy_stays_without_an_ad() -> None:
    """The offer's wording marks a line only right after an ad's removed lines."""
    line = "Enrollment is reviewed weekly — order of visits follows the protocol."
    assert _text_fields(line + "\n")["kpis"]["notes"] == [{"lead": None, "intro": [line], "items": []}]


# --------------------------------------------------------------------------
# a collapsed panel's control label over the heading that titles the panel (Confluence expand macro)
# --------------------------------------------------------------------------


def _expand(label: str, heading: str) -> str:
    return (
        '<div class="expand-container"><div class="expand-control"><span class="expand-control-icon">&nbsp;</span>'
        f'<span class="expand-control-text">{label}</span></div>'
        f'<div class="expand-content expand-hidden"><h3>{heading}</h3>'
        "<ol><li><strong>Run third-party risk onboarding</strong><br/>– Screen vendors before the first order.</li></ol>"
        "</div></div>"
    )


def _subsections(body: str) -> list[str]:
    (extraction,) = extract(html_page(body), name="snippet.html")
    section = next(s for s in extraction.document["sections"] if s["number"] == 3)
    return [sub["title"] for sub in section["subsections"]]


_RESPONSIBILITIES = "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3><ul><li>Set the strategy</li></ul>"


@pytest.mark.parametrize("hint", [" (click to expand)", " (Tap here to show)", ""])
def test_an_expand_controls_label_over_its_panels_heading_is_chrome(hint: str) -> None:
    label = "Governance and compliance responsibilities"
    assert _subsections(_RESPONSIBILITIES + _expand(label + hint, label)) == [
        "Strategic responsibilities",
        "Governance and compliance responsibilities",
    ]


def test_a_paragraph_saying_more_than_the_heading_after_it_stays() -> None:
    label = "Governance and compliance responsibilities"
    assert _subsections(_RESPONSIBILITIES + _expand(label + " (click to expand) for auditors", label)) == [
        "Strategic responsibilities",
        "Governance and compliance responsibilities (click to expand) for auditors",
        "Governance and compliance responsibilities",
    ]
