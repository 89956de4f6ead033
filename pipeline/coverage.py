"""How much of the article landed in typed fields.

Coverage is character-weighted word overlap per section: every word of the
section's blocks (headings and table headers excluded) counts once for each
time it appears in the section's typed fields, outside ``unparsed``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .blocks import Block, BlockKind

__all__ = ["coverage_counts"]

_WORD = re.compile(r"\w+")


def _block_words(blocks: list[Block]) -> Counter[str]:
    words: Counter[str] = Counter()
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            continue
        if block.kind == BlockKind.TABLE:
            for row in block.rows or []:
                for cell in row:
                    words.update(_WORD.findall(cell.lower()))
        else:
            words.update(_WORD.findall(block.text.lower()))
    return words


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "unparsed":
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def coverage_counts(blocks: list[Block], fields: dict[str, Any] | None) -> tuple[int, int]:
    """(covered characters, total characters) of one section's blocks."""
    words = _block_words(blocks)
    total = sum(len(w) * n for w, n in words.items())
    if not fields:
        return 0, total
    typed: Counter[str] = Counter()
    for text in _strings(fields):
        typed.update(_WORD.findall(text.lower()))
    covered = sum(len(w) * min(n, typed[w]) for w, n in words.items())
    return covered, total
