"""Pages that hold several posts one after another: what a site's "auto-load next post" (infinite scroll) saves.

Such a scrape holds the post, its comments and related posts, "Loading next post...", then the next post whole:
its title line ("Patient Access Manager: Role Blueprint, ..."), byline, ads and its own sections from "1)" again.
Read as one page, the two roles' sections fell into one record. Each post is read as a page of its own instead.

A post starts again where the outline does: a heading of the outline's first section after the page reached a
late one, with a title line of the family (or an <h1>) between the two. The run of sections before and the one
after are each a blueprint of their own, with something under their headings. A page that merely repeats a
heading has no title line before it, and a table of contents no text under its lines. A post that repeats an
earlier one whole (a crawler's double capture) is found by what it says, after reading (extraction.py).
"""

from __future__ import annotations

from .layout import Piece
from .noise import find_title
from .sections import SectionStart

__all__ = ["next_post_starts"]

_FIRST_SECTION = 1  # the outline's first section: role summary
# The last post reached this section at least: well past a table of contents' opening lines or a section that
# quotes another's heading.
_LATE_SECTION = 10
_POST_SECTIONS = 3  # sections with content a run needs to be a post of its own (as a page needs to be a blueprint)


def next_post_starts(pieces: list[Piece], starts: list[SectionStart]) -> list[int]:
    """Where each post after the page's first begins (the piece index of its title), in order; [] for a page of
    one post, as nearly every page is."""
    # The cheap test first: the outline's first section opens twice at least.
    if sum(1 for start in starts if _opens_outline(start)) < 2:
        return []
    titles: list[int] = []
    runs: list[list[SectionStart]] = [[]]
    reached = 0  # the furthest section of the post read so far
    for start in starts:
        spec = start.match.spec
        if _opens_outline(start) and reached >= _LATE_SECTION:
            title = _title_before(pieces, runs[-1][-1].index, start.index)
            if title is not None:
                titles.append(title)
                runs.append([])
                reached = 0
        runs[-1].append(start)
        reached = max(reached, spec.number if spec is not None else 0)
    if not titles or not all(_holds_post(run, ends) for run, ends in zip(runs, [*titles, len(pieces)])):
        return []
    return titles


def _opens_outline(start: SectionStart) -> bool:
    spec = start.match.spec
    return spec is not None and spec.number == _FIRST_SECTION


def _title_before(pieces: list[Piece], after: int, index: int) -> int | None:
    """The piece index of the last post title between the last section's heading and a restart: the related
    posts' teasers before it are titled like posts too, the post's own title comes last."""
    for k in range(index - 1, after, -1):
        if find_title(pieces[k : k + 1]) is not None:
            return k
    return None


def _holds_post(run: list[SectionStart], end: int) -> bool:
    """Whether a run of section starts ending before piece ``end`` is a blueprint's: enough sections of the
    outline with something under their headings (a table of contents' lines follow one another)."""
    ends = [start.index for start in run[1:]] + [end]
    filled = sum(1 for start, stop in zip(run, ends) if start.match.spec is not None and stop > start.index + 1)
    return filled >= _POST_SECTIONS
