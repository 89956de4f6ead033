"""Section parser: soft_skills (9) — each capability with why it matters, how it shows up, strong performance.

A skill is an item "Name" with labelled lines nested under it (seed 000:
'– Why it matters: ...'), at its own depth (flat pages), or inline on one
line ("Name – Why it matters: ... – How it shows up: ... – Strong performance:
..." in seed 004). A page may close each label with a dash for its colon ("Name – Why it matters – ... – How it
shows up – ..."), inline or on the detail's own line: a whole label of the vocabulary before a spaced dash is read
as the colon form is. Sub-headings, when a page groups its soft skills, are kept
as each skill's group; a sub-heading whose first line is labelled ("Why it
matters: ...") is the name of the skill those lines describe, and a sub-heading
that is itself a detail's label ("## Why it matters:", as Docling prints a bold
lead) labels the paragraph under it, a detail of the skill before. A detail's bare label as a term over
its definition (a <dt> "Why it matters" over its <dd>) labels that definition. A table ("| Soft skill | Why it
matters | How it shows up |") holds one skill a row: its first column not named as a detail is the name, the
other cells are details labelled by their column's header.
"""

from __future__ import annotations

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..sections import is_title_like
from .common import (
    FieldsModel,
    Node,
    SectionFields,
    detail_labels,
    drop_item_lead,
    first_by_kind,
    item_tree,
    labelled_by_heading,
    split_number,
    term_label,
    term_labelled_parts,
)
from .text import labelled_segments, labelled_sentences, normalise_label, split_dash_label, split_label, split_note
from .vocabulary import label_key, label_kind

__all__ = ["SoftSkill", "SoftSkillDetail", "SoftSkillDetailKind", "SoftSkills", "parse"]

_GROUP = "soft_skill_details"


class SoftSkillDetailKind(FastStrEnum):
    """What a soft skill's line describes, from its label."""

    WHY_IT_MATTERS = "why_it_matters"
    HOW_IT_SHOWS_UP = "how_it_shows_up"
    STRONG_PERFORMANCE = "strong_performance"
    NOTE = "note"
    OTHER = "other"


class SoftSkillDetail(FieldsModel):
    """One labelled line of a soft skill."""

    label: str | None = Field(description="Label as printed ('Why it matters'); null for an unlabelled line.")
    kind: SoftSkillDetailKind = Field(
        description="Canonical kind from the label; 'note' when unlabelled, 'other' when unknown."
    )
    text: str = Field(description="The line's text after its label.")


class SoftSkill(FieldsModel):
    """A soft skill or behavioural capability."""

    name: str = Field(description="Capability name without its trailing parenthetical.")
    note: str | None = Field(default=None, description="The name's trailing parenthetical, e.g. 'written and verbal'.")
    number: int | None = Field(default=None, description="Item number as printed, if the list is numbered.")
    group: str | None = Field(
        default=None, description="Sub-heading the skill is listed under, if the page groups them."
    )
    why_it_matters: str | None = None
    how_it_shows_up: str | None = None
    strong_performance: str | None = Field(default=None, description="What strong performance looks like.")
    details: list[SoftSkillDetail] = Field(
        default_factory=list, description="Every line of the skill, labelled or not, in page order."
    )
    text: str = Field(description="The skill's own line as on the page.")


class SoftSkills(SectionFields):
    """Typed fields of the soft_skills section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs that are not skills.")
    skills: list[SoftSkill] = Field(default_factory=list)


def _detail(label: str | None, value: str) -> SoftSkillDetail:
    kind = label_kind(label, _GROUP, SoftSkillDetailKind.OTHER) if label else SoftSkillDetailKind.NOTE
    return SoftSkillDetail.__pydantic_validator__.validate_python({"label": label or None, "kind": kind, "text": value})


def _node_details(node: Node) -> list[SoftSkillDetail]:
    """Details of a line (inline labelled segments included) and of the lines nested under it, a term's
    ("Why it matters" over its definition) labelled by it."""
    parts = [dashed for part in term_labelled_parts(node, _GROUP) for dashed in _dash_labelled(*part)]
    return [_detail(label, value) for part in parts for label, value in labelled_sentences(*part, _is_detail_label)]


def _dash_labelled(label: str | None, value: str) -> list[tuple[str | None, str]]:
    """An unlabelled part read for labels closed by a dash: "Why it matters – x – How it shows up – y" → why and
    how; any other part as it is."""
    if label is not None:
        return [(label, value)]
    head, segments = _labelled_line(value)
    first = [_dash_label(head)] if head else []
    return first + [(later or None, text) for later, text in segments]


def _build(
    number: int | None,
    text: str,
    line: tuple[str, list[tuple[str, str]]],
    group: str | None,
    details: list[SoftSkillDetail],
) -> SoftSkill:
    """The skill of a line (its number and text) split by labelled_segments into head and segments."""
    head, segments = line
    name, note = split_note(head)
    details = [_detail(label or None, value) for label, value in segments] + details
    first = first_by_kind(details)
    return SoftSkill.__pydantic_validator__.validate_python(
        {
            "name": name,
            "note": note,
            "number": number,
            "group": group,
            "why_it_matters": first.get(SoftSkillDetailKind.WHY_IT_MATTERS),
            "how_it_shows_up": first.get(SoftSkillDetailKind.HOW_IT_SHOWS_UP),
            "strong_performance": first.get(SoftSkillDetailKind.STRONG_PERFORMANCE),
            "details": details,
            "text": text,
        }
    )


def _is_detail_label(label: str) -> bool:
    """A label of one of a soft skill's details ("Why it matters")."""
    return label_key(label, _GROUP) is not None


def _is_whole_detail_label(label: str) -> bool:
    """A whole label of a soft skill's details ("Why it matters"), as a label closed by a dash must be: with no
    colon to mark it, only the vocabulary's own phrase is a label ("Why teams stall – ..." is none)."""
    return normalise_label(label) in detail_labels(_GROUP)


def _dash_label(text: str) -> tuple[str | None, str]:
    return split_dash_label(text, _is_whole_detail_label)


def _labelled_line(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A line's head and its labelled segments, each label closed by a colon or a dash."""
    return labelled_segments(text, _is_detail_label, _is_whole_detail_label)


def _is_detail_line(node: Node) -> bool:
    """A line labelled as one of a soft skill's details ("Why it matters: ...", "Why it matters – ..."), or such
    a label as a term over its definition (a <dt> over its <dd>)."""
    text = node.text
    return (
        _is_detail_label(split_label(text)[0])
        or _dash_label(text)[0] is not None
        or term_label(node, _GROUP) is not None
    )


# A skill before it is built: (number, its text on the page, (head, inline labelled segments), detail lines).
_Head = tuple[int | None, str, tuple[str, list[tuple[str, str]]], list[SoftSkillDetail]]


def _skills(blocks: list[Block], heading: str | None, intro: list[str]) -> list[SoftSkill]:
    """Skills of one block run under a sub-heading (or none); labelled lines join the skill before them."""
    nodes = _label_terms(item_tree(blocks))
    if nodes and not _is_detail_line(nodes[0]):
        nodes = drop_item_lead(nodes, intro)
    group = heading
    heads: list[_Head] = []
    if heading and nodes and _is_detail_line(nodes[0]):
        # A sub-heading per skill ("Systems thinking" over its "Why it matters: ..." lines)
        # names the skill, it groups nothing; "1. Systems thinking" numbers it, in `number` only, as a list
        # marker or a numbered title paragraph does.
        number, name = split_number(heading)
        heads.append((number, name, (name, []), []))
        group = None
    for k, node in enumerate(nodes):
        if node.block.kind == BlockKind.TABLE:
            heads += _table_heads(node.block)
            continue
        if heads and _is_detail_line(node):
            if k == len(nodes) - 1 and k >= 2 and _closing_note(node, nodes[k - 1], nodes[k - 2]):
                intro.append(node.text)
                continue
            heads[-1][3].extend(_node_details(node))
            continue
        line = _labelled_line(node.text)
        if node.block.kind == BlockKind.PARAGRAPH and not line[1] and not node.children:
            # A short title over labelled lines names their skill, as a bold line or sub-heading
            # would: the reader splits a "<b>Name</b><br>Why it matters: ..." paragraph at its <br>s.
            named = k + 1 < len(nodes) and _is_detail_line(nodes[k + 1]) and is_title_like(node.text)
            if not named:
                intro.append(node.text)
                continue
        details: list[SoftSkillDetail] = []
        for child in node.children:
            details += _node_details(child)
        number = node.block.number
        text = node.text
        if number is None:  # a toggle's title, "1. Coaching and feedback", carries its number in its text
            number, name = split_number(line[0])
            line = (name, line[1])
            if node.block.kind == BlockKind.PARAGRAPH:
                # A title paragraph (an FAQ question "1. Systems thinking") reads as a numbered list item:
                # the number in `number` only, as a list marker is.
                text = split_number(text)[1]
        heads.append((number, text, line, details))
    return [_build(number, text, line, group, details) for number, text, line, details in heads]


def _closing_note(node: Node, before: Node, first: Node) -> bool:
    """Whether the run's last line, a paragraph of its own element after a skill whose details share one element
    ("<p>Why it matters: ...<br>How it shows up: ...</p>"), closes the section rather than adding a detail: its
    label only opens with a detail's word ("Behaviours that stand out: ..." is no "Behaviours" line)."""
    block = node.block
    return (
        block.kind is BlockKind.PARAGRAPH
        and not node.children
        and block.start != before.block.start
        and before.block.start == first.block.start
        and before.block.end == first.block.end
        and (label := split_label(node.text)[0]) is not None
        and not _is_whole_detail_label(label)
    )


def _label_terms(nodes: list[Node]) -> list[Node]:
    """A childless line that is a detail's bare label, the line after it nested under it as a term's definition:
    the inline-list splitter cuts "Name – Why it matters – Teams differ. – ..." (labels closed by a dash,
    capitalised texts) into a line a part, each label then a line of its own over its text."""
    if not any(not node.children and _is_whole_detail_label(node.text) for node in nodes):
        return nodes  # most runs: no bare label
    out: list[Node] = []
    k = 0
    while k < len(nodes):
        node = nodes[k]
        following = nodes[k + 1] if k + 1 < len(nodes) else None
        if (
            following is not None
            and not node.children
            and _is_whole_detail_label(node.text)
            and following.block.kind is not BlockKind.TABLE
            and not _is_detail_line(following)
            and not _is_whole_detail_label(following.text)
        ):
            out.append(Node(node.block, [following]))
            k += 2
            continue
        out.append(node)
        k += 1
    return out


def _table_heads(table: Block) -> list[_Head]:
    """One skill a row of a soft-skills table, as technical_skills reads a skills table: the name from the first
    column whose header is no detail's label ("Soft skill", "Capability"), each other cell a detail labelled
    by its header ("Why it matters")."""
    header = [cell.strip() for cell in table.header or []]
    name_column = next((k for k, cell in enumerate(header) if not _is_detail_label(cell)), 0)
    heads: list[_Head] = []
    for cells in table.rows or []:
        name = cells[name_column].strip() if name_column < len(cells) else ""
        if not name:
            continue
        details = [
            _detail(header[k] if k < len(header) else None, cell.strip())
            for k, cell in enumerate(cells)
            if k != name_column and cell.strip()
        ]
        number, name = split_number(name)
        heads.append((number, " | ".join(cell.strip() for cell in cells), (name, []), details))
    return heads


def parse(section: Section) -> SoftSkills:
    """Each capability with its labelled lines; paragraphs without labels go to intro."""
    intro: list[str] = []
    runs: list[tuple[str | None, list[Block]]] = [(None, list(section.blocks))]
    for sub in section.subsections:
        # A label sub-heading continues the run before it: its text is a detail of that run's last skill.
        labelled = labelled_by_heading(sub.title, sub.blocks, _GROUP) if runs[-1][0] or runs[-1][1] else None
        if labelled is None:
            runs.append((sub.title, list(sub.blocks)))
        else:
            runs[-1][1].extend(labelled)
    skills: list[SoftSkill] = []
    for heading, blocks in runs:
        skills += _skills(blocks, heading, intro)
    return SoftSkills(intro=intro, skills=skills)
