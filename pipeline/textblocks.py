"""Plain text and markdown to blocks.

Scraped text arrives in two layouts (page-family.md): blank-line style, where
paragraphs are separated by blank lines and tables lost their cell borders,
and compact style, with no blank lines, ``- `` bullets split across lines and
pipe tables. Crawler markdown adds ``#`` headings, emphasis and links. One
line classifier serves all three, so a page that mixes them still parses.
"""

from __future__ import annotations

import html
import re
from itertools import accumulate
from operator import methodcaller
from typing import NamedTuple

from .blocks import Block
from .layout import ITEM_MARKERS, Piece, new_piece, split_inline_list
from .markdown_html import read_html_block, strip_inline_tags
from .tables import is_pipe_separator, match_lost_border_header, parse_pipe_row, split_lost_border_rows

__all__ = ["text_to_pieces"]

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)[\s#]*$")
# "7) KPIs and Productivity Metrics": the scraper's rendering of an <h2>.
_NUMBERED_HEADING = re.compile(r"^(\d{1,2})\)\s+(\S.*)$")
# The same heading marked up, "**7) KPIs ...**", "## 7) KPIs ..." or "## **7) ...**": a page that marks its
# section headings so writes its numbered list items plainly ("1) Shape the agenda").
# Searched from a newline, a literal the regex engine skips to: a "^" anchor in MULTILINE mode
# is tried at every character of the page. The page's first line is its title anyway.
_MARKED_NUMBERED_HEADING = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]+(?:\*\*|__)?|\*\*|__)\d{1,2}\)[ \t]")
# A setext heading's underline: "Title" over "=====" (level 1) or "-----" (level 2). Three
# characters at least: a lone "-" is compact style's bullet whose text is on the next line.
_SETEXT_UNDERLINE = re.compile(r"(={3,}|-{3,})")
# A line can be an item only if it opens with a bullet (layout.ITEM_MARKERS) or a digit.
_ITEM = re.compile(rf"^(\s*)([{re.escape(ITEM_MARKERS)}]|\d{{1,3}}[.)])\s+(\S.*)$")
# A thematic break: three or more of one of "*", "-", "_", spaces between allowed ("* * *", "___").
# A rule between sections, not a list item "* *": the line is no content.
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}")
# A pandoc grid table's border, "+-----+----+", "+=====+====+" under the header row ("+:===+" aligns).
_GRID_BORDER = re.compile(r"\+(?:[-=:]+\+)+")
# A pandoc simple table's rule under its header line: a group of dashes per column, "------  -------".
# Three dashes a group at least and two groups, so "- - -" stays a thematic break.
_DASH_GROUPS = re.compile(r"-{3,}(?:[ \t]+-{3,})+")
_DASH_GROUP = re.compile(r"-+")
# A reference link's definition, "[7]: https://...", gathered at the page's end by html2text/pandoc.
_LINK_DEFINITION = re.compile(r"\[[^\[\]]+\]:\s+\S")
_DETAIL = re.compile(r"^(\s*)[–—]\s+(\S.*)$")
_LONE_MARKERS = ("-", "*", "•")  # a line holding only a bullet: the item text is on the next line
# Compact style glues the next item's "-" to the end of the previous line.
_TRAILING_MARKER = re.compile(r"^(.*\S)\s+-$")

# No bracket inside link text, no parenthesis or bracket inside a URL part but one balanced
# pair, no "<" in an autolink: each scan stops where the next candidate begins, so a line of
# thousands of "![" or "[a](" is read in linear time, not quadratic.
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()\[\]]*\)")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()\[\]]|\([^()\[\]]*\))*\)")
# Reference style, "[text][7]" and "![alt][7]": the URL is in a definition line elsewhere.
_MD_REF_IMAGE = re.compile(r"!\[([^\[\]]*)\]\[[^\[\]]*\]")
# Empty text allowed: a linked image "[![alt][7]][8]" leaves "[][8]" once its image is gone.
_MD_REF_LINK = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
_MD_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
# A footnote reference, "years[^1]"; not its definition "[^1]: Source ...", a link definition line.
_MD_FOOTNOTE_REF = re.compile(r"\[\^[^\[\]\s]+\](?!:)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*\\])\*(?=\S)([^*]+?)(?<=[^\s\\])\*(?![\w*])")  # "\*" escapes a star
# "_x_" emphasis (html2text, pandoc): underscores at word boundaries only, so snake_case
# names and escaped "\_" stay as they are.
_MD_UNDERSCORE_ITALIC = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s\\])_(?!\w)")
# A backslash escape of ASCII punctuation, "1\. Frame ..." or "snake\_case": the character itself.
# Not "\|": the pipe-row reader tells an escaped pipe in a cell from a cell border.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{}~])")
_MD_CODE = re.compile(r"`([^`]+)`")
_WHOLLY_BOLD = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*:?\s*$")
# Replacements that keep one group, as C callables: a template such as r"\2" is expanded by
# Python code for every match. The kept groups always take part in a match, so no None.
_GROUP_1 = methodcaller("group", 1)
_GROUP_2 = methodcaller("group", 2)


class _Lines(NamedTuple):
    """A page's lines as parallel lists, index by index.

    Not a tuple per line: a page has about a thousand lines, and each tuple would be an
    allocation for the garbage collector to track.
    """

    texts: list[str]  # without the newline and markdown inline syntax, right-stripped
    raws: list[str]  # as on the page, without the newline
    starts: list[int]  # offset of each line's first character
    inline: dict[int, tuple[float, bool]]  # share of link text and whole-line bold of lines with inline syntax

    def end(self, i: int) -> int:
        """Offset just past line i, before its newline."""
        return self.starts[i] + len(self.raws[i])


_PLAIN = (0.0, False)  # no link text, not bold: a line without inline syntax


def _strip_inline(raw: str) -> tuple[str, float, bool]:
    """Remove markdown inline syntax; return text, share of link text, whole-line bold.

    Each pattern runs only when the text holds the literal characters every match of it
    needs ("](" for a link, "**" or "__" for bold, ...), checked on the text as the
    previous substitutions left it: skipping a pattern that cannot match changes nothing.
    So a line without any of them comes back as it is, at no link text, not bold: _lines
    does not call this for such lines.
    """
    bold = ("**" in raw or "__" in raw) and _WHOLLY_BOLD.match(raw) is not None
    text = raw
    if "[^" in text:
        text = _MD_FOOTNOTE_REF.sub("", text)
    if "![" in text:
        text = _MD_IMAGE.sub("", text)
        if "][" in text:
            text = _MD_REF_IMAGE.sub("", text)
    link_chars = 0
    if "](" in text:
        text, link_chars = _unwrap(_MD_LINK, text)
    if "][" in text:
        text, ref_chars = _unwrap(_MD_REF_LINK, text)
        link_chars += ref_chars
    if "<http" in text:
        text, autolink_chars = _unwrap(_MD_AUTOLINK, text)
        link_chars += autolink_chars
    if "<" in text:  # raw HTML phrasing tags: "<em>(optional)</em>"
        text = strip_inline_tags(text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(_GROUP_2, text)
    if text.count("*") >= 2:  # a markdown bullet "* item" alone is no italic
        text = _MD_ITALIC.sub(_GROUP_1, text)
    if "_" in text:
        text = _MD_UNDERSCORE_ITALIC.sub(_GROUP_1, text)
    if "`" in text:
        text = _MD_CODE.sub(_GROUP_1, text)
    if "\\" in text:  # after the emphasis patterns: an escaped "\*" or "\_" marks no emphasis
        text = _MD_ESCAPE.sub(_GROUP_1, text)
    if "&" in text:
        text = html.unescape(text)
    if not link_chars:
        return text, 0.0, bold  # most lines with syntax: bold or emphasis, no link
    visible = len(text.strip()) or 1
    return text, min(1.0, link_chars / visible), bold


def _unwrap(pattern: re.Pattern[str], text: str) -> tuple[str, int]:
    """Replace each match of pattern by its group 1 (the link text); also return that text's length."""
    kept = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal kept
        kept += len(match.group(1))
        return match.group(1)

    return pattern.sub(keep, text), kept


def _lines(text: str) -> _Lines:
    with_newlines = text.splitlines(keepends=True)
    raws = [line.rstrip("\r\n") for line in with_newlines]
    texts = list(map(str.rstrip, raws))
    inline: dict[int, tuple[float, bool]] = {}
    for i, raw in enumerate(raws):
        # Most lines, "* item" bullets too, hold none of the characters an inline pattern needs
        # (see _strip_inline): they keep their text.
        if "[" in raw or "<" in raw or "`" in raw or "&" in raw or "_" in raw or "\\" in raw or raw.count("*") > 1:
            clean, ratio, bold = _strip_inline(raw)
            texts[i] = clean.rstrip()
            inline[i] = (ratio, bold)
    return _Lines(texts, raws, [0, *accumulate(map(len, with_newlines))], inline)


def _indent_depth(indent: str, stack: list[int]) -> int:
    """Depth of a list item from its indentation, relative to open items."""
    width = len(indent.expandtabs(4))
    while stack and stack[-1] > width:
        stack.pop()
    if not stack or stack[-1] < width:
        stack.append(width)
    return len(stack) - 1


def text_to_pieces(text: str) -> list[Piece]:
    """Split plain text or markdown into blocks in document order.

    >>> [p.block.kind.value for p in text_to_pieces("1) Role Summary\\n\\nHello.\\n  • item")]
    ['heading', 'paragraph', 'list_item']
    """
    lines = _lines(text)
    texts, raws, starts, inline = lines  # locals: read for every line
    pieces: list[Piece] = []
    indent_stack: list[int] = []
    run_bases: dict[int, int] = {}  # piece index -> depth of the first line of its run of dash lines
    pending_item = False
    # Two marked numbered headings tell the page's convention; one could be a stray bold line.
    marked = _MARKED_NUMBERED_HEADING.finditer(text)
    plain_numbered_headings = next(marked, None) is None or next(marked, None) is None
    i = 0
    count = len(texts)
    while i < count:
        body = texts[i]
        stripped = body.strip()
        if not stripped:
            i += 1
            continue
        if stripped in _LONE_MARKERS:
            pending_item = True
            i += 1
            continue
        if stripped[0] == "<" and (html := read_html_block(text, raws, starts, i, text_to_pieces)) is not None:
            block_pieces, i = html
            pieces.extend(block_pieces)
            indent_stack.clear()
            pending_item = False
            continue
        if stripped[0] == "-" and " " in stripped and _DASH_GROUPS.fullmatch(stripped) and (after := _simple_table(lines, i, pieces)):
            i = after
            pending_item = False
            continue
        if stripped[0] in "*-_=" and (
            (underline := _SETEXT_UNDERLINE.fullmatch(stripped))
            or (stripped[-1] == stripped[0] and _THEMATIC_BREAK.fullmatch(stripped))
        ):
            # A rule is no content; under a title, "===" or "---" underlines it and makes it a heading.
            if underline:
                _underlines(pieces, lines, i)
            indent_stack.clear()
            pending_item = False
            i += 1
            continue
        next_pending = False
        # The regex only on lines ending "-" and not pipe rows (a row may end "| -").
        if body.endswith("-") and not stripped.startswith("|") and (trailing := _TRAILING_MARKER.match(body)):
            body, next_pending = trailing.group(1), True
            stripped = body.strip()

        # Tables first: a grid table's border, a pipe row or a known header of a border-less table.
        if stripped[0] == "+" and _GRID_BORDER.fullmatch(stripped):
            i = _grid_table(lines, i, pieces)
            pending_item = False
            continue
        if "|" in stripped and parse_pipe_row(stripped) is not None:  # a pipe row holds a pipe: skip the call
            i = _pipe_table(lines, i, pieces)
            pending_item = False
            continue
        known = match_lost_border_header(stripped)
        if known is not None:
            i = _lost_border_table(lines, i, known, pieces)
            pending_item = False
            continue

        raw = raws[i]
        end = starts[i] + len(raw)  # lines.end(i), without a call per line
        start = end - len(raw.lstrip())
        link_ratio, bold = inline.get(i, _PLAIN)
        # Each line regex is tried only where the line's first character allows it to match.
        first = stripped[0]
        if first == "[" and _LINK_DEFINITION.match(stripped):
            i += 1
            continue
        numeric = first.isdigit()
        if first == "#" and (match := _MD_HEADING.match(stripped)):
            level = len(match.group(1))
            pieces.append(new_piece((Block.heading(match.group(2).strip(), start, end, level), link_ratio)))
            indent_stack.clear()
        elif (
            numeric
            and (plain_numbered_headings or bold)
            and (match := _NUMBERED_HEADING.match(body))
            and _heading_like(match.group(2))
        ):
            pieces.append(new_piece((Block.heading(stripped, start, end, 2), link_ratio)))
            indent_stack.clear()
        elif pending_item:
            pieces.append(new_piece((Block.list_item(stripped, start, end, 0, "-"), link_ratio)))
        elif first in "–—" and (match := _DETAIL.match(body)):
            depth = _detail_depth(pieces, match.group(2), run_bases)
            pieces.append(new_piece((Block.list_item(match.group(2), start, end, depth, first), link_ratio)))
        elif (numeric or first in ITEM_MARKERS) and (match := _ITEM.match(body)):
            indent, marker, item_text = match.groups()
            depth = _indent_depth(indent, indent_stack)
            number = int(marker[:-1]) if marker[0].isdigit() else None
            pieces.append(new_piece((Block.list_item(item_text.strip(), start, end, depth, marker, number), link_ratio)))
        elif bold and _heading_like(stripped.strip("*_: ")):
            title = stripped.strip("*_ ")
            pieces.append(new_piece((Block.heading(title, start, end, 4), link_ratio)))
        else:
            indent_stack.clear()
            pieces.extend(split_inline_list(Block.paragraph(stripped, start, end), link_ratio))
        pending_item = next_pending
        i += 1
    return pieces


def _underlines(pieces: list[Piece], lines: _Lines, i: int) -> bool:
    """Read line i as a setext underline if it is one: the paragraph on the line above becomes a heading.

    Only a short title-like paragraph that is the whole line right above counts: a "---"
    under a table, a list item or a blank line is a rule.
    """
    if not pieces:
        return False
    above, link_ratio = pieces[-1]
    if above.kind == "heading" and above.end == lines.end(i - 1):
        return True  # "1) Role Summary" over "----": already read as a heading, the underline adds nothing
    if above.kind != "paragraph" or above.end != lines.end(i - 1) or not _heading_like(above.text):
        return False
    if above.start != lines.end(i - 1) - len(lines.raws[i - 1].lstrip()):
        return False  # one of several pieces split from the line: an inline list, not a title
    level = 1 if lines.texts[i].lstrip()[0] == "=" else 2
    pieces[-1] = new_piece((Block.heading(above.text, above.start, above.end, level), link_ratio))
    return True


def _heading_like(title: str) -> bool:
    """True for a short title, not a sentence that happens to start with '1)'."""
    words = title.split()
    return 0 < len(words) <= 14 and not title.rstrip().endswith((".", ",", ";"))


def _detail_depth(pieces: list[Piece], text: str, bases: dict[int, int]) -> int:
    """A '– detail' line hangs under the list item before it.

    Within a run of dash lines, lowercase lines after one ending in ':' nest
    one deeper ("– Tasks:", "– build a baseline,"), as inline lists do.
    ``bases`` remembers each dash line's run base, so a run of thousands of
    lines is not walked back again for every line.
    """
    last = len(pieces) - 1
    if last < 0:
        return 0
    previous = pieces[last].block
    if not _is_dash(previous):
        return (previous.depth or 0) + 1 if previous.kind == "list_item" else 0
    base = _run_base(pieces, last, bases)
    nested = previous.text.endswith(":") or (previous.depth or 0) > base
    return base + 1 if nested and text[:1].islower() else base


def _is_dash(block: Block) -> bool:
    return block.kind == "list_item" and block.marker in ("–", "—")


def _run_base(pieces: list[Piece], last: int, bases: dict[int, int]) -> int:
    """Depth of the first dash line of the run that ends at pieces[last] (memoized in bases)."""
    unknown: list[int] = []
    k = last
    while k >= 0 and _is_dash(pieces[k].block) and k not in bases:
        unknown.append(k)
        k -= 1
    if k >= 0 and k in bases and _is_dash(pieces[k].block):
        base = bases[k]
    else:
        base = pieces[unknown[-1]].block.depth or 0
    for k in unknown:
        bases[k] = base
    return base


def _pipe_table(lines: _Lines, i: int, pieces: list[Piece]) -> int:
    """Consume consecutive pipe rows starting at line i; return the next index."""
    rows: list[list[str]] = []
    header: list[str] = []
    start = lines.starts[i]
    end = lines.end(i)
    j = i
    while j < len(lines.texts):
        stripped = lines.texts[j].strip()
        if not stripped:
            break
        if is_pipe_separator(stripped):
            if len(rows) == 1 and not header:
                header = rows.pop()
            j += 1
            continue
        cells = parse_pipe_row(stripped)
        if cells is None:
            break
        rows.append(cells)
        end = lines.end(j)
        j += 1
    if not header and rows:
        header = rows.pop(0)
    width = len(header)
    rows = [(row + [""] * width)[:width] if width else row for row in rows]
    pieces.append(Piece(Block.table(header, rows, start, end), 0.0))
    return j


def _grid_table(lines: _Lines, i: int, pieces: list[Piece]) -> int:
    """Consume a pandoc grid table whose top border is line i; return the next index.

    A row's cells wrap over several "| ... |" lines up to the next border: the border's
    "+" columns cut each line into cells, and a cell's pieces join with spaces. The row
    above a "+===+" border is the header; without one, the first row is.
    """
    top = lines.raws[i].strip()
    indent = lines.raws[i].index("+")
    cuts = [indent + k for k, char in enumerate(top) if char == "+"]
    width = len(cuts) - 1
    header: list[str] = []
    rows: list[list[str]] = []
    wrapped: list[list[str]] = [[] for _ in range(width)]  # the open row's cell lines
    end = lines.end(i)
    j = i + 1
    while j < len(lines.raws):
        raw = lines.raws[j].rstrip()
        stripped = raw.strip()
        border = _GRID_BORDER.fullmatch(stripped) is not None
        if not border and not stripped.startswith("|"):
            break
        if border:
            row = _grid_row(wrapped)
            if "=" in stripped and row and not header and not rows:
                header = row
            elif row:
                rows.append(row)
            wrapped = [[] for _ in range(width)]
        elif all(raw[cut : cut + 1] == "|" for cut in cuts):
            for column in range(width):
                wrapped[column].append(raw[cuts[column] + 1 : cuts[column + 1]].strip())
        else:  # a line off the border's grid (wide characters, a spanning cell): its pipes cut it
            cells = parse_pipe_row(stripped) or [stripped]
            for column, cell in enumerate((cells + [""] * width)[:width]):
                wrapped[column].append(cell)
        end = lines.end(j)
        j += 1
    if last := _grid_row(wrapped):  # a table cut before its bottom border
        rows.append(last)
    if not header and rows:
        header = rows.pop(0)
    pieces.append(Piece(Block.table(header, rows, lines.starts[i], end), 0.0))
    return j


def _grid_row(wrapped: list[list[str]]) -> list[str]:
    """A grid row's cells, each its lines joined and read as markdown; [] when all are empty."""
    row = [_strip_inline(_join_wrapped(parts))[0] for parts in wrapped]
    return row if any(row) else []


def _join_wrapped(parts: list[str]) -> str:
    """Join a cell's lines by spaces, but a word wrapped at its hyphen ("post-" / "release") whole."""
    text = ""
    for part in filter(None, parts):
        glued = text[-1:] == "-" and text[-2:-1].isalpha()
        text = f"{text}{part}" if glued or not text else f"{text} {part}"
    return text


def _simple_table(lines: _Lines, i: int, pieces: list[Piece]) -> int:
    """Read a pandoc simple table whose dash-group rule is line i; return the next index, or 0 if it is none.

    The header is the line right above, already read as one paragraph: it is taken back.
    Each dash group gives a column, which starts where its group starts; rows run to a
    blank line or a closing dashed line. The header must fill two columns, and a row follow.
    """
    rule = lines.raws[i]
    cuts = [match.start() for match in _DASH_GROUP.finditer(rule)]
    if i == 0 or not pieces or not lines.texts[i - 1].strip():
        return 0
    above = pieces[-1].block
    if above.kind != "paragraph" or above.end != lines.end(i - 1) or above.start < lines.starts[i - 1]:
        return 0
    header = _simple_row(lines.raws[i - 1], cuts)
    if sum(1 for cell in header if cell) < 2:
        return 0
    rows: list[list[str]] = []
    end = lines.end(i)
    j = i + 1
    while j < len(lines.raws) and lines.texts[j].strip():
        raw = lines.raws[j]
        j += 1
        if _DASH_GROUPS.fullmatch(raw.strip()) or set(raw.strip()) == {"-"}:  # the closing rule
            end = lines.end(j - 1)
            break
        rows.append(_simple_row(raw, cuts))
        end = lines.end(j - 1)
    if not rows:
        return 0
    pieces.pop()
    pieces.append(Piece(Block.table(header, rows, lines.starts[i - 1], end), 0.0))
    return j


def _simple_row(raw: str, cuts: list[int]) -> list[str]:
    """A simple table line cut at its columns' starts; a cut inside a word moves back to the word's start."""
    bounds = []
    for cut in cuts:
        while 0 < cut < len(raw) and raw[cut - 1] != " " and raw[cut] != " ":
            cut -= 1
        bounds.append(cut)
    bounds.append(len(raw))
    return [_strip_inline(raw[a:b].strip())[0] for a, b in zip(bounds, bounds[1:])]


def _lost_border_table(lines: _Lines, i: int, known, pieces: list[Piece]) -> int:  # noqa: ANN001
    """Consume a header line and the row lines under it; recover their cells."""
    start = lines.starts[i]
    end = lines.end(i)
    row_lines: list[str] = []
    j = i + 1
    while j < len(lines.texts):
        stripped = lines.texts[j].strip()
        if not stripped or _ITEM.match(lines.texts[j]) or _MD_HEADING.match(stripped):
            break
        if _NUMBERED_HEADING.match(stripped) and _heading_like(stripped):
            break
        row_lines.append(stripped)
        end = lines.end(j)
        j += 1
    rows = split_lost_border_rows(known, row_lines)
    pieces.append(Piece(Block.table(list(known.columns), rows, start, end), 0.0))
    return j
