"""A Contentful Rich Text document as the HTML its own renderer would give, for the HTML reader.

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

__all__ = ["rich_text_html"]

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
        out.append(_text_html(node))
    elif kind in _VOID_ELEMENTS:
        out.append(_VOID_ELEMENTS[kind])
    elif element := _ELEMENTS.get(kind):
        out.append(f"<{element}>")
        _render_children(node, out)
        out.append(f"</{element}>\n")
    else:  # a link (its text), or a node type newer than this reader: its text is kept
        _render_children(node, out)


def _text_html(node: dict) -> str:
    """A text node escaped, its soft line breaks (Shift+Enter in the editor) as <br>, inside its marks' elements."""
    value = node.get("value")
    if not isinstance(value, str) or not value:
        return ""
    text = html.escape(value, quote=False).replace("\n", "<br>")
    marks = node.get("marks")
    for mark in marks if isinstance(marks, list) else ():
        element = _MARKS.get(mark.get("type")) if isinstance(mark, dict) else None
        if element:
            text = f"<{element}>{text}</{element}>"
    return text
