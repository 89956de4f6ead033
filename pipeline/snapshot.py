"""Pages saved by archive.today (archive.ph and its mirrors .is, .li, .md, .vn, .fo): where the page's own URL
and dates stand.

The archive writes the head itself: its og:url names the snapshot ("https://archive.ph/Qd7Wm") and its
article:modified_time is the capture's time, while the page's own head, JSON-LD and <time datetime=...>
attributes are gone. The page's URL is left in the archive's header box ("Saved from [https://...]"), its dates
in the byline's printed text under the title. (The Wayback Machine keeps the page's head: nothing to undo.)
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from .sources import DATE_PATTERN, byline_date, iso_date

__all__ = ["byline_dates", "is_snapshot", "original_url"]

_SNAPSHOT_URL = re.compile(r"https?://(?:www\.)?archive\.(?:today|ph|is|li|md|vn|fo)/", re.IGNORECASE)
# The byline's edit date: "· Updated March 9, 2026", "Last updated: 9 Mar 2026".
_UPDATED = re.compile(rf"\b(?:updated|modified)(?: on)?:?\s+({DATE_PATTERN})", re.IGNORECASE)
_BYLINE_BLOCKS = 2  # the byline is the title's next element, a breadcrumb or a share bar at most between


def is_snapshot(url: str | None) -> bool:
    """Whether the page's head names an archive.today snapshot as its URL."""
    return url is not None and url[:4] == "http" and _SNAPSHOT_URL.match(url) is not None


def original_url(root: etree._Element) -> str | None:
    """The URL the snapshot was saved from: the archive header's search field, <input name="q" value="https://...">."""
    for field in root.iter("input"):
        if field.get("name") == "q":
            value = (field.get("value") or "").strip()
            if value.startswith(("http://", "https://")) and not is_snapshot(value):
                return value
            return None
    return None


def byline_dates(h1: etree._Element | None) -> tuple[str | None, str | None]:
    """(published, updated) as the byline under the title prints them, read as a text page's byline is:
    "By Nadia Okafor · March 2, 2026 · Updated March 9, 2026 · 24 min read" → ("2026-03-02", "2026-03-09")."""
    if h1 is None:
        return None, None
    for block in islice(h1.itersiblings(etree.Element), _BYLINE_BLOCKS):
        text = " ".join(" ".join(block.itertext()).split())
        published, updated = byline_date(text), _UPDATED.search(text)
        if published is not None or updated is not None:
            return published, iso_date(updated.group(1)) if updated else None
    return None, None
