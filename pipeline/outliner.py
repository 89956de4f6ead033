"""An outliner's page (Logseq; Roam, Obsidian-outliner exports look alike) read as the markdown the text reader knows.

A web page clipped into Logseq is saved as the outliner's markdown: every block a "- " bullet nested by tabs, a
block's further lines indented two spaces past its bullet, headings as bullets ("- ## 1) Role Summary",
"\\t- ### Strategic responsibilities"), "key:: value" property lines (the page's at its top, a block's under
its bullet: "collapsed:: true", "id:: 65f1...", "logseq.order-list-type:: number", which numbers the block),
tables as a bullet's lines ("- | a | b |" over rows indented past it), task markers ("TODO ", "DONE "), block
references "((uuid))", page links "[[Page]]", tags "#tag" / "#[[tag]]" and highlights "==text==". Read as
markdown, the headings are list items and the page has no sections.

:func:`outline_as_markdown` rewrites such a page line by line into the markdown the article was, every line
as long as it was (the rewrite shorter, padded with spaces), so the blocks' offsets stay true in the page as
given. The outline's structure tells what each bullet was: a heading bullet is a heading; a block right under
a heading (or after a heading bullet among its siblings, the flat way of writing) is the article's own block,
a paragraph, or an item of a list when it heads items of its own or is numbered; the bullets under such a
block are its list's items, nested as deep below it as they are in the outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .markuplines import join_lines, split_lines

__all__ = ["outline_as_markdown"]

# A property line "collapsed:: true", "logseq.order-list-type:: number", "title:: Corporate Paralegal".
_PROPERTY = re.compile(r"[ \t]*([A-Za-z][\w.\-/]*)::(?:[ \t]+(.*?))?[ \t]*")
_NUMBERED_PROPERTY = "logseq.order-list-type"
_HEADING_PROPERTY = "heading"
# A bullet: its indent, then "-" and the block's first line (an empty bullet has none).
_BULLET = re.compile(r"[ \t]*-(?:[ \t].*)?")
_HEADING = re.compile(r"(#{1,6})[ \t]+(.*)")
# The first bullets the detector reads, in the page's first characters: an outliner writes every line as a
# bullet, a bullet's further line or a property. A page's property line is short.
_SAMPLE_BULLETS = 8
_SAMPLE = 8000
_PROPERTY_LINE = 500
# Not an outline: a line at the margin that is no bullet (a markdown page's heading or paragraph after its list).
_MARGIN_TEXT = re.compile(r"\n[^-\s]")
_HEADING_BULLET = re.compile(r"\n[ \t]*- #{1,6} ")
# A task marker opening a block ("TODO ", "DONE ", "LATER "), its priority "[#A]" after it: no text.
_TASK = re.compile(
    r"(?:(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)[ \t]+)?(?:\[#[ABC]\][ \t]+)?"
)
# A block reference "((65f1c2a0-...))" or a macro "{{embed ((...))}}", "{{query ...}}": no text, with its space.
_REFERENCE = re.compile(r"[ \t]?(?:\(\([0-9a-f]{8}-[0-9a-f-]{27}\)\)|\{\{[^{}\n]*\}\})")
# Tags closing a block: "#clipped #to-review", "#[[legal operations]]".
_TAG = r"#(?:\[\[[^\[\]\n]*\]\]|[^\s#\[\]]+)"
_TRAILING_TAGS = re.compile(rf"(?:^|[ \t]+){_TAG}(?:[ \t]+{_TAG})*[ \t]*$")
# A page link "[[Page]]", or "[[Page|alias]]" (Obsidian's): its text.
_PAGE_LINK = re.compile(r"\[\[(?:[^\[\]\n|]*\|)?([^\[\]\n|]+)\]\]")
# A highlight "==text==" or "^^text^^": its text.
_HIGHLIGHT = re.compile(r"(==|\^\^)(?=\S)(.+?)(?<=\S)\1")
# A table's row and a quote's line: markdown at the margin whatever the bullet's depth.
_MARGIN_BLOCKS = "|>"
_DETAIL_DASHES = "–—"
# A block's text numbered itself, "1. **Manage statutory filings**": an item with its own number.
_OWN_NUMBER = re.compile(r"\d{1,3}[.)][ \t]")
# A block's further line the outliner shows as no text: a drawer's line (":LOGBOOK:", ":END:"), a task's clock
# or planning line, a "#+BEGIN_QUOTE" block's markers (its lines are the block's text). In capitals, as Logseq
# writes them: "Deadline: Friday" is text.
_HIDDEN_LINE = re.compile(r"[ \t]*(?::[A-Z]+:[ \t]*$|(?:CLOCK|SCHEDULED|DEADLINE):|#\+(?:BEGIN|END|begin|end)_)")
_HIDDEN_OPENERS = ":CSD#"
_HEADING_ROLE, _PARAGRAPH, _ITEM, _MARGIN, _BLANK = "heading", "paragraph", "item", "margin", "blank"


@dataclass
class _Block:
    """One bullet: its line, its depth in the outline and its further lines."""

    line: int
    indent: int
    depth: int
    parent: _Block | None
    text: str
    lines: list[int] = field(default_factory=list)  # its further lines, properties apart
    heading: int = 0  # its heading level, 0 for none
    numbered: bool = False
    children: list[_Block] = field(default_factory=list)
    role: str = ""  # what it stands for in the article: _HEADING_ROLE, _PARAGRAPH, _ITEM, _MARGIN or _BLANK
    lead: _Block | None = None  # for a block under an own block: that own block
    list_depth: int = 0  # an item's depth in its list


def outline_as_markdown(text: str) -> str:
    """The page as markdown if it is an outliner's page, else the page as it is. Every line keeps its length.

    >>> outline_as_markdown("title:: R\\n- ## 1) A\\n\\t- Hi ==x==. #t\\n"
    ...     "\\t- Teams:\\n\\t\\t- TODO a [[b]]\\n\\t\\t- c")
    '         \\n## 1) A  \\nHi x.          \\nTeams:   \\n- a b           \\n- c  '
    """
    return _Outline(text).markdown() if _is_outline(text) else text


def _is_outline(text: str) -> bool:
    """Whether the page is an outliner's: its first lines, past the page's properties, all bullets (a bullet's
    further lines and properties between), a heading bullet or the properties there, and no text at the margin
    that is no bullet (a markdown page opening with a list has its headings and paragraphs there).

    A page that opens with neither a bullet nor a property line costs a look at its first characters.
    """
    if text[:2] != "- ":
        if not text[:1].isalpha():
            return False
        first_end = text.find("\n", 0, _PROPERTY_LINE)
        if first_end == -1 or _property(text[:first_end]) is None:
            return False
    properties = False
    bullets = 0
    for line in text[:_SAMPLE].split("\n"):
        if not line.strip():
            continue
        if not bullets and _property(line):
            properties = True
            continue
        if _BULLET.fullmatch(line):
            bullets += 1
        elif not bullets or line[:1] not in " \t":
            return False
        if bullets == _SAMPLE_BULLETS:
            break
    if not bullets or _MARGIN_TEXT.search(text, text.find("\n-") if properties else 0):
        return False
    return properties or text.startswith("- #") or _HEADING_BULLET.search(text) is not None


def _property(line: str) -> re.Match[str] | None:
    return _PROPERTY.fullmatch(line) if "::" in line else None


class _Outline:
    """One page's lines (their bodies and line ends apart), read as an outline and rewritten in place."""

    def __init__(self, text: str) -> None:
        self.bodies, self.ends = split_lines(text)
        self.blocks: list[_Block] = []
        self.roots: list[_Block] = []

    def markdown(self) -> str:
        self._read()
        self._place(None, self.roots)
        for block in self.blocks:
            self._write(block)
        return join_lines(self.bodies, self.ends)

    def _read(self) -> None:
        """The outline's blocks, each with its parent; property lines blanked, their meaning kept."""
        open_blocks: list[_Block] = []  # the current block and its ancestors
        for i, body in enumerate(self.bodies):
            bullet = body.lstrip(" \t")  # string methods, not a regex: this is every line of the page
            if bullet[:1] != "-" or bullet[1:2] not in ("", " ", "\t"):
                self._further_line(i, body, open_blocks[-1] if open_blocks else None)
                continue
            indent = len(body[: len(body) - len(bullet)].expandtabs(4))
            while open_blocks and open_blocks[-1].indent >= indent:
                open_blocks.pop()
            parent = open_blocks[-1] if open_blocks else None
            block = _Block(i, indent, parent.depth + 1 if parent else 0, parent, bullet[1:].strip())
            if block.text[:1] == "#" and (heading := _HEADING.fullmatch(block.text)):
                block.heading, block.text = len(heading.group(1)), heading.group(2)
            (parent.children if parent else self.roots).append(block)
            self.blocks.append(block)
            open_blocks.append(block)

    def _further_line(self, i: int, body: str, block: _Block | None) -> None:
        """A line that is no bullet: a property (the page's or the block's) blanked, else the block's text."""
        stripped = body.lstrip()
        if not stripped:
            return
        if stripped[:1] in _HIDDEN_OPENERS and _HIDDEN_LINE.match(stripped):
            self.bodies[i] = " " * len(body)
            return
        prop = _property(body)
        if prop is None:
            if block is not None:
                block.lines.append(i)
            return
        key, value = prop.group(1).lower(), (prop.group(2) or "").strip().lower()
        if block is not None and key == _NUMBERED_PROPERTY:
            block.numbered = value == "number"
        elif block is not None and key == _HEADING_PROPERTY and value not in ("", "false"):
            block.heading = int(value) if value.isdigit() else 2  # Logseq's "heading:: true" block
        self.bodies[i] = " " * len(body)

    def _place(self, parent: _Block | None, children: list[_Block]) -> None:
        """What each block under ``parent`` (the page's top blocks for None) stands for, then theirs.

        The blocks right under a heading bullet, at the top, or after a heading bullet among their siblings (the
        flat way of writing) are the article's own; the others hang in the list of the own block above them.
        """
        heading = parent if parent is not None and parent.heading else None
        own = parent is None or heading is not None
        group: list[_Block] = []
        for child in children:
            if child.heading:
                child.role = _HEADING_ROLE
                if not child.children:  # a flat heading: the blocks after it are its own
                    _own_roles(group, heading, children)
                    group, heading, own = [], child, True
            elif own:
                group.append(child)
            else:
                _nest(child)
        _own_roles(group, heading, children)
        for child in children:
            self._place(child, child.children)

    def _write(self, block: _Block) -> None:
        """The block's lines as the markdown it stands for."""
        text = _inline(block.text)
        if block.role == _BLANK or not text:  # a properties' bullet ("- template:: x"), an empty bullet
            self._set(block.line, "")
            for j in block.lines:
                self._set(j, _inline(self.bodies[j].strip()))
            return
        if block.role == _HEADING_ROLE:
            # "- ## Title" has room for its marks; a "heading:: 3" block's line may not: fewer marks then
            room = len(self.bodies[block.line]) - len(text) - 1
            self._set(block.line, "#" * max(1, min(block.heading, 6, room)) + " " + text)
            return
        if block.role != _ITEM:  # a paragraph, a table or a quote: at the margin
            self._set(block.line, text)
            for j in block.lines:
                self._set(j, _inline(self.bodies[j].strip()))
            return
        body = self.bodies[block.line]
        indent = " " * block.list_depth
        room = len(body) - len(indent) - len(text)  # what the line leaves for a marker
        if text[:1] in _DETAIL_DASHES or _OWN_NUMBER.match(text):
            marker = ""  # "– detail" hangs under the item above; "1. Title" has its number
        elif block.numbered and room >= len(number := f"{self._number(block)}. "):
            marker = number
        else:
            marker = "- "
        self._set(block.line, indent + marker + text)
        for j in block.lines:
            self._set(j, indent + "  " + _inline(self.bodies[j].strip()))

    def _number(self, block: _Block) -> int:
        """A numbered block's number: one past the numbered siblings right before it."""
        siblings = block.parent.children if block.parent else self.roots
        at = next(k for k, sibling in enumerate(siblings) if sibling is block)
        number = 1
        while at - number >= 0 and siblings[at - number].numbered:
            number += 1
        return number

    def _set(self, i: int, line: str) -> None:
        body = self.bodies[i]
        self.bodies[i] = line[: len(body)].ljust(len(body))


def _own_roles(group: list[_Block], heading: _Block | None, siblings: list[_Block]) -> None:
    """The article's own blocks under one heading: paragraphs, or items of a list.

    An item when numbered, or, under a heading, heading items of its own (a title over its details; a lead
    ending ":" over its list is a paragraph; the page's chrome out of the sections is no list), or under a
    sub-heading, where the article's lists stand, unless it is all the
    heading holds or opens it unlike the blocks after it (an intro over titled items or a table).
    """
    listed = heading is not None and _sub_heading(heading, siblings) and len(group) > 1
    for k, block in enumerate(group):
        if (role := _role_by_text(block)) is not None:
            block.role = role
        elif block.numbered or (heading and block.children and not block.text.rstrip("*_ ").endswith(":")):
            block.role = _ITEM
        elif listed and not (k == 0 and _shape(block) != _shape(group[1])):
            block.role = _ITEM
        else:
            block.role = _PARAGRAPH


def _nest(block: _Block) -> None:
    """A block under an own block: an item of that block's list, as deep below it as in the outline. A lone
    line under a paragraph that leads it ("**Core mission:**" over its sentence) is a paragraph."""
    parent = block.parent
    assert parent is not None
    lead = parent if parent.lead is None else parent.lead
    block.lead = lead
    if (role := _role_by_text(block)) is not None:
        block.role = role
    elif lead is parent and lead.role != _ITEM and len(parent.children) == 1 and not block.children:
        block.role = _PARAGRAPH
    else:
        block.role = _ITEM
        block.list_depth = block.depth - lead.depth - (0 if lead.role == _ITEM else 1)


def _role_by_text(block: _Block) -> str | None:
    """The role a block's text gives it wherever it stands: a table's or a quote's lines are at the margin, a
    bullet holding a property ("- template:: x") is none of the article's."""
    first = block.text[:1]
    if first in _MARGIN_BLOCKS:
        return _MARGIN
    return _BLANK if "::" in block.text and _property(block.text) else None


def _sub_heading(heading: _Block, siblings: list[_Block]) -> bool:
    """Whether a heading is a section's sub-heading: under another heading bullet, or after one of a higher
    rank among its siblings (not the page's title, "# ...")."""
    ancestor = heading.parent
    while ancestor is not None:
        if ancestor.heading:
            return True
        ancestor = ancestor.parent
    for sibling in siblings:
        if sibling is heading:
            return False
        if 1 < sibling.heading < heading.heading:
            return True
    return False


def _shape(block: _Block) -> str:
    """A block's shape among its siblings: a table, a titled item ("**Exercise A** ...", "1. **Run the
    triage**") or plain text."""
    text = block.text
    first = text[(number.end() if (number := _OWN_NUMBER.match(text)) else 0) :][:2]
    return "table" if first[:1] == "|" else "titled" if first == "**" else "plain"


def _inline(text: str) -> str:
    """A block's text as markdown: task marker, references, closing tags, page links and highlights dropped."""
    text = _TASK.sub("", text, count=1) if text[:1].isupper() else text
    if "((" in text or "{{" in text:
        text = _REFERENCE.sub("", text)
    if "#" in text:
        text = _TRAILING_TAGS.sub("", text)
    if "[[" in text:
        text = _PAGE_LINK.sub(r"\1", text)
    if "==" in text or "^^" in text:
        text = _HIGHLIGHT.sub(r"\2", text)
    return text
