"""Section parser: deliverables (section 5).

Deliverables are list items, often grouped under free-worded sub-headings
("Model and experiment deliverables", "Productionization handoff artifacts
(...)"); the group heading is kept as on the page. An item that reads
"Name: description" is split at its first colon outside brackets; an item
without one is split at its first spaced dash ("<strong>Shift rota</strong> – 24×7 coverage":
the bold lead is gone from the text by then, the dash is what is left of it), unless the rest is a run of
items or holds a colon of its own; then at a trailing parenthetical ("Model cards / factsheets
(intended use, ...)." → name and description); otherwise the whole item is
the name. A paragraph "<group label> – <item>" (the label ending in the noun
that ends the section's title or another group's heading: "Enablement
deliverables – Design review checklists, ...") is a group of one item, which
the layout's inline-list rule leaves unsplit; several when further dashes
follow full stops ("... tiers). – Contract tests. – k6 scripts."), a run the
rule rejects for an item opening in lower case. The dashes left inside such
an item are that line's, not a bold lead's: they split no name off.
"""

from __future__ import annotations

from pydantic import Field

from ..blocks import Block, BlockKind
from ..models import Section
from ..sections import is_title_like, undecorated
from .common import FieldsModel, SectionFields, group_blocks
from .text import is_short_form, split_at_colon, split_note, split_title_detail

__all__ = ["Deliverable", "Deliverables", "parse", "split_name"]

#: The part before a colon names a deliverable only when it is this short.
_MAX_NAME_WORDS = 10
#: A group label before a dash is a short noun phrase.
_MAX_GROUP_WORDS = 6


class Deliverable(FieldsModel):
    """One deliverable, with the group it is listed under."""

    group: str | None = Field(default=None, description="Group sub-heading as on the page; null when ungrouped.")
    name: str = Field(description="What is delivered, e.g. 'Evaluation report'.")
    description: str | None = Field(default=None, description="What it contains or is for; null when not stated.")
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one.")
    text: str


class Deliverables(SectionFields):
    """Typed fields of the key deliverables section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs introducing the section or a group.")
    items: list[Deliverable] = Field(default_factory=list)

    @property
    def groups(self) -> list[str | None]:
        """Group headings in page order."""
        return list(dict.fromkeys(item.group for item in self.items))


def split_name(text: str, listed: bool = True) -> tuple[str, str | None]:
    """Split a deliverable into name and description; at a spaced dash only when ``listed`` (a list item of the
    page's, not one cut out of a "<group> – <item>" paragraph, whose dashes are that line's).

    "Decision memo: ship/no-ship recommendation." → ("Decision memo", "ship/no-ship recommendation.")
    "Shift rota – 24×7 coverage." → ("Shift rota", "24×7 coverage.")
    "Golden sets (for regressions)." → ("Golden sets", "for regressions")
    "Golden sets for recurring regressions." → ("Golden sets for recurring regressions", None)
    "Record of Processing Activities (ROPA)" → ("Record of Processing Activities (ROPA)", None)
    """
    stripped = text.strip()
    parts = split_at_colon(stripped, _MAX_NAME_WORDS)
    if parts or (listed and (parts := _dash_lead(stripped))):
        return parts
    name, note = split_note(stripped)
    if note and name and not is_short_form(note):
        return name, note
    return stripped.rstrip(".;:"), None


def _dash_lead(text: str) -> tuple[str, str] | None:
    """("Name", "description") of "Name – description", the name short; None when the rest is a run of
    items ("A. – B.") or holds a colon (a label of its own: the dash does not end a deliverable's name)."""
    name, description = split_title_detail(text)
    if description is None or len(name.split()) > _MAX_NAME_WORDS or ":" in description:
        return None
    if len(_sentence_items(description)) > 1:
        return None
    return name, description


def _group_noun(heading: str) -> str:
    """The last word of a heading outside its note: "Production deliverables (in collaboration)" → deliverables."""
    words = split_note(heading)[0].lower().split()
    return words[-1] if words else ""


def _sentence_items(text: str) -> list[str]:
    """The items of "A (x, y). – B. – k6 scripts.": a spaced dash after a full stop opens the next item;
    the text whole when no dash follows one (a dash inside an item joins its title and detail)."""
    items: list[str] = []
    head, rest = split_title_detail(text)
    while rest is not None and head.endswith("."):
        items.append(head)
        text = rest
        head, rest = split_title_detail(text)
    items.append(text.strip())
    return items


def _inline_group(block: Block, nouns: set[str]) -> tuple[str, list[Block]] | None:
    """(group label, its items) of a "<group label> – <item>[. – <item>...]" paragraph, else None."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    label, detail = split_title_detail(block.text)
    if detail is None or not label[:1].isupper() or len(label.split()) > _MAX_GROUP_WORDS:
        return None
    if _group_noun(label) not in nouns:
        return None
    # Offsets counted back from the block's end, as the items close the paragraph; the last ends with it.
    texts = _sentence_items(detail)
    items: list[Block] = []
    offset = len(block.text) - len(detail)
    for k, text in enumerate(texts):
        offset = block.text.find(text, offset)
        start = max(block.start, block.end - (len(block.text) - offset))
        end = block.end if k == len(texts) - 1 else start + len(text)
        update = {"kind": BlockKind.LIST_ITEM, "depth": 0, "text": text, "start": start, "end": end}
        items.append(block.model_copy(update=update))
        offset += len(text)
    return label, items


def _opens_group(block: Block, following: Block | None, listed: list[Block]) -> bool:
    """Whether a paragraph is the heading of a group the section reader did not take for one: a title-like line
    between a group's items and the next items ("Standards, reporting, and enablement", its commas read as a
    sentence's). Left as prose, it went to the intro and its items to the group above."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and following is not None
        and following.kind is BlockKind.LIST_ITEM
        and any(earlier.kind is BlockKind.LIST_ITEM for earlier in listed)
        and is_title_like(block.text)
        and not block.text.rstrip().endswith(":")
    )


def _groups(section: Section) -> list[tuple[str | None, list[Block], bool]]:
    """(group heading, blocks, whether the page listed them) in page order, a "<group label> – <item>"
    paragraph opening a group of its own, of items cut out of it, and a title-like line between items one of the
    items after it."""
    headed = [(sub.title, sub.blocks) for sub in section.subsections]
    nouns = {_group_noun(title) for title in [section.title, *(title for title, _ in headed)]} - {""}
    groups: list[tuple[str | None, list[Block], bool]] = []
    for heading, blocks in [(None, section.blocks), *headed]:
        groups.append((heading, [], True))
        for block, following in zip(blocks, [*blocks[1:], None]):
            if one := _inline_group(block, nouns):
                groups.append((*one, False))
            elif _opens_group(block, following, groups[-1][1]):
                groups.append((undecorated(block.text.strip()), [], True))
            else:
                groups[-1][1].append(block)
    return groups


def parse(section: Section) -> Deliverables:
    """Parse the section's blocks into typed fields."""
    intro: list[str] = []
    items: list[Deliverable] = []
    unparsed: list[str] = []
    for heading, blocks, listed in _groups(section):
        paragraphs, points, rest = group_blocks(blocks)
        intro += paragraphs
        unparsed += rest
        for entry in points:
            name, description = split_name(entry.text, listed)
            items.append(
                Deliverable.__pydantic_validator__.validate_python(
                    {
                        "group": heading,
                        "name": name,
                        "description": description,
                        "sub_items": entry.sub_items,
                        "text": entry.text,
                    }
                )
            )
    return Deliverables(intro=intro, items=items, unparsed=unparsed)
