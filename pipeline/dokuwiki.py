"""DokuWiki markup read as the markdown the text reader knows.

A team wiki's page may be saved as its DokuWiki source ("?do=export_raw", or the editor's text copied out):
headings closed by "=" as they open, "====== Title ======" (the more "=", the higher the level), list items
indented two spaces a level ("  * item", "  - numbered item"), tables of "^ Header ^" and "| cell |" rows
(a ":::" cell spans down from the row above, an empty cell "||" is the cell before it spanning across), forced
line breaks "\\\\", inline **bold**, //italic//, __underline__, ''monospace'', links "[[target|text]]", media and
plugin tags "{{banner.png}}", "{{tag>...}}", footnotes "((...))", macros "~~NOTOC~~", and the Wrap and Note
plugins' boxes "<WRAP round box>...</WRAP>", "<note tip>...</note>". Read as markdown, the headings are text,
the header rows are lost and the markup stays in every value.

:func:`dokuwiki_as_markdown` rewrites such a page line by line, every line as long as it was (the rewrite
shorter, padded with spaces), so the blocks' offsets stay true in the page as given. A forced break inside a
line breaks the rewrite there too, within the line's length: an item's "Title \\\\ Use: ... \\\\ What good looks
like: ..." is a title over its detail lines, as a page laid out in markdown writes them. A table whose ":::"
cells take their text from the row above is written as textile.py writes its rowspans (write_table).
Not the article, blanked: a Wrap box whose classes name page chrome ("<WRAP sponsor right>", an ad), code
blocks, and the discussion plugin's thread of comments, which the page shows where its "~~DISCUSSION~~"
macro stands.
"""

from __future__ import annotations

import re

from .htmlblocks import chrome_class
from .markuplines import TableCell, join_lines, split_lines, write_table

__all__ = ["dokuwiki_as_markdown"]

# A heading, "===== 1) Role Summary =====": a run of two to six "=" (six a level-1 heading), the title, the
# closing run. AsciiDoc's "== Title" and a setext underline "=====" are closed by no run after a title.
_HEADING = re.compile(r"[ \t]*(={2,6})[ \t]*([^=\s].*?)[ \t]*={2,}[ \t]*")
_LEVELS = 7  # "=" * n heads level 7 - n
# A page is DokuWiki when two lines at least are such headings (found from each line's first "=", a
# one-character scan) and one of them is of DokuWiki's top levels, "======" or "=====": MediaWiki's
# "== Title ==" heads its sections with two, and seldom writes five.
_HEADING_LINES = 2
_TOP_LEVEL = 5
# A list item: two spaces or a tab a level, "*" (bullet) or "-" (numbered), then its text.
_ITEM = re.compile(r"( {2,}|\t+)([*-])[ \t]*")
# A table row: a line opening with "|" or "^" (a header cell) and closing with one.
_ROW_OPENERS = "|^"
_SPAN_DOWN = ":::"
_CELL_BORDER = re.compile(r"[|^]")
# A box of the Wrap plugin, "<WRAP sponsor right 300px>" ... "</WRAP>" (its "<block>" and "<div>" aliases),
# on lines of their own. Its classes say what the box is.
_WRAP_OPEN = re.compile(r"[ \t]*<(?:WRAP|block|div)\b([^<>\n]*)>[ \t]*", re.IGNORECASE)
_WRAP_CLOSE = re.compile(r"[ \t]*</(?:WRAP|block|div)>[ \t]*", re.IGNORECASE)
# Code "<code>", "<file>" (with a language and a file name) up to its closing tag: no text of a blueprint.
_CODE_OPEN = re.compile(r"[ \t]*<(code|file)\b[^<>\n]*>", re.IGNORECASE)
# The discussion plugin's macro; the thread it shows is headed so (its language strings).
_DISCUSSION = "~~DISCUSSION"
_THREAD_TITLES = frozenset(("discussion", "comments"))
# Inline markup with no text of its own: a footnote "((...))" (its text a note, not the sentence's), media and
# plugin tags "{{image.png?600|alt}}", "{{tag>a b}}", macros "~~NOTOC~~", tags of boxes and spans.
_FOOTNOTE = re.compile(r"\(\((?:[^()\n]|\([^()\n]*\))*\)\)")
_MEDIA = re.compile(r"\{\{[^{}\n]*\}\}")
_MACRO = re.compile(r"~~[A-Z]+(?::[^~\n]*)?~~")
_TAG = re.compile(r"</?(?:wrap|block|div|note|del|sup|sub|nowiki|code|file|html)\b[^<>\n]*>", re.IGNORECASE)
# A link "[[target|text]]" or "[[target]]": an external one as a markdown link in fewer characters (read as a
# link), an internal one ("roles:talk", "wp>Pharmacist", "#kpis") as its text, else its page's name.
_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_EXTERNAL = re.compile(r"(?:[a-z][\w+.-]*://|mailto:)", re.IGNORECASE)
# Italic "//text//", underline "__text__", monospace "''text''": their text. **Bold** reads as markdown's own.
# "%%text%%" is text DokuWiki leaves unformatted. A URL's "//" opens no italic after its ":", closes none
# before its host.
_EMPHASIS = re.compile(r"(?<![:\w])//(?=\S)(.+?)(?<=\S)//(?![\w/])|__(?=\S)(.+?)(?<=\S)__|''(.+?)''|%%(.+?)%%")
# A forced line break: two backslashes before a space or the line's end.
_BREAK = re.compile(r"[ \t]*\\\\(?:[ \t]+|$)")


def dokuwiki_as_markdown(text: str) -> str:
    """The page as markdown if it is DokuWiki source, else the page as it is. Every line keeps its length.

    >>> dokuwiki_as_markdown("====== Role ======\\n===== 1) A =====\\n  - **B** \\\\\\\\ Use: //c//\\n^ K ^ V ^")
    '# Role            \\n## 1) A         \\n1. **B**\\n  Use: c      \\n| K | V |'
    """
    return _Rewrite(text).markdown() if _is_dokuwiki(text) else text


def _is_dokuwiki(text: str) -> bool:
    """Whether two lines are closed headings ("==== Title ====") and one is of DokuWiki's top levels.

    One-character scans, from one line's first "=" to the next line's: a page without DokuWiki headings
    costs one search for "=", and a line holding one elsewhere ("?utm_source=x") a line's step.
    """
    headings = 0
    top = False
    at = text.find("=")
    while at != -1:
        line_end = text.find("\n", at)
        if text[at - 1 : at] in ("", "\n") and text[at + 1 : at + 2] == "=":
            line = text[at : len(text) if line_end == -1 else line_end].rstrip()
            if line[-2:] == "==" and (heading := _HEADING.fullmatch(line)):
                headings += 1
                top = top or len(heading.group(1)) >= _TOP_LEVEL
                if headings >= _HEADING_LINES and top:
                    return True
        at = -1 if line_end == -1 else text.find("=", line_end)
    return False


class _Rewrite:
    """One page's lines (their bodies and line ends apart), rewritten in place."""

    def __init__(self, text: str) -> None:
        self.bodies, self.ends = split_lines(text)
        self.numbers: list[int] = []  # the last number given at each depth of the list being read

    def markdown(self) -> str:
        bodies = self.bodies
        end = self._thread_start()
        self._blank(end, len(bodies))
        i = 0
        while i < end:
            body = bodies[i]
            first = body.lstrip()[:1]
            item = _ITEM.match(body) if first in ("*", "-") else None
            if item is None:
                self.numbers = []  # a list ends at a line of no item
            if first and first in _ROW_OPENERS and body[:1] == first and body.rstrip()[-1] in _ROW_OPENERS:
                i = self._table(i)
                continue
            if first == "<" and (after := self._box(i)) is not None:
                i = after
                continue
            if first == "=" and (heading := _HEADING.fullmatch(body)):
                bodies[i] = _heading(body, heading)
            elif item is not None and body[item.end() :].strip("- \t"):  # no rule "  ----"
                bodies[i] = self._item(body, item)
            elif first:
                bodies[i] = _broken(_inline(body), "", len(body)).ljust(len(body))
            i += 1
        return join_lines(bodies, self.ends)

    def _blank(self, start: int, end: int) -> None:
        for j in range(start, end):
            self.bodies[j] = " " * len(self.bodies[j])

    def _thread_start(self) -> int:
        """The line where the discussion plugin's thread of comments opens (the page's end when it has none):
        its "Discussion" heading after the macro, else the macro itself when no heading follows it (the
        thread shown under the article); a macro above the article's headings marks no thread there."""
        bodies = self.bodies
        macro = next((k for k, body in enumerate(bodies) if body.lstrip().startswith(_DISCUSSION)), None)
        if macro is None:
            return len(bodies)
        headings = [(k, heading) for k in range(macro + 1, len(bodies)) if (heading := _HEADING.fullmatch(bodies[k]))]
        for n, (k, heading) in enumerate(headings):
            if heading.group(2).lower() in _THREAD_TITLES:
                return k if n else macro
        return len(bodies) if headings else macro

    def _box(self, i: int) -> int | None:
        """A Wrap box's or a code block's opening line at i: the box's tag blanked, or all of it when its classes
        name page chrome ("<WRAP sponsor>"), a code block blanked to its closing tag. The line after what was
        blanked; None when the line opens neither."""
        body = self.bodies[i]
        if wrap := _WRAP_OPEN.fullmatch(body):
            end = self._wrap_end(i) if chrome_class(wrap.group(1)) else i
            self._blank(i, end + 1)
            return end + 1
        if _WRAP_CLOSE.fullmatch(body):
            self._blank(i, i + 1)
            return i + 1
        if (code := _CODE_OPEN.match(body)) and (closing := f"</{code.group(1).lower()}>") not in body.lower():
            end = next((k for k in range(i + 1, len(self.bodies)) if closing in self.bodies[k].lower()), i)
            self._blank(i, end + 1)
            return end + 1
        return None  # a one-line "<code>x</code>" is inline

    def _wrap_end(self, i: int) -> int:
        """The line closing the box opened at line i, boxes nested in it skipped; the page's last line if none."""
        depth = 0
        for k in range(i, len(self.bodies)):
            if _WRAP_OPEN.fullmatch(self.bodies[k]):
                depth += 1
            elif _WRAP_CLOSE.fullmatch(self.bodies[k]):
                depth -= 1
                if depth == 0:
                    return k
        return len(self.bodies) - 1

    def _item(self, body: str, item: re.Match[str]) -> str:
        """A list item as markdown's, "- text" or "3. text" (a "-" item numbered in its list), indented two
        spaces a level below the first; its forced breaks open lines under its text."""
        indent = item.group(1).replace("\t", "  ")
        depth = max(len(indent) // 2 - 1, 0)
        del self.numbers[depth + 1 :]
        self.numbers += [0] * (depth + 1 - len(self.numbers))
        marker = "-"
        if item.group(2) == "-":
            self.numbers[depth] += 1
            marker = f"{self.numbers[depth]}."
        if len(marker) > len(item.group(0)) - 2 * depth - 1:
            marker = "-"  # a number too long for the line's room
        lead = " " * (2 * depth) + marker + " "
        text = _broken(_inline(body[item.end() :]), " " * (2 * depth + 2), len(body) - len(lead))
        return (lead + text).ljust(len(body))

    def _table(self, i: int) -> int:
        """The table whose rows open at line i as pipe rows, its spans laid out; the line after it."""
        j = i
        rows: list[list[TableCell]] = []
        columns: dict[int, tuple[int, int]] = {}  # column -> (row, cell) of the cell last opened in it
        while j < len(self.bodies) and (cells := _row_cells(self.bodies[j])) is not None:
            row: list[TableCell] = []
            column = 0
            for cell in cells:
                if cell.text == _SPAN_DOWN and column in columns:
                    above_row, above_cell = columns[column]
                    above = rows[above_row][above_cell]
                    rows[above_row][above_cell] = above._replace(down=above.down + 1)
                else:
                    columns[column] = (len(rows), len(row))
                    row.append(cell if cell.text != _SPAN_DOWN else cell._replace(text=""))
                column += cell.across
            rows.append(row)
            j += 1
        if not rows:  # "| a | [[x]]" closed by a macro: no row once read
            self.bodies[i] = _inline(self.bodies[i]).ljust(len(self.bodies[i]))
            return i + 1
        write_table(self.bodies, self.ends, i, rows)
        return j


def _heading(body: str, heading: re.Match[str]) -> str:
    """A heading line as a markdown heading of its level, never longer than the line."""
    title = _inline(heading.group(2))
    level = min(_LEVELS - len(heading.group(1)), len(body) - len(title) - 1)
    return ("#" * max(level, 1) + " " + title).ljust(len(body))[: len(body)]


def _row_cells(body: str) -> list[TableCell] | None:
    """A table row's cells, an empty cell ("||") widening the cell before it; None when the line is no row."""
    row = _inline(body.strip())  # a link's "|" is no cell's border
    if len(row) < 2 or row[0] not in _ROW_OPENERS or row[-1] not in _ROW_OPENERS:
        return None
    cells: list[TableCell] = []
    for text in _CELL_BORDER.split(row[1:-1]):
        if text == "" and cells:
            cells[-1] = cells[-1]._replace(across=cells[-1].across + 1)
        else:
            cells.append(TableCell(_BREAK.sub(" ", text).strip(), 1, 1))
    return cells


def _broken(text: str, indent: str, room: int) -> str:
    """A line's forced breaks as line breaks, the lines after the first indented so; one opening or closing the
    line dropped. Where the lines would overfill the line's room, the breaks are spaces."""
    if "\\\\" not in text:
        return text
    broken = _BREAK.sub(lambda m: "" if m.end() == len(text) or not m.start() else "\n" + indent, text)
    return broken if len(broken) <= room else _BREAK.sub(" ", text).rstrip()


def _inline(text: str) -> str:
    """A line's inline DokuWiki as markdown or text, never longer: footnotes, media, macros and tags dropped,
    links as their text (an external one a markdown link), emphasis but bold as its text."""
    if "((" in text:
        text = _FOOTNOTE.sub("", text)
    if "{{" in text:
        text = _MEDIA.sub("", text)
    if "[[" in text:
        text = _LINK.sub(_link, text)
    if "~~" in text:
        text = _MACRO.sub("", text)
    if "<" in text:
        text = _TAG.sub("", text)
    if "//" in text or "__" in text or "''" in text or "%%" in text:
        text = _EMPHASIS.sub(lambda m: next(group for group in m.groups() if group is not None), text)
    return text


def _link(match: re.Match[str]) -> str:
    """An external link as "[text](url)" (or "<url>"), an internal one as its text, else its page's name
    ("roles:healthcare:index" → "index", "wp>Pharmacist" → "Pharmacist")."""
    target, text = match.group(1).strip(), match.group(2)
    external = _EXTERNAL.match(target) is not None
    if text is None:
        return f"<{target}>" if external else re.split(r"[:>]", target.split("#")[0])[-1] or target.lstrip("#")
    text = text.strip()
    return f"[{text}]({target})" if external and text else text
