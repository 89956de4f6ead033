"""Round 62, noise62: a WordPress page saved from a browser (Neve theme, Otter Blocks; test-engineer-wp-neve), a
WordPress export written as markdown by wordpress-export-to-markdown (erp-consultant-wp2md) and a Safari Reader copy
as plain text (compliance-analyst-safari-reader).

* Neve: the Otter posts grid after the final scorecard ("Related role blueprints") lost its title, card titles and
  "Posted on" lines, but its excerpts stayed as scorecard notes. Once a related-posts widget's removed title opens the
  block, its excerpts go with it to the block's end.
* Neve: the widgets' hints stayed as intros: "Select a tab to see each cadence." closing the day-to-day intro,
  "Expand each capability to see why it matters and how it shows up." alone over the soft skills.
* wp2md: a closing ad box under a bold line ("Switch to ... with LedgerBridge Partners" / "... Book a free readiness
  call") and a newsletter's "Join 18,000+ ... who get our Friday digest." became a scorecard subsection and notes; a
  quoted lead-magnet box ("Free download: ... Template" / "... Download the template – no signup required.") became a
  day-to-day group. Their wording says what they are; the box's bold heading goes with its removed copy.
* Safari Reader: a figure's caption and credit ("Figure 1: ...", "Image credit: ...") stood as summary paragraphs.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline import extract

NEVE = "test-engineer-wp-neve.synthetic.html"
WP2MD = "erp-consultant-wp2md.synthetic.md"
SAFARI = "compliance-analyst-safari-reader.synthetic.txt"

_SCORECARD_TABLE = (
    "<table><tr><th>Category</th><th>Executive summary</th></tr><tr><td>Role title</td><td>Test Role</td></tr>"
    "<tr><td>Role purpose</td><td>Keep releases safe.</td></tr></table>"
)


def _text_fields(text: str, name: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name=name)
    return extraction.document["fields"]


# --- synthetic: a related-posts widget's excerpts after the article ---------------------------------------------------


def _card(title: str, excerpt: str) -> str:
    return (
        f'<div class="o-posts-grid-post"><h5 class="o-posts-grid-post-title"><a href="/x/">{title}</a></h5>'
        '<p class="o-posts-grid-post-meta">Posted on April 2, 2025 by Mara Brandt</p>'
        f'<div class="o-posts-grid-post-description"><p>{excerpt}</p></div></div>'
    )


@pytest.mark.parametrize("title", ["Related role blueprints", "More role blueprints"])
def test_synthetic_a_related_widgets_excerpts_go_with_its_title(title: str) -> None:
    # Sibling roles' excerpts in the article's own words: no cohesion test tells them apart.
    excerpts = [
        "Senior Test Roles keep releases safe for every team that depends on the business…",
        "Test Role Leads make the work reliable across several teams and keep releases safe…",
    ]
    widget = (
        f'<div class="wp-block-themeisle-blocks-posts-grid"><h4>{title}</h4>'
        + _card("Platform Engineer: Role Blueprint", excerpts[0])
        + _card("Release Manager: Role Blueprint", excerpts[1])
        + "</div>"
    )
    fields = html_fields(f"<h2>20) Final Role Scorecard Summary</h2>{_SCORECARD_TABLE}{widget}")
    assert fields["scorecard"]["notes"] == []
    assert not set(excerpts) & set(all_strings(fields))
    assert [row["value"] for row in fields["scorecard"]["rows"]][:1] == ["Test Role"]


# --- synthetic: a widget's hint ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hint",
    [
        "Select a tab to see each cadence.",
        "Select a tab above to view the activities.",
        "Expand each capability to see why it matters and how it shows up.",
    ],
)
def test_synthetic_a_widgets_hint_closing_an_intro_goes(hint: str) -> None:
    body = (
        f"<h2>4) Day-to-Day Activities</h2><p>The rhythm follows the sprint cadence. {hint}</p>"
        "<h3>Daily activities</h3><ul><li>Review failed builds</li></ul><h2>5) Key Deliverables</h2>"
        "<ul><li>Test plan</li></ul>"
    )
    day = html_fields(body)["day_to_day"]
    assert day["intro"] == ["The rhythm follows the sprint cadence."]
    assert [i["text"] for i in day["daily"]["items"]] == ["Review failed builds"]


def test_synthetic_a_widgets_hint_alone_goes_and_article_prose_stays() -> None:
    body = (
        "<h2>9) Soft Skills</h2><p>Expand each capability to see why it matters and how it shows up.</p>"
        "<p>Testers are judged on the defects they keep from customers, which is what we want to see here.</p>"
        "<ul><li>Curiosity</li><li>Clear writing</li></ul><h2>10) Tools</h2><ul><li>Jira</li></ul>"
    )
    soft = html_fields(body)["soft_skills"]
    strings = all_strings(soft)
    assert not any(s.startswith("Expand each") for s in strings)
    assert "Testers are judged on the defects they keep from customers, which is what we want to see here." in strings


# --- synthetic: a markdown export's promotion boxes -------------------------------------------------------------------

_MD = """# Ledger Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Ledger Analyst keeps the general ledger accurate and closes the books every month with the finance team.

## 2) Role Mission

Core mission: a clean and timely close that finance leaders can trust.

## 4) Day-to-Day Activities

### Daily activities

-   Reconcile bank accounts
-   Post accruals

{box}

## 20) Final Role Scorecard Summary

| Category | Executive summary |
| --- | --- |
| Role title | Ledger Analyst |
| Role purpose | Close the books on time |

* * *

> **Switch to Orbit Ledger in 60 days with Harbor Advisory Group**{br}
> Fixed-price ledger migrations for growing companies. [Book a free discovery call](https://harbor.example/call)

**Join 12,500+ finance professionals who get our Monday digest.**
"""

_LEAD_MAGNET = (
    "> **Free download: the Month-End Close Checklist**  \n"
    "> Our analysts use this checklist on every close. [Download the checklist](https://x.example/c) – no signup "
    "required."
)


def test_synthetic_markdown_promotion_boxes_go_with_their_bold_headings() -> None:
    fields = _text_fields(_MD.format(box=_LEAD_MAGNET, br="  "), "snippet.md")
    assert fields["day_to_day"]["other"] == []
    assert [i["text"] for i in fields["day_to_day"]["daily"]["items"]] == ["Reconcile bank accounts", "Post accruals"]
    assert fields["scorecard"]["notes"] == []
    strings = " ".join(all_strings(fields))
    for noise in ("Harbor Advisory", "discovery call", "12,500+", "Month-End Close Checklist", "no signup"):
        assert noise not in strings


# --- synthetic: a caption's lines in plain text -----------------------------------------------------------------------

_TXT = """Ledger Analyst: Role Blueprint

1) Role Summary

The Ledger Analyst keeps the general ledger accurate and closes the books every month with the finance team.

{caption}

Typical reporting line: Reports to the Controller.

2) Role Mission

Core mission: a clean and timely close that finance leaders can trust.

3) Core Responsibilities

Close
Reconcile bank accounts – daily, against statements
Post accruals – at month end
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Figure 1: The month-end close calendar as most mid-market teams run it.",
        "Image credit: Ledger Journal illustration / Ana Ruiz",
        "Photo: a finance team at month end",
        "Illustration: the three-way match",
        "Fig. 2. The close checklist",
    ],
)
def test_synthetic_a_captions_line_is_no_summary_paragraph(caption: str) -> None:
    fields = _text_fields(_TXT.format(caption=caption), "snippet.txt")
    assert caption not in all_strings(fields)
    assert fields["role_summary"]["reporting_line"]["reports_to"] == "Controller"


# --- the pages --------------------------------------------------------------------------------------------------------


def test_neve_page_related_excerpts_and_hints_are_gone() -> None:
    fields = unseen_document(NEVE)["fields"]
    assert fields["scorecard"]["notes"] == []
    assert fields["day_to_day"]["intro"] == [
        "The Software Test Engineer’s rhythm follows the sprint and release cadence."
    ]
    assert fields["soft_skills"]["intro"] == []
    assert len(fields["soft_skills"]["skills"]) == 7
    strings = " ".join(all_strings(fields))
    for noise in ("Select a tab", "Expand each", "owns automation frameworks", "QA Leads coordinate"):
        assert noise not in strings


def test_wp2md_page_ad_boxes_are_gone() -> None:
    document = unseen_document(WP2MD)
    fields = document["fields"]
    assert fields["scorecard"]["notes"] == []
    assert fields["day_to_day"]["other"] == []
    assert document["sections"][-1]["subsections"] == [] or all(
        "LedgerBridge" not in (s["title"] or "") for s in document["sections"][-1]["subsections"]
    )
    assert len(fields["scorecard"]["rows"]) == 10
    strings = " ".join(all_strings(document))
    for noise in ("LedgerBridge", "readiness call", "18,000+", "Free download", "no signup required"):
        assert noise not in strings


def test_safari_page_caption_and_credit_are_gone() -> None:
    fields = unseen_document(SAFARI)["fields"]
    paragraphs = fields["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The IT Compliance Analyst is an early-to-mid level")
    strings = " ".join(all_strings(fields))
    assert "Figure 1:" not in strings
    assert "Image credit" not in strings
