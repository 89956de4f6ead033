"""A public Notion page (notion.site) as the semantic HTML its blocks stand for.

Notion renders a page as a tree of block divs: ``<div data-block-id="…" class="notion-selectable
notion-bulleted_list-block">``, the block's text in a ``data-content-editable-leaf`` element, its child blocks
nested inside it. A list item's marker ("•", "1.") is a div of its own beside the text, a toggle's label a
div beside its children, a callout's emoji a div beside its text; a database shown as a table (a
"collection_view" block) is rows of divs under a row of header divs, with the view's controls ("Table",
"Filter", "Sort", "New", "New page") around it. Read as HTML, each of those divs is a line of its own: the
markers stand as items "•", the database is loose text.

:func:`rewrite_notion_page` turns the page's content into the elements its blocks stand for, as Notion's own
HTML export writes them (headings, paragraphs, lists with their child blocks nested, a toggle as a
``<details>`` in a list item, tables), and leaves the page's chrome (top bar, properties, comments, the
"Made with Notion" footer) behind, so that the ordinary HTML reader reads the rest.
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

__all__ = ["rewrite_notion_page"]

# The page's content, below its title: the block tree.
_PAGE_CONTENT = etree.XPath("descendant::div[contains(concat(' ', @class, ' '), ' notion-page-content ')]")
# The page's title block (outside the content), its <h1> the article's title.
_PAGE_TITLE = etree.XPath("descendant::*[contains(@class, 'notion-page-block')]/h1")
_LEAF = "data-content-editable-leaf"  # the element holding a block's own rich text
_BLOCK_ID = "data-block-id"
_BLOCK_KIND = re.compile(r"(?:^|\s)notion-([a-z_]+)-block(?:\s|$)")
# Headings by block kind, when the leaf is no heading element itself.
_HEADING_TAGS = {"header": "h2", "sub_header": "h3", "sub_sub_header": "h4"}
_LIST_TAGS = {"bulleted_list": "ul", "numbered_list": "ol", "to_do": "ul"}
# Blocks that hold their child blocks only: the layout's columns, a synced block's copy.
_TRANSPARENT = frozenset(("column_list", "column", "transclusion_container", "transclusion_reference"))
# Blocks with nothing of the article's text: the heading list, media, link previews, links to other pages.
_DROPPED = frozenset((
    "table_of_contents", "image", "video", "audio", "file", "pdf", "embed", "bookmark", "breadcrumb",
    "page", "alias", "link_to_page", "button", "divider_placeholder",
))  # fmt: skip
_BOLD_WEIGHTS = frozenset(("600", "700", "800", "900", "bold"))


def rewrite_notion_page(root: etree._Element, body: etree._Element) -> bool:
    """Replace a Notion page's body by its title and its blocks as semantic HTML; False for any other page."""
    # Notion names its document on the root and the body: two attribute reads reject any other page.
    if "notion-html" not in (root.get("class") or "") and "notion-body" not in (body.get("class") or ""):
        return False
    content = _PAGE_CONTENT(body)
    if not content:
        return False
    article = body.makeelement("article")
    if titles := _PAGE_TITLE(body):
        article.append(_rich(titles[0], "h1"))
    article.extend(_elements(_child_blocks(content[0])))
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(article)
    return True


def _kind(block: etree._Element) -> str:
    found = _BLOCK_KIND.search(block.get("class") or "")
    return found.group(1) if found else ""


def _child_blocks(element: etree._Element) -> list[etree._Element]:
    """The blocks directly inside an element, however deep their wrappers: not those inside these blocks."""
    blocks: list[etree._Element] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.get(_BLOCK_ID) is not None:
            blocks.append(child)
        else:
            blocks.extend(_child_blocks(child))
    return blocks


def _leaf(block: etree._Element) -> etree._Element | None:
    """The block's own text element: the first leaf not inside one of its child blocks."""
    for child in block:
        if not isinstance(child.tag, str) or child.get(_BLOCK_ID) is not None:
            continue
        if child.get(_LEAF) is not None:
            return child
        if (leaf := _leaf(child)) is not None:
            return leaf
    return None


def _elements(blocks: list[etree._Element]) -> list[etree._Element]:
    """The blocks as semantic elements: consecutive list items of one kind in one list."""
    out: list[etree._Element] = []
    open_list: tuple[str, etree._Element] | None = None  # the kind of list the last block began, and it
    for block in blocks:
        kind = _kind(block)
        if kind in _LIST_TAGS:
            if open_list is None or open_list[0] != kind:
                open_list = (kind, etree.Element(_LIST_TAGS[kind]))
                out.append(open_list[1])
            item = _text_element(block, "li")
            item.extend(_elements(_child_blocks(block)))
            open_list[1].append(item)
            continue
        open_list = None
        out.extend(_block(block, kind))
    return out


def _block(block: etree._Element, kind: str) -> list[etree._Element]:
    """One block other than a list item: its element and its child blocks'."""
    if kind in _DROPPED:
        return []
    if kind == "divider":
        return [etree.Element("hr")]
    if kind == "table":
        return [_simple_table(block)]
    if kind in ("collection_view", "collection_view_page"):
        table = _database_table(block)
        return [table] if table is not None else []
    children = _elements(_child_blocks(block))
    if kind in _TRANSPARENT:
        return children
    if kind == "toggle":  # as Notion's export writes it: its label a group's summary over its children
        details = etree.Element("details", open="")
        details.append(_text_element(block, "summary"))
        details.extend(children)
        toggle = etree.Element("ul", {"class": "toggle"})
        etree.SubElement(toggle, "li").append(details)
        return [toggle]
    if kind == "quote":
        quote = _text_element(block, "blockquote")
        quote.extend(children)
        return [quote]
    leaf = _leaf(block)
    tag = "pre" if kind == "code" else _HEADING_TAGS.get(kind, "p")
    if leaf is not None and leaf.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        tag = leaf.tag  # Notion's own heading level: "Heading 1" is an <h2> under the page's <h1> title
    own = [_rich(leaf, tag)] if leaf is not None and "".join(leaf.itertext()).strip() else []
    return own + children  # a callout's text without its icon, a text block's indented blocks after it


def _text_element(block: etree._Element, tag: str) -> etree._Element:
    leaf = _leaf(block)
    return _rich(leaf, tag) if leaf is not None else etree.Element(tag)


def _rich(leaf: etree._Element, tag: str) -> etree._Element:
    """A leaf's rich text in a new element: its styled spans as the inline elements they show, no attributes."""
    element = etree.Element(tag)
    element.text = leaf.text
    for child in leaf:
        copy = deepcopy(child)
        element.append(copy)
        for inline in copy.iter():
            if isinstance(inline.tag, str):
                _plain_inline(inline)
    return element


def _plain_inline(inline: etree._Element) -> None:
    """An inline element of rich text without its attributes; a span as what its style shows (Notion writes bold
    as '<span style="font-weight:600">'), a bold label the reader knows as such."""
    style = _declarations(inline.get("style") or "")
    href = inline.get("href")
    inline.attrib.clear()
    if inline.tag == "a" and href:
        inline.set("href", href)
    elif inline.tag == "span":
        if style.get("font-weight") in _BOLD_WEIGHTS:
            inline.tag = "strong"
        elif style.get("font-style") == "italic":
            inline.tag = "em"
        elif "mono" in style.get("font-family", ""):
            inline.tag = "code"


def _declarations(style: str) -> dict[str, str]:
    pairs = (declaration.split(":", 1) for declaration in style.split(";") if ":" in declaration)
    return {name.strip().lower(): value.strip().lower() for name, value in pairs}


def _simple_table(block: etree._Element) -> etree._Element:
    """A table block's rows, each cell's rich text."""
    table = etree.Element("table")
    for row in block.iter("tr"):
        new_row = etree.SubElement(table, "tr")
        for cell in row:
            if cell.tag in ("td", "th"):
                leaf = _leaf(cell)
                new_row.append(_rich(leaf, cell.tag) if leaf is not None else etree.Element(cell.tag))
    return table


def _database_table(block: etree._Element) -> etree._Element | None:
    """A database's table view as a table: its properties' names the header, each page a row of its cells.
    The view's title, its controls and its footer (counts, "Calculate") are no part of the data."""
    header = [_cell_text(cell) for cell in _by_class(block, "notion-table-view-header-cell")]
    if not header:
        return None
    table = etree.Element("table")
    head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for name in header:
        etree.SubElement(head, "th").text = name
    rows = etree.SubElement(table, "tbody")
    for row in _by_class(block, "notion-table-view-row"):
        cells = etree.SubElement(rows, "tr")
        for cell in _by_class(row, "notion-table-view-cell"):
            etree.SubElement(cells, "td").text = _cell_text(cell)
    return table


def _by_class(element: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in element.iter("div") if name in (e.get("class") or "").split()]


def _cell_text(cell: etree._Element) -> str:
    """A cell's text: its rich text's runs joined, a multi-select's options (a div each) apart by commas."""
    text = ""
    after_option = False
    for node in cell.xpath("descendant::text()"):
        option = node.getparent().tag == "div" and node.is_text
        if node.strip():
            text += (", " if option and after_option else "") + node
            after_option = option
    return " ".join(text.split())
