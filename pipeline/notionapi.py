"""The Notion API's page and block JSON, as the article objects the JSON reader reads.

GET /v1/pages/{id} answers a page object {"object": "page", "id", "created_time", "last_edited_time", "url",
"public_url", "properties": {...}}, its title the one property of type "title" (whatever its name); its text comes
from GET /v1/blocks/{id}/children, a listing {"object": "list", "results": [block, ...], "next_cursor", "has_more"}.
A script saving a page merges the two ({"page": {...}, "blocks": [...]}) with each block's own children inlined
under "children". A block is {"object": "block", "type": kind, kind: {"rich_text": [...], ...}}; a rich text run
{"plain_text", "annotations": {"bold": true, ...}, "href"}. Databases, child pages, bookmarks, embeds, media and
navigation blocks are the page's furniture (related-page lists, ads, photos), no article text: dropped. A callout
is kept as an aside, for the noise rules to judge as any page's (a note, or a promo box).
"""

from __future__ import annotations

import re

from .feeds import utc_date
from .headless import nonblank
from .richtext import marked_text, render_each

__all__ = ["notion_articles"]

_OBJECT, _PAGE, _BLOCK, _LIST = "object", "page", "block", "list"
_RESULTS, _BLOCKS, _CHILDREN = "results", "blocks", "children"
_TEXT_ELEMENTS = {
    "paragraph": "p",
    "heading_1": "h1",
    "heading_2": "h2",
    "heading_3": "h3",
    "quote": "blockquote",
    "callout": "p",  # its text without its icon, as notionhtml.py reads it: a note, or a promo the noise rules drop
    "code": "pre",
}
_LIST_ITEMS = {"bulleted_list_item": "ul", "numbered_list_item": "ol", "to_do": "ul"}
_CONTAINERS = frozenset(("column_list", "column", "synced_block"))  # their children in order, no text of their own
_ANNOTATIONS = {"bold": "strong", "italic": "em", "code": "code"}  # a link (href) is read as its text
# A page's address ends in its title's words and its 32-hex id: the words are the slug.
_PAGE_ID = re.compile(r"-?[0-9a-f]{32}$")


def notion_articles(data: dict) -> object | None:
    """A Notion page with its blocks ({"page", "blocks"}), a block children listing, or a listing of pages with
    their blocks, as article objects (one the file's only page); None for any other JSON."""
    pages = _pages(data)
    if not pages:
        return None
    articles = [_article(page, blocks) for page, blocks in pages]
    return articles[0] if len(articles) == 1 else articles


def _pages(data: dict) -> list[tuple[dict, list]]:
    """The (page object, its blocks) pairs a file holds: a page beside its blocks, a page holding its own, or a
    listing's pages or blocks (a blocks listing read as one page with no page object)."""
    page, blocks = data.get(_PAGE), data.get(_BLOCKS, data.get(_RESULTS))
    if _is(page, _PAGE) and isinstance(blocks, list):
        return [(page, blocks)]
    if _is(data, _PAGE):
        return [(data, blocks)] if isinstance(blocks := data.get(_BLOCKS, data.get(_CHILDREN)), list) else []
    results = data.get(_RESULTS)
    if not isinstance(results, list) or not results:
        return []
    if all(_is(block, _BLOCK) for block in results):
        return [({}, results)]
    if not all(_is(item, _PAGE) for item in results):
        return []
    pages = [(item, item.get(_BLOCKS, item.get(_CHILDREN))) for item in results]
    return [(item, blocks) for item, blocks in pages if isinstance(blocks, list)]


def _is(value: object, kind: str) -> bool:
    return isinstance(value, dict) and value.get(_OBJECT) == kind


def _article(page: dict, blocks: list) -> dict:
    """A page as an article object: its blocks as HTML, its title (the title property, else the first heading 1),
    address, slug and dates."""
    out: list[str] = []
    _render_blocks(blocks, out)
    url = nonblank(page.get("url")) or nonblank(page.get("public_url"))
    return {
        "html": "".join(out),
        "title": _title_property(page) or _first_heading(blocks),
        "slug": _slug(url),
        "url": url,
        "date_published": utc_date(nonblank(page.get("created_time"))),
        "date_modified": utc_date(nonblank(page.get("last_edited_time"))),
    }


def _title_property(page: dict) -> str | None:
    properties = page.get("properties")
    for prop in properties.values() if isinstance(properties, dict) else ():
        if isinstance(prop, dict) and prop.get("type") == "title":
            return nonblank(_plain(prop.get("title")).strip())
    return None


def _first_heading(blocks: list) -> str | None:
    for block in blocks:
        if isinstance(block, dict) and block.get("type") == "heading_1":
            return nonblank(_plain(_body(block).get("rich_text")).strip())
    return None


def _slug(url: str | None) -> str | None:
    last = url.rstrip("/").rsplit("/", 1)[-1] if url else ""
    return nonblank(_PAGE_ID.sub("", last))


def _plain(runs: object) -> str:
    runs = runs if isinstance(runs, list) else ()
    return "".join(run.get("plain_text") or "" for run in runs if isinstance(run, dict))


def _render_blocks(blocks: object, out: list[str]) -> None:
    """Blocks in order, each run of list items of one kind grouped in one list."""
    open_list = None
    for block in blocks if isinstance(blocks, list) else ():
        if not isinstance(block, dict):
            continue
        kind = _LIST_ITEMS.get(block.get("type"))
        if kind != open_list:
            out.append(f"</{open_list}>\n" if open_list else "")
            out.append(f"<{kind}>" if kind else "")
            open_list = kind
        _render(block, out)
    if open_list:
        out.append(f"</{open_list}>\n")


def _render(block: dict, out: list[str]) -> None:
    kind = block.get("type")
    children = block.get(_CHILDREN)
    if kind in _LIST_ITEMS:
        out.append(f"<li>{_rich_text(block)}")
        _render_blocks(children, out)
        out.append("</li>\n")
    elif kind in _TEXT_ELEMENTS:
        element = _TEXT_ELEMENTS[kind]
        out.append(f"<{element}>{_rich_text(block)}</{element}>\n")
        _render_blocks(children, out)  # a toggleable heading's, a paragraph's indented blocks
    elif kind == "toggle":
        out.append(f"<p>{_rich_text(block)}</p>\n")
        _render_blocks(children, out)
    elif kind == "divider":
        out.append("<hr>\n")
    elif kind == "table":
        _table(block, out)
    elif kind in _CONTAINERS:
        _render_blocks(children, out)
    # anything else (child_database, child_page, bookmark, embed, image, breadcrumb, ...) is furniture: dropped


def _body(block: dict) -> dict:
    body = block.get(block.get("type")) if isinstance(block.get("type"), str) else None
    return body if isinstance(body, dict) else {}


def _rich_text(block: dict) -> str:
    out: list[str] = []
    render_each(_body(block).get("rich_text"), _run, out)
    return "".join(out)


def _run(run: dict, out: list[str]) -> None:
    annotations = run.get("annotations") if isinstance(run.get("annotations"), dict) else {}
    marks = [name for name in _ANNOTATIONS if annotations.get(name) is True]
    out.append(marked_text(run.get("plain_text"), marks, _ANNOTATIONS))


def _table(block: dict, out: list[str]) -> None:
    """A table, its first row header cells when the table says it has a column header; a cell's line breaks kept."""
    header = _body(block).get("has_column_header") is True
    rows = [row for row in block.get(_CHILDREN) or () if isinstance(row, dict) and row.get("type") == "table_row"]
    out.append("<table>")
    for index, row in enumerate(rows):
        cell = "th" if index == 0 and header else "td"
        cells = _body(row).get("cells")
        out.append("<tr>")
        for runs in cells if isinstance(cells, list) else ():
            texts: list[str] = []
            render_each(runs, _run, texts)
            out.append(f"<{cell}>{''.join(texts)}</{cell}>")
        out.append("</tr>\n")
    out.append("</table>\n")
