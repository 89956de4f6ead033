"""Section parser: risks, challenges and failure modes (section 16).

Every sub-section is a list of items written "Title: description"
("Ambiguous success metrics: stakeholders disagree on ..."), sometimes a bare
sentence. Layout decides everything here, so this is plain code; the loose
title splitter and the "other sub-section" model live here because the other
parsers of sections 14-20 reuse them.
"""

from __future__ import annotations

import re

from pydantic import Field

from ..blocks import Block, BlockKind
from ..models import Section
from .common import FieldsModel, Node, Point, SectionFields, item_tree, point

__all__ = [
    "ExtraSubsection",
    "RiskItem",
    "Risks",
    "enumeration",
    "extra_subsection",
    "paren_depth",
    "parse",
    "split_title_description",
    "split_top_level",
]


class RiskItem(FieldsModel):
    """One risk, challenge or failure mode, split into title and description when written 'Title: description'."""

    title: str | None = Field(
        default=None, description="Short name before the colon, quotes removed; null when the item is a bare sentence."
    )
    description: str | None = Field(
        default=None, description="What follows the colon; null when the item is a bare sentence."
    )
    text: str = Field(description="The item as on the page.")
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one, depth first.")


class ExtraSubsection(FieldsModel):
    """A sub-section whose heading is not one of the section's known sub-headings, kept with its heading."""

    heading: str = Field(description="Sub-heading as on the page.")
    points: list[Point] = Field(default_factory=list)


class Risks(SectionFields):
    """Typed fields of 'Risks, Challenges, and Failure Modes'."""

    notes: list[str] = Field(default_factory=list, description="Paragraphs before the first sub-heading.")
    challenges: list[RiskItem] = Field(default_factory=list, description="Common role challenges.")
    bottlenecks: list[RiskItem] = Field(default_factory=list)
    anti_patterns: list[RiskItem] = Field(default_factory=list, description="Ways of working to avoid.")
    underperformance_reasons: list[RiskItem] = Field(
        default_factory=list, description="Common reasons people in the role underperform."
    )
    business_risks: list[RiskItem] = Field(
        default_factory=list, description="What the business risks if the role is ineffective."
    )
    other: list[ExtraSubsection] = Field(default_factory=list, description="Sub-sections with an unknown heading.")


# --- helpers shared by the parsers of sections 14-20 -------------------------------------------

_COLON = re.compile(r":\s+")
_PARENS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_QUOTES = "“”\"‘’'"


_BRACKETS = re.compile(r"[()\[\]]")


def paren_depth(text: str, index: int) -> int:
    """Parenthesis nesting depth at a position: paren_depth("a (b: c)", 4) → 1."""
    depth = 0
    for match in _BRACKETS.finditer(text, 0, index):
        if match.group() in "([":
            depth += 1
        elif depth:
            depth -= 1
    return depth


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separator characters outside brackets, parts stripped: "a (b, c), d" with "," → ["a (b, c)", "d"]."""
    pattern = _separator_pattern(separators)
    parts: list[str] = []
    depth = 0
    begin = 0
    for match in pattern.finditer(text):
        char = match.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[begin : match.start()].strip())
            begin = match.end()
    parts.append(text[begin:].strip())
    return parts


_LEADING_CONJUNCTION = re.compile(r"^(?:and|or)\s+")


def enumeration(text: str, separators: str = ",;") -> list[str]:
    """common.split_enumeration without its per-character loop: "Python, SQL (Spark, Hive), and Git" → 3 items."""
    items = []
    for part in split_top_level(text, separators):
        part = _LEADING_CONJUNCTION.sub("", part).strip().rstrip(".").strip()
        if part:
            items.append(part)
    return items


_SEPARATOR_PATTERNS: dict[str, re.Pattern[str]] = {}


def _separator_pattern(separators: str) -> re.Pattern[str]:
    pattern = _SEPARATOR_PATTERNS.get(separators)
    if pattern is None:
        pattern = _SEPARATOR_PATTERNS[separators] = re.compile("[()\\[\\]" + re.escape(separators) + "]")
    return pattern


def split_title_description(text: str, max_words: int = 8) -> tuple[str | None, str]:
    """Split "Title: description" when the title is a short phrase, else (None, text).

    "“Leaderboard chasing”: optimizing one metric" → ("Leaderboard chasing", "optimizing one metric");
    "Months 0–3: learning systems" → ("Months 0–3", "learning systems").
    Unlike common.split_label it accepts digits, dashes and quotes in the title.
    """
    stripped = text.strip()
    for match in _COLON.finditer(stripped):
        if paren_depth(stripped, match.start()):
            continue
        title, description = stripped[: match.start()].strip(), stripped[match.end() :].strip()
        bare = _PARENS.sub("", title).strip(_QUOTES + " ")
        first_letter = next((c for c in bare if c.isalnum()), "")
        if (
            not description
            or not first_letter
            or not (first_letter.isupper() or first_letter.isdigit())
            or len(bare.split()) > max_words
            or _SENTENCE_END.search(bare)
        ):
            return None, stripped
        return title.strip(_QUOTES + " "), description
    return None, stripped


def extra_subsection(heading: str, blocks: list[Block]) -> ExtraSubsection:
    """Keep an unknown sub-section as points under its heading."""
    return ExtraSubsection(heading=heading, points=[point(node) for node in item_tree(blocks)])


# --- this section -----------------------------------------------------------------------------

_FIELD_BY_KEY = {
    "challenges": "challenges",
    "bottlenecks": "bottlenecks",
    "anti_patterns": "anti_patterns",
    "underperformance": "underperformance_reasons",
    "business_risks": "business_risks",
}


def _risk(node: Node) -> RiskItem:
    title, description = split_title_description(node.text)
    return RiskItem(
        title=title,
        description=description if title else None,
        text=node.text,
        sub_items=node.descendants(),
    )


def parse(section: Section) -> Risks:
    """Parse the section's blocks into typed fields."""
    values: dict[str, list] = {name: [] for name in _FIELD_BY_KEY.values()}
    notes: list[str] = []
    other: list[ExtraSubsection] = []
    unparsed: list[str] = []
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
        for node in item_tree(sub.blocks):
            if node.block.kind == BlockKind.TABLE:
                unparsed.append(node.text)
            else:
                values[name].append(_risk(node))
    return Risks(notes=notes, other=other, unparsed=unparsed, **values)
