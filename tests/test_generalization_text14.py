"""Round-14 text and source rules: synthetic snippets modelled on unseen pages of the family.

A readability-style extractor's JSON article (Mercury parser, readability-lxml), an Obsidian Web Clipper
markdown page, a LinkedIn article saved as text, a newsletter's closing call to action and a flat
risks list with labelled items.
"""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from tests.snippets import html_fields, html_page

_ROLE = "Accounts Receivable Specialist"


def _article(**fields: object) -> dict:
    return {
        "title": f"{_ROLE}: Role Blueprint, Responsibilities, Skills",
        "author": "A. Writer",
        "excerpt": "The role owns receivables.",
        "lead_image_url": "https://example.test/cover.png",
        **fields,
    }


# --------------------------------------------------------------------------
# A readability-style JSON article
# --------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["content", "content_html", "html"])
def test_a_readability_article_object_is_read_as_the_page(key: str) -> None:
    html = html_page("<h2>3) Core Responsibilities</h2><ul><li>Apply incoming payments</li></ul>", _ROLE)
    article = _article(
        url="https://example.test/blog/ar-specialist-role-blueprint/",
        date_published="2025-11-18T07:42:13.000Z",
        date_modified="2025-11-20T08:00:00.000Z",
        **{key: html.decode()},
    )
    (extraction,) = extract(json.dumps(article).encode(), name="article.json")
    source = extraction.document["source"]
    assert (source["url"], source["slug"], source["date_published"], source["date_modified"]) == (
        "https://example.test/blog/ar-specialist-role-blueprint/",
        "ar-specialist-role-blueprint",
        "2025-11-18T07:42:13.000Z",
        "2025-11-20T08:00:00.000Z",
    )
    assert extraction.document["role"]["title"] == _ROLE
    assert extraction.document["fields"]["responsibilities"]["items"][0]["text"] == "Apply incoming payments"


def test_a_list_of_article_objects_gives_one_page_each() -> None:
    pages = [
        _article(url=f"https://example.test/blog/{n}/", content=html_page("", _ROLE).decode()) for n in ("a", "b")
    ]
    result = extract(json.dumps(pages).encode(), name="articles.json")
    assert [e.document["source"]["slug"] for e in result] == ["a", "b"]


@pytest.mark.parametrize(
    "data",
    [
        {"title": "Notes", "content": "plain words, no markup at all"},  # a text field, no HTML article
        {"title": "Notes", "content": ["<p>a list</p>"]},
        {"title": "Notes", "url": "https://example.test/notes/"},
    ],
)
def test_a_json_that_is_neither_a_post_nor_an_article_still_fails(data: dict) -> None:
    with pytest.raises(NotABlueprintError, match=r"^JSON holds no post to read: "):
        extract(json.dumps(data).encode(), name="notes.json")


# --------------------------------------------------------------------------
# Pipe rows whose cells carry their own labels (a LinkedIn article saved as text)
# --------------------------------------------------------------------------

_TEXT_HEAD = (
    "Talent Acquisition Partner: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\nThe Talent Acquisition Partner runs hiring for several teams.\n\n"
    "2) Role Mission\nCore mission: hire well and fast for every team.\n\n"
)


def _text_fields(body: str) -> dict:
    (extraction,) = extract((_TEXT_HEAD + body).encode(), name="snippet.txt")
    return extraction.document["fields"]


def test_labelled_pipe_cells_give_the_header_and_every_row_is_kept() -> None:
    kpis = _text_fields(
        "7) KPIs and Productivity Metrics\n"
        "KPI: Time to fill | What it measures: Days to accepted offer | Target: 35–45 days | Frequency: Monthly\n"
        "KPI: Offer acceptance rate | What it measures: Accepted / extended | Target: ≥ 85% | Frequency: Monthly\n"
    )["kpis"]
    assert kpis["columns"] == ["KPI", "What it measures", "Target", "Frequency"]
    assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"]) for r in kpis["rows"]] == [
        ("Time to fill", "Days to accepted offer", "35–45 days", "Monthly"),
        ("Offer acceptance rate", "Accepted / extended", "≥ 85%", "Monthly"),
    ]


def test_pipe_rows_whose_labels_differ_keep_the_first_row_as_header() -> None:
    # A header row of plain names, and a value that happens to hold a colon: no labelled columns.
    kpis = _text_fields(
        "7) KPIs and Productivity Metrics\n"
        "KPI | What it measures | Target | Frequency\n"
        "Time to fill | Ratio: days to accepted offer | 35–45 days | Monthly\n"
        "Offer acceptance rate | Accepted / extended | ≥ 85% | Monthly\n"
    )["kpis"]
    assert kpis["columns"] == ["KPI", "What it measures", "Target", "Frequency"]
    assert [(r["name"], r["what_it_measures"]) for r in kpis["rows"]] == [
        ("Time to fill", "Ratio: days to accepted offer"),
        ("Offer acceptance rate", "Accepted / extended"),
    ]


# --------------------------------------------------------------------------
# Obsidian Web Clipper markdown: front matter "source", callouts, ==highlights==
# --------------------------------------------------------------------------

_CLIPPED = """---
title: "Clinical Data Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
source: "https://example.test/blog/clinical-data-manager-role-blueprint/"
published: 2026-01-19
tags:
  - "clippings"
---
## 1) Role Summary

The Clinical Data Manager owns trial data for several studies.

> [!note] Role at a glance
> **Role horizon:** Current — long established.

## 2) Role Mission

Core mission: lock every study on time with clean data.

## 6) Goals, Objectives, and Milestones

### 12-month objectives

- Achieve database lock within the agreed timeline (e.g., ==4–6 weeks from LPLV==).
- Keep the query rate == target or below.

## 19) Hiring Evaluation Criteria

### Practical exercises or case studies

- **Query writing exercise (30 minutes):** write queries for a listing.

> [!tip] Interviewer tip
> Ask candidates to describe a database lock that went wrong.

> [!warning]
> Never share unblinded data with the study team.
"""


def _clipped() -> dict:
    (extraction,) = extract(_CLIPPED.encode(), name="clipped.md")
    return extraction.document


def test_an_obsidian_clipping_gives_its_source_url() -> None:
    source = _clipped()["source"]
    assert (source["url"], source["slug"], source["date_published"]) == (
        "https://example.test/blog/clinical-data-manager-role-blueprint/",
        "clinical-data-manager-role-blueprint",
        "2026-01-19",
    )


def test_a_callout_title_is_the_lead_of_its_text_and_a_bare_type_is_dropped() -> None:
    document = _clipped()
    fields = document["fields"]
    assert fields["role_summary"]["role_horizon"]["horizon"] == "Current"
    assert "[!" not in json.dumps(document)
    hiring = fields["hiring"]
    assert [e["name"] for e in hiring["exercises"]] == ["Query writing exercise"]
    assert [(o["heading"], [p["text"] for p in o["points"]]) for o in hiring["other"]] == [
        # The bare "[!warning]" callout's text reads on under the titled one, as a box without a title would.
        (
            "Interviewer tip",
            ["Ask candidates to describe a database lock that went wrong.", "Never share unblinded data with the study team."],
        ),
    ]


def test_highlight_marks_are_unwrapped_and_a_spaced_comparison_is_kept() -> None:
    goals = _clipped()["fields"]["goals"]
    assert [item["text"] for item in goals["month_12"]["items"]] == [
        "Achieve database lock within the agreed timeline (e.g., 4–6 weeks from LPLV).",
        "Keep the query rate == target or below.",
    ]


# --------------------------------------------------------------------------
# An ad after the scorecard's "Label: value" lines is judged on its own
# --------------------------------------------------------------------------

_SCORECARD_LINES = (
    "20) Final Role Scorecard Summary\n"
    "Role title: Talent Acquisition Partner\n"
    "Role purpose: Deliver quality hires on time for the business units through consultative, fair recruiting.\n"
    "Top tools: Greenhouse, LinkedIn Recruiter, Gem, GoodTime\n"
    "Top KPIs: Time to fill, offer acceptance rate, quality of hire, hiring manager satisfaction\n"
    "Main deliverables: Intake briefs, sourcing strategies, interview kits, pipeline reports, offer packages\n"
    "Career progression options: Senior Talent Acquisition Partner; TA Lead; Recruiting Operations\n"
)


def test_an_ad_after_the_scorecards_labelled_lines_is_dropped_and_the_lines_are_read() -> None:
    scorecard = _text_fields(
        _SCORECARD_LINES + "Find Top-Rated Coworking Spaces\n"
        "Compare flexible desks and private offices by city and amenities — all in one place.\n"
        "Explore Workspaces\n"
    )["scorecard"]
    assert scorecard["notes"] == []
    assert scorecard["role_title"] == "Talent Acquisition Partner"
    assert scorecard["top_kpis"] == [
        "Time to fill",
        "offer acceptance rate",
        "quality of hire",
        "hiring manager satisfaction",
    ]
    assert [option["name"] for option in scorecard["career_progression_options"]] == [
        "Senior Talent Acquisition Partner",
        "TA Lead",
        "Recruiting Operations",
    ]


def test_a_closing_note_of_the_article_after_the_labelled_lines_stays() -> None:
    scorecard = _text_fields(_SCORECARD_LINES + "Review the scorecard with each hiring manager every quarter.\n")[
        "scorecard"
    ]
    assert scorecard["notes"] == ["Review the scorecard with each hiring manager every quarter."]


# --------------------------------------------------------------------------
# A newsletter's forward / share call to action closing the article
# --------------------------------------------------------------------------

_SCORECARD_TABLE = (
    "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Item</th><th>Summary</th></tr>"
    "<tr><td>Role title</td><td>Customer Success Operations Manager</td></tr>"
    "<tr><td>Top KPIs</td><td>Net revenue retention, churn rate, health score coverage</td></tr></table>"
)


@pytest.mark.parametrize(
    "closing",
    ["Forward this email to a colleague who is building a CS team.", "Know someone who would like this? Forward to a friend."],
)
def test_an_emails_forward_call_to_action_after_the_article_is_dropped(closing: str) -> None:
    (extraction,) = extract(html_page(f"{_SCORECARD_TABLE}<p>{closing}</p>"), name="newsletter.html")
    assert extraction.document["fields"]["scorecard"]["notes"] == []


def test_an_article_note_about_forwarding_escalations_stays() -> None:
    note = "Forward unresolved escalations to the CS lead within one business day."
    (extraction,) = extract(html_page(f"{_SCORECARD_TABLE}<p>{note}</p>"), name="newsletter.html")
    assert extraction.document["fields"]["scorecard"]["notes"] == [note]


# --------------------------------------------------------------------------
# A flat risks list whose item labels name a risk group
# --------------------------------------------------------------------------


def test_a_flat_risk_item_labelled_with_a_group_goes_to_that_group() -> None:
    risks = html_fields(
        "<h2>16) Risks, Challenges, and Failure Modes</h2><ul>"
        "<li><strong>Compressed testing windows:</strong> late code drops leave no time for regression.</li>"
        "<li><strong>Anti-pattern – bug counting:</strong> rewarding defect volume over defect impact.</li>"
        "<li><strong>Business risk:</strong> escaped defects damage customer trust.</li>"
        "<li><strong>Challenges of scaling a team across many time zones:</strong> handoffs slip.</li>"
        "</ul>"
    )["risks"]
    # The items no label files are the section's own list's: challenges (a title of their own, no group's).
    assert risks["notes"] == []
    assert [r["text"] for r in risks["challenges"]] == [
        "Compressed testing windows: late code drops leave no time for regression.",
        "Challenges of scaling a team across many time zones: handoffs slip.",
    ]
    assert [(r["title"], r["description"]) for r in risks["anti_patterns"]] == [
        ("bug counting", "rewarding defect volume over defect impact.")
    ]
    assert [(r["title"], r["description"]) for r in risks["business_risks"]] == [
        (None, "escaped defects damage customer trust.")
    ]
