"""XML feeds and exports to pages: RSS 2.0 (and RSS 1.0, and WordPress's WXR export), Atom, and Evernote's .enex.

A feed holds one page per item (an RSS <item>, an Atom <entry>, an Evernote <note>): its HTML, read by the
HTML reader as a REST post's content.rendered is, and its source from the item's own fields, never the
channel's (whose <title> names the site). A WordPress export (WXR) holds the site's every item, published or not:
only a published post or page is a page to read; a draft, a private or scheduled post, an attachment or a menu item
is skipped with its reason. Pages of a feed of several items are named as a REST list's posts:
by their WordPress post ids when every item has a distinct one, else by their place in the feed.

The XML is parsed without resolving entities, loading a DTD or touching the network, and within libxml2's
default size limits; an Evernote export's base64 resources (the clip's images) are cut out unread first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import escape, unescape

from lxml import etree

from .errors import MalformedXMLError, NotABlueprintError

__all__ = ["FeedItem", "epoch_date", "feed_items", "utc_date", "web_url", "wordpress_post_id"]

_XML_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
    "encoding": "utf-8",  # the text was decoded already (decode.py honours the XML declaration): re-encoded as UTF-8
}

_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_DC_NS = "http://purl.org/dc/elements/1.1/"
_XHTML_NS = "http://www.w3.org/1999/xhtml"


class FeedItem:
    """One item of a feed: its article as HTML (or plain text) and what the item says about it."""

    __slots__ = ("date_modified", "date_published", "guid", "html", "skipped", "text", "title", "url")

    def __init__(self) -> None:
        self.title: str | None = None
        self.url: str | None = None
        self.guid: str | None = None
        self.date_published: str | None = None
        self.date_modified: str | None = None
        self.html: str | None = None  # the article's HTML, else None
        self.text: str | None = None  # an Atom entry's plain-text content, when it has no HTML
        self.skipped: str | None = None  # why the item is no article to read (a WordPress draft), its content dropped


def feed_items(text: str) -> tuple[str, list[FeedItem]]:
    """The kind of feed a file's decoded text is ("rss", "atom", "enex") and its items, in order.

    Raises MalformedXMLError for text that does not parse as XML, NotABlueprintError for XML of another kind.
    """
    enex = _ENEX_ROOT in text[:_HEAD]
    if enex:
        text = _without_resources(text)
    root = _parse(text)
    kind = _root_kind(root)
    if kind is None:
        raise NotABlueprintError(f"XML is not an RSS or Atom feed nor an Evernote export (root <{_local(root)}>)")
    items = [_READERS[kind](element) for element in _item_elements(root, kind)]
    _check_some_published(items)
    return kind, items


_HEAD = 4096  # an export's root element opens after its XML declaration and DOCTYPE
_ENEX_ROOT = "<en-export"


def _parse(text: str) -> etree._Element:
    parser = etree.XMLParser(**_XML_PARSER_OPTIONS)
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedXMLError(f"malformed XML ({_first_line(str(exc))})") from exc
    if root is None:
        raise MalformedXMLError("malformed XML (no root element)")
    return root


def _first_line(message: str) -> str:
    return message.strip().split("\n", 1)[0] or "unreadable"


# An export's resources (<resource><data encoding="base64">...</data>...</resource>) are the clip's images and
# files: megabytes of base64 that no page reads, and past libxml2's size limit for one text node.
_RESOURCE_OPEN = "<resource>"
_RESOURCE_CLOSE = "</resource>"


def _without_resources(text: str) -> str:
    """An Evernote export's text with its <resource> elements cut out, unread."""
    if _RESOURCE_OPEN not in text:
        return text
    kept, start = [], 0
    while (opening := text.find(_RESOURCE_OPEN, start)) >= 0:
        closing = text.find(_RESOURCE_CLOSE, opening)
        if closing < 0:
            break  # an unclosed resource: left for the parser to report
        kept.append(text[start:opening])
        start = closing + len(_RESOURCE_CLOSE)
    kept.append(text[start:])
    return "".join(kept)


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _root_kind(root: etree._Element) -> str | None:
    name = _local(root)
    if name in ("rss", "RDF"):  # RSS 2.0, and RSS 1.0's rdf:RDF
        return "rss"
    if name == "feed":
        return "atom"
    if name == "en-export":
        return "enex"
    return None


_ITEM_NAMES = {"rss": "item", "atom": "entry", "enex": "note"}


def _item_elements(root: etree._Element, kind: str) -> list[etree._Element]:
    """The feed's items: RSS 2.0's under <channel>, RSS 1.0's beside it, Atom's entries, an export's notes."""
    name = _ITEM_NAMES[kind]
    holders = [root, *(child for child in root if _local(child) == "channel")]
    return [child for holder in holders for child in holder if _local(child) == name]


def _children(element: etree._Element) -> dict[str, etree._Element]:
    """An item's child elements by "{namespace}local" and by local name, the first of each."""
    found: dict[str, etree._Element] = {}
    for child in element:
        if isinstance(child.tag, str):
            found.setdefault(child.tag, child)
            found.setdefault(_local(child), child)
    return found


def _text_of(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


# A WordPress post's guid (and its Atom id, and its link without pretty permalinks) ends "?p=48217".
_WP_POST_ID = re.compile(r"[?&]p=(\d{1,12})$")


def wordpress_post_id(*candidates: str | None) -> int | None:
    """The post id a WordPress guid, id or link ends with ("https://site/?p=48217"), else None."""
    for candidate in candidates:
        if candidate and (match := _WP_POST_ID.search(candidate)):
            return int(match.group(1))
    return None


def web_url(value: str | None) -> str | None:
    """The value if it is an absolute http(s) URL, else None: an API's relative path or a relative link names no
    page on its own."""
    return value if value and value.startswith(("http://", "https://")) else None


def epoch_date(value: object, per_second: int = 1) -> str | None:
    """A Unix time (in seconds, or in ``per_second`` parts of one: 1000 for a JavaScript timestamp) as the REST
    reader's date_gmt ("2025-01-13T06:15:04", UTC); None for anything else (False, as Reddit writes for a post never
    edited, a bool, zero, as Medium writes for none, or a time past the calendar)."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value / per_second, UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


# ----------------------------------------------------------------------------------------------- RSS


def _rss_item(element: etree._Element) -> FeedItem:
    fields = _children(element)
    item = FeedItem()
    item.title = _text_of(fields.get("title"))
    item.guid = _text_of(fields.get("guid"))
    guid = fields.get("guid")
    permalink = guid is not None and guid.get("isPermaLink", "true").lower() != "false"
    item.url = web_url(_text_of(fields.get("link"))) or (web_url(item.guid) if permalink else None)
    item.date_published = utc_date(_text_of(fields.get("pubDate")) or _text_of(fields.get(f"{{{_DC_NS}}}date")))
    # The full post is content:encoded; <description> is an excerpt, or the whole post in feeds without it.
    html = _text_of(fields.get(f"{{{_CONTENT_NS}}}encoded")) or _text_of(fields.get("description"))
    item.html = _without_feed_footer(html) if html else None
    if (post_type := _wxr_field(fields, "post_type")) is not None:
        _read_wxr_fields(item, fields, post_type)
    return item


# Yoast SEO ends every post of a WordPress feed with "The post <a>Title</a> appeared first on <a>Site</a>.": the
# feed's line, not the article's.
_FEED_FOOTER = re.compile(
    r"<p>\s*The post <a\b[^>]*>[^<]*</a> appeared first on <a\b[^>]*>[^<]*</a>\.\s*</p>\s*$", re.IGNORECASE
)
_FEED_FOOTER_TAIL = 1000  # characters: the footer is the item's last paragraph


def _without_feed_footer(html: str) -> str:
    """An item's HTML without the feed's closing "appeared first on" line."""
    tail = max(0, len(html) - _FEED_FOOTER_TAIL)
    if "appeared first on" not in html[tail:]:
        return html
    footer = _FEED_FOOTER.search(html, tail)
    return html[: footer.start()] if footer else html


# ----------------------------------------------------------------------------------------------- WXR

# A WordPress export (WXR 1.0-1.2) is RSS 2.0 whose items carry the post's own record in the wp: namespace: its
# post type, its status, and its dates in GMT.
_WXR_NS = "http://wordpress.org/export/"
_PUBLISHED = "publish"
# What each status means to a reader of the site: only "publish" is shown to the public. A private post is shown
# to the site's logged-in editors only, a scheduled ("future") one not before its date and may still change: an HR
# system fed the export should get what the site publishes, as a scrape of it would, so both are skipped too.
_WXR_STATUSES = {
    "draft": "a draft",
    "pending": "pending review",
    "private": "private, shown to the site's logged-in editors only",
    "future": "scheduled",
    "trash": "in the trash",
    "auto-draft": "an auto-draft",
    "inherit": "a revision",
}
# WordPress's own post types that hold no article: media, menus, and the site editor's and customizer's records.
# A theme's or plugin's custom type (a "job", a "blueprint") may be one: it is read.
_WXR_NOT_ARTICLES = {
    "attachment": "a media attachment",
    "nav_menu_item": "a navigation menu item",
    "revision": "a revision",
    "custom_css": "the site's custom CSS",
    "customize_changeset": "a customizer changeset",
    "oembed_cache": "an oEmbed cache record",
    "user_request": "a personal-data request",
    "wp_block": "a reusable block",
    "wp_template": "a site-editor template",
    "wp_template_part": "a site-editor template part",
    "wp_global_styles": "the site's global styles",
    "wp_navigation": "a navigation menu",
    "wp_font_family": "a font family",
    "wp_font_face": "a font face",
}


def _wxr_field(fields: dict[str, etree._Element], name: str) -> str | None:
    """An item's wp: field ("post_type", "status"), else None: an RSS item of another namespace's is no export's."""
    element = fields.get(name)
    if element is None or not str(element.tag).startswith(f"{{{_WXR_NS}"):
        return None
    return _text_of(element) or ""


def _read_wxr_fields(item: FeedItem, fields: dict[str, etree._Element], post_type: str) -> None:
    """An export item's dates from its post record, and why it is skipped when it is no published article."""
    # pubDate is the post's post_date_gmt, a placeholder while it has none (a draft): the record's own fields then.
    item.date_published = item.date_published or utc_date(_wxr_field(fields, "post_date_gmt"))
    item.date_modified = utc_date(_wxr_field(fields, "post_modified_gmt"))
    item.skipped = _wxr_skip_reason(post_type, _wxr_field(fields, "status"), item.date_published)
    if item.skipped:
        item.html = item.text = None


def _wxr_skip_reason(post_type: str, status: str | None, date: str | None) -> str | None:
    """Why an export item is no article to read ("WordPress export item is a draft (wp:status draft), not
    published"), else None."""
    if post_type in _WXR_NOT_ARTICLES:
        return f"WordPress export item is {_WXR_NOT_ARTICLES[post_type]} (wp:post_type {post_type}), not a post"
    if not status or status == _PUBLISHED:
        return None
    what = f"scheduled for {date}" if status == "future" and date else _WXR_STATUSES.get(status)
    if what is None:  # a plugin's own status ("archived", an editorial workflow's "pitch"): no public post either
        return f"WordPress export item is not published (wp:status {status})"
    return f"WordPress export item is {what} (wp:status {status}), not published"


def _check_some_published(items: list[FeedItem]) -> None:
    """An export whose every item is skipped (a draft alone) is no blueprint, for the reasons its items give."""
    if not items or any(item.skipped is None for item in items):
        return
    raise NotABlueprintError("; ".join(dict.fromkeys(item.skipped for item in items if item.skipped)))


# ---------------------------------------------------------------------------------------------- Atom


def _atom_entry(element: etree._Element) -> FeedItem:
    fields = _children(element)
    item = FeedItem()
    item.title = _atom_text(fields.get("title"))
    item.guid = _text_of(fields.get("id"))
    item.url = _atom_link(element) or web_url(item.guid)
    item.date_published = utc_date(_text_of(fields.get("published")))
    item.date_modified = utc_date(_text_of(fields.get("updated")))
    content = fields.get("content")
    if content is None or content.get("src") is not None:  # content elsewhere ("src"): the summary is all there is
        content = fields.get("summary")
    if content is not None:
        kind = content.get("type", "text").lower()
        if kind == "xhtml":
            item.html = _xhtml(content)
        elif kind in ("html", "text/html"):
            item.html = _text_of(content)
        else:
            item.text = _text_of(content)
    return item


def _atom_link(element: etree._Element) -> str | None:
    """An entry's page: its link rel="alternate" (a link without rel is one), an HTML one first."""
    links = [child for child in element if _local(child) == "link" and child.get("rel", "alternate") == "alternate"]
    links.sort(key=lambda link: link.get("type", "text/html") != "text/html")
    return next((url for url in (web_url(link.get("href")) for link in links) if url), None)


def _atom_text(element: etree._Element | None) -> str | None:
    """An Atom text construct as plain text: type="html" holds escaped markup, "xhtml" a <div> of it."""
    text = _text_of(element)
    if text and element is not None and element.get("type", "text").lower() == "html":
        text = " ".join(unescape(_TAG.sub(" ", text)).split()) or None
    return text


_TAG = re.compile(r"<[^>]*>")


def _xhtml(content: etree._Element) -> str | None:
    """An Atom xhtml content's markup as HTML: the children of its <div>, without the XHTML namespace."""
    holder = next((child for child in content if _local(child) == "div"), content)
    for node in holder.iter():
        if isinstance(node.tag, str):
            node.tag = _local(node)
    etree.cleanup_namespaces(holder)
    inner = (escape(holder.text or "") if holder.text else "") + "".join(
        etree.tostring(child, method="html", encoding="unicode") for child in holder
    )
    return inner.strip() or None


# --------------------------------------------------------------------------------------------- ENEX


def _enex_note(element: etree._Element) -> FeedItem:
    fields = _children(element)
    item = FeedItem()
    item.title = _text_of(fields.get("title"))
    attributes = fields.get("note-attributes")
    source = _children(attributes).get("source-url") if attributes is not None else None
    item.url = web_url(_text_of(source))
    item.date_published = utc_date(_text_of(fields.get("created")))
    item.date_modified = utc_date(_text_of(fields.get("updated")))
    enml = _text_of(fields.get("content"))
    item.html = _enml_html(enml) if enml else None
    return item


# ENML is XHTML inside <en-note>, plus Evernote's own elements: <en-media> (a resource's place) and <en-todo>
# (a checkbox), markup with no text, dropped; <en-crypt> holds ciphertext, dropped with it.
_EN_NOTE = re.compile(r"<en-note\b[^>]*>(.*)</en-note\s*>", re.S)
_EN_MARKUP = re.compile(r"<en-(?:media|todo)\b[^>]*>|</en-(?:media|todo)\s*>|<en-crypt\b.*?</en-crypt\s*>", re.S)


def _enml_html(enml: str) -> str | None:
    """A note's ENML as the HTML of its <en-note>, Evernote's own elements dropped."""
    note = _EN_NOTE.search(enml)
    body = note.group(1) if note else enml
    html = _EN_MARKUP.sub("", body).strip() if "<en-" in body else body.strip()
    return f"<div>{html}</div>" if html else None


_READERS: dict[str, Callable[[etree._Element], FeedItem]] = {"rss": _rss_item, "atom": _atom_entry, "enex": _enex_note}


# ---------------------------------------------------------------------------------------------- dates

_ENEX_DATE = "%Y%m%dT%H%M%SZ"


def utc_date(text: str | None) -> str | None:
    """A date as the REST reader gives a post's date_gmt: "2025-01-13T06:15:04", in UTC.

    RSS writes RFC 822 dates ("Mon, 13 Jan 2025 06:15:04 +0000"), Atom and Ghost's API RFC 3339 ones
    ("2025-03-21T07:30:00.000+00:00"), Evernote "20250214T161207Z". A date none of them reads is kept as written;
    WordPress's placeholder for no date is None.
    """
    if not text or _no_date(text):
        return None
    moment = _parsed_date(text)
    if moment is None:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


# WordPress stores "no date yet" (a draft's post_date_gmt) as MySQL's zero date "0000-00-00 00:00:00", which its
# feeds and exports render as year -1: "Mon, 30 Nov -0001 00:00:00 +0000" (read as year 2000 by the RFC 822 parser).
_ZERO_DATE = "0000-00-00"
_YEAR_MINUS_ONE = " -0001 "


def _no_date(text: str) -> bool:
    return text.startswith(_ZERO_DATE) or _YEAR_MINUS_ONE in text


def _parsed_date(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _ENEX_DATE).replace(tzinfo=UTC)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
