"""Raw HTML inside markdown.

Crawlers that write markdown keep as HTML what markdown cannot say: a table with
line breaks or spanning cells, a disclosure widget (``<details>``), an ad slot's
``<div>``. CommonMark calls such lines an HTML block: a line opening with a
block-level tag starts one. Here it runs to the closing tag of the element it
opens (to the next blank line when that tag never comes, as in CommonMark), and
htmlblocks reads it as on an HTML page: tables, lists, paragraphs, chrome removal.
Markdown written inside a container, after a blank line as CommonMark allows or
straight after its tag lines as crawlers write it ("<details>", "<summary>...",
bullets, "</details>"), is read as markdown.

Phrasing tags inside a markdown line ("**Shape the strategy** <em>(optional)</em>")
lose their markup and keep their text. HTML comments (a CMS's "<!-- wp:list -->" block
markers, an editor's note, an ad slot's marker) are never content, nor are unrendered
WordPress shortcodes ('[su_button url="..."]Download the PDF[/su_button]').

MDX (Docusaurus) adds its own markup: a JSX component's tag alone on a line ("<AdBanner product="x" />",
"<Tabs>") and an admonition's fence (":::tip Title" ... ":::", as pandoc's "::: {.note}" fenced div): the
tags and fences go, the markdown between them is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .blocks import Block, BlockKind
from .htmlblocks import (
    ADMONITION_TYPES,
    SHORTCODE,
    blank_shortcodes,
    html_to_pieces,
    shortcode_heading,
)
from .layout import Piece, new_piece

__all__ = ["html_comment_spans", "read_html_block", "shortcode_columns", "shortcode_title", "strip_inline_tags"]

# Elements whose content is never markdown: their whole span is HTML, blank lines or not.
_HTML_ONLY = frozenset(("table", "ul", "ol", "dl", "pre", "p", "h1", "h2", "h3", "h4", "h5", "h6"))
# Containers: after a blank line, what they hold is markdown.
_CONTAINERS = frozenset((
    "details", "div", "section", "article", "main", "aside", "header", "footer", "nav", "figure",
    "blockquote", "center", "form", "fieldset",
))  # fmt: skip
_VOID = frozenset(("hr",))  # a rule: no closing tag, no content
_BLOCK_TAGS = _HTML_ONLY | _CONTAINERS | _VOID
_OPENING = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>]|$)")
# How far the closing tag is looked for: an element of a markdown page spans a table or a few
# paragraphs, and a page of unclosed tags must not be scanned to its end once per tag.
_MAX_LINES = 400
# Phrasing (inline) elements, the ones a crawler leaves inside a markdown line. Not any tag-like
# text: "<T>" or "a < b > c" in prose is text.
_INLINE_TAG = re.compile(
    r"</?(?:em|strong|b|i|u|s|sup|sub|span|mark|small|abbr|cite|code|kbd|q|ins|del|font|a|time)(?:\s[^<>]*)?>",
    re.IGNORECASE,
)
_SPACES = re.compile(" *")  # a blanked shortcode's stretch (shortcode_columns)
# A JSX component's tag alone on its line (MDX): a PascalCase name, where an HTML element's is lower case.
_COMPONENT_TAG = re.compile(r"<(/?)([A-Z][A-Za-z0-9.]*)([^<>]*?)(/?)>")
# A tab's name among a component's attributes: its label, else its value ('label="Startup"', "value={'a'}").
_TAB_NAMES = tuple(re.compile(rf"""\b{key}=\{{?(?:"([^"]*)"|'([^']*)')""") for key in ("label", "value"))
_TAB_LEVEL = 3  # a tab's label heads its panel as on an HTML page (htmlblocks._TAB_PANEL_LEVEL)
# An admonition's fence: ":::tip Get certified", ":::note[Title]", pandoc's "::: {.warning}", a closing ":::".
_FENCE = re.compile(r":{3,}[ \t]*(?:\{[^}]*\}|[\w-]+)?[ \t]*\[?(.*?)\]?[ \t]*")


class _TagPatterns(dict[str, re.Pattern[str]]):
    """An element's start and end tags, compiled on first use."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = re.compile(rf"<(/?){name}(?=[\s/>]|$)", re.IGNORECASE)
        return pattern


_TAGS = _TagPatterns()


def strip_inline_tags(text: str) -> str:
    """A markdown line's phrasing tags removed, their text kept.

    Not <br>: in a pipe table's cell it breaks the cell's lines, which the table reader does.
    """
    return _INLINE_TAG.sub("", text)


def html_comment_spans(text: str) -> Iterator[tuple[int, int]]:
    """The start and end offsets of the HTML comments in text, on one line or spanning several.

    A "<!--" never closed hides nothing: a stray one must not swallow the rest of the page. Each
    search goes on from where the last one stopped, so the page is read once.
    """
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        start = text.find("<!--", end + 3)


def shortcode_columns(line: str) -> list[tuple[int, int]]:
    """The columns of a text line that its unrendered shortcodes cover, in order (none: []).

    The HTML page's rules (htmlblocks.blank_shortcodes), the line taken as an element: a closing tag, an opening
    tag with attributes or closed on the line, tags alone on the line, and a pair whose opening tag names chrome
    ('[su_box title="Sponsored"]...[/su_box]') with what it encloses. A box opened on a line of its own is left to
    the noise filter, as an unclosed one on an HTML page. A markdown link's text is no tag ("[set k=3](url)"):
    its "](" is masked as "[(", which no tag holds.
    """
    masked = line.replace("](", "[(") if "](" in line else line
    blanked = blank_shortcodes(masked)
    if blanked is masked:  # nothing blanked: the line itself comes back
        return []
    # A blanked stretch opens at a tag: the spaces from there, less the line's own spaces after it.
    columns: list[tuple[int, int]] = []
    for tag in SHORTCODE.finditer(masked):
        start = tag.start()
        if (columns and start < columns[-1][1]) or blanked[start] != " ":
            continue  # inside a stretch already found, or a tag left as it is
        end = _SPACES.match(blanked, start).end()
        while masked[end - 1] == " ":
            end -= 1
        columns.append((start, end))
    return columns


def shortcode_title(line: str) -> str | None:
    """The bold title line that a titled container's opening shortcode, alone on its line, stands for (none: None).

    A bare admonition type ('title="Warning"') is dropped, as a callout's header line is
    (textblocks._callout_title): the bold lead of the text, a heading-like line as on an HTML page."""
    tag = SHORTCODE.fullmatch(line.strip())
    if tag is None or not tag["hugo"] or tag["slash"]:
        return None
    title = shortcode_heading(tag["name"], tag["attributes"])
    return f"**{title}**" if title else None


def read_html_block(
    text: str,
    raws: list[str],
    starts: list[int],
    i: int,
    read_markdown: Callable[[str], list[Piece]],
) -> tuple[list[Piece], int] | None:
    """Read the HTML block that line i opens: its pieces (offsets into text) and the next line's index.

    None when the line opens with no block-level tag. read_markdown reads the markdown a
    container holds (the caller's own reader: markdown there may hold HTML blocks again).
    """
    line = raws[i].lstrip()
    if line[:3] == ":::":
        return _fence(raws[i], starts[i], i, read_markdown)
    opening = _OPENING.match(line)
    if opening is None:
        return None
    name = opening.group(2).lower()
    if name not in _BLOCK_TAGS:
        return _component(raws, starts[i], i) if opening.group(2)[0].isupper() else None
    if opening.group(1) or name in _VOID:  # a stray closing tag ("</details>") or a rule: that line only
        return _html(text, starts[i], starts[i] + len(raws[i])), i + 1
    close = _closing_line(raws, i, name)
    if close is None:  # never closed: the block ends at a blank line, as in CommonMark
        end = _blank_after(raws, i)
        return _html(text, starts[i], starts[end - 1] + len(raws[end - 1])), end
    end_offset = starts[close] + len(raws[close])
    # A container's markdown starts at its first line that opens with no tag: a blank line, as
    # CommonMark has it, or the text of a crawler that wrote the element's content as markdown.
    inner = None if name in _HTML_ONLY else next((j for j in range(i + 1, close) if raws[j].lstrip()[:1] != "<"), None)
    if inner is None:
        pieces = _html(text, starts[i], end_offset)
    elif _chrome(line[: line.find(">") + 1] or f"{line}>", name):
        return [], close + 1  # an ad slot's <div class="ad"> around markdown: all of it goes
    else:
        pieces = [
            *_html(text, starts[i], starts[inner - 1] + len(raws[inner - 1])),
            *_shifted(read_markdown(text[starts[inner] : starts[close]]), starts[inner], starts[close]),
            *_html(text, starts[close], end_offset),
        ]
    return (_disclosure(pieces) if name == "details" else pieces), close + 1


def _component(raws: list[str], start: int, i: int) -> tuple[list[Piece], int] | None:
    """A JSX component's tag line: markup, dropped; a tab's opening tag gives its label as its panel's heading,
    unless the panel heads itself ("### Infrastructure environment (AWS)"), as htmlblocks heads an HTML tab panel.

    None when the line holds more than the tag: text, not a component line.
    """
    raw = raws[i]
    tag = _COMPONENT_TAG.fullmatch(raw.strip())
    if tag is None:
        return None
    names = () if tag.group(1) or tag.group(4) else (key.search(tag.group(3)) for key in _TAB_NAMES)
    name = next((name for name in names if name), None)
    label = name and (name.group(1) or name.group(2) or "").strip()
    if not label or _headed_panel(raws, i):
        return [], i + 1
    offset = start + raw.find(label)
    return [new_piece((Block.heading(label, offset, offset + len(label), _TAB_LEVEL), 0.0))], i + 1


def _headed_panel(raws: list[str], i: int) -> bool:
    """Whether the panel a tab's tag opens at line i has a heading of its own as its first line of text."""
    first = next((line.lstrip() for line in raws[i + 1 : i + 1 + _MAX_LINES] if line.strip()), "")
    return first[:1] == "#"


def _fence(raw: str, start: int, i: int, read_markdown: Callable[[str], list[Piece]]) -> tuple[list[Piece], int] | None:
    """An admonition's fence line: markup, dropped; a title in real words is the box's bold lead line.

    A bare type word as title ("Note") is the theme's default title, no content (as htmlblocks reads a box).
    """
    fence = _FENCE.fullmatch(raw.strip())
    if fence is None:
        return None
    title = fence.group(1)
    if not title or title.lower().rstrip(":") in ADMONITION_TYPES:
        return [], i + 1
    offset = start + raw.find(title)
    return _shifted(read_markdown(f"**{title}**"), offset - 2, offset + len(title)), i + 1


def _closing_line(raws: list[str], i: int, name: str) -> int | None:
    """The line holding the closing tag of the element line i opens, None if not within reach."""
    tags = _TAGS[name]
    depth = 0
    for j in range(i, min(len(raws), i + _MAX_LINES)):
        raw = raws[j]
        if "<" not in raw:
            continue
        for tag in tags.finditer(raw):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                return j
    return None


def _blank_after(raws: list[str], i: int) -> int:
    """The first blank line after line i, or the page's end."""
    for j in range(i + 1, len(raws)):
        if not raws[j].strip():
            return j
    return len(raws)


def _html(text: str, start: int, end: int) -> list[Piece]:
    """The pieces of the page's HTML between two offsets, their offsets shifted into the page."""
    return _shifted(html_to_pieces(text[start:end]).pieces, start, end)


def _shifted(pieces: list[Piece], base: int, limit: int) -> list[Piece]:
    """Offsets of a fragment's pieces as offsets of the page (htmlblocks' ends are estimates: capped at limit)."""
    moved = []
    for block, ratio in pieces:
        start = min(block.start + base, limit)
        end = max(start, min(block.end + base, limit))
        moved.append(new_piece((block.model_copy(update={"start": start, "end": end}), ratio)))
    return moved


@lru_cache(maxsize=256)
def _chrome(start_tag: str, name: str) -> bool:
    """Whether htmlblocks removes the element this start tag opens as page chrome (class="ad", ...).

    Asked of an element holding one paragraph: chrome removal leaves nothing of it. A page
    repeats its few start tags ("<details>", its ad slot's): each is asked once.
    """
    start_tag = start_tag.replace("className=", "class=")  # JSX (MDX) names the class attribute className
    return not html_to_pieces(f"{start_tag}<p>text</p></{name}>").pieces


def _disclosure(pieces: list[Piece]) -> list[Piece]:
    """A <details> element as one item: its summary, with the rest of its content as the item's details.

    So an exercise, an FAQ entry or a responsibility folded into a disclosure widget stays one
    entry with its body, as a "title" item with "- detail" lines under it does in markdown. A
    widget folding a group (a Notion toggle around a section's last group of responsibilities)
    is the group: its summary a sub-heading, its items left as they are.
    """
    if not pieces or pieces[0].block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return pieces
    (summary, ratio), *body = pieces
    if _folds_group(body):
        # The deepest level: the widget's title heads a group within whatever section holds it, never a section.
        return [new_piece((Block.heading(summary.text, summary.start, summary.end, 6), ratio)), *body]
    nested = [new_piece((Block.list_item(summary.text, summary.start, summary.end, 0, "•"), ratio))]
    for block, link_ratio in body:
        if block.kind == BlockKind.PARAGRAPH:
            block = Block.list_item(block.text, block.start, block.end, 1, "–")
        elif block.kind == BlockKind.LIST_ITEM:
            block = block.model_copy(update={"depth": (block.depth or 0) + 1})
        nested.append(new_piece((block, link_ratio)))
    return nested


def _folds_group(body: list[Piece]) -> bool:
    """Whether a <details> body is a group of entries rather than one entry's details.

    It is when it holds sub-headings, or when it is a list of several items, nothing beside them, some with
    lines of their own nested under them: entries with their details. A paragraph, a lead paragraph over
    bullets ("The candidate must:" over steps) or a flat list of steps is one entry's body.
    """
    top = [block.kind for block, _ in body if block.kind is not BlockKind.LIST_ITEM or not block.depth]
    if BlockKind.HEADING in top:
        return True
    nested = len(top) < len(body)
    return nested and len(top) > 1 and all(kind is BlockKind.LIST_ITEM for kind in top)
