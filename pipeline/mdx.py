"""MDX source pages (Docusaurus, Nextra, Astro, Gatsby docs as kept in git) to the markdown the pipeline reads.

MDX is markdown with JSX. What markdown_html already reads on any markdown page stays there: a component's tag
line, a tab's label, an admonition's fence, <details>, inline HTML. What is MDX's own and no markdown page
holds goes here: ES module statements ("import Tabs from '@theme/Tabs';", "export const meta = {...};", over
several lines until their ";" or closing brace) and JSX comments ("{/* TODO: ... */}", inline or on lines of
their own). They are blanked, each character a space but line ends, so block offsets still index the file.
Only files named ".mdx" are rewritten (sources.pages_from_bytes): no other page pays for a scan.
"""

from __future__ import annotations

import re

__all__ = ["mdx_as_markdown"]

# An ES module statement opens at a line's start, outside a code fence: "import X from '...'", "import '...'",
# "export const|default|function ...". Prose never opens with "import {" or "export const".
_MODULE_STATEMENT = re.compile(
    r"(?:import\s+(?:[\w*{][^\n]*?\s+from\s+)?['\"]|export\s+(?:const|let|default|function)\b)"
)
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_FENCE = re.compile(r"[ \t]*(```|~~~)")
_MAX_STATEMENT_LINES = 40  # a statement never closed blanks no more than this


def _blank(text: str) -> str:
    """The text's characters as spaces, its line ends kept."""
    return re.sub(r"[^\n]", " ", text)


def mdx_as_markdown(text: str) -> str:
    """The MDX page with its module statements and JSX comments blanked, at the same length."""
    lines = text.split("\n")
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and _MODULE_STATEMENT.match(line):
            end = _statement_end(lines, i)
            for k in range(i, end + 1):
                lines[k] = _blank(lines[k])
            i = end
        i += 1
    text = "\n".join(lines)
    return _JSX_COMMENT.sub(lambda m: _blank(m.group(0)), text) if "{/*" in text else text


def _statement_end(lines: list[str], i: int) -> int:
    """The last line of the statement opening at line i: where its braces balance and it ends (";", or a closing
    brace); the first line when it is whole there, as a one-line "import" without ";"."""
    depth = 0
    for k in range(i, min(len(lines), i + _MAX_STATEMENT_LINES)):
        depth += lines[k].count("{") + lines[k].count("[") - lines[k].count("}") - lines[k].count("]")
        if depth <= 0:
            return k
    return i
