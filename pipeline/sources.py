"""Files to pages: gzip, input form, WordPress REST posts, feed items and crawl containers.

A file holds one page, except a WordPress REST JSON list (or a Ghost API response),
which holds one per post, a feed or export (RSS, Atom, Evernote .enex), one per
item, and a crawler's container, one per page it saved (a WARC's responses, a JSON
Lines file's lines). A browser's single-file save (.mhtml, .mht) is read as the HTML page it holds. Every
page carries the text the block parsers read (already decoded and repaired)
and what the input says about where it came from.
"""

from __future__ import annotations

import html as html_module
import json
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from itertools import islice
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from .apijson import (
    PLAIN_TEXT,
    arc_story_article,
    diffbot_articles,
    graphql_articles,
    html_field_articles,
    mediawiki_parse_article,
    medium_post_article,
    webflow_articles,
    without_json_guard,
)
from .cmsjson import flexible_content_html, jsonapi_articles
from .confluence import confluence_articles
from .contentstack import contentstack_articles
from .crawls import JsonLine, ServedPage, json_lines, warc_pages
from .dataisland import island_article
from .datocms import datocms_articles
from .decode import decode_bytes, decode_saved_page, decode_served
from .dumps import is_terminal_dump, may_be_quoted_message, quoted_message, unquoted_message, unwrap_dump
from .editorjs import editorjs_articles
from .errors import (
    CorruptGzipError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedJSONError,
    NotABlueprintError,
    UnreadJSONError,
    UnsupportedInputError,
)
from .feeds import FeedItem, feed_items, utc_date, wordpress_post_id
from .gdocsapi import gdocs_api_article
from .headless import sanity_articles, storyblok_articles
from .hygraph import hygraph_articles
from .mdx import mdx_as_markdown
from .mimepart import SavedPage
from .mojibake import Repair, repair_text
from .notionapi import notion_articles
from .outline import outline_articles
from .prismic import prismic_articles
from .reddit import reddit_articles
from .richtext import lexical_html, mobiledoc_html, prosemirror_html, rich_text_html
from .strapi import strapi_articles
from .telegraph import telegraph_article
from .tiddlywiki import read_tiddler
from .tumblr import tumblr_articles
from .wix import wix_articles

__all__ = [
    "DATE_PATTERN",
    "InputForm",
    "Page",
    "SourceMeta",
    "byline_date",
    "byline_dates",
    "form_of",
    "human_size",
    "island_page",
    "iso_date",
    "pages_from_bytes",
    "printed_page",
    "read_limited",
    "slug_from_url",
    "suffix_of",
]


class InputForm(StrEnum):
    """The forms a scraped page arrives in."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    WP_JSON = "wp_json"
    FEED = "feed"  # an XML feed or export: RSS, Atom, Evernote .enex (feeds.py)
    WARC = "warc"  # a web archive's pages: its HTML (markdown, text) responses, a WET file's texts (crawls.py)
    JSONL = "jsonl"  # JSON Lines: a crawler's items (Scrapy, Apify, Firecrawl), one a line (crawls.py)


_FORMS = {
    ".txt": InputForm.TEXT,
    ".text": InputForm.TEXT,
    ".md": InputForm.MARKDOWN,
    ".markdown": InputForm.MARKDOWN,
    ".mdx": InputForm.MARKDOWN,  # MDX (Docusaurus, Nextra, Astro): markdown with JSX, its own syntax blanked (mdx.py)
    ".html": InputForm.HTML,
    ".htm": InputForm.HTML,
    ".xhtml": InputForm.HTML,  # XHTML (an EPUB chapter, a scraper's save): the HTML parser reads its XML syntax
    ".xht": InputForm.HTML,
    ".mhtml": InputForm.HTML,  # a browser's single-file save: its HTML part is read (mimepart.saved_page)
    ".mht": InputForm.HTML,
    ".eml": InputForm.HTML,  # an email message: its HTML part is read, else its text/plain one (mimepart.mailed_page)
    ".json": InputForm.WP_JSON,
    ".xml": InputForm.FEED,
    ".rss": InputForm.FEED,
    ".atom": InputForm.FEED,
    ".enex": InputForm.FEED,
    ".warc": InputForm.WARC,
    ".wet": InputForm.WARC,  # Common Crawl's ".warc.wet(.gz)": WARC records of each page's text (crawls.py)
    ".jsonl": InputForm.JSONL,
    ".ndjson": InputForm.JSONL,
    ".tid": InputForm.TEXT,  # a TiddlyWiki tiddler: its fields, then its body (tiddlywiki.py)
}


_SAVED_PAGE_SUFFIXES = frozenset((".mhtml", ".mht", ".eml"))


def form_of(name: str) -> InputForm | None:
    """The input form a file name promises, or None when unsupported."""
    return _FORMS.get(_suffix(name))


def suffix_of(name: str) -> str:
    """A file's type as the walk tells it: its suffix, with ".gz" after the inner one (".pdf.gz"); "no suffix"."""
    suffix = _suffix(name)
    if name.lower().endswith(".gz"):
        suffix += ".gz"
    return suffix or "no suffix"


def _suffix(name: str) -> str:
    """The suffix naming a file's form, lowercased: the one before ".gz" for a gzipped file."""
    path = PurePosixPath(name.lower())
    return PurePosixPath(path.stem).suffix if path.suffix == ".gz" else path.suffix


@dataclass(frozen=True)
class SourceMeta:
    """What the input says about the page's origin."""

    url: str | None = None
    slug: str | None = None
    post_id: int | None = None
    title: str | None = None
    date_published: str | None = None
    date_modified: str | None = None


@dataclass(frozen=True)
class Page:
    """One page to extract: its repaired text and where it came from."""

    text: str
    form: InputForm  # the form of ``text``: a REST post's content is HTML
    input_form: InputForm
    meta: SourceMeta
    encoding: str
    repairs: list[Repair] = field(default_factory=list)
    #: which post of a REST JSON list this is ("" for single-page files)
    part: str = ""
    #: why this entry of a REST list is no post to read (it has no content.rendered nor content.raw), else None
    not_a_post: str | None = None
    #: why this part of a container could not be read at all (a JSON Lines line, a WARC record that does not parse)
    error: InputError | None = None
    #: ``text``'s own UTF-8 bytes, when the file held exactly them (the HTML parser then need not encode the page);
    #: None on any Page whose text is not the file's as decoded
    utf8: bytes | None = field(default=None, repr=False, compare=False)
    #: the blocks of page chrome the HTML reader dropped before any block was made (htmlblocks.HtmlPage.removed)
    removed_chrome: int = 0


def read_limited(data_or_gzip: bytes, name: str, max_bytes: int) -> bytes:
    """Return the file's bytes, gunzipped when named .gz, never past max_bytes."""
    if len(data_or_gzip) > max_bytes:
        raise InputTooLargeError(f"larger than --max-bytes ({human_size(max_bytes)})")
    if not name.lower().endswith(".gz"):
        return data_or_gzip
    out = bytearray()
    try:
        decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        chunk = decompressor.decompress(data_or_gzip, max_bytes + 1)
        out += chunk
        # Concatenated gzip members are legal; read them too, within the limit.
        while decompressor.eof and decompressor.unused_data and len(out) <= max_bytes:
            rest = decompressor.unused_data
            decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            out += decompressor.decompress(rest, max_bytes + 1 - len(out))
        if len(out) > max_bytes or decompressor.unconsumed_tail:
            raise InputTooLargeError(f"expands past --max-bytes ({human_size(max_bytes)}) when gunzipped")
        if not decompressor.eof:
            raise CorruptGzipError("corrupt gzip file (truncated)")
    except zlib.error as exc:
        raise CorruptGzipError(f"corrupt gzip file ({exc})") from exc
    return bytes(out)


def human_size(size: int) -> str:
    """A byte count as people write it: 512 bytes, 10 KB, 20 MB."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:g} {unit}" if unit == "bytes" else f"{size:.4g} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def pages_from_bytes(data: bytes, name: str, max_bytes: int) -> list[Page]:
    """Turn a file's bytes into the pages it holds."""
    suffix = _suffix(name)
    form = _FORMS.get(suffix)
    if form is None:
        raise UnsupportedInputError(f"unsupported file type: {name}")
    raw = read_limited(data, name, max_bytes)
    if form is InputForm.WARC:  # bytes of every type, images too: each page is decoded on its own
        return _warc_pages(raw)
    decoded, saved = (
        decode_saved_page(raw, suffix == ".eml") if suffix in _SAVED_PAGE_SUFFIXES else (decode_bytes(raw), None)
    )
    # What `not text.strip()` tests (isspace is strip's whitespace), without copying the page.
    if not decoded.text or decoded.text.isspace():
        raise EmptyInputError("empty file (0 bytes)" if not raw else "no text: the file holds only whitespace")
    if form is InputForm.WP_JSON:
        return _posts(decoded.text, decoded.encoding)
    if form is InputForm.FEED:
        return _feed_pages(decoded.text, decoded.encoding, list(decoded.repairs))
    if form is InputForm.JSONL:
        return _jsonl_pages(decoded.text, decoded.encoding)
    # A file that decoded as UTF-8 as it is holds the text's own UTF-8 bytes: repair_text need not encode it again.
    text, repairs = repair_text(decoded.text, raw if decoded.source == "utf-8" else None)
    if suffix == ".mdx":
        text = mdx_as_markdown(text)
    repairs = [*decoded.repairs, *repairs]  # a MIME part's headers and transfer encoding, undone first
    read_as = InputForm.TEXT if saved is not None and not saved.html else form  # an email's text/plain part
    tiddler = read_tiddler(text) if suffix == ".tid" else None
    if tiddler is not None:
        text, read_as = tiddler.text, InputForm.MARKDOWN if tiddler.markdown else InputForm.TEXT
    text, repairs, meta = _text_page(text, read_as, repairs)
    if tiddler is not None:  # its fields name the page and date it, not a byline
        meta = replace(
            meta,
            title=tiddler.title or meta.title,
            date_published=tiddler.created or meta.date_published,
            date_modified=tiddler.modified or meta.date_modified,
        )
    if saved is not None:
        meta = _saved_page_meta(saved, text, meta)
    # An HTML file read unchanged: lxml parses its bytes, not a second encoding of them (== is a memcmp).
    utf8 = raw if read_as is InputForm.HTML and decoded.source == "utf-8" and text == decoded.text else None
    return [Page(text, read_as, form, meta, decoded.encoding, repairs, utf8=utf8)]


# What names an HTML page's title for the HTML stage (htmlblocks: og:title, else <title>).
_HTML_TITLE = re.compile(r"<title[\s>]|og:title", re.IGNORECASE)


def _saved_page_meta(saved: SavedPage, text: str, meta: SourceMeta) -> SourceMeta:
    """What a browser's single-file save says of its page: the address it was saved from, which the page's own
    canonical link may not give; its Subject, the browser's title, only when the HTML names none. An email's
    Subject is its post's title (a template's <title> is often empty or generic), and its Date when the post was
    published (else the text's byline date)."""
    title = saved.subject if saved.mailed or _HTML_TITLE.search(text) is None else None
    date = utc_date(saved.date) or meta.date_published
    return SourceMeta(url=saved.url, slug=slug_from_url(saved.url), title=title, date_published=date)


def _text_page(text: str, form: InputForm, repairs: list[Repair]) -> tuple[str, list[Repair], SourceMeta]:
    """A repaired text, markdown or HTML page as the block readers take it, its repairs, and what its head
    says about its source (front matter, a reader crawler's block, a byline's date)."""
    # html2text's output is often saved as .txt: markdown all the same.
    markdown = form is InputForm.MARKDOWN or (form is InputForm.TEXT and _markdown_like(text))
    meta = SourceMeta()
    # A forwarded email quoting the whole page ("> " on every line, hard-wrapped by the mail client): the page it
    # quotes, unquoted and, as plain text, its wrapped lines joined (a markdown page's are joined below).
    forward = form is not InputForm.HTML and may_be_quoted_message(text) and quoted_message(text.split("\n"))
    if forward:
        # The markers hide a quoted markdown page's "#" headings from _markdown_like: read without them.
        markdown = markdown or (form is InputForm.TEXT and _markdown_like(text.replace("\n> ", "\n")))
        text = unquoted_message(text, unwrap=not markdown)
    if form is InputForm.TEXT and not forward and is_terminal_dump(text):
        if url := _dump_url(text):  # read before unwrap_dump drops the References list
            meta = SourceMeta(url=url, slug=slug_from_url(url))
        text = unwrap_dump(text)  # one line per paragraph, item and table row, as other text pages
    elif markdown and (width := _markdown_wrap_width(text)):
        text = _unwrapped_markdown(text, width)  # pandoc's 72 columns, html2text's 78: one line per paragraph and item
    if markdown and ("--" in text or " -> " in text):  # html2text writes an em dash "--" and an arrow "->"
        text, dashes = _markdown_dashes(text)
        repairs = _merge(repairs, dashes) if dashes else repairs
    # An HTML page's metadata is read by the HTML stage, which parses the page anyway.
    if form is not InputForm.HTML and text.startswith(_READER_TITLE):
        meta, text = _reader_front(text)
    elif form is not InputForm.HTML and text.startswith(("---", "+++")):
        meta, text = _front_matter(text)
    if markdown and meta.url is None and text.startswith("# ") and (clipped := _CLIPPED_SOURCE.match(text)):
        meta = replace(meta, url=clipped.group(1), slug=meta.slug or slug_from_url(clipped.group(1)))
    if form is not InputForm.HTML and meta.date_published is None:
        published, modified = byline_dates(text)
        meta = replace(meta, date_published=published, date_modified=meta.date_modified or modified)
    return text, repairs, meta


# A web clipper's note (Joplin's) opens with the page's title as its H1 and, under it, the page's address as a link
# whose text is the address itself: "# Title" then "[https://…](https://…)". Only that line, right under the
# H1, is the source: a link elsewhere is the article's.
_CLIPPED_SOURCE = re.compile(r"# [^\n]*\n(?:[ \t]*\n){0,2}\[(https?://[^\]\s]+)\]\(\1\)[ \t]*(?:\n|$)")


# Forms whose HTML is a whole page as served, head and scripts too (a REST post's is its article's markup alone).
_WHOLE_PAGE_FORMS = frozenset((InputForm.HTML, InputForm.WARC, InputForm.JSONL))


def island_page(page: Page, meta: SourceMeta) -> Page | None:
    """The article a client-rendered HTML page holds only in its JSON data island (Next.js "__NEXT_DATA__") or its
    JSON-LD's articleBody, as the page to read instead; None for any other page, or one without either.

    ``meta`` is what the page's head says (its <title>, canonical URL, dates): kept, but for the title of the
    object holding the article, which names the post where the <title> may add the site's name. The report
    lists the island read among the repairs, as a REST post read from content.raw is.
    """
    if page.input_form not in _WHOLE_PAGE_FORMS or page.form is not InputForm.HTML:
        return None
    article = island_article(page.text)
    if article is None:
        return None
    # Escaped "\u00e2\u20ac\u201c" in the JSON decodes to mojibake the page's own repair could not see.
    text, repairs = repair_text(article.text)
    form = InputForm.TEXT if article.plain else InputForm.MARKDOWN if article.markdown else InputForm.HTML
    head = SourceMeta()
    if form is not InputForm.HTML:  # read as a markdown or text file is: unwrapped, its dashes and front matter read
        text, repairs, head = _text_page(text, form, repairs)
    title, title_repairs = repair_text(article.title or "")
    url = meta.url or article.url  # a JSON-LD article's own address and dates where the head names none
    meta = replace(
        meta,
        title=title or head.title or meta.title,
        url=url,
        slug=meta.slug or slug_from_url(url),
        date_published=meta.date_published or article.date_published,
        date_modified=meta.date_modified or article.date_modified,
    )
    read = Repair("HTML body without the article", f"{article.where} read", 1)
    repairs = _merge(page.repairs, [*repairs, *title_repairs, read])
    return Page(text, form, page.input_form, meta, page.encoding, repairs)


def printed_page(page: Page, printed: str) -> Page:
    """A PDF shown as pdf2htmlEX's or poppler's (pdftohtml) HTML, as the text page its pdftotext -layout print
    would be: ``printed``, unwrapped as such a print is (running lines dropped, wrapped lines and cells joined)
    however short it is.

    Its meta is what that text says (a byline's date); the HTML stage read the page's head, which the caller
    keeps first. The report lists the reading among the repairs, as an island's article."""
    text = unwrap_dump(printed)
    read = Repair("PDF lines positioned in HTML (pdf2htmlEX, pdftohtml)", "read as the PDF's text", 1)
    published, modified = byline_dates(text)
    meta = SourceMeta(date_published=published, date_modified=modified)
    return Page(text, InputForm.TEXT, page.input_form, meta, page.encoding, _merge(page.repairs, [read]), page.part)


# lynx lists every link's URL under "References", an in-page anchor ("#section-3", the comments, the skip link)
# resolved against the page's own address: the address two or more anchors share is the page's. One alone
# proves nothing: a skip link may point to the site's root ("https://site.example/#content").
_DUMP_ANCHOR = re.compile(r"^[ \t]*(?:\d+\.|\[\d+\])[ \t]+(https?://[^\s#]+)#", re.M)
_DUMP_ANCHORS_MIN = 2


def _dump_url(text: str) -> str | None:
    """The address a terminal dump was made from, read from its References list; None without one."""
    references = text.rfind("\nReferences")
    if references < 0:
        return None
    anchored = Counter(_DUMP_ANCHOR.findall(text, references))
    url, count = anchored.most_common(1)[0] if anchored else (None, 0)
    return url if count >= _DUMP_ANCHORS_MIN else None


# Hard-wrapped markdown (pandoc wraps at 72 columns, html2text at 78): its prose lines end within a few
# columns of one width. Lines that are no paragraph's are never wrapped nor continued: headings, table
# rows and borders, fenced divs, HTML; and neither are lines with column gaps after their marker (a simple
# table's rows). Lines with a link's URL, unbreakable, may run past the width: they do not tell it.
_MD_NO_PARAGRAPH = re.compile(r" {0,3}(?:#|\||\+[-=]|:::|<)")
_MD_ITEM_MARKER = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_MD_GAP = re.compile(r"\S {2,}\S")
_MD_WRAP_WIDTHS = range(60, 101)
_MD_WRAP_MIN_LINES = 20
_MD_WRAP_BAND = 10  # columns under the width that a wrapped line ends within ...
_MD_WRAP_SHARE = 0.3  # ... this share of the prose lines at least
_MD_WRAP_OUTLIERS = 100  # one line in this many may run past the width
# Wrappers count a line's end apart (pandoc keeps its lines under 72 columns, and a hard break's "\\" past
# them): a next word that would have ended this close to the width did not fit either.
_MD_WRAP_SLACK = 3
# What opens a block of its own, which no wrapped line does: a heading, a list marker ("–" a detail's),
# a quote, HTML, a table's row or border, a fence or div, a link definition, a rule or a setext underline,
# and a bold label opening a labelled field ("**How it shows up:** ...", one per line on crawled pages).
_MD_BLOCK_START = re.compile(
    r"[ \t]*(?:#{1,6}(?:\s|$)|[-*+•–—][ \t]|\d{1,3}[.)](?:\s|$)|[>|<]|\+[-=]|:::|```|~~~|\[[^\]]+\]:\s"
    r"|(?:[-*_=][ \t]*){3,}$|(?:\*\*|__)[^*_]{1,60}:)"
)


def _markdown_prose(line: str) -> bool:
    """Whether a line may be a paragraph's or a list item's text: not a heading's, a table's, a div's or HTML."""
    return _MD_NO_PARAGRAPH.match(line) is None and _MD_GAP.search(_MD_ITEM_MARKER.sub("", line, 1)) is None


def _wrappable(line: str) -> bool:
    """Whether a wrapper would have broken a line this long: a paragraph's prose of several words, without a
    link's URL. List items and pipe table rows do not tell the width: html2text leaves them whole."""
    return (
        " " in line.strip() and "](" not in line and "http" not in line and "|" not in line
        and _markdown_prose(line) and _MD_ITEM_MARKER.match(line) is None
    )


# A text page written as markdown (a converter's output saved as .txt): headings opened by "## ".
_MD_HEADING = re.compile(r"^#{1,6} \S", re.M)
_MD_LIKE_HEADINGS = 3


def _markdown_like(text: str) -> bool:
    """Whether a text page is markdown: a few "#" headings."""
    # The pattern opens with a line start, tried at every position (~0.2 ms a page): most text pages hold no "#".
    if "#" not in text:
        return False
    return next(islice(_MD_HEADING.finditer(text), _MD_LIKE_HEADINGS - 1, None), None) is not None


def _markdown_wrap_width(text: str) -> int:
    """The width a markdown page's prose is hard-wrapped at, or 0 when it writes a paragraph on one line."""
    lines = text.split("\n")
    # Most pages write a paragraph on one line: more prose lines longer than any wrap width than a few
    # outliers say no, from near their top, before the per-line reading below.
    widest = _MD_WRAP_WIDTHS[-1]
    too_long = (line for line in lines if len(line) > widest and _wrappable(line))
    if next(islice(too_long, 1 + len(lines) // _MD_WRAP_OUTLIERS, None), None) is not None:
        return 0
    lengths = sorted(len(line) for line in map(str.rstrip, lines) if _wrappable(line))
    if len(lengths) < _MD_WRAP_MIN_LINES:
        return 0
    width = lengths[-(1 + len(lengths) // _MD_WRAP_OUTLIERS)]
    if width not in _MD_WRAP_WIDTHS:
        return 0
    packed = sum(1 for length in lengths if width - _MD_WRAP_BAND <= length <= width)
    return width if packed >= _MD_WRAP_SHARE * len(lengths) else 0


def _unwrapped_markdown(text: str, width: int) -> str:
    """Each hard-wrapped paragraph and list item on one line, as CommonMark reads them.

    A line continues the one above when the converter wrapped there (its first word would not have fitted
    on that line) and it opens no block; not after a hard line break ("\\" or two spaces at the line's end,
    a break the block reader keeps as a new line), nor within a simple table (from its dashed rule to the
    blank line closing it), nor after a line that is no paragraph's (a heading, a table's, a fence's).
    """
    out: list[str] = []
    last = 0  # length of the previous line when a wrapped line may continue it, else 0
    in_table = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            in_table = False
            last = 0
            out.append(line)
            continue
        wrapped = last and last + 1 + len(stripped.split(None, 1)[0]) > width - _MD_WRAP_SLACK
        if wrapped and not _MD_BLOCK_START.match(line):
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line)
            in_table = in_table or (stripped[0] == "-" and " " in stripped and not stripped.strip("- "))
        continued = not in_table and not line.endswith(("\\", "  ")) and _markdown_prose(line)
        last = len(line.rstrip()) if continued else 0
    return "\n".join(out)


# pandoc without smart punctuation writes an en dash "--" and an em dash "---": between a word or number
# and the next ("2--5 years", "K--12", "Current --- an established role"). Not a table's border or a
# rule ("|---|", "|:---:|", "---", "------ ----"), an HTML comment's "<!--"/"-->" or a command's "--force"
# (a space before, none after, within a line); nor inside a link's URL or an attribute ("#ai--automation", see
# _in_address).
# A spaced dash may follow a "+" or a link ("Network+ -- Optional", "[CBET](url) -- Important"): no border
# or URL holds a space.
_MD_DASH = re.compile(r"(?:(?<=[^\s|+:<!-])(-{2,3})|(?<=[^\s|<!-])[ ](-{2,3})[ ])(?=[^\s|+:>-])")
# At a line's start, before a space and a word, "--" is a dash opening a detail line ("-- Use: ..."): no list
# marker, rule or setext underline is written so.
_MD_LINE_DASH = re.compile(r"^([ \t]*)(-{2,3})(?= [^\s|-])", re.M)
_DASHES = {"--": "–", "---": "—"}
# A converter's arrow "->" between words ("BMET I -> BMET II", "Optional -> Important"), spaced: not a
# pointer's "a->b", an HTML comment's "-->" nor a shell's "2>&1".
_MD_ARROW = re.compile(r"(?<=[\w).]) -> (?=[\w(])")
_ARROW = "→"


def _markdown_dashes(text: str) -> tuple[str, list[Repair]]:
    """The page with pandoc's "--" and "---" read as the en and em dashes they stand for, a converter's "->"
    as the arrow, and those repairs."""
    counts: dict[str, int] = {}
    line = ""

    def dash(match: re.Match[str]) -> str:
        tight, spaced = match.groups()
        written = tight or spaced
        if tight and _in_address(line, match.start(), match.end()):
            return match.group(0)
        counts[written] = counts.get(written, 0) + 1
        return _DASHES[written] if tight else f" {_DASHES[written]} "

    def line_dash(match: re.Match[str]) -> str:
        indent, written = match.groups()
        counts[written] = counts.get(written, 0) + 1
        return indent + _DASHES[written]

    if "--" in text:
        # Line by line, and only the lines holding "--": no match and no context it reads (the characters
        # around a dash, an address's run of non-space characters) crosses a line end, and a pattern opening
        # with a lookbehind is tried at every position of whatever it is given (~2.5 ms over a whole page).
        lines = text.split("\n")
        # Code is quoted as written: an SQL "-- comment", a "--flag" in a fenced block is no pandoc dash.
        fenced = ("`" in text and "```" in text) or ("~" in text and "~~~" in text)
        in_code = False
        for index, line in enumerate(lines):
            if fenced and line.lstrip()[:3] in ("```", "~~~"):
                in_code = not in_code
            elif "--" in line and not in_code:
                lines[index] = _MD_LINE_DASH.sub(line_dash, _MD_DASH.sub(dash, line))
        text = "\n".join(lines)
    repairs = [Repair(written, _DASHES[written], n) for written, n in sorted(counts.items())]
    if " -> " in text:
        text, arrows = _MD_ARROW.subn(f" {_ARROW} ", text)
        repairs += [Repair("->", _ARROW, arrows)] if arrows else []
    return text, repairs


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a URL, an anchor or an attribute: its run of non-space characters holds
    one's mark ("/", "#", "=")."""
    before = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    after = min((k for k in (text.find(" ", end), text.find("\n", end)) if k >= 0), default=len(text))
    token = text[before:after] if text[start] != " " else text[before:start] + text[end:after]
    return any(mark in token for mark in "/#=")


# The byline under a crawled article's title: "By [Name](url) · March 14, 2026 · 14 min read" (or "· Published
# March 14, 2026"), the date alone before the reading time, or WordPress's "Posted on March 14, 2026 by Name".
# Read only before the first numbered heading line ("## 1) Role Summary"), within the page's head: the article
# body and what follows it (comments, related posts) have dates too.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATTERN = rf"(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_BYLINE_DATE = re.compile(
    # "By <name> · <date>", the date perhaps labelled: "By <name> · Published March 14, 2026 · Updated ...";
    # a reader view's "By <name>, <date>" (its byline's separators dropped)
    rf"^[ \t*_\[]*(?:By [^\n]{{1,200}}?[·|•,][ \t]*(?:(?:Published|Posted)(?: on)?:?[ \t]+)?(?P<by>{DATE_PATTERN})"
    rf"|(?P<read>{DATE_PATTERN})[ \t]*[·|•][ \t]*\d+[ \t]*min(?:ute)?s? read"  # "<date> · 14 min read"
    # WordPress's "Posted on <date> by <name>", the date often a link (read by _POSTED_DATE)
    rf"|(?:Posted|Published) on[ \t]+(?P<posted>\[?(?:\d|{_MONTH})[^\n]{{0,80}}))",
    re.M,
)
# A link's markup inside or around the date: "[November 18, 2025](url)", a dump's "[November][20] 18, 2025".
_LINK_MARKUP = re.compile(r"\]\([^)\n]*\)|\]\[\d{1,4}\]|\[\d{1,4}\]|[\[\]]")
_POSTED_DATE = re.compile(DATE_PATTERN)
# The byline's edit date after its publication's: "· Updated April 2, 2025", "| Last modified on: 9 Mar 2026".
_BYLINE_UPDATED = re.compile(rf"\b(?:[Uu]pdated|[Mm]odified)(?: on)?:?[ \t]+\[?({DATE_PATTERN})")
_FIRST_NUMBERED_HEADING = re.compile(r"^[ \t#*]*\d{1,2}[.)][ \t]", re.M)
_BYLINE_HEAD = 8000  # characters: bylines sit under the title, after the site's menus at most
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%d %b. %Y", "%Y-%m-%d")


def byline_date(text: str) -> str | None:
    """The ISO date of the byline before the first numbered heading, if any: "March 14, 2026" → "2026-03-14"."""
    return byline_dates(text)[0]


def byline_dates(text: str) -> tuple[str | None, str | None]:
    """The ISO dates (published, modified) of the byline before the first numbered heading, if any: "By Lorna ·
    March 11, 2025 · Updated April 2, 2025 · 24 min read" → ("2025-03-11", "2025-04-02"). The edit's date is read
    on the line the publication's is found on: the byline's, not a later "Updated" in the page."""
    head = text[:_BYLINE_HEAD]
    first_heading = _FIRST_NUMBERED_HEADING.search(head)
    byline = _BYLINE_DATE.search(head, 0, first_heading.start() if first_heading else len(head))
    if byline is None:
        return None, None
    updated = _BYLINE_UPDATED.search(head, byline.start(), _line_end(head, byline.start()))
    modified = iso_date(updated.group(1)) if updated else None
    if posted := byline.group("posted"):
        date = _POSTED_DATE.match(_LINK_MARKUP.sub("", posted))
        return (iso_date(date.group()) if date else None), modified
    return iso_date(byline.group("by") or byline.group("read")), modified


def _line_end(text: str, start: int) -> int:
    """Where the line holding text[start] ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def iso_date(text: str) -> str | None:
    """The ISO form of a date written as DATE_PATTERN matches: "March 14, 2026" / "14 Mar 2026" → "2026-03-14"."""
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(text, date_format).date().isoformat()
        except ValueError:
            continue
    return None


# Reader crawlers (Jina Reader style) open their markdown with the page's metadata, one
# "Key: value" line each, "Title:" first, until "Markdown Content:", where the page begins.
_READER_TITLE = "Title:"
_READER_CONTENT = "Markdown Content:"
_READER_FIELD = re.compile(r"([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):[ \t]*(.*)")
_READER_MAX_FIELDS = 8


def _reader_front(text: str) -> tuple[SourceMeta, str]:
    """Split a reader crawler's front block off the page: its metadata, and the text after it.

    A page that merely opens with "Title:" but has no such block comes back unchanged.
    """
    fields: dict[str, str] = {}
    offset = 0
    # Field lines, blank lines between them, and the rest of the page unsplit.
    for line in text.split("\n", 2 * _READER_MAX_FIELDS)[: 2 * _READER_MAX_FIELDS]:
        offset += len(line) + 1
        stripped = line.strip()
        if stripped.startswith(_READER_CONTENT):
            url = fields.get("url source", "")
            url = url if url.startswith(("http://", "https://")) else None
            meta = SourceMeta(
                url=url,
                slug=slug_from_url(url),
                title=fields.get("title") or None,
                date_published=fields.get("published time") or None,
            )
            # The page starts after the marker: block offsets count from there.
            after = stripped[len(_READER_CONTENT) :].strip()
            return meta, f"{after}\n{text[offset:]}" if after else text[offset:]
        if not stripped:
            continue
        field_line = _READER_FIELD.fullmatch(stripped)
        if field_line is None:
            break
        fields[field_line.group(1).lower()] = field_line.group(2).strip()
    return SourceMeta(), text


# A static site's export (Hugo, Jekyll, Ghost, Astro) opens with its front matter: "key: value" (YAML) or
# "key = value" (TOML) lines between "---" or "+++" lines.
# A line of it is a field, an indented line (a list's or a long value's), a "- " item, a comment or blank.
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\n((?:(?:[\w-]+[ \t]*[:=].*|[ \t#-].*)?\n){1,60}?)\1[ \t]*(?:\n|$)")
_FRONT_FIELD = re.compile(r"^([\w-]+)[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
_FRONT_KEYS = {
    "title": "title",
    "date": "date_published",
    "published": "date_published",
    "publishdate": "date_published",
    "lastmod": "date_modified",
    "updated": "date_modified",
    "modified": "date_modified",
    "last_modified": "date_modified",
    "slug": "slug",
    "url": "url",
    "source": "url",  # Obsidian Web Clipper's page URL
    "canonical_url": "url",
    "canonicalurl": "url",
}


# Docusaurus nests a page's last edit: "last_update:" over an indented "date: 2026-11-18" (and its "author").
_NESTED_UPDATE = re.compile(
    r"^last_update:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+date:[ \t]*[\"']?([^\"'\n]+?)[\"']?[ \t]*$", re.M
)


def _front_matter(text: str) -> tuple[SourceMeta, str]:
    """Read a static site's front matter into the page's metadata, and blank it out of the text.

    Blanked, not cut: its lines stay as empty lines, so block offsets still count from the file's start. The
    title line was read as the page's title before ('title: "Payroll Specialist'), the dates were lost.
    A page that merely opens with a rule ("---" then prose) comes back unchanged.
    """
    block = _FRONT_MATTER.match(text)
    if block is None:
        return SourceMeta(), text
    found: dict[str, str] = {}
    for key, value in _FRONT_FIELD.findall(block.group(2)):
        field = _FRONT_KEYS.get(key.lower())
        value = value.strip("\"'")
        if field and value and field not in found:
            found[field] = value
    if "date_modified" not in found and "last_update:" in block.group(2):
        if update := _NESTED_UPDATE.search(block.group(2)):
            found["date_modified"] = update.group(1)
    url = found.get("url")
    url = url if url and url.startswith(("http://", "https://")) else None
    meta = SourceMeta(
        url=url,
        slug=found.get("slug") or slug_from_url(url),
        title=found.get("title"),
        date_published=found.get("date_published"),
        date_modified=found.get("date_modified"),
    )
    blanked = re.sub(r"[^\n]", " ", block.group(0))
    return meta, blanked + text[block.end() :]


def _posts(text: str, encoding: str) -> list[Page]:
    try:
        data = json.loads(without_json_guard(text))  # Medium's "])}while(1);</x>" before its JSON (apijson.py)
    except json.JSONDecodeError as exc:
        raise MalformedJSONError(f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise MalformedJSONError("malformed JSON (nested too deeply to parse)") from exc
    except ValueError as exc:  # an integer literal past Python's digit limit
        raise MalformedJSONError("malformed JSON (a number too long to read)") from exc
    return _json_pages(data, encoding)


# JSON no reader knows may still hold a blueprint (a new CMS's rich-text tree): when its strings name enough of
# the canonical sections, the file fails as unread rather than passing for a page of another kind, so that a batch
# over a new source says what it lost.
_MIN_SECTION_TITLES = 5
_MAX_TITLE_LENGTH = 90  # a heading line; longer lines are prose, never classified
_MAX_LINES_SEARCHED = 20_000  # bounds the search of a huge export
_TITLE_MARKUP = re.compile(r"<[^>]*>|[#*_=!|`]+")
_UNREAD_BLUEPRINT = (
    'JSON of a shape no reader knows holds a role blueprint ({count} section titles, "{titles}", ...): its text was'
    ' not read (README\'s "Input forms" lists the JSON APIs read)'
)


def _section_titles(data: object) -> list[str]:
    """The canonical sections a JSON value's strings name in lines of their own (a heading node's text, a
    markdown field's "## 7) KPIs" line), each once, as the JSON first names it."""
    from .sections import classify_heading  # here, not at the top: reading a source must not load spaCy

    found: dict[str, str] = {}
    searched = 0
    stack = [data]
    while stack and searched < _MAX_LINES_SEARCHED:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed(value.values()))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, str):
            for line in value.splitlines():
                searched += 1
                title = _TITLE_MARKUP.sub(" ", line).strip() if len(line) <= 2 * _MAX_TITLE_LENGTH else ""
                if 3 <= len(title) <= _MAX_TITLE_LENGTH and (spec := classify_heading(title).spec) is not None:
                    found.setdefault(spec.id, title)
    return list(found.values())


def _json_pages(data: object, encoding: str) -> list[Page]:
    """The pages a JSON value holds: a post, a list of them, an API's envelope of them."""
    envelope = _api_envelope(data)
    posts = envelope if isinstance(envelope, list) else [envelope]
    # A list is judged post by post, but a file with no post in it at all is no REST JSON.
    if not any(_is_post(p) for p in posts):
        # The last resort: a post object's (or a listing's posts') article HTML field, as Substack's and HubSpot's;
        # else a DatoCMS record's Structured Text (datocms.py), else the post a GraphQL query named (Hashnode's,
        # WPGraphQL's), a level or more down its "data", else a Hygraph post's Rich Text AST when it has no html or
        # markdown (hygraph.py), else an Editor.js save, bare or in a post (editorjs.py).
        envelope = html_field_articles(data)
        envelope = datocms_articles(data) if envelope is None else envelope
        envelope = graphql_articles(data) if envelope is None else envelope
        envelope = hygraph_articles(data) if envelope is None else envelope
        envelope = editorjs_articles(data) if envelope is None else envelope
        if envelope is None:
            if len(titles := _section_titles(data)) >= _MIN_SECTION_TITLES:
                raise UnreadJSONError(_UNREAD_BLUEPRINT.format(count=len(titles), titles='", "'.join(titles[:3])))
            raise NotABlueprintError(_NOT_A_POST)
        posts = envelope if isinstance(envelope, list) else [envelope]
    data = envelope
    ids = [_post_id(p.get("id")) if isinstance(p, dict) else None for p in posts]
    unique_ids = len(set(ids)) == len(ids) and all(isinstance(i, int) for i in ids)
    pages = []
    for index, post in enumerate(posts):
        part = "" if not isinstance(data, list) else str(ids[index] if unique_ids else index)
        if not _is_post(post):
            # An entry of a list that is no post (say, cut short by the scraper): its place is reported, the
            # posts around it are still read.
            meta = SourceMeta(post_id=ids[index], title=_post_title(post) if isinstance(post, dict) else None)
            pages.append(Page("", InputForm.HTML, InputForm.WP_JSON, meta, encoding, [], part, _no_post_reason(post)))
            continue
        if not _html_post(post):
            pages.append(_crawled_page(post, encoding, part))
            continue
        article, utf8 = _post_html(post)
        html, repairs = repair_text(article, utf8)
        utf8 = utf8 if utf8 is not None and html == article else None  # still the text's bytes, for lxml
        title, title_repairs = repair_text(_post_title(post) or "")
        repairs += _raw_fields_read(post)
        link = _string(post.get("link") or post.get("url"))
        slug = _string(post.get("slug"))
        meta = SourceMeta(
            url=link,
            slug=slug or slug_from_url(link),
            post_id=ids[index],
            title=title or None,
            date_published=_first_string(post, _PUBLISHED_KEYS) or utc_date(_string(post.get(_GHOST_PUBLISHED))),
            date_modified=_first_string(post, _MODIFIED_KEYS) or utc_date(_string(post.get(_GHOST_MODIFIED))),
        )
        repairs = _merge(repairs, title_repairs)
        pages.append(Page(html, InputForm.HTML, InputForm.WP_JSON, meta, encoding, repairs, part, utf8=utf8))
    return pages


# Points to README's list of the JSON the reader takes rather than naming them all, so that a user with another
# CMS's export knows why it was refused and the message stays one line.
_NOT_A_POST = (
    "JSON holds no post to read: no reader knows its shape (README's \"Input forms\" lists the JSON APIs read:"
    " WordPress REST, Ghost, headless CMSs' rich text, crawler APIs and more) and no object in it holds article HTML"
)


# A JSON Feed item with plain text only (an announcement beside the blueprint): the feed was read, the item is
# just no blueprint, which _NOT_A_POST's "no reader knows its shape" would misreport.
_TEXT_ONLY_ITEM = "feed item holds no article HTML, only content_text: not a role blueprint"


def _no_post_reason(entry: object) -> str:
    """Why an entry of a list of posts gives no page: a feed item's plain text is no blueprint, else no post."""
    text_only = isinstance(entry, dict) and isinstance(entry.get("content_text"), str)
    return _TEXT_ONLY_ITEM if text_only else _NOT_A_POST


def _feed_pages(text: str, encoding: str, decoding: list[Repair]) -> list[Page]:
    """A feed's or export's items as pages, named as a REST list's posts are: one item is the file's only page."""
    kind, items = feed_items(text)
    if not any(item.html or item.text for item in items):
        raise NotABlueprintError(f"{_FEED_NAMES[kind]} holds no item" + (" with content" if items else ""))
    ids = [wordpress_post_id(item.guid, item.url) for item in items]
    unique_ids = len(set(ids)) == len(ids) and None not in ids
    pages = []
    for index, item in enumerate(items):
        part = "" if len(items) == 1 else str(ids[index] if unique_ids else index)
        pages.append(_feed_page(item, ids[index], encoding, decoding, part, _FEED_NAMES[kind]))
    return pages


_FEED_NAMES = {"rss": "RSS feed", "atom": "Atom feed", "enex": "Evernote export"}


def _warc_pages(raw: bytes) -> list[Page]:
    """A web archive's pages, named by their place among them as a feed's items are (one page is the file's only
    page); a record that does not parse, a failed part after the pages read before it."""
    if not raw or raw.isspace():
        raise EmptyInputError("empty file (0 bytes)" if not raw else "no text: the file holds only whitespace")
    read = warc_pages(raw)
    if not read.pages:
        raise read.broken or NotABlueprintError("WARC holds no page (no HTML, markdown or text response)")
    single = len(read.pages) == 1 and read.broken is None
    pages = [_served_page(served, "" if single else str(index)) for index, served in enumerate(read.pages)]
    if read.broken is not None:
        pages.append(_failed_part(InputForm.WARC, "", str(len(pages)), read.broken))
    return pages


def _served_page(served: ServedPage, part: str) -> Page:
    """A WARC response as the file it served would be read: decoded by its HTTP charset, then as an HTML, markdown
    or text file is; its URL the record's."""
    try:
        decoded = decode_served(served.body, served.charset)
    except InputError as exc:
        return _failed_part(InputForm.WARC, "", part, exc)
    form = InputForm(served.form)
    text, repairs = repair_text(decoded.text, served.body if decoded.source == "utf-8" else None)
    text, repairs, head = _text_page(text, form, repairs)
    meta = replace(head, url=served.url or head.url, slug=slug_from_url(served.url) or head.slug)
    # As pages_from_bytes: an HTML body read unchanged is handed to lxml as it is.
    utf8 = served.body if form is InputForm.HTML and decoded.source == "utf-8" and text == decoded.text else None
    return Page(text, form, InputForm.WARC, meta, decoded.encoding, repairs, part, utf8=utf8)


def _jsonl_pages(text: str, encoding: str) -> list[Page]:
    """A JSON Lines file's items, each read as a JSON file's value is, a part per line named by its number (one
    line is the file's only page); a line that does not parse is that part's failure."""
    lines = json_lines(text)
    if len(lines) == 1 and lines[0].error is not None:
        raise lines[0].error
    parts = [_json_line_pages(line, encoding, "" if len(lines) == 1 else str(line.number)) for line in lines]
    pages = [page for part in parts for page in part]
    # As a JSON list is judged: a file with no page in it at all is no crawl's.
    if all(page.not_a_post is not None for page in pages):
        raise NotABlueprintError(f"no line of the JSON Lines file is a page ({pages[0].not_a_post})")
    return pages


def _json_line_pages(line: JsonLine, encoding: str, part: str) -> list[Page]:
    """A JSON Lines line's page(s), or the reason it is none."""
    if line.error is not None:
        return [_failed_part(InputForm.JSONL, encoding, part, line.error)]
    try:
        pages = _json_pages(line.value, encoding)
    except NotABlueprintError as exc:
        title = _crawled_field(line.value, _CRAWLER_TITLE_KEYS) if isinstance(line.value, dict) else None
        return [Page("", InputForm.HTML, InputForm.JSONL, SourceMeta(title=title), encoding, [], part, str(exc))]
    # A line holding a list of posts (an API response a line): "3.0", "3.1" for line 3's.
    return [replace(page, input_form=InputForm.JSONL, part=".".join(filter(None, (part, page.part)))) for page in pages]


def _failed_part(input_form: InputForm, encoding: str, part: str, error: InputError) -> Page:
    """A part of a container that could not be read, to be reported on its own line."""
    return Page("", InputForm.HTML, input_form, SourceMeta(), encoding, [], part, error=error)


def _feed_page(
    item: FeedItem, post_id: int | None, encoding: str, decoding: list[Repair], part: str, feed: str
) -> Page:
    """One item as a page: its HTML read as a REST post's content is (its plain text as a text page), its source
    the item's own fields."""
    title, title_repairs = repair_text(item.title or "")
    meta = SourceMeta(
        url=item.url,
        slug=slug_from_url(item.url),
        post_id=post_id,
        title=title or None,
        date_published=item.date_published,
        date_modified=item.date_modified,
    )
    if not item.html and not item.text:
        reason = item.skipped or f"{feed} item without content"  # a WordPress export's draft: skipped with its reason
        return Page("", InputForm.HTML, InputForm.FEED, meta, encoding, [], part, reason)
    if item.html:
        form, (text, repairs) = InputForm.HTML, repair_text(item.html)
    else:
        form, (text, repairs) = InputForm.TEXT, repair_text(item.text or "")
        text, repairs, head = _text_page(text, form, repairs)
        meta = replace(meta, date_published=meta.date_published or head.date_published)
    return Page(text, form, InputForm.FEED, meta, encoding, _merge([*decoding, *repairs], title_repairs), part)


def _is_post(post: object) -> bool:
    return isinstance(post, dict) and (
        _html_post(post) or _crawled_markdown(post) is not None or isinstance(post.get(PLAIN_TEXT), str)
    )


def _html_post(post: dict) -> bool:
    """Whether a JSON object is a REST post (content.rendered, or content.raw alone) or an article object holding
    HTML."""
    content = post.get("content")
    if isinstance(content, dict) and ("rendered" in content or _holds_text(content.get("raw"))):
        return True
    return _article_html(post) is not None


# A readability-style extractor (Mercury parser, readability-lxml, newspaper3k) saves one article object:
# its HTML as a plain string under one of these keys, beside title, url and dates. A crawler's item (Scrapy's,
# Firecrawl's "rawHtml") may hold the whole page as served, which the HTML reader reads as an HTML file.
_ARTICLE_HTML_KEYS = ("content", "content_html", "html", "body", "raw_html", "rawHtml")
_HTML_TAG = re.compile(r"<[A-Za-z]")
# Where the REST reader and the article extractors put a post's dates, GMT first.
_PUBLISHED_KEYS = ("date_gmt", "date", "date_published", "published")
_MODIFIED_KEYS = ("modified_gmt", "modified", "date_modified")


def _article_html(post: dict) -> str | None:
    """An article object's HTML: the first of its HTML keys holding a string with a tag (or a ProseMirror doc, as a
    TipTap-based CMS saves it), else None."""
    for key in _ARTICLE_HTML_KEYS:
        value = post.get(key)
        if isinstance(value, dict):
            value = prosemirror_html(value)
        if isinstance(value, str) and _HTML_TAG.search(value):
            return _string(value)
    return None


# A crawler API saves a page as markdown: Firecrawl's /scrape {"success", "data": {"markdown", "metadata"}} (its
# /crawl a list under "data"), Apify's website-content-crawler a list of {"url", "metadata", "markdown", "text"}.
# Its url, title and dates sit beside the markdown or in its "metadata".
_CRAWLER_ENVELOPE = "data"
_CRAWLER_MARKDOWN = "markdown"
_CRAWLER_TEXT_KEYS = ("text", "content")  # markdown only when it reads as such: a plain text field is no page
_CRAWLER_METADATA = "metadata"
_CRAWLER_URL_KEYS = ("url", "sourceURL", "canonicalUrl")
_CRAWLER_TITLE_KEYS = ("title", "ogTitle")
# "date_published", "date_modified", "slug" and "id" as an article object names them (a Strapi entry's markdown).
_CRAWLER_PUBLISHED_KEYS = (
    "publishedTime", "published_time", "article:published_time", "datePublished", "date_published",
)  # fmt: skip
_CRAWLER_MODIFIED_KEYS = ("modifiedTime", "modified_time", "article:modified_time", "dateModified", "date_modified")


# Ghost's Content API answers {"posts": [...], "meta": {"pagination": ...}} ({"pages": [...]} for pages), a post
# holding its HTML under "html" (its "plaintext" drops tables), title, url, slug and published_at/updated_at.
_GHOST_ENVELOPES = ("posts", "pages")
_GHOST_PUBLISHED = "published_at"
_GHOST_MODIFIED = "updated_at"
_GHOST_HTML = "html"
_GHOST_LEXICAL = "lexical"
_GHOST_MOBILEDOC = "mobiledoc"


def _api_envelope(data: object) -> object:
    """The page object(s) an API response wraps: a crawler's under "data", Ghost's under "posts" or "pages" (its
    one post the file's only page, as a feed's one item is); else the JSON as it is."""
    if (articles := reddit_articles(data)) is not None:  # a Reddit post's .json, a subreddit's listing (reddit.py)
        return articles
    if not isinstance(data, dict) or _is_post(data):
        return data
    if (articles := confluence_articles(data)) is not None:  # a Confluence page's storage XHTML (confluence.py)
        return articles
    if (articles := prismic_articles(data)) is not None:  # a Prismic document's rich text and slices (prismic.py)
        return articles
    if (article := telegraph_article(data)) is not None:  # a Telegraph page's Node tree (telegraph.py)
        return article
    if (articles := notion_articles(data)) is not None:  # a Notion API page's blocks (notionapi.py)
        return articles
    if (article := gdocs_api_article(data)) is not None:  # a Google Docs API document's body (gdocsapi.py)
        return article
    if (article := mediawiki_parse_article(data)) is not None:  # a MediaWiki action=parse answer (apijson.py)
        return article
    if (articles := contentstack_articles(data)) is not None:  # a Contentstack entry's JSON RTE (contentstack.py)
        return articles
    if (articles := diffbot_articles(data)) is not None:  # a Diffbot response's extracted objects (apijson.py)
        return articles
    if (articles := webflow_articles(data)) is not None:  # a Webflow CMS item's rich text field (apijson.py)
        return articles
    inner = data.get(_CRAWLER_ENVELOPE)
    if isinstance(inner, dict | list):
        # Strapi's entries (strapi.py), else Drupal JSON:API's nodes (cmsjson.py), as article objects
        articles = strapi_articles(inner)
        articles = outline_articles(inner) if articles is None else articles  # an Outline document (outline.py)
        return jsonapi_articles(inner) if articles is None else articles
    if (articles := wix_articles(data)) is not None:  # a Wix Blog post's Ricos rich content (wix.py)
        return articles
    for key in _GHOST_ENVELOPES:
        posts = data.get(key)
        if isinstance(posts, list) and posts:
            posts = [_ghost_post(post) for post in posts]
            return posts[0] if len(posts) == 1 else posts
    articles = sanity_articles(data)  # a GROQ response's documents with Portable Text (headless.py)
    if articles is None:
        articles = storyblok_articles(data)  # a Storyblok story's rich text and table bloks (headless.py)
    if articles is None:
        articles = arc_story_article(data) or medium_post_article(data)  # an ANS story, a Medium post (apijson.py)
    if articles is None:
        articles = tumblr_articles(data)  # a Tumblr API answer's NPF posts (tumblr.py)
    return _contentful_articles(data) if articles is None else articles


def _ghost_post(post: object) -> object:
    """A Ghost post whose "html" is empty (the Admin API's, asked without formats=html) with its article rendered
    from the editor's own state: "lexical" (Ghost 5), else "mobiledoc" (Ghost 4); any other post as it is."""
    if not isinstance(post, dict) or _holds_text(post.get(_GHOST_HTML)):
        return post
    article = lexical_html(post.get(_GHOST_LEXICAL)) or mobiledoc_html(post.get(_GHOST_MOBILEDOC))
    return {**post, _GHOST_HTML: article} if article else post


# Contentful's Content Delivery API answers a query {"sys": {"type": "Array"}, "items": [entry, ...], "includes":
# {...}}, an entry alone {"sys": {"type": "Entry"}, "fields": {...}}: the article a Rich Text document among its
# fields (richtext.py). The entries and assets under "includes" (author, promos, related posts) are never read.
_CONTENTFUL_ARRAY = "Array"
_CONTENTFUL_ENTRY = "Entry"
_CONTENTFUL_TITLE_KEYS = ("title", "headline", "name")
_CONTENTFUL_URL_KEYS = ("url", "canonicalUrl", "link")
_CONTENTFUL_PUBLISHED_KEYS = ("publishDate", "publishedDate", "publishedAt", "date")


def _contentful_articles(data: dict) -> object:
    """A Contentful response's entries as article objects (its one entry the file's only page, as Ghost's one
    post is); an entry without a Rich Text document is left as it is, to be reported as no post."""
    sys = data.get("sys")
    kind = sys.get("type") if isinstance(sys, dict) else None
    if kind == _CONTENTFUL_ENTRY:
        return _contentful_article(data) or data
    items = data.get("items")
    if kind != _CONTENTFUL_ARRAY or not isinstance(items, list) or not items:
        return data
    articles = [_contentful_article(item) or item for item in items]
    return articles[0] if len(articles) == 1 else articles


def _contentful_article(entry: object) -> dict | None:
    """An entry as the article object the JSON reader reads: its longest Rich Text field as "html", its title, slug
    and url from its fields, its dates from its fields (else its sys, when it was created and updated)."""
    fields = entry.get("fields") if isinstance(entry, dict) else None
    if not isinstance(fields, dict):
        return None
    html = max(map(rich_text_html, fields.values()), key=lambda text: len(text or ""), default=None)
    if not html:
        return None
    sys = entry.get("sys") if isinstance(entry.get("sys"), dict) else {}
    url = _first_string(fields, _CONTENTFUL_URL_KEYS)
    published = _first_string(fields, _CONTENTFUL_PUBLISHED_KEYS) or _string(sys.get("createdAt"))
    return {
        "html": html,
        "title": _first_string(fields, _CONTENTFUL_TITLE_KEYS),
        "slug": _string(fields.get("slug")),
        "url": url if url and url.startswith(("http://", "https://")) else None,
        "date_published": utc_date(published),
        "date_modified": utc_date(_string(sys.get("updatedAt"))),
    }


def _crawled_markdown(item: dict) -> str | None:
    """A crawler item's markdown: its "markdown" string, or a "text"/"content" string with a few "#" headings."""
    markdown = _string(item.get(_CRAWLER_MARKDOWN))
    if markdown and not markdown.isspace():
        return markdown
    text = next((value for value in map(_string, map(item.get, _CRAWLER_TEXT_KEYS)) if value), None)
    return text if text and _markdown_like(text) else None


def _crawled_page(item: dict, encoding: str, part: str) -> Page:
    """A crawler item read as a markdown page (an API's plain text as a text page), its url, title and dates from
    the JSON (the page's own head after)."""
    plain = _string(item.get(PLAIN_TEXT))
    form = InputForm.TEXT if plain else InputForm.MARKDOWN
    text, repairs = repair_text(plain or _crawled_markdown(item) or "")
    text, repairs, head = _text_page(text, form, repairs)
    title, title_repairs = repair_text(_crawled_field(item, _CRAWLER_TITLE_KEYS) or "")
    url = _crawled_field(item, _CRAWLER_URL_KEYS)
    url = url if url and url.startswith(("http://", "https://")) else head.url
    meta = SourceMeta(
        url=url,
        slug=_string(item.get("slug")) or slug_from_url(url) or head.slug,
        post_id=_post_id(item.get("id")),
        title=title or head.title,
        date_published=_crawled_field(item, _CRAWLER_PUBLISHED_KEYS) or head.date_published,
        date_modified=_crawled_field(item, _CRAWLER_MODIFIED_KEYS) or head.date_modified,
    )
    return Page(text, form, InputForm.WP_JSON, meta, encoding, _merge(repairs, title_repairs), part)


def _crawled_field(item: dict, keys: tuple[str, ...]) -> str | None:
    """The first of keys the crawler item or its "metadata" holds as a string."""
    metadata = item.get(_CRAWLER_METADATA)
    return _first_string(item, keys) or (_first_string(metadata, keys) if isinstance(metadata, dict) else None)


def _post_html(post: dict) -> tuple[str, bytes | None]:
    """A REST post's content.rendered (content.raw when only that holds text), or an article object's HTML; with
    its UTF-8 bytes when they were made on the way (repair_text then need not encode the article again)."""
    content = post.get("content")
    if isinstance(content, dict):
        html, utf8 = _utf8_string(content.get("raw") if _reads_raw(content) else content.get("rendered"))
        html = html or ""
        if (_reads_raw(content) and _GUTENBERG_BLOCK not in html) or _unrendered_builder(html):
            html, utf8 = _classic_paragraphs(html), None
        sections = flexible_content_html(post.get("acf"))  # an ACF flexible content's sections (cmsjson.py)
        return html + sections, utf8 if utf8 is not None and not sections else None
    return _article_html(post) or "", None


# The classic editor saves paragraphs as blank lines, which WordPress's wpautop() turns into <p> (and a line break
# into <br>) when it renders the post; the block editor saves its <p> tags, between "<!-- wp:" comments.
_GUTENBERG_BLOCK = "<!-- wp:"
_AUTOP_BLOCKS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|blockquote|address|style|p"
    "|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|summary"
)
_AUTOP_OPEN = re.compile(rf"<(?:{_AUTOP_BLOCKS})(?=[\s/>])", re.IGNORECASE)
_AUTOP_CLOSE = re.compile(rf"</(?:{_AUTOP_BLOCKS})>", re.IGNORECASE)
_AUTOP_TAG = rf"</?(?:{_AUTOP_BLOCKS})(?:[\s/][^>]*)?>"
_AUTOP_LEADING = re.compile(_AUTOP_TAG, re.IGNORECASE)
_AUTOP_TRAILING = re.compile(rf"{_AUTOP_TAG}$", re.IGNORECASE)
# A line break next to a block tag is layout, not a <br>.
_AUTOP_BREAK_AFTER_BLOCK = re.compile(rf"({_AUTOP_TAG})<br>", re.IGNORECASE)
_AUTOP_BREAK_BEFORE_BLOCK = re.compile(rf"<br>(?=\n\s*{_AUTOP_TAG})", re.IGNORECASE)
_AUTOP_BREAK = re.compile(r"\n\s*\n")
# A line break already written as a <br> gets no second one (wpautop's own rule).
_AUTOP_LINE_BREAK = re.compile(r"(?<!<br />)(?<!<br/>)(?<!<br>)\n", re.IGNORECASE)
# A builder's shortcode opening the content: "[" before a name (a bracketed "[1]" or link text opens none).
_SHORTCODE_OPENING = re.compile(r"\s*\[[a-z][a-z0-9_-]*[\s\]]")


def _unrendered_builder(html: str) -> bool:
    """Whether a post's rendered content is a page builder's shortcodes as saved ('[et_pb_section ...]'), which
    wpautop() skipped: its text between blank lines is no <p> yet (wpautop would have put the first shortcode in
    one). A match failing at the first character on any other post."""
    return _SHORTCODE_OPENING.match(html) is not None


def _classic_paragraphs(html: str) -> str:
    """A classic-editor post's raw content as wpautop() renders it: the text between blank lines or block elements
    a <p> each, its line breaks <br>; the block elements as written."""
    html = _AUTOP_OPEN.sub(lambda tag: "\n\n" + tag[0], html.replace("\r\n", "\n"))
    html = _AUTOP_CLOSE.sub(lambda tag: tag[0] + "\n\n", html)
    return "\n".join(_autop_chunk(chunk) for chunk in map(str.strip, _AUTOP_BREAK.split(html)) if chunk)


def _autop_chunk(chunk: str) -> str:
    opens, closes = _AUTOP_LEADING.match(chunk) is None, _AUTOP_TRAILING.search(chunk) is None
    if "<pre" not in chunk:
        chunk = _AUTOP_BREAK_AFTER_BLOCK.sub(r"\1", _AUTOP_LINE_BREAK.sub("<br>\n", chunk))
        chunk = _AUTOP_BREAK_BEFORE_BLOCK.sub("", chunk)
    return ("<p>" if opens else "") + chunk + ("</p>" if closes else "")


def _first_string(post: dict, keys: tuple[str, ...]) -> str | None:
    return next((value for value in map(_string, map(post.get, keys)) if value), None)


def _post_id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _rendered(post: dict, key: str) -> str | None:
    """A REST field as a reader takes it: its rendered string, or its raw one when only that holds text."""
    value = post.get(key)
    if isinstance(value, dict):
        value = value.get("raw") if _reads_raw(value) else value.get("rendered")
    return _string(value)


def _post_title(post: dict) -> str | None:
    """A REST post's title as text: title.rendered is HTML, its entities decoded.

    "Irrigation Technician (Golf &#038; Landscape): Role Blueprint" → "Irrigation Technician (Golf & Landscape): ...".
    """
    title = _rendered(post, "title")
    return html_module.unescape(title) if title and "&" in title else title


# A post fetched with context=edit (a draft, an editor's export) may hold its article only as the editor saved it:
# content.rendered "" and content.raw the Gutenberg block markup. Its block delimiters ("<!-- wp:paragraph -->",
# '<!-- wp:block {"ref":812} /-->') are HTML comments, which the HTML reader drops, and a shortcode block's
# "[adsense id=3]" is blanked there as on a rendered page: the raw markup reads as the rendered article.
_REST_TEXT_FIELDS = ("title", "content")


def _reads_raw(field: dict) -> bool:
    """Whether a REST field is read from its raw string: its rendered one blank or missing, its raw one not."""
    return not _holds_text(field.get("rendered")) and _holds_text(field.get("raw"))


def _raw_fields_read(post: dict) -> list[Repair]:
    """A note per field read from its raw string, so that the report says the page was not the rendered one."""
    fields = (key for key in _REST_TEXT_FIELDS if isinstance(post.get(key), dict) and _reads_raw(post[key]))
    return [Repair(f"{key}.rendered empty", f"{key}.raw read", 1) for key in fields]


def _holds_text(value: object) -> bool:
    return isinstance(value, str) and bool(value) and not value.isspace()


# A JSON "\ud800" escape decodes to a lone surrogate, which no UTF-8 output can hold.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _string(value: object) -> str | None:
    """A JSON string field, with lone surrogates replaced; None for anything else or empty."""
    if not isinstance(value, str) or not value:
        return None
    return _LONE_SURROGATE.sub("\ufffd", value) if _has_surrogate(value) else value


def _utf8_string(value: object) -> tuple[str | None, bytes | None]:
    """_string, with the string's UTF-8 bytes when it held no surrogate: the test encodes it anyway."""
    if not isinstance(value, str) or not value:
        return None, None
    try:
        return value, value.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", value), None


def _has_surrogate(text: str) -> bool:
    """Whether text holds a surrogate, the only code points strict UTF-8 cannot encode.

    The encoder answers several times faster than a regex scan of a post's content.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def slug_from_url(url: str | None) -> str | None:
    if not url:
        return None
    parts = [p for p in urlsplit(url).path.split("/") if p]
    return parts[-1] if parts else None


def _merge(a: list[Repair], b: list[Repair]) -> list[Repair]:
    counts: dict[tuple[str, str], int] = {}
    for repair in a + b:
        counts[(repair.broken, repair.fixed)] = counts.get((repair.broken, repair.fixed), 0) + repair.count
    return [Repair(k[0], k[1], n) for k, n in sorted(counts.items())]


