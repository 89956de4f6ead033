"""Section parser: role variants (section 17).

Each sub-heading is a dimension (company size, industry, geography, ...), as is
a bullet opening with one ("By company size: startups ...").
Inside, a variant is either a short name line followed by its points
("Startup/small growth company", then "Broader scope: ...") or an inline
label ("Startup: ownership breadth, ..."); a lead sentence with points
belongs to the dimension itself. Layout decides, so this is plain code.
"""

from __future__ import annotations

import re

from pydantic import Field

from ..blocks import BlockKind, FastStrEnum
from ..models import Section, Subsection
from .common import (
    FieldsModel,
    Point,
    SectionFields,
    block_texts,
    item_tree,
    nest_colon_leads,
    point,
    with_labelled_subsections,
)
from .text import heading_note, split_note, split_title_description

__all__ = ["RoleVariants", "Variant", "VariantDimension", "VariantGroup", "is_variant_name", "parse"]


class VariantDimension(FastStrEnum):
    """What a group of variants varies by."""

    COMPANY_SIZE = "company_size"
    INDUSTRY = "industry"
    GEOGRAPHY = "geography"
    PRODUCT_VS_SERVICE = "product_vs_service"
    STARTUP_VS_ENTERPRISE = "startup_vs_enterprise"
    REGULATED = "regulated"
    OTHER = "other"


class Variant(FieldsModel):
    """One variant of the role (e.g. 'Startup') and how the role differs there."""

    name: str = Field(description="Variant name, e.g. 'Startup/small growth company' or 'Regulated'.")
    note: str | None = Field(default=None, description="Parenthetical after the name, e.g. 'regulated'.")
    description: str | None = Field(
        default=None, description="Inline description after 'Name:', e.g. 'ownership breadth, speed, improvisation'."
    )
    points: list[Point] = Field(default_factory=list, description="Points listed under the variant name.")
    text: str = Field(description="The variant's line as on the page.")


class VariantGroup(FieldsModel):
    """The variants along one dimension, under one sub-heading."""

    dimension: VariantDimension
    heading: str = Field(description="Sub-heading as on the page, e.g. 'By company size'.")
    heading_note: str | None = Field(
        default=None, description="Parenthetical in the heading, e.g. 'within software/IT contexts'."
    )
    notes: list[Point] = Field(
        default_factory=list, description="Points of the dimension not tied to a named variant (lead sentences)."
    )
    variants: list[Variant] = Field(default_factory=list)


class RoleVariants(SectionFields):
    """Typed fields of 'Role Variants'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    dimensions: list[VariantGroup] = Field(default_factory=list, description="One group per sub-heading, page order.")


_SECTION = "role_variants"
_MAX_NAME_WORDS = 6
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TERMINAL = (".", ";", ",", "!", "?", "”", '"')


def is_variant_name(text: str) -> bool:
    """A short name line without sentence punctuation: "Mid-size company" → True, "Faster iteration." → False."""
    stripped = text.strip().rstrip(":").strip()
    if not stripped or stripped.endswith(_TERMINAL):
        return False
    name, _ = split_note(stripped)
    if "," in name or ";" in name:
        return False
    return 0 < len(_WORD.findall(name)) <= _MAX_NAME_WORDS


def _group(sub: Subsection) -> VariantGroup:
    try:
        dimension = VariantDimension(sub.key or "other")
    except ValueError:
        dimension = VariantDimension.OTHER
    notes: list[Point] = []
    variants: list[Variant] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            variants.append(Variant(**current))
            current = None

    for node in nest_colon_leads(item_tree(sub.blocks)):
        if node.block.kind == BlockKind.TABLE:
            (current["points"] if current else notes).append(point(node))
            continue
        if is_variant_name(node.text):
            # Name line: "Startup/small growth company", its points follow.
            close()
            name, note = split_note(node.text.strip().rstrip(":"))
            current = {"name": name, "note": note, "points": [point(c) for c in node.children], "text": node.text}
        elif current is not None:
            # Under a name line, "Broader scope: ..." is one of its points.
            current["points"].append(point(node))
        else:
            # Only a line that is neither a name line nor under one can be the inline form: split it only then.
            label, description = split_title_description(node.text, max_words=_MAX_NAME_WORDS)
            if label:
                # Inline form: "Startup: ownership breadth, speed; fewer formal artifacts."
                name, note = split_note(label)
                variants.append(
                    Variant(
                        name=name,
                        note=note,
                        description=description,
                        points=[point(child) for child in node.children],
                        text=node.text,
                    )
                )
            else:
                notes.append(point(node))
    close()
    return VariantGroup(
        dimension=dimension, heading=sub.title, heading_note=heading_note(sub.title), notes=notes, variants=variants
    )


def parse(section: Section) -> RoleVariants:
    """Parse the section's blocks into typed fields."""
    section = with_labelled_subsections(section, _SECTION)  # "By company size: startups ..." as one bullet
    unparsed: list[str] = []
    notes = block_texts(section.blocks, unparsed)
    return RoleVariants(notes=notes, dimensions=[_group(sub) for sub in section.subsections], unparsed=unparsed)
