"""Section parser: AI / automation impact on the role (section 18).

Four lists (automatable tasks, human-critical tasks, how AI changes the role,
new expectations), each item often "Label: description" and some of them a
lead ending in ':' with the items it introduces nested under it. Layout
decides, so this is plain code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from ..blocks import BlockKind
from ..layout import QUOTE_OPENERS, is_quotation
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
    nest_colon_leads,
    routed_items,
    split_lead,
    subsections_by_field,
)
from .text import split_title_description

__all__ = ["AiImpact", "ImpactItem", "parse"]


class ImpactItem(FieldsModel):
    """One point about AI's impact, split into label and description when written 'Label: description'."""

    label: str | None = Field(default=None, description="Short label before the colon, e.g. 'Experiment scaffolding'.")
    description: str | None = Field(default=None, description="What follows the label; null when there is no label.")
    text: str = Field(description="The item as on the page.")
    sub_items: list[ImpactItem] = Field(default_factory=list, description="Items nested under this one.")


class AiImpact(SectionFields):
    """Typed fields of 'AI / Automation Impact on the Role'."""

    notes: list[str] = Field(
        default_factory=list,
        description=(
            "Paragraphs before the first sub-heading, then a sub-heading's lead paragraph over its list and"
            " quotations set among the lists (a pull quote)."
        ),
    )
    automatable_tasks: list[ImpactItem] = Field(
        default_factory=list, description="Tasks that can be automated or heavily accelerated."
    )
    human_critical_tasks: list[ImpactItem] = Field(
        default_factory=list, description="Tasks that remain human-critical."
    )
    changes: list[ImpactItem] = Field(
        default_factory=list, description="How AI changes the role, nested as on the page."
    )
    changes_horizon: str | None = Field(
        default=None, description="Time horizon the page gives for the changes, e.g. '2–5 years'."
    )
    new_expectations: list[ImpactItem] = Field(
        default_factory=list, description="New expectations caused by AI, automation or platform shifts."
    )
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


def _item(node: Node, texts: Iterator[str] | None = None) -> ImpactItem:
    """The item, and its nested ones with the texts Node.sub_items gives them (depth first, the order they are
    built in): one sentence split into bullets ("supervise ... manually,", "validate ... accuracy,") without the
    ',' or ';' that led each on to the next, as other sections' typed sub-items are."""
    text = node.text if texts is None else next(texts)
    if node.children and texts is None:
        texts = iter(node.sub_items())
    label, description = split_title_description(text)
    return ImpactItem.__pydantic_validator__.validate_python(
        {
            "label": label,
            "description": description if label else None,
            "text": text,
            "sub_items": [_item(child, texts) for child in node.children],
        }
    )


_FIELD_BY_KEY = {
    "automatable": "automatable_tasks",
    "human_critical": "human_critical_tasks",
    "changes": "changes",
    "new_expectations": "new_expectations",
}
_HORIZON = re.compile(
    r"\b(?:next|coming|over)\s+(?:the\s+)?(\d+\s*(?:[–—-]|to)\s*\d+\+?|\d+\+?)\s*(years?|months?)", re.IGNORECASE
)


def _labelled_list(section_id: str, node: Node) -> tuple[str, ImpactItem] | None:
    """The list a flat item names in its label, and the item: "Automatable: plate QC, curve fitting" is an
    automatable task, its label kept as written."""
    if node.block.kind is not BlockKind.LIST_ITEM or ":" not in node.text:
        return None
    label, _ = split_title_description(node.text)
    if not label:
        return None
    # The sub-headings name tasks ("Automatable tasks", "Human-critical tasks"); a label may leave the noun out.
    key = subheading_key(section_id, label) or subheading_key(section_id, f"{label} tasks")
    if key not in _FIELD_BY_KEY:
        return None
    return _FIELD_BY_KEY[key], _item(node)


def _closing_outlook(nodes: list[Node]) -> Node | None:
    """A paragraph closing another list that says how the role changes over a horizon, the section's change
    statement: "Over the next 2–5 years the role moves from campaign production toward orchestration …"
    after the human-critical tasks is no human-critical task."""
    if len(nodes) < 2 or nodes[-1].block.kind is not BlockKind.PARAGRAPH:
        return None
    if nodes[-2].block.kind is not BlockKind.LIST_ITEM or not _HORIZON.search(nodes[-1].text):
        return None
    return nodes[-1]


def _quotations(nodes: list[Node], notes: list[str]) -> list[Node]:
    """The nodes less the quotations, which go to ``notes``: a pull quote after a list ('"The best claims
    managers ..." — VP Claims') says something of the role, no task or expectation of it."""
    out: list[Node] = []
    for node in nodes:
        block = node.block
        if (
            block.text[:1] in QUOTE_OPENERS
            and block.kind is BlockKind.PARAGRAPH
            and is_quotation(block.text)
            and not node.children
        ):
            notes.append(node.text)
        else:
            out.append(node)
    return out


def parse(section: Section) -> AiImpact:
    """Parse the section's blocks into typed fields."""
    values: dict[str, list[ImpactItem]] = {name: [] for name in _FIELD_BY_KEY.values()}
    unparsed: list[str] = []
    horizon: str | None = None
    routed = routed_items(section.blocks, lambda node: _labelled_list(section.id, node), values)
    notes = block_texts(routed, unparsed)
    known, other = subsections_by_field(section, _FIELD_BY_KEY)
    for name, sub in known:
        if name == "changes" and horizon is None and (match := _HORIZON.search(sub.title)):
            horizon = f"{match.group(1)} {match.group(2)}"
        lead, blocks = split_lead(sub.blocks)
        if lead is not None:
            notes.append(lead)
        nodes = _quotations(drop_tables(nest_colon_leads(item_tree(blocks)), unparsed), notes)
        if name != "changes" and (outlook := _closing_outlook(nodes)):
            nodes = nodes[:-1]
            values["changes"].append(_item(outlook))
            if horizon is None and (match := _HORIZON.search(outlook.text)):
                horizon = f"{match.group(1)} {match.group(2)}"
        # Any other paragraph after the list closes it ("AI does not replace the hygienist's hands ..."): a note.
        values[name] += [_item(node) for node in closing_remarks(nodes, notes, prose=True)]
    return AiImpact(notes=notes, changes_horizon=horizon, other=other, unparsed=unparsed, **values)
