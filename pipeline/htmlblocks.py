"""HTML to blocks, with the page chrome removed by structure.

BeautifulSoup (lxml parser) reads the page. Scripts, navigation, headers,
footers, sidebars, forms, comment widgets, ad slots, related posts and author
boxes go first, by tag and by class/id vocabulary. The article root is then
the smallest element holding every section heading, which leaves out any
chrome the vocabulary missed. What remains is walked in document order.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.builder import LXMLTreeBuilder
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from .blocks import Block
from .layout import Piece, split_inline_list
from .sections import classify_heading
from .sources import SourceMeta, slug_from_url

__all__ = ["HtmlPage", "html_to_pieces"]

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
    "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "dialog", "menu", "link", "meta",
)  # fmt: skip
# Class/id words of page chrome; matched against whole words of the attribute.
_CHROME_WORDS = frozenset(
    "comment comments wpdiscuz wpd respond sidebar widget widgets related author byline share sharing social "
    "breadcrumb breadcrumbs menu nav navbar navigation ad ads adsbygoogle advert advertisement adverts sponsor "
    "sponsored promo promotion banner cookie cookies consent newsletter subscribe popup modal masthead "
    "site-header site-footer footer header skip-link jp-relatedposts sharedaddy yarpp addtoany".split()
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(("p", "ul", "ol", "table", "li", "div", "section", "article", "main", "figure",
                         "blockquote", "pre", "dl", "dt", "dd", "figcaption", "details", "summary") + _HEADINGS)  # fmt: skip
# Elements nested deeper than this are flattened (libxml2's limit for XML; browsers cap at 512).
_MAX_DEPTH = 256
# Block elements that end a line of text when flattened.
_LINE_BREAKS = _BLOCK_TAGS | {"br", "tr", "td", "th"}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_DETAIL_LINE = re.compile(r"^[–—]\s+")


@dataclass(frozen=True)
class HtmlPage:
    """The blocks of an HTML page plus what its head says."""

    pieces: list[Piece]
    meta: SourceMeta


def _chrome(tag: Tag) -> bool:
    return _chrome_attrs(tag.attrs or {})


def _chrome_attrs(attrs: dict) -> bool:
    names = attrs.get("class") or []
    if isinstance(names, str):
        names = names.split()
    words = set()
    for value in [*names, attrs.get("id") or "", attrs.get("role") or ""]:
        lowered = str(value).lower()
        words.add(lowered)
        words.update(re.split(r"[-_\s]+", lowered))
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    return bool(words & _CHROME_WORDS)


def _meta(soup: BeautifulSoup) -> SourceMeta:
    def content(**attrs: str) -> str | None:
        tag = soup.find("meta", attrs=attrs)
        value = tag.get("content") if isinstance(tag, Tag) else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    canonical = soup.find("link", rel="canonical")
    url = canonical.get("href") if isinstance(canonical, Tag) else None
    url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    url = url or content(property="og:url")
    title_tag = soup.find("title")
    title = content(property="og:title") or (title_tag.get_text(" ", strip=True) if title_tag else None)
    return SourceMeta(
        url=url,
        slug=slug_from_url(url),
        title=title or None,
        date_published=content(property="article:published_time"),
        date_modified=content(property="article:modified_time"),
    )


def _article_root(body: Tag) -> Tag:
    """The smallest element that holds every section heading."""
    headings = [h for h in body.find_all(_HEADINGS) if classify_heading(_text(h)).spec is not None]
    if not headings:
        return body
    chains = [[p for p in h.parents if isinstance(p, Tag)] for h in headings]
    common = set(map(id, chains[0]))
    for chain in chains[1:]:
        common &= set(map(id, chain))
    for parent in chains[0]:
        if id(parent) in common:
            return parent
    return body


def _text(tag: Tag) -> str:
    return _SPACE.sub(" ", tag.get_text(" ")).strip()


class _Walker:
    """Walks the article root in document order and emits pieces."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self.pieces: list[Piece] = []

    def offset(self, tag_name: str) -> int:
        """Find the element's start tag in the source, scanning forward."""
        found = re.compile(rf"<{tag_name}\b", re.IGNORECASE).search(self.source, self.cursor)
        if found is None:
            return self.cursor
        self.cursor = found.end()
        return found.start()

    def walk(self, node: Tag, list_depth: int = 0) -> None:
        loose: list[NavigableString | Tag] = []
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, Tag) and child.name in _BLOCK_TAGS:
                self._flush(loose)
                loose = []
                self.element(child, list_depth)
            else:
                loose.append(child)
        self._flush(loose)

    def _flush(self, loose: list[NavigableString | Tag]) -> None:
        """Text sitting directly in a container becomes a paragraph."""
        text = "".join(_inline_text(part) for part in loose)
        if text.strip():
            start = self.cursor
            self._paragraph_lines(text, start, start + len(text), _link_ratio_of(loose))

    def element(self, tag: Tag, list_depth: int) -> None:
        name = tag.name
        if name in _HEADINGS:
            start = self.offset(name)
            text = _text(tag)
            if text:
                self.pieces.append(Piece(Block.heading(text, start, start + len(text), int(name[1])), _link_ratio(tag)))
        elif name == "p":
            start = self.offset("p")
            text = _inline_text(tag)
            bold = _wholly_bold(tag)
            if bold and len(text.split()) <= 14:
                self.pieces.append(Piece(Block.heading(bold, start, start + len(text), 4), _link_ratio(tag)))
            elif text.strip():
                self._paragraph_lines(text, start, start + len(text), _link_ratio(tag))
        elif name in ("ul", "ol"):
            self.offset(name)
            self._list(tag, list_depth)
        elif name == "table":
            self._table(tag)
        elif name == "pre":
            start = self.offset("pre")
            text = tag.get_text()
            if text.strip():
                self._paragraph_lines(text, start, start + len(text), 0.0)
        else:
            self.walk(tag, list_depth)

    def _paragraph_lines(self, text: str, start: int, end: int, ratio: float) -> None:
        """A paragraph, or a lead line plus '– item' lines (an inline list)."""
        lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        if len(lines) == 1:
            self.pieces.extend(split_inline_list(Block.paragraph(lines[0], start, end), ratio))
            return
        parent_open = False
        for line in lines:
            if _DETAIL_LINE.match(line):
                item = _DETAIL_LINE.sub("", line)
                depth = 1 if parent_open and item[:1].islower() else 0
                if depth == 0:
                    parent_open = item.endswith(":")
                self.pieces.append(Piece(Block.list_item(item, start, end, depth, "–"), ratio))
            else:
                parent_open = False
                self.pieces.extend(split_inline_list(Block.paragraph(line, start, end), ratio))

    def _list(self, tag: Tag, depth: int) -> None:
        ordered = tag.name == "ol"
        number = _int(tag.get("start"), 1) if ordered else None
        for item in tag.find_all("li", recursive=False):
            start = self.offset("li")
            nested = [c for c in item.children if isinstance(c, Tag) and c.name in ("ul", "ol")]
            own = [c for c in item.children if not (isinstance(c, Tag) and c.name in ("ul", "ol"))]
            text = "".join(_inline_text(part) for part in own)
            lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
            lines = [line for line in lines if line]
            marker = f"{number}." if ordered else "•"
            ratio = _link_ratio_of(own)
            if lines:
                head, details = lines[0], lines[1:]
                self.pieces.append(Piece(Block.list_item(head, start, start + len(text), depth, marker, number), ratio))
                for detail in details:
                    body = _DETAIL_LINE.sub("", detail)
                    self.pieces.append(Piece(Block.list_item(body, start, start + len(text), depth + 1, "–"), ratio))
            for child in nested:
                self.offset(child.name)
                self._list(child, depth + 1)
            if number is not None:
                number += 1

    def _table(self, tag: Tag) -> None:
        start = self.offset("table")
        rows: list[list[str]] = []
        header: list[str] = []
        for tr in tag.find_all("tr"):
            if tr.find_parent("table") is not tag:
                continue  # a nested table's rows belong to that table
            cells = tr.find_all(["th", "td"], recursive=False)
            values = [_text(c) for c in cells]
            if not header and not rows and (tr.find_parent("thead") is not None or all(c.name == "th" for c in cells)):
                header = values
            else:
                rows.append(values)
        if not header and rows:
            header = rows.pop(0)
        width = len(header)
        rows = [(row + [""] * width)[:width] for row in rows if any(row)]
        end = start + sum(len(" | ".join(r)) for r in rows)
        self.pieces.append(Piece(Block.table(header, rows, start, end), 0.0))


def _inline_text(node: NavigableString | Tag) -> str:
    """Text of inline content, with <br> as a line break."""
    if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
        return ""
    if isinstance(node, NavigableString):
        return str(node).replace("\n", " ")
    if node.name == "br":
        return "\n"
    if node.name in ("img",):
        return ""
    return "".join(_inline_text(child) for child in node.children)


def _wholly_bold(tag: Tag) -> str | None:
    """The text of a paragraph that is nothing but one bold run."""
    children = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) == 1 and isinstance(children[0], Tag) and children[0].name in ("strong", "b"):
        text = _text(children[0]).rstrip(":").strip()
        return text or None
    return None


def _link_ratio(tag: Tag) -> float:
    total = len(_text(tag)) or 1
    linked = sum(len(_text(a)) for a in tag.find_all("a"))
    return min(1.0, linked / total)


def _link_ratio_of(parts: list[NavigableString | Tag]) -> float:
    total = sum(len(_inline_text(p).strip()) for p in parts) or 1
    linked = 0
    for part in parts:
        if isinstance(part, Tag):
            if part.name == "a":
                linked += len(_text(part))
            else:
                linked += sum(len(_text(a)) for a in part.find_all("a"))
    return min(1.0, linked / total)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _sweep(body: Tag) -> None:
    """Remove page chrome: one pass with an explicit stack, linear in the size of the tree."""
    doomed: list[Tag] = []
    stack: list[Tag] = [body]
    while stack:
        for child in stack.pop().children:
            if not isinstance(child, Tag):
                continue
            if child.name in _DROP_TAGS or (child.name not in ("html", "body") and _chrome(child)):
                doomed.append(child)
            else:
                stack.append(child)
    for tag in doomed:
        tag.decompose()


class _CappedTreeBuilder(LXMLTreeBuilder):
    """lxml's HTML tree builder, with nesting capped at _MAX_DEPTH as browsers do.

    Past the cap, elements are not nested any further: their text joins the
    deepest open element, a block element becomes a line break, and what a
    dropped tag (script, style, a sidebar, ...) holds is left out. However
    deep the markup, building and walking the tree stay linear in its size
    and never recurse more than _MAX_DEPTH levels.
    """

    def initialize_soup(self, soup: BeautifulSoup) -> None:
        super().initialize_soup(soup)
        self._flat: list[str | None] = []  # per open element: None if nested, else how it was flattened
        self._muted = 0  # open flattened elements whose content is left out
        self._break = False  # a flattened block ended the line: break it before more text

    def start(self, tag, attrib, nsmap={}) -> None:  # noqa: ANN001, B006 - lxml's parser-target interface
        if len(self.soup.tagStack) <= _MAX_DEPTH:
            self._flat.append(None)
            self._break = False
            super().start(tag, attrib, nsmap)
            return
        name = str(tag).lower()
        if self._muted or name in _DROP_TAGS or _chrome_attrs(dict(attrib)):
            self._muted += 1
            self._flat.append("muted")
        else:
            self._flat.append("block" if name in _LINE_BREAKS else "inline")
            self._break = self._break or name in _LINE_BREAKS

    def end(self, tag) -> None:  # noqa: ANN001
        how = self._flat.pop()
        if how is None:
            self._break = False
            super().end(tag)
        elif how == "muted":
            self._muted -= 1
        elif how == "block":
            self._break = True

    def data(self, content) -> None:  # noqa: ANN001
        if self._muted:
            return
        if self._break and content.strip():
            self._break = False
            self.soup.handle_starttag("br", None, None, {})
            self.soup.handle_endtag("br")
        super().data(content)


def html_to_pieces(html: str) -> HtmlPage:
    """Parse an HTML page or fragment into article blocks and head metadata."""
    with warnings.catch_warnings():
        # Deliberate: XHTML and XML-ish pages are read as HTML, and any text may look like a URL.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, builder=_CappedTreeBuilder())
    meta = _meta(soup)
    body = soup.body or soup
    # The page title lives in the entry header, which the chrome sweep removes.
    h1 = body.find("h1")
    title_piece = None
    if isinstance(h1, Tag) and _text(h1):
        title_piece = Piece(Block.heading(_text(h1), 0, len(_text(h1)), 1), 0.0)
    _sweep(body)
    root = _article_root(body)
    walker = _Walker(html)
    walker.walk(root)
    pieces = walker.pieces
    if title_piece is not None and not any(p.block.kind == "heading" and p.block.level == 1 for p in pieces):
        pieces.insert(0, title_piece)
    return HtmlPage(pieces, meta)
