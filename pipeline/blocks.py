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
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Block", "BlockKind", "FastStrEnum", "block_json", "built_model"]


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
    # Not a field: the block's JSON form, made by the builders with the block (see block_json). A slot, so
    # that a model_copy (which copies the fields, not the slots) never carries the form of the block it copied.
    __slots__ = ("_json",)

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

    # The builders below run ~650 times a page. They set the fields directly, not through the model's
    # validator (which alone costs what a build with the JSON form does): the callers pass str texts and
    # markers and int offsets, and every block that reaches a blueprint is checked against the schema with
    # the whole document (offsets >= 0, level 1-6).
    # They make the block's JSON form at the same time, as pydantic would dump it: the kind's value, then the
    # fields in declaration order, an unset (None) optional one left out. Each spells out all its fields as
    # one literal: merging a shared dict of the unset ones would cost a dict merge a block, ~650 a page.

    @staticmethod
    def heading(text: str, start: int, end: int, level: int) -> Block:
        """Build a heading block."""
        data = {"kind": "heading", "text": text, "start": start, "end": end}
        if level is not None:
            data["level"] = level
        return _new_block(
            {
                "kind": _HEADING,
                "text": text,
                "start": start,
                "end": end,
                "level": level,
                "depth": None,
                "number": None,
                "marker": None,
                "header": None,
                "rows": None,
            },
            {"kind", "text", "start", "end", "level"},
            data,
        )

    @staticmethod
    def paragraph(text: str, start: int, end: int) -> Block:
        """Build a paragraph block."""
        return _new_block(
            {
                "kind": _PARAGRAPH,
                "text": text,
                "start": start,
                "end": end,
                "level": None,
                "depth": None,
                "number": None,
                "marker": None,
                "header": None,
                "rows": None,
            },
            {"kind", "text", "start", "end"},
            {"kind": "paragraph", "text": text, "start": start, "end": end},
        )

    @staticmethod
    def list_item(text: str, start: int, end: int, depth: int, marker: str, number: int | None = None) -> Block:
        """Build a list item block."""
        data = {"kind": "list_item", "text": text, "start": start, "end": end}
        if depth is not None:
            data["depth"] = depth
        if number is not None:
            data["number"] = number
        if marker is not None:
            data["marker"] = marker
        return _new_block(
            {
                "kind": _LIST_ITEM,
                "text": text,
                "start": start,
                "end": end,
                "level": None,
                "depth": depth,
                "number": number,
                "marker": marker,
                "header": None,
                "rows": None,
            },
            {"kind", "text", "start", "end", "depth", "marker", "number"},
            data,
        )

    @staticmethod
    def table(header: list[str], rows: list[list[str]], start: int, end: int) -> Block:
        """Build a table block; its text is the rows joined for search and coverage."""
        # The block's own lists, as the validator made them: a caller's later change to its lists is not the block's.
        header = list(header)
        rows = list(map(list, rows))
        lines = [" | ".join(header)] if header else []
        lines += [" | ".join(row) for row in rows]
        text = "\n".join(lines)
        return _new_block(
            {
                "kind": _TABLE,
                "text": text,
                "start": start,
                "end": end,
                "level": None,
                "depth": None,
                "number": None,
                "marker": None,
                "header": header,
                "rows": rows,
            },
            {"kind", "text", "start", "end", "header", "rows"},
            {"kind": "table", "text": text, "start": start, "end": end, "header": header, "rows": rows},
        )


def block_json(block: Block) -> dict[str, Any]:
    """The block as JSON data, the same as ``block.model_dump(mode="json")``.

    A built block's form was made with it; a copy's (model_copy, with fields changed) is dumped once, then kept.
    The form shares the block's table lists, as the block shares them with whoever reads its rows.
    """
    try:
        return block._json
    except AttributeError:
        data = block.model_dump(mode="json")
        _set_json(block, data)
        return data


def _new_block(fields: dict[str, Any], fields_set: set[str], data: dict[str, Any]) -> Block:
    """A block with these fields (all of them, in declaration order), as the validator would have set them."""
    block = _new(Block)
    _set_dict(block, fields)
    _set_fields_set(block, fields_set)
    _set_extra(block, None)
    _set_private(block, None)
    _set_json(block, data)
    return block


def built_model(cls: type[_M], fields: dict[str, Any]) -> _M:
    """A model of ``cls`` with these fields (every one, in declaration order, all set), as its validator would
    have built it from them, without checking them: for models whose data the schema checks in the document.
    """
    model = _new(cls)
    _set_dict(model, fields)
    _set_fields_set(model, set(fields))
    _set_extra(model, None)
    _set_private(model, None)
    return model


_M = TypeVar("_M", bound=BaseModel)
_new = object.__new__
# The instance slots' own setters (BaseModel keeps the fields in __dict__ and pydantic's state in three slots):
# ~40% faster than object.__setattr__ finding each by name, five times a block.
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__
    for slot in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)
_set_json = Block.__dict__["_json"].__set__
_HEADING, _PARAGRAPH, _LIST_ITEM, _TABLE = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE
