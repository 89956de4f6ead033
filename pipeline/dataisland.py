"""The article of a client-rendered page, read from the JSON data island its framework embeds.

A Next.js page saved without running its JavaScript holds only the app shell in its body (a skeleton,
"Loading…", the menus and footer); the article sits in <script id="__NEXT_DATA__" type="application/json">,
a string of HTML (or markdown) somewhere in the page's props. Where exactly is each site's own schema
("props.pageProps.post.content", "...page.body.html", a headless WordPress "content.rendered"), so the
article is found by what it is: the string holding the most section headings, else the longest HTML
string. Sibling strings (related posts' excerpts, ads' headlines) hold no headings and are shorter.

Any <script type="application/json"> island is read so (Nuxt 3's "__NUXT_DATA__" holds its strings as plain
JSON too); a JavaScript payload (Nuxt 2's "window.__NUXT__ = ...", Remix's context) is no JSON and is not read.
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


@dataclass(frozen=True)
class IslandArticle:
    """An article found in a page's JSON data island."""

    text: str  # the article as HTML, or as markdown when ``markdown``
    markdown: bool
    title: str | None  # the title of the nearest object holding the article
    where: str  # the island and the article's place in it: "__NEXT_DATA__ props.pageProps.post.content"


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
    """The article an HTML page holds in a JSON data island, or None when it has none."""
    if _ISLAND_TYPE not in page:
        return None
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
