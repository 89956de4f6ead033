"""reStructuredText source pages to the markdown layout ``textblocks.text_to_pieces`` reads.

A Sphinx handbook's page saved as its source (``.rst`` as ``.txt``) writes what markdown
writes in its own markup: section titles under (and over) lines of one punctuation
character, auto-numbered ``#.`` items, ``:Label: text`` field lists, ``.. list-table::``
and simple tables ruled with ``=``, and explicit markup (``.. note::``, ``.. raw:: html``,
``.. _target:``, ``.. [#] footnote``, ``.. comment``) with roles (``:ref:`text```),
footnote references (``[#]_``) and substitutions (``|br|``) inline. :func:`rst_as_markdown`
rewrites such a page into markdown line by line, each line's length kept (blanked
markup becomes spaces), so every block offset still indexes the page. Only a title the
reader could not otherwise level, and a list-table's row, joins its lines into one: the
newline becomes a space of the line, and the text around keeps its offsets.
A page without an explicit markup line (a directive, a target, a footnote or a
substitution definition) is no reStructuredText: it costs one substring scan.
"""

from __future__ import annotations

import re

from .markuplines import join_lines, split_lines

__all__ = ["rst_as_markdown"]

# Explicit markup that is reStructuredText's own, at a line's start: a directive, a hyperlink target, a
# footnote or citation, a substitution definition. A ".. " in prose or a lone ".. comment" line is none.
_RST_MARKUP = re.compile(r"^\.\. (?:[A-Za-z][\w:-]*::|_[^\n:]*:|\[[^\]\n]+\]|\|[^|\n]+\|)", re.MULTILINE)
_EXPLICIT = re.compile(r"( *)\.\.(?: +(.*))?")
_DIRECTIVE = re.compile(r"([A-Za-z][\w:-]*)::(.*)")
_SUBSTITUTION_DEFINITION = re.compile(r"^ *\.\. \|([^|\n]+)\|", re.MULTILINE)  # ".. |br| raw:: html"
# Directives whose body is no article text: page metadata, navigation, code, images, asides and widgets.
# Any other directive's body ("note", "tip", "admonition", "container", "tab") is read as text.
_ASIDE_DIRECTIVES = frozenset(
    "meta contents toctree sidebar image figure code code-block sourcecode literalinclude include highlight "
    "index sectnum math csv-table".split()
)
_OPTION = re.compile(r" +:[\w -]+:(?: |$)")  # a directive's ":header-rows: 1" right under it
# A title's under- or overline: one punctuation character repeated.
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{2,} *")
# A simple table's rule: "=" runs apart, one a column.
_TABLE_RULE = re.compile(r" *=+(?: +=+)+ *")
_FIELD = re.compile(r"( *):([^:`\s][^:`]*):(?: +|$)")  # ":Why it matters: ..." (a role's ":ref:`" is none)
_AUTO_ENUMERATOR = re.compile(r"( *)#([.)]) ")
# Inline markup written as its text: ``literal``, a role's or a link's text (":ref:`text <target>`",
# "`text <url>`_"), a footnote or citation reference ("[#]_", "[1]_") dropped with the space before it.
_INLINE = re.compile(
    r"``([^`]+)``"
    r"|(?::[\w.+-]+(?::[\w.+-]+)*:)?`([^`<]*?) *(?:<[^`<>]*>)?`(?:__?)?"
    r"| ?\[(?:#[\w-]*|\d+|\*|[A-Za-z][\w.-]*)\]_"
)
_LIST_TABLE_ROW = "*"  # a list-table's rows are a bullet list ...
_LIST_TABLE_CELL = "-"  # ... of bullet lists, a cell each


def rst_as_markdown(text: str) -> str:
    """The page rewritten into markdown if it is reStructuredText, each line its length; else the page itself.

    >>> rst_as_markdown(
    ...     "Title\\n=====\\n\\nSkills\\n------\\n\\nSQL\\n~~~\\n\\n#. **SQL**\\n\\n   :Use: queries.\\n\\n.. _sql:\\n"
    ... )
    'Title\\n=====\\n\\nSkills\\n------\\n\\n### SQL\\n\\n1. **SQL**\\n\\n   Use: queries. \\n\\n        \\n'
    """
    if not (text.startswith(".. ") or "\n.. " in text) or _RST_MARKUP.search(text) is None:
        return text
    return _Rewrite(text).markdown()


class _Rewrite:
    """One page's lines (their bodies and line ends apart), rewritten in place."""

    def __init__(self, text: str) -> None:
        self.bodies, self.ends = split_lines(text)
        names = _SUBSTITUTION_DEFINITION.findall(text)  # "|br|" in the text: only a defined name is a reference
        self.substitution_refs = (
            re.compile("|".join(rf"\|{re.escape(name)}\|_{{0,2}}" for name in names)) if names else None
        )
        self.titles: list[tuple[int, int, str]] = []  # (title line, underline line, adornment style)

    def markdown(self) -> str:
        bodies = self.bodies
        enumerated: dict[int, int] = {}  # indentation of an open "#." list -> its last number
        i = 0
        while i < len(bodies):
            body = bodies[i]
            stripped = body.lstrip(" ")
            if not stripped:
                i += 1
                continue
            indent = len(body) - len(stripped)
            for depth in [d for d in enumerated if d > indent or (d == indent and stripped[0] != "#")]:
                del enumerated[depth]
            if stripped.startswith("..") and (explicit := _EXPLICIT.fullmatch(body)):
                i = self._explicit(i, len(explicit.group(1)), explicit.group(2) or "")
                continue
            if (after := self._title(i)) or (after := self._table_rules(i)):
                i = after
                continue
            if _ADORNMENT.fullmatch(body) and not bodies[i - 1].strip():
                bodies[i] = " " * len(body)  # a transition between paragraphs
            elif stripped[0] == "#" and (item := _AUTO_ENUMERATOR.match(body)):
                number = enumerated.get(indent, 0) + 1
                enumerated[indent] = number
                if number < 10:  # "#." is two characters: a longer number would shift the item's text
                    bodies[i] = f"{item.group(1)}{number}{item.group(2)}{body[item.end() - 1 :]}"
            elif stripped[0] == ":" and (field := _FIELD.match(body)):
                # ":Label: text" as the labelled line "Label: text", its text moved one column left
                bodies[i] = f"{field.group(1)}{field.group(2)}: {body[field.end() :]}".ljust(len(body))
            self._inline(i)
            i += 1
        self._level_titles()
        return join_lines(bodies, self.ends)

    # --- explicit markup ---------------------------------------------------------------------

    def _explicit(self, i: int, indent: int, rest: str) -> int:
        """Blank the explicit markup block at line i (the body indented under it too, unless it is text);
        return the index of the line after what was blanked."""
        bodies = self.bodies
        end = i + 1
        while end < len(bodies) and (
            not bodies[end].strip() or len(bodies[end]) - len(bodies[end].lstrip(" ")) > indent
        ):
            end += 1
        while end > i + 1 and not bodies[end - 1].strip():
            end -= 1
        directive = _DIRECTIVE.match(rest)
        name = directive.group(1).lower() if directive else None
        if name == "list-table" and self._list_table(i, end):
            return end
        body = i + 1
        while body < end and _OPTION.match(bodies[body]):
            body += 1
        keep_body = name is not None and name not in _ASIDE_DIRECTIVES
        if name == "raw":
            keep_body = "html" in directive.group(2).lower()  # the HTML block reader reads it, its ads dropped
        for j in range(i, body if keep_body else end):
            bodies[j] = " " * len(bodies[j])
        if keep_body and name != "raw":
            self._dedent(body, end)
            return body  # the body's lines are read as the page's own
        return end

    def _dedent(self, start: int, end: int) -> None:
        """A directive's body moved to the column of its directive's text, its lines padded to their lengths."""
        bodies = self.bodies
        indents = [len(b) - len(b.lstrip(" ")) for b in bodies[start:end] if b.strip()]
        cut = min(indents, default=0)
        for j in range(start, end):
            bodies[j] = bodies[j][cut:].ljust(len(bodies[j]))

    def _list_table(self, i: int, end: int) -> bool:
        """Write the list-table at lines i..end as a pipe table, each row on its first line joined with the
        lines under it; False if its body is no list of rows of cells."""
        bodies = self.bodies
        rows: list[tuple[int, list[str]]] = []  # (line of the row's "* -", its cells)
        header_rows = 0
        cell_column = None
        for j in range(i + 1, end):
            body = bodies[j]
            stripped = body.strip()
            if not stripped:
                continue
            column = len(body) - len(body.lstrip(" "))
            if not rows and stripped.startswith(":"):
                name, _, value = stripped[1:].partition(":")
                header_rows = int(value) if name == "header-rows" and value.strip().isdigit() else header_rows
                continue
            if stripped == _LIST_TABLE_ROW or stripped[:2] == f"{_LIST_TABLE_ROW} ":
                rows.append((j, []))
                stripped = stripped[1:].lstrip()
                if not stripped:
                    continue  # a lone "*": the row's cells on the lines under it
                column = len(body) - len(stripped)
            if not rows:
                return False
            cells = rows[-1][1]
            if cell_column is None and stripped[:2] == f"{_LIST_TABLE_CELL} ":
                cell_column = column
            if column == cell_column and (stripped == _LIST_TABLE_CELL or stripped[:2] == f"{_LIST_TABLE_CELL} "):
                cells.append(stripped[1:].strip())
            elif cells:
                cells[-1] = f"{cells[-1]} {stripped}"  # a cell's text continued on the next line
            else:
                return False
        if not rows:
            return False
        if header_rows > 1:  # header rows over one another: one header, each column's names joined
            head = [" ".join(names).strip() for names in zip(*(cells for _, cells in rows[:header_rows]))]
            rows[header_rows - 1] = (rows[header_rows - 1][0], head)
        lasts = [first - 1 for first, _ in rows[1:]] + [end - 1]
        spans = [
            (first, last, _pipe_row([self._plain(cell) for cell in cells])) for (first, cells), last in zip(rows, lasts)
        ]
        if any(len(row) > self._span_length(first, last) for first, last, row in spans):
            return False
        for j in range(i, rows[0][0]):
            bodies[j] = " " * len(bodies[j])
        for first, last, row in spans:
            self._join(first, last, row)
        for first, last, _ in spans[: max(header_rows - 1, 0)]:
            bodies[first] = " " * len(bodies[first])
        return True

    # --- titles and tables -------------------------------------------------------------------

    def _title(self, i: int) -> int:
        """Note a section title at line i (over- and underlined, or underlined); return the line after it, else 0."""
        bodies = self.bodies
        if i + 1 >= len(bodies) or (i and bodies[i - 1].strip()):
            return 0
        if _ADORNMENT.fullmatch(bodies[i]):
            mark = bodies[i].rstrip()
            if i + 2 < len(bodies) and bodies[i + 1].strip() and bodies[i + 2].rstrip() == mark:
                bodies[i] = " " * len(bodies[i])
                self.titles.append((i + 1, i + 2, f"{mark[0]}/"))
                return i + 3
            return 0
        underline = bodies[i + 1].rstrip()
        title = bodies[i].rstrip()
        if title[0] == " " or not _ADORNMENT.fullmatch(underline) or len(underline) < min(len(title), 4):
            return 0
        self.titles.append((i, i + 1, underline[0]))
        return i + 2

    def _level_titles(self) -> None:
        """Level the titles by their adornment styles in the order the page first uses them, as docutils: a
        style first met under a title of level n is of level n + 1. A style used once, first, is the page's
        title (level 1), else the top style heads sections (level 2). Levels 1 and 2 are setext underlines; a
        deeper title and its underline join into one "### Title" line."""
        if not self.titles:
            return
        styles: dict[str, int] = {}
        level = 0
        for _, _, style in self.titles:
            level = styles.setdefault(style, level + 1)
        top = self.titles[0][2]
        shift = 0 if sum(1 for _, _, style in self.titles if style == top) == 1 else 1
        bodies = self.bodies
        for title, underline, style in self.titles:
            level = styles[style] + shift
            if level <= 2:
                bodies[underline] = ("=" if level == 1 else "-") * len(bodies[underline])
            else:
                self._join(title, underline, f"{'#' * min(level, 6)} {bodies[title].strip()}")

    def _table_rules(self, i: int) -> int:
        """A simple table ruled with "=" from line i: its header rule and closing rule as the dashes a
        markdown simple table has, its top rule blanked; return the line after it, else 0."""
        bodies = self.bodies
        if not _TABLE_RULE.fullmatch(bodies[i]):
            return 0
        rules = [i]
        j = i + 1
        while j < len(bodies) and bodies[j].strip():
            if _TABLE_RULE.fullmatch(bodies[j]):
                rules.append(j)
            else:
                self._inline(j)
            j += 1
        bodies[i] = " " * len(bodies[i])
        for rule in rules[1:]:
            # without a header (two rules) the closing rule would make the last row one: blanked as well
            bodies[rule] = bodies[rule].replace("=", "-") if len(rules) > 2 else " " * len(bodies[rule])
        return j

    # --- lines -------------------------------------------------------------------------------

    def _inline(self, i: int) -> None:
        """Line i with its inline markup written as text (_plain), padded to its length."""
        self.bodies[i] = self._plain(self.bodies[i]).ljust(len(self.bodies[i]))

    def _plain(self, text: str) -> str:
        """Roles, links, literals, footnote references and the page's substitutions written as their text."""
        if "`" in text or "]_" in text:
            text = _INLINE.sub(_inline_text, text)
        if self.substitution_refs is not None and "|" in text:
            text = self.substitution_refs.sub("", text)
        return text

    def _span_length(self, first: int, last: int) -> int:
        return sum(len(self.bodies[j]) + len(self.ends[j]) for j in range(first, last)) + len(self.bodies[last])

    def _join(self, first: int, last: int, line: str) -> None:
        """Write ``line`` over lines first..last as one line, padded to their length with their line ends."""
        bodies, ends = self.bodies, self.ends
        bodies[first] = line.ljust(self._span_length(first, last))
        for j in range(first + 1, last + 1):
            bodies[j] = ""
        for j in range(first, last):
            ends[j] = ""


def _inline_text(match: re.Match[str]) -> str:
    literal, text = match.group(1, 2)
    return literal if literal is not None else text or ""


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
