"""Tumblr's API v2 posts in the Neue Post Format (NPF), as the article objects the JSON reader reads.

/v2/blog/<blog>/posts?npf=true answers {"meta": {...}, "response": {"blog": {...}, "posts": [post, ...]}}, /posts/<id>
{"response": {"post": post}}, and a scraper may save the post object alone. A post's "content" is a list of typed
blocks: text blocks (a "subtype" heading1, heading2, quote, indented, chat, ordered-list-item or unordered-list-item,
list items nested by "indent_level"; bold and italic "formatting" ranges by character offset) are the article.
Image blocks (their alt text and caption) and link blocks (cards, ads) are not, nor audio, video or poll blocks. The
"layout" (rows, the ask box, "truncate_after") only arranges or folds the same blocks: all of them are read, in
order. A reblog's "trail" holds the reblogged posts' blocks: read only when the post adds none of its own.
"""

from __future__ import annotations

from .apijson import spans_html
from .feeds import epoch_date, utc_date
from .headless import articles_of, nonblank

__all__ = ["tumblr_articles"]

_RESPONSE = "response"
_TEXT = "text"
# The block types NPF defines: a post's "content" holding only these (and a text block) is NPF.
_NPF_TYPES = frozenset(("text", "image", "link", "audio", "video", "poll", "paywall"))
_BLOCK_TAGS = {"heading1": "h1", "heading2": "h2", "quote": "blockquote", "indented": "blockquote"}
_LIST_TAGS = {"ordered-list-item": "ol", "unordered-list-item": "ul"}
_FORMAT_TAGS = {"bold": "strong", "italic": "em"}  # a link range is read as its text; small, color, mention too
_TITLE_SUBTYPE = "heading1"
_INDENTED = "indented"


def tumblr_articles(data: dict) -> object | None:
    """A Tumblr API answer's NPF posts (or a post object alone) as article objects, one post the file's only page;
    None for any other JSON."""
    response = data.get(_RESPONSE)
    if isinstance(response, dict):
        posts = [response["post"]] if "post" in response else response.get("posts")
    else:
        posts = [data]
    if not isinstance(posts, list) or not posts:
        return None
    return articles_of(posts, _npf_article)


def _npf_article(post: object) -> dict | None:
    """A post as an article object: its text blocks (else its trail's) as HTML, its title the first heading1 (else
    its summary), its post_url, slug and date."""
    blocks = _npf_blocks(post.get("content")) if isinstance(post, dict) else None
    if blocks is None:
        return None
    if not any(block.get("type") == _TEXT for block in blocks):
        blocks = [block for item in _trail(post) for block in _npf_blocks(item.get("content")) or ()]
    texts = [block for block in blocks if block.get("type") == _TEXT and isinstance(block.get("text"), str)]
    if not texts:
        return None
    heading = next((block["text"] for block in texts if block.get("subtype") == _TITLE_SUBTYPE), None)
    return {
        "html": _npf_html(texts),
        "title": nonblank(heading) or nonblank(post.get("summary")),
        "slug": nonblank(post.get("slug")),
        "url": nonblank(post.get("post_url")),
        "date_published": epoch_date(post.get("timestamp")) or utc_date(nonblank(post.get("date"))),
    }


def _npf_blocks(content: object) -> list[dict] | None:
    """A post's content blocks, when it is an NPF block list (every block of an NPF type); else None."""
    if not isinstance(content, list) or not all(isinstance(b, dict) and b.get("type") in _NPF_TYPES for b in content):
        return None
    return content


def _trail(post: dict) -> list[dict]:
    trail = post.get("trail")
    return [item for item in trail if isinstance(item, dict)] if isinstance(trail, list) else []


def _npf_html(texts: list[dict]) -> str:
    """Text blocks as HTML: consecutive list items one list, an item of a deeper indent_level a list inside the
    item before it."""
    out: list[str] = []
    open_lists: list[tuple[str, int]] = []  # (tag, indent level), the innermost last; its last <li> still open
    for block in texts:
        list_tag = _LIST_TAGS.get(block.get("subtype"))
        level = block.get("indent_level") if isinstance(block.get("indent_level"), int) else 0
        text = _formatted(block)
        if open_lists and block.get("subtype") == _INDENTED:
            # Tumblr has no paragraph inside a list item: the indented lines after one carry on its text
            out.append(f"<p>{text}</p>")
            continue
        while open_lists and (not list_tag or open_lists[-1][1] > level or open_lists[-1] == (_other(list_tag), level)):
            out.append(f"</li></{open_lists.pop()[0]}>\n")
        if list_tag and open_lists and open_lists[-1][1] == level:
            out.append(f"</li><li>{text}")
        elif list_tag:
            out.append(f"<{list_tag}><li>{text}")
            open_lists.append((list_tag, level))
        elif text.strip():
            tag = _BLOCK_TAGS.get(block.get("subtype"), "p")
            out.append(f"<{tag}>{text}</{tag}>\n")
    out.extend(f"</li></{tag}>\n" for tag, _ in reversed(open_lists))
    return "".join(out)


def _other(list_tag: str) -> str:
    return "ul" if list_tag == "ol" else "ol"


def _formatted(block: dict) -> str:
    """A text block's text as HTML, its bold and italic ranges (NPF counts offsets in characters) marked up."""
    spans = []
    formatting = block.get("formatting")
    for format_ in formatting if isinstance(formatting, list) else ():
        tag = _FORMAT_TAGS.get(format_.get("type")) if isinstance(format_, dict) else None
        start, end = (format_.get("start"), format_.get("end")) if tag else (None, None)
        if isinstance(start, int) and isinstance(end, int) and start < end:
            spans.append((start, end, tag))
    return spans_html(block["text"], spans)

