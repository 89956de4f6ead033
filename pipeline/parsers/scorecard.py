"""Section parser: final role scorecard summary (section 20).

A two-column table ("Category | Executive summary" or "Item | Executive
summary"). Row labels are mapped to typed fields with a vocabulary
(pipeline/vocab/experience_to_scorecard.json, matched with a spaCy rule so that
"Top tools or platforms" and "Top tools/platforms" both land in ``top_tools``);
every row is also kept as {label, value} so unknown labels survive. Values
are split by layout: an inline "1) a 2) b" run, else ';', else ','; ';' parts
that open with a "label:" are groups of ',' items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..tables import group_label, opens_cell_line_table, stacked_tables
from .common import CareerRole, FieldsModel, SectionFields, parse_role, table_header
from .text import OR_SEPARATOR, split_at_colon, split_enumeration, split_title_detail
from .vocabulary import find_rules

__all__ = ["ScorecardField", "ScorecardSummary", "SummaryRow", "match_label", "parse", "split_items"]


class ScorecardField(FastStrEnum):
    """The typed field a scorecard row fills."""

    ROLE_TITLE = "role_title"
    ROLE_PURPOSE = "role_purpose"
    TOP_RESPONSIBILITIES = "top_responsibilities"
    TOP_TECHNICAL_SKILLS = "top_technical_skills"
    TOP_SOFT_SKILLS = "top_soft_skills"
    TOP_TOOLS = "top_tools"
    TOP_KPIS = "top_kpis"
    MAIN_DELIVERABLES = "main_deliverables"
    MAIN_GOALS = "main_goals"
    CAREER_PROGRESSION_OPTIONS = "career_progression_options"


class SummaryRow(FieldsModel):
    """One row of the scorecard table as on the page."""

    label: str = Field(description="Row label, e.g. 'Top tools or platforms'.")
    value: str = Field(description="The row's summary cell.")
    field: ScorecardField | None = Field(
        default=None, description="Typed field the row fills; null for an unknown label."
    )


class ScorecardSummary(SectionFields):
    """Typed fields of 'Final Role Scorecard Summary'."""

    header: list[str] = Field(default_factory=list, description="Column names as on the page.")
    role_title: str | None = None
    role_purpose: str | None = None
    top_responsibilities: list[str] = Field(default_factory=list)
    top_technical_skills: list[str] = Field(default_factory=list)
    top_soft_skills: list[str] = Field(default_factory=list)
    top_tools: list[str] = Field(default_factory=list, description="Top tools or platforms.")
    top_kpis: list[str] = Field(default_factory=list)
    main_deliverables: list[str] = Field(default_factory=list)
    main_goals: list[str] = Field(
        default_factory=list, description="Main goals, split as the other lists are ('90-day ...; 12-month ...')."
    )
    career_progression_options: list[CareerRole] = Field(default_factory=list)
    rows: list[SummaryRow] = Field(default_factory=list, description="Every row as on the page, known or not.")
    notes: list[str] = Field(default_factory=list, description="Text of the section outside the table.")


_LIST_FIELDS = {
    ScorecardField.TOP_RESPONSIBILITIES,
    ScorecardField.TOP_TECHNICAL_SKILLS,
    ScorecardField.TOP_SOFT_SKILLS,
    ScorecardField.TOP_TOOLS,
    ScorecardField.TOP_KPIS,
    ScorecardField.MAIN_DELIVERABLES,
    ScorecardField.MAIN_GOALS,  # a list as the other Top/Main rows; the row keeps the cell as written
}
_TEXT_FIELDS = {ScorecardField.ROLE_TITLE, ScorecardField.ROLE_PURPOSE}
_NUMBERED = re.compile(r"(?:^|(?<=\s))(\d{1,2})[).]\s+")
_HEADING, _LIST_ITEM, _TABLE = BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.TABLE


@lru_cache(maxsize=4096)  # labels repeat from page to page
def match_label(text: str, whole: bool = True) -> tuple[ScorecardField | None, int]:
    """The field a label names and where the label ends: "Top tools/platforms" → (top_tools, 19).

    With ``whole=False`` the label only has to open the text ("Role title Associate ..." → role_title, 10).
    """
    for span in find_rules("scorecard_fields", text):
        if span.start != 0:
            break
        rest = text[span.end_char :].strip()
        if not whole or not rest.strip(":").strip():
            return ScorecardField(span.label_), span.end_char
    return None, 0


_GROUP_LABEL = re.compile(r"^([A-Za-z][\w/&-]*(?: [\w/&-]+){0,2}):\s+")
# The nouns of a move ("paths", "moves into") and the prepositions of movement after one.
_MOVES = r"(?:paths?|moves?|routes?|steps?|transitions?)"
_TOWARD = r"(?:to|into|towards?)"
# A lower-case lead phrase that ends in a preposition of movement before the roles it introduces:
# "adjacent moves to Product Owner or Program Manager", "lateral paths into SRE, Data Engineering", or into areas
# rather than roles ("adjacent moves into cybersecurity risk, SOX program management, or privacy": each area an
# option the lead phrase notes); or a bare group word or two before a capitalised role: "adjacent Revenue
# Accountant, Treasury Analyst" (role names are capitalised in these lists, so lower-case words before one are no
# part of it). A move word may take 'in' for 'into': "adjacent paths in Kotlin Multiplatform, Mobile Security".
_ROLES_LEAD = re.compile(
    rf"^([a-z][\w-]*(?: [a-z][\w-]*){{0,3}} {_TOWARD}(?=\s+\w)"
    rf"|(?:[a-z][\w-]* ){{0,2}}{_MOVES} in(?=\s+\w)"
    r"|[a-z]+(?: [a-z]+)?(?=\s+[A-Z]))\s+"
)


def item_groups(value: str, roles: bool = False) -> list[tuple[str | None, list[str]]]:
    """Split a value into items under their group label: "A, B; adjacent: C, D" → [(None, [A, B]), ("adjacent", [C, D])].

    An inline "1) A 2) B" run, else ';' parts (or the cell's lines), else ',' parts, make one unlabelled group. When
    a ';' part opens with a short "label:" and the parts list ',' items, the ';' separates groups of ',' items
    instead (the label says what kind of items follow, as "adjacent:" does). Among ``roles``, a lead phrase
    ("adjacent moves to X, Y or Z") or a bare lower-case group word ("adjacent X, Y") is such a label too, and
    its roles are alternatives: 'or' separates them; there, two unlabelled ';' parts or more are a role each.
    """
    cuts: list[tuple[int, int]] = []
    for match in _NUMBERED.finditer(value):
        if int(match.group(1)) == len(cuts) + 1:
            cuts.append((match.start(), match.end()))
    if len(cuts) >= 2 and not value[: cuts[0][0]].strip():
        bounds = [end for _, end in cuts]
        stops = [start for start, _ in cuts[1:]] + [len(value)]
        pieces = [value[a:b].strip() for a, b in zip(bounds, stops, strict=True)]
        return [(None, [piece.rstrip(";,").strip() for piece in pieces if piece])]
    # A line break in the cell (<br>) parts items as ';' does. Without either there is one ';' part.
    by_semicolon = split_enumeration(value, ";\n") if ";" in value or "\n" in value else []
    if len(by_semicolon) < 2:
        return [(None, split_enumeration(value, ","))]
    # A label ends with a colon: without one the label pattern need not try (and backtrack over) the part's words.
    labels = [
        (":" in part and _GROUP_LABEL.match(part)) or (roles and _ROLES_LEAD.match(part)) or None
        for part in by_semicolon
    ]
    if not any(labels):
        return [(None, by_semicolon)]  # a plain ';' list: its parts are not split on ','
    # Roles set apart by ';' one to a part ("Clinical Program Manager; Associate Director, Clinical Operations;
    # adjacent paths into ..."): a comma in an unlabelled part is the title's own. One unlabelled part lists its
    # roles with commas ("A, B, C; adjacent moves to D or E").
    whole = roles and sum(label is None for label in labels) >= 2
    groups = [
        (label.group(1), _group_items(part[label.end() :], label.re is _ROLES_LEAD))
        if label
        else (None, [part] if whole else split_enumeration(part, ","))
        for part, label in zip(by_semicolon, labels, strict=True)
    ]
    if all(len(items) < 2 for _, items in groups):
        return [(None, by_semicolon)]  # no group holds a list: "Python: scripting; SQL: queries" is a ';' list
    return groups


def _group_items(text: str, alternatives: bool) -> list[str]:
    """The ',' items of a labelled group; with ``alternatives``, 'or' outside a parenthetical separates items too."""
    items = split_enumeration(text, ",")
    if not alternatives:
        return items
    return [role for item in items for role in (OR_SEPARATOR.split(item) if "(" not in item else (item,))]


def split_items(value: str) -> list[str]:
    """Split a value into items: "1) A 2) B" → [A, B]; "A; B, C" → [A, "B, C"]; "A, B; cloud: C, D" → [A, B, "cloud: C", D].

    A group's label stays on its first item: in a plain list it may be content ("Python: scripting; SQL, Spark").
    """
    return [
        f"{label}: {item}" if label and k == 0 else item
        for label, items in item_groups(value)
        for k, item in enumerate(items)
    ]


def _roles(value: str) -> list[CareerRole]:
    """Career roles of a value; a group label ("adjacent: ...") is each role's note, before its own parenthetical."""
    roles = []
    for label, items in item_groups(value, roles=True):
        label = _one_path_note(label) if label else label
        for item in items:
            # A lone role with its own lead, "long-term path to Field Operations Manager": the lead says when (a
            # lead over an area, "long-term path to audit leadership", is the option as written).
            lead = None if label else _ROLES_LEAD.match(item)
            lead = lead if lead and item[lead.end() : lead.end() + 1].isupper() else None
            role = parse_role(item[lead.end() :]) if lead else parse_role(item)
            if lead:
                role = role.model_copy(update={"text": item.strip()})
            if note := label or (lead and _MOVE_WORDS.sub("", lead.group(1))):
                role = role.model_copy(update={"note": f"{note}; {role.note}" if role.note else note})
            roles.append(role)
    return roles


# The words of a lead that only say a move is made ("path to", "moves into"): what is left of the lead is the note.
_MOVE_WORDS = re.compile(
    rf"(?:(?:^|\s+)(?:{_MOVES}|progression))?\s+{_TOWARD}$"
    rf"|(?:^|\s+){_MOVES} in$"
)


# One move to alternative roles: "(long-term) path to A or B", a lone option as "long-term path to A" is. A plural
# ("adjacent moves to", "lateral paths into") labels a group of moves, and the group keeps its whole lead.
_ONE_PATH = re.compile(r"(?:^|\s)(?:path|move|route|step|transition|progression)\s+(?:to|into|towards?|in)$")


def _one_path_note(label: str) -> str:
    """A group label that only says one move is made, as a lone role's lead: "long-term path to" → "long-term"."""
    return _MOVE_WORDS.sub("", label) if _ONE_PATH.search(label) else label


# A value pointing elsewhere on the page instead of naming items: "See section 10", "See above", "As listed in
# section 10", "Refer to the tools table". It names no tool, skill or KPI, so the typed list stays empty; the row
# keeps the text. The place it points to may carry its title: "See section 10 (Tools and platforms)".
_POINTER = (
    r"(?:please\s+)?(?:see(?:\s+also)?|refer\s+to|cf\.?|as(?:\s+in)?"
    r"|(?:as\s+)?(?:listed|described|detailed|shown|given|outlined|covered|set\s+out|per)(?:\s+(?:in|under|at))?)(?!\w)"
)
_PLACE = r"(?:(?:sections?|§|part|table|list|chapter)(?:\s*\d+(?:\.\d+)*[a-z]?)?|above|below|earlier)"
_CROSS_REFERENCE = re.compile(
    rf"\(?{_POINTER}(?:\s+[\w&/-]+){{0,4}}?\s*{_PLACE}(?:\s+(?:above|below))?(?:\s*\([^()]*\)|\s*[:–—-]\s*[^;,]*)?\s*[.)]?",
    re.IGNORECASE,
)


def _is_cross_reference(value: str) -> bool:
    """Whether a value only points to another part of the page (see _CROSS_REFERENCE)."""
    return _CROSS_REFERENCE.fullmatch(value.strip()) is not None


def _rows(table_rows: Iterable[list[str]], unparsed: list[str]) -> list[SummaryRow]:
    out: list[SummaryRow] = []
    for cells in table_rows:
        filled = [c.strip() for c in cells if c.strip()]
        if not filled:
            continue
        if len(filled) >= 2:
            label, value = filled[0], " ".join(filled[1:])
            field, _ = match_label(label)
        else:
            # A border-less row whose cells were not recovered: a known label still opens it.
            field, end = match_label(filled[0], whole=False)
            if field is None:
                unparsed.append(filled[0])
                continue
            label, value = filled[0][:end].strip(), filled[0][end:].strip()
        out.append(SummaryRow.__pydantic_validator__.validate_python({"label": label, "value": value, "field": field}))
    return out


def _value_rows(table: Block) -> list[list[str]]:
    """The table's rows but its group labels ("Top lists" across the table over the rows under it): a layout
    label, neither a summary row nor text left unread."""
    width = len(table.header or ())
    return [cells for cells in table.rows or () if group_label(cells, width) is None]


def _line_row(text: str) -> SummaryRow | None:
    """The row a line is when it opens with a known label and holds its value ("Top KPIs: a, b"), else None."""
    parts = split_title_detail(text)
    if parts[1] is None:
        parts = split_at_colon(text) or parts
    field = match_label(parts[0])[0] if parts[1] else None
    return None if field is None else SummaryRow(label=parts[0], value=parts[1], field=field)


def _bare_label(block: Block, following: Block | None) -> tuple[str, ScorecardField] | None:
    """(label, field) of a line that is a known label alone, its value on the line(s) under it: "Role purpose:"
    over an indented sentence; or a sub-heading, as a text reader takes "Top 10 technical skills:" over an
    indented "1) a 2) b" run for one (the colon dropped); or a list item over its own detail line, as a page with
    no tables writes a row ("<li><b>Role title</b><br>Aircraft Dispatcher", Telegraph's)."""
    text = block.text.strip()
    if block.kind is not _HEADING and not text.endswith(":") and not _heads_detail(block, following):
        return None
    label = text.rstrip(":").rstrip()
    field = match_label(label)[0] if label else None
    return None if field is None else (label, field)


def _heads_detail(block: Block, following: Block | None) -> bool:
    """Whether a list item has the line under it as its detail: a list item nested under it."""
    return block.kind is _LIST_ITEM and following is not None and following.kind is _LIST_ITEM and (
        following.depth > block.depth
    )


def _item_text(block: Block) -> str:
    """A list item's text with its number put back: "1) Excel 2) SQL" read as item 1 is the row's "1) ..." run."""
    return f"{block.marker} {block.text}" if block.number is not None and block.marker else block.text


def _value_end(lines: list[Block], opens: list[bool], start: int) -> int:
    """Where the value under a bare label, from ``lines[start]``, ends: after the paragraph under it, or after the
    run of list items under it; at ``start`` when the next line opens a row (or is a sub-heading) itself."""
    end = start
    while end < len(lines) and not opens[end]:
        if end > start and (lines[end].kind is not _LIST_ITEM or lines[start].kind is not _LIST_ITEM):
            break
        end += 1
    return end


_Label = tuple[str, ScorecardField]


def _readings(lines: list[Block]) -> tuple[list[SummaryRow | None], list[_Label | None], list[bool]]:
    """Per line: the row it holds, the bare label it is, and whether it opens a row (a sub-heading always ends
    a value). A sub-heading names a row only where lines of text do: a table that lost its borders puts its
    labels on lines of their own with no colon ("Role title" over its cell), which a reader may take for
    sub-headings too, and wraps its values over lines no label closes."""
    on_line = [None if block.kind is _HEADING else _line_row(block.text) for block in lines]
    following = [*lines[1:], None]
    bare = [None if row else _bare_label(block, after) for block, row, after in zip(lines, on_line, following)]
    opens = [
        block.kind is _HEADING or row is not None or label is not None
        for block, row, label in zip(lines, on_line, bare, strict=True)
    ]
    if not any(flag for block, flag in zip(lines, opens, strict=True) if block.kind is not _HEADING) and not (
        _heads_list(lines)
    ):
        bare = [None] * len(lines)  # no line of text is a row: no sub-heading is one either
    return on_line, bare, opens


def _heads_list(lines: list[Block]) -> bool:
    """Whether a sub-heading heads a list of its own ("Top 10 soft skills" over its items, one a list item): a
    label, as a borderless table's cell is never read as a run of list items."""
    kinds = [block.kind for block in lines]
    return any(
        kinds[i] is _HEADING and kinds[i + 1] is _LIST_ITEM and kinds[i + 2] is _LIST_ITEM
        for i in range(len(kinds) - 2)
    )


def _label_lines(lines: list[Block]) -> tuple[list[SummaryRow], list[str]]:
    """Rows written as lines, not a table ("Role title — Data Analyst", "Top KPIs: a, b", as on a page with no
    tables): a run of two lines at least whose label the vocabulary knows. A known label alone on its line is
    the row of the value on the line(s) under it, one item a line ('\n' parts items as a cell's line break
    does). The other lines stay notes; sub-headings are none."""
    on_line, bare, opens = _readings(lines)
    rows: list[SummaryRow] = []
    rest: list[str] = []
    k = 0
    while k < len(lines):
        block, row, label = lines[k], on_line[k], bare[k]
        k += 1
        heading = block.kind is _HEADING
        if label is not None and (end := _value_end(lines, opens, k)) > k:
            value = "\n".join(_item_text(line) for line in lines[k:end]).strip()
            row, k = SummaryRow(label=label[0], value=value, field=label[1]), end
        if row is not None:
            rows.append(row)
        elif not heading:
            rest.append(block.text)
    if len(rows) >= 2:
        return rows, rest
    return [], [block.text for block in lines if block.kind is not _HEADING]


def _tables_and_lines(blocks: Iterable[Block]) -> tuple[list[Block], list[Block]]:
    """(the tables, every other block in page order): headings stay, a label may head its value as one."""
    tables: list[Block] = []
    lines: list[Block] = []
    for block in blocks:
        (tables if block.kind is _TABLE else lines).append(block)
    return tables, lines


def _section_lines(section: Section, cell_lines: bool = False) -> list[Block]:
    """Every block of the section in page order, a sub-heading that is a known row label kept as a heading
    block before its blocks (a text reader heads the value under "Top 10 technical skills:" with it). With
    ``cell_lines``, a sub-heading over a one-line list item is put back as a table's row instead (below)."""
    blocks = list(section.blocks)
    for sub in section.subsections:
        first = sub.blocks[0] if sub.blocks else None
        if cell_lines and first is not None and first.kind is _LIST_ITEM and "\n" not in first.text:
            # A table written one cell a line ("Item" / "Summary" over "Role title" / "...", its rows between
            # blank lines) whose value cell opens with a number ("1. Run ... 2. Allocate ..."): the reader took
            # that cell for a list item and the label line above it for a sub-heading. Both are the row's cells,
            # put back as its lines: the label right above its value, the value with its number.
            label_end = first.start - 1
            blocks.append(Block.paragraph(sub.title, label_end - len(sub.title), label_end))
            blocks.append(Block.paragraph(_item_text(first), first.start, first.end))
            blocks += sub.blocks[1:]
            continue
        if match_label(sub.title.strip().rstrip(":"))[0] is not None:
            at = sub.blocks[0].start if sub.blocks else (blocks[-1].end if blocks else 0)
            blocks.append(Block.heading(sub.title, at, at, 3))
        blocks += sub.blocks
    return blocks


def _table_rows(blocks: Iterable[Block]) -> int:
    return sum(len(block.rows or ()) for block in blocks if block.kind is _TABLE)


def parse(section: Section) -> ScorecardSummary:
    """Parse the section's blocks into typed fields."""
    unparsed: list[str] = []
    # stacked: "Item: ... / Summary: ..." rows
    blocks = stacked_tables(_section_lines(section))
    if section.subsections and opens_cell_line_table(section.blocks):
        # A table written one cell a line: its rows whose value cell opens with a number may have been cut off as
        # sub-headings over list items; read so when that gives the table more rows (not when a value's cell
        # wrapped over lines no row can hold: those stay as they were read).
        rejoined = stacked_tables(_section_lines(section, cell_lines=True))
        if _table_rows(rejoined) > _table_rows(blocks):
            blocks = rejoined
    tables, lines = _tables_and_lines(blocks)
    header = table_header(tables)
    rows = [row for table in tables for row in _rows(_value_rows(table), unparsed)]
    notes: list[str] = []
    if lines:
        line_rows, notes = _label_lines(lines)
        rows += line_rows
    if len(header) >= 2 and match_label(header[0])[0] is not None:
        # A table with no header row ("Role title | Product Manager" first): its first row was taken for one.
        rows = _rows([header], unparsed) + rows
        header = []
    values: dict[str, object] = {}
    for row in rows:
        if row.field is None or row.field.value in values:
            continue
        if row.field in _TEXT_FIELDS:
            values[row.field.value] = row.value
        elif _is_cross_reference(row.value):
            values[row.field.value] = []  # "See section 10": the items are elsewhere; the row keeps the pointer
        elif row.field in _LIST_FIELDS:
            values[row.field.value] = split_items(row.value)
        else:
            values[row.field.value] = _roles(row.value)
    return ScorecardSummary(header=header, rows=rows, notes=notes, unparsed=unparsed, **values)
