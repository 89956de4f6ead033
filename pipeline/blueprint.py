"""The blueprint document: the article's sections plus every section's typed fields."""

from __future__ import annotations

from pydantic import Field

from .models import SCHEMA_VERSION, RoleFacts, Section, SectionId, Source, _Model
from .parsers.activities import DayToDay
from .parsers.ai_impact import AiImpact
from .parsers.career import CareerPath
from .parsers.decision_rights import DecisionRights
from .parsers.deliverables import Deliverables
from .parsers.experience import Experience
from .parsers.goals import Goals
from .parsers.hiring import Hiring
from .parsers.kpis import Kpis
from .parsers.mission import RoleMission
from .parsers.responsibilities import Responsibilities
from .parsers.risks import Risks
from .parsers.scorecard import ScorecardSummary
from .parsers.soft_skills import SoftSkills
from .parsers.stakeholders import Stakeholders
from .parsers.summary import RoleSummary
from .parsers.tech_stack import TechStack
from .parsers.technical_skills import TechnicalSkills
from .parsers.tools import Tools
from .parsers.variants import RoleVariants

__all__ = ["Blueprint", "Quality", "RoleFields"]


class RoleFields(_Model):
    """Each canonical section as typed, HR-ready fields (null when the page lacks the section)."""

    role_summary: RoleSummary | None = None
    role_mission: RoleMission | None = None
    responsibilities: Responsibilities | None = None
    day_to_day: DayToDay | None = None
    deliverables: Deliverables | None = None
    goals: Goals | None = None
    kpis: Kpis | None = None
    technical_skills: TechnicalSkills | None = None
    soft_skills: SoftSkills | None = None
    tools: Tools | None = None
    tech_stack: TechStack | None = None
    stakeholders: Stakeholders | None = None
    decision_rights: DecisionRights | None = None
    experience: Experience | None = None
    career_path: CareerPath | None = None
    risks: Risks | None = None
    role_variants: RoleVariants | None = None
    ai_impact: AiImpact | None = None
    hiring: Hiring | None = None
    scorecard: ScorecardSummary | None = None


class Quality(_Model):
    """How completely the page was understood."""

    coverage: float = Field(
        ge=0, le=1, description="Share of the article's characters (headings excluded) that landed in typed fields."
    )
    unparsed_items: int = Field(ge=0, description="Items the section parsers could not place.")
    sections: dict[str, float] = Field(
        default_factory=dict, description="Coverage of each canonical section the page has, by section id."
    )


class Blueprint(_Model):
    """One role blueprint page as structured data."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    role: RoleFacts
    fields: RoleFields
    quality: Quality
    sections: list[Section] = Field(description="The cleaned article: every section with its blocks, in page order.")
    missing_sections: list[SectionId] = Field(description="Canonical sections the page does not have.")
