"""Synthetic snippets modelled on unseen pages of the family: an SEO page that adds its own material to the
20-section outline (a section 11 titled "Working Environment and Tech Stack", a salary table between 14 and
15, an FAQ and a list of sources after 20), written as crawler markdown."""

from __future__ import annotations

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
