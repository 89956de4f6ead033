"""Section parser: risks, challenges and failure modes (section 16).

Every sub-section is a list of items written "Title: description"
("Ambiguous success metrics: stakeholders disagree on ..."), sometimes a bare
sentence. Layout decides everything here, so this is plain code.
"""

from __future__ import annotations

import re

from pydantic import Field

from ..blocks import Block, BlockKind
from ..models import Section
from ..sections import subheading_key
from .common import (
    ExtraSubsection,
    FieldsModel,
    Node,
    SectionFields,
    block_texts,
    closing_remarks,
    drop_tables,
    item_tree,
    routed_items,
    split_lead,
    subsections_by_field,
)
from .text import split_title_description, split_title_detail

__all__ = ["RiskItem", "Risks", "parse"]


class RiskItem(FieldsModel):
    """One risk, challenge or failure mode, split into title and description when written 'Title: description'."""

    title: str | None = Field(
        default=None, description="Short name before the colon, quotes removed; null when the item is a bare sentence."
    )
    description: str | None = Field(
        default=None, description="What follows the colon; null when the item is a bare sentence."
    )
    text: str = Field(description="The item as on the page.")
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one, depth first.")


class Risks(SectionFields):
    """Typed fields of 'Risks, Challenges, and Failure Modes'."""

    notes: list[str] = Field(
        default_factory=list,
        description="Paragraphs before the first sub-heading, then the lead paragraph opening a sub-heading's list.",
    )
    challenges: list[RiskItem] = Field(default_factory=list, description="Common role challenges.")
    bottlenecks: list[RiskItem] = Field(default_factory=list)
    anti_patterns: list[RiskItem] = Field(default_factory=list, description="Ways of working to avoid.")
    underperformance_reasons: list[RiskItem] = Field(
        default_factory=list, description="Common reasons people in the role underperform."
    )
    business_risks: list[RiskItem] = Field(
        default_factory=list, description="What the business risks if the role is ineffective."
    )
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- this section -----------------------------------------------------------------------------

_FIELD_BY_KEY = {
    "challenges": "challenges",
    "bottlenecks": "bottlenecks",
    "anti_patterns": "anti_patterns",
    "underperformance": "underperformance_reasons",
    "business_risks": "business_risks",
}


_DASH_TITLE_WORDS = 8  # as split_title_description's colon title
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def _dash_title(text: str, *, capital: bool = True) -> tuple[str, str] | None:
    """A risk's "Title – description" (a bold title, then a dash) split at its first spaced dash, the title a
    short phrase: "Fatigue – long storm cycles erode judgment" → ("Fatigue", "long storm cycles erode
    judgment"); None for a sentence or no dash. Without ``capital`` the title may open in lower case: the rest of
    a group's label ("Anti-pattern: hero culture – patrollers skip protocols")."""
    title, description = split_title_detail(text)  # no spaced dash (most texts): one regex search
    if description is None or len(title.split()) > _DASH_TITLE_WORDS or _SENTENCE_STOP.search(title):
        return None
    return (title, description) if title[:1].isupper() or title[:1].isdigit() or not capital else None


def _title_description(text: str) -> tuple[str | None, str]:
    """A risk item's title and description: "Title: description", else "Title – description"; (None, text)."""
    title, description = split_title_description(text)
    if title is None and (dashed := _dash_title(text)) is not None:
        return dashed
    return title, description


def _risk(node: Node) -> RiskItem:
    title, description = _title_description(node.text)
    return RiskItem.__pydantic_validator__.validate_python(
        {
            "title": title,
            "description": description if title else None,
            "text": node.text,
            "sub_items": node.descendants(),
        }
    )


# A group's label opening an item, its own title after a dash or colon: "Anti-pattern – bug counting".
_GROUP_LABEL = re.compile(r"\s+[–—-]\s+|:\s*")
_GROUP_LABEL_WORDS = 3  # "Business risk", "Common challenge": a longer head is the item's own title


def _labelled_group(section_id: str, node: Node) -> tuple[str, RiskItem] | None:
    """The group field an item of a flat list names in its label, and the item with the rest of the label as
    its title: "Anti-pattern – bug counting: rewarding defect volume" is an anti-pattern "bug counting"."""
    if node.block.kind is not BlockKind.LIST_ITEM:
        return None
    label, description = _title_description(node.text)
    if not label:
        return None
    head, *rest = _GROUP_LABEL.split(label, maxsplit=1)
    title = rest[0].strip() if rest else ""
    if not title and (dashed := _dash_title(description, capital=False)) is not None:
        title, description = dashed  # "Anti-pattern: hero culture – patrollers skip protocols"
    key = None
    if len(head.split()) <= _GROUP_LABEL_WORDS:
        # A label names one item of a group the headings name in the plural: "Anti-pattern", "Business risk".
        key = subheading_key(section_id, head) or subheading_key(section_id, f"{head}s")
    key = key or _singular_group(section_id, head)
    if key not in _FIELD_BY_KEY:
        return None
    item = _risk(node).model_copy(update={"title": title or None, "description": description})
    return _FIELD_BY_KEY[key], item


def _singular_group(section_id: str, head: str) -> str | None:
    """The key of the group a label's first words name in the singular, a qualifier after them: "Business risk
    if ineffective". A label opening with the plural is a title of its own ("Challenges of scaling a team")."""
    words = head.split()
    for n in range(1, min(len(words), _GROUP_LABEL_WORDS) + 1):
        opening = " ".join(words[:n])
        if subheading_key(section_id, opening) is not None:
            return None
        if (key := subheading_key(section_id, f"{opening}s")) is not None:
            return key
    return None



def _flat_list(blocks: list[Block]) -> tuple[list[Block], list[Block]] | None:
    """(the lead, the items) of a section that is one list under no group heading, else None.

    "Chasing lead volume instead of pipeline quality", ...: the section's own risks, the challenges its title
    names, not prose. Only a list after all of the section's paragraphs: a paragraph between items may be the
    label of a group ("Anti-patterns:") the page set as text.
    """
    first = next((k for k, block in enumerate(blocks) if block.kind is BlockKind.LIST_ITEM), None)
    if first is None or any(block.kind is not BlockKind.LIST_ITEM for block in blocks[first:]):
        return None
    return blocks[:first], blocks[first:]


def parse(section: Section) -> Risks:
    """Parse the section's blocks into typed fields."""
    values: dict[str, list[RiskItem]] = {name: [] for name in _FIELD_BY_KEY.values()}
    unparsed: list[str] = []
    routed = routed_items(section.blocks, lambda node: _labelled_group(section.id, node), values)
    if not section.subsections and (flat := _flat_list(routed)) is not None:
        routed, items = flat
        values["challenges"] += [_risk(node) for node in drop_tables(item_tree(items), unparsed)]
    notes = block_texts(routed, unparsed)
    known, other = subsections_by_field(section, _FIELD_BY_KEY)
    for name, sub in known:
        lead, blocks = split_lead(sub.blocks)
        if lead is not None:
            notes.append(lead)
        # A paragraph after the list closes the section ("Many practices discover these ... late"): a note.
        nodes = closing_remarks(drop_tables(item_tree(blocks), unparsed), notes, prose=True)
        values[name] += [_risk(node) for node in nodes]
    return Risks(notes=notes, other=other, unparsed=unparsed, **values)
