"""The sections the kept pieces open, derived from those of all the pieces, as reading the kept pieces again finds them."""

from __future__ import annotations

import random

from pipeline.blocks import Block
from pipeline.layout import Piece
from pipeline.sections import find_section_starts, section_specs, starts_after_cut


def _heading(text: str, level: int = 2) -> Piece:
    return Piece(Block.heading(text, 0, len(text), level), 0.0)


def _paragraph(text: str) -> Piece:
    return Piece(Block.paragraph(text, 0, len(text)), 0.0)


def _item(text: str) -> Piece:
    return Piece(Block.list_item(text, 0, len(text), 0, "-"), 0.0)


# Every kind of candidate whose dropping may change the starts: known headings and paragraphs, numbered
# or not; unknown headings at and below section level, numbered (a list styled as headings, or the next
# section) or not, some a known sub-heading; a page title and menu lines before the first section.
_POOL = [
    *(
        _heading(f"{n}) {title}")
        for n, title in [
            (1, "Role Summary"),
            (2, "Role Mission"),
            (3, "Core Responsibilities"),
            (7, "KPIs and Productivity Metrics"),
        ]
    ),
    *(
        _heading(title)
        for title in ["Role Summary", "Key Deliverables", "Goals and Milestones", "Section 8: Goals and Milestones"]
    ),
    *(_paragraph(title) for title in ["Key Deliverables", "7) KPIs and Productivity Metrics", "Role Mission"]),
    *(_heading(f"{n}) Step {n}") for n in (1, 2, 3, 4, 5, 21)),
    *(_heading(title) for title in ["Data deliverables", "Strategic responsibilities", "Leave a comment", "Menu"]),
    _heading("Strategic responsibilities", 3),
    _heading("4) Step 4", 3),
    _heading("Data Engineer: Role Blueprint", 1),
    _paragraph("Subscribe Now"),
    _paragraph("Owns the data platform."),
    _paragraph("Data Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and"),  # a title wrapped in print
    _item("Keep data flowing."),
]


def test_the_starts_after_any_cut_are_those_of_the_kept_pieces() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        page = rng.choices(_POOL, k=rng.randint(4, 24))
        starts = find_section_starts(page)
        for _ in range(4):
            drop = rng.choice([0.1, 0.3, 0.6])
            kept = [k for k in range(len(page)) if rng.random() > drop]
            assert starts_after_cut(page, starts, kept) == find_section_starts([page[k] for k in kept])


def test_sections_are_numbered_from_one() -> None:
    # starts_after_cut drops what lies before the first section unread: the first known candidate opens it.
    assert min(spec.number for spec in section_specs().values()) >= 1


def test_dropping_a_known_title_out_of_order_may_change_the_starts() -> None:
    # Without the "Role Mission" line, most known sections are numbered: an unnumbered heading opens none.
    page = [
        _heading("1) Role Summary"),
        _heading("2) Role Mission"),
        _heading("Goals and Milestones"),
        _paragraph("Role Mission"),
        _heading("Team rituals"),
    ]
    starts = find_section_starts(page)
    kept = [0, 1, 2, 4]
    assert [s.index for s in starts] == [0, 1, 2, 4]
    assert starts_after_cut(page, starts, kept) == find_section_starts([page[k] for k in kept])
    assert [s.index for s in starts_after_cut(page, starts, kept)] == [0, 1, 2]


def test_dropping_a_numbered_heading_of_a_list_may_change_the_starts() -> None:
    # "3) Step 3" continues the list "1)", "2)" under section 2; without "2) Step 2" it reads as section 3.
    page = [
        _heading("1) Role Summary"),
        _heading("2) Role Mission"),
        _heading("1) Step 1"),
        _heading("2) Step 2"),
        _heading("3) Step 3"),
    ]
    starts = find_section_starts(page)
    kept = [0, 1, 2, 4]
    assert [s.index for s in starts] == [0, 1]
    assert starts_after_cut(page, starts, kept) == find_section_starts([page[k] for k in kept])
    assert [s.index for s in starts_after_cut(page, starts, kept)] == [0, 1, 3]
