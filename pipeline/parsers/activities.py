"""Section parser: day_to_day (section 4).

Activities sit under cadence sub-headings (daily, weekly, monthly or
quarterly, recurring rituals, incident work). Each becomes a group that keeps
the page's heading, its lead-in paragraphs ("While Associates are rarely
primary incident commanders, they may:") and its items with their sub-items
nested under them ("Write and refine code for:" and its three children).

:func:`nest_items` is the nesting rule the goals and deliverables parsers
share: list items nest by depth, and on compact pages that lost indentation an
"Example: ..." item right after an item ending in ':' is nested under it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pydantic import Field
from spacy.matcher import PhraseMatcher

from ..blocks import Block, BlockKind
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from .common import FieldsModel, Node, Point, SectionFields, item_tree, point

__all__ = ["ActivityGroup", "DayToDay", "nest_items", "parse"]

_CADENCES = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")


class ActivityGroup(FieldsModel):
    """Activities under one cadence sub-heading."""

    heading: str | None = Field(
        default=None,
        description="Sub-heading as on the page, e.g. 'Incident, escalation, or emergency work (context-specific)'.",
    )
    intro: list[str] = Field(
        default_factory=list, description="Paragraphs of the group, such as a lead-in sentence before its items."
    )
    items: list[Point] = Field(default_factory=list, description="Activities, each with its sub-items nested under it.")


class DayToDay(SectionFields):
    """Typed fields of the day-to-day activities section, by cadence."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    daily: ActivityGroup | None = None
    weekly: ActivityGroup | None = None
    monthly_quarterly: ActivityGroup | None = None
    recurring_rituals: ActivityGroup | None = Field(default=None, description="Recurring meetings or rituals.")
    incident_work: ActivityGroup | None = Field(default=None, description="Incident, escalation, or emergency work.")
    other: list[ActivityGroup] = Field(
        default_factory=list, description="Groups under sub-headings that are not a known cadence (heading kept)."
    )


@lru_cache(maxsize=1)
def _example_matcher() -> PhraseMatcher:
    return phrase_matcher({"EXAMPLE": load_vocab("summary_to_kpis.json")["nesting"]["example_labels"]})


def _is_example(text: str) -> bool:
    """Whether an item opens with an example label ("Example: ...", "e.g. ...")."""
    doc = nlp().make_doc(text)
    return any(start == 0 for _, start, _ in _example_matcher()(doc))


def nest_items(blocks: Iterable[Block]) -> list[Node]:
    """Nest a run of list items by depth (paragraphs are not parents here).

    On compact pages an "Example: ..." item at the same level right after an
    item ending in ':' is that item's sub-item.
    """
    roots: list[Node] = []
    open_parent: Node | None = None  # an item ending in ':' that has no depth-nested children
    for node in item_tree(b for b in blocks if b.kind == BlockKind.LIST_ITEM):
        if open_parent is not None and _is_example(node.text):
            open_parent.children.append(node)
            continue
        roots.append(node)
        open_parent = node if not node.children and node.text.rstrip().endswith(":") else None
    return roots


def group_blocks(blocks: Iterable[Block]) -> tuple[list[str], list[Point], list[str]]:
    """(paragraphs, nested items, texts of blocks that are neither) of one sub-section."""
    blocks = [b for b in blocks if b.text.strip()]
    paragraphs = [b.text.strip() for b in blocks if b.kind == BlockKind.PARAGRAPH]
    items = [point(node) for node in nest_items(blocks)]
    other = [b.text.strip() for b in blocks if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)]
    return paragraphs, items, other


def parse(section: Section) -> DayToDay:
    """Parse the section's blocks into typed fields."""
    intro, intro_items, unparsed = group_blocks(section.blocks)
    groups: dict[str, ActivityGroup] = {}
    other: list[ActivityGroup] = []
    if intro_items:
        other.append(ActivityGroup(items=intro_items))
    for sub in section.subsections:
        paragraphs, items, rest = group_blocks(sub.blocks)
        unparsed += rest
        group = ActivityGroup(heading=sub.title, intro=paragraphs, items=items)
        if sub.key in _CADENCES and sub.key not in groups:
            groups[sub.key] = group
        elif sub.key in groups:
            # A repeated cadence heading: extend the first group rather than drop one.
            first = groups[sub.key]
            groups[sub.key] = first.model_copy(
                update={"intro": first.intro + paragraphs, "items": first.items + items}
            )
        else:
            other.append(group)
    return DayToDay(intro=intro, other=other, unparsed=unparsed, **groups)
