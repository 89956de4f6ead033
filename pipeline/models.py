"""The blueprint document: pydantic models that also generate the JSON Schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .blocks import Block, FastStrEnum, block_json

__all__ = [
    "SCHEMA_VERSION",
    "RoleFacts",
    "Section",
    "SectionId",
    "Seniority",
    "Source",
    "Subsection",
    "section_json",
]

#: bump on any change to the document's shape; recorded in every blueprint
SCHEMA_VERSION = "2.3.0"


class SectionId(FastStrEnum):
    """The 20 canonical sections, plus 'other' for sections we do not know."""

    ROLE_SUMMARY = "role_summary"
    ROLE_MISSION = "role_mission"
    RESPONSIBILITIES = "responsibilities"
    DAY_TO_DAY = "day_to_day"
    DELIVERABLES = "deliverables"
    GOALS = "goals"
    KPIS = "kpis"
    TECHNICAL_SKILLS = "technical_skills"
    SOFT_SKILLS = "soft_skills"
    TOOLS = "tools"
    TECH_STACK = "tech_stack"
    STAKEHOLDERS = "stakeholders"
    DECISION_RIGHTS = "decision_rights"
    EXPERIENCE = "experience"
    CAREER_PATH = "career_path"
    RISKS = "risks"
    ROLE_VARIANTS = "role_variants"
    AI_IMPACT = "ai_impact"
    HIRING = "hiring"
    SCORECARD = "scorecard"
    OTHER = "other"


class Seniority(FastStrEnum):
    """Seniority level read from the role title."""

    INTERN = "intern"
    ASSOCIATE = "associate"
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    STAFF = "staff"
    PRINCIPAL = "principal"
    LEAD = "lead"
    MANAGER = "manager"
    DIRECTOR = "director"
    HEAD = "head"
    VP = "vp"
    CHIEF = "chief"
    UNKNOWN = "unknown"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Model):
    """Where the page came from (no absolute paths: outputs must not depend on where a batch ran)."""

    path: str = Field(description="Input file path relative to the batch's RAW folder, with '/' separators.")
    part: str | None = Field(
        default=None,
        description="Post id, or index within a JSON list of pages (WordPress REST, a crawler's), a feed of "
        "several items or a web archive's pages; line number within a JSON Lines file.",
    )
    input_form: str = Field(
        description="text, markdown, html, wp_json (any JSON page: a WordPress REST post, a readability "
        "extractor's article or a crawler API's object), feed (an item of an XML feed or export: RSS, Atom, "
        "Evernote .enex), warc (a page a WARC web archive or a Common Crawl WET file holds) or jsonl (a line of "
        "a JSON Lines file: a crawler's item)."
    )
    encoding: str = Field(description="Character encoding the bytes were decoded with.")
    url: str | None = None
    slug: str | None = None
    post_id: int | None = None
    date_published: str | None = None
    date_modified: str | None = None


class RoleFacts(_Model):
    """Header facts about the role, typed."""

    title: str | None = Field(description="Role title, e.g. 'Associate Applied Scientist'.")
    title_source: str | None = Field(
        default=None, description="Where the title was read: page_title, heading, wp_title, html_title or scorecard."
    )
    seniority: Seniority = Seniority.UNKNOWN
    horizon: str | None = Field(default=None, description="Role horizon as stated: Current, Emerging, ...")
    department: str | None = Field(default=None, description="Department or job family when the page states it.")
    reporting_line: str | None = Field(default=None, description="Typical reporting line, as stated.")


class Subsection(_Model):
    """A sub-heading inside a section and the blocks under it."""

    key: str | None = Field(description="Stable key of a known sub-heading (e.g. 'strategic'), else null.")
    title: str = Field(description="Sub-heading as on the page.")
    blocks: list[Block]


class Section(_Model):
    """One section of the article with its blocks."""

    id: SectionId
    number: int | None = Field(description="Number printed before the heading, if any.")
    title: str = Field(description="Heading as on the page, without its number.")
    blocks: list[Block] = Field(description="Blocks before the first sub-heading.")
    subsections: list[Subsection]


def section_json(section: Section) -> dict[str, Any]:
    """The section as JSON data, the same as ``section.model_dump(mode="json")``, with its blocks' own JSON forms."""
    return {
        "id": section.id.value,
        "number": section.number,
        "title": section.title,
        "blocks": list(map(block_json, section.blocks)),
        "subsections": [
            {"key": sub.key, "title": sub.title, "blocks": list(map(block_json, sub.blocks))}
            for sub in section.subsections
        ],
    }
