"""Contentstack's Content Delivery API entry, as the article objects the JSON reader reads.

GET /v3/content_types/{type}/entries/{uid} answers {"entry": {"uid", "title", "url", "locale", "created_at",
"updated_at", "publish_details": {"time"}, <fields>}}, a query {"entries": [entry, ...]}. A JSON RTE field holds
the article as a tree {"type": "doc", "children": [...]} of nodes named after their HTML elements (h2, p, ul, li,
table, thead, tr, td, ...), a leaf {"text", "bold": true, ...} its marks as flags. A "fragment" only wraps its
children. A "reference" node embeds another entry or an asset (a promo banner, an image) and is dropped, as are
images and a code node holding an embed's markup (a chat widget's). The entry's other fields (modular_blocks,
seo, navigation, _embedded_items) are the site's furniture and never read.
"""

from __future__ import annotations

from .feeds import utc_date, web_url
from .headless import articles_of, first_text, nonblank
from .richtext import flagged_text, marked_text, render_each

__all__ = ["contentstack_articles"]

_ENTRY, _ENTRIES, _CHILDREN, _DOC = "entry", "entries", "children", "doc"
_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_ELEMENTS = frozenset(
    ("p", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", *_HEADINGS)
)  # fmt: skip
_CELLS = frozenset(("th", "td"))
_DROPPED = frozenset(("reference", "img", "embed"))  # embedded entries and assets, images: no article text
_MARKS = {"bold": "strong", "italic": "em", "underline": "u", "inlineCode": "code", "strikethrough": "s"}
# A code node holding an embed's markup (a chat widget's comment, a tracker's <script>) is the site's.
_EMBED_CODE = ("<!--", "<script", "<iframe", "<noscript")
_PUBLISHED, _MODIFIED = ("created_at",), ("updated_at",)


def contentstack_articles(data: dict) -> object | None:
    """An entry, or a query's entries, holding a JSON RTE field as article objects (one the file's only page);
    None for any other JSON."""
    entry, entries = data.get(_ENTRY), data.get(_ENTRIES)
    if isinstance(entry, dict):
        return _article(entry)
    if isinstance(entries, list) and entries:
        return articles_of(entries, lambda item: _article(item) if isinstance(item, dict) else None)
    return None


def _is_rte(value: object) -> bool:
    return isinstance(value, dict) and value.get("type") == _DOC and isinstance(value.get(_CHILDREN), list)


def _article(entry: dict) -> dict | None:
    """An entry as an article object: its longest JSON RTE field as "html", title, url, slug and dates; None for
    an entry without one."""
    article = max((_rte_html(value) for value in entry.values() if _is_rte(value)), key=len, default="")
    if not article:
        return None
    url = nonblank(entry.get("url"))
    published = entry.get("publish_details")
    published = published.get("time") if isinstance(published, dict) else None
    return {
        "html": article,
        "title": nonblank(entry.get("title")),
        # A url relative to the site ("/careers/<slug>") still names the page.
        "slug": nonblank(url.rstrip("/").rsplit("/", 1)[-1]) if url else None,
        "url": web_url(url),
        "date_published": utc_date(nonblank(published) or first_text(entry, _PUBLISHED)),
        "date_modified": utc_date(first_text(entry, _MODIFIED)),
    }


def _rte_html(doc: dict) -> str:
    out: list[str] = []
    _children(doc, out)
    return "".join(out)


def _children(node: dict, out: list[str]) -> None:
    render_each(node.get(_CHILDREN), _render, out)


def _render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind is None and "text" in node:
        out.append(flagged_text(node, _MARKS))
    elif kind in _DROPPED:
        return
    elif kind == "hr":
        out.append("<hr>\n")
    elif kind == "code":
        out.append(_code_html(node))
    elif kind in _CELLS:
        out.append(f"<{kind}>{_cell_text(node)}</{kind}>")
    elif kind in _ELEMENTS:
        out.append(f"<{kind}>")
        _children(node, out)
        out.append(f"</{kind}>\n")
    else:  # a link (its text), a fragment (its children), or a node type newer than this reader: its text kept
        _children(node, out)


def _cell_text(cell: dict) -> str:
    """A table cell's paragraphs as its lines."""
    lines: list[str] = []
    for child in cell.get(_CHILDREN) or ():
        if isinstance(child, dict):
            part: list[str] = []
            _children(child, part) if child.get("type") == "p" else _render(child, part)
            lines.append("".join(part))
    return "<br>".join(line for line in lines if line)


def _code_html(node: dict) -> str:
    """A code block's text preformatted; an embed's markup ""."""
    leaves = node.get(_CHILDREN) if isinstance(node.get(_CHILDREN), list) else ()
    code = "".join(
        leaf.get("text") or "" for leaf in leaves if isinstance(leaf, dict) and isinstance(leaf.get("text"), str)
    )
    if not code.strip() or code.lstrip().lower().startswith(_EMBED_CODE):
        return ""
    return f"<pre>{marked_text(code, None, _MARKS)}</pre>\n"
