"""A Google Docs document downloaded as plain text (File → Download → Plain text): its comments.

Docs writes each comment's anchor where the commented text ends, a letter in brackets glued to the word
("...of forecast[a]", "...quantitative role.[b]"), and the comments themselves at the end of the page, one a
line under the same letter ("[a]Check whether ±10% is realistic ..."). Neither is the document's text: the
text reader cuts them out as it does HTML comments (textblocks._uncommented). An anchor is one only when the
page ends with its comment: a bracketed letter in prose ("option [a] or [b]") stays.
"""

from __future__ import annotations

import re

__all__ = ["docs_comment_spans"]

# A comment line, "[a]Comment text" or "[ab]...": Docs labels its comments a, b, ... z, aa, ab, ... Not a
# markdown link definition, "[a]: https://...".
_COMMENT = re.compile(r"\[([a-z]{1,2})\](?!:)\S")
# An anchor, glued to the text it closes: "forecast[a]", "role.[b]", a second one after the first "[a][b]".
_ANCHOR = re.compile(r"(?<=\S)\[([a-z]{1,2})\]")
_SPACE = " \t\r\n\f\v"
_SPACE_STEPS = 16  # a page ends with a line end or two: a longer run of spaces is stripped at C speed


def docs_comment_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets, in order, of a Docs export's comment anchors and of its comments at the page's
    end (one span from the first comment on); [] for a page that does not end with a comment line.

    Any other page costs a look at its last line.
    """
    labels: set[str] = set()
    first = end = len(text)
    while True:
        end = _content_end(text, end)
        start = text.rfind("\n", 0, end) + 1
        comment = _COMMENT.match(text, start, end) if end else None
        if comment is None:
            break
        labels.add(comment.group(1))
        first = end = start
    if not labels:
        return []
    anchors = [anchor.span() for anchor in _ANCHOR.finditer(text, 0, first) if anchor.group(1) in labels]
    return [*anchors, (first, len(text))]


def _content_end(text: str, end: int) -> int:
    """The offset just past the last character before ``end`` that is no space: a step or two back on most pages,
    with no copy of the page (str.rstrip makes one)."""
    stop = end
    while stop and text[stop - 1] in _SPACE:
        stop -= 1
        if end - stop > _SPACE_STEPS:
            return len(text[:end].rstrip(_SPACE))
    return stop
