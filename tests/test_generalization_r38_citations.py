"""Round 38: crawl4ai's markdown_with_citations, a link written "text⟨N⟩" and its URL in a "## References" block.

crawl4ai replaces each "[Figma](https://www.figma.com/)" by "Figma⟨33⟩" and an image "![alt](src)" by
"![alt⟨7⟩]", then lists "⟨33⟩ https://www.figma.com/: Figma" under "## References". The marks were kept in every
field ("Figma⟨33⟩" a tool apart from "Figma"); they go as a link's URL does, and the References block stays out.
The page (nav, breadcrumb, share bar, a cited table of contents, a dental ad, newsletter, comments, sidebar, footer)
is frozen as tests/unseen/ux-designer-crawl4ai.synthetic.md with its answer key; the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract

PAGE = Path(__file__).resolve().parent / "unseen" / "ux-designer-crawl4ai.synthetic.md"
_MARKDOWN = (
    "Home⟨1⟩ » Design⟨2⟩ » Test Role\n"
    "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "![Cover for the Test Role blueprint⟨3⟩]\n"
    "## 1) Role Summary\nThe Test Role does this work for the business with several teams.\n\n"
    "## 2) Role Mission\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "{body}\n"
    "## References\n\n"
    "⟨1⟩ https://example.test/: Home\n⟨2⟩ https://example.test/design/: Design\n"
    "⟨3⟩ https://example.test/cover.webp: Cover for the Test Role blueprint\n"
    "⟨4⟩ https://www.figma.com/: Figma\n⟨5⟩ https://miro.com/: Miro\n⟨6⟩ https://dovetail.com/: Dovetail\n"
)
_TOOLS = (
    "## 10) Tools, Platforms, and Software\n"
    "| Category | Tool, platform, or software | Primary use | Common / Optional / Context-specific |\n"
    "|---|---|---|---|\n"
    "| Design | Figma⟨4⟩ | UI design and prototyping | Common |\n"
    "| Design | FigJam⟨7⟩ / Miro⟨5⟩ | Workshops and journey maps | Common |\n"
    "| Research | Screen readers (VoiceOver, NVDA) | Manual testing | Optional |\n"
)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract(_MARKDOWN.format(body=body).encode(), name="snippet.md")
    return extraction.document["fields"]


def _document_strings(body: str) -> list[str]:
    (extraction,) = extract(_MARKDOWN.format(body=body).encode(), name="snippet.md")
    return all_strings(extraction.document["fields"]) + all_strings(extraction.document["sections"])


def test_synthetic_a_cited_tool_is_named_without_its_mark() -> None:
    fields = _fields(_TOOLS)
    names = [[tool["name"] for tool in row["tools"]] for row in fields["tools"]["rows"]]
    assert names == [["Figma"], ["FigJam", "Miro"], ["Screen readers"]]
    assert [row["prevalence"] for row in fields["tools"]["rows"]] == ["common", "common", "optional"]


def test_synthetic_no_mark_and_no_reference_is_left_anywhere() -> None:
    body = (
        _TOOLS + "\n## 3) Core Responsibilities\n### Strategic responsibilities\n"
        "  1. **Integrate research insights⟨8⟩**\n   – Synthesize findings in Dovetail⟨6⟩ into design implications.\n"
        "  2. **Ensure accessibility conformance**\n   – Design to WCAG 2.2⟨9⟩ AA as the baseline.\n"
    )
    strings = _document_strings(body)
    text = "\n".join(strings)
    assert "⟨" not in text and "⟩" not in text
    for noise in ("https://", "References", "Cover for the Test Role", "![", "»"):
        assert noise not in text, noise
    details = [item["detail"] for item in _fields(body)["responsibilities"]["items"]]
    assert details == [
        "Synthesize findings in Dovetail into design implications.",
        "Design to WCAG 2.2 AA as the baseline.",
    ]


def test_synthetic_marks_in_list_items_and_nested_items_go() -> None:
    body = (
        "## 4) Day-to-Day Activities\n### Daily activities\n"
        "  * Hands-on design work on the hardest flows:\n"
        "    * wireframes in FigJam⟨7⟩,\n    * screens and states in Figma⟨4⟩,\n"
        "  * Answer engineering questions in Slack⟨10⟩ threads.\n"
    )
    text = "\n".join(all_strings(_fields(body)["day_to_day"]))
    assert "⟨" not in text
    assert "Answer engineering questions in Slack threads." in text
    assert "screens and states in Figma" in text


def test_synthetic_a_cited_image_reads_nothing_and_a_linked_one_is_an_image() -> None:
    body = (
        "## 5) Key Deliverables\n### Design artifacts\n"
        "  * Journey maps with friction scoring. ![Journey map sample⟨11⟩]\n"
        "  * Interactive prototypes for usability testing. ![Prototype screen⟨12⟩](https://example.test/p.png)\n"
    )
    text = "\n".join(all_strings(_fields(body)["deliverables"]))
    assert "Journey maps with friction scoring." in text
    assert "Interactive prototypes for usability testing." in text
    for noise in ("⟨", "Journey map sample", "Prototype screen", "![", "https://"):
        assert noise not in text, noise


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    (extraction,) = extract(PAGE)
    assert extraction.blueprint.role.title == "Staff Product Designer"
    return extraction.document


def test_the_page_keeps_no_citation_mark(document: dict[str, Any]) -> None:
    strings = all_strings(document["fields"]) + all_strings(document["sections"])
    assert not [s for s in strings if "⟨" in s or "⟩" in s]


def test_the_pages_tools_are_named_as_the_key_names_them(document: dict[str, Any]) -> None:
    fields = document["fields"]
    rows = fields["tools"]["rows"]
    assert len(rows) == 22
    names = [[tool["name"] for tool in row["tools"]] for row in rows]
    assert names[:5] == [["Figma"], ["FigJam", "Miro"], ["ProtoPie"], ["Framer"], ["Lottie", "After Effects"]]
    assert ["Jira", "Linear"] in names and ["Notion", "Confluence"] in names and ["Optimizely"] in names
    skills = {skill["name"]: skill for skill in fields["technical_skills"]["skills"]}
    assert skills["Prototyping"]["tools"] == ["Figma", "ProtoPie"]
    assert skills["Motion design"]["tools"] == ["Lottie"]
    assert fields["scorecard"]["top_tools"][0] == "Figma"
    assert len(fields["scorecard"]["top_tools"]) == 10


def test_the_pages_cited_prose_reads_as_written(document: dict[str, Any]) -> None:
    fields = document["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 22
    assert items[9]["detail"] == (
        "Propose, build, and document new components and patterns in Figma and coordinate their implementation in "
        "Storybook."
    )
    assert items[11]["detail"].startswith("Design to WCAG 2.2 AA as the baseline;")
    kpis = {row["name"]: row for row in fields["kpis"]["rows"]}
    assert len(kpis) == 12
    measures = kpis["Experiment win rate (design-led)"]["what_it_measures"]
    assert measures.endswith("positive significant results in Optimizely")
    deliverables = [item["name"] for item in fields["deliverables"]["items"]]
    assert "New or updated design system components with usage documentation in Zeroheight" in deliverables


_PAGE_NOISE = (
    "Skip to content", "Salary Guides", "»", "By Priya Raman", "19 min read", "Table of Contents", "Sponsored",
    "BrightSmile", "Book a Free Consultation", "Sign me up", "The Role Atlas Weekly", "Marta Kowalczyk",
    "Leave a Reply", "Post Comment", "(312)", "RoleAtlas Media", "+91 80", "https://", "![", "**", "References",
)  # fmt: skip


def test_the_pages_noise_and_references_stay_out(document: dict[str, Any]) -> None:
    text = "\n".join(all_strings(document["fields"]) + all_strings(document["sections"]))
    for noise in _PAGE_NOISE:
        assert noise not in text, noise


def test_synthetic_angle_brackets_that_cite_nothing_stay() -> None:
    # A mark is a number in the brackets glued to its text; an inner product or a spaced "⟨2⟩" is the author's.
    body = (
        "## 4) Day-to-Day Activities\n### Daily activities\n"
        "  * Check the score ⟨x, y⟩ of each candidate match.\n  * Rank the top matches ⟨2⟩ by hand.\n"
    )
    items = [item["text"] for item in _fields(body)["day_to_day"]["daily"]["items"]]
    assert items == ["Check the score ⟨x, y⟩ of each candidate match.", "Rank the top matches ⟨2⟩ by hand."]
