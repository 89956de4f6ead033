"""Layout rules every form shares: inline lists and flattened nesting."""

from __future__ import annotations

import re

import pytest

from pipeline.blocks import Block
from pipeline.layout import Piece, _dash_separators, infer_nesting, split_inline_list


def _split(text: str) -> list[tuple[str, str, int | None]]:
    return [(p.block.kind.value, p.block.text, p.block.depth) for p in split_inline_list(Block.paragraph(text, 0, len(text)))]


def test_lead_with_colon_and_dash_items() -> None:
    assert _split("Primary outcomes expected: – Working prototypes – Reliable decisions") == [
        ("paragraph", "Primary outcomes expected:", None),
        ("list_item", "Working prototypes", 0),
        ("list_item", "Reliable decisions", 0),
    ]


def test_lowercase_run_nests_under_a_colon_item() -> None:
    assert _split("Exercise A (2 hours) – Input: a dataset. – Tasks: – build a baseline, – write a memo. – Evaluation: clarity.") == [
        ("paragraph", "Exercise A (2 hours)", None),
        ("list_item", "Input: a dataset.", 0),
        ("list_item", "Tasks:", 0),
        ("list_item", "build a baseline,", 1),
        ("list_item", "write a memo.", 1),
        ("list_item", "Evaluation: clarity.", 0),
    ]


def test_inline_numbered_run_after_a_colon() -> None:
    pieces = split_inline_list(Block.paragraph("Needs two things: 1. Scope: more. 2. Depth: deeper.", 0, 50))
    assert [(p.block.text, p.block.number) for p in pieces] == [
        ("Needs two things:", None),
        ("Scope: more.", 1),
        ("Depth: deeper.", 2),
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "The role – which is new – matters a lot.",
        "Compare heart hospitals by city and services — all in one place.",
        "A sentence without any dash at all.",
        "Range 2 – 3 weeks is typical.",
    ],
)
def test_prose_with_dashes_stays_one_paragraph(prose: str) -> None:
    assert _split(prose) == [("paragraph", prose, None)]


@pytest.mark.parametrize(
    "prose",
    [
        "Outcomes: – Working prototypes –  – Reliable decisions",  # an empty segment
        "Outcomes: – Working prototypes – reliable decisions",  # a lowercase item with no open parent
        "Tasks: – Build a baseline: – propose a plan – ",  # the last segment is empty
    ],
)
def test_an_empty_or_lowercase_segment_keeps_the_paragraph(prose: str) -> None:
    assert _split(prose) == [("paragraph", prose, None)]


def test_dash_items_keep_their_offsets() -> None:
    text = "Lead: – Alpha  –  Beta"
    pieces = split_inline_list(Block.paragraph(text, 10, 10 + len(text)))
    assert [(p.block.text, p.block.start, p.block.end) for p in pieces] == [
        ("Lead:", 10, 15),
        ("Alpha", 18, 23),  # up to the next separator
        ("Beta", 28, 32),
    ]


def test_bulleted_inline_list_after_a_colon() -> None:
    text = "Typical interaction teams: Finance • Marketing  •  Product Operations"
    pieces = split_inline_list(Block.paragraph(text, 10, 10 + len(text)))
    assert [(p.block.kind.value, p.block.text, p.block.start, p.block.end, p.block.marker) for p in pieces] == [
        ("paragraph", "Typical interaction teams:", 10, 36, None),
        ("list_item", "Finance", 37, 44, "•"),
        ("list_item", "Marketing", 47, 56, "•"),
        ("list_item", "Product Operations", 61, 79, "•"),
    ]


def test_bulleted_inline_list_whose_first_bullet_follows_the_colon() -> None:
    assert _split("Prior roles: · Reporting Analyst · BI Developer") == [
        ("paragraph", "Prior roles:", None),
        ("list_item", "Reporting Analyst", 0),
        ("list_item", "BI Developer", 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Top-rated programs • Flexible schedules • Career support",  # an ad's line: no lead
        "By Rajesh Kumar · March 14, 2026 · 14 min read",  # a byline
        "Email: contact@example.com · Phone: +91 700 000 0000",  # a contact box: an item starts lowercase
        "Teams: Finance • ",  # one item only
    ],
)
def test_bullet_joined_line_without_a_lead_and_items_stays_one_paragraph(line: str) -> None:
    assert _split(line) == [("paragraph", line, None)]


def _items(*texts: str) -> list[Piece]:
    return [Piece(Block.list_item(t, 0, 1, 0, "•"), 0.0) for t in texts]


def test_flattened_children_of_a_colon_item_are_nested() -> None:
    pieces = infer_nesting(
        _items(
            "Write and refine code for:",
            "data extraction pipelines,",
            "model training and evaluation,",
            "metric computation and reporting.",
            "Respond to stakeholder questions asynchronously.",
        )
    )
    assert [p.block.depth for p in pieces] == [0, 1, 1, 1, 0]


def test_enumeration_keeps_its_capitalised_last_member() -> None:
    pieces = infer_nesting(
        _items("Final decisions are made by:", "Senior Scientist (methodology),", "PM (tradeoffs),", "Engineering lead (constraints).", "Next point.")
    )
    assert [p.block.depth for p in pieces] == [0, 1, 1, 1, 0]


def test_items_without_a_colon_parent_stay_flat() -> None:
    pieces = infer_nesting(_items("Cloud-first setup.", "GPU pools", "Storage."))
    assert [p.block.depth for p in pieces] == [0, 0, 0]


def test_new_piece_builds_the_same_named_tuple() -> None:
    from pipeline.layout import new_piece

    block = Block.paragraph("Text", 0, 4)
    piece = new_piece((block, 0.5))
    assert type(piece) is Piece and piece == Piece(block, 0.5)
    assert (piece.block, piece.link_ratio) == (block, 0.5)


@pytest.mark.parametrize(
    "text",
    ["Lead: – a – b", "a  –\tb", "a – – b", "a –b – c", "a– b", "–", " – ", "a (x – y) – b", "a\u00a0–\u2028b", "a –  – b –"],
)
def test_dash_separators_are_the_inline_separator_pattern_spans(text: str) -> None:
    """_dash_separators gives the spans re.finditer(r"\\s+–\\s+") gives: the spaces on both sides, not those taken."""
    assert _dash_separators(text) == [match.span() for match in re.finditer(r"\s+–\s+", text)]
