"""Reddit's JSON, as the article objects the JSON reader reads.

A post saved as "<post url>.json" is a list of two Listings, {"kind": "Listing", "data": {"children": [...]}}: the
first holds the post (a "t3" thing), the second its comments ("t1" things, a "more" stub), which are never read. A
subreddit's listing (/r/<sub>/new.json) is one Listing of t3 posts, each self post a page.

A self post keeps its article as Reddit markdown in "selftext" (the same as HTML-escaped HTML in "selftext_html",
whose list items fold a "–" detail line into the title line): "&", "<" and ">" stored as "&amp;", "&lt;", "&gt;",
blank paragraphs typed as "&#x200B;" lines, superscript as "^(words)" or "^word". The post closes on the poster's
sign-off, after the article: "EDIT:" lines, a disclaimer or a plug in superscript, a "***" rule before them.
"""

from __future__ import annotations

import re

from .feeds import epoch_date
from .headless import nonblank

__all__ = ["reddit_articles"]

_LISTING = "Listing"
_POST = "t3"
_SITE = "https://www.reddit.com"

# The escapes Reddit stores in selftext; "&amp;" last, so that an escaped "&amp;lt;" stays "&lt;" as typed.
_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))
# Superscript: "^(several words)" (one level of parentheses inside), else "^word" opening a word.
_SUPERSCRIPT_GROUP = re.compile(r"\^\(((?:[^()\n]|\([^()\n]*\))*)\)")
_SUPERSCRIPT_WORD = re.compile(r"(?<![^\s(\[*_])\^(?=[^\s^])")
# What may close a post after its article, paragraph by paragraph from its end: an edit note ("EDIT:", "Edit 2:",
# "**ETA:**"), a paragraph in superscript, a rule, a zero-width spacer paragraph.
_SIGN_OFF = re.compile(
    r"[*_]*(?:edit|update|eta)\b[^:\n]{0,12}:|\^|(?:[*_-][ \t]*){3,}$|(?:&#x200B;|\u200b)\s*$", re.IGNORECASE
)


def reddit_articles(data: object) -> object | None:
    """A post's .json (its comments dropped) or a subreddit's listing as article objects (one post the file's only
    page); a post without text left as its title, to be reported as no post; None for any other JSON."""
    listing = _post_listing(data)
    if listing is None:
        return None
    articles = [_post_article(child["data"]) for child in listing]
    return articles[0] if len(articles) == 1 else articles


def _post_listing(data: object) -> list[dict] | None:
    """The t3 things of a Listing (the first of a post's pair of them); None for anything else."""
    if isinstance(data, list) and data:
        data = data[0]  # a post's .json: [the post's Listing, the comments' Listing]
    if not isinstance(data, dict) or data.get("kind") != _LISTING or not isinstance(data.get("data"), dict):
        return None
    children = data["data"].get("children")
    posts = [
        child
        for child in children or ()
        if isinstance(child, dict) and child.get("kind") == _POST and isinstance(child.get("data"), dict)
    ]
    return posts or None


def _post_article(post: dict) -> dict:
    """A t3 post as an article object: its selftext as markdown, title, url, slug and dates (UTC)."""
    permalink = nonblank(post.get("permalink"))
    url = _SITE + permalink if permalink and permalink.startswith("/") else nonblank(post.get("url"))
    selftext = nonblank(post.get("selftext"))
    return {
        "markdown": post_markdown(selftext) if selftext else None,
        "title": nonblank(post.get("title")),
        "url": url,
        "slug": permalink.strip("/").rsplit("/", 1)[-1] if permalink else None,
        "date_published": epoch_date(post.get("created_utc")),
        "date_modified": epoch_date(post.get("edited")),  # False when never edited
    }


def post_markdown(selftext: str) -> str:
    """Reddit's stored markdown as markdown: unescaped, without the poster's sign-off nor superscript markup."""
    for escaped, char in _ESCAPES:
        selftext = selftext.replace(escaped, char)
    text = _without_sign_off(selftext)
    if "^" in text:  # one scan rules most posts out
        text = _SUPERSCRIPT_WORD.sub("", _SUPERSCRIPT_GROUP.sub(r"\1", text))
    return text


def _without_sign_off(text: str) -> str:
    """The post without the sign-off paragraphs closing it (see _SIGN_OFF); the article before them as it is."""
    paragraphs = re.split(r"(\n[ \t]*\n)", text.rstrip())
    end = len(paragraphs)
    while end > 0 and (not paragraphs[end - 1].strip() or _SIGN_OFF.match(paragraphs[end - 1].lstrip())):
        end -= 1
    return "".join(paragraphs[:end]) + "\n"

