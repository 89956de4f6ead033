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
from spacy.util import filter_spans

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from ..tables import join_continued_tables, stacked_tables
from .common import FieldsModel, Point, SectionFields, group_blocks, with_labelled_subsections
from .text import is_short_form, paren_depth, split_note
from .vocabulary import SUMMARY_TO_KPIS, may_match, phrase_gate

__all__ = ["Frequency", "KpiCell", "KpiNotes", "KpiRow", "Kpis", "column_fields", "frequencies_of", "parse"]


class Frequency(FastStrEnum):
    """Normalised measurement cadence of a KPI."""

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
    frequency: str | None = Field(default=None, description="Measurement frequency as printed, e.g. 'Weekly/Monthly'.")
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
    found: list[Frequency] = []
    for span in sorted(spans, key=lambda s: s.start):
        value = Frequency(labels[(span.start, span.end)])
        if value not in found:
            found.append(value)
    if found and _has_unknown_part(text, [(span.start_char, span.end_char) for span in spans]):
        found.append(Frequency.OTHER)  # "Per test / incident": the list must not read narrower than the page
    return tuple(found) or (Frequency.OTHER,)


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


def _row(cells: list[str], fields: list[str | None], header: list[str]) -> KpiRow | None:
    values: dict[str, str | None] = {}
    other: list[KpiCell] = []
    for index, cell in enumerate(cells):
        cell = cell.strip()
        name = fields[index] if index < len(fields) else None
        if name:
            values[name] = cell or None
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


def _table(block: Block, columns: list[str], rows: list[KpiRow], unparsed: list[str]) -> list[str]:
    """Add a table's rows; return the header to record (the first table's)."""
    header = list(block.header or [])
    fields = column_fields(header) if header else list(_FIELDS)
    for cells in block.rows or []:
        row = _row(cells, fields, header)
        if row is None:
            if any(cell.strip() for cell in cells):
                unparsed.append(" | ".join(cells))
        else:
            rows.append(row)
    return columns or header


def parse(section: Section) -> Kpis:
    """Parse the section's blocks into typed fields."""
    intro: list[str] = []
    columns: list[str] = []
    rows: list[KpiRow] = []
    notes: list[KpiNotes] = []
    unparsed: list[str] = []
    section = with_labelled_subsections(section, "kpis")  # "Notes on use: ..." under the table
    groups = [(None, section.blocks)] + [(sub.title, sub.blocks) for sub in section.subsections]
    for heading, blocks in groups:
        blocks = stacked_tables(blocks)  # a mobile rendering's "Metric: ... / Target: ..." rows
        # A table cut by page breaks is read as one, its wrapped rows whole.
        for table in join_continued_tables([block for block in blocks if block.kind == BlockKind.TABLE]):
            columns = _table(table, columns, rows, unparsed)
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
