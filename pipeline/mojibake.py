"""Repair UTF-8 text that went through a Thai code page and back.

The scraped pages were UTF-8 bytes decoded as Windows-874 (bytes A1–FF) with
Windows-1252 for 80–9F, then stored again as UTF-8. A dash ``–`` (E2 80 93)
thus reads ``โ€“``. We undo that in two passes:

1. Lossless: any run of characters that maps back to bytes forming valid UTF-8
   is decoded (this covers ``โ€“``, ``โ†’``, ``โ‰ค`` and every other character,
   not only the ones seen so far).
2. Lossy: where bytes were dropped (``โ€`` with its last byte gone, or a bare
   ``โ`` with both continuation bytes gone), the meant character is chosen
   from the context around it.

ftfy does not recognise this code-page mix, so it cannot do pass 1 for us.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Repair", "repair_text"]


@dataclass(frozen=True)
class Repair:
    """One kind of repair and how often it was applied on a page."""

    broken: str
    fixed: str
    count: int


@lru_cache(maxsize=1)
def _byte_of() -> dict[str, int]:
    """Map each character of the hybrid code page back to its byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        codec = "cp1252" if byte < 0xA0 else "cp874"
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        table[char] = byte
    return table


def _mojibake_run_pattern() -> re.Pattern[str]:
    # A lead-byte character (C2–F4 in cp874: Thai letters) followed by one to
    # three continuation-byte characters (80–BF: cp1252 punctuation or Thai).
    byte_of = _byte_of()
    lead = "".join(re.escape(c) for c, b in byte_of.items() if 0xC2 <= b <= 0xF4)
    cont = "".join(re.escape(c) for c, b in byte_of.items() if 0x80 <= b <= 0xBF)
    return re.compile(f"[{lead}][{cont}]{{1,3}}")


_RUN = _mojibake_run_pattern()
_THAI_LETTER = re.compile("[\u0e01-\u0e5b]")
# ``โ€`` whose third byte was lost (most often 9D, the closing quote ”).
_LOST_LAST = re.compile("\u0e42\u20ac")
# ``โ`` whose two continuation bytes were both lost.
_BARE = re.compile("\u0e42")

# Words that follow a spaced dash when it separates an item from its level
# ("Cloud fundamentals (Azure/AWS/GCP) – Optional"); otherwise a spaced
# broken character in these pages is an arrow ("baseline → ablation").
_LEVEL_WORDS = frozenset(
    "optional common critical important required preferred recommended "
    "context-specific nice-to-have mandatory essential helpful rare".split()
)
_CONTRACTION_TAILS = ("s", "t", "d", "m", "ll", "re", "ve")
_LOWER_RUN = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"\s*([\w-]+)")


@lru_cache(maxsize=4096)  # a page repeats the same few runs hundreds of times
def _decode_run(run: str) -> str | None:
    """Return the character a run encodes, or None when it is not UTF-8."""
    byte_of = _byte_of()
    try:
        return bytes(byte_of[c] for c in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None


def _lossless(text: str, fixes: Counter[tuple[str, str]]) -> str:
    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        # Try the longest prefix that decodes: a run may swallow a real
        # Thai-looking character that follows the mojibake.
        for end in range(len(run), 1, -1):
            decoded = _decode_run(run[:end])
            if decoded is not None:
                fixes[(run[:end], decoded)] += 1
                return decoded + run[end:]
        return run

    return _RUN.sub(fix, text)


def _is_word(char: str) -> bool:
    return char.isalnum()


def _bare_replacement(text: str, i: int) -> str:
    """Choose the character a bare ``โ`` stood for, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return "–"  # a range: 3–5
    if before.isalpha() and after.isalpha():
        tail = _LOWER_RUN.match(text, i + 1, i + 4)
        if tail and tail.group(0) in _CONTRACTION_TAILS:
            return "’"  # organization’s, don’t
        return "—"  # documentation—under
    if before.isspace() and after.isspace():
        next_word = _NEXT_WORD.match(text, i + 1)  # at i + 1: not a slice, which copies the rest of the page
        if next_word and next_word.group(1).lower() in _LEVEL_WORDS:
            return "–"
        if next_word and next_word.group(1)[:1].isdigit():
            return "–"
        return "→"
    if not _is_word(before) and before not in ",.;:!?)" and not after.isspace():
        return "“"  # opening quote: “Scientist
    if not after.isalnum():
        return "”"  # closing quote: Scientist” or good,”
    return "“"


def _lossy(text: str, fixes: Counter[tuple[str, str]]) -> str:
    def lost_last(match: re.Match[str]) -> str:
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        fixed = "‐" if before.isalpha() and after.isalpha() else "”"
        fixes[("โ€", fixed)] += 1
        return fixed

    text = _LOST_LAST.sub(lost_last, text)
    if "\u0e42" not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _BARE.finditer(text):
        fixed = _bare_replacement(text, match.start())
        fixes[("โ", fixed)] += 1
        out.append(text[last : match.start()])
        out.append(fixed)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _latin_letters(ascii_text: bytes) -> int:
    return len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))


def _looks_thai(text: str) -> bool:
    """True when Thai letters are the page's script, not mojibake debris."""
    ascii_only = text.encode("ascii", "ignore")
    # Thai letters are among the non-ASCII characters, and Latin letters of a prefix are
    # among the page's: a prefix whose letters reach the non-ASCII count settles the
    # first test below without counting every letter and every Thai letter of the page.
    non_ascii = len(text) - len(ascii_only)
    if _latin_letters(ascii_only[: 4 * non_ascii]) >= non_ascii:
        return False
    latin = _latin_letters(ascii_only)
    if len(_THAI_LETTER.findall(text)) <= latin:
        return False  # even if every Thai letter were real, Latin would outnumber them
    debris = _RUN.sub(lambda m: "" if _decode_run(m.group(0)[:2]) or _decode_run(m.group(0)) else m.group(0), text)
    # A bare โ between Latin characters is debris too.
    debris = re.sub(r"(?<![\u0e01-\u0e5b])\u0e42(?![\u0e01-\u0e5b])", "", debris)
    return len(_THAI_LETTER.findall(debris)) > latin


def _has_thai_letter(text: str) -> bool:
    """Whether text holds a Thai letter: the mark of mojibake (and of Thai pages).

    A memchr over the UTF-8 bytes proves most clean pages clean several times faster
    than a regex scan: a Thai letter (U+0E01–U+0E5B) encodes with lead byte E0, which
    only U+0800–U+0FFF have ("surrogatepass" writes a lone surrogate as ED ..).
    """
    if text.isascii() or b"\xe0" not in text.encode("utf-8", "surrogatepass"):
        return False
    return _THAI_LETTER.search(text) is not None


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Undo Thai-code-page mojibake; return the text and the repairs made.

    >>> repair_text("deployableโ€”turning 3โ5 years")[0]
    'deployable—turning 3–5 years'
    """
    if not _has_thai_letter(text) or _looks_thai(text):
        return text, []
    fixes: Counter[tuple[str, str]] = Counter()
    text = _lossless(text, fixes)
    text = _lossy(text, fixes)
    repairs = [Repair(broken, fixed, n) for (broken, fixed), n in sorted(fixes.items())]
    return text, repairs
