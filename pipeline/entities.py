"""Undo a double HTML escape in a page's HTML, before it is parsed.

A CMS that escapes its already-escaped content (a WordPress REST post whose content.rendered went through
esc_html twice) writes "&amp;#8211;", "&amp;amp;" and "&amp;nbsp;" where it meant "&#8211;", "&amp;" and
"&nbsp;": parsed once, the text keeps the entities literally, so dashes split year ranges, ";" splits lists and
every field shows "&#8217;". Rewriting "&amp;NAME;" to "&NAME;" in the HTML is the second decode, done where it
is one regex search for the pages (nearly all) that hold none. Code samples (<pre>, <code>) may show an entity
on purpose: they are left as they are.

ftfy's unescape_html decodes text fully, which would turn an HTML source's "&lt;" into a tag: it does not fit
here, where only one level of escape is taken off.
"""

from __future__ import annotations

import re
from html.entities import html5

from .mojibake import Repair

# An escaped reference that names a character: "&amp;#8211;", "&amp;#x2013;", "&amp;nbsp;". The literal
# "&amp;" prefix makes the search of a page holding none a fast scan.
_DOUBLE_ESCAPED = re.compile(r"&amp;(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Where a page shows markup or entities as they are written.
_CODE = re.compile(r"<(pre|code|textarea|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
DOUBLE_ESCAPE_REPAIR = ("double-escaped entity", "character")


def undo_double_escapes(html: str) -> tuple[str, list[Repair]]:
    """The HTML with each double-escaped character reference escaped once, and that repair counted.

    >>> undo_double_escapes("<p>3&amp;amp;#8211;6 &amp;#8211; R&amp;amp;D</p>")[0]
    '<p>3&amp;#8211;6 &#8211; R&amp;D</p>'
    >>> undo_double_escapes("<code>&amp;nbsp;</code> &amp;nbsp;")[0]
    '<code>&amp;nbsp;</code> &nbsp;'
    """
    if _DOUBLE_ESCAPED.search(html) is None:
        return html, []
    count = 0

    def once(match: re.Match[str]) -> str:
        nonlocal count
        if not _names_character(match.group(1)):
            return match.group(0)
        count += 1
        return "&" + match.group(1) + ";"

    pieces, start = [], 0
    for code in _CODE.finditer(html):
        pieces += [_DOUBLE_ESCAPED.sub(once, html[start : code.start()]), code.group(0)]
        start = code.end()
    pieces.append(_DOUBLE_ESCAPED.sub(once, html[start:]))
    if not count:
        return html, []
    return "".join(pieces), [Repair(*DOUBLE_ESCAPE_REPAIR, count)]


def _names_character(name: str) -> bool:
    """Whether "&name;" decodes to a character: an HTML5 entity, or a code point Unicode has."""
    if name[0] != "#":
        return name + ";" in html5
    code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
    return 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
