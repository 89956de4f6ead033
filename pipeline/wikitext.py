"""MediaWiki wikitext read as the markdown the text reader knows.

A wiki's role page may be saved as its edit source: "== 1) Role Summary ==" headings (closed by as many "=" as
open them), lists "* item" / "# item" ("**" a level deeper, "#:" the item's own next line), definition lists
"; term" over ": definition", tables "{|" ... "|}" with a "|+" caption, "!" header cells, "|-" row separators,
"||" between cells (or one cell a line) and cell attributes ("rowspan=2 |", 'style="..." |'), '''bold''' and
''italic'', links "[[Page|text]]" and "[https://... text]", templates "{{...}}" (nested, over lines), footnotes
"<ref>...</ref>", magic words "__TOC__", comments and categories. Read as markdown, "# item" is a heading and the
rest is noise. :func:`wikitext_as_markdown` rewrites such a page line by line, every line as long as it was
(padded with spaces), so the blocks' offsets stay true; a table, or a term with its one definition, is written
over its span of lines, the span keeping its length (as textile.py writes its tables).

What the wiki does not show as the article is blanked: templates (a sponsor's "{{Sponsored|...}}", an infobox,
a navbox; "{{DISPLAYTITLE:...}}" is the page's title, an infobox's "title" its stand-in), ad and menu <div>s,
footnotes, and a talk page's signed comments copied under the article ("== Discussion ==").
"""

from __future__ import annotations

import re

from .htmlblocks import chrome_class
from .markuplines import TableCell, join_lines, pipe_row, span_grid, split_lines, write_span
from .noise import is_ad_label
from .sections import classify_heading

__all__ = ["wikitext_as_markdown"]

# A heading line (stripped) closed as it opens, "== 1) Role Summary ==" (AsciiDoc's and markdown's are open on
# the right; a setext underline "=====" has no title).
_HEADING = re.compile(r"(={1,6})[ \t]*(.*?[^=\s])[ \t]*(={1,6})")
_MIN_HEADINGS = 3
# Markup only MediaWiki writes, beside its headings: a table's opening line "{|", or '''bold''' (AsciiDoc's
# "'''" is a rule, alone on its line; DokuWiki's headings close with "=" too, its bold is "**").
_WIKI_MARKUP = re.compile(r"^\{\||'''[^'\s]", re.MULTILINE)

# Spans that may run over lines, found in one pass: a template's braces (nested: counted), a comment, a
# footnote, a block of code or a gallery, a <div> (page chrome by its class blanked with its content).
_SPAN_TOKEN = re.compile(
    r"\{\{|\}\}|<!--.*?-->|<ref\b[^>]*?/>|<ref\b[^>]*>.*?</ref\s*>"
    r"|<(gallery|syntaxhighlight|source|pre|math|timeline)\b.*?</\1\s*>|<div\b[^>]*>|</div\s*>",
    re.DOTALL | re.IGNORECASE,
)
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_DISPLAY_TITLE = re.compile(r"\{\{\s*DISPLAYTITLE\s*:\s*([^{}\n]*?)\s*\}\}", re.IGNORECASE)
_BRACES = re.compile(r"\{\{|\}\}")
_INFOBOX = re.compile(r"\{\{\s*Infobox\b", re.IGNORECASE)
_INFOBOX_TITLE = re.compile(r"^[ \t]*\|[ \t]*(?:title|name)[ \t]*=[ \t]*([^\s|{}][^|{}\n]*?)[ \t]*\r?$", re.MULTILINE)

# Inline markup, in the order it is read: what renders as nothing, links to their text, then emphasis.
_NOTHING = re.compile(
    r"<!--.*?-->|<ref\b[^>]*?/>|<ref\b[^>]*>.*?</ref\s*>|</?references\b[^>]*>|__[A-Z]+__"
    r"|\[\[\s*:?\s*(?:Category|File|Image|Media)\s*:[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]"
    r"|</?(?:div|span|small|big|center|font|nowiki|u|s|i|b|em|strong|sup|sub|abbr)\b[^>]*>",
    re.IGNORECASE,
)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")  # the innermost: removed until none is left
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL_LINK = re.compile(r"\[(?:https?:|ftp:|mailto:|//)[^\s\]]*(?:\s+([^\]]*))?\]")
_BOLD = re.compile(r"'''''(.+?)'''''|'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

# A list line's markers: "*" bullet, "#" numbered, ";" a term, ":" a definition or the item's next line.
_LIST = re.compile(r"([*#:;]+)[ \t]*")
# A talk page's signature, "[[User:Jo|Jo]] 14:02, 3 October 2025 (UTC)", or the bot's "{{unsigned|...}}".
_SECTION_LEVEL = 2  # "== 1) Role Summary ==": a section of the page, its sub-headings "==="
_SIGNATURE = re.compile(r"\[\[User(?:[ _]talk)?:[^\]]*\]\].*\(UTC\)|\{\{\s*unsigned\b", re.IGNORECASE)

# A row's cells: "||" between data cells, "!!" (or "||") between header cells.
_DATA_CELLS = re.compile(r"\|\|")
_HEADER_CELLS = re.compile(r"!!|\|\|")
# A table cell's attributes before its one "|": 'colspan=2', 'style="..."', 'scope=row'.
_CELL_ATTRIBUTES = re.compile(
    r"""[ \t]*(?:(?:colspan|rowspan|style|class|align|valign|width|height|bgcolor|scope|id|nowrap|data-[\w-]+)"""
    r"""[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'|]+)[ \t]*)+\|(?!\|)""",
    re.IGNORECASE,
)
_SPAN = re.compile(r"""\b(col|row)span[ \t]*=[ \t]*["']?(\d+)""", re.IGNORECASE)


def wikitext_as_markdown(text: str) -> str:
    """The page as markdown if it is MediaWiki wikitext, else the page as it is. Every line keeps its length.

    >>> page = "== A ==\\n== B ==\\n=== C ===\\n# '''One''' [[P|two]]<ref>x</ref>\\n#: – detail\\n; Term\\n: text"
    >>> [line.rstrip() for line in wikitext_as_markdown(page).splitlines()]
    ['## A', '## B', '### C', '- **One** two', ' - detail', 'Term: text', '']
    """
    return _Rewrite(text).markdown() if _is_wikitext(text) else text


def _is_wikitext(text: str) -> bool:
    """Whether three lines are closed "== ... ==" headings and the page writes a "{|" table or '''bold'''.

    One-character scans, from one line's first "=" to the next line's (as asciidoc.py looks for its titles): a
    page-long search for a two-character string is far slower, and most pages hold few "=".
    """
    headings = 0
    at = text.find("=")
    while at != -1:
        line_end = text.find("\n", at)
        if at == 0 or text[at - 1] == "\n":
            line = text[at : None if line_end == -1 else line_end].rstrip()
            # A rule of "=" (a simple table's, a setext underline) holds no title: no regex for it.
            if line[-1] == "=" and line.strip("= \t") and _HEADING.fullmatch(line):
                headings += 1
                if headings == _MIN_HEADINGS:
                    return _WIKI_MARKUP.search(text) is not None
        at = -1 if line_end == -1 else text.find("=", line_end)
    return False


class _Rewrite:
    """One page's lines (their bodies and line ends apart), rewritten in place."""

    def __init__(self, text: str) -> None:
        blanked = _blank_spans(text)
        self.bodies, self.ends = split_lines(blanked)
        self.signed = _SIGNATURE.search(text) is not None
        self.in_blueprint = False  # under a section of the blueprint (its sub-headings are no talk page's)
        # The page's title, when no DISPLAYTITLE gives it: an infobox's "| title = ...", on that line.
        self.title = None if _DISPLAY_TITLE.search(text) else _infobox_title(text, blanked)

    def markdown(self) -> str:
        bodies = self.bodies
        i = 0
        while i < len(bodies):
            stripped = bodies[i].strip()
            first = stripped[:1]
            if first == "{" and stripped[:2] == "{|":
                i = self._table(i)
            elif first == "=" and (heading := _HEADING.fullmatch(stripped)):
                i = self._heading(i, heading)
            elif first == ";":
                i = self._definitions(i)
            else:
                if stripped:
                    bodies[i] = _line(bodies[i]).ljust(len(bodies[i]))
                i += 1
        if self.title is not None:
            line, title = self.title
            bodies[line] = f"# {title}"[: len(bodies[line])].ljust(len(bodies[line]))
        return join_lines(bodies, self.ends)

    def _blank(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.bodies[k] = " " * len(self.bodies[k])

    def _heading(self, i: int, heading: re.Match[str]) -> int:
        """The heading at line i as markdown's; a talk page's section of signed comments blanked to the next
        heading of its level or above. The next line."""
        level = _level(heading)
        title = _inline(heading.group(2))
        if self.signed and level <= _SECTION_LEVEL:
            self.in_blueprint = not _talk(title)
        if self.signed and not self.in_blueprint and _talk(title):
            end = self._section_end(i, level)
            if any(_SIGNATURE.search(self.bodies[k]) for k in range(i + 1, end)):
                self._blank(i, end)
                return end
        self.bodies[i] = ("#" * level + " " + title).ljust(len(self.bodies[i]))
        return i + 1

    def _section_end(self, i: int, level: int) -> int:
        """The line of the next heading of the level or above, else the page's end."""
        for k in range(i + 1, len(self.bodies)):
            stripped = self.bodies[k].strip()
            if stripped[:1] == "=" and (heading := _HEADING.fullmatch(stripped)) and _level(heading) <= level:
                return k
        return len(self.bodies)

    def _definitions(self, i: int) -> int:
        """A term "; Budget" and its definitions ": ..." under it: one definition joined to its term as a
        label, "Budget: manages ...", over the two lines; several, the term a lead "Name:" over its items."""
        term = _inline(_LIST.sub("", self.bodies[i], count=1)).strip()
        if " : " in term:  # "; term : definition" on one line
            self.bodies[i] = term.replace(" : ", ": ", 1).ljust(len(self.bodies[i]))
            return i + 1
        end = i + 1
        while end < len(self.bodies) and self.bodies[end].lstrip()[:1] == ":":
            end += 1
        definitions = [_inline(_LIST.sub("", self.bodies[k], count=1)).strip() for k in range(i + 1, end)]
        if len(definitions) == 1 and write_span(self.bodies, self.ends, i, end, [f"{term}: {definitions[0]}"]):
            return end
        self.bodies[i] = (term if term.endswith(":") else term + ":").ljust(len(self.bodies[i]))
        for k, definition in enumerate(definitions, i + 1):
            self.bodies[k] = ("- " + definition).ljust(len(self.bodies[k]))
        return end

    def _table(self, i: int) -> int:
        """Rewrite the "{|" table opening at line i as pipe rows over its span; return the line after it. A table
        of page chrome (by its class, or headed by a sponsorship label alone) is blanked."""
        end = _table_end(self.bodies, i)
        if end is None:  # never closed: no table
            self.bodies[i] = _line(self.bodies[i]).ljust(len(self.bodies[i]))
            return i + 1
        rows = [] if _chrome(self.bodies[i]) else _table_rows(self.bodies[i + 1 : end])
        if rows and len(rows[0]) == 1 and is_ad_label(rows[0][0].text.strip("*_ ")):
            rows = []
        if rows:
            for carry, compact in ((True, False), (True, True), (False, True)):
                grid = span_grid(rows, carry)
                notes = _closing_notes(grid)
                written = [pipe_row(cells, compact) for cells in grid] + ([""] + notes if notes else [])
                if write_span(self.bodies, self.ends, i, end + 1, written):
                    return end + 1
        self._blank(i, end + 1)
        return end + 1


def _level(heading: re.Match[str]) -> int:
    return min(len(heading.group(1)), len(heading.group(3)))


def _talk(title: str) -> bool:
    """Whether a heading may open a talk page's comments: no section of the blueprint ("Discussion", not
    "14) Required Experience")."""
    match = classify_heading(title)
    return match.spec is None and match.number is None


def _table_end(bodies: list[str], i: int) -> int | None:
    """The line of the "|}" closing the table opened at line i (a table nested in a cell closes first)."""
    depth = 0
    for k in range(i, len(bodies)):
        mark = bodies[k].lstrip()[:2]
        depth += mark == "{|"
        depth -= mark == "|}"
        if depth == 0:
            return k
    return None


def _blank_spans(text: str) -> str:
    """The page with what spans lines and renders as nothing blanked, newlines kept: a template over lines (an
    infobox's title written in its place when the page has no DISPLAYTITLE), a comment, a footnote, a code
    block, a <div> of page chrome with its content. What stays on one line is left to :func:`_inline`."""
    blanks: list[tuple[int, int]] = []
    depth = open_at = 0
    chrome_depth = chrome_at = 0  # the <div>s open inside a chrome <div>, and where it opened
    for token in _SPAN_TOKEN.finditer(text):
        mark = token.group(0)
        if mark == "{{":
            open_at = token.start() if depth == 0 else open_at
            depth += 1
        elif mark == "}}":
            depth = max(depth - 1, 0)
            if depth == 0 and "\n" in text[open_at : token.end()]:
                blanks.append((open_at, token.end()))
        elif depth:
            continue  # inside a template: blanked with it
        elif mark[:4].lower() == "<div":
            if chrome_depth or _chrome(mark):
                chrome_at = token.start() if chrome_depth == 0 else chrome_at
                chrome_depth += 1
        elif mark[:5].lower() == "</div":
            if chrome_depth:
                chrome_depth -= 1
                if chrome_depth == 0:
                    blanks.append((chrome_at, token.end()))
        elif "\n" in mark or token.group(1):
            blanks.append(token.span())
    if not blanks:
        return text
    out: list[str] = []
    done = 0
    for start, end in blanks:
        if start < done:
            continue
        out.append(text[done:start] + re.sub(r"[^\r\n]", " ", text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def _infobox_title(text: str, blanked: str) -> tuple[int, str] | None:
    """The line of an infobox's "| title = ..." (blanked with its template) and the title, else None."""
    infobox = _INFOBOX.search(text)
    if infobox is None or blanked[infobox.start()] != " ":  # none, or on one line: no line of its own
        return None
    title = _INFOBOX_TITLE.search(text, infobox.end(), _template_end(text, infobox.start()))
    if title is None:
        return None
    return text.count("\n", 0, title.start()), _inline(title.group(1))


def _template_end(text: str, start: int) -> int:
    """Where the template opening at ``start`` closes (its nested templates counted)."""
    depth = 0
    for brace in _BRACES.finditer(text, start):
        depth += 1 if brace.group(0) == "{{" else -1
        if depth == 0:
            return brace.end()
    return len(text)


def _chrome(tag: str) -> bool:
    """Whether a tag's or a table's class names page chrome ('<div class="ad">', '{| class="navbox"')."""
    found = _CLASS.search(tag)
    return found is not None and chrome_class(next(value for value in found.groups() if value is not None))


def _line(body: str) -> str:
    """One line of text or a list item as markdown, never longer than the line."""
    stripped = body.lstrip()
    if stripped[:1] in "*#:;" and (markers := _LIST.match(stripped)):
        run = markers.group(1)
        text = _inline(stripped[markers.end() :])
        if run[-1] in ":;" and run.strip(":;") == "":  # an indented paragraph, no list
            return " " * len(run) + text
        if run[-1] == ":":  # "#: ..." the item's next line: under it, one level deeper
            text = text.removeprefix("– ").removeprefix("— ")
        return " " * (len(run) - 1) + "- " + text
    if stripped[:1] == "{" and (title := _DISPLAY_TITLE.match(stripped)):
        return "# " + _inline(title.group(1))
    return _inline(body)


def _inline(text: str) -> str:
    """A line's inline wikitext as the markdown it reads as, never longer."""
    if "<" in text or "__" in text or "[[" in text:
        text = _NOTHING.sub("", text)
    if "{{" in text:
        while (reduced := _TEMPLATE.sub("", text)) != text:
            text = reduced
    if "[" in text:
        text = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1).split("#")[0]).strip(), text)
        text = _EXTERNAL_LINK.sub(lambda m: (m.group(1) or "").strip(), text)
    if "''" in text:
        text = _BOLD.sub(lambda m: f"**{m.group(1) or m.group(2)}**", text)
        text = _ITALIC.sub(r"\1", text)
    if "<" in text:
        text = _LINE_BREAK.sub(" ", text)
    return text.rstrip()


# --- tables ----------------------------------------------------------------------------------------------


def _table_rows(lines: list[str]) -> list[list[TableCell]]:
    """A table's rows of cells, from the lines between "{|" and "|}": the caption dropped, a cell's lines under
    it (a list in the cell) its own, joined by line breaks."""
    rows: list[list[TableCell]] = []
    row: list[TableCell] = []
    in_caption = False
    nested = 0  # the lines of a table nested in a cell: left out
    for line in lines:
        stripped = line.strip()
        if nested or stripped[:2] == "{|":
            nested += (stripped[:2] == "{|") - (stripped[:2] == "|}")
        elif stripped[:2] == "|+":
            in_caption = True
        elif stripped[:2] == "|-":
            in_caption = False
            if row:
                rows.append(row)
            row = []
        elif stripped[:1] in ("|", "!"):
            in_caption = False
            separator = _HEADER_CELLS if stripped[0] == "!" else _DATA_CELLS
            row.extend(_cell(cell) for cell in separator.split(_inline_cells(stripped[1:])))
        elif stripped and not in_caption and row:
            row[-1] = row[-1]._replace(text=_cell_line(row[-1].text, stripped))
    if row:
        rows.append(row)
    return [cells for cells in rows if any(cell.text for cell in cells)]


def _closing_notes(grid: list[list[str]]) -> list[str]:
    """The closing rows of one cell across a wider table, taken off it: notes under the table, not rows ("Score
    each dimension 1-4 ..."), as the HTML reader reads them."""
    notes: list[str] = []
    width = max(map(len, grid))
    while len(grid) > 2 and width > 1 and len(grid[-1]) == 1:
        notes[:0] = grid.pop()
    return notes


def _inline_cells(text: str) -> str:
    """A row's text with links and templates read first: their "|" is no cell's border."""
    if "[[" in text or "{{" in text or "<" in text:
        text = _NOTHING.sub("", text)
        while (reduced := _TEMPLATE.sub("", text)) != text:
            text = reduced
        text = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1).split("#")[0]).strip(), text)
    return text


def _cell(text: str) -> TableCell:
    """A cell's text and spans, its attributes ("rowspan=2 |", 'style="..." |') read and dropped."""
    across = down = 1
    if "=" in text and (attributes := _CELL_ATTRIBUTES.match(text)):
        for kind, count in _SPAN.findall(attributes.group(0)):
            across, down = (int(count), down) if kind.lower() == "col" else (across, int(count))
        text = text[attributes.end() :]
    return TableCell(_cell_text(text), max(across, 1), max(down, 1))


def _cell_line(cell: str, line: str) -> str:
    """A cell's text with a line under it added: a list's item ("# Systems thinking") on a line of its own."""
    if markers := _LIST.match(line):
        line = line[markers.end() :]
    line = _cell_text(line)
    return f"{cell}<br>{line}" if cell else line


def _cell_text(text: str) -> str:
    """A cell's inline wikitext read, its line breaks kept as the "<br>" a pipe row's cell holds."""
    return "<br>".join(filter(None, (_inline(part).strip() for part in _LINE_BREAK.split(text))))
