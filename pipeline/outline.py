"""Outline's API answer (a self-hosted wiki), as the article objects the JSON reader reads.

documents.info answers {"data": document, "policies": [...], "status": 200, "ok": true}; documents.list a list of
documents under "data". A document keeps its article as markdown in "text", beside "title", "urlId", a "url" path
("/doc/<title slug>-<urlId>": the wiki's host is in no field), "publishedAt" and "updatedAt". Its creator, editors,
collaborators and the policies are never the article.
"""

from __future__ import annotations

from .feeds import utc_date, web_url
from .headless import articles_of, nonblank

__all__ = ["outline_articles"]

_URL_ID = "urlId"  # the key only Outline's documents carry
_TEXT = "text"


def outline_articles(data: object) -> object | None:
    """An Outline answer's "data" (a document, or a list of them: one the file's only page) as article objects;
    None when no entry is an Outline document holding text. An entry without any is left as it is."""
    return articles_of(data if isinstance(data, list) else [data], outline_article)


def outline_article(document: object) -> dict | None:
    """A document as an article object: its markdown, title, slug (the url path's last segment: the host is unknown,
    so no url) and dates in UTC; None for anything else."""
    if not isinstance(document, dict) or not nonblank(document.get(_URL_ID)):
        return None
    text = nonblank(document.get(_TEXT))
    if text is None:
        return None
    path = nonblank(document.get("url"))
    return {
        "markdown": text,
        "title": nonblank(document.get("title")),
        "url": web_url(path),
        "slug": path.strip("/").rsplit("/", 1)[-1] if path else document[_URL_ID],
        "date_published": utc_date(nonblank(document.get("publishedAt"))),
        "date_modified": utc_date(nonblank(document.get("updatedAt"))),
    }
