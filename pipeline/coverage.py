"""How much of the article landed in typed fields.

Coverage is character-weighted word overlap per section: every word of the
section's blocks (headings and table headers excluded) counts once for each
time it appears in the section's typed fields, outside ``unparsed``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .blocks import Block, BlockKind

__all__ = ["coverage_counts"]

_WORD = re.compile(r"\w+")


def _block_text(blocks: list[Block]) -> str:
    parts: list[str] = []
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            continue
        if block.kind == BlockKind.TABLE:
            parts.extend(cell for row in block.rows or [] for cell in row)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def _collect(value: Any, out: list[str]) -> None:
    """Append every string inside value (except under 'unparsed') to out."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "unparsed" and item is not None:
                _collect(item, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, out)


def coverage_counts(blocks: list[Block], fields: dict[str, Any] | None) -> tuple[int, int]:
    """(covered characters, total characters) of one section's blocks."""
    words = Counter(_WORD.findall(_block_text(blocks).lower()))
    total = sum(len(w) * n for w, n in words.items())
    if not fields:
        return 0, total
    strings: list[str] = []
    _collect(fields, strings)
    typed = Counter(_WORD.findall("\n".join(strings).lower()))
    covered = sum(len(w) * min(n, typed[w]) for w, n in words.items())
    return covered, total
