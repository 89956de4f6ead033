"""How much of the article landed in typed fields.

Coverage is character-weighted per section: a block (or table cell) that a
typed field holds verbatim is covered whole; for the others, every word
counts once for each time it appears in the section's typed fields. Headings
(also a known sub-heading written inline, "Peer roles: ..."), table headers
and ``unparsed`` never count as typed.

Coverage says nothing of where the text went: a KPI table read as paragraphs
lands whole in the section's ``intro`` and is covered. ``prose_findings`` tells
when a section's parser kept most of its text, or lines that open like list
items, only as prose (``intro``, ``notes``): the marks of a layout it did not
recognise, or table column names among them (a table's cells left one a line, its
header with them). ``line_row_findings`` tells when a table's rows are the printed lines of its wrapped
cells, one row a line. ``table_findings`` tells when a table's whole text sits in one
field (a skill "named" by its whole table): covered, yet of no use.
``empty_table_findings`` tells when a table section (KPIs, tools, the final
scorecard) holds no row at all, its table missing from the text read (a script
loads it, an image shows it). ``scorecard_findings`` tells when the final
scorecard table lacks many of the rows it has on every page, or its usual last
rows: a page cut short there reads as one whose role had no tools or KPIs. ``label_findings`` tells when skills are
named by their
detail labels ("Use", "Why it matters"): each skill's lines were read as
skills of their own, covered and of no use.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile
from typing import Any, NamedTuple

from .blocks import Block, BlockKind
from .parsers.common import detail_labels
from .parsers.scorecard import ScorecardField
from .parsers.text import normalise_label
from .sections import subheading_key
from .tables import is_column_line, is_column_name

__all__ = [
    "SectionCoverage",
    "coverage_counts",
    "empty_table_findings",
    "label_findings",
    "line_row_findings",
    "prose_findings",
    "scorecard_findings",
    "table_findings",
]

_WORD = re.compile(r"\w+")
# The ASCII characters \w does not match. bytes.translate deletes them (or makes them spaces) in C,
# ~20x faster than the regex; most texts are ASCII.
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_ASCII_NON_WORD_TO_SPACE = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))
# In UTF-8 every byte of a non-ASCII character is >= 0x80 and every ASCII character is its own byte:
# deleting these leaves exactly the ASCII word characters, deleting the ASCII bytes exactly the others.
_ALL_BUT_ASCII_WORD = _ASCII_NON_WORD + bytes(range(0x80, 0x100))
_ASCII = bytes(range(0x80))
# \w is "alphanumeric or _" for every character, so the word characters of a non-ASCII text are its ASCII
# ones (counted with bytes.translate as above) plus the non-ASCII ones this matches, ~1.5x faster than \w+.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]+")
_HEADING, _TABLE = BlockKind.HEADING, BlockKind.TABLE


def _block_texts(blocks: list[Block], section_id: str | None) -> tuple[list[str], list[Block]]:
    """The texts coverage weighs, in no particular order: every count made of them is a sum or a multiset.

    And the tables of two rows or more, which a typed string may hold whole (tables_whole).
    """
    texts: list[str] = []
    tables: list[Block] = []
    for block in blocks:
        kind = block.kind
        if kind is _TABLE:
            rows = block.rows or ()
            for row in rows:
                texts += row
            if len(rows) >= 2:
                tables.append(block)
            continue
        if kind is _HEADING:
            continue
        text = block.text
        # Most lines have no ": " this early: only the others may open with a sub-heading label.
        if section_id and (colon := text.find(": ", 2, _LABEL_CHARS)) >= 0:
            text = _without_heading_label(text, colon, section_id)
        if section_id in _TABLE_SECTIONS and text.count(": ") > 1:
            text = _INLINE_COLUMN_LABEL.sub(_without_column_label, text)
        texts.append(text)
    return texts, tables


_LABEL_CHARS = 62  # a sub-heading label is short; most lines have no ": " this early


def _without_heading_label(text: str, colon: int, section_id: str) -> str:
    """A line's text without a leading sub-heading label ending at ``colon``: "Peer roles: A, B" → "A, B".

    A known sub-heading of the section written inline before its text is a heading, and headings never count.
    """
    label = text[:colon].strip()
    # So is a stacked table's column label ("Metric: Medication error rate"): the table's header holds it once.
    if subheading_key(section_id, label) is None and not (section_id in _TABLE_SECTIONS and is_column_name(label)):
        return text
    return text[colon + 2 :].lstrip()


# The sections whose parsers read stacked tables (tables.stacked_tables).
_TABLE_SECTIONS = frozenset(("kpis", "tools", "hiring", "scorecard"))
# A column's name inside a row re-typed as one line ("Name — measures — target: +30% — frequency: Monthly",
# "Writing: Meets: clean copy. Exceeds: ..."): after a part's separator or a sentence's end.
_INLINE_COLUMN_LABEL = re.compile(r"(?<=[—–;:.|] )([^\W\d][\w /&-]{0,40}?): ")


def _without_column_label(match: re.Match[str]) -> str:
    """Nothing for a known column's name written before its cell: a table header, which never counts."""
    return "" if is_column_name(match[1]) else match[0]


def _collect(fields: dict[str, Any], out: list[str]) -> None:
    """Append every string inside a section's dumped fields, except its 'unparsed' ones, to out.

    Only a section's fields model has an 'unparsed' key (SectionFields; every model forbids extra keys and none
    holds a dict field), so the keys below the top level are not looked at.
    """
    _collect_values({key: item for key, item in fields.items() if key != "unparsed"}, out)


def _collect_values(value: dict[str, Any], out: list[str]) -> None:
    for item in value.values():
        cls = type(item)
        if cls is str:
            out.append(item)
        elif cls is list:
            if item:
                _collect_list(item, out)
        elif cls is dict:
            _collect_values(item, out)


def _collect_list(items: list[Any], out: list[str]) -> None:
    for item in items:
        cls = type(item)
        if cls is str:
            out.append(item)
        elif cls is dict:
            _collect_values(item, out)
        elif cls is list:
            _collect_list(item, out)


def _ascii_and_other(texts: list[str]) -> tuple[str, str]:
    """The ASCII texts and the others, each joined by newlines (a newline is in no word)."""
    ascii_texts: list[str] = []
    other: list[str] = []
    for text in texts:  # one isascii call per text, not two
        (ascii_texts if text.isascii() else other).append(text)
    return "\n".join(ascii_texts), "\n".join(other)


def _weight(texts: list[str]) -> int:
    """Characters of the texts' words (punctuation and spaces do not count).

    Counted on the texts' UTF-8 bytes as a whole, not text by text: the ASCII word characters by deleting
    every other byte, the non-ASCII ones (few) by matching only the non-ASCII characters.
    """
    text = "\n".join(texts)
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate (from a broken page) is no word character
    weight = len(data.translate(None, _ALL_BUT_ASCII_WORD))
    if len(data) == len(text):  # all ASCII
        return weight
    non_ascii = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    return weight + sum(map(len, _NON_ASCII_WORD.findall(non_ascii)))


def _lower_words(texts: list[str]) -> Counter[str]:
    """Every word of the texts, lower-cased, with its count."""
    ascii_text, other = _ascii_and_other(texts)
    words = Counter(ascii_text.lower().encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split())
    words.update(_WORD.findall(other.lower()))
    return words


class SectionCoverage(NamedTuple):
    """How much of one section's text its typed fields hold."""

    covered: int  # characters of words
    total: int
    tables_whole: int  # tables of two rows or more kept whole in one typed string, not row by row
    line_rows: tuple[tuple[int, int], ...] = ()  # (rows read as printed lines, rows) of each table so misread


def coverage_counts(
    blocks: list[Block], fields: dict[str, Any] | None, section_id: str | None = None
) -> SectionCoverage:
    """Covered and total characters of one section's blocks (``section_id`` knows its sub-headings)."""
    texts, tables = _block_texts(blocks, section_id)
    total = _weight(texts)
    if not fields:
        return SectionCoverage(0, total, 0)
    strings: list[str] = []
    _collect(fields, strings)
    typed_verbatim = set(strings)
    tables_whole = sum(1 for table in tables if table.text in typed_verbatim)
    line_rows = tuple(filter(None, map(_line_rows, tables)))
    # Most blocks are kept verbatim in some item's `text`: count those whole, cheaply.
    rest = [text for text in texts if text not in typed_verbatim]
    if not rest:
        return SectionCoverage(total, total, tables_whole, line_rows)
    words = _lower_words(rest)
    typed = _lower_words(strings)
    covered = total - _weight(rest) + sum(len(w) * min(n, typed[w]) for w, n in words.items())
    return SectionCoverage(covered, total, tables_whole, line_rows)


_PROSE_FIELDS = ("intro", "notes")
# A section shorter than this (characters of words, ~30 words) may well be a paragraph or two by design.
_PROSE_CHECKED_FROM = 200
# An intro of a paragraph or two is how sections open (and all a page cut short may have kept of one).
_PROSE_TEXTS_OF_AN_INTRO = 2
# "1. Title", "2) Title", "• item", "- item": a line that opens as a list item does.
_ITEM_LIKE = re.compile(r"\s*(?:\d{1,3}[.)]|[-*•–—▪◦·])\s+\S")
_ITEM_LIKE_LINES = 2
# A table whose cells were not rebuilt into rows leaves its header's column names ("Metric name", "Primary use")
# as prose lines of their own, rows read or not; one such line may be a sentence's label, two are a header.
_LOOSE_HEADER_CELLS = 2


def prose_findings(fields: dict[str, Any], section_weight: int) -> list[str]:
    """What a section's prose fields (intro, notes) say of its layout being misread; empty when nothing.

    ``section_weight`` is the section's text as coverage_counts weighs it.
    """
    texts: list[str] = []
    for key in _PROSE_FIELDS:
        if value := fields.get(key):
            _collect_list(value, texts)
    findings = []
    # A table section (KPIs, tools, the final scorecard) with neither a row nor a header read has lost its table,
    # however few texts its intro and notes hold: a table glued into one or two paragraphs is no intro. (A header
    # without rows is a table the page was cut inside.)
    rowless = not fields.get("rows", True) and not fields.get("columns") and not fields.get("header")
    if (
        section_weight >= _PROSE_CHECKED_FROM
        and (len(texts) > _PROSE_TEXTS_OF_AN_INTRO or rowless)
        and _weight(texts) * 2 > section_weight
    ):
        findings.append("most of its text was read as prose (intro/notes), not into typed fields")
    item_like = sum(1 for text in texts if _ITEM_LIKE.match(text))
    if item_like >= _ITEM_LIKE_LINES:
        findings.append(f"{item_like} lines of its intro/notes open like list items: a list that was not read as one")
    if rubric := fields.get("scorecard"):  # the hiring scorecard's notes, where its loose cells land
        texts += rubric["rubric_notes"]
    header_cells = sum(1 for text in texts if is_column_line(text))
    if header_cells >= _LOOSE_HEADER_CELLS:
        findings.append(
            f"{header_cells} lines of its intro/notes name table columns: a table read cell by cell as prose"
        )
    return findings



# The skills sections and the detail labels of their skills (skills_to_decisions.json groups).
_SKILL_DETAIL_GROUPS = {"technical_skills": "skill_details", "soft_skills": "soft_skill_details"}
# One skill so named may be a page's own odd wording; several are a skill's lines read as skills.
_LABEL_NAMED_SKILLS = 3


def label_findings(section_id: str, fields: dict[str, Any]) -> list[str]:
    """The finding for a skills section whose skills are named by detail labels ("Use", "Why it matters"), as
    when a layout puts each skill's name where the parser does not look; empty for any other section."""
    group = _SKILL_DETAIL_GROUPS.get(section_id)
    if group is None:
        return []
    labels = detail_labels(group)
    named = sum(1 for skill in fields["skills"] if normalise_label(skill["name"]) in labels)
    if named < _LABEL_NAMED_SKILLS:
        return []
    return [f'{named} skill(s) are named by a detail label ("Use", "Why it matters"): the skills\' names were not read']


# A table read one row per printed line (a terminal's or a print's table, its cells wrapped within their columns):
# each wrapped cell's next lines became rows of their own, without a label (an empty first cell, or one reading
# on in lowercase: "to", "hits") and without a cell that opens with a capital. A few such rows may be the page's
# own (a lowercase tool, "dbt"); this many, one row in three at least, are its lines.
_LINE_ROWS_MIN = 4
_LINE_ROWS_SHARE = 3


def _line_rows(table: Block) -> tuple[int, int] | None:
    """(rows read as printed lines, rows) of a table read one row per printed line; None for any other table."""
    # Most rows open with a capital: only the others are read further.
    rows = table.rows or ()
    unlabelled = [row for row in rows if not (row and row[0][:1].isupper())]
    if len(unlabelled) < _LINE_ROWS_MIN:
        return None
    lines = sum(1 for row in unlabelled if _reads_on(row))
    return (lines, len(rows)) if lines >= _LINE_ROWS_MIN and lines * _LINE_ROWS_SHARE >= len(rows) else None


def line_row_findings(line_rows: tuple[tuple[int, int], ...]) -> list[str]:
    """The finding for each table read one row per printed line (``SectionCoverage.line_rows``); empty when none."""
    return [
        f"{lines} of a table's {rows} rows have no label and no capital, as a wrapped cell's next lines:"
        " the table was read one row per printed line"
        for lines, rows in line_rows
    ]


def _reads_on(row: list[str]) -> bool:
    """Whether a table row reads as a wrapped cell's next line, not a row: no label, no cell opening a sentence."""
    label = row[0][:1] if row else ""
    return (not label or label.islower()) and not any(cell.lstrip()[:1].isupper() for cell in row)


# The sections that are a table on every page: with no row read on a page long enough to have it, their table was
# not in the text read (loaded by a script, its no-script copy left out, or an image). A final scorecard may be
# summed up in a sentence instead: only one holding no text at all has lost its table.
_TABLE_ONLY_SECTIONS = frozenset(("kpis", "tools", "scorecard"))
_PROSE_SUMMARY_SECTIONS = frozenset(("scorecard",))


def empty_table_findings(section_id: str, fields: dict[str, Any], section_weight: int, weight_before: int) -> list[str]:
    """The finding for a table section (KPIs, tools, the final scorecard) with no row, column or header read on a
    page not short (``weight_before``: its text before the section, as for scorecard_findings); empty otherwise.

    The prose findings see a lost table only where its text was read as prose; one missing from the text read
    leaves a section of its intro alone, covered whole.
    """
    if section_id not in _TABLE_ONLY_SECTIONS or weight_before < _SCORECARD_CUT_CHECKED_FROM:
        return []
    if fields["rows"] or fields.get("columns") or fields.get("header"):
        return []
    if section_weight and section_id in _PROSE_SUMMARY_SECTIONS:
        return []
    return ["no table rows were read: its table is missing from the page's text (loaded by a script, or an image?)"]


def table_findings(tables_whole: int) -> list[str]:
    """The finding for a section whose tables were kept whole (``SectionCoverage.tables_whole``); empty when none."""
    return [f"{tables_whole} table(s) were read as one item each, not row by row"] if tables_whole else []


# The final scorecard has a row for each of its fields on every page; one or two may be left out or written under
# a label the vocabulary lacks, half of them missing is a table cut short (by the scraper or the page).
_SCORECARD_ROWS_MISSING_FROM = len(ScorecardField) // 2
# A scraper's cut inside the last section leaves the page before it whole (seeds: ~35,000 characters of words). A
# page short throughout (an excerpt, a stub of a few lines a section: under ~1,200 words) has a short scorecard
# along with the rest of it, not cut from it.
_SCORECARD_CUT_CHECKED_FROM = 7500


def scorecard_findings(fields: dict[str, Any], weight_before: int) -> list[str]:
    """The finding for a final scorecard table lacking many of its usual rows; empty when none or no table.

    ``fields`` are the scorecard's dumped fields, ``weight_before`` the page's text before the section as
    coverage_counts weighs it. A row under an unknown label may be one of the missing under another name, so
    it counts against them.
    """
    rows = fields["rows"]
    if weight_before < _SCORECARD_CUT_CHECKED_FROM or (not rows and not fields["header"]):
        return []  # a short page, or no table (prose findings speak of the section)
    found = {row["field"] for row in rows}
    missing = [kind.value.replace("_", " ") for kind in ScorecardField if kind.value not in found]
    if len(missing) - sum(1 for row in rows if row["field"] is None) >= _SCORECARD_ROWS_MISSING_FROM:
        return [f"{len(missing)} of its usual rows missing ({', '.join(missing)}): the page may be cut short"]
    return _scorecard_tail_findings(rows)


# The scorecard's rows come in the family's order (ScorecardField's). One or two may be left out anywhere; a run
# of this many missing at the table's end, nothing after them, is a table the page stops inside (the scraper's cut
# falls in the last section), however many rows it kept before.
_SCORECARD_TAIL_MISSING_FROM = 3
_SCORECARD_ORDER = {kind.value: n for n, kind in enumerate(ScorecardField)}
_SCORECARD_FIELDS = tuple(ScorecardField)


def _scorecard_tail_findings(rows: list[dict[str, Any]]) -> list[str]:
    """The finding for a scorecard table that ends before its usual last rows; empty when none.

    Rows under an unknown label after the last known one may be the missing ones under another name: each counts
    against them. The table's last row is kept, its cell maybe cut where the page stops: the finding says so.
    """
    last = max((_SCORECARD_ORDER[row["field"]] for row in rows if row["field"] is not None), default=None)
    if last is None:
        return []
    tail = [kind.value.replace("_", " ") for kind in _SCORECARD_FIELDS[last + 1 :]]
    renamed = sum(1 for _ in takewhile(lambda row: row["field"] is None, reversed(rows)))
    if len(tail) - renamed < _SCORECARD_TAIL_MISSING_FROM:
        return []
    return [
        f"the table ends after row {len(rows)} ({rows[-1]['label']}), its usual last {len(tail)} rows missing"
        f" ({', '.join(tail)}): the page looks cut short, and that row's cell may be cut"
    ]
