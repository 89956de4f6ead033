"""Prismic's REST API v2 documents as the article objects the JSON reader reads.

Prismic answers a query {"page", "results_per_page", "results": [document, ...]}, or gives one document alone:
{"id", "uid", "type", "href", "first_publication_date", "last_publication_date", "data": {...}}. A document's
"data" holds its fields: StructuredText ([{"type": "heading2" | "paragraph" | "list-item" | ..., "text", "spans"}])
and a slice zone ("body" or "slices": [{"slice_type", "primary": {...}, "items": [{...}]}]). A slice holding rich
text or a table is the article; a slice that is a call to action (a button's link, a sign-up form, related
documents) or is named as a promotion is the site's furniture and dropped. The "href" is the API's own link, no
page's address.
"""

from __future__ import annotations

import html

from .cmsjson import is_promotion
from .feeds import utc_date, web_url
from .headless import first_text, nonblank
from .richtext import table_html

__all__ = ["prismic_articles"]

_RESULTS, _DATA = "results", "data"
# Keys only a Prismic document carries beside its "data".
_DOCUMENT_KEYS = ("first_publication_date", "last_publication_date")
_TITLE_KEY = "title"
_TITLE_KEYS = ("meta_title", "seo_title")
_URL_KEYS = ("canonical_url", "canonical", "meta_url", "url")
# SEO and social fields describe the page to search engines, and are no article text.
_META_PREFIXES = ("meta_", "og_", "seo_", "twitter_")
_SLICE_ZONE_TYPE = "slice_type"
_ELEMENTS = {
    "paragraph": "p",
    "preformatted": "pre",
    **{f"heading{level}": f"h{level}" for level in range(1, 7)},
}
_LISTS = {"list-item": "ul", "o-list-item": "ol"}
_SPAN_ELEMENTS = {"strong": "strong", "em": "em"}  # a hyperlink or label span is read as its text
# A link field ({"link_type": "Web", "url"} or a document's {"link_type": "Document", "id"}): a button's target,
# a related document; an empty one is {"link_type": "Any"}.
_LINK_TYPE, _LINK_TARGETS = "link_type", ("url", "id")
# A sign-up form's fields: a slice holding one is a newsletter box, whatever it is named.
_FORM_KEYS = ("form_action", "submit_label", "email_placeholder", "button_label")


def prismic_articles(data: dict) -> object | None:
    """A search response's documents (or a document alone) as article objects, one the file's only page; None
    when data is neither."""
    results = data.get(_RESULTS)
    if _is_document(data):
        return _article(data) or data
    if not isinstance(results, list) or not results or not _is_document(results[0]):
        return None
    articles = [_article(document) or document for document in results]
    return articles[0] if len(articles) == 1 else articles


def _is_document(value: object) -> bool:
    return (
        isinstance(value, dict) and isinstance(value.get(_DATA), dict) and any(key in value for key in _DOCUMENT_KEYS)
    )


def _article(document: dict) -> dict | None:
    """A document as the article object the JSON reader reads: its data's rich text and slices in field order as
    "html", its title, uid and publication dates; None for a document without article text."""
    fields = document[_DATA]
    article = "".join(
        _field_html(value) for key, value in fields.items() if key != _TITLE_KEY and not key.startswith(_META_PREFIXES)
    )
    if not article:
        return None
    url = first_text(fields, _URL_KEYS) or nonblank(document.get("url"))
    return {
        "html": article,
        "title": _plain_text(fields.get(_TITLE_KEY)) or first_text(fields, _TITLE_KEYS),
        "slug": nonblank(document.get("uid")),
        "url": web_url(url),
        "date_published": utc_date(nonblank(document.get("first_publication_date"))),
        "date_modified": utc_date(nonblank(document.get("last_publication_date"))),
    }


def _field_html(value: object) -> str:
    """A field's article HTML: a slice zone's article slices, a StructuredText field rendered; else ""."""
    if not isinstance(value, list):
        return ""
    if any(isinstance(item, dict) and _SLICE_ZONE_TYPE in item for item in value):
        return "".join(_slice_html(item) for item in value if isinstance(item, dict))
    return structured_text_html(value)


def _slice_html(slice_: dict) -> str:
    """A slice's rich text and tables, its primary fields then each repeatable item's; a call to action dropped."""
    kind = slice_.get(_SLICE_ZONE_TYPE)
    groups = [slice_.get("primary"), *(slice_.get("items") or ())]
    groups = [group for group in groups if isinstance(group, dict)]
    if not isinstance(kind, str) or is_promotion(kind) or any(map(_is_call_to_action, groups)):
        return ""
    return "".join(_table(value) if _is_table(value) else _field_html(value) for g in groups for value in g.values())


def _is_call_to_action(fields: dict) -> bool:
    """Whether a slice's fields hold a filled link (a button's target, a related document) or a sign-up form's."""
    if any(key in fields for key in _FORM_KEYS):
        return True
    return any(
        isinstance(value, dict) and _LINK_TYPE in value and any(map(value.get, _LINK_TARGETS))
        for value in fields.values()
    )


# StructuredText -----------------------------------------------------------------------------------------------------


def structured_text_html(nodes: list) -> str:
    """StructuredText as Prismic's HTML serializer gives it: a block per node, a run of list items one list;
    images and embeds dropped (no article text)."""
    out: list[str] = []
    open_list = None
    for node in nodes:
        kind = node.get("type") if isinstance(node, dict) else None
        element = _LISTS.get(kind)
        if open_list and element != open_list:
            out.append(f"</{open_list}>\n")
            open_list = None
        if element:
            if not open_list:
                out.append(f"<{element}>")
                open_list = element
            out.append(f"<li>{_spans_html(node)}</li>")
        elif block := _ELEMENTS.get(kind):
            out.append(f"<{block}>{_spans_html(node)}</{block}>\n")
    if open_list:
        out.append(f"</{open_list}>\n")
    return "".join(out)


def _spans_html(node: dict) -> str:
    """A node's text with its strong and em spans as elements. Spans may overlap, so the text is cut at every
    span edge and each piece wrapped in the spans over it. Offsets count code points, as Python's do."""
    text = node.get("text")
    if not isinstance(text, str):
        return ""
    spans = [
        (span["start"], span["end"], _SPAN_ELEMENTS[span["type"]])
        for span in node.get("spans") or ()
        if isinstance(span, dict)
        and span.get("type") in _SPAN_ELEMENTS
        and isinstance(span.get("start"), int)
        and isinstance(span.get("end"), int)
    ]
    edges = sorted({0, len(text), *(edge for start, end, _ in spans for edge in (start, end) if 0 < edge < len(text))})
    out = []
    for start, end in zip(edges, edges[1:]):
        piece = html.escape(text[start:end], quote=False).replace("\n", "<br>")
        for element in sorted({e for s, t, e in spans if s <= start and end <= t}):
            piece = f"<{element}>{piece}</{element}>"
        out.append(piece)
    return "".join(out)


def _plain_text(value: object) -> str | None:
    """A StructuredText field's text (its nodes' joined by a space), or a string field's; None when blank."""
    if isinstance(value, list):
        value = " ".join(node["text"] for node in value if isinstance(node, dict) and isinstance(node.get("text"), str))
    return nonblank(value)


# Prismic's table field: {"head": {"rows": [{"cells": [{"type": "header", "content": StructuredText}]}]}, "body":
# {"rows": [...]}}; a cell's paragraphs are its lines.
_HEAD, _BODY, _ROWS, _CELLS, _CONTENT = "head", "body", "rows", "cells", "content"


def _is_table(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get(_BODY), dict) and isinstance(value[_BODY].get(_ROWS), list)


def _table(table: dict) -> str:
    head = table.get(_HEAD)
    head_rows = _rows(head) if isinstance(head, dict) else []
    body_rows = _rows(table[_BODY])
    return table_html(head_rows[0] if head_rows else None, head_rows[1:] + body_rows)


def _rows(part: dict) -> list[list]:
    rows = (row.get(_CELLS) for row in part.get(_ROWS) or () if isinstance(row, dict))
    return [[_cell_text(cell) for cell in cells] for cells in rows if isinstance(cells, list)]


def _cell_text(cell: object) -> str | None:
    content = cell.get(_CONTENT) if isinstance(cell, dict) else None
    if not isinstance(content, list):
        return None
    return "\n".join(node["text"] for node in content if isinstance(node, dict) and isinstance(node.get("text"), str))
