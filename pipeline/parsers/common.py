"""What the section parsers share: base models, the item tree and its nesting rules, and role names.

Parsers see a :class:`~pipeline.models.Section` (blocks plus sub-sections
keyed by canonical sub-heading). Layout decides most structure, so most of
this is plain code; text.py splits the text of one item and vocabulary.py
holds what wording decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from ..blocks import Block, BlockKind
from ..layout import BALLOT_BOXES
from ..models import Section, Subsection
from ..nlp import load_vocab
from ..sections import subheading_key
from .text import CLOSING_STOP, SENTENCE_GAP, is_short_form, labelled_parts, normalise_label, split_label, split_note
from .vocabulary import SKILLS_TO_DECISIONS, arrow_path, opens_with_example, split_role_qualifier

__all__ = [
    "SENTENCE_ENDS",
    "CareerRole",
    "ExtraSubsection",
    "FieldsModel",
    "Node",
    "Point",
    "RoleTransition",
    "SectionFields",
    "all_blocks",
    "block_texts",
    "continues_line",
    "detail_labels",
    "drop_item_lead",
    "drop_tables",
    "extra_subsection",
    "first_by_kind",
    "group_blocks",
    "group_blocks_with_tables",
    "item_tree",
    "labelled_by_heading",
    "list_nodes",
    "nest_colon_leads",
    "nest_items",
    "node_labelled_parts",
    "own_subheading",
    "parse_role",
    "point",
    "routed_items",
    "split_number",
    "split_tables",
    "subsections_by_field",
    "table_header",
    "table_points",
    "term_label",
    "term_labelled_parts",
    "with_labelled_subsections",
    "without_cut_bold",
]


# --- models --------------------------------------------------------------------------------------


class FieldsModel(BaseModel):
    """Base of every typed model: frozen, and unknown keys are an error.

    Models built many times a page are built as ``Model.__pydantic_validator__.validate_python(fields)``: the
    validator checks the dict exactly as ``Model(**fields)`` would (same defaults, same model_fields_set), and
    skips BaseModel.__init__ (~0.25 µs a model, ~450 models a page).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")


class SectionFields(FieldsModel):
    """Base of each section's typed fields."""

    unparsed: list[str] = Field(
        default_factory=list, description="Text of the section the parser could not place (reported as a warning)."
    )


class Point(FieldsModel):
    """A list item as on the page, with the sub-items nested under it."""

    text: str
    sub_items: list[str] = Field(default_factory=list)


class ExtraSubsection(FieldsModel):
    """A sub-section whose heading is not one of the section's known sub-headings, kept with its heading."""

    heading: str = Field(description="Sub-heading as on the page.")
    points: list[Point] = Field(default_factory=list)


class RoleTransition(FieldsModel):
    """A move between roles written with arrows ("A → B"), every step as on the page."""

    from_role: str | None = Field(default=None, description="Role the move starts from (the feeder role).")
    to_role: str | None = Field(default=None, description="Role the move leads to, without its trailing note.")
    path: list[str] = Field(default_factory=list, description="Every step of the arrow chain, as on the page.")


class CareerRole(FieldsModel):
    """A role named on the page, with its parenthetical note and trailing qualifier split off."""

    name: str = Field(description="Role name, e.g. 'Data Scientist'.")
    note: str | None = Field(
        default=None, description="Parenthetical note, e.g. 'entry-level' or 'if strong ML/statistics foundation'."
    )
    qualifier: str | None = Field(
        default=None,
        description="Trailing qualifier after the name, e.g. 'with ML focus', 'transitioning to industry'.",
    )
    transition: RoleTransition | None = Field(default=None, description="The arrow move, when written 'A → B'.")
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one on the page.")
    text: str = Field(description="The role as on the page.")


# --- the item tree -------------------------------------------------------------------------------


_HEADING, _PARAGRAPH, _LIST_ITEM, _TABLE = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE


@dataclass(slots=True)
class Node:
    """A block with the list items nested under it."""

    block: Block
    children: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The block's own text."""
        return self.block.text

    def descendants(self) -> list[str]:
        """Texts of every nested item, depth first."""
        out: list[str] = []
        for child in self.children:
            out.append(child.block.text)
            if child.children:
                out += child.descendants()
        return out

    def sub_items(self) -> list[str]:
        """The nested items as a typed field holds them: one sentence split into bullets ("clarify scope,", "write
        SQL,", "and publish.") without the comma or semicolon that led each on to the next, and without the full
        stop that closes the enumeration: it is the list's punctuation as much as the joiners were."""
        texts = self.descendants()
        items = [text[:-1].rstrip() if text.endswith((",", ";")) else text for text in texts]
        if _closes_enumeration(texts):
            items[-1] = CLOSING_STOP.sub("", items[-1])
        return items


def enumeration_points(points: list[Point]) -> list[Point]:
    """Sibling points that are one sentence split into bullets ("US rules versus EU rules,", "urban bans,",
    "cross-border paperwork."), without that sentence's list punctuation, as Node.sub_items drops it from nested
    items; any other points as they are (most: a point closing on a comma is rare)."""
    texts = [p.text for p in points]
    if not _closes_enumeration(texts) or any(p.sub_items for p in points):
        return points
    texts = [text[:-1].rstrip() for text in texts[:-1]] + [CLOSING_STOP.sub("", texts[-1])]
    return [p.model_copy(update={"text": text}) for p, text in zip(points, texts, strict=True)]


def _closes_enumeration(texts: list[str]) -> bool:
    """Whether the last of these items ends a sentence the bullets split: every one before it led on with a comma
    or semicolon, and it is one clause (no sentence of its own inside: "… rules. See the runbook.")."""
    return (
        len(texts) > 1
        and texts[-1].endswith(".")
        and all(text.endswith((",", ";")) for text in texts[:-1])
        and not SENTENCE_GAP.search(texts[-1])
    )


def item_tree(blocks: Iterable[Block]) -> list[Node]:
    """Nest list items under the item (or paragraph) before them by depth.

    A paragraph followed by '– items' at depth 0 becomes their parent when it
    ends with a colon ("Success is defined by ...: – A – B").
    """
    roots: list[Node] = []
    stack: list[tuple[int, Node]] = []  # (depth, node)
    for block in blocks:
        kind = block.kind
        if kind is _HEADING:
            continue
        node = Node(block, [])
        if kind is not _LIST_ITEM:
            roots.append(node)
            # A lead paragraph ending in ':' owns the dash items that follow it.
            stack = [(-1, node)] if block.text.rstrip().endswith(":") else []
            continue
        depth = block.depth or 0
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            stack[-1][1].children.append(node)
        else:
            roots.append(node)
        stack.append((depth, node))
    return roots


def routed_items(
    blocks: list[Block], route: Callable[[Node], tuple[str, Any] | None], lists: dict[str, list[Any]]
) -> list[Block]:
    """The blocks less the items ``route`` sends to one of ``lists`` (by name), with all nested under them.

    A flat list whose labels name the section's own lists ("**Anti-pattern:** …", "Automatable: …") files each
    such item there; what no label routes is left, in order, for the caller.
    """
    moved: set[int] = set()
    for node in item_tree(blocks):
        if (routed := route(node)) is not None:
            lists[routed[0]].append(routed[1])
            stack = [node]
            while stack:
                moved.add(id((done := stack.pop()).block))
                stack += done.children
    return [block for block in blocks if id(block) not in moved]


# point() and parse_role() run ~140 times a page: built through the validator (see FieldsModel), like blocks.py.


def point(node: Node) -> Point:
    """One node as a Point, its nested items flattened under it."""
    sub_items = node.sub_items() if node.children else []  # most items are leaves: no call for them
    return Point.__pydantic_validator__.validate_python({"text": node.block.text, "sub_items": sub_items})


def _is_open_lead(node: Node) -> bool:
    """A list item ending in ':' with nothing nested under it: the lead of a list the scraper flattened."""
    return not node.children and node.block.kind is _LIST_ITEM and opens_list(node.block.text)


# A word that leaves its clause open for the items after it, as a colon does: "Team aligned to regions, with – A
# – B", "Core tools, including – A – B" (a scraper's inline list with the colon left out). An item never ends so.
_LIST_OPENERS = (":", " with", " including", " such as")


def opens_list(text: str) -> bool:
    """Whether an item's text ends by opening a list: a colon, or an introducing word without one."""
    return text.rstrip().endswith(_LIST_OPENERS)


def _nest_after_leads(nodes: list[Node], joins: Callable[[Node], bool]) -> list[Node]:
    """Nest the items after an open lead under it while ``joins`` takes them, at every level of the tree.

    The given nodes are left as they were: a node whose children change is a new node. A list with no open
    lead at any level is returned as it is (most lists): nothing in it changes.
    """
    out: list[Node] = []
    changed = False
    lead: Node | None = None
    for node in nodes:
        if node.children:
            children = _nest_after_leads(node.children, joins)
            if children is not node.children:
                node = Node(node.block, children)
                changed = True
        if lead is not None and joins(node):
            lead.children.append(node)
            continue
        if _is_open_lead(node):
            lead = node = Node(node.block)
            changed = True
        else:
            lead = None
        out.append(node)
    return out if changed else nodes


def nest_colon_leads(nodes: list[Node], *, until_label: bool = False) -> list[Node]:
    """Nest the flat list items after a childless lead ending in ':' (or an introducing word, opens_list) under
    it, up to the next such lead.

    ["Shift toward:", "A.", "B.", "Come from:", "C."] → ["Shift toward:" [A., B.], "Come from:" [C.]].
    The scraper flattens inline lists ("Common deployment patterns: – A – B"), and compact pages flatten
    full sentences too. With ``until_label`` a "Label: text" item ends the run as well: in such lists it
    is a sibling of the lead ("Privacy requirements: ..."), not one of its items.
    """

    def joins(node: Node) -> bool:
        if node.block.kind is not _LIST_ITEM or opens_list(node.text):
            return False
        return not until_label or split_label(node.text)[0] is None

    return _nest_after_leads(nodes, joins)


def nest_items(blocks: Iterable[Block]) -> list[Node]:
    """Nest a run of list items by depth (paragraphs are not parents here).

    On compact pages an "Example: ..." item at the same level right after an
    item ending in ':' is that item's sub-item (the indentation was lost).
    """
    tree = item_tree(b for b in blocks if b.kind is _LIST_ITEM)
    return _nest_after_leads(tree, lambda node: opens_with_example(node.text))


def group_blocks(blocks: Iterable[Block]) -> tuple[list[str], list[Point], list[str]]:
    """(paragraphs, nested items, texts of blocks that are neither) of one sub-section; blank blocks skipped."""
    paragraphs: list[str] = []
    items: list[Block] = []
    other: list[str] = []
    for block in blocks:  # one pass, each text stripped once
        text = block.text.strip()
        if not text:
            continue
        kind = block.kind
        if kind is _PARAGRAPH:
            paragraphs.append(text)
        elif kind is _LIST_ITEM:
            items.append(block)
        else:
            other.append(text)
    return paragraphs, [point(node) for node in nest_items(items)], other


# A table cell holding only a checklist's ballot box (a Coda or Notion "Done" column: "[x]", "[ ]", "☑"): its
# state, not text of the row.
_BALLOT_CELL = re.compile(rf"\[[ xX]?\]|[{BALLOT_BOXES}]")
_TICKED = "xX☑☒✅"


def table_points(table: Block) -> list[Point]:
    """One item per row of a table: its first cell the item, every other cell a sub-item labelled by its column
    ("Cadence: Weekly", "Owner: New TC"), so that nothing of the row is lost. A cell that is only a ballot box
    gives its state ("Done: yes" / "Done: no"), not the box."""
    header = [cell.strip() for cell in table.header or []]
    items: list[Point] = []
    for row in table.rows or []:
        filled = [(k, cell.strip()) for k, cell in enumerate(row) if cell.strip()]
        if not filled:
            continue
        (_, text), *cells = filled
        cells = [(k, _ballot_state(cell)) for k, cell in cells]
        sub_items = [f"{header[k]}: {cell}" if k < len(header) and header[k] else cell for k, cell in cells]
        items.append(Point.__pydantic_validator__.validate_python({"text": text, "sub_items": sub_items}))
    return items


def _ballot_state(cell: str) -> str:
    """A cell's text, or "yes"/"no" for a cell that is only a ticked or empty ballot box (a 1-3 character test
    first: most cells are longer)."""
    if len(cell) > 3 or not _BALLOT_CELL.fullmatch(cell):
        return cell
    return "yes" if any(mark in cell for mark in _TICKED) else "no"


def group_blocks_with_tables(blocks: Iterable[Block]) -> tuple[list[str], list[Point], list[str]]:
    """group_blocks, with the rows of a table read as items (table_points); a table without rows stays unparsed.
    For a sub-section whose heading says what its items are (a cadence of activities, a period of goals)."""
    blocks = list(blocks)
    paragraphs, items, rest = group_blocks(b for b in blocks if b.kind is not _TABLE)
    for table in (b for b in blocks if b.kind is _TABLE):
        rows = table_points(table)
        items += rows
        if not rows and table.text.strip():
            rest.append(table.text.strip())
    return paragraphs, items, rest


def list_nodes(nodes: list[Node], notes: list[str], unparsed: list[str]) -> list[Node]:
    """The list items of a tree; a paragraph goes to ``notes`` (its items lifted in its place), a table to ``unparsed``.

    [paragraph "Typical backgrounds:" [A, B], C] → [A, B, C], and "Typical backgrounds:" in notes.
    """
    out: list[Node] = []
    for node in nodes:
        if node.block.kind is _TABLE:
            unparsed.append(node.text)
        elif node.block.kind is _PARAGRAPH:
            notes.append(node.text)
            out.extend(node.children)
        else:
            out.append(node)
    return out


def closing_remarks(nodes: list[Node], notes: list[str], *, prose: bool = False) -> list[Node]:
    """The nodes less the paragraphs after a sub-heading's list, which go to ``notes``: a remark closing the
    list ("Use one practical exercise ... per candidate; calibrate scores in a debrief") is none of its items.
    Paragraphs with no list before them are the items, written without bullets. With ``prose``, only paragraphs
    of several sentences close it: a one-sentence line after the bullets may be an item that lost its bullet."""
    end = len(nodes)
    while end and nodes[end - 1].block.kind is _PARAGRAPH and not nodes[end - 1].children:
        if prose and not SENTENCE_GAP.search(nodes[end - 1].block.text):
            break
        end -= 1
    if end == len(nodes) or not any(node.block.kind is _LIST_ITEM for node in nodes[:end]):
        return nodes
    notes += [node.text for node in nodes[end:]]
    return nodes[:end]


#: the marks that end a sentence (a lead, a note) rather than an item's title
SENTENCE_ENDS = (".", "!", "?")


def split_lead(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """A sub-section's lead paragraph, and the blocks after it: one sentence paragraph opening its list
    ("Bottlenecks tend to cluster around the calendar: ..." over the bottlenecks) introduces the items, it is
    none of them. Only the first block, only before a top-level item, and only where no other paragraph
    follows (paragraphs there are the items of a list written without bullets); a lead ending in ':' owns
    its items already (item_tree)."""
    if len(blocks) < 2 or blocks[0].kind is not _PARAGRAPH or blocks[1].kind is not _LIST_ITEM or blocks[1].depth:
        return None, blocks
    lead = blocks[0].text.strip()
    if not lead.endswith(SENTENCE_ENDS) or any(block.kind is _PARAGRAPH for block in blocks[2:]):
        return None, blocks
    return lead, blocks[1:]


def drop_item_lead(nodes: list[Node], notes: list[str]) -> list[Node]:
    """The nodes less a numbered list's lead the block layer read as an item, which goes to ``notes``: an
    unnumbered line written as a sentence (or a lead ending ':') before items that are all numbered introduces
    them, it is none of them ("For a junior analyst, habits matter more than tool depth: ..." over "1. Attention
    to detail"). A text page whose one-line paragraphs are read as items gives a one-sentence lead that form; a
    longer one stays a paragraph (split_lead)."""
    if len(nodes) < 2 or nodes[0].children:
        return nodes
    first = nodes[0].block
    lead = first.text.rstrip()
    if first.kind is not _LIST_ITEM or first.number is not None or not lead.endswith((*SENTENCE_ENDS, ":")):
        return nodes
    items = [node.block for node in nodes[1:] if node.block.kind is _LIST_ITEM]
    if not items or any(block.number is None for block in items):
        return nodes
    notes.append(lead)
    return nodes[1:]


def split_tables(blocks: Iterable[Block]) -> tuple[list[Block], list[str]]:
    """(the tables, the text of every other block in page order, headings skipped)."""
    tables: list[Block] = []
    texts: list[str] = []
    for block in blocks:
        if block.kind is _TABLE:
            tables.append(block)
        elif block.kind is not _HEADING:
            texts.append(block.text)
    return tables, texts


def table_header(tables: Iterable[Block]) -> list[str]:
    """The header of the first table that has one (a later table continues the first, or repeats its header)."""
    return next((list(table.header) for table in tables if table.header), [])


def drop_tables(nodes: Iterable[Node], unparsed: list[str]) -> list[Node]:
    """The nodes that are not tables; a table's text goes to ``unparsed`` (no list field can hold it)."""
    out: list[Node] = []
    for node in nodes:
        if node.block.kind is _TABLE:
            unparsed.append(node.text)
        else:
            out.append(node)
    return out


def block_texts(blocks: Iterable[Block], unparsed: list[str]) -> list[str]:
    """The text of every block in page order, headings skipped; a table's text goes to ``unparsed`` instead."""
    tables, texts = split_tables(blocks)
    unparsed += [table.text for table in tables]
    return texts


# The most a " – " separator that layout.split_inline_list cut a line at spans between two of its pieces.
_SEPARATOR_GAP = 3


def continues_line(previous: Block, block: Block) -> bool:
    """Whether the block is a dash piece the block layer cut from the same line as the block before it.

    A scraper's flattened list "Lead: A – B – C" reaches the parsers as a paragraph and one dash item a part;
    where a dash belongs to a name or a sentence instead ("AWS Certified Security – Specialty"), the parser
    that knows joins the pieces back.
    """
    return (
        block.kind == BlockKind.LIST_ITEM
        and block.marker == "–"
        and not block.depth
        and 0 < block.start - previous.end <= _SEPARATOR_GAP
    )


_BOLD = "**"


def without_cut_bold(section: Section) -> Section:
    """The section, a bold marker its last block opens and never closes dropped.

    A crawl that stops mid-item ("**Patience with complex" closing a page cut short) leaves the opening "**"
    of a bold lead whose closing one it lost: markup, not text, that no field may keep.
    """
    subsection = section.subsections[-1] if section.subsections else None
    blocks = subsection.blocks if subsection is not None else section.blocks
    if not blocks or not blocks[-1].text.startswith(_BOLD) or _BOLD in blocks[-1].text[len(_BOLD) :]:
        return section  # nearly every section: its last block opens with no bold marker
    last = blocks[-1].model_copy(update={"text": blocks[-1].text[len(_BOLD) :].lstrip()})
    if subsection is None:
        return section.model_copy(update={"blocks": [*blocks[:-1], last]})
    cut = subsection.model_copy(update={"blocks": [*blocks[:-1], last]})
    return section.model_copy(update={"subsections": [*section.subsections[:-1], cut]})


def all_blocks(section: Section) -> list[Block]:
    """Every block of a section, sub-sections included, in page order."""
    return list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]


def extra_subsection(heading: str, blocks: Iterable[Block]) -> ExtraSubsection:
    """Keep an unknown sub-section as points under its heading."""
    return ExtraSubsection(heading=heading, points=[point(node) for node in item_tree(blocks)])


def subsections_by_field(
    section: Section, field_by_key: dict[str, str]
) -> tuple[list[tuple[str, Subsection]], list[ExtraSubsection]]:
    """(field, sub-section) of each sub-section whose key names a field, in page order; the others kept whole.

    A heading the vocabulary does not know still carries the page's text, so it is kept rather than dropped.
    """
    known: list[tuple[str, Subsection]] = []
    other: list[ExtraSubsection] = []
    for sub in section.subsections:
        name = field_by_key.get(sub.key or "")
        if name is None:
            other.append(extra_subsection(sub.title, sub.blocks))
        else:
            known.append((name, sub))
    return known, other


# --- numbered titles -----------------------------------------------------------------------------


_LEADING_NUMBER = re.compile(r"(\d{1,2})[.)]\s+(?=\S)")


def split_number(title: str) -> tuple[int | None, str]:
    """The number printed before a title that is not a list item (a sub-heading, a bold paragraph), and the rest.

    "1. Servant leadership" / "2) Facilitation" → (1, "Servant leadership") / (2, "Facilitation");
    a title without one → (None, title). A list item's number is read with its marker (Block.number).
    """
    match = _LEADING_NUMBER.match(title)
    if match is None:
        return None, title
    return int(match.group(1)), title[match.end() :]


# --- labelled detail lines -----------------------------------------------------------------------


def node_labelled_parts(node: Node) -> list[tuple[str | None, str]]:
    """(label or None, text) of every part of a node's line and of the lines nested under it, depth first.

    "Python" with "Use: scripts – Value: speed" under it → [(None, "Python"), ("Use", "scripts"), ("Value", "speed")].
    """
    parts = labelled_parts(node.text)
    for child in node.children:
        parts += node_labelled_parts(child)
    return parts


def term_label(node: Node, group: str) -> str | None:
    """The label a term gives the lines under it: a term that is a detail's bare label of the group
    ("Use" over "Kaplan–Meier, Cox models", as a <dt> over its <dd>, or a markdown term over its ": " lines);
    None for any other node."""
    if not node.children or normalise_label(node.text) not in detail_labels(group):
        return None
    return node.text.strip().rstrip(":").strip()


def term_labelled_parts(node: Node, group: str) -> list[tuple[str | None, str]]:
    """node_labelled_parts, a term's label (term_label) put on each line under it that has none of its own.

    "Use" over "Kaplan–Meier, Cox models" → [("Use", "Kaplan–Meier, Cox models")], as "Use: Kaplan–Meier, ..." is.
    """
    label = term_label(node, group)
    if label is None:
        return node_labelled_parts(node)
    parts: list[tuple[str | None, str]] = []
    for child in node.children:
        lines = node_labelled_parts(child)
        if lines and lines[0][0] is None:
            lines[0] = (label, lines[0][1])
        parts += lines
    return parts


class _Detail(Protocol):
    kind: Any
    text: str


def first_by_kind(details: Iterable[_Detail]) -> dict[Any, str]:
    """The text of the first detail line of each kind (a skill's 'Use:' field is its first use line)."""
    first: dict[Any, str] = {}
    for detail in details:
        first.setdefault(detail.kind, detail.text)
    return first


# --- role names ----------------------------------------------------------------------------------


def _qualifier_note(qualifier: str | None) -> tuple[str | None, str | None]:
    """A parenthetical closing the qualifier is the role's note, as one closing the name is: "in health-tech (product
    metrics focus)" → "in health-tech", "product metrics focus"; a short form ("(SRE)") stays with its words."""
    if not qualifier:
        return qualifier, None
    rest, note = split_note(qualifier)
    return (qualifier, None) if note is None or is_short_form(note) else (rest, note)


def parse_role(text: str, sub_items: list[str] | None = None) -> CareerRole:
    """Read one role: "Research Assistant (NLP) transitioning to industry" → name, note 'NLP', qualifier."""
    cleaned = text.strip().rstrip(".;,").strip()
    path = arrow_path(cleaned)
    transition = None
    base, to_note = cleaned, None
    if len(path) >= 2:
        base = path[0]
        to_role, to_note = split_note(path[-1])
        if to_note and not to_note[:1].islower():
            # "→ Solutions Architect (Pre-Sales)": a capitalised parenthetical qualifies the title and is part
            # of it; a lower-case one ("(if strong ML foundation)") is a condition of the move, the mover's note.
            to_role, to_note = path[-1], None
        elif to_note:
            path = [*path[:-1], to_role]  # the condition is the mover's note, as in to_role: not a step's name
        transition = RoleTransition.__pydantic_validator__.validate_python(
            {"from_role": path[0], "to_role": to_role, "path": path}
        )
    name_part, qualifier = split_role_qualifier(base)
    name, note = split_note(name_part)
    qualifier, qualifier_note = _qualifier_note(qualifier)
    note = "; ".join(filter(None, (note, qualifier_note))) or None
    return CareerRole.__pydantic_validator__.validate_python(
        {
            "name": name or name_part,
            # "SOC Analyst (Tier 2) → NSE (with strong networking skills)": the mover's own note and the move's
            # condition are both kept, the mover's first, as a note joins its parts ("next level; larger scope").
            "note": "; ".join(filter(None, (note, to_note))) or None,
            "qualifier": qualifier,
            "transition": transition,
            "sub_items": sub_items or [],
            "text": text.strip(),
        }
    )


# Whether a label, under the sub-heading of the given key, is a line of that sub-section rather than a
# sub-heading of its own (a stakeholder's "Escalation path: ...").
OwnLabel = Callable[[str | None, str], bool]


def own_subheading(section_id: str) -> OwnLabel:
    """The OwnLabel keeping a labelled line under the sub-heading whose key its label names as one of its lines:
    "Case study: ..." under "Case studies", "Regulated: SOX controls, ..." under "Regulated vs non-regulated
    environment" (one side of the contrast, no second sub-heading of the same key)."""

    def own(group_key: str | None, label: str) -> bool:
        return group_key is not None and subheading_key(section_id, label) == group_key

    return own


# Words a sub-heading written as a label may have: the known phrases run to seven ("Business risks if this
# role is ineffective"); subheading_key, not this cap, decides whether the label is one.
_SUBHEADING_LABEL_WORDS = 8


def _labelled_subsection(
    section_id: str,
    block: Block,
    following: Block | None,
    group_key: str | None,
    own_label: OwnLabel | None,
) -> tuple[str, str, Block | None] | None:
    """(key, label, the line's text) of a line opening with a known sub-heading and a colon.

    A paragraph, or a top-level item (the caller keeps the items under a known sub-heading as its own).
    A top-level item that is the label alone, the ``following`` block nested under it ("By company size:" over
    "Startup: ...", "Enterprise: ..."), heads the items nested under it: its text is None.
    """
    kind = block.kind
    if not (kind is BlockKind.PARAGRAPH or (kind is BlockKind.LIST_ITEM and not block.depth)):
        return None
    label, value = split_label(block.text, max_words=_SUBHEADING_LABEL_WORDS)
    if label is None and value.endswith(":") and kind is BlockKind.LIST_ITEM and following and following.depth:
        label = value[:-1].rstrip()
        if len(label.split()) > _SUBHEADING_LABEL_WORDS:
            return None
        value = ""
    key = subheading_key(section_id, label) if label else None
    if key is None or (own_label is not None and own_label(group_key, label)):
        return None
    if not value:
        return key, label, None
    return key, label, block.model_copy(update={"text": value, "start": max(block.start, block.end - len(value))})


def with_labelled_subsections(section: Section, section_id: str, own_label: OwnLabel | None = None) -> Section:
    """The section with each line that plays a sub-heading made one, the lines after it under it.

    "<p><strong>Peer roles:</strong> Product Manager, ...</p>" and "<li><strong>By company size:</strong>
    startups ...</li>" are written where other pages put a sub-heading and its items.
    """
    groups: list[tuple[str | None, str, list[Block]]] = [(None, "", [])]
    changed = False
    for sub in [None, *section.subsections]:
        if sub is not None:
            groups.append((sub.key, sub.title, []))
        in_known = sub is not None and sub.key is not None
        blocks = section.blocks if sub is None else sub.blocks
        for block, following in zip(blocks, [*blocks[1:], None]):
            # An item under a known sub-heading is one of its items ("Upstream data teams: ..." under "Internal
            # stakeholders" stays a stakeholder): most lines, so tested here.
            labelled = (
                None
                if in_known and block.kind is _LIST_ITEM
                else _labelled_subsection(section_id, block, following, groups[-1][0], own_label)
            )
            if labelled is None:
                groups[-1][2].append(block)
            else:
                key, title, body = labelled
                groups.append((key, title, [] if body is None else [body]))
                changed = True
    if not changed:
        return section
    subsections = [Subsection(key=key, title=title, blocks=blocks) for key, title, blocks in groups[1:]]
    return section.model_copy(update={"blocks": groups[0][2], "subsections": subsections})


@cache
def detail_labels(group: str) -> frozenset[str]:
    """The detail labels of a skills_to_decisions.json group, whole: a group sub-heading may open with one
    ("Behaviours under pressure", "Use cases in regulated labs"), and a label may be a sub-heading too
    ('escalation path', 'nature of collaboration')."""
    labels = load_vocab(SKILLS_TO_DECISIONS)[group].values()
    return frozenset(normalise_label(label) for variants in labels for label in variants)


def labelled_by_heading(title: str, blocks: list[Block], group: str) -> list[Block] | None:
    """The blocks under a sub-heading that is a detail's bare label of the group ("## Why it matters:", as a
    PDF-to-markdown converter makes a bold lead), with the label put back on the paragraph under it; None for
    any other sub-heading, or one with no paragraph to label."""
    if normalise_label(title) not in detail_labels(group) or not blocks or blocks[0].kind != BlockKind.PARAGRAPH:
        return None
    lead = blocks[0]
    if split_label(lead.text)[0] is not None:
        return None  # a labelled line under it is no text of this label
    label = title.strip().rstrip(":").strip()
    return [Block.paragraph(f"{label}: {lead.text}", lead.start, lead.end), *blocks[1:]]


_LINE_BREAK = 2  # the most characters between two lines of one block of text ("\n", "\r\n")


def label_over_text(blocks: list[Block], k: int, max_words: int) -> str | None:
    """The label blocks[k] is when it stands on a line of its own right over its text, a blank line above the pair
    ("Mine infrastructure" / "Decline access or shaft ...", "By commodity" / "Coal operations add ..."), as a page
    pasted as plain text writes each sub-heading, known or not; else None. The label is a short name (at most
    ``max_words`` words), capitalised, with no sentence's end, comma or colon; its text a paragraph on the very
    next line, longer than the label. Cheap tests first: most blocks are list items."""
    block = blocks[k]
    if block.kind is not BlockKind.PARAGRAPH or k + 1 >= len(blocks):
        return None
    body = blocks[k + 1]
    text = block.text.strip()
    if (
        body.kind is not BlockKind.PARAGRAPH
        or not text[:1].isupper()
        or (line := body.start - block.end) > _LINE_BREAK
        or (k and block.start - blocks[k - 1].end <= line)  # no blank line above: a line of the text above
        or text.endswith((".", ";", "!", "?"))
        or "," in text
        or ":" in text
        or len(text.split(None, max_words)) > max_words
        or len(body.text) <= len(text)
    ):
        return None
    return text
