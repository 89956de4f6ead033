"""A Roam Research page exported as markdown, made into the outline the outliner reader (outliner.py) reads.

Roam's "Export → Markdown" writes every block as a "- " bullet nested by four spaces, like Logseq, but with
its own marks the outliner does not know: a table is a "{{[[table]]}}" bullet whose children are the first
column's cells, each cell's one child the next column's cell; a bold-only bullet over its children
("- **Daily activities**") is the section's sub-heading as the page shows it; and the page ends with "Linked
References", other pages' blocks that mention this one (the app's, not the article's).

:func:`roam_as_markdown` rewrites those in place, every line as long as it was or a table over its own span
(markuplines.write_span), so offsets stay true: a table into "- | a | b |" rows (the outliner keeps a "|"
block at the margin), a bold sub-heading into "- ### Title", the linked references into blank lines. Links,
tags, block references, TODO/DONE markers and highlights are the outliner's to unwrap.
"""

from __future__ import annotations

import re

from .markuplines import join_lines, pipe_row, split_lines, write_span
from .noise import is_ad_label

__all__ = ["roam_as_markdown"]

# Roam's marks, any one of them telling a bullet page is Roam's: a macro "{{[[table]]}}", "{{[[TODO]]}}", an
# attribute bullet "- Source:: ..." on the first line, the linked references' bullet at the margin.
_ROAM_MACRO = "{{[["
_ATTRIBUTE_BULLET = re.compile(r"- [A-Za-z][\w ]{0,40}::[ \t]")
_REFERENCES = re.compile(r"^- (?:Linked|Unlinked) References[ \t]*$", re.M)
_TABLE = "{{[[table]]}}"
# A bold-only bullet, "**Strategic responsibilities**": a sub-heading when it holds blocks.
_BOLD_BULLET = re.compile(r"- \*\*([^*\n]+)\*\*")
# Roam's block reference, its nine-character uid: "((Zp4wR8nLc))" (the outliner knows Logseq's uuid ones).
_BLOCK_REFERENCE = re.compile(r"[ \t]?\(\([\w-]{9}\)\)")


def roam_as_markdown(text: str) -> str:
    """The page with Roam's tables, bold sub-headings and linked references made into the outliner's markdown
    if it is a Roam export, else the page as it is. Every line keeps its length, a table its span.

    >>> page = "- ## A\\n    - **B**\\n        - {{[[table]]}}\\n            - x\\n                - y\\n"
    >>> print(roam_as_markdown(page + "            - 1\\n                - 2").rstrip())
    - ## A
        - ### B
            - | x | y |
            - |-|-|
            - | 1 | 2 |
    """
    if not _is_roam(text):
        return text
    bodies, ends = split_lines(text)
    end = _references_line(text, bodies)
    for i in range(end, len(bodies)):
        bodies[i] = " " * len(bodies[i])
    i = 0
    while i < end:
        body = bodies[i]
        stripped = body.lstrip(" ")
        if stripped == "- " + _TABLE:
            i = _write_table(bodies, ends, i, end)
            continue
        if body[:2] == "- " and is_ad_label(body[2:]):
            i = _blank_block(bodies, i, end)  # a clipped ad: the label's bullet and the ad's blocks under it
            continue
        if "((" in body:
            body = bodies[i] = _BLOCK_REFERENCE.sub("", body).ljust(len(body))
        if stripped[:4] == "- **" and _BOLD_BULLET.fullmatch(stripped) and _holds_blocks(bodies, i, end):
            indent = len(body) - len(stripped)
            bodies[i] = (body[:indent] + "- ### " + stripped[4:].rstrip("*")).ljust(len(body))
        i += 1
    return join_lines(bodies, ends)


def _is_roam(text: str) -> bool:
    """A bullet page (first characters "- ") with a Roam mark: a page opening with anything else costs a look at
    its first two characters."""
    if text[:2] != "- ":
        return False
    return (
        _ROAM_MACRO in text
        or _ATTRIBUTE_BULLET.match(text) is not None
        or _REFERENCES.search(text) is not None
    )


def _references_line(text: str, bodies: list[str]) -> int:
    """The line of the "Linked References" bullet, where the page's own blocks end (the line count if none)."""
    found = _REFERENCES.search(text)
    return text.count("\n", 0, found.start()) if found else len(bodies)


def _indent(body: str) -> int:
    return len(body) - len(body.lstrip(" "))


def _holds_blocks(bodies: list[str], i: int, end: int) -> bool:
    """Whether the bullet on line i has a child bullet (the next non-blank line indented past it)."""
    for k in range(i + 1, end):
        if bodies[k].strip():
            return _indent(bodies[k]) > _indent(bodies[i])
    return False


def _block_end(bodies: list[str], i: int, end: int) -> int:
    """The line after the bullet on line i and the blocks under it."""
    indent = _indent(bodies[i])
    j = i + 1
    while j < end and (not bodies[j].strip() or _indent(bodies[j]) > indent):
        j += 1
    return j


def _blank_block(bodies: list[str], i: int, end: int) -> int:
    """Blank the bullet on line i and the blocks under it; the line after them."""
    j = _block_end(bodies, i, end)
    for k in range(i, j):
        bodies[k] = " " * len(bodies[k])
    return j


def _write_table(bodies: list[str], ends: list[str], i: int, end: int) -> int:
    """Rewrite the tree table whose "{{[[table]]}}" bullet is on line i as pipe-row bullets over its span; the
    line after the table. A row is a first-column cell and the chain of its first children; the first row is
    the header, a separator row after it."""
    indent = _indent(bodies[i])
    j = _block_end(bodies, i, end)
    rows: list[list[str]] = []
    row_indent = indent + _step(bodies, i)  # a first-column cell's; the next columns' are deeper
    for k in range(i + 1, j):
        body = bodies[k]
        if not body.strip():
            continue
        cell = body.strip()[2:].strip().replace("|", "/")  # a "|" in a cell would split it
        if _indent(body) <= row_indent or not rows:
            rows.append([cell])
        else:
            rows[-1].append(cell)
    if not rows:
        return j
    width = max(map(len, rows))
    lead = " " * indent + "- "
    lines = [lead + pipe_row(row + [""] * (width - len(row))) for row in rows]
    lines.insert(1, lead + pipe_row(["-"] * width, compact=True))
    write_span(bodies, ends, i, j, lines)  # a span too short for its rows (never seen) is left as it is
    return j


def _step(bodies: list[str], i: int) -> int:
    """The indentation step under the bullet on line i (Roam's is four spaces)."""
    for body in bodies[i + 1 :]:
        if body.strip():
            return max(1, _indent(body) - _indent(bodies[i]))
    return 4
