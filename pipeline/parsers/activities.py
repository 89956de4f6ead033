"""Section parser: day_to_day (section 4).

Activities sit under cadence sub-headings (daily, weekly, monthly or
quarterly, recurring rituals, incident work). Each becomes a group that keeps
the page's heading, its lead-in paragraphs ("While Associates are rarely
primary incident commanders, they may:") and its items with their sub-items
nested under them ("Write and refine code for:" and its three children). A
cadence group written as a table ("| Ritual | Cadence | Purpose |") gives an item a row.
"""

from __future__ import annotations

from pydantic import Field

from ..models import Section
from .common import FieldsModel, Point, SectionFields, group_blocks, group_blocks_with_tables

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
        paragraphs, items, rest = (group_blocks_with_tables if sub.key in _CADENCES else group_blocks)(sub.blocks)
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
