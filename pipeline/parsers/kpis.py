"""Section parser: kpis (section 7).

The KPI table (Metric name, What it measures, Why it matters, Example
target/benchmark, Frequency) becomes typed rows. Columns are mapped to fields
by their header wording (vocabulary, not position), with the canonical order
as fallback when a header is unknown. The frequency cell is kept as printed
and normalised to a list of cadences with a spaCy PhraseMatcher
("Weekly/Monthly" → [weekly, monthly]; "Per A/B / Release" → [per_ab_test,
per_release]). The notes under the table keep their lead ("Notes on
implementation", or "Notes on use:" opening a paragraph).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from ..tables import column_cell, group_label, join_continued_tables, stacked_tables, tables_from_runs
from .common import FieldsModel, Point, SectionFields, group_blocks, with_labelled_subsections
from .text import is_short_form, paren_depth, split_note
from .vocabulary import SUMMARY_TO_KPIS, may_match, phrase_gate

__all__ = ["Frequency", "KpiCell", "KpiNotes", "KpiRow", "Kpis", "column_fields", "frequencies_of", "parse"]


class Frequency(FastStrEnum):
    """Normalised measurement cadence of a KPI."""

    HOURLY = "hourly"
    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    PER_SPRINT = "per_sprint"
    PER_RELEASE = "per_release"
    PER_LAUNCH = "per_launch"
    PER_PROJECT = "per_project"
    PER_EXPERIMENT = "per_experiment"
    PER_AB_TEST = "per_ab_test"
    PER_INTEGRATION = "per_integration"
    PER_INCIDENT = "per_incident"
    PER_SHIFT = "per_shift"  # 24x7 roles (NOC, nursing, security, plants) measure per shift
    PER_MODEL = "per_model"
    PER_HIRE = "per_hire"
    CONTINUOUS = "continuous"
    AD_HOC = "ad_hoc"
    OTHER = "other"


class KpiCell(FieldsModel):
    """A cell of a column the KPI row model has no field for."""

    column: str = Field(description="Column header as on the page.")
    value: str


class KpiRow(FieldsModel):
    """One KPI of the table."""

    name: str = Field(description="Metric name as on the page, qualifiers in parentheses kept.")
    qualifier: str | None = Field(
        default=None, description="Trailing parenthetical of the name, e.g. 'context-specific', 'if applicable'."
    )
    context_specific: bool = Field(
        default=False, description="True when the name is marked '(context-specific)': not every team tracks it."
    )
    what_it_measures: str | None = None
    why_it_matters: str | None = None
    target: str | None = Field(default=None, description="Example target or benchmark, as on the page.")
    frequency: str | None = Field(
        default=None,
        description="Measurement frequency as printed, e.g. 'Weekly/Monthly'; null for a blank cell or one that "
        "says it holds nothing ('—', 'n/a', 'TBD'), as for the other value cells.",
    )
    frequencies: list[Frequency] = Field(
        default_factory=list,
        description="The printed frequency normalised, one value per cadence named ('other' for a part of it that names none of these).",
    )
    other_cells: list[KpiCell] = Field(default_factory=list, description="Cells of columns beyond the five known ones.")
    text: str = Field(description="The row as on the page, cells joined by ' | '.")


class KpiNotes(FieldsModel):
    """Notes under the KPI table (implementation or measurement-design advice)."""

    lead: str | None = Field(
        default=None,
        description="Lead or sub-heading as on the page, e.g. 'Notes on implementation'; none for notes right "
        "under the table (the lines after it, a closing row spanning its columns).",
    )
    intro: list[str] = Field(default_factory=list, description="Paragraphs of the notes.")
    items: list[Point] = Field(default_factory=list)


class Kpis(SectionFields):
    """Typed fields of the KPIs and productivity metrics section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs before the table.")
    columns: list[str] = Field(default_factory=list, description="The table's column headers as on the page.")
    rows: list[KpiRow] = Field(default_factory=list)
    notes: list[KpiNotes] = Field(default_factory=list)


_FIELDS = ("name", "what_it_measures", "why_it_matters", "target", "frequency")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_vocab(SUMMARY_TO_KPIS)


@lru_cache(maxsize=1)
def _column_matcher() -> PhraseMatcher:
    columns = _vocab()["kpi_columns"]
    return phrase_matcher({name: columns[name] for name in _FIELDS})


@lru_cache(maxsize=1)
def _frequency_matcher() -> PhraseMatcher:
    groups = {key: value for key, value in _vocab()["frequencies"].items() if not key.startswith("_")}
    unknown = set(groups) - {f.value for f in Frequency}
    if unknown:
        raise ValueError(f"frequency vocabulary has keys that are not Frequency values: {sorted(unknown)}")
    return phrase_matcher(groups)


@lru_cache(maxsize=1)
def _context_matcher() -> PhraseMatcher:
    return phrase_matcher({"CONTEXT_SPECIFIC": _vocab()["context_specific"]})


@lru_cache(maxsize=1)
def _context_gate() -> re.Pattern[str]:
    return phrase_gate(_vocab()["context_specific"])


def column_fields(header: list[str]) -> list[str | None]:
    """The KpiRow field each header cell fills (None: no field), by wording, else by canonical position.

    ["Metric name", "Why it matters"] → ["name", "why_it_matters"].
    """
    return list(_column_fields(tuple(header)))


@lru_cache(maxsize=256)
def _column_fields(header: tuple[str, ...]) -> tuple[str | None, ...]:
    strings = nlp().vocab.strings
    fields: list[str | None] = []
    for cell in header:
        doc = nlp().make_doc(cell.strip())
        matches = [(end, strings[match_id]) for match_id, start, end in _column_matcher()(doc) if start == 0]
        fields.append(max(matches)[1] if matches else None)
    # First column claiming a field wins; a repeated field becomes an extra cell.
    seen: set[str] = set()
    for index, name in enumerate(fields):
        if name in seen:
            fields[index] = None
        elif name:
            seen.add(name)
    if not seen:
        return tuple(_FIELDS[k] if k < len(_FIELDS) else None for k in range(len(header)))
    return tuple(fields)


def frequencies_of(text: str) -> list[Frequency]:
    """Normalise a printed frequency.

    "Weekly/Monthly" → [weekly, monthly]; "Per release cycle" → [per_release]; "" → [].
    """
    return list(_frequencies(text.strip()))


@lru_cache(maxsize=1024)
def _frequencies(text: str) -> tuple[Frequency, ...]:
    """Cached: a family of pages prints the same few frequencies over and over."""
    if not text:
        return ()
    doc = nlp().make_doc(text)
    matches = _frequency_matcher()(doc)
    # Longest non-overlapping phrases win ("bi-weekly" over "weekly"); filter_spans drops labels, so keep them aside.
    spans = filter_spans([doc[start:end] for _, start, end in matches])
    strings = nlp().vocab.strings
    labels = {(start, end): strings[match_id] for match_id, start, end in matches}
    lower = text.lower()
    counted = _counted_cadences(text) if "x" in lower or "time" in lower or "ce " in lower or "ce/" in lower else []
    # A counted period's word is no cadence of its own: "Three times a year" is not yearly.
    spans = [
        span for span in spans if not any(span.start_char < end and span.end_char > start for start, end, _ in counted)
    ]
    named = [(span, Frequency(labels[(span.start, span.end)])) for span in spans]
    if "(" in text:  # "Annual (mix model)": a parenthesised noun's event word is no cadence, though no unknown part
        named = [(span, value) for span, value in named if not _names_a_thing(doc, span, value)]
    read = sorted([(span.start_char, value) for span, value in named] + [(start, value) for start, _, value in counted])
    found: list[Frequency] = []
    for _, value in read:
        if value not in found:
            found.append(value)
    known = [(span.start_char, span.end_char) for span in spans] + [(start, end) for start, end, _ in counted]
    if found and _has_unknown_part(text, known):
        found.append(Frequency.OTHER)  # "Per test / incident": the list must not read narrower than the page
    return tuple(found) or (Frequency.OTHER,)


# A count of times in a period: "Three times a year", "4x per year", "3x/year", "twice a week". Its cadence is the
# period over the count when that is one listed ("four times a year" is quarterly, "twice a year" half-yearly), else
# other ("three times a year", "twice a week"): never the period's own, which its word alone would give.
_COUNTED = re.compile(
    r"\b(?:(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:x|times?)|"
    r"(?P<word>once|twice|thrice))\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?P<period>year|quarter|month|week|day)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    word: k for k, word in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
} | {"once": 1, "twice": 2, "thrice": 3}
# Each period's length in a unit the listed cadences divide it by evenly: months, or hours.
_PERIODS = {"year": (12, "m"), "quarter": (3, "m"), "month": (1, "m"), "week": (168, "h"), "day": (24, "h")}
_CADENCES = {
    (12, "m"): Frequency.YEARLY,
    (6, "m"): Frequency.HALF_YEARLY,
    (3, "m"): Frequency.QUARTERLY,
    (1, "m"): Frequency.MONTHLY,
    (168, "h"): Frequency.WEEKLY,
    (24, "h"): Frequency.DAILY,
    (1, "h"): Frequency.HOURLY,
}


def _counted_cadences(text: str) -> list[tuple[int, int, Frequency]]:
    """(start, end, cadence) of each count of times in a period the cell states."""
    found = []
    for match in _COUNTED.finditer(text):
        count = (match["count"] or match["word"]).lower()
        times = int(count) if count.isdigit() else _COUNT_WORDS[count]
        length, unit = _PERIODS[match["period"].lower()]
        every = (length // times, unit) if times and length % times == 0 else None
        found.append((match.start(), match.end(), _CADENCES.get(every, Frequency.OTHER)))
    return found


# Words before a bare event noun that still make it a cadence: "Quarterly (or launch)", "(each model)".
_CADENCE_LEADS = frozenset(("or", "and", "per", "each", "every"))


def _names_a_thing(doc: Doc, span: Span, value: Frequency) -> bool:
    """A bare event noun in a parenthetical, a word before it, heads a compound that says what a cadence's
    measurement reads: "Annual (mix model)" is a marketing-mix model's yearly run, no per_model cadence."""
    return (
        len(span) == 1
        and value.value.startswith("per_")
        and span.start > 0
        and doc[span.start - 1].lower_ not in _CADENCE_LEADS
        and doc[span.start - 1].is_alpha
        and paren_depth(doc.text, span.start_char) > 0
    )


# Between the alternatives of a frequency cell: "Weekly/Monthly", "Per sprint, per release", "Daily or weekly".
_FREQUENCY_JOIN = re.compile(r"\s*[/,;&+]\s*|\s+(?:or|and)\s+", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\([^()]*\)")


def _has_unknown_part(text: str, known: list[tuple[int, int]]) -> bool:
    """Whether an alternative of the cell holds no known cadence; a parenthetical only qualifies one.

    "Per test / incident" → True ("Per test"); "Per A/B / Release" → False (the "a/b" phrase spans its slash).
    """
    masked = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), text)  # same offsets, qualifiers blanked
    parts: list[tuple[int, int]] = []
    start = 0
    for join in _FREQUENCY_JOIN.finditer(masked):
        parts.append((start, join.start()))
        start = join.end()
    parts.append((start, len(masked)))
    return any(
        any(c.isalnum() for c in masked[start:end]) and not any(s < end and e > start for s, e in known)
        for start, end in parts
    )


@lru_cache(maxsize=1024)
def _is_context_specific(name: str) -> bool:
    """Whether a parenthetical of the name marks the KPI context-specific."""
    if "(" not in name or not may_match(name, _context_gate()):
        return False  # most names: no parenthetical, or no context phrase to find
    doc = nlp().make_doc(name)
    return any(paren_depth(name, doc[start].idx) for _, start, _ in _context_matcher()(doc))


# A cell filled only to say it holds nothing: a dash, "n/a", "TBD". It names no frequency (no 'other' one either),
# target or reason, as a blank cell does; the row's text keeps it.
_NO_VALUE = re.compile(r"[-\u2010-\u2015\u2212]+|n\.?\s*/?\s*a\.?|tb[cd]\.?", re.IGNORECASE)
_NO_VALUE_LENGTH = 5  # such placeholders are short ("n / a"): a longer cell need not be matched


def _cell_value(cell: str) -> str | None:
    """A value cell's text, None when it is blank or a placeholder for nothing (see _NO_VALUE)."""
    if not cell or (len(cell) <= _NO_VALUE_LENGTH and _NO_VALUE.fullmatch(cell)):
        return None
    return cell


def _row(cells: list[str], fields: list[str | None], header: list[str]) -> KpiRow | None:
    values: dict[str, str | None] = {}
    other: list[KpiCell] = []
    for index, cell in enumerate(cells):
        cell = cell.strip()
        name = fields[index] if index < len(fields) else None
        if name:
            values[name] = (cell or None) if name == "name" else _cell_value(cell)
        elif cell:
            column = header[index] if index < len(header) else f"column {index + 1}"
            other.append(KpiCell(column=column, value=cell))
    metric = values.get("name")
    if not metric:
        return None
    base, qualifier = split_note(metric)
    frequency = values.get("frequency")
    return KpiRow.__pydantic_validator__.validate_python(
        {
            "name": metric,
            # "Recordable incident rate (TRIR)": the name's own short form, not a qualifier of it.
            "qualifier": qualifier if base and qualifier and not is_short_form(qualifier) else None,
            "context_specific": _is_context_specific(metric),
            "what_it_measures": values.get("what_it_measures"),
            "why_it_matters": values.get("why_it_matters"),
            "target": values.get("target"),
            "frequency": frequency,
            "frequencies": frequencies_of(frequency or ""),
            "other_cells": other,
            "text": " | ".join(cell.strip() for cell in cells),
        }
    )


def _table(block: Block, columns: list[str], rows: list[KpiRow], unparsed: list[str], labels: list[str]) -> list[str]:
    """Add a table's rows, and its group labels to ``labels``; return the header to record (the first table's)."""
    header = list(block.header or [])
    fields = column_fields(header) if header else list(_FIELDS)
    for cells in block.rows or []:
        label = group_label(cells, len(header))
        if label is not None:
            # "Accuracy metrics" across the table over the KPIs under it: no KPI, and the row model has no
            # group field, so it is kept as a note.
            labels.append(label)
            continue
        row = _row(cells, fields, header)
        if row is None:
            if any(cell.strip() for cell in cells):
                unparsed.append(" | ".join(cells))
        else:
            rows.append(row)
    return columns or header


# A KPI table re-typed as a list by an editor without tables (Substack): one KPI an item, "Name — what it
# measures — why it matters — target: ... — frequency: ...", its parts split by one of these.
_PART_SEPARATORS = (" — ", " – ", "; ")
_MIN_RETYPED_ROWS = 3  # fewer such items are prose, not a table
_MAX_NAME_WORDS = 10
_UNLABELLED_FIELDS = ("what_it_measures", "why_it_matters")  # the unlabelled parts fill these, in order
_RETYPED_KINDS = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)

_RetypedRow = tuple[str, str, list[str], list[tuple[str, str]]]  # (separator, name, unlabelled, labelled)


# The same table re-typed with no labels at all (Medium): "Name — what it measures — why it matters — target —
# frequency", every item of the run cut into as many parts, read in the columns' canonical order.
_UNLABELLED_SEPARATORS = (" — ", " – ")
_UNLABELLED_PARTS = (4, 5)  # fewer parts is a term and its gloss, not a row of the table


def _unlabelled_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with a run of list items re-typing the KPI table without labels made one table; the same list
    when there is none, or when the section has a table of its own (its items are then notes on it)."""
    dashed = (b for b in blocks if b.kind is BlockKind.LIST_ITEM)
    candidates = sum(1 for b in dashed if any(separator in b.text for separator in _UNLABELLED_SEPARATORS))
    if candidates < _MIN_RETYPED_ROWS or any(b.kind is BlockKind.TABLE for b in blocks):
        return blocks  # nearly every section: a real table, or no dashed items
    out = tables_from_runs(blocks, _unlabelled_block_row, _unlabelled_table)
    return blocks if len(out) == len(blocks) else out


def _unlabelled_block_row(block: Block) -> tuple[Block, list[str]] | None:
    """(the block, its cells) for a one-line list item cut by one dash separator into 4 or 5 parts, the first
    a short title-like name; None for any other block."""
    if block.kind is not BlockKind.LIST_ITEM or "\n" in block.text:
        return None
    for separator in _UNLABELLED_SEPARATORS:
        cells = [part.strip() for part in block.text.split(separator)]
        if len(cells) in _UNLABELLED_PARTS and all(cells):
            name = cells[0]
            if (name[:1].isupper() or name[:1].isdigit()) and len(name.split()) <= _MAX_NAME_WORDS:
                return block, cells
            return None
    return None


def _unlabelled_table(run: list[tuple[Block, list[str]]]) -> list[Block]:
    """The run as one KPI table when it has enough rows, each with the same count of parts; else its blocks."""
    width = len(run[0][1])
    if len(run) < _MIN_RETYPED_ROWS or any(len(cells) != width for _, cells in run):
        return [block for block, _ in run]
    names = _vocab()["kpi_columns"]
    header = [names[field][0].capitalize() for field in _FIELDS[:width]]
    return [Block.table(header, [cells for _, cells in run], run[0][0].start, run[-1][0].end)]


def _with_retyped_table(section: Section) -> Section:
    """The section with each run of re-typed KPI rows (before or under a sub-heading) made one table, so the
    table path reads it."""
    blocks = _unlabelled_blocks(_retyped_blocks(section.blocks))
    sub_blocks = [_unlabelled_blocks(_retyped_blocks(sub.blocks)) for sub in section.subsections]
    if blocks is section.blocks and all(new is sub.blocks for new, sub in zip(sub_blocks, section.subsections)):
        return section  # nearly every page: copy nothing
    subsections = [sub.model_copy(update={"blocks": new}) for new, sub in zip(sub_blocks, section.subsections)]
    return section.model_copy(update={"blocks": blocks, "subsections": subsections})


def _retyped_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with a run of re-typed KPI rows made one table; the same list when there is none.

    Several items (at least _MIN_RETYPED_ROWS) must carry a labelled target or frequency, the labels a
    known KPI column ("target:", "frequency:", see tables.column_cell): a list of prose lines stays notes.
    """
    candidates = sum(1 for b in blocks if ":" in b.text and any(sep in b.text for sep in _PART_SEPARATORS))
    if candidates < _MIN_RETYPED_ROWS:
        return blocks  # nearly every section: a real table, or no labelled parts
    out = tables_from_runs(blocks, _retyped_block_row, _retyped_table)
    return blocks if len(out) == len(blocks) else out


def _retyped_block_row(block: Block) -> tuple[Block, _RetypedRow] | None:
    row = _retyped_row(block)
    return None if row is None else (block, row)


def _retyped_row(block: Block | None) -> _RetypedRow | None:
    """The parts of a re-typed KPI row: a short title-like name, then parts split by one separator, at
    least one of them labelled by a known column name; None for any other block."""
    if block is None or block.kind not in _RETYPED_KINDS or "\n" in block.text:
        return None
    text = block.text
    for separator in _PART_SEPARATORS:
        if separator not in text:
            continue
        first, *parts = [part.strip() for part in text.split(separator)]
        cells = [(part, column_cell(part)) for part in parts]
        labelled = [cell for _, cell in cells if cell is not None]
        if not labelled:
            continue
        unlabelled = [part for part, cell in cells if part and cell is None]
        # "Cost per published piece: blended writer ... cost; keeps ...": the name led by a colon.
        name, colon, rest = first.partition(": ")
        if colon and rest:
            unlabelled.insert(0, rest)
        if not name[:1].isupper() and not name[:1].isdigit() or len(name.split()) > _MAX_NAME_WORDS:
            return None
        return separator, name, unlabelled, labelled
    return None


def _retyped_table(run: list[tuple[Block, _RetypedRow]]) -> list[Block]:
    """The run as one KPI table when enough of its rows label a target or frequency, else its blocks."""
    if len(run) < _MIN_RETYPED_ROWS:
        return [block for block, _ in run]
    labels: dict[str, str] = {}  # lower-cased label -> label as first written, in page order
    for _, (_, _, _, labelled) in run:
        for label, _ in labelled:
            labels.setdefault(label.lower(), label)
    names = _vocab()["kpi_columns"]
    name_column = names["name"][0].capitalize()
    # After a known name column: no position fallback, and a label naming the metric claims nothing.
    label_fields = dict(zip(labels, column_fields([name_column, *labels.values()])[1:]))
    timed = sum(
        1
        for _, (_, _, _, labelled) in run
        if any(label_fields[label.lower()] in ("target", "frequency") for label, _ in labelled)
    )
    if timed < _MIN_RETYPED_ROWS:
        return [block for block, _ in run]
    slots = [field for field in _UNLABELLED_FIELDS if field not in label_fields.values()]
    header = [name_column, *(names[field][0].capitalize() for field in slots), *labels.values()]
    rows = []
    for _, (separator, name, unlabelled, labelled) in run:
        cells = unlabelled[: len(slots)] + [""] * (len(slots) - len(unlabelled))
        extra = unlabelled[len(slots) :]
        if extra and slots:  # more parts than slots: the last slot keeps them
            cells[-1] = separator.join([cells[-1], *extra])
            extra = []
        values = {label.lower(): value for label, value in labelled}
        row = [name, *cells, *(values.get(key, "") for key in labels)]
        if extra:  # no slot left for them (labels claim both fields): a cell past the header, an extra cell
            row.append(separator.join(extra))
        rows.append(row)
    return [Block.table(header, rows, run[0][0].start, run[-1][0].end)]


def parse(section: Section) -> Kpis:
    """Parse the section's blocks into typed fields."""
    intro: list[str] = []
    columns: list[str] = []
    rows: list[KpiRow] = []
    notes: list[KpiNotes] = []
    unparsed: list[str] = []
    section = _with_retyped_table(section)  # "Name — measures — why — target: ... — frequency: ..." items
    section = with_labelled_subsections(section, "kpis")  # "Notes on use: ..." under the table
    groups = [(None, section.blocks)] + [(sub.title, sub.blocks) for sub in section.subsections]
    for heading, blocks in groups:
        blocks = stacked_tables(blocks)  # a mobile rendering's "Metric: ... / Target: ..." rows
        # A table cut by page breaks is read as one, its wrapped rows whole.
        group_labels: list[str] = []
        for table in join_continued_tables([block for block in blocks if block.kind == BlockKind.TABLE]):
            columns = _table(table, columns, rows, unparsed, group_labels)
        if group_labels:
            notes.append(KpiNotes(intro=group_labels))
        if heading is None:
            # Paragraphs before the table introduce it; paragraphs and a list right under it, without a
            # lead of their own, are notes on it.
            table = next((k for k, block in enumerate(blocks) if block.kind == BlockKind.TABLE), len(blocks))
            before, items, _ = group_blocks(blocks[:table])
            after, items_after, _ = group_blocks(b for b in blocks[table:] if b.kind != BlockKind.TABLE)
            intro += before
            if after or items or items_after:
                notes.append(KpiNotes(intro=after, items=items + items_after))
        else:
            # The notes sub-heading (or another sub-heading under the table): notes under their lead.
            paragraphs, items, _ = group_blocks(b for b in blocks if b.kind != BlockKind.TABLE)
            notes.append(KpiNotes(lead=heading, intro=paragraphs, items=items))
    return Kpis(intro=intro, columns=columns, rows=rows, notes=notes, unparsed=unparsed)
