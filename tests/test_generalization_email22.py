"""Synthetic snippets modelled on unseen pages of the family: the text/plain part of a Mailchimp-style
newsletter that mailed a whole blueprint ("** " heading markers, lines hard-wrapped at a fixed width,
two-column " | " rows without outer pipes, sponsor and reader-comment blocks around the article)."""

from __future__ import annotations

import textwrap
from typing import Any

from pipeline import extract
from pipeline.dumps import is_terminal_dump, unwrap_dump
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


_PROSE = (
    "The Sustainability Program Manager plans, coordinates and delivers the company's environmental and social "
    "sustainability programs across a software and IT organization: greenhouse gas accounting, cloud and "
    "data-center energy efficiency, supplier engagement, sustainability disclosures and internal engagement. "
)


def _wrapped(text: str, indent: str = "", hanging: str = "") -> str:
    return "\n".join(textwrap.wrap(text, 72, initial_indent=indent, subsequent_indent=hanging, break_on_hyphens=False))


def _wrapped_email(tail: str) -> str:
    """A text/plain email part wrapped at 72 columns, its link lines and pipe rows written whole."""
    return (
        "View this email in your browser (https://mailchi.mp/rolecraft-weekly/sustainability-program-manager?e=7f31)\n\n"
        + "\n\n".join(_wrapped(_PROSE * 2) for _ in range(12))
        + "\n\n"
        + tail
    )


def test_hard_wrapped_email_with_long_link_lines_and_pipe_rows_is_unwrapped():
    rows = "".join(f"Metric {n} | What metric {n} measures across all the programs | Why it matters a lot | Monthly\n" for n in range(6))
    page = _wrapped_email(
        "Typical reporting line: Reports to the Head of Sustainability or\nDirector of ESG.\n\n"
        + _wrapped("Maintain the decarbonization roadmap and its levers with their owners, costs and abatement", "1. ", "   ")
        + "\n"
        + _wrapped("– Sequence reduction levers (renewable energy procurement, cloud region choice) with owners.", "   ", "     ")
        + "\n\nCategory\nTool\n\nCloud carbon tools\n"
        "AWS Customer Carbon Footprint Tool / Microsoft Emissions Impact Dashboard / Google Cloud Carbon Footprint\n"
        "Provider-reported cloud emissions\n\n" + rows
    )
    assert is_terminal_dump(page)
    lines = unwrap_dump(page).split("\n")
    assert "Typical reporting line: Reports to the Head of Sustainability or Director of ESG." in lines
    assert "1. Maintain the decarbonization roadmap and its levers with their owners, costs and abatement" in lines
    assert (
        "   – Sequence reduction levers (renewable energy procurement, cloud region choice) with owners." in lines
    )
    assert "Provider-reported cloud emissions" in lines  # a cell past the width is no wrapped line
    assert sum(line.startswith("Metric ") for line in lines) == 6  # pipe rows stay one a line
    assert "Category" in lines and "Tool" in lines


def test_page_written_a_paragraph_a_line_is_not_unwrapped():
    page = "\n\n".join(_PROSE for _ in range(10)) + "\n\nTypical interaction teams:\n\n* Finance\n* Procurement\n"
    assert not is_terminal_dump(page)


def test_label_rows_without_outer_pipes_or_rule_are_a_two_column_table():
    fields = email_document(
        "** 1) Role Summary\n\nThe manager delivers the company's sustainability programs.\n\n"
        "** 20) Final Role Scorecard Summary\n\nItem | Summary\nRole title | Sustainability Program Manager\n"
        "Top KPIs | Emissions reduction; renewable share\n"
    )["fields"]
    scorecard = fields["scorecard"]
    assert scorecard["header"] == ["Item", "Summary"]
    assert scorecard["role_title"] == "Sustainability Program Manager"
    assert scorecard["top_kpis"] == ["Emissions reduction", "renewable share"]
    assert scorecard["notes"] == []


def test_two_label_rows_or_a_prose_aside_stay_paragraphs():
    pieces = text_to_pieces(
        "Role title | Program Manager\nTop KPIs | Emissions\n\n"
        "The team splits the budget between cloud and travel as agreed | then reports it\nA | b\nC | d\n"
    )
    assert [piece.block.kind.value for piece in pieces] == ["paragraph"] * 5


def test_sponsor_block_and_reader_comments_after_the_last_section_are_dropped():
    document = email_document(
        "** 1) Role Summary\n\nThe manager delivers the company's sustainability programs.\n\n"
        "** 20) Final Role Scorecard Summary\n\nItem | Summary\nRole title | Sustainability Program Manager\n"
        "Top KPIs | Emissions reduction; renewable share\n\n"
        "** From our sponsors\n\nLedgerLoop – close payroll in one run. Try it free\n"
        "(https://ledgerloop.example.com/?utm_source=rolecraft)\n\n"
        "** What readers said last week\n\n\"Used the DevOps Manager scorecard in our calibration session.\" – Priya, HRBP\n\n"
        "Join the discussion on the blog\n(https://rolecraft.example.com/blog/spm/#comments)\n"
        "– 0 Comments so far. Would love your thoughts, please comment.\n"
    )
    (last,) = [section for section in document["sections"] if section["number"] == 20]
    assert last.get("subsections") == [] and [block["kind"] for block in last["blocks"]] == ["table"]
    assert document["fields"]["scorecard"]["notes"] == []


def test_sponsor_named_in_prose_is_no_ad_label():
    document = email_document(
        "** 1) Role Summary\n\nThe manager briefs our sponsors in the executive team every quarter.\n"
    )
    assert document["fields"]["role_summary"]["paragraphs"] == [
        "The manager briefs our sponsors in the executive team every quarter."
    ]
