"""The article of a client-rendered page, read from the JSON data island its framework embeds.

A Next.js page saved without running its JavaScript holds only the app shell in its body (a skeleton,
"Loading…", the menus and footer); the article sits in <script id="__NEXT_DATA__" type="application/json">,
a string of HTML (or markdown) somewhere in the page's props. Where exactly is each site's own schema
("props.pageProps.post.content", "...page.body.html", a headless WordPress "content.rendered"), so the
article is found by what it is: the string holding the most section headings, else the longest HTML
string. Sibling strings (related posts' excerpts, ads' headlines) hold no headings and are shorter.

Any <script type="application/json"> island is read so (Nuxt 3's "__NUXT_DATA__" holds its strings as plain
JSON too); a JavaScript payload (Nuxt 2's "window.__NUXT__ = ...", Remix's context) is no JSON and is not read.

An app shell whose framework embeds no island may still name its article in its schema.org JSON-LD (an SEO
plugin's <script type="application/ld+json">): an Article, BlogPosting, ... node, alone, in a list or in an
"@graph", whose "articleBody" is the article itself, as HTML or, as many CMS plugins write it, plain text.
Only called for an HTML page whose body gave no blueprint: an ordinary page never pays for it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

__all__ = ["IslandArticle", "island_article"]

_ISLAND_TYPE = "application/json"
_JSON_SCRIPT = re.compile(
    r"<script\b([^>]*\btype\s*=\s*[\"']?application/json(?![-+\w])[^>]*)>(.*?)</script\s*>", re.S | re.I
)
_SCRIPT_ID = re.compile(r"\bid\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_HTML_TAG = re.compile(r"<[A-Za-z]")
_HTML_HEADING = re.compile(r"<h[1-6][\s>]", re.I)
# A markdown heading: sources.py's _markdown_like reads them so (not imported: sources imports this module).
_MD_HEADING = re.compile(r"^#{1,6} \S", re.M)
# Where the object holding the article keeps its title: a string, or a REST-style {"rendered": ...}.
_TITLE_KEY = "title"
_RENDERED = "rendered"

_LINKED_DATA_TYPE = "application/ld+json"
_LINKED_DATA_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json(?![-+\w])[^>]*>(.*?)</script\s*>", re.S | re.I
)
# The schema.org types whose "articleBody" is the page's article. A Comment's text is a reader's, never read.
_ARTICLE_TYPES = frozenset(("Article", "BlogPosting", "NewsArticle", "TechArticle", "Report", "WebPage"))
_COMMENT_TYPE = "Comment"
_BODY_KEY = "articleBody"
# An articleBody written as HTML holds tags of the article's elements; plain text may hold a "<" ("< 5%").
_BODY_TAG = re.compile(r"</?(?:p|h[1-6]|ul|ol|li|div|table|tr|td|br|strong|em|b|a|span|section)\b[^>]*>", re.I)


@dataclass(frozen=True)
class IslandArticle:
    """An article found in a page's JSON data island."""

    text: str  # the article as HTML, or as markdown when ``markdown``, or as plain text when ``plain``
    markdown: bool
    title: str | None  # the title of the nearest object holding the article
    where: str  # the island and the article's place in it: "__NEXT_DATA__ props.pageProps.post.content"
    plain: bool = False
    # What a JSON-LD article node says of itself; an island's strings carry no such fields.
    date_published: str | None = None
    date_modified: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class _Candidate:
    headings: int
    text: str
    markdown: bool
    title: str | None
    path: str

    @property
    def rank(self) -> tuple[int, int]:
        return self.headings, len(self.text)


def island_article(page: str) -> IslandArticle | None:
    """The article an HTML page holds in a JSON data island or in its JSON-LD, or None when it has none.

    Both found, the longer is the article: a JSON-LD body is named the article but some plugins cut it to an
    excerpt, and an island's string is found by its shape only (it may be a footer's rich text).
    """
    island = _data_island_article(page) if _ISLAND_TYPE in page else None
    linked = _linked_data_article(page) if _LINKED_DATA_TYPE in page else None
    if island is None or linked is None:
        return island or linked
    return linked if len(linked.text) >= len(island.text) else island


def _data_island_article(page: str) -> IslandArticle | None:
    """The article of the page's <script type="application/json"> islands: the string most like one."""
    best: tuple[_Candidate, str] | None = None
    for match in _JSON_SCRIPT.finditer(page):
        candidate = _island_candidate(match.group(2))
        if candidate is not None and (best is None or candidate.rank > best[0].rank):
            name = _SCRIPT_ID.search(match.group(1))
            best = candidate, name.group(1) if name else _ISLAND_TYPE
    if best is None:
        return None
    candidate, island = best
    return IslandArticle(candidate.text, candidate.markdown, candidate.title, f"{island} {candidate.path}".strip())


def _island_candidate(payload: str) -> _Candidate | None:
    """The string of one island most like an article: the most headings, then the longest; None without one."""
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):  # not JSON after all, or nested past what the parser takes
        return None
    best: _Candidate | None = None
    # Depth first, without recursion (a deep island must not exhaust the stack); each value with its path and
    # the title of the nearest object above it that has one.
    stack: list[tuple[object, str, str | None]] = [(data, "", None)]
    while stack:
        value, path, title = stack.pop()
        if isinstance(value, dict):
            title = _title(value.get(_TITLE_KEY)) or title
            stack += [(item, f"{path}.{key}" if path else str(key), title) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, f"{path}[{index}]", title) for index, item in enumerate(value)]
        elif isinstance(value, str) and (candidate := _article_like(value, path, title)) is not None:
            if best is None or candidate.rank > best.rank:
                best = candidate
    return best


def _article_like(text: str, path: str, title: str | None) -> _Candidate | None:
    """A string as an article candidate: HTML (its <h2>... counted) or markdown with headings; else None."""
    html_headings = len(_HTML_HEADING.findall(text)) if "<" in text else 0
    markdown_headings = len(_MD_HEADING.findall(text)) if "#" in text else 0
    if markdown_headings > html_headings:
        return _Candidate(markdown_headings, text, True, title, path)
    if html_headings or _HTML_TAG.search(text):
        return _Candidate(html_headings, text, False, title, path)
    return None


def _title(value: object) -> str | None:
    """An object's title as a reader takes it: a string, or a REST field's rendered one; entities decoded."""
    if isinstance(value, dict):
        value = value.get(_RENDERED)
    if not isinstance(value, str) or not value.strip():
        return None
    return html.unescape(value).strip() if "&" in value else value.strip()


def _linked_data_article(page: str) -> IslandArticle | None:
    """The article the page's JSON-LD holds: the longest articleBody of an article node; None without one."""
    best: tuple[dict, str] | None = None
    for match in _LINKED_DATA_SCRIPT.finditer(page):
        try:
            data = json.loads(match.group(1))
        except (ValueError, RecursionError):  # a broken block is no metadata
            continue
        for node, path in _linked_nodes(data):
            body = node.get(_BODY_KEY)
            if isinstance(body, str) and body.strip() and not _ARTICLE_TYPES.isdisjoint(_node_types(node)):
                if best is None or len(body) > len(best[0][_BODY_KEY]):
                    best = node, path
    if best is None:
        return None
    node, path = best
    body = node[_BODY_KEY]
    plain = _BODY_TAG.search(body) is None
    return IslandArticle(
        # Plain text a CMS took from its HTML keeps that HTML's entities ("&amp;", "&#8217;"): decoded once.
        html.unescape(body) if plain and "&" in body else body,
        False,
        _title(node.get("headline")) or _title(node.get("name")),
        f"{_LINKED_DATA_TYPE} {path}{'.' if path else ''}{_BODY_KEY}",
        plain,
        _text(node.get("datePublished")),
        _text(node.get("dateModified")),
        _web_address(node.get("url")) or _web_address(node.get("mainEntityOfPage")),
    )


def _linked_nodes(data: object) -> list[tuple[dict, str]]:
    """Every object of a JSON-LD block with its path ("@graph[4]"), a Comment's subtree left out; no recursion."""
    nodes: list[tuple[dict, str]] = []
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, list):
            stack += [(item, f"{path}[{index}]") for index, item in enumerate(value)]
        elif isinstance(value, dict) and _COMMENT_TYPE not in _node_types(value):
            nodes.append((value, path))
            stack += [(item, f"{path}.{key}" if path else str(key)) for key, item in value.items()]
    return nodes


def _node_types(node: dict) -> set[str]:
    """A node's @type names, without a vocabulary's prefix ("schema:Article", "https://schema.org/Article")."""
    kinds = node.get("@type")
    names = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    return {name.rpartition("/")[2].rpartition(":")[2] for name in names if isinstance(name, str)}


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _web_address(value: object) -> str | None:
    """A node's address: a URL string, or an object naming one by its "@id" (mainEntityOfPage's WebPage)."""
    if isinstance(value, dict):
        value = value.get("@id")
    address = _text(value)
    return address if address and address.startswith(("http://", "https://")) else None
