"""Textile markup (Redmine's wiki, Textpattern) read as the markdown the text reader knows.

A project tracker's wiki page may be saved as its Textile source: headings "h2. Title", block signatures
"p(note). " / "bq. " / "fn1. " / "bc. ", lists "# item" and "* item" ("## sub" a level deeper), tables
"|_. Header |" over "|<. cell | cell |" whose cells open with attributes (alignment "<." ">." "=." "<>.",
vertical "^." "~.", spans "\\2." across and "/2." down, "{style}." and "(class)."), links '"text":url', wiki
links "[[Page|text]]", macros "{{toc}}", code "@code@", images "!chart.png!". Atlassian wiki markup descends
from it and shares its heading lines: wikimarkup.py finds either and hands a Textile page here, as the two
differ in tables, links and "{{...}}" (Confluence's monospace, Redmine's macro).

Each line is rewritten at its length (padded with spaces), so the blocks' offsets stay true. A table whose
rowspan carries a cell into the row below, if a row cannot take it on its line, is written over its span,
the span keeping its length, as asciidoc.py writes its tables.
"""

from __future__ import annotations

import re

from .htmlblocks import chrome_class
from .markuplines import TableCell, join_lines, split_lines, write_table
from .noise import is_ad_label

__all__ = ["is_textile", "textile_as_markdown"]

# A block's or a cell's attributes: class and id "(note#intro)", style "{color:red}", language "[en]",
# alignment "<" ">" "=" "<>", padding "(" ")".
_ATTRIBUTES = r"(?:\([^()\n]*\)|\{[^{}\n]*\}|\[[^\[\]\n]*\]|<>|[<>=]|[()])*"
# What only Textile writes at a line's start, never Confluence: a block signature "p(note). ", "p. ", "fn1. ",
# "bc. ", "pre. ", "table(kpis)." or a table cell with attributes "|_. Header", "|<. cell", "|\\5. group".
# ("bq. " and "hN. " are both dialects'.) Searched from a newline, a literal the regex engine skips to (a
# MULTILINE "^" is tried at every character, ~3x slower); a page's first line alone is left unread.
_TEXTILE_LINE = re.compile(
    rf"\n(?:(?:p|fn\d+|bc|pre){_ATTRIBUTES}\.\.? |table{_ATTRIBUTES}\.[ \t]*$"
    r"|\|(?:_|[<>=^~]|[\\/]\d+|\{[^{}\n]*\}|\([^()\n]*\))+\. )",
    re.MULTILINE,
)
_HEADING = re.compile(rf"h([1-6]){_ATTRIBUTES}\.\s+")
# A block signature opening a paragraph: its name, attributes, then "." (".." an extended block) and a space.
_BLOCK = re.compile(rf"(pre|p|bq|fn\d+|bc|notextile)({_ATTRIBUTES})\.\.?(?: |$)")
_CLASS = re.compile(r"\(([^()#\n]*)")  # the class words of "(sponsor#top)"
# A table's own signature line, "table(kpis)." or "table{border:1px}.": no text.
_TABLE_SIGNATURE = re.compile(rf"table({_ATTRIBUTES})\.\s*")
# A row's attributes before its first cell, "(odd). |" or "{background:#ddd}. |".
_ROW_OPENERS = "|({<>=^~"  # the characters a row opens with, before its attributes if any
_ROW_ATTRIBUTES = re.compile(r"(?:\([^()\n]*\)|\{[^{}\n]*\}|<>|[<>=^~])+\. (?=\|)")
# A cell's attributes: "_" for a header cell, spans "\\2" across and "/2" down, alignment, style, class.
_CELL = re.compile(r"(_)?((?:\\\d+|/\d+|<>|[<>=^~]|\{[^{}\n]*\}|\([^()\n]*\)|\[[^\[\]\n]*\])*)\.(?: |$)")
_SPAN = re.compile(r"([\\/])(\d+)")
# A list item: a run of "*" (bullet) and "#" (numbered) markers, one per level, then a space ("*bold*" has
# none). Markdown's "- " is the item of the shortest rewrite, one space of indent a level deeper.
_LIST_ITEM = re.compile(r"([*#]+)\s+(?=\S)")
# A link '"text":url' or '"text(title)":url', its URL closing before trailing punctuation: written the
# markdown way "[text](url)" in as many characters, the URL one shorter (it is read for nothing).
_LINK = re.compile(
    r'"([^"\n]+?)(?:\([^()\n]*\))?":((?:https?|ftp|mailto):[^\s<>"]*?|/[^\s<>"]*?)(?=[.,;:!?)\]]*(?:\s|$))'
)
# A wiki link "[[Page]]", "[[project:Page#Section|text]]": its text, else the page's name.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*:)?([^\[\]|#\n]*)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]")
# A macro "{{toc}}", "{{>toc}}", "{{include(Page)}}", "{{child_pages(depth=2)}}": no text. One spanning
# lines opens "{{collapse(Details)" and closes "}}" on lines of their own; its content is the page's.
_MACRO = re.compile(r"\{\{[^{}\n]*\}\}")
_MACRO_LINE = re.compile(r"\{\{\w+(?:\([^()\n]*\))?|\}\}")
# Code "@v4.18.0@" as markdown's code span; an e-mail's "@" follows a word character.
_CODE = re.compile(r"(?<![\w@])@([^@\s](?:[^@\n]*?[^@\s])?)@(?![\w@])")
# An image "!chart.png!", "!>(diagram)/files/a.svg(alt)!", "!https://.../x.png!:link": no text.
_IMAGE = re.compile(
    rf"!{_ATTRIBUTES}(?:[^\s!()]+?\.(?:png|jpe?g|gif|svg|webp|bmp)|https?://[^\s!()]+)(?:\([^()\n]*\))?!(?::\S+)?",
    re.IGNORECASE,
)
# A styled span "%{color:red}text%" or "%(note)text%": its text.
_STYLED_SPAN = re.compile(r"%(?:\{[^{}\n]*\}|\([^()\n]*\))+([^%\n]*)%")


def is_textile(text: str) -> bool:
    """Whether a page of "hN. " headings is Textile: a line opens with what only Textile writes (a block
    signature such as "p(note). ", a table cell with attributes such as "|_. ")."""
    return _TEXTILE_LINE.search(text) is not None


def textile_as_markdown(text: str) -> str:
    """The Textile page as markdown, every line as long as it was.

    >>> textile_as_markdown('h2. 1) Role\\np(note). See [[Guide]].\\n|_. Metric |_. Target |\\n|<. Uptime | 99% |')
    '## 1) Role \\nSee Guide.             \\n| Metric | Target |    \\n| Uptime | 99% |  '
    """
    bodies, ends = split_lines(text)
    chrome_table = False  # the table under a signature "table(sponsor)." is page chrome
    i = 0
    while i < len(bodies):
        body = bodies[i]
        if body[:1] in _ROW_OPENERS and (after := _table(bodies, ends, i, chrome_table)) > i:
            i, chrome_table = after, False
            continue
        if body[:5] == "table" and (signature := _TABLE_SIGNATURE.fullmatch(body)):
            chrome_table = _chrome(signature.group(1))
            bodies[i] = " " * len(body)
        elif body[:1] in "pb" and (block := _BLOCK.match(body)) and _hidden(block):
            i = _blank_paragraph(bodies, i)
            continue
        else:
            bodies[i] = _line(body).ljust(len(body))
        i += 1
    return join_lines(bodies, ends)


def _chrome(attributes: str) -> bool:
    """Whether a block's attributes give it a class naming page chrome ("(sponsor)", "(ad-box)"), as the
    HTML reader drops a <p class="sponsor">."""
    return "(" in attributes and any(chrome_class(match.group(1)) for match in _CLASS.finditer(attributes))


def _hidden(block: re.Match[str]) -> bool:
    """Whether a paragraph is no text of the article: page chrome by its class ("p(sponsor). "), or code
    ("bc. ", "pre. "), no text of a blueprint, as Confluence's "{code}" blocks (wikimarkup.py)."""
    name = block.group(1)
    return name in ("bc", "pre") or (name == "p" and _chrome(block.group(2)))


def _blank_paragraph(bodies: list[str], i: int) -> int:
    """Blank the paragraph opening at line i (to the next blank line); return the line after it."""
    while i < len(bodies) and bodies[i].strip():
        bodies[i] = " " * len(bodies[i])
        i += 1
    return i


def _line(body: str) -> str:
    """One Textile line as markdown, never longer than the line."""
    if not body.strip():
        return body
    first = body[0]
    if first == "h" and (heading := _HEADING.match(body)):
        # Up to three "#": "h4. " is as long as "### ", and a line may not grow.
        return "#" * min(int(heading.group(1)), 3) + " " + _inline(body[heading.end() :])
    if first in "pbfn" and (block := _BLOCK.match(body)):  # "p", "bq", "fn1", "notextile"
        # A quote is markdown's, read as the text reader reads one; a footnote's text is a note of its own.
        return ("> " if block.group(1) == "bq" else "") + _inline(body[block.end() :])
    if first in "*#" and (item := _LIST_ITEM.match(body)):
        return " " * (len(item.group(1)) - 1) + "- " + _inline(body[item.end() :])
    if first in "{}" and _MACRO_LINE.fullmatch(body.strip()):
        return ""
    return _inline(body)


def _inline(text: str) -> str:
    """A line's inline Textile as markdown or text, never longer: links, wiki links, macros, code, images."""
    if '":' in text:
        text = _LINK.sub(lambda m: f"[{m.group(1).strip()}]({m.group(2)[:-1]})", text)
    if "[[" in text:
        text = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    if "{{" in text:
        text = _MACRO.sub("", text)
    if "@" in text:
        text = _CODE.sub(r"`\1`", text)
    if "!" in text:
        text = _IMAGE.sub("", text)
    if "%" in text:
        text = _STYLED_SPAN.sub(r"\1", text)
    return text.rstrip()


# --- tables ------------------------------------------------------------------------------------


def _table(bodies: list[str], ends: list[str], i: int, chrome: bool) -> int:
    """Rewrite the table whose rows open at line i as pipe rows; return the line after it (i when line i is no
    row). A table of page chrome (by its signature's class, or headed by a sponsorship label alone,
    "|_. Sponsored |") is blanked."""
    j = i
    rows: list[list[TableCell]] = []
    while j < len(bodies) and (cells := _row_cells(bodies[j])) is not None:
        rows.append(cells)
        j += 1
    if not rows:
        return i
    if chrome or (len(rows[0]) == 1 and is_ad_label(rows[0][0].text.strip("*_ "))):
        for k in range(i, j):
            bodies[k] = " " * len(bodies[k])
        return j
    write_table(bodies, ends, i, rows)
    return j


def _row_cells(body: str) -> list[TableCell] | None:
    """A table row's cells, their attributes read; None when the line is no row."""
    row = body.strip()
    if row[:1] != "|":
        if not (row and (attributes := _ROW_ATTRIBUTES.match(row))):
            return None
        row = row[attributes.end() :]
    if len(row) < 2 or row[-1] != "|":
        return None
    row = _inline(row)  # a wiki link's "|" is no cell's border
    cells = []
    for cell in row[1:-1].split("|"):
        across = down = 1
        if (attributes := _CELL.match(cell)) and (attributes.group(1) or attributes.group(2)):
            for kind, count in _SPAN.findall(attributes.group(2)):
                across, down = (int(count), down) if kind == "\\" else (across, int(count))
            cell = cell[attributes.end() :]
        cells.append(TableCell(cell.strip(), max(across, 1), max(down, 1)))
    return cells
