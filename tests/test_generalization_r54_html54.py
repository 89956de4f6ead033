"""Round 54, html54: an Elementor Pro / Hello theme page (helpdesk-lead-elementor).

- Its Soft Skills are an Elementor Accordion: each title is a '<div class="elementor-tab-title" role="button"
  aria-controls=...>' holding hidden icons and an <a> going nowhere. Read as a link alone on its line, each title
  went as noise: the seven panels' 21 lines ran together as one skill, and the report said ok.
- A partner ad box's kicker ('Partner spotlight') stayed as a tools note when the rest of the box went: it shares a
  word with the article ('Partner with HR ...') and was no sponsorship label.

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline.blocks import BlockKind
from pipeline.htmlblocks import html_to_pieces
from pipeline.noise import is_ad_label

PAGE = "helpdesk-lead-elementor.synthetic.html"
_ICONS = (
    '<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">'
    '<span class="elementor-accordion-icon-closed"><svg class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512">'
    '<path d="M416 208H272"></path></svg></span></span>'
)
_SKILLS = [("Calm under pressure", "outages arrive together"), ("Customer empathy", "users judge IT by tone")]


def _item(widget: str, number: int, name: str, why: str, title: str) -> str:
    """One item of an Elementor accordion or toggle widget as Elementor 3 prints it."""
    return (
        f'<div class="elementor-{widget}-item">'
        f'<div id="elementor-tab-title-43{number}" class="elementor-tab-title" data-tab="{number}" role="button" '
        f'aria-controls="elementor-tab-content-43{number}" aria-expanded="false">{_ICONS}'
        + title.format(number=number, name=name, widget=widget)
        + f'</div><div id="elementor-tab-content-43{number}" class="elementor-tab-content elementor-clearfix" '
        f'data-tab="{number}" role="region" aria-labelledby="elementor-tab-title-43{number}">'
        f"<p>&#8211; Why it matters: {why}.<br />&#8211; How it shows up: steady.<br />"
        f"&#8211; Strong performance: {name.lower()} every day.</p></div></div>"
    )


def _soft_skills(widget: str, title: str) -> dict:
    items = "".join(_item(widget, n, name, why, title) for n, (name, why) in enumerate(_SKILLS, 1))
    box = f'<div class="elementor-widget-container"><div class="elementor-{widget}">{items}</div></div>'
    page = (
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><p>Click each capability to expand it.</p>"
        f"{box}<h2>10) Tools and Platforms</h2><p>x</p>"
    )
    return html_fields(page)["soft_skills"]


# --- an accordion's or a toggle's titles head their panels ------------------------------------------------


@pytest.mark.parametrize(
    ("widget", "title"),
    [("accordion", '<a class="elementor-accordion-title" tabindex="0">{number}. {name}</a>'),
     ("toggle", '<a class="elementor-toggle-title" tabindex="0">{name}</a>'),
     ("toggle", '<a href="" class="elementor-toggle-title">{name}</a>')],  # Elementor 2's title: an empty href
)  # fmt: skip
def test_synthetic_elementor_accordion_and_toggle_titles_name_the_skills(widget: str, title: str) -> None:
    skills = _soft_skills(widget, title)["skills"]
    assert [(s["name"], s["why_it_matters"]) for s in skills] == [
        ("Calm under pressure", "outages arrive together."),
        ("Customer empathy", "users judge IT by tone."),
    ]
    assert [s["strong_performance"] for s in skills] == [
        "calm under pressure every day.",
        "customer empathy every day.",
    ]


def _tab(number: int, name: str, where: str) -> str:
    """One title of an Elementor Tabs widget: printed twice, in the desktop row and over its panel for phones."""
    return (
        f'<div class="elementor-tab-title elementor-tab-{where}-title" data-tab="{number}" role="tab" tabindex="0" '
        f'aria-controls="elementor-tab-content-52{number}" aria-expanded="false">{name}</div>'
    )


def test_synthetic_elementor_tabs_titles_name_the_skills_too() -> None:
    # The Tabs widget's titles are ARIA tabs (role="tab" in a role="tablist"): read as the tabs of any tab list.
    desktop = "".join(_tab(n, name, "desktop") for n, (name, _) in enumerate(_SKILLS, 1))
    panels = "".join(
        _tab(n, name, "mobile") + f'<div id="elementor-tab-content-52{n}" class="elementor-tab-content" '
        f'data-tab="{n}" role="tabpanel" hidden="hidden"><p>&#8211; Why it matters: {why}.<br />'
        f"&#8211; Strong performance: {name.lower()} every day.</p></div>"
        for n, (name, why) in enumerate(_SKILLS, 1)
    )
    skills = html_fields(
        "<h2>9) Soft Skills and Behavioral Capabilities</h2><p>Click each capability.</p>"
        f'<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">{desktop}</div>'
        f'<div class="elementor-tabs-content-wrapper" role="tablist">{panels}</div></div>'
        "<h2>10) Tools and Platforms</h2><p>x</p>"
    )["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"]) for s in skills] == [
        ("Calm under pressure", "outages arrive together."),
        ("Customer empathy", "users judge IT by tone."),
    ]


def test_synthetic_a_toggle_title_is_a_heading_block() -> None:
    html = "<h2>9) Soft Skills</h2>" + _item("toggle", 1, "Calm", "x", '<a class="elementor-toggle-title">{name}</a>')
    blocks = [p.block for p in html_to_pieces(html).pieces]
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        (BlockKind.HEADING, "9) Soft Skills"),
        (BlockKind.HEADING, "Calm"),
    ]


def test_synthetic_a_control_opening_an_element_elsewhere_heads_nothing() -> None:
    # A menu's toggle names an element that is not the one after it: no heading of that element.
    html = (
        "<h2>9) Soft Skills</h2>"
        '<div role="button" aria-controls="site-menu"><a>Browse roles</a></div><p>Calm under pressure.</p>'
        '<div id="site-menu"><p>Home</p></div>'
    )
    blocks = [p.block for p in html_to_pieces(html).pieces]
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["9) Soft Skills"]


# --- a partner ad box's kicker ------------------------------------------------------------------------------


@pytest.mark.parametrize("kicker", ["Partner spotlight", "Featured partner", "From our partners"])
def test_synthetic_partner_kicker_goes_with_its_ad_box(kicker: str) -> None:
    tools = html_fields(
        "<h2>3) Core Responsibilities</h2><ol><li><strong>Partner with HR on onboarding</strong><br>"
        "&#8211; Agree joiner checklists with People Operations.</li></ol>"
        "<h2>10) Tools, Platforms, and Software</h2><p>Labels show how likely each tool is.</p>"
        "<table><tbody><tr><td><strong>Category</strong></td><td><strong>Tool, platform, or software</strong></td>"
        "<td><strong>Primary use</strong></td><td><strong>Common / Optional / Context-specific</strong></td></tr>"
        "<tr><td>ITSM</td><td>ServiceNow</td><td>Tickets</td><td>Common</td></tr>"
        "<tr><td>Knowledge</td><td>Confluence</td><td>Runbooks</td><td>Common</td></tr></tbody></table>"
        f'<div class="cs-partner-box"><p class="cs-partner-kicker">{kicker}</p>'
        "<h4>Find Verified Dental Clinics Near You</h4>"
        "<p>Compare top-rated dental clinics by city, treatment, and price &#8212; book in minutes.</p>"
        '<p><a class="elementor-button" href="https://smilefinder.example/">Browse Dental Clinics</a></p>'
        "<p><em>Your smile deserves an expert. Book today.</em></p></div>"
        "<h2>11) Typical Tech Stack / Environment</h2><p>Windows and macOS endpoints.</p>"
    )["tools"]
    texts = " ".join(all_strings(tools))
    assert tools["notes"] == ["Labels show how likely each tool is."]
    assert [[tool["name"] for tool in row["tools"]] for row in tools["rows"]] == [["ServiceNow"], ["Confluence"]]
    assert kicker not in texts and "Dental" not in texts


@pytest.mark.parametrize(
    "label", ["Partner spotlight", "Featured partner:", "From our partners —", "Partner Spotlight"]
)
def test_synthetic_partner_kickers_are_ad_labels(label: str) -> None:
    assert is_ad_label(label)


@pytest.mark.parametrize(
    "line", ["Partner with HR on onboarding", "Partner", "Our partners", "Partner spotlights weekly"]
)
def test_synthetic_partner_words_in_article_lines_are_no_labels(line: str) -> None:
    assert not is_ad_label(line)


# --- the page --------------------------------------------------------------------------------------------


def test_page_soft_skills_are_the_seven_accordion_items() -> None:
    skills = unseen_document(PAGE)["fields"]["soft_skills"]["skills"]
    assert [s["name"] for s in skills] == [
        "Calm under pressure", "Coaching and feedback", "Customer empathy", "Clear written and verbal communication",
        "Prioritization and judgement", "Ownership and follow-through", "Fairness and consistency",
    ]  # fmt: skip
    assert skills[0]["why_it_matters"] == "outages and angry callers arrive together."
    assert skills[1]["why_it_matters"] == "the team’s skills are the desk’s capacity."
    assert all(len(s["details"]) == 3 for s in skills)


def test_page_partner_kicker_is_no_tools_note() -> None:
    document = unseen_document(PAGE)
    tools = document["fields"]["tools"]
    assert tools["notes"] == ["Labels show how likely each tool is in a typical corporate IT environment."]
    assert len(tools["rows"]) == 14


NOISE = [
    "Advertisement", "QueuePilot", "Start Your Free Trial", "Sponsored", "Dental", "Your smile deserves an expert",
    "Partner spotlight", "Salary Guides 2026", "Advertise With Us", "Share on LinkedIn", "Email this blueprint",
    "You may also like", "Read More", "We copied the KPI table", "Priya Raghunathan", "Leave a Reply",
    "Save my name, email", "Get the Weekly IT Career Brief", "Send Me the Brief", "© 2026 CareerStackHQ",
    "+1 (415) 555-0187", "Table of Contents", "adsbygoogle", "elementor-", "<svg", "data-id",
]  # fmt: skip


def test_page_keeps_no_noise() -> None:
    document = unseen_document(PAGE)
    texts = "\n".join(all_strings({k: document[k] for k in ("role", "fields", "sections")}))
    assert [n for n in NOISE if n in texts] == []
