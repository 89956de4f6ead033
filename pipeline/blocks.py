"""The one block model every input form is reduced to.

A page, whatever it arrived as, becomes a list of blocks in document order:
headings, paragraphs, list items and tables. Offsets index the page's text
after decoding and mojibake repair (for WordPress JSON: the post's
``content.rendered`` HTML), so a block can always be traced to its source.
"""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from operator import attrgetter, is_
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Block", "BlockKind", "FastStrEnum"]


class FastStrEnum(StrEnum):
    """A StrEnum whose ``.value`` is read in C.

    Enum's own ``value`` is a Python-level descriptor (enum.property) that returns ``_value_`` for a member,
    ~3x slower; pydantic reads it for every enum it dumps as JSON, ~800 times a page (0.2 ms).
    """

    value = property(attrgetter("_value_"))


class BlockKind(FastStrEnum):
    """What a block is on the page."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


# "value is None" as a C callable (is_(None, value)): pydantic-core asks it about every optional field of
# every block, ~4000 times a page, and a Python function would cost a frame each time (0.15 ms a page).
_is_none = partial(is_, None)


def _kind_field(description: str, **constraints: int) -> Any:
    """A field only some kinds of block have: left out of the JSON when unset, not null.

    Per field (exclude_if) rather than a model serializer: pydantic-core skips them itself, 3x faster.
    """
    return Field(default=None, exclude_if=_is_none, description=description, **constraints)


class Block(BaseModel):
    """One heading, paragraph, list item or table of the article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: BlockKind
    text: str = Field(description="Text as on the page, repaired and cleaned; for a table, its rows joined by newlines.")
    start: int = Field(ge=0, description="Offset of the block's first character in the decoded text.")
    end: int = Field(ge=0, description="Offset just past the block in the decoded text.")
    level: int | None = _kind_field("Heading level (1 = page title).", ge=1, le=6)
    depth: int | None = _kind_field("List nesting depth (0 = top level).", ge=0)
    number: int | None = _kind_field("Number of an ordered list item, as printed.")
    marker: str | None = _kind_field("Bullet or number marker as printed ('•', '-', '–', '3.').")
    header: list[str] | None = _kind_field("Table column names.")
    rows: list[list[str]] | None = _kind_field("Table body rows, one list of cells each.")

    # The builders below run ~650 times a page. They hand the fields to the model's validator as one dict,
    # which checks them exactly as __init__ would, at ~60% of the cost of a keyword call through __init__.
    # The validator and the kinds are read from module constants (bound below the class): looking them up
    # on the model class and the enum each call cost a quarter of a list item's build.

    @staticmethod
    def heading(text: str, start: int, end: int, level: int) -> Block:
        """Build a heading block."""
        return _validate_block({"kind": _HEADING, "text": text, "start": start, "end": end, "level": level})

    @staticmethod
    def paragraph(text: str, start: int, end: int) -> Block:
        """Build a paragraph block."""
        return _validate_block({"kind": _PARAGRAPH, "text": text, "start": start, "end": end})

    @staticmethod
    def list_item(text: str, start: int, end: int, depth: int, marker: str, number: int | None = None) -> Block:
        """Build a list item block."""
        return _validate_block(
            {
                "kind": _LIST_ITEM,
                "text": text,
                "start": start,
                "end": end,
                "depth": depth,
                "marker": marker,
                "number": number,
            }
        )

    @staticmethod
    def table(header: list[str], rows: list[list[str]], start: int, end: int) -> Block:
        """Build a table block; its text is the rows joined for search and coverage."""
        lines = [" | ".join(header)] if header else []
        lines += [" | ".join(row) for row in rows]
        return _validate_block(
            {
                "kind": _TABLE,
                "text": "\n".join(lines),
                "start": start,
                "end": end,
                "header": header,
                "rows": rows,
            }
        )


_validate_block = Block.__pydantic_validator__.validate_python
_HEADING, _PARAGRAPH, _LIST_ITEM, _TABLE = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE
