"""Terminal-browser dumps (``lynx -dump``, ``w3m -dump``) to the text layout the block reader reads.

A text browser lays the page out for a terminal: every paragraph, list item and
"– detail" line is hard-wrapped near one width, with continuation lines at the
item's hanging indent; tables become space-aligned columns whose cells wrap within
their column; and lynx shows each link as a ``[N]`` marker before its text, with the
URLs listed under "References" at the end. Read line by line, each physical line
would be a block of its own.

:func:`unwrap_dump` rewrites such a page into the layout ``textblocks.text_to_pieces``
already reads: each wrapped paragraph, item and detail on one line (indentation and
markers kept, so nesting and details read as before), each table as pipe rows, each
``[N]text`` as a reference link ``[text][N]`` (so link-dense lines count as links),
and the References list dropped. Block offsets then index the unwrapped text, as they
index the mojibake-repaired text. :func:`is_terminal_dump` is the cheap page test
that decides whether to: a References list of URLs, or lines packed up to one width.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from .layout import ITEM_MARKERS

__all__ = [
    "MESSAGE_QUOTE", "aligned_rows", "ends_mid_clause", "is_terminal_dump", "may_be_quoted_message", "quoted_message",
    "rejoin_broken_words", "running_lines", "unquoted_message", "unwrap_dump",
]  # fmt: skip

_REFERENCES = "References"
_VISIBLE_LINKS = "Visible links:"
# A References entry, lynx's "  12. https://..." or w3m's "[12] https://...".
_REFERENCE_ENTRY = re.compile(r"[ \t]*(?:\d+\.|\[\d+\])[ \t]+[a-z][a-z+.-]*:\S")
# A list item's marker: the bullets lynx and w3m cycle through by depth ("*", "+", "o",
# "#", "@" and layout's bullets), a number, or a detail's dash.
_MARKER = re.compile(rf" *(?:[{re.escape(ITEM_MARKERS)}o#@]|\d{{1,3}}[.)]|[–—])[ \t]+(?=\S)")
# A list item's marker alone: a bullet, a number or a letter with its "." or ")".
_LIST_MARKER = re.compile(rf"[{re.escape(ITEM_MARKERS)}]|\d{{1,3}}[.)]|[A-Za-z][.)]")
# Bullets the block reader does not read as bullets ("# x" would be a heading): written "-".
_FOREIGN_BULLET = re.compile(r"^( *)[o#@]")
# A table line's cells: text up to a gap of two spaces or more, the gutter between columns.
_CELL = re.compile(r"\S+(?: \S+)*")
# A column start inside a run of text must start a cell after a wider gap on this many lines at least.
_NARROW_GUTTER_CELLS = 2
_MAX_TABLE_WIDTH = 400  # wider lines are no terminal's table (a browser wraps cells to fit its screen)
# lynx glues the marker to the link's text: "[12]Start Free Trial".
_LINK_MARKER = re.compile(r"\[(\d{1,5})\](?=[^\s.,;:)\]])")
# lynx shows an image by its alt text in brackets, or "[IMG]" without one.
_IMAGE = re.compile(r"\[([^\[\]]*)\]")
# What sets links and phrases apart on a line: a gap, or a separator ("Home » Roles",
# "Privacy · Terms", "Splunk – SIEM").
_APART = r"  | [·»›|–—] "
_BOUNDARY = re.compile(_APART)
# Where a link's text ends, which the dump does not mark: another link, a boundary or a clause's end.
_LINK_END = re.compile(rf"\[\d{{1,5}}\]|{_APART}|[.,;:!?](?: |$)")
_OUTLIERS = 100  # one line in this many may run past the wrap width (a long URL, preformatted text)
_HARD_WRAP_BAND = 10  # a hard-wrapped page packs its lines to within this many columns of its width ...
_HARD_WRAP_SHARE = 0.15  # ... this share of its lines at least (other pages: 0.02 at most)
_HARD_WRAP_MIN_LINES = 20
# pdftotext ends each PDF page with a form feed: this many say a print, its lines wrapped at its column width
# however few reach it (short bullets, a table's cells one a line), where one is a stray character.
_PRINT_PAGES_MIN = 3
_TERMINAL_WIDTHS = range(60, 161)
_CLAUSE_ENDS = frozenset(".!?:;")
_SENTENCE_ENDS = frozenset(".!?")
_HYPHEN_BREAK = re.compile(r"[a-z]-$")
_WORD = re.compile(r"[a-z]+")
# Words a line that ends a sentence or a title does not end with.
_DANGLING_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "to", "for", "with", "in", "on", "by", "&"})


def is_terminal_dump(text: str) -> bool:
    """Whether a text page is a terminal browser's dump: a References list of URLs, or hard-wrapped lines."""
    printed = text.count("\f") >= _PRINT_PAGES_MIN
    lines = text.split("\n")
    # A print's running header ("12/3/26, 9:41 AM    <title>") sets a gap no wrapped line holds; a copied print's
    # (no form feed, no blank line) are read only where no blank line sets paragraphs apart.
    if printed or (_may_be_copied_print(text) and "\n\n" not in text):
        lines, page_breaks = _without_running_lines(lines)
        printed = printed or _copied_print(text, page_breaks)
    return _references_at(text) is not None or _hard_wrapped(lines, printed)


def _may_be_copied_print(text: str) -> bool:
    """Whether a page without blank lines may be a copied print, told by its end alone: a browser's print closes
    every printed page, the last too, with a footer holding the page's URL or its counter ("… Page 14 of 14",
    "14/14"). Most pages without blank lines are compact text (seed 004's layout), where reading every line for
    running headers would cost ~0.5 ms a page to find none."""
    tail = text[-_PRINT_TAIL_CHARS:]
    return "://" in tail or _PAGE_COUNTER_END.search(tail) is not None


_PRINT_TAIL_CHARS = 300  # the footer, and a line or two a copy may add after it
_PAGE_COUNTER_END = re.compile(r"\b\d{1,4} ?(?:/|of) ?\d{1,4}\s*$", re.IGNORECASE)


def _copied_print(text: str, page_breaks: set[int]) -> bool:
    """Whether a page without form feeds is a PDF's text copied from a viewer (select all, copy): no blank line
    anywhere (a viewer sets none between paragraphs), and running lines that break it into printed pages
    ("12/7/25, 9:41 PM  <title>", "https://…  Page 3 of 14"). It is read as pdftotext's print is."""
    return len(page_breaks) >= _PRINT_PAGES_MIN and "\n\n" not in text


def unwrap_dump(text: str) -> str:
    """Join the dump's wrapped lines and table cells, turn link markers into links, drop References.

    >>> unwrap_dump("   A line that the browser\\n   wrapped.\\n   * [1]Home\\n   * [2]About\\n\\nReferences\\n\\n   1. https://x.example/\\n")
    '   A line that the browser wrapped.\\n   * [Home][1]\\n   * [About][2]\\n'
    """
    references = _references_at(text)
    lines = [line.rstrip() for line in (text if references is None else text[:references]).split("\n")]
    lines, page_breaks = _without_running_lines(lines)
    printed = text.count("\f") >= _PRINT_PAGES_MIN or _copied_print(text, page_breaks)
    if "\f" in text:  # a PDF's text (pdftotext ends each page with a form feed), laid out at the page's margin
        lines = _without_margin(lines)
    if printed:
        lines = _markers_on_their_items(lines)
    if printed and "\f" not in text:
        lines = _bullets_restored(lines)
    tables = _tables(lines, page_breaks)
    width = _wrap_width(_prose(lines), printed, copied=printed and "\f" not in text)
    if printed:
        tables.update(_cell_line_tables(lines, set(tables), width))
    out: list[str | _Block] = []
    block: _Block | None = None
    page_words = _PageWords(text)
    i = 0
    while i < len(lines):
        if i in tables:
            start = i
            rows, i = tables[i]
            out.extend(lines[start:i] if rows is None else _pipe_rows(rows))
            block = None
            continue
        line = lines[i]
        i += 1
        if (
            block is not None
            and block.continued_by(line, width)
            and (i - 1 not in page_breaks or block.resumed_by(line))
            and not (printed and block.headed_by(line, width))
        ):
            block.add(line, page_words)
            continue
        block = _Block.starting(line) if line else None
        out.append(block or line)
    return "\n".join(part if isinstance(part, str) else part.render() for part in out).rstrip("\n") + "\n"


@dataclass
class _Block:
    """A paragraph, item or detail whose wrapped lines are being joined."""

    head: str  # indentation and marker of its first line
    indent: int
    column: int  # where its text starts, after the marker
    last: int  # length of its last line
    parts: list[str]

    @classmethod
    def starting(cls, line: str) -> _Block:
        marker = _MARKER.match(line)
        indent = _indent(line)
        column = marker.end() if marker else indent
        return cls(_FOREIGN_BULLET.sub(r"\1-", line[:column]), indent, column, len(line), [line[column:]])

    def continued_by(self, line: str, width: int) -> bool:
        """A line continues the block when its first word would not have fitted on the block's
        last line (the browser wrapped there) and it sits where a wrapped line does: at the
        text column, or, unless it opens an item itself, at the block's indent (a "– detail"
        written in a paragraph wraps under its dash). A known table's header line starts a block.
        An item's line at its hanging indent, no item itself, continues it however short the one above."""
        if not line:
            return False
        hanging = self.column > self.indent and _indent(line) == self.column and _MARKER.match(line) is None
        if _laid_out_whole(line) or _laid_out_whole(self.parts[-1]) or (self.last > width and not hanging):
            return False  # a line the width did not break (a table's cell on its own line) ends its block
        if not (hanging or _wraps(self.last, line.split(None, 1)[0], width) or self._runs_on(line, width)):
            return False
        # Imported here: .tables loads spaCy, which a run with no page to read (and every page
        # that is no dump) does without.
        from .tables import match_lost_border_header

        if match_lost_border_header(line.lstrip()) is not None:
            return False  # lynx writes a table's rows as lines of words, from the line after the text above
        if hanging:
            return True
        indent = _indent(line)
        return indent == self.column or (indent == self.indent and _MARKER.match(line) is None)

    def resumed_by(self, line: str) -> bool:
        """Whether the first line of a printed page resumes the block the page break cut: it reads on in
        lowercase, or at an item's text column. A line at the left with a capital or a figure is a heading
        or a paragraph of its own ("12-month objectives"), however full the line before the break."""
        return line.lstrip()[:1].islower() or (self.column > self.indent and _indent(line) == self.column)

    def headed_by(self, line: str, width: int) -> bool:
        """Whether a print's line after the block's sentence end is a heading of its own: pdftotext sets no blank
        line between paragraphs, and a full line may end a paragraph (its font is proportional), but a line
        short of the width, opening with a capital or a figure and ending unpunctuated is no paragraph's last
        ("…the utilization committee." / "Operational responsibilities")."""
        text = line.strip()
        if not (
            text[-1:] not in _CLAUSE_ENDS
            and (text[:1].isupper() or text[:1].isdigit())
            and len(line) < width - _HARD_WRAP_BAND
        ):
            return False
        last = self.parts[-1]
        if last[-1:] in _SENTENCE_ENDS:
            return True
        if not last[-1:].isalnum() or ends_mid_clause(last):
            return False  # "…, Operational risk analyst," / "Regulatory affairs associate": the item reads on
        # After a full line that ends on a word ("• Typical path: … → Residential Property Manager"), a line
        # is a heading only if the sections' vocabulary knows it as one ("Next likely roles after this role").
        from .sections import is_subheading_anywhere  # imported here, as match_lost_border_header above

        return is_subheading_anywhere(text)

    def _runs_on(self, line: str, width: int) -> bool:
        """Whether a line continues the block's last one at a ragged right margin (a PDF's text, set in a
        proportional font, breaks its lines well short of the widest, a title's larger font shorter still):
        the last line, half the width at least, stops mid-sentence, before a lowercase word ("significant
        defi-" / "ciencies.") or an aside ("Professional Engineer" / "(PE) or …"), or after a word that cannot
        end a clause (a title's "…KPIs, and" / "Career Path")."""
        last = self.parts[-1]
        if self.last < width // 2 or last[-1:] in _CLAUSE_ENDS:
            return False
        first = line.lstrip()[:1]
        # A comma ends no item's or paragraph's last line ("…, a maintenance supervisor," / "2–4 technicians, …").
        return first.islower() or first == "(" or last[-1:] == "," or ends_mid_clause(last)

    def add(self, line: str, page_words: _PageWords) -> None:
        text = line.strip()
        last = self.parts[-1]
        if _HYPHEN_BREAK.search(last) and text[:1].islower() and page_words.hyphenated(last, text):
            self.parts[-1] = last[:-1] + text  # "state-" / "ments": the word the typesetter broke
        else:
            self.parts.append(text)
        self.last = len(line)

    def render(self) -> str:
        # Imported here, as match_lost_border_header above.
        from .textblocks import join_wrapped

        return self.head + _links(join_wrapped(self.parts))


# A printed page's running header and footer ("12/6/26, 6:41 AM   <title>", "https://…   3/15"): lines
# repeated on every printed page, a form feed before each page's first.
_RUNNING_MIN = 3  # occurrences
_PAGE_LINES = 15  # a printed page's lines at least: what sets a running line's occurrences apart
_NUMBER = re.compile(r"\d+")
# What a page counter ends its footer with, cut from lines that may be one ("… 3/14", "Page 3 of 14").
_COUNTER_END = " \f0123456789/of"
# A browser's print stamp, its numbers read as 0 ("06/12/2026, 10:14"; "12/6/26, 6:41 AM" holds letters).
_PRINT_STAMP = re.compile(r"0[/.-]0[/.-]0,? 0:0(?::0)?(?: ?[AaPp]\.?[Mm]\.?)?")


def running_lines(lines: list[str]) -> set[int]:
    """The indices of a print's running headers and footers among a page's lines, in any text form (a
    terminal's or pdftotext's dump, a PDF converted to markdown).

    A running line repeats through the page with only its numbers changing: a footer whose page counter
    counts up from page to page, a browser's print stamp ("06/12/2026, 10:14"), or a line that repeats as
    it is and each time sits at a page's edge (the text's start or end, a form feed, a counter's or a
    stamp's line). In a PDF's text, whose form feeds mark every page's edges, a line repeated at the edges
    of most pages runs there even if the text also writes it (a scorecard's "Role title" cell): those copies.
    """
    text = "\n".join(lines)
    if "\f" not in text and not _may_run(lines):
        return set()
    shapes = [line.strip(" \f") for line in _NUMBER.sub("0", text).split("\n")]
    at_shape: dict[str, list[int]] = {}
    for i, shape in enumerate(shapes):
        # A bare number is a table's cell; a print stamp holds numbers only.
        if any(c.isalpha() for c in shape) or _PRINT_STAMP.fullmatch(shape):
            at_shape.setdefault(shape, []).append(i)
    repeated = {shape: at for shape, at in at_shape.items() if len(at) >= _RUNNING_MIN}
    counters = {
        i
        for shape, at in repeated.items()
        if _PRINT_STAMP.fullmatch(shape) or _counts_pages([lines[i] for i in at], at)
        for i in at
    }
    edges = counters | {i for i, line in enumerate(lines) if line.startswith("\f")}
    pages = text.count("\f")  # pdftotext ends each page with one
    running = set(counters)
    for at in repeated.values():
        if len({lines[i].strip(" \f") for i in at}) == 1:
            at_edges = [i for i in at if _at_edge(lines, i, edges)]
            if len(at_edges) == len(at) or (pages >= _PRINT_PAGES_MIN and 2 * len(at_edges) > pages):
                running.update(at_edges)
    return running


def _may_run(lines: list[str]) -> bool:
    """Whether a page without form feeds may have running lines, told by counting whole lines (~0.1 ms a page,
    a fifth of reading every line's numbers): a line repeats holding a number (a print stamp), or repeats
    with its end cut where a page counter sits ("… 3/14", "Page 3 of 14") but not as it is (a footer)."""
    same = Counter(lines)
    if any(count >= _RUNNING_MIN and any(c.isdigit() for c in key) for key, count in same.items()):
        return True
    # A counter ends its line with a digit: only those lines are cut (most of a page's lines end otherwise).
    cut = Counter(line.rstrip(_COUNTER_END) for line in lines if line[-1:].isdigit())
    return any(key and count + same[key] >= _RUNNING_MIN for key, count in cut.items())


def _without_running_lines(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines without a print's running headers and footers (:func:`running_lines`), the page break they
    mark read as no break, and the indices of the lines that open a printed page after such a break.

    A page break inside a paragraph leaves the blank lines around the running lines: they go with them,
    so that the paragraph reads on.
    """
    running = running_lines(lines)
    out: list[str] = []
    page_breaks: set[int] = set()
    after_running = False
    for i, line in enumerate(lines):
        if i in running:
            while out and not out[-1]:
                out.pop()
            after_running = True
        elif line or not after_running:
            if after_running:
                page_breaks.add(len(out))
            out.append(line.lstrip("\f"))
            after_running = False
    return out, page_breaks


# A printed page's own top (masthead, title, byline) may sit left of its body's margin: this share of lines at most.
_MARGIN_OUTLIERS = 20


def _without_margin(lines: list[str]) -> list[str]:
    """The lines without the body's common left margin (``pdftotext -layout`` keeps the page's: "     1) Role
    Summary"), so that headings start at column 0 as on other text pages. The margin is the indentation all
    non-blank lines share but the few a print sets further left (its masthead, title and byline), where
    a paragraph or heading starts: a print whose lines there are all items indented them itself."""
    indents = sorted(_indent(line) for line in lines if line)
    margin = indents[len(indents) // _MARGIN_OUTLIERS] if indents else 0
    if not margin or all(_MARKER.match(line) for line in lines if line and _indent(line) == margin):
        return lines
    return [line[min(margin, _indent(line)) :] for line in lines]


def _markers_on_their_items(lines: list[str]) -> list[str]:
    """The lines with each list marker alone on its line ("•", "12.") set before its item's text on the next:
    PyMuPDF writes a bullet's or a number's glyph as a line of its own."""
    out: list[str] = []
    for line in lines:
        if out and line and _LIST_MARKER.fullmatch(out[-1].strip()) and not _LIST_MARKER.fullmatch(line.strip()):
            out[-1] = f"{out[-1]} {line.lstrip()}"
        else:
            out.append(line)
    return out


# A copied print's item whose bullet glyph the copy lost (a symbol font's private-use "\uf0b7", deleted as an
# icon's): the space after it opens the line, where every other line starts at the left edge.
_LOST_BULLET = re.compile(r" (?=[A-Z])")


def _bullets_restored(lines: list[str]) -> list[str]:
    """The lines of a PDF's text copied from a viewer (it keeps no indentation) with a "•" before each item
    whose glyph the copy lost (" Review the daily activity report: …"), so that the item reads as one and its
    wrapped line ("orders.") joins it."""
    return [f"•{line}" if line[:1] == " " and _LOST_BULLET.match(line) else line for line in lines]


def _counts_pages(texts: list[str], at: list[int]) -> bool:
    """Whether a repeated line's numbers count pages, the lines a page apart: one of them counts up by one,
    or up at least before a number that stays the same, a page count ("3/14", "page 5 of 14": a converter
    that merged or dropped some pages' furniture skips their numbers)."""
    gaps = [b - a for a, b in zip(at, at[1:])]
    if min(gaps[:-1] if len(gaps) > 1 else gaps) < _PAGE_LINES:  # a print's last page may be short
        return False
    numbers = [[int(n) for n in _NUMBER.findall(text)] for text in texts]
    pairs = list(zip(numbers, numbers[1:]))
    width = len(numbers[0])
    return any(
        all(later[k] == earlier[k] + 1 for earlier, later in pairs)
        or (k + 1 < width and all(earlier[k] < later[k] <= later[k + 1] == earlier[k + 1] for earlier, later in pairs))
        for k in range(width)
    )


def _at_edge(lines: list[str], i: int, edges: set[int]) -> bool:
    """Whether line i sits at a printed page's edge: the text's start or end, or next to an edge line (blanks aside)."""
    if i in edges:
        return True
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k]:
            k += step
        if not 0 <= k < len(lines) or k in edges:
            return True
    return False


class _PageWords:
    """The page's words, read when a line first ends with a word broken at a hyphen."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: Counter[str] | None = None

    def hyphenated(self, line: str, next_line: str) -> bool:
        """Whether a line ending "state-" before "ments…" broke one word at a typesetter's hyphen, not a
        compound at its own ("follow-" / "up", "re-" / "checking"): the page writes the word whole elsewhere,
        or neither part is a word of its own (found elsewhere than at this break) nor the first a prefix as
        short as "re-" or "co-"."""
        head = _WORD.findall(line.lower())[-1]
        tail = _WORD.match(next_line.lower())
        if tail is None:
            return False
        words = self._counts()
        return words[head + tail.group(0)] > 0 or (len(head) > 2 and words[head] < 2 and words[tail.group(0)] < 2)

    def writes(self, word: str) -> bool:
        """Whether the page writes this lowercase word."""
        return self._counts()[word] > 0

    def _counts(self) -> Counter[str]:
        if self._words is None:
            self._words = Counter(_WORD.findall(self._text.lower()))
        return self._words


# A word a PDF's converter broke at a line's end and joined to the next line's text with a space ("regu- latory"):
# searched from its literal "- " first, which the regex engine skips to (a bullet's "- " has no letter before it).
_BROKEN_WORD = re.compile(r"- (?<=[a-z]- )[a-z]")
_BROKEN_WORD_PARTS = re.compile(r"([A-Za-z]*[a-z])- ([a-z]+)")
_LOWER_WORD = re.compile(r"[a-z]+")


def rejoin_broken_words(lines: list[str], text: str) -> None:
    """Join in place the words of a page's lines broken at a hyphen before a space ("regu- latory"), where the
    page writes the word whole elsewhere, as :class:`_PageWords` joins them across a dump's lines: a compound's
    shared part stays ("long- and short-term", "pre- and post-", "policy- and risk-heavy")."""
    # Most pages: one search finds no break, or only a compound's shared part ("policy- and risk-heavy").
    if all(_LOWER_WORD.match(text, m.end() - 1)[0] in _DANGLING_WORDS for m in _BROKEN_WORD.finditer(text)):
        return
    page_words = _PageWords(text)

    def rejoined(match: re.Match[str]) -> str:
        head, tail = match.groups()
        # A clause's word after the hyphen ("and", "or", "to") shares the compound's part: no page word is read.
        if tail in _DANGLING_WORDS or not page_words.writes((head + tail).lower()):
            return match.group(0)
        return head + tail

    for i, line in enumerate(lines):
        if "- " in line and _BROKEN_WORD.search(line):
            lines[i] = _BROKEN_WORD_PARTS.sub(rejoined, line)


def ends_mid_clause(line: str) -> bool:
    """Whether a line stops on a word that cannot end a clause or a title, which the next line continues
    ("Financial Controller: Role Blueprint, Responsibilities, Skills, KPIs, and" / "Career Path")."""
    words = line.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _DANGLING_WORDS


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wraps(length: int, next_word: str, width: int) -> bool:
    """Whether a line of this length was wrapped before next_word: the word would not fit."""
    return length + 1 + len(next_word) > width


def _prose(lines: list[str]) -> list[str]:
    """The lines the browser wrapped at its width: not blank, and not in a run of lines from one
    with a gap (a table's, whose lines may be wider; a button row's)."""
    prose = []
    in_run = False
    runs_end = "" in lines  # a page without blank lines (a PDF's text copied) ends a run at its first gap-free line
    for line in lines:
        in_run = bool(line) and ((in_run and runs_end) or "  " in line.lstrip())
        if line and not in_run and not _laid_out_whole(line):
            prose.append(line)
    return prose


# A rule drawn across the width: a heading's setext underline, an email's "=====" between its parts.
_RULE_LINE = re.compile(r" *([-=_~*])\1{2,} *")


def _laid_out_whole(line: str) -> bool:
    """Whether a line is written whole, whatever the wrap width: a pipe or box-drawn table's row ("│ cell │", as
    w3m draws a bordered table), a line holding a link's URL (an email's text/plain part writes "Forward this
    email (https://...)" unbroken), or a rule (an underline as long as its heading reads on from no line and
    continues none)."""
    return " | " in line or " │ " in line or "://" in line or _RULE_LINE.fullmatch(line) is not None


def _wrap_width(prose: list[str], printed: bool = False, copied: bool = False) -> int:
    """The width the browser wrapped at: the longest breakable lines' length, a few outliers aside. A print has
    none: its text's lines are all within its column, their lengths ragged by a proportional font. A print copied
    from a viewer may hold a line far wider (a comment's, copied unwrapped): the longest lines but those set apart
    from the others' lengths."""
    lengths = sorted(len(line) for line in prose if " " in line.lstrip())
    if not lengths:
        return 0
    if copied:
        bulk = lengths[-(1 + len(lengths) // _OUTLIERS)]
        return max(n for n in lengths if n <= bulk + _HARD_WRAP_BAND)
    return lengths[-(1 + (0 if printed else len(lengths) // _OUTLIERS))]


def _hard_wrapped(lines: list[str], printed: bool = False) -> bool:
    """Whether many of a page's lines (as split, not right-stripped) end within a few columns of one terminal width,
    or, printed (a PDF's pages), whether its lines wrap at such a width at all."""
    # Most pages write a paragraph on one line: more lines longer than any terminal, gap-free (no table's),
    # than a dump's few outliers say no, before the per-line reading below (~0.3 ms a page). Read up to
    # the first line past those outliers only: such pages have one near their top. A line laid out whole (a pipe
    # table's row: an email's text/plain part keeps its markdown tables unwrapped) says nothing of the width.
    widest = _TERMINAL_WIDTHS[-1]
    too_long = (
        line
        for line in lines
        if len(line) > widest and len(line.rstrip()) > widest and "  " not in line.strip() and not _laid_out_whole(line)
    )
    if next(islice(too_long, 1 + len(lines) // _OUTLIERS, None), None) is not None:
        return False
    lines = list(map(str.rstrip, lines))
    prose = _prose(lines)
    if len(prose) < _HARD_WRAP_MIN_LINES:
        return False
    width = _wrap_width(prose)
    if width not in _TERMINAL_WIDTHS:
        return False
    if printed:
        return True
    packed = sum(1 for line in prose if width - _HARD_WRAP_BAND <= len(line) <= width)
    return packed >= _HARD_WRAP_SHARE * len(prose)


def _references_at(text: str) -> int | None:
    """Offset of the dump's closing References list, else None: a heading, then URL entries,
    after a page with link markers (an article's own reading list is cited "[1]" apart)."""
    at = text.rfind("\n" + _REFERENCES)
    if at < 0:
        return None
    heading_end = text.find("\n", at + 1)
    if heading_end < 0 or text[at + 1 : heading_end].rstrip().rstrip(":") != _REFERENCES:
        return None
    entries = text[heading_end:].lstrip("\r\n").split("\n", 2)
    # lynx heads the links it shows "Visible links:" when it lists the page's hidden ones too.
    first_entry = entries[1] if entries[0].strip() == _VISIBLE_LINKS and len(entries) > 1 else entries[0]
    if not _REFERENCE_ENTRY.match(first_entry):
        return None
    markers = _LINK_MARKER.finditer(text, 0, at)
    return at + 1 if next(markers, None) and next(markers, None) else None


def _links(text: str) -> str:
    """Each lynx link "[N]text" as a reference link "[text][N]".

    A link at the start of the text, or after a gap, separator or another link, runs to
    the next of those or the clause's end (a menu entry, a button, a teaser's title); one
    inside a sentence is taken as its first word only, the least it can be, so that prose
    with a link is not read as a link.
    """
    if "[" not in text:
        return text
    out: list[str] = []
    pos = 0
    for marker in _LINK_MARKER.finditer(text):
        before = text[pos : marker.start()]
        out.append(before)
        start = marker.end()
        if image := _IMAGE.match(text, start):  # a linked image, "[12][IMG]" or "[12][Logo]": its alt text
            out.append(f"[{image.group(1)}][{marker.group(1)}]")
            pos = image.end()
            continue
        end_match = _LINK_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        if any(char.isalnum() for char in _BOUNDARY.split(before)[-1]):  # inside a sentence
            end = min(end, start + len(text[start:].split(None, 1)[0]))
        label = text[start:end].rstrip()
        out.append(f"[{label}][{marker.group(1)}]")
        pos = start + len(label)
    out.append(text[pos:])
    return "".join(out)


# The tables of a page by first line: their rows' cells (None: lines kept as written), and the index after each.
_Tables = dict[int, tuple[list[list[str]] | None, int]]
# pandoc's plain text rules its simple and multiline tables: a dash group per column under the header,
# "-------- -----", and a multiline table opens and closes with one line of dashes across.
_DASH_RULE = re.compile(r" *-{3,}(?: +-{3,})+")
_DASH_LINE = re.compile(r" *-{3,}")


def _tables(lines: list[str], page_breaks: set[int]) -> _Tables:
    """The space-aligned tables among the lines, by first line: each row's cells and the index after the table."""
    tables: _Tables = {}
    i = 0
    while i < len(lines):
        if "  " not in lines[i].strip():
            i += 1
            continue
        end = _run_end(lines, i)
        if ruled := _dash_ruled_end(lines, i, end):
            # Its rule gives the columns, which the block reader cuts by (textblocks._simple_table); read by
            # gutters here, the rule would be a wrapped line of the header ("Metric name -------").
            tables[i] = (None, ruled)
            i = ruled
            continue
        if grid := _grid(lines, i, end, page_breaks):
            tables[i] = grid
            i = grid[1]
            continue
        rows = _table_rows(lines[i:end])
        if rows is not None:
            tables[i] = (rows, end)
        i = end  # a run of lines that is no table is read as prose, once
    return tables


def _dash_ruled_end(lines: list[str], i: int, end: int) -> int:
    """The index after a pandoc table whose run is lines[i:end] (a multiline table's runs up to its closing line
    of dashes), or 0: its header's rule is its run's second line, or its third or fourth under a line of dashes."""
    dashes = lines[i].lstrip()[:1] == "-" and _DASH_LINE.fullmatch(lines[i]) is not None
    first = i + 1 if dashes else i
    rules = (k for k in range(first + 1, min(end, first + 3)) if lines[k].lstrip()[:1] == "-")
    if not any(_DASH_RULE.fullmatch(lines[k]) for k in rules):
        return 0
    while dashes and end + 1 < len(lines) and not _DASH_LINE.fullmatch(lines[end - 1]):
        end = _run_end(lines, end + 1)  # a multiline table sets a blank line between its rows
    return end


def _run_end(lines: list[str], i: int) -> int:
    """The index of the blank line (or the end) after the run of lines from line i."""
    while i < len(lines) and lines[i]:
        i += 1
    return i


def _grid(lines: list[str], start: int, end: int, page_breaks: set[int]) -> tuple[list[list[str]], int] | None:
    """A grid table from its header run lines[start:end], or None: ``pdftotext -layout`` writes a bordered
    table's rows with a blank line between them, each row's cells wrapped within their column.

    Each run after a single blank line whose first line holds two cells, all its cells starting where the
    header's do, is a row (its wrapped lines joined per column); two such rows at least. A page break inside
    the table leaves no blank line between the rows around it: a line after it that starts a row opens one."""
    starts = {cell.start() for line in lines[start:end] for cell in _CELL.finditer(line)}
    runs = [(start, end)]
    while end + 1 < len(lines) and not lines[end] and len(_CELL.findall(lines[end + 1])) >= 2:
        run_end = _run_end(lines, end + 1)
        if any(cell.start() not in starts for line in lines[end + 1 : run_end] for cell in _CELL.finditer(line)):
            break
        runs.append((end + 1, run_end))
        end = run_end
    if len(runs) < 3:
        return None
    columns = _columns(lines[start:end])
    table = [{k: cell for k, (a, b) in enumerate(columns) if (cell := line[a:b].strip())} for line in lines[start:end]]
    if len(columns) < 2 or _hanging_items(table):
        return None
    rows: list[list[list[str]]] = []
    for run_start, run_end in runs:
        for i in range(run_start, run_end):
            cells = table[i - start]
            # After a page break, a line with a first cell and no cell reading on in lowercase opens a row.
            opens = 0 in cells and not any(text[0].islower() for text in cells.values())
            if i == run_start or (i in page_breaks and opens):
                rows.append([[] for _ in columns])
            for k, text in cells.items():
                rows[-1][k].append(text)
    # Imported here, as in _Block.render.
    from .textblocks import join_wrapped

    return _deduplicated_header([[join_wrapped(parts) for parts in row] for row in rows]), end


def _columns(run: list[str]) -> list[tuple[int, int]]:
    """The columns of a run of table lines: the spans between gutters, two or more positions
    blank on every line. Each cell lies within its column whether it is aligned left, right
    or centred (a browser centres header cells)."""
    spans = sorted(match.span() for line in run for match in _CELL.finditer(line))
    columns: list[list[int]] = []
    for start, end in spans:
        if columns and start <= columns[-1][1] + 1:  # no gutter in between: the same column
            columns[-1][1] = max(columns[-1][1], end)
        else:
            columns.append([start, end])
    cuts = _narrow_gutters(run, spans, columns)
    return [(a, b) for start, end in columns for a, b in _cut_span(start, end, cuts)]


def _narrow_gutters(run: list[str], spans: list[tuple[int, int]], columns: list[list[int]]) -> list[int]:
    """The columns' starts inside the spans read as one column: lynx sets a cell that fills its column one space
    from the next ("Firewall change Median time from"), a gutter of one. Where other lines start a cell there
    after a wider gap, twice at least, and no line's text runs across the position before it, a column starts."""
    starts = Counter(start for start, _ in spans)
    # Every cell lies in a column: a cell start that opens no column is inside one.
    opening = {start for start, _ in columns}
    inner = [start for start, count in starts.items() if count >= _NARROW_GUTTER_CELLS and start not in opening]
    return sorted(start for start in inner if all(line[start - 1 : start] in ("", " ") for line in run))


def _cut_span(start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """A column's span cut at the column starts inside it, each part ending before the one-space gutter."""
    inside = [cut for cut in cuts if start < cut < end]
    bounds = [start, *inside]
    return [(a, b - 1) for a, b in zip(bounds, inside)] + [(bounds[-1], end)]


def aligned_rows(run: list[str]) -> list[list[str]] | None:
    """A run of non-blank space-aligned lines (a <pre> typed as a table) as rows, the header first; else None."""
    return _table_rows(run)


def _table_rows(run: list[str]) -> list[list[str]] | None:
    """Read a run of non-blank lines as a table, or None when it is none: two columns and two
    lines with two cells at least.

    A line opens a new row unless each of its cells continues the cell above it in its
    column, which the browser wrapped: the cell's first word would not have fitted there
    (a row whose cells nearly fill their columns passes that test), and the line does not
    read as a row's start.
    """
    if len(run) < 2 or max(map(len, run)) > _MAX_TABLE_WIDTH:
        return None
    columns = _columns(run)
    if len(columns) < 2:
        return None
    table = [{k: cell for k, (a, b) in enumerate(columns) if (cell := line[a:b].strip())} for line in run]
    if sum(1 for cells in table if len(cells) >= 2) < 2 or _hanging_items(table):
        return None
    widths = [max(len(cells.get(k, "")) for cells in table) for k in range(len(columns))]
    rows: list[list[list[str]]] = []
    above: dict[int, str] = {}
    for cells in table:
        wrapped = (
            rows
            and not _opens_row(cells)
            and all(
                k in above and _wraps(len(above[k]), text.split(None, 1)[0], widths[k]) for k, text in cells.items()
            )
        )
        if not wrapped:
            rows.append([[] for _ in columns])
        for k, text in cells.items():
            rows[-1][k].append(text)
        above = cells
    # Imported here, as in _Block.render.
    from .textblocks import join_wrapped

    return _deduplicated_header([[join_wrapped(parts) for parts in row] for row in rows])


def _deduplicated_header(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the header's repeats: a table printed over two pages repeats its header row on the second."""
    return rows[:1] + [row for row in rows[1:] if row != rows[0]]


def _hanging_items(table: list[dict[int, str]]) -> bool:
    """Whether a "table" is a list whose items hang their lines at the text's column ("•   Triage requests" /
    "    from the business"): a print sets a gap after the marker, which reads as a gutter. Its first
    column holds list markers only."""
    return all(_LIST_MARKER.fullmatch(cells[0]) for cells in table if 0 in cells)


def _opens_row(cells: dict[int, str]) -> bool:
    """Whether a table line's cells start a row: two at least, each opening as a cell does, with a capital
    or a figure ("Systems and automation | 10% | Competent ERP user"); a wrapped cell's line mostly reads
    on in lowercase."""
    return len(cells) >= 2 and all(text[0].isupper() or text[0].isdigit() for text in cells.values())


# A table printed one cell a line (PyMuPDF's text): its cells' lines are short, a paragraph's line after it is not.
_CELL_LINE_CHARS = 48
# ... or, on a wide page, this share of its width ("Unpaid rent past the 5th as a share of scheduled rent").
_CELL_LINE_SHARE = 0.6
_CELL_LINE_ROWS_MIN = 2  # one "row" is a label and a value cut short by a paragraph's long line (a summary's)
_CELL_LINES_MAX = 7  # a cell wrapped onto more lines than this is no table's
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.)] +[A-Z]")
_OFF_VOCABULARY = 2.0  # a frequency column's cell that names no frequency costs two lines read against their cue


def _cell_line_tables(lines: list[str], taken: set[int], width: int) -> _Tables:
    """The tables a PDF's text writes one cell a line (PyMuPDF's reading order: the header's cells, then each
    row's), by first line: a run of known column names, a header cell wrapped onto two lines joined, then the
    short lines up to a paragraph's or a heading's, cut into cells, as many a row as the header's."""
    # Imported here, as match_lost_border_header in _Block.continued_by.
    from .tables import closed_vocabulary, is_column_name, match_header_cells, may_open_header

    found: _Tables = {}
    short = max(_CELL_LINE_CHARS, int(width * _CELL_LINE_SHARE))
    i = 0
    while i < len(lines):
        if i in taken or not lines[i] or not may_open_header(lines[i][:1]):
            i += 1
            continue
        header: list[str] = []
        k = i
        while k < len(lines) and len(lines[k]) <= short:
            if is_column_name(lines[k].strip()):
                header.append(lines[k].strip())
                k += 1
            elif k + 1 < len(lines) and is_column_name(joined := f"{lines[k].strip()} {lines[k + 1].strip()}"):
                header.append(joined)
                k += 2
            else:
                break
        end = k
        while end < len(lines) and lines[end] and len(lines[end]) <= short:
            if _NUMBERED_HEADING.match(lines[end]):
                break
            end += 1
        table = match_header_cells(header) if len(header) >= 2 else None
        if table is not None and table.kind == _ROLE_SCORECARD:
            end, rows = _labelled_rows(lines, k, width)
        else:
            vocabularies = [closed_vocabulary(table, c) for c in range(len(header))] if table else []
            rows = _cell_rows(lines[k:end], vocabularies) if table else None
        if rows is None or len(rows) < _CELL_LINE_ROWS_MIN:
            i += 1
            continue
        found[i] = ([header, *rows], end)
        i = end
    return found


_ROLE_SCORECARD = "role_scorecard"


def _labelled_rows(lines: list[str], k: int, width: int) -> tuple[int, list[list[str]] | None]:
    """(the index past a final scorecard's rows, the rows) from lines[k]: each row a known label's line ("Top
    KPIs") and its value's lines up to the next label's; the last value's lines while the one above runs on
    (half the width at least and no sentence's end, as a wrapped paragraph's)."""
    # Imported here: the scorecard parser loads spaCy's rules, which a page that is no print does without.
    from .parsers.scorecard import match_label

    rows: list[list[str]] = []
    while k < len(lines) and lines[k] and match_label(lines[k].strip())[0] is not None:
        end = k + 1
        while end < len(lines) and lines[end] and match_label(lines[end].strip())[0] is None:
            if end > k + 1 and not _runs_on_wrapped(lines[end - 1], width) and not _more_labels(lines, end):
                break  # the last value's paragraph has ended
            if end > k + 1 and _ends_page_body(lines[end]):
                break  # the page's furniture after the last row ("Related Posts"), which no cell's line is
            end += 1
        if end == k + 1:
            break
        rows.append([lines[k].strip(), _joined_cell([line.strip() for line in lines[k + 1 : end]])])
        k = end
    return k, rows or None


def _ends_page_body(line: str) -> bool:
    """Whether a short line is a widget's (a related-posts or comments box's title): the page's body has ended."""
    from .noise import is_widget  # imported here, as match_label in _labelled_rows

    return len(line) <= _CELL_LINE_CHARS and is_widget(line.strip())


def _runs_on_wrapped(line: str, width: int) -> bool:
    """Whether a print's line runs on to the next: half the width at least, and no sentence's end."""
    return len(line) >= width // 2 and line[-1:] not in _SENTENCE_ENDS


def _more_labels(lines: list[str], k: int) -> bool:
    """Whether a known scorecard label's line follows before a blank line: the value has not ended."""
    from .parsers.scorecard import match_label  # imported here, as in _labelled_rows

    end = _run_end(lines, k)
    return any(match_label(line.strip())[0] is not None for line in lines[k:end])


def _cell_rows(cell_lines: list[str], vocabularies: list[re.Pattern[str] | None]) -> list[list[str]] | None:
    """The rows of a table's cell lines, as many cells a row as its header's, or None: the cut into cells that
    breaks the fewest lines where a cell's text reads on (:func:`_cell_break_cost`), every row whole, with the
    fewest cells outside their column's closed vocabulary (a KPI's frequency), which keeps the rows aligned."""
    width = len(vocabularies)
    n = len(cell_lines)
    if n < width:
        return None
    texts = [line.strip() for line in cell_lines]
    # best[i][c]: the least cost of cutting texts[:i] into whole rows and c cells of the next, with the cut.
    best: list[list[tuple[float, int] | None]] = [[None] * width for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i in range(n):
        for c in range(width):
            if best[i][c] is None:
                continue
            for j in range(i + 1, min(n, i + _CELL_LINES_MAX) + 1):
                cost = best[i][c][0] + _cell_cost(texts[i:j], vocabularies[c])
                if j < n:
                    cost += _cell_break_cost(texts[j - 1], texts[j])
                nxt = (c + 1) % width
                if best[j][nxt] is None or cost < best[j][nxt][0]:
                    best[j][nxt] = (cost, i)
    if best[n][0] is None:
        return None
    cells: list[str] = []
    i, c = n, 0
    while i > 0:
        start = best[i][c][1]
        cells.append(_joined_cell(texts[start:i]))
        i, c = start, (c - 1) % width
    cells.reverse()
    return [cells[r : r + width] for r in range(0, len(cells), width)]


def _cell_cost(texts: list[str], vocabulary: re.Pattern[str] | None) -> float:
    """How unlike one wrapped cell its lines read: each line that opens as a cell does (a capital, a figure)
    where its first word would have fitted on the line above, the cell's widest line; a cell outside its
    column's vocabulary."""
    widest = max(map(len, texts))
    cost = 0.0 if vocabulary is None or vocabulary.fullmatch(" ".join(texts)) else _OFF_VOCABULARY
    for above, line in zip(texts, texts[1:]):
        if not _reads_on(above, line):
            cost += 1.0 if len(above) + 1 + len(line.split(None, 1)[0]) <= widest else 0.3
    return cost


def _cell_break_cost(above: str, line: str) -> float:
    """How unlike a cell's end a line's end reads, before the next: the next reads on (lowercase, an aside)."""
    return 1.0 if _reads_on(above, line) else 0.0


def _reads_on(above: str, line: str) -> bool:
    """Whether a line reads on from the one above: it opens in lowercase or with an aside, or the one above
    stops mid-clause ("Tool, platform, or" / "software", "Microsoft Teams /" / "Procore")."""
    return line[:1].islower() or line[:1] == "(" or above[-1:] in ",/" or ends_mid_clause(above)


def _joined_cell(texts: list[str]) -> str:
    # Imported here, as in _Block.render.
    from .textblocks import join_wrapped

    return join_wrapped(texts)


def _pipe_rows(rows: list[list[str]]) -> list[str]:
    """A table as pipe rows, the first row as its header."""
    lines = ["| " + " | ".join(_links(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]
    return [lines[0], "|" + " --- |" * len(rows[0]), *lines[1:]]


# An email's quoting of a forwarded or replied-to message: one ">" (and its space) opening each of its lines. Every
# line of the message carries it, a heading "> 1) Role Summary" and a target "> 95%" alike: a page quoted so is read
# with one level removed, whatever follows the marker (textblocks reads one not unquoted upstream the same way).
MESSAGE_QUOTE = re.compile(r">[ \t]?")
_MESSAGE_SHARE = 0.8  # of the page's non-blank lines: around the quote, only the forward header, a note, a signature
_MESSAGE_LINES = 20  # a quoted message long enough to hold a page, not a quote or callout in an article
_MESSAGE_HEAD_CHARS = 2000  # where a wholly quoted message's quote has opened: after a forward's header, a short note
# What opens a block of its own on a quoted message's line, never a wrapped line's continuation: an item's marker
# (a bullet, a number, a detail's dash), a numbered heading ("7) KPIs"), a markdown heading or a pipe table's row.
_OPENS_BLOCK = re.compile(
    rf"[ \t]*(?:(?:[{re.escape(ITEM_MARKERS)}–—]|\d{{1,3}}[.)]|[a-z][.)]|#{{1,6}})(?:[ \t]|$)|\|)"
)


# A line's first word, with the tab after it: what a mail client measures against its width.
_TAB_WORD = re.compile(r"[^ \t]*\t?")


def quoted_message(lines: list[str]) -> bool:
    """Whether a page is an email quoting a whole page ("> " on nearly every line, ">" on its blank ones), around
    it only a forward's header, a note and a signature. A markdown page's quotes (a sponsor's box, a callout) are a
    few lines among many: they do not count."""
    total = quoted = 0
    for line in lines:
        if line[:1] == ">":
            quoted += 1
            total += 1
        elif line and not line.isspace():
            total += 1
    return quoted >= _MESSAGE_LINES and quoted >= _MESSAGE_SHARE * total


def may_be_quoted_message(text: str) -> bool:
    """The cheap test before :func:`quoted_message`: a quoted line in the page's first characters (a forward's
    header and note are a few lines), then enough lines opening with ">" (one count over the page)."""
    head = text[:_MESSAGE_HEAD_CHARS]
    return (head[:1] == ">" or "\n>" in head) and text.count("\n>") >= _MESSAGE_LINES - 1


def unquoted_message(text: str, unwrap: bool = True) -> str:
    """A wholly quoted email (a forward: :func:`quoted_message`) as the page it quotes: one level of ">" taken off
    its quoted lines and, when the mail client hard-wrapped them (at 72 columns, say; its continuation lines are
    not indented as the item they continue) and ``unwrap`` is set, each wrapped paragraph, item and table row on
    one line again (:func:`_unwrapped_quote`). The lines around the quote (the forward's header, the sender's
    note, a signature) are kept as they are."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, None]:
        if line is not None and line[:1] == ">":
            run.append(line[MESSAGE_QUOTE.match(line).end() :].rstrip(" \r"))
            continue
        if run:
            out.extend(_unwrapped_quote(run) if unwrap else run)
            run = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _unwrapped_quote(lines: list[str]) -> list[str]:
    """A quoted message's unquoted lines with its hard-wrapped lines joined, if the client wrapped them.

    A line continues the one above when the client wrapped there (its first word would not have fitted on that
    line) and it opens no block (:data:`_OPENS_BLOCK`). A tab-separated table's row wraps too, at a space inside a
    cell or at a tab (which stays at the line's end): its header runs on while a line ends with a tab, and says how
    many cells a row holds; a row runs on while it holds fewer and its line was wrapped, then while its last cell
    was."""
    if not _hard_wrapped(lines):
        return lines
    width = _wrap_width(_prose(lines))
    out: list[str] = []
    columns = 0  # the cells of the tab-separated table being read, 0 outside one
    last = 0  # the length of the line above when the next may continue it, else 0
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            out.append(line)
            columns = last = 0
            continue
        if "\t" in line.strip():  # a table's row
            row = line
            end = len(line)  # the row's last line's length
            header = not columns
            while i < len(lines) and lines[i].strip():
                tabs = row.count("\t")
                following = lines[i].strip(" ")  # a tab at its end: the row wrapped there
                # The client counts a tab as a column: a word with its tab ("team\t") did not fit.
                wrapped = row.endswith("\t") or _wraps(end, _TAB_WORD.match(following).group(), width)
                if header:
                    more = row.endswith("\t")
                elif tabs < columns - 1:  # short of its cells: it runs on if the next line's fit, its line full
                    full = wrapped or end >= width - _HARD_WRAP_BAND
                    more = full and tabs + following.count("\t") <= columns - 1
                else:  # the row is whole: its last cell may be wrapped
                    more = "\t" not in following and wrapped
                if not more:
                    break
                row = row + following if row.endswith("\t") else f"{row} {following}"
                end = len(lines[i])
                i += 1
            if header:
                columns = row.strip().count("\t") + 1
            out.append(row)
            last = 0
            continue
        stripped = line.strip()
        if last and _wraps(last, stripped.split(None, 1)[0], width) and not _OPENS_BLOCK.match(line):
            out[-1] = f"{out[-1]} {stripped}"
        else:
            out.append(line)
        last = len(line)
    return out
