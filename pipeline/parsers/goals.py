"""Section parser: goals (section 6).

Milestone sub-headings (30/60/90-day, 6-month, 12-month, long-term) each
become a period with the heading's parenthesised qualifier ("(onboarding and
baseline productivity)") and its items, sub-items nested under their parent.
"Role success definition" keeps its text and, when present, the inline list of
criteria under it; "What high performance looks like" is a list.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field

from ..models import Section
from ..nlp import load_vocab
from .common import (
    FieldsModel,
    Point,
    SectionFields,
    group_blocks,
    group_blocks_with_tables,
    with_labelled_subsections,
)
from .text import heading_note, split_note

__all__ = ["GoalPeriod", "Goals", "SuccessDefinition", "parse"]

_PERIODS = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")


class GoalPeriod(FieldsModel):
    """Goals for one milestone period (e.g. the first 30 days)."""

    heading: str | None = Field(default=None, description="Sub-heading as on the page, e.g. '30-day goals (...)'.")
    qualifier: str | None = Field(
        default=None,
        description="The heading's parenthesised focus, without brackets, e.g. 'onboarding and baseline productivity'.",
    )
    intro: list[str] = Field(default_factory=list, description="Paragraphs of the period, such as a lead-in sentence.")
    items: list[Point] = Field(default_factory=list, description="Goals, each with its sub-items nested under it.")


class SuccessDefinition(FieldsModel):
    """What success in the role means."""

    text: str = Field(description="The definition as on the page (its paragraphs joined).")
    criteria: list[Point] = Field(
        default_factory=list, description="The list of success criteria under the definition, when the page has one."
    )


class Goals(SectionFields):
    """Typed fields of the goals, objectives and milestones section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    day_30: GoalPeriod | None = None
    day_60: GoalPeriod | None = None
    day_90: GoalPeriod | None = None
    month_6: GoalPeriod | None = None
    month_12: GoalPeriod | None = None
    long_term: GoalPeriod | None = None
    success_definition: SuccessDefinition | None = None
    high_performance: list[Point] = Field(
        default_factory=list, description="What high performance looks like in the role."
    )
    high_performance_intro: list[str] = Field(
        default_factory=list, description="Paragraphs under the high-performance sub-heading (lead-in or prose)."
    )
    other: list[GoalPeriod] = Field(
        default_factory=list, description="Groups under sub-headings that are not a known period (heading kept)."
    )


def parse(section: Section) -> Goals:
    """Parse the section's blocks into typed fields."""
    section = with_labelled_subsections(section, "goals")  # "<strong>Role success definition:</strong> ..." paragraph
    intro, intro_items, unparsed = group_blocks(section.blocks)
    periods: dict[str, GoalPeriod] = {}
    other: list[GoalPeriod] = []
    success_text: list[str] = []
    success_criteria: list[Point] = []
    high_performance: list[Point] = []
    high_performance_intro: list[str] = []
    if intro_items:
        other.append(GoalPeriod(items=intro_items))
    for sub in section.subsections:
        # A period may be written as a table ("| Goal | Owner | Done |", a Coda doc's): its rows are its goals.
        # Under another heading a table may list something else, and stays whole in unparsed.
        key = sub.key or _period_by_span(sub.title)
        paragraphs, items, rest = (group_blocks_with_tables if key in _PERIODS else group_blocks)(sub.blocks)
        unparsed += rest
        if sub.key == "success_definition":
            success_text += paragraphs
            success_criteria += items
        elif sub.key == "high_performance":
            high_performance += items
            high_performance_intro += paragraphs
        elif key in _PERIODS and key not in periods:
            periods[key] = GoalPeriod(
                heading=sub.title, qualifier=heading_note(sub.title), intro=paragraphs, items=items
            )
        else:
            other.append(
                GoalPeriod(heading=sub.title, qualifier=heading_note(sub.title), intro=paragraphs, items=items)
            )
    success = None
    if success_text or success_criteria:
        success = SuccessDefinition(text=" ".join(success_text), criteria=success_criteria)
    return Goals(
        intro=intro,
        success_definition=success,
        high_performance=high_performance,
        high_performance_intro=high_performance_intro,
        other=other,
        unparsed=unparsed,
        **periods,
    )


@cache
def _horizons() -> tuple[re.Pattern[str], dict[str, int], list[tuple[str, int]]]:
    """The day-span phrasings of a milestone heading, the days of each unit, and the periods' last days."""
    vocab = load_vocab("subheadings.json")["_goal_horizons"]
    units = "|".join(sorted(vocab["units"], key=len, reverse=True))
    span = re.compile(
        rf"\b(?P<unit>{units})\s+(?:\d+\s*(?:[-–—]|to)\s*)?(?P<last>\d+)\b"  # "By day 60", "Days 31–60"
        rf"|\b(?P<count>\d+)[\s-]*(?P<unit2>{units})\b",  # "Within 90 days", "At the 60-day mark"
        re.IGNORECASE,
    )
    return span, vocab["units"], [(key, days) for key, days in vocab["periods"]]


_WORDS = re.compile(r"[^\W\d_]+")
_SPAN_LEADS = frozenset(
    "by within in at the first next over after during until end of and beyond onward onwards".split()
)


def _period_by_span(title: str) -> str | None:
    """The period a heading names by its day span, unknown to the sub-heading vocabulary: the one its last
    day falls in ("By day 60" → day_60, "Within 90 days" → day_90, "Days 31–60" → day_60, "Months 4–6" →
    month_6; past the last period: long-term). None when the heading names no span."""
    span, units, periods = _horizons()
    head = split_note(title)[0]
    match = span.search(head)
    if match is None:
        return None
    # The span is the heading, give or take a preposition and a word ("At the 60-day mark"): "Common pitfalls in
    # the first 90 days" or "2-week onboarding checklist" names something else that happens in that time.
    rest = _WORDS.findall(f"{head[: match.start()]} {head[match.end() :]}")
    if sum(word.lower() not in _SPAN_LEADS for word in rest) > 1:
        return None
    unit = (match["unit"] or match["unit2"]).lower()
    days = int(match["last"] or match["count"]) * units[unit]
    return next((key for key, last_day in periods if days <= last_day), "long_term")
