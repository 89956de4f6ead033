"""Section parser: role_mission (section 2).

Three parts, each under its own sub-heading or as an inline label: the core
mission sentence, why the role matters strategically (a lead sentence and a
list) and the primary business outcomes expected (a list). Unlabelled
paragraphs before a labelled core mission introduce it: they are the intro.
"""

from __future__ import annotations

from pydantic import Field

from ..blocks import BlockKind
from ..models import Section
from ..sections import subheading_key
from .common import SectionFields
from .text import split_enumeration, split_label

__all__ = ["RoleMission", "parse"]

_SECTION = "role_mission"


class RoleMission(SectionFields):
    """Typed fields of the role mission: core mission, strategic importance and expected outcomes."""

    intro: list[str] = Field(
        default_factory=list,
        description="Paragraphs opening the section before its labelled core mission, which they introduce.",
    )
    core_mission: str | None = Field(default=None, description="The core mission statement, as on the page.")
    strategic_importance_lead: str | None = Field(
        default=None, description="Sentence(s) introducing the strategic importance list, when the page has them."
    )
    strategic_importance: list[str] = Field(
        default_factory=list, description="Why the role matters to the company, one point each."
    )
    outcomes_lead: str | None = Field(
        default=None, description="Sentence introducing the business outcomes list, when the page has one."
    )
    primary_business_outcomes: list[str] = Field(
        default_factory=list, description="Primary business outcomes expected from the role, one point each."
    )


def parse(section: Section) -> RoleMission:
    """Parse the section's blocks into typed fields."""
    intro: list[str] = []
    core: list[str] = []
    labelled = False  # whether the core mission was labelled yet ("Core mission:", a "Core mission" sub-heading)
    importance_lead: list[str] = []
    importance: list[str] = []
    outcomes_lead: list[str] = []
    outcomes: list[str] = []
    unparsed: list[str] = []

    groups = [(None, section.blocks)] + [(sub.key, sub.blocks) for sub in section.subsections]
    for key, blocks in groups:
        if key == "core_mission" and not labelled:
            # "The mission statement below is the one most owners would recognize; ..." over "Core mission: Run a
            # safe ..." (or a "Core mission" sub-heading): the unlabelled line before the label introduces it.
            labelled, intro, core = True, core, []
        for block in blocks:
            text = block.text.strip()
            if not text:
                continue
            if block.kind == BlockKind.PARAGRAPH:
                label, value = split_label(text)
                label_key = subheading_key(_SECTION, label) if label else None
                if label_key:
                    # "Core mission: Deliver ..." inline; the items that follow belong to this label.
                    key, text = label_key, value
                    if key == "core_mission" and not labelled:
                        labelled, intro, core = True, core, []
                if key == "core_mission" or (key is None and not core and not importance and not outcomes):
                    core.append(text)
                elif key in ("strategic_importance", "outcomes") and label_key and not text.endswith(":"):
                    # "Primary business outcomes expected: A; B; C" as one line.
                    (importance if key == "strategic_importance" else outcomes).extend(split_enumeration(text, ";"))
                elif key == "strategic_importance":
                    importance_lead.append(text)
                elif key == "outcomes":
                    outcomes_lead.append(text)
                else:
                    unparsed.append(text)
            elif block.kind == BlockKind.LIST_ITEM and key == "strategic_importance":
                importance.append(text)
            elif block.kind == BlockKind.LIST_ITEM and key == "outcomes":
                outcomes.append(text)
            else:
                unparsed.append(text)

    return RoleMission(
        intro=intro,
        core_mission=" ".join(core) or None,
        strategic_importance_lead=" ".join(importance_lead) or None,
        strategic_importance=importance,
        outcomes_lead=" ".join(outcomes_lead) or None,
        primary_business_outcomes=outcomes,
        unparsed=unparsed,
    )
