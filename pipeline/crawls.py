"""Crawl containers to the pages they hold: a WARC web archive (.warc, .warc.gz; Common Crawl's WET text,
.warc.wet.gz) and JSON Lines (.jsonl, .ndjson).

A crawler saves everything it fetched in one file. A WARC holds a record per request, response and note of the
crawl (warcinfo, metadata); warcio reads them, each record its own gzip member or not, and gives a response's body
de-chunked and de-compressed (its content_stream()). A page is a full response (200, or 203 from a cache), or a
``resource`` record, or a ``conversion`` record (a WET file's: the text Common Crawl drew from a response), whose
Content-Type is HTML, or markdown or plain text that reads as prose; its URL is the record's WARC-Target-URI.
Everything else is no page and is counted nowhere: requests, warcinfo, metadata and revisit records, redirects and
errors, and responses of other types (style sheets, images, scripts, a robots.txt of directives). A record that
does not parse ends the reading: the pages before it are kept, the break is reported.

JSON Lines (Scrapy's ``-o items.jsonl``, an Apify dataset, a crawler's export) hold one JSON value a line, each
read as a JSON file's object is (sources.py); a line that does not parse is that line's failure, not the file's.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import MalformedJSONError, MalformedWARCError

__all__ = ["JsonLine", "ServedPage", "WarcPages", "json_lines", "warc_pages"]


@dataclass(frozen=True)
class ServedPage:
    """A page a WARC response served: its body as sent, less the transfer and content encodings."""

    url: str | None
    body: bytes
    form: str  # the input form its Content-Type names: "html", "markdown" or "text"
    charset: str | None  # the Content-Type's charset, which may lie as a meta tag may


@dataclass(frozen=True)
class WarcPages:
    """A WARC's pages in record order, and why the reading stopped short (None when it did not)."""

    pages: list[ServedPage]
    broken: MalformedWARCError | None


# Media types whose responses are pages, and the input form each is read as. Text is a page only when it reads as
# prose: a robots.txt, an ads.txt or a security.txt served as text/plain is directives.
_PAGE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_STATUSES = frozenset(("200", "203"))  # a full page, from the site or a cache
# A conversion record has no HTTP head: its own Content-Type (a WET file's text/plain) names its form.
_RECORD_TYPES = frozenset(("response", "resource", "conversion"))


def warc_pages(data: bytes) -> WarcPages:
    """The pages a WARC's bytes hold.

    Raises MalformedWARCError for bytes that open with no WARC record (an ARC file, HTML named .warc).
    """
    pages: list[ServedPage] = []
    records = 0
    try:
        for record in _quiet_iterator()(io.BytesIO(data)):
            _check_record(record)
            records += 1
            if (page := _served_page(record)) is not None:
                pages.append(page)
    except Exception as exc:  # noqa: BLE001 - warcio raises bare Exceptions too (an unknown Content-Encoding)
        broken = MalformedWARCError(f"malformed WARC (record {records + 1}: {_first_line(exc)})")
        if not records:
            raise broken from exc
        return WarcPages(pages, broken)
    if not records:
        raise MalformedWARCError("malformed WARC (no record)")
    return WarcPages(pages, None)


def _check_record(record: Any) -> None:
    """Raise MalformedWARCError for a record warcio read leniently: any line of five words as an ARC header, a
    header block without the type and length every WARC record has (the rest of the file then read as its body)."""
    if not record.format.startswith("warc"):
        raise MalformedWARCError("not a WARC record: an ARC header line")
    if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
        raise MalformedWARCError("a WARC record without WARC-Type or Content-Length")


@cache
def _quiet_iterator() -> type:
    """warcio's record iterator, without the warning it writes to stderr when a record's Content-Length looks
    wrong (it reads on regardless): stderr is the batch's progress and failure lines."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: it brings fsspec, ~60 ms, for WARCs only

    class QuietArchiveIterator(ArchiveIterator):
        INC_RECORD = ""

    return QuietArchiveIterator


def _served_page(record: Any) -> ServedPage | None:
    """A record's page, or None for a record that is no page."""
    kind, http = record.rec_type, record.http_headers
    if kind not in _RECORD_TYPES or (kind == "response" and (http is None or http.get_statuscode() not in _STATUSES)):
        return None
    media_type, charset = _media_type((http or record.rec_headers).get_header("Content-Type") or "")
    form = _PAGE_TYPES.get(media_type)
    if form is None:
        return None
    body = record.content_stream().read()
    record.raw_stream.read()  # the rest of the record: what is still owed after it says the file ended inside it
    if record.raw_stream.limit:
        raise MalformedWARCError("the file ends inside the record")
    if form != "html" and not _reads_as_prose(body):
        return None
    return ServedPage(record.rec_headers.get_header("WARC-Target-URI"), body, form, charset)


def _media_type(content_type: str) -> tuple[str, str | None]:
    """A Content-Type's media type, lowercased, and its charset parameter ("text/html; charset=UTF-8")."""
    media_type, *parameters = content_type.split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


_PROSE_WORDS = 8  # a line of a sentence's length: no directive or field line runs to it


def _reads_as_prose(body: bytes) -> bool:
    """Whether a text body holds a line of prose, as a page does (comment lines, "#", aside)."""
    return any(len(line.split()) >= _PROSE_WORDS for line in body.splitlines() if not line.lstrip().startswith(b"#"))


def _first_line(error: object) -> str:
    return str(error).strip().split("\n", 1)[0] or type(error).__name__


# ------------------------------------------------------------------------------------------- JSON Lines


@dataclass(frozen=True)
class JsonLine:
    """One line of a JSON Lines file: its value, or why it does not parse."""

    number: int  # 1-based, as an editor counts
    value: object
    error: MalformedJSONError | None = None


def json_lines(text: str) -> list[JsonLine]:
    """The non-blank lines of a JSON Lines file's text, parsed one by one."""
    return [_json_line(number, line) for number, line in enumerate(text.split("\n"), 1) if line and not line.isspace()]


def _json_line(number: int, line: str) -> JsonLine:
    try:
        return JsonLine(number, json.loads(line))
    except json.JSONDecodeError as exc:
        reason = f"column {exc.colno}: {exc.msg}"
    except RecursionError:
        reason = "nested too deeply to parse"
    except ValueError:  # an integer literal past Python's digit limit
        reason = "a number too long to read"
    return JsonLine(number, None, MalformedJSONError(f"malformed JSON (line {number}, {reason})"))
