"""Hygraph's (GraphCMS's) GraphQL Content API answers as the article objects the JSON reader reads.

Hygraph answers a query {"data": {"post": {"title", "slug", "publishedAt", "updatedAt", ..., "<field>": {"json":
{"children": [...]}, "references": [entry, ...]}}}} ("posts": [post, ...] for a listing). A Rich Text field asked
for as "json" (or "raw") is a Slate tree: typed element nodes (heading-one ... heading-six, paragraph,
bulleted-list / numbered-list of list-item holding a list-item-child and nested lists, table / table_head /
table_body / table_row / table_header_cell / table_cell, block-quote, code-block, link) and text leaves whose marks
are flags ({"text", "bold": true}). Media nodes and an "embed" (a reference to another entry, on a blog a CTA or an
ad) are the site's, not the article's, and so is a "class" wrapper whose className names a promotion; another
"class" wrapper's children are kept. A field that also holds "html" or "markdown" is read by the GraphQL reader
first (sources.py asks this reader only after it).
"""

from __future__ import annotations

from .cmsjson import is_promotion
from .headless import cms_article, first_text, nonblank
from .richtext import flagged_text, render_each

__all__ = ["hygraph_articles"]

_DATA, _CHILDREN = "data", "children"
_AST_KEYS = ("json", "raw")  # a Rich Text field's AST, as the query named it
_PUBLISHED_KEYS = ("publishedAt", "date", "createdAt")
_MODIFIED_KEYS = ("updatedAt",)
_URL_KEYS = ("url", "canonicalUrl")
_ELEMENTS = {
    "paragraph": "p", "block-quote": "blockquote", "bulleted-list": "ul", "numbered-list": "ol", "list-item": "li",
    "table": "table", "table_head": "thead", "table_body": "tbody", "table_row": "tr", "table_header_cell": "th",
    "table_cell": "td", "code-block": "pre",
}  # fmt: skip
_HEADINGS = {f"heading-{word}": f"h{level}" for level, word in enumerate("one two three four five six".split(), 1)}
_MARKS = {"bold": "strong", "italic": "em", "underline": "u", "code": "code"}
_DROPPED = frozenset(("image", "video", "iframe", "embed"))  # media, and other entries (CTAs) the text embeds
_WRAPPER = "class"
# A code block holding an embed's markup (a comment widget's mount comment, a <script>) is the site's, no code.
_EMBED_CODE = ("<!--", "<script", "<iframe", "<noscript", "<div")


def hygraph_articles(data: object) -> object | None:
    """A Hygraph answer's post(s) holding a Rich Text AST as article objects, a listing's one post the file's only
    page; None when the answer holds none."""
    if not isinstance(data, dict):
        return None
    root = data.get(_DATA) if isinstance(data.get(_DATA), dict) else data
    for value in root.values():
        records = value if isinstance(value, list) else [value]
        articles = [article for record in records if isinstance(record, dict) and (article := _article(record))]
        if articles:
            return articles[0] if len(articles) == 1 else articles
    return None


def _rich_text_ast(value: object) -> dict | None:
    """A Rich Text field's Slate tree (its "json" or "raw"), None for any other value."""
    for key in _AST_KEYS if isinstance(value, dict) else ():
        ast = value.get(key)
        if isinstance(ast, dict) and isinstance(ast.get(_CHILDREN), list):
            return ast
    return None


def _article(post: dict) -> dict | None:
    """A post as an article object: its longest Rich Text field as "html", its title, slug, url and dates; None
    for a post without one."""
    trees = filter(None, map(_rich_text_ast, post.values()))
    article = max((_html(tree) for tree in trees), key=len, default="")
    if not article:
        return None
    return cms_article(
        post,
        article,
        title=nonblank(post.get("title")),
        url=first_text(post, _URL_KEYS),
        published_keys=_PUBLISHED_KEYS,
        modified_keys=_MODIFIED_KEYS,
    )


def _html(tree: dict) -> str:
    out: list[str] = []
    _children(tree, out)
    return "".join(out)


def _children(node: dict, out: list[str]) -> None:
    render_each(node.get(_CHILDREN), _render, out)


def _render(node: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind is None:  # a text leaf
        out.append(flagged_text(node, _MARKS))
    elif kind in _DROPPED or (kind == _WRAPPER and _is_promotion_box(node)):
        return
    elif kind == "code-block" and _leaf_text(node).lstrip().lower().startswith(_EMBED_CODE):
        return
    elif element := _ELEMENTS.get(kind) or _HEADINGS.get(kind):
        out.append(f"<{element}>")
        _children(node, out)
        out.append(f"</{element}>\n")
    else:  # a link, a list-item-child, a kept wrapper, or a node newer than this reader: its text is kept
        _children(node, out)


def _is_promotion_box(node: dict) -> bool:
    name = node.get("className")
    return isinstance(name, str) and any(is_promotion(word) for word in name.split())


def _leaf_text(node: dict) -> str:
    return "".join(
        child.get("text") if isinstance(child.get("text"), str) else _leaf_text(child)
        for child in node.get(_CHILDREN) or ()
        if isinstance(child, dict)
    )
