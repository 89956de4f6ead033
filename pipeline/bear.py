"""A Bear (or Obsidian) note exported as markdown, its hashtags read as the app shows them: no text.

A Bear 2 export opens with the note's title line "# Title" and, under it, a line of tags only
("#careers/content-design #blueprints"); a tag closing a line of text ("... as AI drafting tools spread. #wip")
is the note-taker's filing mark, not the article's words. :func:`bear_as_markdown` blanks such closing tags by
spaces, every line as long as it was, so offsets hold. Only a tag closing its line: one inside a sentence ("in
the #content-design Slack channel") is read as a word. Any other page costs a look at its first two lines.
"""

from __future__ import annotations

import re

__all__ = ["bear_as_markdown"]

_TAG = r"#[A-Za-z][\w/-]*"  # a letter first: "#1" is a number, "# Title" a heading
_TAG_LINE = re.compile(rf"[ \t]*{_TAG}(?:[ \t]+{_TAG})*[ \t\r]*")
# Tags closing a line of text, after a space: "C#" and "page#anchor" are no tag.
_CLOSING_TAGS = re.compile(rf"[ \t]+{_TAG}(?:[ \t]+{_TAG})*[ \t]*(?=\r?$)", re.MULTILINE)


def bear_as_markdown(text: str) -> str:
    """The page with its lines' closing hashtags blanked if it is a tagged note (a "# " title line, then a line
    of tags alone), else the page as it is.

    >>> bear_as_markdown("# Note\\n#work #wip\\nText. #wip\\nPriority #1").splitlines()
    ['# Note', '#work #wip', 'Text.     ', 'Priority #1']
    """
    body = _body_start(text)
    return text if body is None else text[:body] + _CLOSING_TAGS.sub(_blanked, text[body:])


def _body_start(text: str) -> int | None:
    """Where the note's body starts, past its title and tag lines (left as they were: the noise filter drops
    them), if the page is a tagged note; else None."""
    if text[:2] != "# ":
        return None
    title_end = text.find("\n")
    if title_end == -1:
        return None
    tags_end = text.find("\n", title_end + 1)
    if tags_end == -1 or _TAG_LINE.fullmatch(text, title_end + 1, tags_end) is None:
        return None
    return tags_end


def _blanked(match: re.Match[str]) -> str:
    return " " * len(match.group())
