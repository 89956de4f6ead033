"""The Wix Blog REST API's posts, their Ricos rich content, as the article objects the JSON reader reads.

Get Post answers {"post": {...}}, List and Query Posts {"posts": [...], "metaData": {...}}, a post holding "title",
"slug", "url": {"base", "path"}, "firstPublishedDate", "lastPublishedDate" and, asked with the RICH_CONTENT
fieldset, "richContent": {"nodes": [...]}: Ricos nodes {"type": "PARAGRAPH" | "HEADING" | "ORDERED_LIST" | ...,
"nodes": [...], "<kind>Data": {...}}, a TEXT node's "textData" {"text", "decorations": [{"type": "BOLD"}, ...]}.
Buttons, images, galleries, videos, HTML embeds (ads), link previews and polls are the site's furniture, no article
text. Ghost's API answers {"posts": [...]} too: a Wix post is told by its "richContent".
"""

from __future__ import annotations

from .feeds import utc_date
from .headless import nonblank
from .layout import is_quotation
from .richtext import marked_text, render_each

__all__ = ["wix_articles"]

_POST, _POSTS = "post", "posts"
_RICH_CONTENT = "richContent"
_ELEMENTS = {
    "PARAGRAPH": "p",
    "BULLETED_LIST": "ul",
    "LIST_ITEM": "li",
    "BLOCKQUOTE": "blockquote",
    "COLLAPSIBLE_ITEM": "details",
    "COLLAPSIBLE_ITEM_TITLE": "summary",
}
_VOID = {"DIVIDER": "<hr>\n", "LINE_BREAK": "<br>"}
_FURNITURE = frozenset(
    "BUTTON IMAGE GALLERY VIDEO HTML LINK_PREVIEW EMBED POLL AUDIO FILE GIF MAP APP_EMBED CAPTION".split()
)
_DECORATIONS = {"BOLD": "strong", "ITALIC": "em", "UNDERLINE": "u"}  # a LINK is read as its text


def wix_articles(data: dict) -> object | None:
    """A Wix Blog answer's posts with rich content (or such a post alone) as article objects, one post the file's
    only page; None for any other JSON."""
    posts = [data[_POST]] if isinstance(data.get(_POST), dict) else data.get(_POSTS)
    posts = posts if isinstance(posts, list) else [data]
    if not posts or not _has_rich_content(posts[0]):
        return None
    articles = [_article(post) or post for post in posts]
    return articles[0] if len(articles) == 1 else articles


def _has_rich_content(post: object) -> bool:
    content = post.get(_RICH_CONTENT) if isinstance(post, dict) else None
    return isinstance(content, dict) and isinstance(content.get("nodes"), list)


def _article(post: object) -> dict | None:
    """A post as an article object: its rich content as HTML, its title, slug, address and dates."""
    if not _has_rich_content(post):
        return None
    out: list[str] = []
    _children(post[_RICH_CONTENT], out)
    url = post.get("url")
    base, path = (nonblank(url.get("base")), nonblank(url.get("path"))) if isinstance(url, dict) else (None, None)
    return {
        "html": "".join(out),
        "title": nonblank(post.get("title")),
        "slug": nonblank(post.get("slug")),
        "url": base + path if base and path else nonblank(url),
        "date_published": utc_date(nonblank(post.get("firstPublishedDate"))),
        "date_modified": utc_date(nonblank(post.get("lastPublishedDate"))),
    }


def _children(node: dict, out: list[str]) -> None:
    render_each(node.get("nodes"), _render, out)


def _render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind == "TEXT":
        data = node.get("textData") if isinstance(node.get("textData"), dict) else {}
        out.append(marked_text(data.get("text"), data.get("decorations"), _DECORATIONS))
    elif kind in _VOID:
        out.append(_VOID[kind])
    elif kind in _FURNITURE:
        return
    elif kind == "PARAGRAPH" and not node.get("nodes"):
        return  # Wix's editor puts an empty paragraph between every two blocks: no paragraph of the article
    elif kind == "BLOCKQUOTE" and _pull_quote(node):
        return
    elif kind == "TABLE":
        _table(node, out)
    elif element := _element(node, kind):
        start = _data(node, "orderedListData").get("start") if element == "ol" else None
        out.append(f'<{element} start="{start}">' if isinstance(start, int) and start != 1 else f"<{element}>")
        _children(node, out)
        out.append(f"</{element}>\n")
    else:  # a collapsible list's or body's wrapper, or a node type newer than this reader: its text is kept
        _children(node, out)


def _pull_quote(node: dict) -> bool:
    """Whether a quote block is a pull quote or testimonial: a quoted sentence, signed after a dash or not ('"Our
    retention jumped ..." — Maya R., studio owner'). Ricos has no <cite> to sign it, which tells the HTML reader."""
    return is_quotation(" ".join(_texts(node)))


def _texts(node: dict) -> list[str]:
    """A node's TEXT strings, in order."""
    data = node.get("textData")
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return [data["text"]]
    children = node.get("nodes")
    if not isinstance(children, list):
        return []
    return [text for child in children if isinstance(child, dict) for text in _texts(child)]


def _element(node: dict, kind: object) -> str | None:
    if kind == "HEADING":
        level = _data(node, "headingData").get("level")
        return f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "p"
    if kind == "ORDERED_LIST":
        return "ol"
    if kind == "CODE_BLOCK":
        return "pre"
    return _ELEMENTS.get(kind) if isinstance(kind, str) else None


def _table(node: dict, out: list[str]) -> None:
    """A table, its first row header cells when the table says it has a row header."""
    rows = [row for row in node.get("nodes") or () if isinstance(row, dict)]
    out.append("<table>")
    for index, row in enumerate(rows):
        cell = "th" if index == 0 and _data(node, "tableData").get("rowHeader") is True else "td"
        out.append("<tr>")
        for child in row.get("nodes") or ():
            if isinstance(child, dict):
                out.append(f"<{cell}>")
                _children(child, out)
                out.append(f"</{cell}>")
        out.append("</tr>\n")
    out.append("</table>\n")


def _data(node: dict, key: str) -> dict:
    data = node.get(key)
    return data if isinstance(data, dict) else {}
