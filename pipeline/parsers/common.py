"""What every section parser shares: the item tree, label and title splitting, enumerations.

Parsers see a :class:`~pipeline.models.Section` (blocks plus sub-sections
keyed by canonical sub-heading). Layout decides most structure, so most of
this is plain code; spaCy rules are used where wording decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from ..blocks import Block, BlockKind
from ..models import Section, Subsection

__all__ = [
    "Node",
    "Point",
    "SectionFields",
    "all_blocks",
    "item_tree",
    "node_points",
    "point",
    "split_enumeration",
    "split_label",
    "split_note",
    "split_title_detail",
    "subsection",
    "subsections",
]


class FieldsModel(BaseModel):
    """Base of every typed model: frozen, and unknown keys are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SectionFields(FieldsModel):
    """Base of each section's typed fields."""

    unparsed: list[str] = Field(
        default_factory=list, description="Text of the section the parser could not place (reported as a warning)."
    )


class Point(FieldsModel):
    """A list item as on the page, with the sub-items nested under it."""

    text: str
    sub_items: list[str] = Field(default_factory=list)


@dataclass
class Node:
    """A block with the list items nested under it."""

    block: Block
    children: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The block's own text."""
        return self.block.text

    def descendants(self) -> list[str]:
        """Texts of every nested item, depth first."""
        out: list[str] = []
        for child in self.children:
            out.append(child.text)
            out.extend(child.descendants())
        return out


def item_tree(blocks: Iterable[Block]) -> list[Node]:
    """Nest list items under the item (or paragraph) before them by depth.

    A paragraph followed by '– items' at depth 0 becomes their parent when it
    ends with a colon ("Success is defined by ...: – A – B").
    """
    roots: list[Node] = []
    stack: list[tuple[int, Node]] = []  # (depth, node)
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            continue
        node = Node(block)
        if block.kind != BlockKind.LIST_ITEM:
            roots.append(node)
            # A lead paragraph ending in ':' owns the dash items that follow it.
            stack = [(-1, node)] if block.text.rstrip().endswith(":") else []
            continue
        depth = block.depth or 0
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            stack[-1][1].children.append(node)
        else:
            roots.append(node)
        stack.append((depth, node))
    return roots


def node_points(nodes: Iterable[Node]) -> list[Point]:
    """Each node as a Point, its nested items flattened under it."""
    return [Point(text=n.text, sub_items=n.descendants()) for n in nodes]


def point(node: Node) -> Point:
    """One node as a Point."""
    return Point(text=node.text, sub_items=node.descendants())


def subsection(section: Section, key: str) -> Subsection | None:
    """The first sub-section with this canonical key."""
    for sub in section.subsections:
        if sub.key == key:
            return sub
    return None


def subsections(section: Section, key: str) -> list[Subsection]:
    """Every sub-section with this canonical key (pages sometimes repeat one)."""
    return [sub for sub in section.subsections if sub.key == key]


def all_blocks(section: Section) -> list[Block]:
    """Every block of a section, sub-sections included, in page order."""
    return list(section.blocks) + [b for sub in section.subsections for b in sub.blocks]


_TITLE_DASH = re.compile(r"\s+[–—]\s+|\s+-\s+")


def split_title_detail(text: str) -> tuple[str, str | None]:
    """Split "Title – detail" (a spaced dash outside parentheses) into its parts.

    "Communication – Explaining tradeoffs" → ("Communication", "Explaining tradeoffs").
    """
    for match in _TITLE_DASH.finditer(text):
        if _depth_at(text, match.start()) == 0:
            title, detail = text[: match.start()].strip(), text[match.end() :].strip()
            if title and detail:
                return title, detail
    return text.strip(), None


_LABEL = re.compile(r"^([A-Z][\w /&’'()-]{0,40}?):\s+(\S.*)$")


def split_label(text: str, max_words: int = 5) -> tuple[str | None, str]:
    """Split "Label: value" when the label is short.

    "Use: training scripts, evaluation" → ("Use", "training scripts, evaluation").
    """
    match = _LABEL.match(text.strip())
    if match and len(match.group(1).split()) <= max_words:
        return match.group(1).strip(), match.group(2).strip()
    return None, text.strip()


_TRAILING_NOTE = re.compile(r"^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*([.;,]?)$")


def split_note(text: str) -> tuple[str, str | None]:
    """Split a trailing parenthetical note from a name.

    "Applied Scientist (next level; larger scope)" → ("Applied Scientist", "next level; larger scope").
    """
    match = _TRAILING_NOTE.match(text.strip())
    if match and match.group(1):
        return match.group(1).strip(), match.group(2).strip()
    return text.strip().rstrip(".;,"), None


def _depth_at(text: str, index: int) -> int:
    """Parenthesis nesting depth at a position."""
    depth = 0
    for char in text[:index]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
    return depth


def split_enumeration(text: str, separators: str = ",;") -> list[str]:
    """Split "A, B (x, y), and C" on separators outside parentheses.

    "Python, SQL (Spark, Hive), and Git" → ["Python", "SQL (Spark, Hive)", "Git"].
    """
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    cleaned = []
    for part in parts:
        part = re.sub(r"^\s*(and|or)\s+", "", part.strip()).strip().rstrip(".")
        if part:
            cleaned.append(part)
    return cleaned
