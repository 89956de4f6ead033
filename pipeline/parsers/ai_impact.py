"""Section parser: AI / automation impact on the role (section 18).

Four lists (automatable tasks, human-critical tasks, how AI changes the role,
new expectations), each item often "Label: description" and some of them a
lead ending in ':' with the items it introduces nested under it. Layout
decides, so this is plain code. :func:`adopt_colon_leads` lives here and is
reused by the other parsers of sections 14-20.
"""

from __future__ import annotations

import re

from pydantic import Field

from ..blocks import BlockKind
from ..models import Section
from .common import FieldsModel, Node, SectionFields, item_tree
from .risks import ExtraSubsection, extra_subsection, split_title_description

__all__ = ["AiImpact", "ImpactItem", "adopt_colon_leads", "parse"]


class ImpactItem(FieldsModel):
    """One point about AI's impact, split into label and description when written 'Label: description'."""

    label: str | None = Field(default=None, description="Short label before the colon, e.g. 'Experiment scaffolding'.")
    description: str | None = Field(default=None, description="What follows the label; null when there is no label.")
    text: str = Field(description="The item as on the page.")
    sub_items: list[ImpactItem] = Field(default_factory=list, description="Items nested under this one.")


class AiImpact(SectionFields):
    """Typed fields of 'AI / Automation Impact on the Role'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
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


def adopt_colon_leads(nodes: list[Node]) -> list[Node]:
    """Nest the flat items after a childless lead ending in ':' under it, up to the next such lead.

    ["Shift toward:", "A.", "B.", "Come from:", ...] → ["Shift toward:" [A., B.], "Come from:" [...]].
    (The layout stage nests only children without a full stop; compact pages also flatten full sentences.)
    """
    out: list[Node] = []
    lead: Node | None = None
    for node in nodes:
        node = Node(node.block, adopt_colon_leads(node.children))
        is_lead = node.text.rstrip().endswith(":")
        if lead is not None and not is_lead and node.block.kind == BlockKind.LIST_ITEM:
            lead.children.append(node)
            continue
        out.append(node)
        lead = node if is_lead and not node.children and node.block.kind == BlockKind.LIST_ITEM else None
    return out


def _item(node: Node) -> ImpactItem:
    label, description = split_title_description(node.text)
    return ImpactItem(
        label=label,
        description=description if label else None,
        text=node.text,
        sub_items=[_item(child) for child in node.children],
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


def parse(section: Section) -> AiImpact:
    """Parse the section's blocks into typed fields."""
    values: dict[str, list[ImpactItem]] = {name: [] for name in _FIELD_BY_KEY.values()}
    notes: list[str] = []
    other: list[ExtraSubsection] = []
    unparsed: list[str] = []
    horizon: str | None = None
    for block in section.blocks:
        if block.kind == BlockKind.TABLE:
            unparsed.append(block.text)
        elif block.kind != BlockKind.HEADING:
            notes.append(block.text)
    for sub in section.subsections:
        name = _FIELD_BY_KEY.get(sub.key or "")
        if name is None:
            other.append(extra_subsection(sub.title, sub.blocks))
            continue
        if name == "changes" and horizon is None and (match := _HORIZON.search(sub.title)):
            horizon = f"{match.group(1)} {match.group(2)}"
        for node in adopt_colon_leads(item_tree(sub.blocks)):
            if node.block.kind == BlockKind.TABLE:
                unparsed.append(node.text)
            else:
                values[name].append(_item(node))
    return AiImpact(notes=notes, changes_horizon=horizon, other=other, unparsed=unparsed, **values)
