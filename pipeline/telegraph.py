"""Telegraph's API answer for a page, as the article object the JSON reader reads.

getPage?return_content=true (and createPage/editPage) answers {"ok": true, "result": Page}; a Page is {"path", "url",
"title", "description", "author_name", "content": [Node, ...], "views"}, saved alone too. A Node is a string (text)
or {"tag", "attrs", "children"}, its tag one of the few Telegraph allows. Images, videos and iframes are the page's
media, and a figure holding one is furniture with its caption (an ad's banner, an embedded webinar): dropped. An
aside is kept as an aside, for the noise rules to judge it as any page's. The API gives no date.
"""

from __future__ import annotations

import html

from .feeds import web_url
from .headless import nonblank

__all__ = ["telegraph_article"]


_RESULT, _CONTENT, _PATH = "result", "content", "path"
_TAG, _ATTRS, _CHILDREN = "tag", "attrs", "children"
# Telegraph's allowed elements that carry text; any other tag is read as its children alone.
_ELEMENTS = frozenset((
    "a", "aside", "b", "blockquote", "code", "em", "figcaption", "figure", "h3", "h4", "i", "li", "ol", "p", "pre",
    "s", "strong", "u", "ul",
))  # fmt: skip
_VOID = {"br": "<br>", "hr": "<hr>"}
_MEDIA = frozenset(("img", "video", "iframe"))


def telegraph_article(data: dict) -> dict | None:
    """A Telegraph page (the API's answer, or its "result" alone) as an article object: its Node tree as HTML,
    title, url and path as the slug; None for any other object."""
    page = data.get(_RESULT, data)
    content = page.get(_CONTENT) if isinstance(page, dict) else None
    if not isinstance(content, list) or not isinstance(page.get(_PATH), str) or not _nodes(content):
        return None
    article = _nodes_html(content)
    if not article.strip():
        return None
    url = nonblank(page.get("url"))
    return {
        "html": article,
        "title": nonblank(page.get("title")),
        "slug": nonblank(page.get(_PATH)),
        "url": web_url(url),
    }


def _nodes(content: list) -> bool:
    """Whether a list is a Node array: strings and {"tag"} objects, at least one element among them."""
    return any(isinstance(node, dict) and isinstance(node.get(_TAG), str) for node in content) and all(
        isinstance(node, str) or (isinstance(node, dict) and _TAG in node) for node in content
    )


def _nodes_html(nodes: object) -> str:
    return "".join(map(_node_html, nodes)) if isinstance(nodes, list) else ""


def _node_html(node: object) -> str:
    if isinstance(node, str):
        return html.escape(node, quote=False)
    if not isinstance(node, dict):
        return ""
    tag, children = node.get(_TAG), node.get(_CHILDREN)
    if tag in _VOID:
        return _VOID[tag]
    if tag in _MEDIA or (tag == "figure" and _holds_media(children)):
        return ""
    inner = _nodes_html(children)
    if tag not in _ELEMENTS:
        return inner
    href = node.get(_ATTRS, {}).get("href") if tag == "a" and isinstance(node.get(_ATTRS), dict) else None
    opening = f'<a href="{html.escape(href)}">' if isinstance(href, str) else f"<{tag}>"
    return f"{opening}{inner}</{tag}>"


def _holds_media(children: object) -> bool:
    return isinstance(children, list) and any(isinstance(c, dict) and c.get(_TAG) in _MEDIA for c in children)
