"""DatoCMS's GraphQL Content Delivery API answers as the article objects the JSON reader reads.

DatoCMS answers a query {"data": {"<model>": {"id", "title", "slug", "_publishedAt", "_updatedAt", "seo", ...,
"<field>": {"value": {"schema": "dast", "document": {"type": "root", "children": [...]}}, "blocks": [record, ...],
"links": [record, ...]}}}} ("all<Models>": [record, ...] for a listing). A Structured Text field's "value" is a
DAST tree: heading, paragraph, list/listItem, blockquote, code, thematicBreak, and spans with marks. A "block" node
names a record in the field's "blocks": a table record (DatoCMS's table editor field, {"columns": [names], "data":
[{name: value}]}) or a record with its own text is the article's; a record holding a button or a sign-up form and
no text of its own (an ad, a newsletter box) is the site's furniture and dropped. An "inlineItem" or "itemLink"
names a record in "links": read as its title, or the link's own text, never as the record.
"""

from __future__ import annotations

import html

from .cmsjson import is_promotion
from .headless import cms_article, first_text, nonblank
from .richtext import table_html

__all__ = ["datocms_articles"]

_DATA, _VALUE, _DOCUMENT = "data", "value", "document"
_SCHEMA, _DAST = "schema", "dast"
_BLOCKS, _LINKS, _ITEM, _ID, _TYPENAME = "blocks", "links", "item", "id", "__typename"
_PUBLISHED_KEYS = ("_firstPublishedAt", "_publishedAt", "publishedAt", "date")
_MODIFIED_KEYS = ("_updatedAt", "updatedAt")
_URL_KEYS = ("canonical", "canonicalUrl", "url")
_SEO_KEYS = ("seo", "_seoMetaTags")
_ELEMENTS = {"paragraph": "p", "blockquote": "blockquote", "listItem": "li"}
_LISTS = {"bulleted": "ul", "numbered": "ol"}
_MARKS = {
    "strong": "strong", "emphasis": "em", "code": "code", "underline": "u", "strikethrough": "s", "highlight": "mark",
}  # fmt: skip
_LINK_NODES = ("link", "itemLink")  # read as their children's text
# A code node holding an embed's markup (a comment widget's or a tracker's <script>) is the site's, no article code.
_EMBED_CODE = ("<script", "<iframe", "<noscript")
# Field names of a call to action: a button's label or target, a sign-up form's input.
_CALL_TO_ACTION_WORDS = ("button", "placeholder", "submit", "signup", "subscribe")
_RECORD_TEXT_KEYS = ("text", "body", "content", "description", "caption")


def datocms_articles(data: object) -> object | None:
    """A DatoCMS answer's record(s) holding Structured Text as article objects, a listing's one record the file's
    only page; None when the answer holds none."""
    if not isinstance(data, dict):
        return None
    root = data.get(_DATA) if isinstance(data.get(_DATA), dict) else data
    for value in root.values():
        records = value if isinstance(value, list) else [value]
        articles = [_article(record) for record in records if isinstance(record, dict)]
        if articles and any(articles):
            articles = [article for article in articles if article]
            return articles[0] if len(articles) == 1 else articles
    return None


def _is_structured_text(value: object) -> bool:
    inner = value.get(_VALUE) if isinstance(value, dict) else None
    return isinstance(inner, dict) and inner.get(_SCHEMA) == _DAST and isinstance(inner.get(_DOCUMENT), dict)


def _article(record: dict) -> dict | None:
    """A record as an article object: its longest Structured Text field as "html", its title, slug, url and dates;
    None for a record without one."""
    article = max(
        (_structured_text_html(value) for value in record.values() if _is_structured_text(value)), key=len, default=""
    )
    if not article:
        return None
    return cms_article(
        record,
        article,
        title=nonblank(record.get("title")),
        url=first_text(record, _URL_KEYS) or _seo_url(record),
        published_keys=_PUBLISHED_KEYS,
        modified_keys=_MODIFIED_KEYS,
    )


def _seo_url(record: dict) -> str | None:
    """The canonical url an seo field or the record's _seoMetaTags (a <link rel="canonical">) give, if any."""
    for key in _SEO_KEYS:
        value = record.get(key)
        if isinstance(value, dict) and (url := first_text(value, _URL_KEYS)):
            return url
        for tag in value if isinstance(value, list) else ():
            attributes = tag.get("attributes") if isinstance(tag, dict) else None
            if isinstance(attributes, dict) and attributes.get("rel") == "canonical":
                return nonblank(attributes.get("href"))
    return None


def _structured_text_html(field: dict) -> str:
    """A Structured Text field's HTML, its block and link nodes resolved against the field's records."""
    records = {
        record.get(_ID): record
        for key in (_BLOCKS, _LINKS)
        for record in field.get(key) or ()
        if isinstance(record, dict)
    }
    out: list[str] = []
    _render_children(field[_VALUE][_DOCUMENT], records, out)
    return "".join(out)


def _render_children(node: dict, records: dict, out: list[str]) -> None:
    for child in node.get("children") or ():
        if isinstance(child, dict):
            _render(child, records, out)


def _render(node: dict, records: dict, out: list[str]) -> None:
    kind = node.get("type")
    if kind == "span":
        out.append(_span_html(node))
    elif kind in _LINK_NODES:
        _render_children(node, records, out)
    elif kind == "inlineItem":
        record = records.get(node.get(_ITEM))
        out.append(html.escape(nonblank(record.get("title")) or "", quote=False) if isinstance(record, dict) else "")
    elif kind == "block":
        record = records.get(node.get(_ITEM))
        out.append(_record_html(record, records) if isinstance(record, dict) else "")
    elif kind == "code":
        out.append(_code_html(node.get("code")))
    elif kind == "thematicBreak":
        out.append("<hr>\n")
    elif element := _element(node):
        out.append(f"<{element}>")
        _render_children(node, records, out)
        out.append(f"</{element}>\n")
    else:  # the root, or a node type newer than this reader: its text is kept
        _render_children(node, records, out)


def _element(node: dict) -> str | None:
    kind = node.get("type")
    if kind == "heading":
        level = node.get("level")
        return f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "h2"
    if kind == "list":
        return _LISTS.get(node.get("style"), "ul")
    return _ELEMENTS.get(kind)


def _span_html(span: dict) -> str:
    """A span's text inside the elements its marks name; a soft line break a <br>."""
    value = span.get(_VALUE)
    out = html.escape(value, quote=False).replace("\n", "<br>") if isinstance(value, str) else ""
    for mark in span.get("marks") or () if out else ():
        if element := _MARKS.get(mark) if isinstance(mark, str) else None:
            out = f"<{element}>{out}</{element}>"
    return out


def _code_html(code: object) -> str:
    if not isinstance(code, str) or code.lstrip().lower().startswith(_EMBED_CODE):
        return ""
    return f"<pre>{html.escape(code, quote=False)}</pre>\n"


# Records ------------------------------------------------------------------------------------------------------------


def _record_html(record: dict, records: dict) -> str:
    """A block record's article HTML: its tables and Structured Text, else its text fields; a call to action ""."""
    html_parts = [_table(value) for value in record.values() if _is_table(value)]
    html_parts += [_structured_text_html(value) for value in record.values() if _is_structured_text(value)]
    if html_parts:
        return "".join(html_parts)
    typename = record.get(_TYPENAME)
    if (isinstance(typename, str) and is_promotion(typename)) or _is_call_to_action(record):
        return ""
    texts = (nonblank(record.get(key)) for key in _RECORD_TEXT_KEYS)
    return "".join(f"<p>{html.escape(text, quote=False)}</p>\n" for text in texts if text)


def _is_call_to_action(record: dict) -> bool:
    """Whether a record holds a button's label or target, or a sign-up form's field."""
    return any(word in key.lower() for key in record if isinstance(key, str) for word in _CALL_TO_ACTION_WORDS)


def _is_table(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("columns"), list) and isinstance(value.get(_DATA), list)


def _table(table: dict) -> str:
    """A table field as a table: its columns the header row, each row's cells matched to them by name."""
    columns = [column if isinstance(column, str) else "" for column in table["columns"]]
    rows = [[_cell(row.get(column)) for column in columns] for row in table[_DATA] if isinstance(row, dict)]
    return table_html(columns, rows)


def _cell(value: object) -> object:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
