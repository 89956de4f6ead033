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
# The ASCII characters \w does not match. bytes.translate deletes them (or makes them spaces) in C,
# ~20x faster than the regex; most texts are ASCII.
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_ASCII_NON_WORD_TO_SPACE = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))
# \w is "alphanumeric or _" for every character, so the word characters of a non-ASCII text are its ASCII
# ones (counted with bytes.translate as above) plus the non-ASCII ones this matches, ~1.5x faster than \w+.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]+")
_HEADING, _TABLE = BlockKind.HEADING, BlockKind.TABLE


def _block_texts(blocks: list[Block]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        kind = block.kind
        if kind is _HEADING:
            continue
        if kind is _TABLE:
            for row in block.rows or ():
                texts += row
        else:
            texts.append(block.text)
    return texts


def _collect(value: dict[str, Any], out: list[str]) -> None:
    """Append every string inside a dumped model (except under 'unparsed') to out."""
    for key, item in value.items():
        if key == "unparsed":
            continue
        cls = type(item)
        if cls is str:
            out.append(item)
        elif cls is list:
            _collect_list(item, out)
        elif cls is dict:
            _collect(item, out)


def _collect_list(items: list[Any], out: list[str]) -> None:
    for item in items:
        cls = type(item)
        if cls is str:
            out.append(item)
        elif cls is dict:
            _collect(item, out)
        elif cls is list:
            _collect_list(item, out)


def _ascii_and_other(texts: list[str]) -> tuple[str, str]:
    """The ASCII texts and the others, each joined by newlines (a newline is in no word)."""
    ascii_texts: list[str] = []
    other: list[str] = []
    for text in texts:  # one isascii call per text, not two
        (ascii_texts if text.isascii() else other).append(text)
    return "\n".join(ascii_texts), "\n".join(other)


def _weight(texts: list[str]) -> int:
    """Characters of the texts' words (punctuation and spaces do not count)."""
    ascii_text, other = _ascii_and_other(texts)
    return (
        len(ascii_text.encode("ascii").translate(None, _ASCII_NON_WORD))
        + len(other.encode("ascii", "ignore").translate(None, _ASCII_NON_WORD))
        + sum(map(len, _NON_ASCII_WORD.findall(other)))
    )


def _lower_words(texts: list[str]) -> Counter[str]:
    """Every word of the texts, lower-cased, with its count."""
    ascii_text, other = _ascii_and_other(texts)
    words = Counter(ascii_text.lower().encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split())
    words.update(_WORD.findall(other.lower()))
    return words


def coverage_counts(blocks: list[Block], fields: dict[str, Any] | None) -> tuple[int, int]:
    """(covered characters, total characters) of one section's blocks."""
    texts = _block_texts(blocks)
    total = _weight(texts)
    if not fields:
        return 0, total
    strings: list[str] = []
    _collect(fields, strings)
    typed_verbatim = set(strings)
    # Most blocks are kept verbatim in some item's `text`: count those whole, cheaply.
    rest = [text for text in texts if text not in typed_verbatim]
    if not rest:
        return total, total
    words = _lower_words(rest)
    typed = _lower_words(strings)
    covered = total - _weight(rest) + sum(len(w) * min(n, typed[w]) for w, n in words.items())
    return covered, total
