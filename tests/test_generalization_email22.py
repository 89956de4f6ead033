"""Synthetic snippets modelled on unseen pages of the family: the text/plain part of a Mailchimp-style
newsletter that mailed a whole blueprint ("** " heading markers, lines hard-wrapped at a fixed width,
two-column " | " rows without outer pipes, sponsor and reader-comment blocks around the article)."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.textblocks import text_to_pieces

_TITLE = "** Sustainability Program Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"


def email_document(body: str) -> dict[str, Any]:
    (extraction,) = extract((_TITLE + body).encode("utf-8"), name="snippet.txt")
    assert extraction.document is not None, extraction
    return extraction.document


def test_mailchimp_star_marker_lines_are_headings():
    document = email_document(
        "** 1) Role Summary\n\nThe manager delivers the company's sustainability programs.\n\n"
        "** 2) Role Mission\n\nCore mission:\nTurn commitments into programs.\n\n"
        "** 3) Core Responsibilities\n\nStrategic responsibilities\n\n1. Maintain the decarbonization roadmap\n"
    )
    fields = document["fields"]
    assert fields["role_summary"]["paragraphs"] == ["The manager delivers the company's sustainability programs."]
    assert [item["title"] for item in fields["responsibilities"]["items"]] == ["Maintain the decarbonization roadmap"]


def test_star_marker_needs_no_closing_pair_and_leaves_bold_and_bullets_alone():
    pieces = text_to_pieces("** SPONSORED\n\n* an item\n\n**Bold lead** and the rest of the line.\n\n** a **\n")
    assert [(piece.block.kind.value, piece.block.text) for piece in pieces] == [
        ("heading", "SPONSORED"),
        ("list_item", "an item"),
        ("paragraph", "Bold lead and the rest of the line."),
        ("paragraph", "** a **"),
    ]
