"""Unrendered WordPress shortcodes and share bars are markup and page chrome, not text: synthetic snippets
modelled on unseen pages of the family (a WordPress REST post whose plugin was switched off, leaving
"[adsense]", '[ad_slot id="3"]', "[su_box ...]...[/su_box]" in content.rendered; a crawler-markdown page
ending with "Share: LinkedIn | X | Email")."""

from __future__ import annotations

import pytest
from snippets import html_fields

from pipeline import extract

_CAREER = (
    "<h2>15) Career Path and Progression</h2><h3>Next likely roles</h3>{above}"
    "<ul><li>Senior Test Role</li><li>Test Manager</li></ul>"
    "<p>Most move up after two years in the role and a cross-team project.</p>{below}"
)
_NOTE = "Most move up after two years in the role and a cross-team project."


def _career(above: str = "", below: str = "") -> dict:
    return html_fields(_CAREER.format(above=above, below=below))["career_path"]


@pytest.mark.parametrize(
    "shortcode",
    [
        "<p>[adsense]</p>",
        '<p>[ad_slot id="3"]</p>',
        "<p>[toc] [/toc]</p>",
        '<p>[su_button url="https://x.example"]Download the PDF[/su_button]</p>',
        '<p>[su_box title="Sponsored"]Struggling with alert noise? NetPulse Monitor watches 500 devices.[/su_box]</p>',
        # A box written over several paragraphs: wpautop makes one <p> of each.
        (
            '<p>[su_box title="Sponsored"]</p><p>Struggling with alert noise? NetPulse Monitor watches 500 devices.</p>'
            "<p>Start a free 30-day trial today.</p><p>[/su_box]</p>"
        ),
    ],
)
def test_a_paragraph_of_shortcodes_or_a_chrome_box_is_no_note(shortcode: str) -> None:
    career = _career(above=shortcode)
    assert career["notes"] == [_NOTE]
    assert [role["name"] for role in career["next_roles"]] == ["Senior Test Role", "Test Manager"]


@pytest.mark.parametrize(
    "tag",
    [
        '[su_box title="Tip"]',
        # A title in words is prose, not a class name: its "share" names no chrome.
        '[su_box title="Share the plan with the on-call team"]',
    ],
)
def test_a_boxs_article_text_stays_without_its_tags(tag: str) -> None:
    box = f"<p>{tag}Keep the rollback commands in the same plan as the change.[/su_box]</p>"
    assert _career(below=box)["notes"] == [_NOTE, "Keep the rollback commands in the same plan as the change."]


def test_shortcodes_inside_an_item_leave_its_words() -> None:
    item = "<ul><li>Run the [su_highlight]weekly[/su_highlight] capacity review</li></ul>"
    body = "<h2>15) Career Path and Progression</h2><h3>Skills needed for promotion</h3>" + item
    skills = html_fields(body)["career_path"]["promotion_skills"]
    assert [skill["text"] for skill in skills] == ["Run the weekly capacity review"]


def test_a_section_heading_with_a_shortcode_is_still_the_section() -> None:
    heading = '<h2>[anchor id="career"]15) Career Path and Progression</h2>'
    body = heading + "<h3>Next likely roles</h3><ul><li>Test Manager</li></ul>"
    assert [role["name"] for role in html_fields(body)["career_path"]["next_roles"]] == ["Test Manager"]


def test_bracketed_words_in_prose_stay() -> None:
    prose = "<p>Pick the wording [sic] of the plan, mark extras as [Optional] and cite the source [1].</p>"
    assert _career(below=prose)["notes"] == [
        _NOTE,
        "Pick the wording [sic] of the plan, mark extras as [Optional] and cite the source [1].",
    ]


def test_an_unclosed_sponsored_box_is_still_judged_by_its_words() -> None:
    box = '<p>[su_box title="Sponsored"]Struggling with alert noise? NetPulse</p>'
    assert _career(above=box)["notes"] == [_NOTE]


_MARKDOWN = """# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Test Role does this work for the business with several teams.

[adsense]

It partners with finance and engineering leaders on planning [sic] and reviews.

## 2) Role Mission

Core mission: make the work reliable for every team that depends on it.

[ad_slot id="3"]

## 15) Career Path and Progression

### Next likely roles

* Senior Test Role
* Test Manager

Read the [guide](https://example.com/guide) and the [notes][1] first [1].
"""


def _markdown(page: str) -> dict:
    (extraction,) = extract(page.encode("utf-8"), name="snippet.md")
    return extraction.document


def test_a_line_of_shortcodes_on_a_markdown_page_goes_and_its_neighbours_stay() -> None:
    fields = _markdown(_MARKDOWN)["fields"]
    assert fields["role_summary"]["paragraphs"] == [
        "The Test Role does this work for the business with several teams.",
        "It partners with finance and engineering leaders on planning [sic] and reviews.",
    ]
    assert fields["role_mission"]["core_mission"] == "make the work reliable for every team that depends on it."
    assert fields["career_path"]["notes"] == ["Read the guide and the notes first [1]."]


_SHARE_BAR_PAGE = """# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Test Role does this work for the business with several teams.

Share the dashboards with Finance and Sales every week.

## 2) Role Mission

Core mission: make the work reliable for every team that depends on it.

Share this: Facebook · LinkedIn · X

## 20) Final Role Scorecard Summary

| Category | Summary |
|---|---|
| Role title | Test Role |
| Role purpose | Make the work reliable for every team. |

Share: [LinkedIn](https://linkedin.com/share?u=e.example) | [X](https://x.com/intent?u=e.example) | [Email](mailto:)
"""


def test_share_bars_go_wherever_they_sit_and_sharing_in_prose_stays() -> None:
    document = _markdown(_SHARE_BAR_PAGE)
    blocks = {section["number"]: [block["text"] for block in section["blocks"]] for section in document["sections"]}
    assert blocks == {
        1: [
            "The Test Role does this work for the business with several teams.",
            "Share the dashboards with Finance and Sales every week.",
        ],
        2: ["Core mission: make the work reliable for every team that depends on it."],
        20: ["Category | Summary\nRole title | Test Role\nRole purpose | Make the work reliable for every team."],
    }
    assert document["fields"]["scorecard"]["role_title"] == "Test Role"


def test_a_table_of_networks_without_a_share_lead_stays() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        "<table><tr><th>LinkedIn</th><th>X</th><th>Facebook</th></tr><tr><td>2%</td><td>1%</td><td>3%</td></tr></table>"
    )
    kpis = html_fields(body)["kpis"]
    assert kpis["columns"] == ["LinkedIn", "X", "Facebook"]
    assert [row["text"] for row in kpis["rows"]] == ["2% | 1% | 3%"]
