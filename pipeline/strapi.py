"""Strapi's REST answer, as the article objects the JSON reader reads.

Strapi v4 answers {"data": [entry, ...] (or one entry), "meta": {"pagination": ...}}, an entry {"id", "attributes":
{...its fields}}; v5 flattens the fields onto the entry beside its "documentId". An article keeps its text in a
long rich text field ("content", "body"): markdown on most sites, HTML with the CKEditor plugin, or v5's Blocks
JSON (richtext.py). A dynamic zone (a list of components, each {"__component": "shared.rich-text", "body": ...})
may carry the rest of it: its text components follow the field in order; promotions (promo banners, newsletter
boxes, share bars, related articles), media and quotes (a pull quote repeats the article) are the site's furniture
and dropped. Relations (author, category, comments, localizations: {"data": ...}) and the seo component are never
the article.

A markdown article is read as a crawler item's markdown is (its "markdown" key); an all-HTML one as an article
object's HTML.
"""

from __future__ import annotations

import re

from .cmsjson import is_promotion
from .feeds import utc_date, web_url
from .headless import articles_of, first_text, nonblank
from .richtext import is_strapi_blocks, strapi_blocks_html

__all__ = ["strapi_articles"]

_ATTRIBUTES = "attributes"  # v4: an entry's fields
_DOCUMENT_ID = "documentId"  # v5: the fields sit on the entry itself
_JSONAPI_TYPE = "type"  # a JSON:API resource (Drupal's) holds "attributes" too, but always with its type
_COMPONENT = "__component"
_TITLE_KEYS = ("title", "name", "headline")
_PUBLISHED_KEYS = ("publishedAt", "published_at", "createdAt", "created_at")
_MODIFIED_KEYS = ("updatedAt", "updated_at")
# The rich text field of a dynamic zone's text component, as Strapi's templates and sites name it.
_COMPONENT_TEXT_KEYS = ("body", "content", "text", "richText", "markdown", "html")
# Components that show something beside the article, not its text; promotions are known by is_promotion.
_FURNITURE = re.compile(r"quote|testimonial|media|image|gallery|slider|video|embed|seo", re.IGNORECASE)
_SEO, _CANONICAL = "seo", "canonicalURL"  # the SEO plugin's component


def strapi_articles(data: object) -> object | None:
    """A Strapi answer's "data" (an entry, or a list of them: one the file's only page) as article objects; None
    when no entry is a Strapi entry holding article text. An entry without any is left as it is."""
    return articles_of(data if isinstance(data, list) else [data], strapi_article)


def strapi_article(entry: object) -> dict | None:
    """An entry as an article object: its rich text ("markdown", or "html" when every part is HTML), id, title,
    slug, url and dates; None for anything else."""
    fields = _entry_fields(entry)
    if fields is None:
        return None
    parts = [_rich_text_field(fields), *_dynamic_zone_texts(fields)]
    parts = [part for part in parts if part]
    if not parts:
        return None
    html = all(map(_is_html, parts))
    seo = fields.get(_SEO)
    url = nonblank(seo.get(_CANONICAL)) if isinstance(seo, dict) else None
    return {
        "id": entry.get("id"),  # type: ignore[union-attr]
        "html" if html else "markdown": ("\n" if html else "\n\n").join(parts),
        "title": first_text(fields, _TITLE_KEYS),
        "slug": nonblank(fields.get("slug")),
        "url": web_url(url),
        "date_published": utc_date(first_text(fields, _PUBLISHED_KEYS)),
        "date_modified": utc_date(first_text(fields, _MODIFIED_KEYS)),
    }


def _entry_fields(entry: object) -> dict | None:
    """A v4 entry's attributes, a v5 entry itself; None for anything else (a JSON:API resource, a crawler item)."""
    if not isinstance(entry, dict):
        return None
    attributes = entry.get(_ATTRIBUTES)
    if isinstance(attributes, dict) and _JSONAPI_TYPE not in entry:
        return attributes
    return entry if isinstance(entry.get(_DOCUMENT_ID), str) else None


def _rich_text_field(fields: dict) -> str:
    """The entry's article field: the longest field that is rich text (a summary or a title is one line)."""
    return max(filter(None, map(_rich_text, fields.values())), key=len, default="")


def _rich_text(value: object) -> str | None:
    """A field's rich text: markdown or HTML as saved, Blocks rendered; None for a one-line string or no text."""
    if is_strapi_blocks(value):
        return strapi_blocks_html(value)  # type: ignore[arg-type]
    return value if isinstance(value, str) and ("\n" in value or _is_html(value)) else None


def _is_html(text: str) -> bool:
    """Whether rich text is the CKEditor's HTML: it opens with a tag (markdown opens with text, "#" or "!["; an ad
    slot's <div> may open it, but a "#" heading line follows)."""
    return text.lstrip().startswith("<") and "\n#" not in text


def _dynamic_zone_texts(fields: dict) -> list[str]:
    """The rich text of every dynamic zone's text components, in order; furniture and promotions dropped."""
    return [
        text
        for value in fields.values()
        if isinstance(value, list)
        for component in value
        if _is_text_component(component) and (text := _component_text(component))
    ]


def _component_text(component: dict) -> str | None:
    """A text component's rich text: the first of its text fields holding a string (one paragraph is one line)
    or Blocks."""
    for value in map(component.get, _COMPONENT_TEXT_KEYS):
        if is_strapi_blocks(value):
            return strapi_blocks_html(value)  # type: ignore[arg-type]
        if nonblank(value):
            return value  # type: ignore[return-value]
    return None


def _is_text_component(component: object) -> bool:
    name = component.get(_COMPONENT) if isinstance(component, dict) else None
    return isinstance(name, str) and not is_promotion(name) and not _FURNITURE.search(name)
