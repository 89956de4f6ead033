"""A PDF converted to HTML by pdf2htmlEX, to the text ``pdftotext -layout`` would print for it.

Document-sharing sites show an uploaded PDF as pdf2htmlEX output: inside ``<div id="page-container">`` one
``<div class="pf" data-page-no="N">`` per PDF page, and in it every printed line an absolutely positioned
``<div class="t x.. y.. fs.. m..">``, its place and size in the page's CSS (``.x3{left:136px}``,
``.y9{bottom:801px}``, ``.fs0{font-size:40px}``, ``.m0{transform:matrix(0.25,...)}``). Words are often set apart
by empty spacing spans (``<span class="_ _2"></span>``, ``._2{width:5.1px}``) rather than by spaces, and a
table's cells are divs on one baseline, or one div with wide spacing spans between them. Read as HTML, every
printed line is a paragraph and the spans glue words together.

:func:`printed_text` lays the page-container out as pdftotext -layout prints a PDF: lines in page order, top
to bottom; the divs of one baseline on one line, each at the column its left edge falls on; a spacing span as
a space, a wide one as a column gap; a form feed after each page. The text reader then reads it as it reads
pdftotext's (``dumps.unwrap_dump``): running headers and footers dropped, hyphenation and wrapped lines and
cells rejoined, columns read as tables. The site's chrome around the page-container is not read at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from .layout import ITEM_MARKERS

__all__ = ["printed_text"]

# An id lookup: libxml2 keeps the HTML ids in a table, so an ordinary page pays ~1 µs, not a walk of its tree.
_PAGE_CONTAINER = etree.XPath("id('page-container')")
# pdf2htmlEX sets each page right in the container: a theme's own "page-container" (Divi's) holds none.
_PDF_PAGES = etree.XPath("div[@data-page-no]")
_STYLES = etree.XPath("//style/text()")
# The positioning classes' rules: x (left), y (bottom), fs (font-size), m (transform), _ (spacing width).
# pdf2htmlEX writes the screen rules first and the print rules (in pt) after: the first rule of a class holds.
_RULE = re.compile(r"\.((?:x|y|fs|m|_)[0-9a-f]+)\{([^}]*)\}")
_NUMBER = re.compile(r"(?:left|bottom|font-size|width|margin-left|matrix\()\s*:?\s*(-?[\d.]+)")
# A word space is a quarter to a third of an em; a wider gap inside a line sets a table's cells apart.
_GAP_EMS = 1 / 3
_GAP_SPACES = 2  # pdftotext -layout keeps columns apart by two spaces at least
_CHAR_EMS = 0.5  # an average glyph's width: what one text column stands for
_SAME_LINE_EMS = 0.25  # baselines closer than this are one printed line (a cell set a hair lower)
_SAME_SIZE = 0.1  # px: a font this close is the same type
_PARAGRAPH_GAP = 1.3  # a vertical step this many times the page's line pitch leaves a blank line, as pdftotext


@dataclass(frozen=True)
class _Styles:
    """The numbers the page's CSS gives its positioning classes."""

    values: dict[str, float]

    def of(self, classes: list[str], prefix: str, default: float = 0.0) -> float:
        for name in classes:
            if name.startswith(prefix) and name in self.values:
                return self.values[name]
        return default


@dataclass(frozen=True)
class _Line:
    """One printed line's div: where it stands and what it says, its cells apart where it sets wide gaps."""

    left: float  # page px
    bottom: float  # page px, up from the page's foot
    size: float  # its font size on the page, px
    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        return (" " * _GAP_SPACES).join(self.cells)


def printed_text(root: etree._Element) -> str | None:
    """The text pdftotext -layout would print for a pdf2htmlEX or poppler pdftohtml page, or None for any other."""
    container = _PAGE_CONTAINER(root)
    if not container:
        return _poppler_text(root)
    pages = _PDF_PAGES(container[0])
    if not pages:
        return None
    styles = _styles(root)
    if not styles.values:
        return None  # its stylesheet kept apart (--embed-css 0): no line's place is known
    rows = [_rows([line for div in page.iter("div") if (line := _line(div, styles)) is not None]) for page in pages]
    return _laid_out(rows)


def _laid_out(rows: list[list[list[_Line]]], char_ems: float = _CHAR_EMS) -> str | None:
    """The pages' rows as pdftotext -layout prints them, columns by the body type's glyph width."""
    sizes = Counter(round(line.size, 1) for page in rows for row in page for line in row)
    if not sizes:
        return None
    layout = _Layout(sizes.most_common(1)[0][0] * char_ems, _pitch(rows), _hanging(rows))
    return "".join(layout.page(page) + "\f" for page in rows)


# poppler's ``pdftohtml -s -i -noframes``: one ``<div id="pageN-div">`` per PDF page, in it one absolutely
# positioned ``<p style="top:..px;left:..px" class="ftNN">`` per printed run, its font size in a ``.ftNN{}`` rule.
_POPPLER_FIRST_PAGE = etree.XPath("id('page1-div')")
_POPPLER_FONT = re.compile(r"\.(ft\d+)\{[^}]*?font-size:\s*([\d.]+)px")
# poppler gives a run's font size, not its width: a Times or Helvetica glyph is some 0.45 em on average. Half an
# em would push a table's wide cells past the next column's left edge, and round an item's marker and its
# wrapped lines' indent onto different columns.
_POPPLER_CHAR_EMS = 0.45
_POPPLER_PLACE = re.compile(r"top:\s*(-?[\d.]+)px;\s*left:\s*(-?[\d.]+)px")


def _poppler_text(root: etree._Element) -> str | None:
    """The text pdftotext -layout would print for poppler's pdftohtml page, or None for any other page."""
    first = _POPPLER_FIRST_PAGE(root)
    if not first or first[0].tag != "div":
        return None
    fonts = {name: float(size) for css in _STYLES(root) for name, size in _POPPLER_FONT.findall(css)}
    if not fonts:
        return None
    pages = [div for div in first[0].itersiblings("div", preceding=False) if _poppler_page(div)]
    rows = [_rows(_poppler_lines(page, fonts)) for page in [first[0], *pages]]
    return _laid_out(rows, _POPPLER_CHAR_EMS)


def _poppler_page(div: etree._Element) -> bool:
    name = div.get("id") or ""
    return name.startswith("page") and name.endswith("-div")


def _poppler_lines(page: etree._Element, fonts: dict[str, float]) -> list[_Line]:
    """A page's positioned runs as lines: the bottom is the negated top, so that _rows sorts them top down."""
    lines: list[_Line] = []
    for run in page.iterchildren("p"):
        place = _POPPLER_PLACE.search(run.get("style") or "")
        text = " ".join(run.xpath("string()").replace("\xa0", " ").split())
        if place is None or not text:
            continue
        size = fonts.get(run.get("class") or "", 1.0)
        lines.append(_Line(float(place.group(2)), -float(place.group(1)), size, (text,)))
    return lines


def _styles(root: etree._Element) -> _Styles:
    values: dict[str, float] = {}
    for css in _STYLES(root):
        if ".fs" not in css and "._" not in css:
            continue  # the site's own stylesheet
        for name, body in _RULE.findall(css):
            if name not in values and (number := _NUMBER.search(body)):
                values[name] = float(number.group(1))
    return _Styles(values)


def _line(div: etree._Element, styles: _Styles) -> _Line | None:
    """A text div's place and text; None for any other div (a page's box, an image's)."""
    classes = (div.get("class") or "").split()
    if "t" not in classes:
        return None
    font = styles.of(classes, "fs", 1.0)
    cells: list[list[str]] = [[]]
    _read(div, font, styles, cells)
    texts = tuple(text for cell in cells if (text := "".join(cell).strip()))
    if not texts:
        return None
    scale = styles.of(classes, "m", 1.0) or 1.0  # the font is set larger and scaled down (matrix(0.25,...))
    return _Line(styles.of(classes, "x"), styles.of(classes, "y"), font * scale, texts)


def _read(element: etree._Element, font: float, styles: _Styles, cells: list[list[str]]) -> None:
    """The text of a line's div by cells: a spacing span is a space, or, wide, the gap to the next cell."""
    if element.text:
        cells[-1].append(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            continue
        classes = (child.get("class") or "").split()
        if "_" in classes:  # a spacing span: its width is the gap, its text (a space, if any) no more
            if styles.of(classes, "_") >= _GAP_EMS * font:
                cells.append([])
            else:
                cells[-1].append(" ")
            if child.text and not child.text.isspace():
                cells[-1].append(child.text)
        else:
            _read(child, styles.of(classes, "fs", font), styles, cells)
        if child.tail:
            cells[-1].append(child.tail)


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """A page's lines top to bottom, the divs of one baseline together, left to right."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda line: (-line.bottom, line.left)):
        if rows and rows[-1][0].bottom - line.bottom < _SAME_LINE_EMS * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _pitch(pages: list[list[list[_Line]]]) -> float:
    """The usual step from a line down to the next of its paragraph, in ems of its type: what sets paragraphs apart."""
    steps: Counter[float] = Counter()
    for rows in pages:
        for upper, lower in zip(rows, rows[1:]):
            if upper[0].size == lower[0].size:
                steps[round((upper[0].bottom - lower[0].bottom) / lower[0].size, 1)] += 1
    return steps.most_common(1)[0][0] if steps else 0.0


# A list item's marker at a line's start: a bullet, a detail's dash, a number or a letter.
_MARKER = re.compile(rf"(?:[{re.escape(ITEM_MARKERS)}–—]|\d{{1,3}}[.)]|[a-z][.)])(?= )")


def _hanging(pages: list[list[list[_Line]]]) -> dict[float, float]:
    """Where an item's text starts, by where its marker stands: the left edge its wrapped lines hang at.

    The PDF sets the text after a marker at a fixed position the glyphs' widths decide, which the page does
    not give; its wrapped lines start there. pdftotext prints both at one column, and the text reader joins
    an item's lines by that column."""
    starts: dict[float, Counter[float]] = {}
    for rows in pages:
        for upper, lower in zip(rows, rows[1:]):
            if len(upper) == 1 == len(lower) and _MARKER.match(upper[0].text) and not _MARKER.match(lower[0].text):
                marker, text = upper[0], lower[0]
                if marker.left < text.left <= marker.left + _HANGING_EMS * marker.size:
                    starts.setdefault(marker.left, Counter())[text.left] += 1
    return {left: counts.most_common(1)[0][0] for left, counts in starts.items()}


_HANGING_EMS = 4  # an item's text starts within this many ems of its marker


@dataclass(frozen=True)
class _Layout:
    """How the page's positions print as text columns and lines."""

    char_width: float  # page px a text column stands for
    pitch: float  # a paragraph's line step, in ems
    hanging: dict[float, float]  # an item's text left edge, by its marker's

    def page(self, rows: list[list[_Line]]) -> str:
        """One PDF page's lines, a blank line where the type changes or a paragraph's step is exceeded."""
        out: list[str] = []
        widths = _cell_widths(rows)
        for at, row in enumerate(rows):
            if at and self._apart(rows[at - 1][0], row[0]):
                out.append("")
            out.append(self._row(row, widths.get(at)))
        return "\n".join(out) + "\n"

    def _apart(self, upper: _Line, lower: _Line) -> bool:
        return (
            abs(upper.size - lower.size) > _SAME_SIZE
            or upper.bottom - lower.bottom > _PARAGRAPH_GAP * self.pitch * lower.size
        )

    def _row(self, row: list[_Line], widths: list[int] | None) -> str:
        if widths is not None:  # a table's row set as one line: its cells in columns, as the PDF aligns them
            cells = row[0].cells
            padded = [cell.ljust(width + _GAP_SPACES) for cell, width in zip(cells[:-1], widths)]
            return " " * self._column(row[0].left) + "".join(padded) + cells[-1]
        text = ""
        for line in row:
            column = self._column(line.left)
            # A div starting where the text before it still runs is a cell of its own: kept apart.
            text += " " * (column - len(text) if column > len(text) else _GAP_SPACES if text else 0)
            text += self._item(line, column) if len(row) == 1 else line.text
        return text

    def _item(self, line: _Line, column: int) -> str:
        """A line's text, an item's after its marker at the column its wrapped lines hang at."""
        marker = _MARKER.match(line.text)
        if marker is None or line.left not in self.hanging:
            return line.text
        rest = line.text[marker.end() :].lstrip()
        gap = max(1, self._column(self.hanging[line.left]) - column - marker.end())
        return marker.group() + " " * gap + rest

    def _column(self, left: float) -> int:
        return round(left / self.char_width)


def _cell_widths(rows: list[list[_Line]]) -> dict[int, list[int]]:
    """The column widths of the tables a page sets as single lines, cells apart by wide gaps, by row index.

    pdf2htmlEX writes a table row as one div when its cells share a baseline and a font, the gaps between them
    as spacing spans: consecutive such rows with as many cells, two at least, no list marker first, are one
    table. Each column is as wide as its widest cell, so that the cells align as the PDF prints them."""
    widths: dict[int, list[int]] = {}
    at = 0
    while at < len(rows):
        count = _cell_count(rows[at])
        end = at + 1
        while end < len(rows) and count >= 2 and _cell_count(rows[end]) == count:
            end += 1
        if end - at >= 2:
            run = [rows[k][0].cells for k in range(at, end)]
            columns = [max(len(cells[k]) for cells in run) for k in range(count - 1)]
            widths.update(dict.fromkeys(range(at, end), columns))
        at = end
    return widths


def _cell_count(row: list[_Line]) -> int:
    """How many cells a row sets apart by wide gaps, when it is one div and no list item; else 0."""
    return len(row[0].cells) if len(row) == 1 and not _MARKER.match(row[0].text) else 0
