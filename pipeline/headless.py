"""Two headless CMS answers whose article is rich text JSON, as the article objects the JSON reader reads.

Sanity's GROQ API answers {"ms", "query", "result": [document, ...] (or one document)}; a document ({"_id", "_type":
"post", ...}) keeps its article as Portable Text in one of its fields, beside title, slug {"current"} and dates.
Storyblok's CDN API answers {"story": {...}} ({"stories": [...]} for a listing): a story's "content" is the root
component, its article a list of nested components ("bloks") or a rich text field. Rich text bloks and table bloks
are the article; every other component (ads, newsletter boxes, share bars, related stories, comments) is the
site's furniture and dropped. The renderers are richtext.py's.
"""

from __future__ import annotations

from collections.abc import Callable

from .cmsjson import is_promotion
from .feeds import utc_date, web_url
from .richtext import is_portable_text, portable_text_html, prosemirror_html, table_html

__all__ = ["sanity_articles", "storyblok_articles"]


# Sanity -------------------------------------------------------------------------------------------------------------

_GROQ_RESULT = "result"
_SANITY_TYPE = "_type"
_SANITY_TITLE_KEYS = ("title", "name", "headline")
_SANITY_PUBLISHED_KEYS = ("publishedAt", "_createdAt")


def sanity_articles(data: dict) -> object | None:
    """A GROQ response's documents (or a document alone) as article objects, a list staying a list (each document a
    part, one the file's only page); None when data is neither, or holds no document with Portable Text."""
    result = data.get(_GROQ_RESULT, data if _SANITY_TYPE in data else None)
    return articles_of(result if isinstance(result, list) else [result], sanity_article)


def sanity_article(document: object) -> dict | None:
    """A document as the article object the JSON reader reads: its longest Portable Text field as "html", its
    title, slug.current and dates; None for anything else."""
    if not isinstance(document, dict) or not isinstance(document.get(_SANITY_TYPE), str):
        return None
    fields = (portable_text_html(value) for value in document.values() if is_portable_text(value))
    article = max(fields, key=len, default="")
    if not article:
        return None
    slug = document.get("slug")
    return {
        "html": article,
        "title": first_text(document, _SANITY_TITLE_KEYS),
        "slug": nonblank(slug.get("current") if isinstance(slug, dict) else slug),
        "date_published": utc_date(first_text(document, _SANITY_PUBLISHED_KEYS)),
        "date_modified": utc_date(nonblank(document.get("_updatedAt"))),
    }


# Storyblok ----------------------------------------------------------------------------------------------------------

_STORY, _STORIES, _CONTENT = "story", "stories", "content"
_COMPONENT = "component"
_STORY_TITLE_KEYS = ("title", "headline")
# A first publication is the article's date; a later one (published_at), or an edit, its modification.
_STORY_PUBLISHED_KEYS = ("first_published_at", "published_at", "created_at")
_STORY_MODIFIED_KEYS = ("updated_at", "published_at")
# Storyblok's table field: {"thead": [{"value"}], "tbody": [{"body": [{"value"}]}]}.
_THEAD, _TBODY, _ROW_CELLS, _CELL = "thead", "tbody", "body", "value"


def storyblok_articles(data: dict) -> object | None:
    """A CDN response's story (or stories, each a part) as article objects; None when data holds no story."""
    story, stories = data.get(_STORY), data.get(_STORIES)
    if isinstance(story, dict):
        return storyblok_article(story) or story
    if not isinstance(stories, list) or not stories:
        return None
    articles = [storyblok_article(item) or item for item in stories]
    return articles[0] if len(articles) == 1 else articles


def storyblok_article(story: object) -> dict | None:
    """A story as the article object the JSON reader reads: the longest of its content's rich text and blok fields
    as "html", its title, slug, id and dates; None for a story without article text."""
    content = story.get(_CONTENT) if isinstance(story, dict) else None
    if not isinstance(content, dict):
        return None
    article = max(map(_field_html, content.values()), key=len, default="")
    if not article:
        return None
    slug = nonblank(story.get("slug")) or (nonblank(story.get("full_slug")) or "").rstrip("/").rsplit("/", 1)[-1]
    return {
        "id": story.get("id"),
        "html": article,
        "title": first_text(content, _STORY_TITLE_KEYS) or nonblank(story.get("name")),
        "slug": slug or None,
        "date_published": utc_date(first_text(story, _STORY_PUBLISHED_KEYS)),
        "date_modified": utc_date(first_text(story, _STORY_MODIFIED_KEYS)),
    }


def _field_html(value: object) -> str:
    """A component field's article HTML: a rich text doc rendered, a list of bloks rendered in order; else ""."""
    if isinstance(value, list):
        return "".join(_blok_html(blok) for blok in value if _is_blok(blok))
    return prosemirror_html(value) or ""


def _is_blok(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get(_COMPONENT), str)


def _blok_html(blok: dict) -> str:
    """A blok's rich text and tables, and the bloks nested in it (a grid's columns), in field order; a blok named
    as a promotion (promo_box, newsletter_cta, ad_banner) dropped whole."""
    if is_promotion(blok[_COMPONENT]):
        return ""
    return "".join(_table_html(value) if _is_table(value) else _field_html(value) for value in blok.values())


def _is_table(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get(_TBODY), list)


def _table_html(table: dict) -> str:
    head = table.get(_THEAD)
    header = _cell_values(head) if isinstance(head, list) else None
    rows = (row.get(_ROW_CELLS) for row in table[_TBODY] if isinstance(row, dict))
    return table_html(header, [_cell_values(cells) for cells in rows if isinstance(cells, list)])


def _cell_values(cells: list) -> list:
    return [cell.get(_CELL) if isinstance(cell, dict) else None for cell in cells]


def first_text(fields: dict, keys: tuple[str, ...]) -> str | None:
    """The first of the keys whose value is a non-blank string (a CMS object's title, slug, date), else None."""
    return next(filter(None, map(nonblank, map(fields.get, keys))), None)


def articles_of(entries: list, read: Callable[[object], dict | None]) -> object | None:
    """The entries of an API's answer as the article objects ``read`` makes of them, one entry the file's only
    page; None when ``read`` makes none. An entry it makes none of is left as it is, to be reported as no post."""
    articles = [read(entry) for entry in entries]
    if not any(articles):
        return None
    articles = [article or entry for article, entry in zip(articles, entries, strict=True)]
    return articles[0] if len(articles) == 1 else articles


def cms_article(
    record: dict,
    html: str,
    *,
    title: str | None,
    url: str | None,
    published_keys: tuple[str, ...],
    modified_keys: tuple[str, ...],
) -> dict:
    """The article object the JSON reader reads, made of a CMS record: its HTML, title, slug (the record's "slug"),
    absolute url, and the first published and modified dates its keys give, each as UTC."""
    return {
        "html": html,
        "title": title,
        "slug": nonblank(record.get("slug")),
        "url": web_url(url),
        "date_published": utc_date(first_text(record, published_keys)),
        "date_modified": utc_date(first_text(record, modified_keys)),
    }


def nonblank(value: object) -> str | None:
    """The value if it is a string with some text, else None."""
    return value if isinstance(value, str) and value.strip() else None
