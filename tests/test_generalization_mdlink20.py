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
