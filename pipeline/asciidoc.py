"""AsciiDoc source to the markdown the text reader reads.

A docs-site scraper may save a page's AsciiDoc source as text: "== 1) Role Summary" headings, "|===" tables,
". item" numbered lists joined to their detail by a "+" line, "Term:: definition" labelled lists, and markup
that renders as nothing ("[[anchor]]", "[cols=...]", ":attr: value", "// comment", "////" blocks, "<<<",
"include::...[]", "image::...[]", sidebar delimiters). One cheap page-level test finds such a page; it is
rewritten line by line, each line keeping its length (padded with spaces, markup blanked), so every block's
offsets stay true. A table is the exception: its rows become pipe rows written over the table's span, the span
keeping its length, so the offsets around it hold.
"""

from __future__ import annotations

import re

__all__ = ["asciidoc_as_markdown"]

# A section title "== 1) Role Summary": "=" to "=====" then a space. A markdown setext underline
# ("=====") has no space; a "== " in prose is not at a line start three times over.
_SECTION_TITLE = re.compile(r"^(={1,6}) (?=\S)", re.MULTILINE)
_MIN_SECTION_TITLES = 3
# Lines that render as nothing: an anchor or block attributes "[[kpis]]" "[cols=...]" "[.sidebar]", a header
# attribute ":toc: left", a directive "include::x[]", a page break "<<<", a hard rule "'''", block delimiters
# (sidebar "****", open "--", example "====", quote "____", literal "....", listing "----") and a "+" that
# joins a list item to the paragraph after it.
_BLANKED_LINE = re.compile(
    r"\[.*\]|:!?[\w-]+!?:(?: .*)?|(?:include|image|video|ifdef|ifndef|ifeval|endif|toc)::.*"
    r"|<<<|'''|\*{4,}|--|={4,}|_{4,}|\.{4,}|-{4,}|\+"
)
_COMMENT_BLOCK = "////"
_LIST_ITEM = re.compile(r"(\.{1,5}|\*{1,5}|-) (?=\S)")
_BLOCK_TITLE = re.compile(r"\.(?=[^\s.])")
_LABELLED = re.compile(r"(\S[^:]*?)(:{2,4}|;;)(?=\s|$)")
_CROSS_REFERENCE = re.compile(r"<<([^,>]+)(?:,\s*([^>]+))?>>")
_LINK = re.compile(r"(?:link:|xref:|(?=https?://))(\S+?)\[([^\]]*)\]")
_CELL_SPEC = re.compile(r"[\d.+*<^>]*[adehlmsv]?")
_COLS = re.compile(r'cols="?([^",\]]*(?:,[^",\]]*)*)"?')


def asciidoc_as_markdown(text: str) -> str:
    """The page's markdown rewrite when it is AsciiDoc source, else the text itself.

    >>> asciidoc_as_markdown("== 1) A\\n[[b]]\\n== 2) B\\n. *One*\\n+\\n.. sub\\nUse:: x\\n== 3) C").splitlines()
    ['## 1) A', '     ', '## 2) B', '- *One*', ' ', ' - sub', 'Use: x ', '## 3) C']
    """
    return _rewrite(text.splitlines(keepends=True)) if _is_asciidoc(text) else text


def _is_asciidoc(text: str) -> bool:
    """Whether the page has AsciiDoc section titles ("== 1) Role Summary") or a table delimiter ("|===").

    One-character scans, from one line's first "=" to the next line's: a page-long search for a several-character
    string is ~100x slower than for one character, and most pages hold no "=" at all, or a few in links. A
    markdown page's setext underline "=====" is no title: no text after its run of "=".
    """
    titles = 0
    at = text.find("=")
    while at != -1:
        line_end = text.find("\n", at)
        before = text[at - 1 : at]
        if before in ("", "\n") and _SECTION_TITLE.match(text, at, at + 8):
            titles += 1
            if titles == _MIN_SECTION_TITLES:
                return True
        elif before == "|" and text[at - 2 : at - 1] in ("", "\n") and text[at : at + 5].rstrip() == "===":
            return True  # a table's delimiter line "|==="
        at = -1 if line_end == -1 else text.find("=", line_end)
    return False


def _rewrite(lines: list[str]) -> str:
    """The page's lines as markdown: comment blocks and table captions blanked, tables rewritten, the rest
    line by line (a table's "cols" attribute, on the line above it, tells its width)."""
    out: list[str] = []
    in_comment = False
    cols = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        stripped = body.strip()
        if stripped == _COMMENT_BLOCK or in_comment:
            in_comment = in_comment != (stripped == _COMMENT_BLOCK)
            out.append(" " * len(body) + end)
        elif stripped == "|===":
            i = _table(lines, i, cols, out)
            cols = 0
            continue
        elif _BLOCK_TITLE.match(stripped) and i + 1 < len(lines) and lines[i + 1].lstrip()[:1] in ("[", "|"):
            out.append(" " * len(body) + end)  # a table's caption ".Table of KPIs" (above its attributes): no lead
        else:
            if stripped.startswith("[") and (match := _COLS.search(stripped)):
                cols = _column_count(match.group(1))
            out.append(_line(body).ljust(len(body)) + end)
        i += 1
    return "".join(out)


def _line(body: str) -> str:
    """One line's markdown, never longer than the line."""
    stripped = body.lstrip()
    if not stripped:
        return body
    if stripped.startswith("//") or _BLANKED_LINE.fullmatch(stripped):
        return ""
    if (title := _SECTION_TITLE.match(stripped)) is not None:
        marker = title.group(1)  # closed or not: "== Title" or "== Title =="
        return "#" * len(marker) + _inline(stripped[len(marker) :]).removesuffix(" " + marker)
    if (item := _LIST_ITEM.match(stripped)) is not None:
        # ". item" and "* item" to "- item"; a deeper level's extra markers become its indent.
        depth = len(item.group(1))
        return " " * (depth - 1) + "- " + _inline(stripped[item.end() :])
    if _BLOCK_TITLE.match(stripped):  # ".Records and reports" titles the block under it: a lead
        return _inline(stripped[1:]) + ":"
    if (label := _LABELLED.match(stripped)) is not None:
        return label.group(1) + ":" + _inline(stripped[label.end() :])
    return _inline(body)


def _inline(text: str) -> str:
    """A line's inline AsciiDoc as text: cross references and links to their text, "--" to a dash."""
    if "<<" in text:
        text = _CROSS_REFERENCE.sub(lambda m: m.group(2) or m.group(1), text)
    if "[" in text and ("link:" in text or "xref:" in text or "://" in text):
        text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if " -- " in text:  # AsciiDoc's em dash
        text = text.replace(" -- ", " — ")
    return text.removesuffix(" +")  # a hard line break


def _column_count(spec: str) -> int:
    """The columns a "cols" attribute declares: "3", "1,2,2" or "3*"."""
    spec = spec.strip()
    if spec.isdigit():
        return int(spec)
    count = 0
    for column in spec.split(","):
        times, star, _ = column.partition("*")
        count += int(times) if star and times.isdigit() else 1
    return count


def _table(lines: list[str], i: int, cols: int, out: list[str]) -> int:
    """Write the "|===" table opening at line i as pipe rows over its span; return the line after it."""
    j = i + 1
    cells: list[str] = []
    first_row = 0
    while j < len(lines) and lines[j].strip() != "|===":
        stripped = lines[j].strip()
        prefix, pipe, rest = stripped.partition("|")
        if pipe and _CELL_SPEC.fullmatch(prefix):
            new = [_inline(cell.strip()) for cell in rest.split("|")]
            first_row = first_row or len(new)
            cells.extend(new)
        elif stripped and cells:  # a cell's text wrapped onto a line of its own
            cells[-1] = f"{cells[-1]} {_inline(stripped)}"
        j += 1
    if j == len(lines):  # no closing delimiter: not a table, the lines stay as they are
        out.append(lines[i])
        return i + 1
    width = cols or first_row or 1
    rows = ["|" + "|".join(cells[k : k + width]) for k in range(0, len(cells), width)]
    span = "".join(lines[i:j]) + lines[j].rstrip("\r\n")
    written = "\n".join(rows)
    written = (written + "\n" if len(written) < len(span) else written).ljust(len(span))
    out.append(written + lines[j][len(lines[j].rstrip("\r\n")) :])
    return j + 1
