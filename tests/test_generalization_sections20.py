"""Synthetic snippets modelled on unseen pages of the family: an SEO page that adds its own material to the
20-section outline (a section 11 titled "Working Environment and Tech Stack", a salary table between 14 and
15, an FAQ and a list of sources after 20), written as crawler markdown."""

from __future__ import annotations

import json

from pipeline import extract

_HEAD = (
    "# Widget Coordinator: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Widget Coordinator runs the widget program at site level.\n\n"
    "## 2) Role Mission\n\n**Core mission:**\nKeep widgets compliant.\n\n"
)


def _sections(body: str) -> list[tuple[str, int | None, str]]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    return [(s["id"], s["number"], s["title"]) for s in extraction.document["sections"]]


def _document(body: str) -> dict:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    return extraction.document


_ENVIRONMENT = "### Systems environment\n\n* One widget platform for incidents.\n\n"
_STAKEHOLDERS = "## 12) Stakeholders and Collaboration Map\n\n### Internal stakeholders\n\n* Plant Manager\n\n"


def test_numbered_title_with_its_sections_words_at_its_end_is_that_section():
    document = _document("## 11) Working Environment and Tech Stack\n\n" + _ENVIRONMENT + _STAKEHOLDERS)
    assert [(s["id"], s["number"]) for s in document["sections"]][2:] == [("tech_stack", 11), ("stakeholders", 12)]
    assert document["fields"]["tech_stack"]["environments"] == [
        {
            "key": "application",
            "name": "Systems environment",
            "items": [{"text": "One widget platform for incidents.", "label": None, "sub_items": []}],
        }
    ]
    assert "tech_stack" not in document["missing_sections"]


def test_numbered_title_without_its_sections_words_stays_unknown():
    sections = _sections("## 11) Working Environment and Team Habits\n\n" + _ENVIRONMENT + _STAKEHOLDERS)
    assert sections[2:] == [
        ("other", 11, "Working Environment and Team Habits"),
        ("stakeholders", 12, "Stakeholders and Collaboration Map"),
    ]


def test_number_past_the_outline_stays_unknown():
    sections = _sections(_STAKEHOLDERS + "## 21) Salary Benchmarks and Tech Stack\n\n* US West: $58,000\n\n")
    assert sections[2:] == [
        ("stakeholders", 12, "Stakeholders and Collaboration Map"),
        ("other", 21, "Salary Benchmarks and Tech Stack"),
    ]


def test_numbered_title_out_of_the_pages_order_is_not_that_section():
    # Between 12 and 13 an "11)" is no section 11, whatever its words.
    body = (
        _STAKEHOLDERS
        + "## 11) Working Environment and Tech Stack\n\n"
        + _ENVIRONMENT
        + "## 13) Decision Rights and Scope of Authority\n\n* Decides alone on inspections.\n\n"
    )
    assert [s[0] for s in _sections(body)][2:] == ["stakeholders", "decision_rights"]


_EXPERIENCE = (
    "## 14) Required Experience and Qualifications\n\n### Typical years of experience\n\n"
    "* **2–5 years** of widget experience.\n\n"
)
_SALARY = (
    "## Salary and Compensation Benchmarks\n\nPay varies by region.\n\n"
    "| Region | Entry (0–2 yrs) | Senior (5+ yrs) |\n|---|---|---|\n"
    "| US West | $58,000–$70,000 | $84,000–$98,000 |\n\n"
)
_CAREER = "## 15) Career Path and Progression\n\n### Next likely roles after this role\n\n* Widget Manager\n\n"
_SCORECARD = (
    "## 20) Final Role Scorecard Summary\n\n| Category | Summary |\n|---|---|\n| Role title | Widget Coordinator |\n"
    "| Career progression options | Widget Manager |\n\n"
)
_FAQ = (
    "## Frequently Asked Questions\n\n### How many years of experience do you need?\n\n"
    "Most postings ask for 2–5 years, some 7+ years.\n\n### Can a Widget Coordinator work remotely?\n\nRarely.\n\n"
)


def test_unnumbered_heading_at_the_section_level_opens_its_own_section_where_sub_headings_sit_lower():
    document = _document("## 11) Tech Stack\n\n" + _ENVIRONMENT + _EXPERIENCE + _SALARY + _CAREER + _SCORECARD + _FAQ)
    sections = [(s["id"], s["title"], [sub["title"] for sub in s["subsections"]]) for s in document["sections"]]
    assert sections[3:] == [
        ("experience", "Required Experience and Qualifications", ["Typical years of experience"]),
        ("other", "Salary and Compensation Benchmarks", []),
        ("career_path", "Career Path and Progression", ["Next likely roles after this role"]),
        ("scorecard", "Final Role Scorecard Summary", []),
        (
            "other",
            "Frequently Asked Questions",
            ["How many years of experience do you need?", "Can a Widget Coordinator work remotely?"],
        ),
    ]
    assert document["fields"]["experience"]["other"] == []
    assert document["fields"]["scorecard"]["notes"] == []


def test_unnumbered_heading_stays_in_its_section_where_sub_headings_share_the_section_level():
    # Sub-headings at "##" too: the level does not set sections apart, the numbers do.
    page = (_EXPERIENCE + _SALARY + _CAREER).replace("###", "##")
    sections = [(s["id"], [sub["title"] for sub in s["subsections"]]) for s in _document(page)["sections"]]
    assert sections[2:] == [
        ("experience", ["Typical years of experience", "Salary and Compensation Benchmarks"]),
        ("career_path", ["Next likely roles after this role"]),
    ]


def test_an_ads_heading_at_the_section_level_opens_no_section():
    # A tagline and a button, then the site's related posts under a sub-heading: none of it is the article's.
    ad = (
        "## Rent an Electric Car for Your Next Road Trip\n\nCompare EV rentals by city, range, and price.\n\n"
        "[Browse EV Rentals](https://ev.example.com/?src=bp)\n\n### Related Posts\n\n"
        "* [Widget Manager: Role Blueprint](https://blog.example.com/widget-manager/)\n"
        "* [Gadget Coordinator: Role Blueprint](https://blog.example.com/gadget-coordinator/)\n"
    )
    document = _document(_EXPERIENCE + _CAREER + _SCORECARD + ad)
    sections = [(s["id"], [sub["title"] for sub in s["subsections"]]) for s in document["sections"]]
    assert sections[2:] == [
        ("experience", ["Typical years of experience"]),
        ("career_path", ["Next likely roles after this role"]),
        ("scorecard", []),
    ]
    assert "Electric Car" not in json.dumps(document)


def test_a_promotions_heading_over_a_bold_line_opens_no_section():
    # The page's sub-headings are "###": a bold line under a "##" heading is a promotion's, not a sub-heading.
    promo = (
        "## Certification Courses\n\nWidgetPath Academy has launched a new series of certification courses.\n\n"
        "**Widget Administrator and Gadget Practitioner Certificates**\n\n"
        "Enroll in a WidgetPath Academy program and earn a credential employers recognize.\n\n"
    )
    document = _document(_EXPERIENCE + _CAREER + _SCORECARD + promo)
    assert [s["id"] for s in document["sections"]][2:] == ["experience", "career_path", "scorecard"]
    assert "WidgetPath" not in json.dumps(document)
