"""A headless CMS's rich text as the HTML its own renderer would give, for the HTML reader: Contentful's Rich Text,
Sanity's Portable Text, ProseMirror's JSON (Storyblok, TipTap) and Strapi's Blocks, each below its own heading.

A headless CMS's delivery API (Contentful's CDA) holds an article as a JSON tree of nodes, not as HTML:
{"nodeType": "document", "content": [{"nodeType": "heading-2", "content": [{"nodeType": "text", "value":
"1) Role Summary", "marks": []}]}, ...]}. Its block and inline nodes map one to one onto HTML elements;
a text's marks (bold, italic, ...) onto inline ones. Embedded entries and assets (embedded-entry-block,
embedded-asset-block, embedded-resource-inline ...) only link to other entries: on a blog they are promos,
newsletter sign-ups and images, never the article's text, so they are dropped, as is every linked entry.
A link (hyperlink, entry-hyperlink, asset-hyperlink) is read as its text: its target is no article text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable

__all__ = [
    "is_portable_text",
    "flagged_text",
    "is_strapi_blocks",
    "lexical_html",
    "marked_text",
    "mobiledoc_html",
    "portable_text_html",
    "prosemirror_html",
    "render_each",
    "rich_text_html",
    "strapi_blocks_html",
    "table_html",
]

_DOCUMENT = "document"
_TEXT = "text"
_EMBEDDED = "embedded-"  # every embedded node type, block or inline, entry, asset or resource
_ELEMENTS = {
    "paragraph": "p",
    **{f"heading-{level}": f"h{level}" for level in range(1, 7)},
    "ordered-list": "ol",
    "unordered-list": "ul",
    "list-item": "li",
    "blockquote": "blockquote",
    "table": "table",
    "table-row": "tr",
    "table-header-cell": "th",
    "table-cell": "td",
}
_VOID_ELEMENTS = {"hr": "<hr>"}
_MARKS = {
    "bold": "strong",
    "italic": "em",
    "underline": "u",
    "code": "code",
    "superscript": "sup",
    "subscript": "sub",
    "strikethrough": "s",
}


def rich_text_html(value: object) -> str | None:
    """A Rich Text document's HTML; None for any value that is no such document."""
    if not isinstance(value, dict) or value.get("nodeType") != _DOCUMENT:
        return None
    out: list[str] = []
    _render_children(value, out)
    return "".join(out)


def _render_children(node: dict, out: list[str]) -> None:
    children = node.get("content")
    if isinstance(children, list):
        for child in children:
            if isinstance(child, dict):
                _render(child, out)


def _render(node: dict, out: list[str]) -> None:
    kind = node.get("nodeType")
    if not isinstance(kind, str) or kind.startswith(_EMBEDDED):
        return
    if kind == _TEXT:
        # Soft line breaks (Shift+Enter in the editor) become <br>, as a span's do.
        out.append(marked_text(node.get("value"), node.get("marks"), _MARKS))
    elif kind in _VOID_ELEMENTS:
        out.append(_VOID_ELEMENTS[kind])
    elif element := _ELEMENTS.get(kind):
        out.append(f"<{element}>")
        _render_children(node, out)
        out.append(f"</{element}>\n")
    else:  # a link (its text), or a node type newer than this reader: its text is kept
        _render_children(node, out)


# Sanity Portable Text -----------------------------------------------------------------------------------------------
#
# A Sanity document keeps its article as a flat list of blocks: {"_type": "block", "style": "h2" | "normal" |
# "blockquote", "children": [{"_type": "span", "text", "marks"}], "markDefs": [...]}; a list is no node of its own but
# a run of blocks marked "listItem" ("bullet", "number") and "level" (1, 2, ...), nested by level as
# @portabletext/to-html does. Every other object in the list is a custom type the site's own components render:
# @sanity/table's {"_type": "table", "rows": [{"cells": [...]}]} is article text; images, ads, newsletter boxes,
# related posts and CTAs are not, and are dropped.

_BLOCK = "block"
_SPAN = "span"
_TABLE = "table"
_BLOCK_STYLES = {"normal": "p", "blockquote": "blockquote", **{f"h{level}": f"h{level}" for level in range(1, 7)}}
_LIST_ELEMENTS = {"bullet": "ul", "number": "ol"}
# Decorators; any other mark names one of the block's markDefs (a link), read as its text.
_DECORATORS = {"strong": "strong", "em": "em", "underline": "u", "code": "code", "strike-through": "s"}


def is_portable_text(value: object) -> bool:
    """Whether a field is Portable Text: a list holding a block (its first one, or any after custom objects)."""
    return isinstance(value, list) and any(_is_block(item) for item in value)


def portable_text_html(blocks: list) -> str:
    """A Portable Text field's HTML: its blocks by style, runs of list blocks as nested lists, its tables; every
    other custom object dropped first, so that an ad placed inside a list does not split it in two."""
    kept = [item for item in blocks if _is_block(item) or _is_table(item)]
    out: list[str] = []
    index = 0
    while index < len(kept):
        item = kept[index]
        if _is_table(item):
            out.append(_portable_table_html(item))
        elif item.get("listItem"):
            end = index + 1
            while end < len(kept) and _is_block(kept[end]) and kept[end].get("listItem"):
                end += 1
            out.append(_portable_list_html(kept[index:end]))
            index = end
            continue
        else:
            element = _BLOCK_STYLES.get(item.get("style"), "p")
            out.append(f"<{element}>{_spans_html(item)}</{element}>\n")
        index += 1
    return "".join(out)


def _is_block(item: object) -> bool:
    return isinstance(item, dict) and item.get("_type") == _BLOCK and isinstance(item.get("children"), list)


def _is_table(item: object) -> bool:
    return isinstance(item, dict) and item.get("_type") == _TABLE


def _portable_list_html(items: list[dict]) -> str:
    """A run of list blocks as nested lists: a deeper level opens a list inside the item before it, a shallower
    one closes lists, a change of kind (bullet, number) at a level starts a new list."""
    out: list[str] = []
    open_lists: list[str] = []  # one element per level, each with an <li> open in it
    for item in items:
        level = item.get("level")
        level = level if isinstance(level, int) and level > 0 else 1
        element = _LIST_ELEMENTS.get(item.get("listItem"), "ul")
        while len(open_lists) > level or (len(open_lists) == level and open_lists[-1] != element):
            out.append(f"</li></{open_lists.pop()}>\n")
        if len(open_lists) == level:
            out.append("</li>\n")
        while len(open_lists) < level:  # a level skipped holds an empty item, as the renderer nests it
            open_lists.append(element)
            out.append(f"<{element}>" if len(open_lists) == level else f"<{element}><li>")
        out.append(f"<li>{_spans_html(item)}")
    out.extend(f"</li></{element}>\n" for element in reversed(open_lists))
    return "".join(out)


def _spans_html(block: dict) -> str:
    """A block's spans joined as written (their spaces are in their text), inline objects dropped."""
    return "".join(
        marked_text(child.get("text"), child.get("marks"), _DECORATORS)
        for child in block["children"]
        if isinstance(child, dict) and child.get("_type") == _SPAN
    )


def _portable_table_html(table: dict) -> str:
    """@sanity/table's rows as a table, its first row the header (the plugin has no header flag)."""
    rows = [row.get("cells") for row in table.get("rows") or () if isinstance(row, dict)]
    rows = [cells for cells in rows if isinstance(cells, list)]
    return table_html(rows[0], rows[1:]) if rows else ""


def table_html(header: list | None, rows: list[list]) -> str:
    """A table of plain-text cells (a string each, anything else empty): its header row, if any, in <thead>."""
    head = f"<thead>{_row_html(header, 'th')}</thead>" if header else ""
    return f"<table>{head}<tbody>{''.join(_row_html(cells, 'td') for cells in rows)}</tbody></table>\n"


def _row_html(cells: list, element: str) -> str:
    return "<tr>" + "".join(f"<{element}>{_escaped(cell)}</{element}>" for cell in cells) + "</tr>"


def _escaped(text: object) -> str:
    """Plain text as HTML: escaped, its line breaks <br> (as a cell's, a span's soft break)."""
    return html.escape(text, quote=False).replace("\n", "<br>") if isinstance(text, str) else ""


def marked_text(text: object, marks: object, elements: dict[str, str]) -> str:
    """A run of text inside the elements its marks name (a mark naming none, a link, adds nothing)."""
    out = _escaped(text)
    if not out:
        return ""
    for mark in marks if isinstance(marks, list) else ():
        name = mark.get("type") if isinstance(mark, dict) else mark
        if element := elements.get(name) if isinstance(name, str) else None:
            out = f"<{element}>{out}</{element}>"
    return out


def flagged_text(leaf: dict, elements: dict[str, str]) -> str:
    """A Slate-style text leaf ({"text": "...", "bold": true}: Hygraph's, Contentstack's) inside the elements its
    flags set to true name, in the order ``elements`` lists them."""
    return marked_text(leaf.get("text"), [flag for flag in elements if leaf.get(flag) is True], elements)


# ProseMirror / TipTap JSON ------------------------------------------------------------------------------------------
#
# Storyblok's rich text field, and the editors built on ProseMirror (TipTap, Payload's and Strapi's), save a tree
# {"type": "doc", "content": [{"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": ...,
# "marks": [{"type": "bold"}]}]}, ...]}. Storyblok names its nodes in snake_case (bullet_list), TipTap in camelCase
# (bulletList). A "blok" node embeds the site's components (promo boxes, CTAs) in the text and is dropped.

_DOC = "doc"
_PM_EMBEDDED = "blok"
_PM_ELEMENTS = {
    "paragraph": "p",
    "blockquote": "blockquote",
    "bullet_list": "ul",
    "bulletList": "ul",
    "ordered_list": "ol",
    "orderedList": "ol",
    "list_item": "li",
    "listItem": "li",
    "table": "table",
    "table_row": "tr",
    "tableRow": "tr",
    "table_cell": "td",
    "tableCell": "td",
    "table_header": "th",
    "tableHeader": "th",
}
_PM_VOID = {"horizontal_rule": "<hr>", "horizontalRule": "<hr>", "hard_break": "<br>", "hardBreak": "<br>"}
_PM_CODE_BLOCKS = ("code_block", "codeBlock")
_PM_MARKS = {**_MARKS, "strong": "strong", "em": "em", "strike": "s"}  # Contentful's names, and ProseMirror's own


def prosemirror_html(value: object) -> str | None:
    """A ProseMirror doc's HTML; None for any value that is no such doc."""
    if not isinstance(value, dict) or value.get("type") != _DOC:
        return None
    out: list[str] = []
    _pm_children(value, out)
    return "".join(out)


def render_each(children: object, render: Callable[[dict, list[str]], None], out: list[str]) -> None:
    """Each node of an editor's children list rendered in order; anything not a list of objects renders nothing."""
    for child in children if isinstance(children, list) else ():
        if isinstance(child, dict):
            render(child, out)


def _pm_children(node: dict, out: list[str]) -> None:
    render_each(node.get("content"), _pm_render, out)


def _pm_render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind == _TEXT:
        out.append(marked_text(node.get("text"), node.get("marks"), _PM_MARKS))
    elif kind in _PM_VOID:
        out.append(_PM_VOID[kind])
    elif kind == "heading":
        level = _pm_attr(node, "level")
        element = f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "p"
        _pm_element(node, element, "", out)
    elif kind in _PM_CODE_BLOCKS:
        out.append("<pre><code>")
        _pm_children(node, out)
        out.append("</code></pre>\n")
    elif element := _PM_ELEMENTS.get(kind):
        start = (_pm_attr(node, "order") or _pm_attr(node, "start")) if element == "ol" else None
        _pm_element(node, element, f' start="{start}"' if isinstance(start, int) and start != 1 else "", out)
    elif kind != _PM_EMBEDDED:  # a node type newer than this reader: its text is kept
        _pm_children(node, out)


def _pm_element(node: dict, element: str, attributes: str, out: list[str]) -> None:
    out.append(f"<{element}{attributes}>")
    _pm_children(node, out)
    out.append(f"</{element}>\n")


def _pm_attr(node: dict, name: str) -> object:
    attrs = node.get("attrs")
    return attrs.get(name) if isinstance(attrs, dict) else None


# Strapi's Blocks editor ---------------------------------------------------------------------------------------------
#
# Strapi 5's rich text (Blocks) field saves a list of nodes {"type": "paragraph" | "heading" ("level") | "list"
# ("format": "ordered" or "unordered") | "list-item" | "quote" | "code" | "link" | "image", "children": [...]}, a
# text node {"type": "text", "text": ..., "bold": true} its marks as flags. An image holds no article text.

_SB_ELEMENTS = {"paragraph": "p", "list-item": "li", "quote": "blockquote", "code": "pre"}
_SB_MARKS = ("bold", "italic", "underline", "strikethrough", "code")
_SB_IMAGE = "image"


def is_strapi_blocks(value: object) -> bool:
    """Whether a field holds Strapi Blocks: a list of typed nodes with children."""
    first = value[0] if isinstance(value, list) and value else None
    return isinstance(first, dict) and isinstance(first.get("type"), str) and isinstance(first.get("children"), list)


def strapi_blocks_html(blocks: list) -> str:
    """A Blocks field's HTML."""
    out: list[str] = []
    _sb_children(blocks, out)
    return "".join(out)


def _sb_children(children: object, out: list[str]) -> None:
    render_each(children, _sb_render, out)


def _sb_render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind == _TEXT:
        out.append(marked_text(node.get("text"), [mark for mark in _SB_MARKS if node.get(mark) is True], _MARKS))
    elif element := _sb_element(node):
        out.append(f"<{element}>")
        _sb_children(node.get("children"), out)
        out.append(f"</{element}>\n")
    elif kind != _SB_IMAGE:  # a link (its text), or a node type newer than this reader: its text is kept
        _sb_children(node.get("children"), out)


def _sb_element(node: dict) -> str | None:
    kind, level = node.get("type"), node.get("level")
    if kind == "heading":
        return f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "p"
    if kind == "list":
        return "ol" if node.get("format") == "ordered" else "ul"
    return _SB_ELEMENTS.get(kind) if isinstance(kind, str) else None


# Ghost's Lexical editor -----------------------------------------------------------------------------------------------
#
# Ghost 5's Admin API may hand a post with "html": null and its article only in "lexical", a JSON string of the
# editor's state {"root": {"children": [...]}}: element nodes (heading "tag", paragraph, quote, list "listType" with
# listitem children, a nested list inside a listitem for sub-items), text nodes whose "format" is a bit set (1 bold,
# 2 italic, 4 strikethrough, 8 underline, 16 code, 32 subscript, 64 superscript), and Ghost's cards as decorator
# nodes. Ghost names its own variants "extended-text", "extended-heading" ...: read as the node they extend.
# Cards are rendered with the markup Ghost's own renderer gives (kg-callout-card, kg-toggle-card), which the HTML
# reader already reads; cards that are site furniture (bookmarks, images, sign-ups, buttons ...) are dropped.

_LX_EXTENDED = "extended-"
_LX_ELEMENTS = {"paragraph": "p", "quote": "blockquote", "aside": "blockquote", "listitem": "li"}
_HEADING_TAGS = frozenset(f"h{level}" for level in range(1, 7))
_LX_VOID = {"linebreak": "<br>", "horizontalrule": "<hr>\n"}
_LX_FORMATS = ((1, "strong"), (2, "em"), (4, "s"), (8, "u"), (16, "code"), (32, "sub"), (64, "sup"))
_LX_FURNITURE = frozenset(
    "bookmark image gallery signup button paywall embed video audio file product header email email-cta"
    " call-to-action".split()
)  # fmt: skip


def lexical_html(value: object) -> str | None:
    """A Ghost post's Lexical state (a JSON string, or its parsed object) as HTML; None for anything else."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    root = value.get("root") if isinstance(value, dict) else None
    if not isinstance(root, dict):
        return None
    out: list[str] = []
    _lx_children(root, out)
    return "".join(out)


def _lx_children(node: dict, out: list[str]) -> None:
    render_each(node.get("children"), _lx_render, out)


def _lx_render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    kind = kind.removeprefix(_LX_EXTENDED) if isinstance(kind, str) else ""
    if kind == _TEXT:
        out.append(_lx_text(node))
    elif kind in _LX_VOID:
        out.append(_LX_VOID[kind])
    elif kind in _LX_FURNITURE:
        return
    elif kind in _LX_CARDS:
        out.append(_LX_CARDS[kind](node))
    elif element := _lx_element(node, kind):
        out.append(f"<{element}>")
        _lx_children(node, out)
        out.append(f"</{element}>\n")
    else:  # a link, autolink, or a node type newer than this reader: its text is kept
        _lx_children(node, out)


def _lx_element(node: dict, kind: str) -> str | None:
    if kind == "heading":
        tag = node.get("tag")
        return tag if tag in _HEADING_TAGS else "p"
    if kind == "list":
        return "ol" if node.get("listType") == "number" else "ul"
    return _LX_ELEMENTS.get(kind)


def _lx_text(node: dict) -> str:
    """A text node inside the elements its format bits name (a code highlight's text as it is)."""
    out = _escaped(node.get("text"))
    bits = node.get("format")
    for bit, element in _LX_FORMATS if out and isinstance(bits, int) else ():
        if bits & bit:
            out = f"<{element}>{out}</{element}>"
    return out


def _lx_card_string(node: dict, key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _lx_code(node: dict) -> str:
    """A code block: a code card's "code" string, or a code node's text children."""
    if "code" in node:
        return f"<pre><code>{_escaped(node.get('code'))}</code></pre>\n"
    out: list[str] = ["<pre><code>"]
    _lx_children(node, out)
    return "".join(out) + "</code></pre>\n"


# A card's HTML as Ghost renders it; a markdown card's text kept preformatted (the pipeline renders no markdown
# into HTML), its lines and list markers read as the HTML reader reads a <pre>.
_LX_CARDS = {
    "html": lambda node: _lx_card_string(node, "html") + "\n",
    "markdown": lambda node: f"<pre>{_escaped(node.get('markdown'))}</pre>\n",
    "callout": lambda node: (
        f'<div class="kg-card kg-callout-card"><div class="kg-callout-text">{_lx_card_string(node, "calloutText")}'
        "</div></div>\n"
    ),
    "toggle": lambda node: (
        f'<div class="kg-card kg-toggle-card"><h4 class="kg-toggle-heading-text">{_lx_card_string(node, "heading")}'
        f'</h4><div class="kg-toggle-content">{_lx_card_string(node, "content")}</div></div>\n'
    ),
    "code": _lx_code,
    "codeblock": _lx_code,
}


# Ghost's Mobiledoc (Ghost 4) ------------------------------------------------------------------------------------------
#
# Before Lexical, Ghost saved a post as "mobiledoc", a JSON string {"markups": [["strong"], ["a", [...]]],
# "cards": [["markdown", {"markdown": ...}], ["html", {"html": ...}]], "sections": [...]}: a section is
# [1, tag, markers] (a paragraph or heading), [3, "ul" | "ol", [markers, ...]] (a list, one marker list an item) or
# [10, card index]; a marker [0, opened markup indexes, closed count, text] (an atom, type 1, is dropped). Cards
# read as Lexical's of the same name.

_MD_MARKUP, _MD_LIST, _MD_CARD = 1, 3, 10
_MD_TEXT_MARKER = 0
_MD_TAGS = frozenset({"p", "blockquote", "aside", "pre", *_HEADING_TAGS})


def mobiledoc_html(value: object) -> str | None:
    """A Ghost post's Mobiledoc (a JSON string) as HTML; None for anything else."""
    try:
        doc = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    sections = doc.get("sections") if isinstance(doc, dict) else None
    if not isinstance(sections, list):
        return None
    markups = [m[0] if isinstance(m, list) and m and isinstance(m[0], str) else "" for m in doc.get("markups") or ()]
    cards = doc.get("cards") if isinstance(doc.get("cards"), list) else []
    return "".join(_md_section(section, markups, cards) for section in sections if isinstance(section, list))


def _md_section(section: list, markups: list[str], cards: list) -> str:
    kind = section[0] if section else None
    if kind == _MD_CARD and len(section) > 1 and isinstance(section[1], int) and section[1] < len(cards):
        card = cards[section[1]]
        if isinstance(card, list) and len(card) > 1 and isinstance(card[1], dict) and isinstance(card[0], str):
            render = _LX_CARDS.get(card[0]) if card[0] not in ("code", "codeblock") else None
            return render(card[1]) if render else ""
        return ""
    if len(section) < 3 or not isinstance(section[1], str) or not isinstance(section[2], list):
        return ""
    tag = section[1].lower()
    if kind == _MD_LIST:
        element = "ol" if tag == "ol" else "ul"
        items = "".join(f"<li>{_md_markers(item, markups)}</li>" for item in section[2] if isinstance(item, list))
        return f"<{element}>{items}</{element}>\n"
    if kind == _MD_MARKUP:
        element = tag if tag in _MD_TAGS else "p"
        return f"<{element}>{_md_markers(section[2], markups)}</{element}>\n"
    return ""


def _md_markers(markers: list, markups: list[str]) -> str:
    """A section's markers as inline HTML: each opens its markups and closes the last few open ones."""
    out: list[str] = []
    open_tags: list[str] = []
    for marker in markers:
        if not isinstance(marker, list) or len(marker) < 4:
            continue
        kind, opened, closed, text = marker[:4]
        for index in opened if isinstance(opened, list) else ():
            tag = markups[index] if isinstance(index, int) and index < len(markups) else ""
            tag = tag if tag in _MD_INLINE else "span"
            open_tags.append(tag)
            out.append(f"<{tag}>")
        if kind == _MD_TEXT_MARKER:
            out.append(_escaped(text))
        for _ in range(min(closed, len(open_tags)) if isinstance(closed, int) else 0):
            out.append(f"</{open_tags.pop()}>")
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(out)


_MD_INLINE = frozenset({"strong", "b", "em", "i", "u", "s", "code", "sub", "sup"})  # a link's <a> read as its text
