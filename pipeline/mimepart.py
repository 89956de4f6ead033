"""A MIME part saved as it travelled: its part headers open the file, its body is still transfer-encoded.

A newsletter's text/plain part saved undecoded reads ``Content-Type: text/plain; charset="utf-8"`` and
``Content-Transfer-Encoding: quoted-printable``, a blank line, then a body with ``=E2=80=94`` for "—", ``=3D``
for "=" and a soft line break (a closing "=") wherever a line ran past 76 columns, often mid-word. The headers
are no article text and the body must be decoded before anything reads it: both are done here, on the bytes,
before the charset is decided (the decoded bytes are in the part's charset, not ASCII).

A body saved without its headers is told by its "=": in its head each one opens an ``=XX`` escape or closes a
line, there are several of both, and no line is longer than 76 columns. Ordinary pages use "=" otherwise
(setext underlines "====", a URL's "?a=1", code's "x == y", HTML attributes), mostly at their first "=", or
have none: a page mentioning "=3D" or "=E2=80=94" in its text has no soft breaks around it.

A browser's single-file save (Chrome's "Webpage, Single File" .mhtml, Internet Explorer's and Word's .mht) is a
whole MIME message: its headers (Snapshot-Content-Location, Subject, Date), then a multipart/related body whose
first text/html part is the page, followed by its style sheets and images. That part is read here as a lone part
is; the other parts are skipped unread.

An email saved from a mail client (.eml, RFC 5322) is read the same way: a newsletter issue mails its post as a
multipart/alternative body, its text/html part (preferred: the article's tables are real tables there) and a
text/plain rendering (links as "[n]" footnotes, tables flattened), read when no HTML part is sent; attachments
and images are never decoded. Unlike a browser's save time, the Date header of an issue is when it was
published; the post's own address is the one the message links "View in browser" to, when it gives one.

Offsets: the blocks point into the decoded text, as they do for a gzipped or a UTF-16 page.
"""

from __future__ import annotations

import email
import html as html_module
import quopri
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy

from .mojibake import Repair

__all__ = ["MimeBody", "SavedPage", "mailed_page", "saved_page", "unwrap_mime_part"]

# A MIME part header (RFC 2045, 2183, 3282) and its folded continuation lines. Only the part's own headers, by
# name: a title may open with another "Content-...:" ("Content-Strategist: Role Blueprint"), and a message's
# "From:" or "Subject:" says who wrote it, which is no part of this layout.
_PART_HEADER = re.compile(
    rb"(?:content-(?:type|transfer-encoding|disposition|description|id|language|location|md5)|mime-version)"
    rb"[ \t]*:[^\r\n]*\r?\n(?:[ \t]+[^\r\n]*\r?\n)*",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(rb"[ \t]*\r?\n")
# A headerless body is judged on its head: a quoted-printable one shows its escapes and soft breaks at once.
_HEAD = 8192
_MIN_SOFT_BREAKS = 4
_MIN_ESCAPES = 2
_QP_LINE_MAX = 76  # RFC 2045, 6.7 (5): encoded lines are at most 76 characters long
# What follows each "=" of a quoted-printable body: an escape in upper-case hex digits or a line end (a soft
# break). An encoder escapes "=", controls, 8-bit bytes and at most some punctuation ("=46" for the F of a line's
# "From "), never a digit or another letter: "?p=4471", "?id=AB12" are no escapes.
_ESCAPED = rb"(?:[0-2][0-9A-F]|3[A-F]|4[06]|5[B-F]|60|7[B-F]|[89A-F][0-9A-F])"
_QP_EQUALS = re.compile(rb"=(?:" + _ESCAPED + rb"|(\r?\n))")
_STRAY_EQUALS = re.compile(rb"=(?!" + _ESCAPED + rb"|\r?\n)")
_QP_ESCAPE = re.compile(rb"=[0-9A-Fa-f]{2}")


@dataclass(frozen=True)
class MimeBody:
    """A part's decoded body bytes, the charset its headers name, and what was undone to get them."""

    body: bytes
    charset: str | None
    transfer_encoding: str  # "quoted-printable", "base64", ... or "identity" when only headers were dropped
    repairs: tuple[Repair, ...]


def unwrap_mime_part(data: bytes) -> MimeBody | None:
    """The body of a MIME part saved undecoded, or None for any other page (nearly all of them)."""
    end, headers = _part_headers(data)
    if headers:
        return _text_part(data, end, headers)
    if _looks_quoted_printable(data):
        return MimeBody(quopri.decodestring(data), None, "quoted-printable", _qp_repairs(data))
    return None


def _part_headers(data: bytes) -> tuple[int, int]:
    """Where the body starts and how many headers precede it when MIME part headers, and only they, open the
    file (a blank line closes them); else (0, 0)."""
    pos = headers = 0
    while header := _PART_HEADER.match(data, pos):
        pos, headers = header.end(), headers + 1
    blank = _BLANK_LINE.match(data, pos) if headers else None
    return (blank.end(), headers) if blank else (0, 0)


def _text_part(data: bytes, end: int, headers: int) -> MimeBody | None:
    """A text part's body decoded as its Content-Transfer-Encoding says; None for any other part."""
    part = email.message_from_bytes(data)
    if part.get_content_maintype() != "text":
        return None  # a multipart body holds parts of its own; a binary part is no page
    return _part_body(part, data[end:], (Repair("MIME part header", "removed", headers),))


def _part_body(part: Message, body: bytes, repairs: tuple[Repair, ...]) -> MimeBody:
    """A part's body (``body``, still encoded) decoded as its Content-Transfer-Encoding says."""
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte == "quoted-printable":
        return MimeBody(part.get_payload(decode=True), part.get_content_charset(), cte, repairs + _qp_repairs(body))
    if cte in ("base64", "x-uuencode", "uuencode", "uue", "x-uue"):
        decoded = (Repair(f"{cte} body", "decoded", 1),)
        return MimeBody(part.get_payload(decode=True), part.get_content_charset(), cte, repairs + decoded)
    return MimeBody(body, part.get_content_charset(), "identity", repairs)  # 7bit, 8bit, binary: as they are


def _looks_quoted_printable(data: bytes) -> bool:
    """True when the page is a quoted-printable body: each "=" an escape or a soft break, and short lines.

    The "=" are visited one find (memchr) at a time: a page without one is ruled out by a single find, and nearly
    every other page by its first "=" (an HTML attribute's, a URL query's, a setext underline's).
    """
    end = min(len(data), _HEAD)
    soft = escapes = 0
    at = data.find(b"=", 0, end)
    while at >= 0:
        equals = _QP_EQUALS.match(data, at)
        if equals is None:
            return False
        if equals.group(1):
            soft += 1
        else:
            escapes += 1
        if soft >= _MIN_SOFT_BREAKS and escapes >= _MIN_ESCAPES:
            return _quoted_printable_head(data[: data.rfind(b"\n", 0, end) + 1])
        at = data.find(b"=", equals.end(), end)
    return False


def _quoted_printable_head(head: bytes) -> bool:
    """True when no "=" of the head's whole lines is a stray and none of them is longer than 76 columns."""
    return not _STRAY_EQUALS.search(head) and max(map(len, head.splitlines()), default=0) <= _QP_LINE_MAX


def _qp_repairs(body: bytes) -> tuple[Repair, ...]:
    """How many escapes a quoted-printable body had decoded and soft line breaks joined."""
    soft = body.count(b"=\n") + body.count(b"=\r\n")
    escapes = len(_QP_ESCAPE.findall(body))
    repairs = (Repair("=XX escape", "decoded", escapes), Repair("= soft line break", "joined", soft))
    return tuple(repair for repair in repairs if repair.count)


@dataclass(frozen=True)
class SavedPage:
    """What a browser's single-file save (MHTML) holds: its page, and the address it was saved from.

    Its Date header is when the page was saved, not when it was published: it is not read.
    """

    #: the first text/html part's body, decoded; None when the archive holds no such part
    part: MimeBody | None
    #: Snapshot-Content-Location (Chrome), else the HTML part's Content-Location
    url: str | None
    #: the page's title as the browser saw it (RFC 2047 decoded, unfolded)
    subject: str | None
    #: an email's Date header as written (when an issue was sent is when it was published); None for MHTML
    date: str | None = None
    #: whether the part read is HTML; an email without one is read from its text/plain part
    html: bool = True
    #: whether the archive is an email: its Subject is the post's title, whatever the HTML's <title> says
    mailed: bool = False


_MHTML_READ = Repair("MHTML", "text/html part read", 1)
_SNAPSHOT_LOCATION = "snapshot-content-location"


def saved_page(data: bytes) -> SavedPage | None:
    """The page an MHTML archive holds, or None when the file opens with no MIME message (a saved page's HTML
    alone, named .mht)."""
    end = _headers_end(data, 0, len(data))
    head = BytesHeaderParser(policy=default_policy).parsebytes(data[:end]) if end else None
    if head is None or "content-type" not in head:
        return None
    subject = _header_text(head, "subject")
    if head.get_content_maintype() == "multipart":
        part_start, part_end = _html_part(data, end, head.get_boundary())
    else:  # a message that is itself the page
        part_start, part_end = (0, len(data)) if head.get_content_type() == "text/html" else (-1, -1)
    if part_start < 0:
        return SavedPage(None, _web_address(head.get(_SNAPSHOT_LOCATION)), subject)
    part = data[part_start:part_end]
    message = email.message_from_bytes(part)
    body = part[_headers_end(part, 0, len(part)) :]
    url = _web_address(head.get(_SNAPSHOT_LOCATION)) or _web_address(message.get("content-location"))
    return SavedPage(_part_body(message, body, (_MHTML_READ,)), url, subject)


def _headers_end(data: bytes, start: int, end: int) -> int:
    """Where the body after the header block at ``start`` begins, past its blank line; ``end`` without one."""
    blank = _BLANK_AFTER_HEADERS.search(data, start, end)
    return blank.end() if blank else end


_BLANK_AFTER_HEADERS = re.compile(rb"\r?\n\r?\n")


def _html_part(data: bytes, start: int, boundary: str | None) -> tuple[int, int]:
    """Where the first text/html part of a multipart body lies, its headers included; (-1, -1) without one.

    Only each part's headers are parsed: the style sheets and images after the page are never decoded.
    """
    if not boundary:
        return -1, -1
    delimiter = b"--" + boundary.encode("ascii", "replace")
    at = data.find(delimiter, start)
    while at >= 0 and not data.startswith(b"--", at + len(delimiter)):  # "--boundary--" closes the body
        part_start = data.find(b"\n", at) + 1
        if part_start == 0:
            break
        following = data.find(b"\n" + delimiter, part_start)
        part_end = len(data) if following < 0 else following - (data[following - 1 : following] == b"\r")
        headers = data[part_start : _headers_end(data, part_start, part_end)]
        if BytesHeaderParser().parsebytes(headers).get_content_type() == "text/html":
            return part_start, part_end
        at = following + 1 if following >= 0 else -1
    return -1, -1


def _web_address(location: object) -> str | None:
    """A saved page's address when it is a web one (a file:/// or cid: location is no source), its fragment
    dropped: a place within the page, not the page."""
    url = str(location).strip() if location else ""
    if not url.startswith(("http://", "https://")):
        return None
    return url.split("#", 1)[0]


def _header_text(head: Message, name: str) -> str | None:
    """A header's decoded text on one line, or None when missing or blank."""
    value = head.get(name)
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


_EMAIL_HTML_READ = Repair("email", "text/html part read", 1)
_EMAIL_TEXT_READ = Repair("email", "text/plain part read", 1)
# A reply's or a forward's prefix to the Subject it repeats: no part of the post's title.
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)


def mailed_page(data: bytes) -> SavedPage | None:
    """The post an email message (.eml) mails: its text/html part, else its text/plain one; None when the file
    opens with no message header (a page's own text named .eml).

    The standard library's parser reads the message (RFC 2047 headers, nested multiparts, transfer encodings);
    only the part read is decoded, never an attachment or an image.
    """
    end = _headers_end(data, 0, len(data))
    head = BytesHeaderParser(policy=default_policy).parsebytes(data[:end]) if end else None
    if head is None or not ("content-type" in head or "subject" in head or "from" in head):
        return None
    message = email.message_from_bytes(data, policy=default_policy)
    assert isinstance(message, EmailMessage)  # policy=default builds EmailMessage
    subject = _REPLY_PREFIX.sub("", _header_text(message, "subject") or "") or None
    date = _header_text(message, "date")
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return SavedPage(None, _list_post(message), subject, date, mailed=True)
    html = part.get_content_type() == "text/html"
    raw = str(part.get_payload()).encode("ascii", "surrogateescape")  # the body as mailed, for the repair counts
    body = _part_body(part, raw, (_EMAIL_HTML_READ if html else _EMAIL_TEXT_READ,))
    url = _list_post(message) or _browser_view(body.body, html)
    if not html:
        body = _without_link_markers(body)
    return SavedPage(body, url, subject, date, html, mailed=True)


def _list_post(message: Message) -> str | None:
    """The post's web address a newsletter's List-Post header gives (Substack's), when it is a web one."""
    value = _header_text(message, "list-post")
    return _web_address(value.strip("<>")) if value else None


# The link a newsletter opens with to its post on the web: "View in browser", "View this email in your browser",
# "Read online", "Open in browser", "View on the web". In HTML, the anchor's href; in a text/plain part, the URL
# after the words ("(https://...)", "<https://...>", ": https://...") or the "[n]" footnote they point to.
_VIEW_WORDS = rb"(?:view|read|open)\b[^<>\n]{0,30}?\b(?:browser|online|on the web)\b"
_VIEW_ANCHOR = re.compile(
    rb"<a\s[^>]*?\bhref\s*=\s*[\"']?(https?://[^\"'\s>]+)[^>]*>\s*(?:<[^>]*>\s*)*" + _VIEW_WORDS, re.IGNORECASE
)
_VIEW_LINE = re.compile(_VIEW_WORDS + rb"[^\n\w]{0,4}?(?:\[(\d{1,3})\]|[(<]?(https?://[^\s)>]+))", re.IGNORECASE)
_TRACKING_PARAM = re.compile(r"(?<=[?&])utm_\w+=[^&#]*&?")


def _browser_view(body: bytes, html: bool) -> str | None:
    """The post's web address a newsletter's "View in browser" link gives, without its campaign parameters; None
    without one."""
    if html:
        anchor = _VIEW_ANCHOR.search(body)
        url = html_module.unescape(anchor.group(1).decode("ascii", "replace")) if anchor else None
    else:
        url = _view_line_url(body)
    url = _web_address(url)
    return _TRACKING_PARAM.sub("", url).rstrip("?&") if url else None


def _view_line_url(body: bytes) -> str | None:
    """A text/plain part's "View in browser" URL: written after the words, or in the footnote they point to."""
    line = _VIEW_LINE.search(body)
    if line is None:
        return None
    if line.group(2):
        return line.group(2).decode("ascii", "replace")
    footnote = re.search(rb"^\[" + line.group(1) + rb"\][ \t]+(https?://\S+)", body, re.MULTILINE)
    return footnote.group(1).decode("ascii", "replace") if footnote else None


# A text/plain rendering writes each link as a "[n]" marker after its words and lists the URLs under the text
# ("Links:", then "[3] https://..."): the markers are no article text. Only numbers the list holds are markers.
_LINK_FOOTNOTE = re.compile(rb"^\[(\d{1,3})\][ \t]+https?://", re.MULTILINE)
_LINK_MARKER = re.compile(rb"(?<=\S)[ \t]?\[(\d{1,3})\](?=[\s.,;:!?)]|$)")
_MIN_LINK_FOOTNOTES = 2
_WIDE_CHARSETS = ("utf-16", "utf-32", "utf16", "utf32")  # their bytes are no ASCII text: left as they are


def _without_link_markers(part: MimeBody) -> MimeBody:
    """A text/plain part without the "[n]" markers of the links its footnote list gives."""
    if (part.charset or "").lower().startswith(_WIDE_CHARSETS):
        return part
    listed = set(_LINK_FOOTNOTE.findall(part.body))
    if len(listed) < _MIN_LINK_FOOTNOTES:
        return part
    removed = 0

    def unmarked(marker: re.Match[bytes]) -> bytes:
        nonlocal removed
        if marker.group(1) not in listed:
            return marker.group(0)
        removed += 1
        return b""

    body = _LINK_MARKER.sub(unmarked, part.body)
    repairs = (*part.repairs, Repair("link footnote marker", "removed", removed)) if removed else part.repairs
    return MimeBody(body, part.charset, part.transfer_encoding, repairs)
