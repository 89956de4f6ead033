"""Editor.js saves, bare or inside a CMS's post object, as the article objects the JSON reader reads.

`editor.save()` gives {"time", "version", "blocks": [{"id", "type", "data"}, ...]}; a custom CMS stores it under a
field of its post ({"title", "slug", "published_at", "updated_at", "body": {...}, "seo", "related", ...}). A block's
"data" by type: header {"text", "level"}, paragraph {"text"} (inline HTML already: <b>, <i>, <a>, entities), list
{"style": "ordered" | "unordered" | "checklist", "items"} (strings, or the nested-list plugin's {"content", "meta",
"items"}), checklist {"items": [{"text", "checked"}]}, table {"withHeadings", "content": rows}, quote {"text",
"caption"}, warning {"title", "message"}, code {"code"}, delimiter. Raw HTML blocks (ad slots, share bars, sign-up
and comment boxes), embeds, images, link cards and file attachments are the site's furniture, no article text.
"""

from __future__ import annotations

import html

from .headless import cms_article, first_text, nonblank

__all__ = ["editorjs_articles"]

_BLOCKS, _TYPE, _DATA = "blocks", "type", "data"
_FURNITURE = frozenset(("raw", "embed", "image", "simpleImage", "linkTool", "attaches", "personality", "button"))
_LISTS = {"ordered": "ol", "unordered": "ul", "checklist": "ul"}
_TITLE_KEYS = ("title", "name", "headline")
_URL_KEYS = ("url", "canonical_url", "canonicalUrl", "link")
_PUBLISHED_KEYS = ("published_at", "publishedAt", "date_published", "created_at", "createdAt")
_MODIFIED_KEYS = ("updated_at", "updatedAt", "date_modified")
# A post's save sits a field or two down (a listing's "data"/"posts" list, a GraphQL "data" object): searched no
# deeper, so that a large JSON of another shape is given up on quickly.
_MAX_DEPTH = 3


def editorjs_articles(data: object) -> object | None:
    """The Editor.js posts a JSON value holds (a bare save, a post with one in a field, a listing of them) as article
    objects, one the file's only page; None when it holds none."""
    articles = _articles(data, 0)
    if not articles:
        return None
    return articles[0] if len(articles) == 1 else articles


def _articles(value: object, depth: int) -> list[dict]:
    if isinstance(value, list):
        return [article for item in value for article in _articles(item, depth + 1)] if depth < _MAX_DEPTH else []
    if not isinstance(value, dict):
        return []
    if _is_save(value):
        return [{"html": _save_html(value)}]
    if save := next((field for field in value.values() if _is_save(field)), None):
        return [_post_article(value, save)]
    if depth >= _MAX_DEPTH:
        return []
    fields = (field for field in value.values() if isinstance(field, dict | list))
    return [article for field in fields for article in _articles(field, depth + 1)]


def _is_save(value: object) -> bool:
    """Whether a value is an Editor.js save: a "blocks" list whose objects each have a type and a data object."""
    blocks = value.get(_BLOCKS) if isinstance(value, dict) else None
    return (
        isinstance(blocks, list)
        and bool(blocks)
        and all(isinstance(block, dict) and isinstance(block.get(_TYPE), str) for block in blocks)
        and all(isinstance(block.get(_DATA), dict) for block in blocks)
    )


def _post_article(post: dict, save: dict) -> dict:
    """A post as an article object: its save as HTML, its title, slug, address and dates (never its seo, navigation
    or related posts' fields)."""
    article = cms_article(
        post,
        _save_html(save),
        title=first_text(post, _TITLE_KEYS),
        url=first_text(post, _URL_KEYS),
        published_keys=_PUBLISHED_KEYS,
        modified_keys=_MODIFIED_KEYS,
    )
    return {"id": post.get("id"), **article}


def _save_html(save: dict) -> str:
    return "".join(_block_html(block[_TYPE], block[_DATA]) for block in save[_BLOCKS])


def _block_html(kind: str, data: dict) -> str:
    if kind in _FURNITURE:
        return ""
    if kind == "header":
        level = data.get("level")
        tag = f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "h2"
        return f"<{tag}>{_inline(data.get('text'))}</{tag}>\n"
    if kind == "list":
        return _list_html(_LISTS.get(data.get("style"), "ul"), data.get("items"))  # type: ignore[arg-type]
    if kind == "checklist":
        return _list_html("ul", data.get("items"))
    if kind == "table":
        return _table_html(data.get("content"), data.get("withHeadings") is True)
    if kind == "quote":
        return _quote_html(data)
    if kind == "warning":
        # a callout box, its title marked as an admonition's (a bare "Note" goes): the noise rules judge a promotion
        title = data.get("title")
        title = f'<p class="callout-title"><strong>{title}</strong></p>' if nonblank(title) else ""
        return f'<div class="callout editorjs-warning">{title}<p>{_inline(data.get("message"))}</p></div>\n'
    if kind == "code":
        code = data.get("code")
        return f"<pre><code>{html.escape(code, quote=False)}</code></pre>\n" if isinstance(code, str) else ""
    if kind == "delimiter":
        return "<hr>\n"
    # a paragraph, or a plugin newer than this reader: its text, if it has one, is kept
    return f"<p>{_inline(data.get('text'))}</p>\n" if nonblank(data.get("text")) else ""


def _inline(text: object) -> str:
    """A block's text, inline HTML as Editor.js saves it (its tags and entities read by the HTML reader)."""
    return text if isinstance(text, str) else ""


def _list_html(tag: str, items: object) -> str:
    """A list, its items strings or objects: the nested-list plugin's {"content", "items"}, a checklist's "text"."""
    if not isinstance(items, list) or not items:
        return ""
    out = [f"<{tag}>"]
    for item in items:
        if isinstance(item, dict):
            text = item.get("content", item.get("text"))
            out.append(f"<li>{_inline(text)}{_list_html(tag, item.get('items'))}</li>")
        else:
            out.append(f"<li>{_inline(item)}</li>")
    out.append(f"</{tag}>\n")
    return "".join(out)


def _table_html(rows: object, headings: bool) -> str:
    """A table of inline-HTML cells, its first row header cells when the block says it has headings."""
    rows = [row for row in rows if isinstance(row, list)] if isinstance(rows, list) else []
    if not rows:
        return ""
    out = ["<table>"]
    for index, row in enumerate(rows):
        cell = "th" if headings and index == 0 else "td"
        out.append("<tr>" + "".join(f"<{cell}>{_inline(text)}</{cell}>" for text in row) + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def _quote_html(data: dict) -> str:
    """A quote, signed by its caption in a <cite> as the HTML reader expects of a pull quote."""
    if not nonblank(text := data.get("text")):
        return ""
    caption = f"<cite>{_inline(data.get('caption'))}</cite>" if nonblank(data.get("caption")) else ""
    return f"<blockquote><p>{_inline(text)}</p>{caption}</blockquote>\n"
