"""How much of the article landed in typed fields.

Coverage is character-weighted per section: a block (or table cell) that a
typed field holds verbatim is covered whole; for the others, every word
counts once for each time it appears in the section's typed fields. Headings,
table headers and ``unparsed`` never count as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .blocks import Block, BlockKind

__all__ = ["coverage_counts"]

_WORD = re.compile(r"\w+")


def _block_texts(blocks: list[Block]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            continue
        if block.kind == BlockKind.TABLE:
            texts.extend(cell for row in block.rows or [] for cell in row)
        else:
            texts.append(block.text)
    return texts


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


def _weight(text: str) -> int:
    """Characters of a text's words (punctuation and spaces do not count)."""
    return sum(map(len, _WORD.findall(text)))


def coverage_counts(blocks: list[Block], fields: dict[str, Any] | None) -> tuple[int, int]:
    """(covered characters, total characters) of one section's blocks."""
    texts = _block_texts(blocks)
    if not fields:
        return 0, sum(map(_weight, texts))
    strings: list[str] = []
    _collect(fields, strings)
    typed_verbatim = set(strings)
    # Most blocks are kept verbatim in some item's `text`: count those whole, cheaply.
    covered = total = 0
    rest: list[str] = []
    for text in texts:
        weight = _weight(text)
        total += weight
        if text in typed_verbatim:
            covered += weight
        else:
            rest.append(text)
    if rest:
        words = Counter(_WORD.findall("\n".join(rest).lower()))
        typed = Counter(_WORD.findall("\n".join(strings).lower()))
        covered += sum(len(w) * min(n, typed[w]) for w, n in words.items())
    return covered, total
