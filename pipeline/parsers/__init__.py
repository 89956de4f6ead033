"""One parser per canonical section: blocks in, typed fields out.

Each section module defines a pydantic model (the section's typed fields)
and ``parse(section) -> model``. The registry below is what the pipeline
runs. What several sections share lives in three modules, and a section
module imports only from them, never from another section module:
common.py (base models, the item tree, role names), text.py (splitting one
item's text) and vocabulary.py (vocabulary files and the spaCy matchers).
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from ..models import Section, SectionId
from . import (
    activities,
    ai_impact,
    career,
    decision_rights,
    deliverables,
    experience,
    goals,
    hiring,
    kpis,
    mission,
    responsibilities,
    risks,
    scorecard,
    soft_skills,
    stakeholders,
    summary,
    tech_stack,
    technical_skills,
    tools,
    variants,
)
from .common import without_cut_bold

__all__ = ["PARSERS"]

_PARSE: dict[SectionId, Callable[[Section], BaseModel]] = {
    SectionId.ROLE_SUMMARY: summary.parse,
    SectionId.ROLE_MISSION: mission.parse,
    SectionId.RESPONSIBILITIES: responsibilities.parse,
    SectionId.DAY_TO_DAY: activities.parse,
    SectionId.DELIVERABLES: deliverables.parse,
    SectionId.GOALS: goals.parse,
    SectionId.KPIS: kpis.parse,
    SectionId.TECHNICAL_SKILLS: technical_skills.parse,
    SectionId.SOFT_SKILLS: soft_skills.parse,
    SectionId.TOOLS: tools.parse,
    SectionId.TECH_STACK: tech_stack.parse,
    SectionId.STAKEHOLDERS: stakeholders.parse,
    SectionId.DECISION_RIGHTS: decision_rights.parse,
    SectionId.EXPERIENCE: experience.parse,
    SectionId.CAREER_PATH: career.parse,
    SectionId.RISKS: risks.parse,
    SectionId.ROLE_VARIANTS: variants.parse,
    SectionId.AI_IMPACT: ai_impact.parse,
    SectionId.HIRING: hiring.parse,
    SectionId.SCORECARD: scorecard.parse,
}


def _reading_whole_markup(parse: Callable[[Section], BaseModel]) -> Callable[[Section], BaseModel]:
    """The parser, given the section without the bold marker a crawl cut short left open (see without_cut_bold)."""

    def parse_section(section: Section) -> BaseModel:
        return parse(without_cut_bold(section))

    return parse_section


PARSERS: dict[SectionId, Callable[[Section], BaseModel]] = {
    section_id: _reading_whole_markup(parse) for section_id, parse in _PARSE.items()
}
