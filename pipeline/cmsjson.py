"""Two CMS answers whose article is not where a WordPress REST post keeps it, as the HTML the JSON reader reads.

Drupal's JSON:API answers {"jsonapi": ..., "data": [resource, ...] (or one resource), "included": [...]}: a node
("type": "node--article", "node--page", ...) holds its fields under "attributes", the article in its body field
({"value", "format", "processed", "summary"}: "processed" is what the site shows, its text formats applied).
Each node becomes an article object of the JSON reader (html, title, slug, url, dates, post id); "included" holds
the tags, authors and media a node links to, never its article, and is never read.

A WordPress site built with Advanced Custom Fields' flexible content keeps little in content.rendered (an intro, a
share bar): its sections are a list of layouts in one of the post's "acf" fields, each {"acf_fc_layout": name,
...its own fields}. They are rendered in order after content.rendered as the theme's templates would: a heading
and its HTML, a table in the ACF Table Field plugin's shape, accordion or tab panels. Layouts named as promotions
(a CTA, a banner, an ad slot, a newsletter box, related posts) are the theme's noise and dropped.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .feeds import utc_date

__all__ = ["flexible_content_html", "is_promotion", "jsonapi_article", "jsonapi_articles"]


# Drupal JSON:API ---------------------------------------------------------------------------------------------------

_NODE_TYPE = "node--"
_BODY = "body"
_BODY_HTML_KEYS = ("processed", "value")  # "value" as the editor saved it, when the site did not render it
_HTML_TAG = re.compile(r"<[A-Za-z]")


def jsonapi_articles(data: object) -> object:
    """A JSON:API document's primary data with its nodes as article objects (a list stays a list, each node a part);
    anything else, or a node without HTML, left as it is."""
    if isinstance(data, list):
        return [jsonapi_article(resource) or resource for resource in data]
    return jsonapi_article(data) or data


def jsonapi_article(resource: object) -> dict | None:
    """A node resource as the article object the JSON reader reads: its body's HTML, title, path alias (the slug,
    and the url when the canonical metatag or the resource's links give the host), created and changed dates and
    drupal_internal__nid (the post id); None for any other resource or a node without HTML."""
    if not isinstance(resource, dict) or not str(resource.get("type", "")).startswith(_NODE_TYPE):
        return None
    attributes = resource.get("attributes")
    html = _node_html(attributes) if isinstance(attributes, dict) else None
    if html is None:
        return None
    path = attributes.get("path")
    alias = path.get("alias") if isinstance(path, dict) else None
    alias = alias if isinstance(alias, str) and alias.strip("/") else None
    return {
        "id": attributes.get("drupal_internal__nid"),
        "html": html,
        "title": attributes.get("title"),
        "slug": alias.strip("/").rsplit("/", 1)[-1] if alias else None,
        "url": _canonical_url(attributes) or _node_url(resource, alias),
        "date_published": utc_date(_text(attributes.get("created"))),  # RFC 3339, as the REST reader's date_gmt
        "date_modified": utc_date(_text(attributes.get("changed"))),
    }


def _node_html(attributes: dict) -> str | None:
    """A node's article: its body field's processed HTML (else its saved value); without a body, the longest of
    its text fields holding HTML."""
    body = attributes.get(_BODY)
    if isinstance(body, dict) and (html := _field_html(body)):
        return html
    fields = (_field_html(value) for key, value in attributes.items() if key != _BODY)
    return max(filter(None, fields), key=len, default=None)


def _field_html(value: object) -> str | None:
    """A text field's HTML: a string holding a tag, or a formatted field's processed (else saved) string."""
    if isinstance(value, dict):
        return next(filter(None, map(_html, map(value.get, _BODY_HTML_KEYS))), None)
    return _html(value)


def _html(value: object) -> str | None:
    return value if isinstance(value, str) and _HTML_TAG.search(value) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _canonical_url(attributes: dict) -> str | None:
    """The address the Metatag module names canonical, when the node carries its tags."""
    tags = attributes.get("metatag")
    for tag in tags if isinstance(tags, list) else ():
        tag_attributes = tag.get("attributes") if isinstance(tag, dict) else None
        if isinstance(tag_attributes, dict) and tag_attributes.get("rel") == "canonical":
            href = tag_attributes.get("href")
            return href if isinstance(href, str) and href.startswith(("http://", "https://")) else None
    return None


def _node_url(resource: dict, alias: str | None) -> str | None:
    """The path alias on the host the resource's own link names (the site serves both)."""
    links = resource.get("links")
    link = links.get("self") if isinstance(links, dict) else None
    href = link.get("href") if isinstance(link, dict) else link
    if not alias or not isinstance(href, str) or not href.startswith(("http://", "https://")):
        return None
    parts = urlsplit(href)
    return f"{parts.scheme}://{parts.netloc}/{alias.lstrip('/')}"


# ACF flexible content ----------------------------------------------------------------------------------------------

_LAYOUT = "acf_fc_layout"
# The words a promotion's layout is named with ("cta_banner", "ad_slot", "newsletter", "related_posts", "promoBox").
_PROMOTION_WORDS = frozenset((
    "cta", "banner", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "promotion", "affiliate",
    "newsletter", "subscribe", "subscription", "signup", "optin", "form", "popup", "related", "share", "social",
    "button",
))  # fmt: skip
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAME_WORD = re.compile(r"[a-z]+")
# The generic field names of a layout's heading and HTML, as themes name them.
_HEADING_KEYS = ("heading", "title", "section_title", "headline")
_INTRO_KEY = "intro"
_BODY_KEYS = ("body", "content", "text", "wysiwyg")
# "7) KPIs and Productivity Metrics" opens one of the page's sections; an unnumbered heading is a sub-heading.
_NUMBERED_SECTION = re.compile(r"\s*\d{1,2}\s*[).]\s+\S")
# The ACF Table Field plugin's value: {"use_header": true, "header": [{"c": "Metric"}, ...], "body": [[{"c": ...}]]}.
_TABLE_HEADER, _TABLE_BODY, _TABLE_USE_HEADER, _CELL = "header", "body", "use_header", "c"


def flexible_content_html(acf: object) -> str:
    """The HTML a post's ACF flexible content renders to: every layout of every field holding layouts, in order,
    promotions dropped; "" when the post's acf holds none."""
    if not isinstance(acf, dict):
        return ""
    fields = (value for value in acf.values() if isinstance(value, list) and any(map(_is_layout, value)))
    return "".join(_layout_html(layout) for layouts in fields for layout in layouts if _is_layout(layout))


def _is_layout(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get(_LAYOUT), str)


def is_promotion(layout_name: str) -> bool:
    """Whether a layout's name says it is a promotion: one of its words (snake_case or camelCase) names one."""
    words = _NAME_WORD.findall(_CAMEL_HUMP.sub("_", layout_name).lower())
    return any(word in _PROMOTION_WORDS or word.rstrip("s") in _PROMOTION_WORDS for word in words)


def _layout_html(layout: dict) -> str:
    """One layout as its template renders it: its heading, intro and body HTML, then its tables and panels."""
    if is_promotion(layout[_LAYOUT]):
        return ""
    heading = _first_text(layout, _HEADING_KEYS)
    html = [_heading_html(heading) if heading else "", _text(layout.get(_INTRO_KEY)) or ""]
    html.append(_first_text(layout, _BODY_KEYS) or "")
    html += (_table_html(value) for value in layout.values() if _is_table(value))
    html += (_panels_html(value) for value in layout.values() if _is_panels(value))
    return "\n".join(filter(None, html)) + "\n"


def _heading_html(heading: str) -> str:
    tag = "h2" if _NUMBERED_SECTION.match(heading) else "h3"
    return f"<{tag}>{heading}</{tag}>"


def _first_text(fields: dict, keys: tuple[str, ...]) -> str | None:
    """The first of keys holding text; a field's text is HTML, as the theme prints it."""
    return next((value for value in map(fields.get, keys) if isinstance(value, str) and value.strip()), None)


def _is_table(value: object) -> bool:
    """Whether a field is an ACF Table Field value: body rows of {"c": ...} cells."""
    rows = value.get(_TABLE_BODY) if isinstance(value, dict) else None
    first = rows[0] if isinstance(rows, list) and rows else None
    return isinstance(first, list) and bool(first) and isinstance(first[0], dict) and _CELL in first[0]


def _table_html(table: dict) -> str:
    """An ACF Table Field value as a table: its header row (unless switched off) in <thead>, its body rows."""
    header = table.get(_TABLE_HEADER)
    head = ""
    if isinstance(header, list) and header and table.get(_TABLE_USE_HEADER) is not False:
        head = f"<thead>{_row_html(header, 'th')}</thead>"
    rows = "".join(_row_html(row, "td") for row in table[_TABLE_BODY] if isinstance(row, list))
    return f"<table>{head}<tbody>{rows}</tbody></table>"


def _row_html(cells: list, tag: str) -> str:
    texts = (cell.get(_CELL) if isinstance(cell, dict) else None for cell in cells)
    return "<tr>" + "".join(f"<{tag}>{text if isinstance(text, str) else ''}</{tag}>" for text in texts) + "</tr>"


def _is_panels(value: object) -> bool:
    """Whether a field is an accordion's or tabs' panels: a list of titled HTML entries."""
    return isinstance(value, list) and bool(value) and all(_panel(entry) is not None for entry in value)


def _panel(entry: object) -> tuple[str, str] | None:
    if not isinstance(entry, dict) or _LAYOUT in entry:
        return None
    title, body = _first_text(entry, _HEADING_KEYS), _first_text(entry, _BODY_KEYS)
    return (title, body) if title and body else None


def _panels_html(panels: list) -> str:
    """Each panel as a sub-sub-heading (its title) and its content."""
    return "\n".join(f"<h4>{title}</h4>\n{body}" for title, body in map(_panel, panels))  # type: ignore[misc]
