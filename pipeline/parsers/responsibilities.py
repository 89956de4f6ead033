"""Section parser: responsibilities (section 3).

Responsibilities come grouped under category sub-headings (Strategic,
Operational, Technical, Cross-functional, Governance, Leadership). Two item
layouts occur:

* a title line (often numbered; numbering may restart or run on across
  sub-headings) followed by detail lines: deeper list items, '–' items right
  after a numbered title, or a paragraph beginning with a dash;
* one line per item ("- Run iterative experimentation loops: dataset
  versioning, ..."). There the title is split from its detail at a spaced
  dash ("Title – detail") or else at the first colon when the part before it
  is short ("Title: detail"); an item with neither stays whole as its title
  with a null detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..sections import is_title_like, subheading_key, undecorated
from .common import FieldsModel, SectionFields
from .text import split_at_colon, split_label, split_title_detail

__all__ = ["Responsibilities", "Responsibility", "ResponsibilityCategory", "parse", "split_item_title"]


class ResponsibilityCategory(FastStrEnum):
    """Canonical responsibility group."""

    STRATEGIC = "strategic"
    OPERATIONAL = "operational"
    TECHNICAL = "technical"
    CROSS_FUNCTIONAL = "cross_functional"
    GOVERNANCE = "governance"
    LEADERSHIP = "leadership"
    OTHER = "other"


class Responsibility(FieldsModel):
    """One responsibility: its title, its detail and the group it is listed under."""

    category: ResponsibilityCategory
    category_heading: str | None = Field(
        default=None, description="The sub-heading as on the page, e.g. 'Leadership responsibilities (limited ...)'."
    )
    number: int | None = Field(default=None, description="Number printed before the item, if any.")
    title: str = Field(description="The responsibility's title (the whole item when it has no separable detail).")
    detail: str | None = Field(default=None, description="Explanation under or after the title; null when none.")
    text: str = Field(description="The item as on the page: its title line, then each detail line on a new line.")


class Responsibilities(SectionFields):
    """Typed fields of the core responsibilities section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs introducing the section or a group.")
    items: list[Responsibility] = Field(default_factory=list)

    def by_category(self, category: ResponsibilityCategory) -> list[Responsibility]:
        """The items of one category, in page order."""
        return [item for item in self.items if item.category == category]


_SECTION = "responsibilities"
_DASHES = ("–", "—")
_DETAIL_DASHES = (*_DASHES, "-")
_LEADING_DASH = re.compile(r"^\s*[–—-]\s+")
_WORDLIKE = re.compile(r"[^\W_]")  # a letter or digit: found at a text's first character, mostly
# A bracket naming what a title covers: no ';' in it (one with clauses of its own is a note, its words counted).
_SCOPE_BRACKET = re.compile(r"\([^();]*\)")
#: A title before a colon is a short phrase: at most this many words.
_MAX_TITLE_WORDS = 8


def split_item_title(text: str) -> tuple[str, str | None]:
    """Split a one-line item into title and detail.

    "Perform error analysis: slices, confusion patterns." → ("Perform error analysis", "slices, confusion patterns.")
    "Communication – Explaining tradeoffs" → ("Communication", "Explaining tradeoffs")
    "Support Sales and Customer Success in privacy due diligence – Answer questionnaires." → (title, detail)
    A sentence with no separator, or whose colon comes late, stays whole: (text, None).
    """
    title, detail = split_title_detail(text)
    # A longer title still ends at a dash that opens a sentence of its own ("... due diligence – Answer ..."):
    # the cap is for a dash inside a sentence ("..., ensuring uptime – especially at peak").
    if detail is not None and (len(title.split()) <= _MAX_TITLE_WORDS or detail[:1].isupper()):
        return title, detail
    parts = split_at_colon(text)
    if parts is not None and _title_terms(parts[0]) <= _MAX_TITLE_WORDS:
        return parts
    return text.strip(), None


def _title_terms(title: str) -> int:
    """The title's words, a product's name of several capitalised words counted once: "Run identity operations
    with Okta and Microsoft Entra ID" says no more than "Oversee IT asset management", though it has more words.
    A bracket naming what the title covers is one term too ("Maintain evidence for audits (ISO 27001, SOC 2,
    internal audit)"): its list does not make the title a sentence."""
    words = _SCOPE_BRACKET.sub("()", title).split()
    terms = len(words)
    for before, word in zip(words[1:], words[2:]):  # not the title's first word: capitalised as its start
        if word[:1].isupper() and before[:1].isupper() and not before.endswith((",", ";")):
            terms -= 1  # "Entra" after "Microsoft": one name
    return terms


@dataclass
class _Draft:
    """An item being assembled from its title block and detail blocks."""

    title_block: Block
    category: ResponsibilityCategory
    heading: str | None
    details: list[str] = field(default_factory=list)
    flat_details: bool = False  # a detail came as a dash item no deeper than the title (see _is_detail)

    def build(self) -> Responsibility:
        text = self.title_block.text.strip()
        if self.details:
            title, detail = text, " ".join(self.details)
        else:
            title, detail = split_item_title(text)
        return Responsibility.__pydantic_validator__.validate_python(
            {
                "category": self.category,
                "category_heading": self.heading,
                "number": self.title_block.number,
                "title": title,
                "detail": detail,
                "text": "\n".join([text, *self.details]),
            }
        )


def _category(key: str | None) -> ResponsibilityCategory:
    try:
        return ResponsibilityCategory(key) if key else ResponsibilityCategory.OTHER
    except ValueError:
        return ResponsibilityCategory.OTHER


def _is_detail(block: Block, current: _Draft | None) -> bool:
    """Whether a block explains the item before it rather than starting a new one."""
    if current is None:
        return False
    title = current.title_block
    if block.kind == BlockKind.PARAGRAPH:
        # "– detail" kept as a paragraph, or a plain paragraph right under a title line (no full stop).
        if _LEADING_DASH.match(block.text):
            return True
        # A labelled paragraph is a note of its own ("Tip for hiring managers: ..."), not what the title does.
        return (
            not current.details
            and not title.text.rstrip().endswith((".", ":", ";", "!", "?"))
            and split_label(block.text)[0] is None
        )
    if block.kind != BlockKind.LIST_ITEM:
        return False
    depth, title_depth = block.depth or 0, title.depth or 0
    if depth > title_depth:
        # html2text writes "  1. **Title**  " then "- detail" at column 0, which sets "  2." one level deeper:
        # after such a flat detail, the title's next number is the next item.
        return not (current.flat_details and title.number is not None and block.number == title.number + 1)
    # "1. Title" then "– detail" flattened to the same level (or, from html2text, to column 0 with its en dash
    # written "-"): a dash under a numbered title is its detail.
    return depth <= title_depth and title.number is not None and block.number is None and block.marker in _DETAIL_DASHES


def _opens_group(block: Block, following: Block | None, current: _Draft | None) -> bool:
    """Whether a paragraph is the heading of a group the section reader did not take for one: a title-like line
    between a group's items and a list numbered afresh ("Systems, data, and process improvement", its commas read
    as a sentence's). Left as prose, it went to the intro and its items to the group above."""
    return (
        current is not None
        and block.kind == BlockKind.PARAGRAPH
        and following is not None
        and following.kind == BlockKind.LIST_ITEM
        and following.number == 1
        and is_title_like(block.text)
        and not block.text.rstrip().endswith(":")
    )


def parse(section: Section) -> Responsibilities:
    """Parse the section's blocks into typed fields."""
    intro: list[str] = []
    items: list[Responsibility] = []
    unparsed: list[str] = []
    groups = [(None, None, section.blocks)] + [(sub.key, sub.title, sub.blocks) for sub in section.subsections]
    for key, heading, blocks in groups:
        category = _category(key)
        current: _Draft | None = None
        for block, following in zip(blocks, [*blocks[1:], None]):
            text = block.text.strip()
            if not text or not _WORDLIKE.search(text):
                continue  # blank, or a callout's icon alone ("💡"): says nothing of an item
            if _opens_group(block, following, current):
                items.append(current.build())
                current, heading = None, undecorated(text)
                category = _category(subheading_key(_SECTION, heading))
            elif _is_detail(block, current):
                current.details.append(_LEADING_DASH.sub("", text))
                current.flat_details |= block.kind == BlockKind.LIST_ITEM and block.number is None and (
                    (block.depth or 0) <= (current.title_block.depth or 0)
                )
            elif block.kind == BlockKind.LIST_ITEM:
                if current:
                    items.append(current.build())
                current = _Draft(block, category, heading)
            elif block.kind == BlockKind.PARAGRAPH:
                intro.append(text)
            else:
                unparsed.append(text)
        if current:
            items.append(current.build())
    return Responsibilities(intro=intro, items=items, unparsed=unparsed)
