"""Undo a double HTML escape in a page's HTML, before it is parsed.

A CMS that escapes its already-escaped content (a WordPress REST post whose content.rendered went through
esc_html twice) writes "&amp;#8211;", "&amp;amp;" and "&amp;nbsp;" where it meant "&#8211;", "&amp;" and
"&nbsp;": parsed once, the text keeps the entities literally, so dashes split year ranges, ";" splits lists and
every field shows "&#8217;". Rewriting "&amp;NAME;" to "&NAME;" in the page's UTF-8 is the second decode. It is
done in the regex pass over the character references that the HTML stage makes on every page anyway
(htmlblocks._drop_icon_glyphs): a scan of its own would cost a page that holds none (nearly all) as much again.
Code samples (<pre>, <code>) may show an entity on purpose: they are left as they are.

ftfy's unescape_html decodes text fully, which would turn an HTML source's "&lt;" into a tag: it does not fit
here, where only one level of escape is taken off.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html.entities import html5

from .mojibake import Repair

# What follows the "&" of an escaped reference that names a character: "amp;#8211;", "amp;#x2013;", "amp;nbsp;".
DOUBLE_ESCAPED = rb"amp;(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# Where a page shows markup or entities as they are written.
_CODE = re.compile(rb"<(pre|code|textarea|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
DOUBLE_ESCAPE_REPAIR = ("double-escaped entity", "character")


class DoubleEscapes:
    """The double-escaped references of one page's UTF-8, escaped once as the reference pass meets them, and
    their count. The code spans are found at the first one only."""

    def __init__(self) -> None:
        self.source = b""  # the page's UTF-8, set by the reference pass
        self.count = 0
        self._code: tuple[list[int], list[int]] | None = None

    def once(self, match: re.Match[bytes], name: bytes) -> bytes:
        """"&amp;NAME;" as "&NAME;" when NAME names a character outside a code sample; else as it is."""
        if not _names_character(name) or self._in_code(match.start()):
            return match[0]
        self.count += 1
        return b"&" + name + b";"

    def repairs(self) -> list[Repair]:
        return [Repair(*DOUBLE_ESCAPE_REPAIR, self.count)] if self.count else []

    def _in_code(self, at: int) -> bool:
        if self._code is None:
            spans = [m.span() for m in _CODE.finditer(self.source)]
            self._code = ([start for start, _ in spans], [end for _, end in spans])
        starts, ends = self._code
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]


def _names_character(name: bytes) -> bool:
    """Whether "&name;" decodes to a character: an HTML5 entity, or a code point Unicode has."""
    if name[:1] != b"#":
        return name.decode("ascii") + ";" in html5
    code = int(name[2:], 16) if name[1:2] in b"xX" else int(name[1:])
    return 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
