"""Links without text and a page's list of sources in crawler markdown.

Synthetic snippets modelled on unseen pages of the family: an EHS Coordinator page a crawler wrote
as markdown, whose site banner is a linked image between two sections
("[![Free EHS Audit Checklist – download now](…/banner.png)](…/free-ehs-checklist/)"): once its image
is gone, what is left, "[](url)", is no text at all and must not reach a field; and whose article ends
with a "Sources and further reading" list of links (a handbook, a regulation, a standard). The
negative cases guard what the seeds read: a link with text keeps its text.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.textblocks import text_to_pieces

TITLE = "# Foo Coordinator: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
HEAD = (
    "## 1) Role Summary\n\nThe Foo Coordinator runs the foo program at site level.\n\n"
    "## 2) Role Mission\n\n**Core mission:**\nKeep every site safe and compliant.\n\n"
    "**Primary business outcomes expected:**\n\n* Fewer recordable injuries.\n* Zero notices of violation.\n\n"
    "{banner}\n\n"
    "## 3) Core Responsibilities\n\n### Operational\n\n1. Conduct routine inspections – weekly walk of each area.\n"
)


def _fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


def _texts(text: str) -> list[tuple[str, str, float]]:
    return [(p.block.kind.value, p.block.text, p.link_ratio) for p in text_to_pieces(text)]


# --- a link without text ----------------------------------------------------------------------------------


def test_a_linked_image_banner_between_sections_is_no_text() -> None:
    banner = "[![Free audit checklist – download now](https://x.example.com/banner.png)](https://x.example.com/free/)"
    mission = _fields(TITLE + HEAD.format(banner=banner))["role_mission"]
    assert mission["outcomes_lead"] is None
    assert mission["core_mission"] == "Keep every site safe and compliant."
    assert mission["primary_business_outcomes"] == ["Fewer recordable injuries.", "Zero notices of violation."]


def test_an_empty_link_written_as_such_vanishes_from_its_line() -> None:
    assert _texts("Read the guide[](https://x.example.com/g) first.\n\n[](https://x.example.com/free/)\n") == [
        ("paragraph", "Read the guide first.", 0.0)
    ]


def test_a_link_with_text_keeps_its_text() -> None:
    assert _texts("See [the guide](https://x.example.com/g).\n\n[![Logo](l.png) Home](https://x.example.com/)\n") == [
        ("paragraph", "See the guide.", 9 / 14),
        ("paragraph", "Home", 1.0),
    ]


# --- a list of sources ------------------------------------------------------------------------------------

SCORECARD = (
    "## 20) Final Role Scorecard Summary\n\n| Category | Summary |\n|---|---|\n| Role title | Foo Coordinator |\n\n"
)
SOURCES = (
    "* [OSHA Recordkeeping Handbook](https://www.osha.gov/recordkeeping/handbook)\n"
    "* [29 CFR 1910 – Occupational Safety and Health Standards](https://www.ecfr.gov/current/title-29/part-1910)\n"
    "* [ISO 45001:2018 Occupational health and safety](https://www.iso.org/standard/63787.html)\n\n"
)
CITED = [
    "OSHA Recordkeeping Handbook",
    "29 CFR 1910 – Occupational Safety and Health Standards",
    "ISO 45001:2018 Occupational health and safety",
]
ARCHIVES = (
    "### Archives\n\n* [June 2025](https://x.example.com/2025/06/) (42)\n* [May 2025](https://x.example.com/2025/05/) (57)\n\n"
    "### Categories\n\n* [Operations & Safety](https://x.example.com/category/ops/) (118)\n"
    "* [Salary Guides](https://x.example.com/salary-guides/) (96)\n"
)
SITE_LINKS = ["June 2025 (42)", "May 2025 (57)", "Operations & Safety (118)", "Salary Guides (96)"]


def _kept(text: str) -> list[str]:
    """The texts of the article's blocks, in every section and sub-section, wherever a parser put them."""
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")

    def walk(section: dict[str, Any]) -> list[str]:
        own = [block["text"] for block in section.get("blocks", [])]
        return own + [text for sub in section.get("subsections", []) for text in walk(sub)]

    return [text for section in extraction.document["sections"] for text in walk(section)]


def _page(tail: str) -> str:
    return TITLE + HEAD.format(banner="") + SCORECARD + tail


def test_a_list_of_links_under_a_sources_heading_is_the_articles() -> None:
    kept = _kept(_page("## Sources and further reading\n\n" + SOURCES + ARCHIVES))
    assert [text for text in kept if text in CITED] == CITED
    assert not set(kept) & set(SITE_LINKS)


def test_a_references_list_in_a_section_of_its_own_is_the_articles() -> None:
    kept = _kept(_page("## 21) References\n\n" + SOURCES))
    assert [text for text in kept if text in CITED] == CITED


def test_a_sources_list_under_a_lead_line_or_a_lead_paragraph_is_the_articles() -> None:
    lead = "The ranges and duties above draw on these regulators' and standards bodies' own publications:\n\n"
    assert [t for t in _kept(_page("### Further reading\n\n" + lead + SOURCES)) if t in CITED] == CITED
    assert [t for t in _kept(_page("**Sources:**\n\n" + SOURCES)) if t in CITED] == CITED


def test_a_list_of_links_under_another_heading_is_still_a_menu() -> None:
    for heading in ("## Useful links\n\n", "### Resources\n\n", "## Recommended for you\n\n", ""):
        kept = _kept(_page(heading + SOURCES + ARCHIVES))
        assert not set(kept) & set(CITED + SITE_LINKS), heading


def test_a_sources_heading_does_not_keep_a_list_two_paragraphs_below_it() -> None:
    lead = "These are long paragraphs of prose that talk about the role and its context at some length.\n\n"
    kept = _kept(_page("## Sources and further reading\n\n" + lead + lead + SOURCES))
    assert not set(kept) & set(CITED)
