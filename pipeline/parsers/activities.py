"""Section parser: day_to_day (section 4).

Activities sit under cadence sub-headings (daily, weekly, monthly or
quarterly, recurring rituals, incident work). Each becomes a group that keeps
the page's heading, its lead-in paragraphs ("While Associates are rarely
primary incident commanders, they may:") and its items with their sub-items
nested under them ("Write and refine code for:" and its three children). A
cadence group written as a table ("| Ritual | Cadence | Purpose |") gives an item a row.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from ..blocks import Block, BlockKind
from ..models import Section
from .common import FieldsModel, Point, SectionFields, group_blocks

__all__ = ["ActivityGroup", "DayToDay", "parse"]

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


def _table_items(table: Block) -> list[Point]:
    """One activity per row of a table: its first cell the activity, every other cell a sub-item labelled by
    its column ("Cadence: Weekly", "Participants: Leads, QA"), so that nothing of the row is lost."""
    header = [cell.strip() for cell in table.header or []]
    items: list[Point] = []
    for row in table.rows or []:
        filled = [(k, cell.strip()) for k, cell in enumerate(row) if cell.strip()]
        if not filled:
            continue
        (_, text), *cells = filled
        sub_items = [f"{header[k]}: {cell}" if k < len(header) and header[k] else cell for k, cell in cells]
        items.append(Point.__pydantic_validator__.validate_python({"text": text, "sub_items": sub_items}))
    return items


def _group_blocks(blocks: Iterable[Block]) -> tuple[list[str], list[Point], list[str]]:
    """group_blocks, with the rows of a table read as items; a table without rows stays unparsed."""
    blocks = list(blocks)
    paragraphs, items, rest = group_blocks(b for b in blocks if b.kind is not BlockKind.TABLE)
    for table in (b for b in blocks if b.kind is BlockKind.TABLE):
        rows = _table_items(table)
        items += rows
        if not rows and table.text.strip():
            rest.append(table.text.strip())
    return paragraphs, items, rest


def parse(section: Section) -> DayToDay:
    """Parse the section's blocks into typed fields."""
    intro, intro_items, unparsed = group_blocks(section.blocks)
    groups: dict[str, ActivityGroup] = {}
    other: list[ActivityGroup] = []
    if intro_items:
        other.append(ActivityGroup(items=intro_items))
    for sub in section.subsections:
        # A cadence group may be written as a table; under a heading of no known cadence a table may not list
        # activities, and stays whole in unparsed.
        paragraphs, items, rest = (_group_blocks if sub.key in _CADENCES else group_blocks)(sub.blocks)
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
