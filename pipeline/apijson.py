"""Post APIs whose article is no WordPress REST post's field, as the article objects the JSON reader reads.

Arc XP's Content API answers an ANS story: {"type": "story", "headlines": {"basic"}, "content_elements": [...]},
the article a list of typed elements (text with inline HTML, header, list, table, divider). The other elements are
the newsroom's furniture: raw_html (ads, newsletter promos), interstitial_link ("Read more: ..."), image, gallery,
video, oembed_response, correction, and quote (a pullquote repeats the body). They are dropped.

Medium's ?format=json answers {"success", "payload": {"value": post, "references"}} behind a JSON-hijacking guard
("])}while(1);</x>"): the post's paragraphs are typed and hold plain text with markups by offset. Images, embeds and
pullquotes are dropped; "previewContent" repeats the opening and is never read.

A GraphQL answer {"data": {...}} holds its post where the query named it, a level or more down (Hashnode's
data.publication.post, WPGraphQL's data.post, a listing's data.posts.nodes): read as a post with its title, slug, url
and dates, its content Hashnode's {"html", "markdown"} (the HTML first) or WPGraphQL's HTML string.

The MediaWiki Action API's action=parse answers {"parse": {"title", "pageid", "displaytitle", "text", ...}}: "text" the
article as the wiki rendered it ({"*": html} in formatversion 1, the string itself in 2), read as an HTML page (the
HTML reader knows MediaWiki's edit links, toc, navboxes and references). The answer names no url and no date.

Diffbot's Article (or Analyze) API answers {"request", "humanLanguage", "objects": [...]}: each object one page it
extracted, its article HTML under "html" (its "text" the same without markup: tables lost, read only when there is no
HTML), "title", "pageUrl" (or "resolvedPageUrl") and "date"/"estimatedDate" (RFC 1123, GMT). Its "breadcrumb", "tags",
"images", "author" and "diffbotUri" are never read.

Webflow's Data API v2 answers a CMS collection item {"id", "cmsLocaleId", "lastPublished", "lastUpdated", "createdOn",
"isArchived", "isDraft", "fieldData": {...}} (a listing {"items": [item, ...], "pagination"}): the item's fields sit
under "fieldData", named by the collection's own slugs ("name", "slug", "post-body", "post-summary"), so the article is
its rich text field read as any post's HTML field is (a known body name, else the longest field holding block
elements, a summary never), "name" the title, "lastPublished"/"lastUpdated" the dates. The API names no URL; the
reference fields (author, category, related posts: item ids), images and plain text fields are never read.

Any other API answering a post object (Substack's /api/v1/posts/<slug>) or a list of them under results, items, data
or posts (HubSpot's CMS v3 blog posts) holds the article HTML as a string field ("body_html", "postBody"): the last
resort of the JSON reader, read as a post with its title, slug, url and dates.
"""

from __future__ import annotations

import html
import re

from .feeds import epoch_date, utc_date, web_url
from .headless import articles_of
from .headless import first_text as _first_text
from .headless import nonblank as _text
from .richtext import table_html

__all__ = [
    "PLAIN_TEXT", "arc_story_article", "diffbot_articles", "graphql_articles", "html_field_articles",
    "medium_post_article", "mediawiki_parse_article", "spans_html", "webflow_articles",
    "without_json_guard",
]  # fmt: skip


# JSON-hijacking guards -----------------------------------------------------------------------------------------------

# What an API writes before its JSON so that a <script> including it never runs: Medium's "])}while(1);</x>",
# Google's ")]}'", Facebook's "for (;;);", "while(1);". At the very start only.
_JSON_GUARD = re.compile(r"\s*(?:\]\)\}while\(1\);</x>|\)\]\}'|while\s*\(1\);|for\s*\(;;\);)")


def without_json_guard(text: str) -> str:
    """The JSON text with a hijacking guard opening it blanked by as many spaces (error columns stay true)."""
    if text[:1] not in "])wf" and not text[:1].isspace():  # a JSON text opens on "{" or "[": one test rules most out
        return text
    guard = _JSON_GUARD.match(text)
    return " " * guard.end() + text[guard.end() :] if guard else text


def _last_segment(path: str | None) -> str | None:
    return path.strip("/").rsplit("/", 1)[-1] or None if path else None


# MediaWiki action=parse -----------------------------------------------------------------------------------------------

_PARSE, _PARSE_TEXT, _FORMAT_V1_TEXT = "parse", "text", "*"
_TAGS = re.compile(r"<[^>]*>")


def mediawiki_parse_article(data: dict) -> dict | None:
    """A MediaWiki action=parse answer as an article object: its rendered text, title (displaytitle without its
    tags when there is no plain one) and pageid; None for any other object."""
    parse = data.get(_PARSE)
    if not isinstance(parse, dict):
        return None
    text = parse.get(_PARSE_TEXT)
    article = _text(text.get(_FORMAT_V1_TEXT) if isinstance(text, dict) else text)
    if article is None:
        return None
    display = _text(parse.get("displaytitle"))
    title = _text(parse.get("title")) or (_text(html.unescape(_TAGS.sub("", display))) if display else None)
    return {"id": parse.get("pageid"), "html": article, "title": title}


# Arc XP ANS ---------------------------------------------------------------------------------------------------------

_ANS_ELEMENTS = "content_elements"
_ANS_STORY_TYPES = frozenset(("story", "article"))
_ANS_URL_KEYS = ("canonical_url", "website_url")
# Its first publication is the story's date; display_date, what readers see, when the story names no other.
_ANS_PUBLISHED_KEYS = ("first_publish_date", "display_date", "publish_date")
_ANS_MODIFIED_KEYS = ("last_updated_date",)


def arc_story_article(data: dict) -> dict | None:
    """An ANS story as the article object the JSON reader reads: its elements as HTML, headlines.basic, its url (a
    path names the slug alone: the site's host is not in the story) and dates; None for any other object."""
    elements = data.get(_ANS_ELEMENTS)
    headlines = data.get("headlines")
    if data.get("type") not in _ANS_STORY_TYPES or not isinstance(elements, list) or not isinstance(headlines, dict):
        return None
    article = _ans_html(elements)
    if not article:
        return None
    path = _first_text(data, _ANS_URL_KEYS)
    return {
        "html": article,
        "title": _text(headlines.get("basic")),
        "slug": _text(data.get("slug")) or _last_segment(path),
        "url": web_url(path),
        "date_published": utc_date(_first_text(data, _ANS_PUBLISHED_KEYS)),
        "date_modified": utc_date(_first_text(data, _ANS_MODIFIED_KEYS)),
    }


def _ans_html(elements: list) -> str:
    return "".join(_ans_element_html(element) for element in elements if isinstance(element, dict))


def _ans_element_html(element: dict) -> str:
    """One element as its renderer would print it; furniture (any type not read here) is ""."""
    kind, content = element.get("type"), _text(element.get("content"))
    if kind == "text":
        return f"<p>{content}</p>\n" if content else ""
    if kind == "header":
        level = element.get("level")
        tag = f"h{level}" if isinstance(level, int) and 1 <= level <= 6 else "h2"
        return f"<{tag}>{content}</{tag}>\n" if content else ""
    if kind == "list":
        return _ans_list_html(element)
    if kind == "table":
        return _ans_table_html(element)
    return "<hr>\n" if kind == "divider" else ""


def _ans_list_html(element: dict) -> str:
    """A list's items, a nested list inside the item before it, as an editor nests them."""
    tag = "ol" if element.get("list_type") == "ordered" else "ul"
    items: list[str] = []
    for item in element.get("items") or ():
        if not isinstance(item, dict):
            continue
        if item.get("type") == "list" and items:
            items[-1] += _ans_list_html(item)
        elif item.get("type") == "list":
            items.append(_ans_list_html(item))
        elif content := _text(item.get("content")):
            items.append(content)
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>\n" if items else ""


def _ans_table_html(element: dict) -> str:
    """A table's header row in <thead>, its rows; a cell's content is inline HTML, as a text element's."""
    header, rows = element.get("header"), element.get("rows")
    head = f"<thead>{_ans_row_html(header, 'th')}</thead>" if isinstance(header, list) and header else ""
    body = "".join(_ans_row_html(row, "td") for row in rows if isinstance(row, list)) if isinstance(rows, list) else ""
    return f"<table>{head}<tbody>{body}</tbody></table>\n" if head or body else ""


def _ans_row_html(cells: list, tag: str) -> str:
    texts = (_text(cell.get("content")) if isinstance(cell, dict) else None for cell in cells)
    return "<tr>" + "".join(f"<{tag}>{text or ''}</{tag}>" for text in texts) + "</tr>"


# Medium -------------------------------------------------------------------------------------------------------------

# Paragraph types as Medium's editor numbers them. H3 is the editor's large heading (a post's sections), H4 its
# small one; H2 only in older posts. 4 IMG, 7 PULLQUOTE (repeats the body), 11 IFRAME, 14 MIXTAPE_EMBED: dropped.
_MEDIUM_BLOCKS = {1: "p", 2: "h2", 3: "h3", 13: "h4", 6: "blockquote", 8: "pre"}
_MEDIUM_LISTS = {9: "ul", 10: "ol"}  # ULI, OLI: one list item each, consecutive ones one list
_MEDIUM_MARKUPS = {1: "strong", 2: "em"}  # 3 (a link) is read as its text; 10 (code) too
# A PRE block pasted from a spreadsheet or a terminal: rows of cells between " | ", under a "---+---" rule.
_PIPE_RULE = re.compile(r"\s*-{3,}(?:\+-{3,})+\s*")


def medium_post_article(data: dict) -> dict | None:
    """A Medium post (its ?format=json answer, or the post object alone) as an article object: its paragraphs as
    HTML, title, uniqueSlug, mediumUrl and the dates it was first and last published; None for anything else."""
    payload = data.get("payload")
    post = payload.get("value") if isinstance(payload, dict) else data
    content = post.get("content") if isinstance(post, dict) else None
    body = content.get("bodyModel") if isinstance(content, dict) else None
    paragraphs = body.get("paragraphs") if isinstance(body, dict) else None
    if not isinstance(paragraphs, list) or not paragraphs:
        return None
    article = _medium_html([paragraph for paragraph in paragraphs if isinstance(paragraph, dict)])
    if not article:
        return None
    return {
        "html": article,
        "title": _text(post.get("title")),
        "slug": _first_text(post, ("uniqueSlug", "slug")),
        "url": web_url(_text(post.get("mediumUrl"))),
        "date_published": epoch_date(post.get("firstPublishedAt"), per_second=1000),
        "date_modified": epoch_date(post.get("latestPublishedAt"), per_second=1000),
    }


def _medium_html(paragraphs: list[dict]) -> str:
    out: list[str] = []
    open_list = ""
    for paragraph in paragraphs:
        kind = paragraph.get("type")
        text = paragraph.get("text") if isinstance(paragraph.get("text"), str) else ""
        list_tag = _MEDIUM_LISTS.get(kind) if isinstance(kind, int) else None
        if open_list and list_tag != open_list:
            out.append(f"</{open_list}>\n")
            open_list = ""
        if list_tag:
            out.append("" if open_list else f"<{list_tag}>")
            out.append(f"<li>{_marked_up(text, paragraph.get('markups'))}</li>")
            open_list = list_tag
        elif tag := _MEDIUM_BLOCKS.get(kind) if isinstance(kind, int) else None:
            out.append(_medium_block(tag, text, paragraph.get("markups")))
    if open_list:
        out.append(f"</{open_list}>\n")
    return "".join(out)


def _medium_block(tag: str, text: str, markups: object) -> str:
    if not text.strip():
        return ""
    if tag == "pre":
        return _pipe_table_html(text) or f"<pre>{html.escape(text, quote=False)}</pre>\n"
    return f"<{tag}>{_marked_up(text, markups)}</{tag}>\n"


def _marked_up(text: str, markups: object) -> str:
    """A paragraph's text escaped, its line breaks <br>, each run inside the elements of the markups covering it.

    Medium counts offsets in UTF-16 code units (a JavaScript string's), which an emoji before a markup shifts."""
    spans = []
    for markup in markups if isinstance(markups, list) else ():
        tag = _MEDIUM_MARKUPS.get(markup.get("type")) if isinstance(markup, dict) else None
        start, end = (markup.get("start"), markup.get("end")) if tag else (None, None)
        if isinstance(start, int) and isinstance(end, int) and start < end:
            spans.append((start, end, tag))
    units = _code_unit_offsets(text) if spans else None
    if units is not None:
        spans = [(units.get(start, len(text)), units.get(end, len(text)), tag) for start, end, tag in spans]
    return spans_html(text, spans)


def spans_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Text escaped, its line breaks <br>, each run inside the elements of the (start, end, tag) spans covering it
    (offsets in characters)."""
    cuts = sorted({0, len(text), *(offset for span in spans for offset in span[:2] if 0 < offset < len(text))})
    runs = []
    for start, end in zip(cuts, cuts[1:]):
        run = html.escape(text[start:end], quote=False).replace("\n", "<br>")
        for tag in dict.fromkeys(tag for s, e, tag in spans if s <= start and end <= e):
            run = f"<{tag}>{run}</{tag}>"
        runs.append(run)
    return "".join(runs)


def _code_unit_offsets(text: str) -> dict[int, int] | None:
    """The index of each UTF-16 offset into text, when a character outside the BMP makes them differ; else None."""
    if text.isascii() or all(ord(char) < 0x10000 for char in text):
        return None
    offsets, unit = {}, 0
    for index, char in enumerate(text):
        offsets[unit] = index
        unit += 2 if ord(char) >= 0x10000 else 1
    offsets[unit] = len(text)
    return offsets


def _pipe_table_html(text: str) -> str | None:
    """A PRE block holding a pipe table (a header row, a "---+---" rule, rows of " | " cells) as that table; None
    for any other PRE block (code, aligned prose)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or not _PIPE_RULE.fullmatch(lines[1]) or "|" not in lines[0]:
        return None
    width = lines[0].count("|") + 1
    rows = [[cell.strip() for cell in line.split("|")] for line in lines[2:]]
    if any(len(cells) != width for cells in rows):
        return None
    return table_html([cell.strip() for cell in lines[0].split("|")], rows)


# Diffbot ------------------------------------------------------------------------------------------------------------

_DIFFBOT_OBJECTS = "objects"
_DIFFBOT_URL_KEYS = ("pageUrl", "resolvedPageUrl")
_DIFFBOT_DATE_KEYS = ("date", "estimatedDate")
# The key of an article object holding its page as plain text (the JSON reader reads it as a text file is): the
# reader's own, no API's field.
PLAIN_TEXT = "_plain_text"


def diffbot_articles(data: dict) -> object | None:
    """A Diffbot response's objects as article objects (one the file's only page); None for any other JSON. An
    object holding neither HTML nor text is left as it is, to be reported as no post."""
    objects = data.get(_DIFFBOT_OBJECTS)
    if not isinstance(objects, list) or not objects:
        return None
    # Every object Diffbot extracts is typed ("article", "discussion", "product"): another API's "objects" is not.
    if not all(isinstance(item, dict) and isinstance(item.get("type"), str) for item in objects):
        return None
    return articles_of(objects, _diffbot_article)


def _diffbot_article(item: object) -> dict | None:
    if not isinstance(item, dict):
        return None
    html_text = _text(item.get("html"))
    article = {"html": html_text} if html_text and _is_article_html(html_text) else None
    if article is None and (plain := _text(item.get("text"))):
        article = {PLAIN_TEXT: plain}
    if article is None:
        return None
    url = web_url(_first_text(item, _DIFFBOT_URL_KEYS))
    return {
        **article,
        "title": _text(item.get("title")),
        "url": url,
        "date_published": utc_date(_first_text(item, _DIFFBOT_DATE_KEYS)),
    }


# Webflow ---------------------------------------------------------------------------------------------------------

_WEBFLOW_FIELDS = "fieldData"
_WEBFLOW_LISTING = "items"
_WEBFLOW_TITLE_KEYS = ("name", "title")
_WEBFLOW_PUBLISHED_KEYS = ("lastPublished", "createdOn")
_WEBFLOW_MODIFIED_KEYS = ("lastUpdated",)


def webflow_articles(data: dict) -> object | None:
    """A Webflow CMS item, or a listing's items (one the file's only page), as article objects; None for any other
    JSON. An item without rich text is left as it is, to be reported as no post."""
    if isinstance(data.get(_WEBFLOW_FIELDS), dict):
        return _webflow_article(data)
    items = data.get(_WEBFLOW_LISTING)
    if not isinstance(items, list) or not items:
        return None
    # Every item of a Webflow listing holds its fields under "fieldData": another API's "items" does not.
    if not all(isinstance(item, dict) and isinstance(item.get(_WEBFLOW_FIELDS), dict) for item in items):
        return None
    return articles_of(items, _webflow_article)


def _webflow_article(item: object) -> dict | None:
    if not isinstance(item, dict):
        return None
    fields = item[_WEBFLOW_FIELDS]
    article = _article_field(fields)
    if article is None:
        return None
    return {
        "html": article,
        "title": _first_text(fields, _WEBFLOW_TITLE_KEYS),
        "slug": _last_segment(_text(fields.get("slug"))),
        "url": None,
        "date_published": utc_date(_first_text(item, _WEBFLOW_PUBLISHED_KEYS)),
        "date_modified": utc_date(_first_text(item, _WEBFLOW_MODIFIED_KEYS)),
    }


# Any post API: an article HTML field --------------------------------------------------------------------------------

# The names post APIs give a post's article HTML, the likeliest first (Substack "body_html", HubSpot "postBody").
_BODY_KEYS = (
    "body_html", "bodyHtml", "postBody", "post_body", "html", "body", "content", "article_body", "articleBody",
    "content_html", "contentHtml", "html_body", "htmlBody", "text_html",
)  # fmt: skip
# A field naming a teaser holds the opening alone (Substack's "truncated_body_text", HubSpot's "postSummary").
_TEASER_WORDS = ("summary", "excerpt", "description", "truncated", "preview", "teaser", "snippet")
# Article HTML holds block elements; a title's or a caption's markup ("<em>", "<a>") does not.
_BLOCK_ELEMENT = re.compile(r"<(?:h[1-6]|p|ul|ol|table)[\s>]", re.IGNORECASE)
# The lists a listing API answers, each entry a post.
_LISTING_KEYS = ("results", "items", "data", "posts")
_TITLE_KEYS = ("title", "name", "headline", "htmlTitle")
_URL_KEYS = ("canonical_url", "canonicalUrl", "url", "link", "absolute_url", "absoluteUrl")
_PUBLISHED_KEYS = (
    "post_date", "publishDate", "publish_date", "published_at", "publishedAt", "date_published", "datePublished",
    "first_published_at", "created", "created_at", "createdAt",
)  # fmt: skip
_MODIFIED_KEYS = ("updated_at", "updatedAt", "updated", "modified", "date_modified", "dateModified", "modified_at")


def html_field_articles(data: object) -> object | None:
    """A post object, or a listing's posts (one the file's only page), as article objects; None when no object
    holds article HTML. An entry without any is left as it is, to be reported as no post."""
    if not isinstance(data, dict):
        return None
    if article := html_field_article(data):
        return article
    listing = next((value for value in map(data.get, _LISTING_KEYS) if isinstance(value, list) and value), None)
    return articles_of(listing or [], html_field_article)


def html_field_article(post: object) -> dict | None:
    """An object holding article HTML as an article object: the HTML, title, slug, url and dates; else None."""
    if not isinstance(post, dict):
        return None
    article = _article_field(post)
    if article is None:
        return None
    url = web_url(_first_text(post, _URL_KEYS))
    return {
        "id": post.get("id"),
        "html": article,
        "title": _first_text(post, _TITLE_KEYS),
        "slug": _last_segment(_text(post.get("slug"))),
        "url": url,
        "date_published": utc_date(_first_text(post, _PUBLISHED_KEYS)),
        "date_modified": utc_date(_first_text(post, _MODIFIED_KEYS)),
    }


def _article_field(post: dict) -> str | None:
    """The article HTML: the first known body field holding block elements, else the longest string field that
    does; a field named as a teaser never."""
    for key in _BODY_KEYS:
        if _is_article_html(post.get(key)):
            return post[key]
    fields = (
        value for key, value in post.items()
        if isinstance(key, str) and not _teaser(key) and _is_article_html(value)
    )  # fmt: skip
    return max(fields, key=len, default=None)


def _is_article_html(value: object) -> bool:
    return isinstance(value, str) and _BLOCK_ELEMENT.search(value) is not None


def _teaser(key: str) -> bool:
    name = key.lower()
    return any(word in name for word in _TEASER_WORDS)


# GraphQL ------------------------------------------------------------------------------------------------------------

# Where a query names its post (Hashnode's "post", WPGraphQL's "post"/"postBy") or its listing ("posts", whose
# "nodes" or "edges"[].node are the posts). Only these are taken: a post's comments, author, tags and seo, a level
# down too, are never the article.
_GRAPHQL_POST_KEYS = ("post", "postBy", "page", "pageBy", "article", "staticPage")
_GRAPHQL_LISTING_KEYS = ("posts", "pages", "articles")
_GRAPHQL_DEPTH = 3  # data.publication.post, data.user.publication.post: a query nests its result a few levels
_GRAPHQL_HTML_KEYS = ("html", "contentHtml")  # Hashnode's content object; WPGraphQL's "content" is the HTML itself
_GRAPHQL_MARKDOWN_KEYS = ("markdown", "contentMarkdown")
_GRAPHQL_URL_KEYS = ("url", "link", "canonicalUrl")
# WPGraphQL's "date" is the site's local time, its "dateGmt" UTC, as the REST reader's date_gmt.
_GRAPHQL_PUBLISHED_KEYS = ("publishedAt", "dateGmt", "date", "createdAt")
_GRAPHQL_MODIFIED_KEYS = ("updatedAt", "modifiedGmt", "modified")


def graphql_articles(data: object) -> object | None:
    """The post(s) of a GraphQL answer (or of its "data" saved alone, or a post object alone) as article objects,
    a listing's one post the file's only page; None when the query named no post holding an article."""
    if not isinstance(data, dict):
        return None
    root = data.get("data") if isinstance(data.get("data"), dict) else data
    found = _graphql_article(root) or _graphql_posts(root, _GRAPHQL_DEPTH)
    if not isinstance(found, list):
        return found
    return articles_of(found, _graphql_article)


def _graphql_posts(node: dict, depth: int) -> dict | list | None:
    """The post object (an article object already) or the listing's posts the query named under node, looked for
    a few levels down through its objects; None when there is none."""
    for key in _GRAPHQL_POST_KEYS:
        if isinstance(post := node.get(key), dict) and (article := _graphql_article(post)):
            return article
    for key in _GRAPHQL_LISTING_KEYS:
        if posts := _connection_nodes(node.get(key)):
            return posts
    if depth <= 1:
        return None
    children = (value for value in node.values() if isinstance(value, dict))
    return next(filter(None, (_graphql_posts(child, depth - 1) for child in children)), None)


def _connection_nodes(listing: object) -> list | None:
    """A listing's posts: a list, a connection's "nodes", or its "edges" each holding a "node"."""
    if isinstance(listing, dict):
        edges = listing.get("edges")
        nodes = [edge.get("node") for edge in edges if isinstance(edge, dict)] if isinstance(edges, list) else None
        listing = listing.get("nodes") if nodes is None else nodes
    return listing if isinstance(listing, list) and listing else None


def _graphql_article(post: object) -> dict | None:
    """A GraphQL post object as an article object: its content's HTML (else its markdown), title, slug, url and
    dates; None for any other object."""
    if not isinstance(post, dict):
        return None
    content = post.get("content")
    fields = content if isinstance(content, dict) else post
    body = _first_text(fields, _GRAPHQL_HTML_KEYS) or (content if isinstance(content, str) else None)
    kind = "html" if body and _is_article_html(body) else "markdown"
    body = body if kind == "html" else _first_text(fields, _GRAPHQL_MARKDOWN_KEYS)
    if not body:
        return None
    url = web_url(_first_text(post, _GRAPHQL_URL_KEYS))
    return {
        "id": post.get("databaseId", post.get("id")),
        kind: body,
        "title": _text(post.get("title")),
        "slug": _last_segment(_text(post.get("slug"))),
        "url": url,
        "date_published": utc_date(_first_text(post, _GRAPHQL_PUBLISHED_KEYS)),
        "date_modified": utc_date(_first_text(post, _GRAPHQL_MODIFIED_KEYS)),
    }
