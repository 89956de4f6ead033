"""BBCode source (a forum post's editor text) read as the markdown the text reader knows.

A forum thread copied as its editor's source reposts a blueprint in BBCode: headings wrapped in formatting
("[size=150][b]1) Role Summary[/b][/size]"), lists "[list]" / "[list=1]" of "[*]" items (a nested "[list]" a
level deeper), tables "[table][tr][th]...[/th][/tr]" whose rows may span several lines, links
"[url=...]text[/url]", images, "[hr]" rules, smiley codes (":)", ":lol:"), and the thread around it: each
post's header, signature and footer links, sponsored pseudo-posts, replies quoting the article.
:func:`bbcode_as_markdown` rewrites such a page line by line into markdown, every line as long as it was
(padded with spaces, markup blanked), so the blocks' offsets stay true; a table row is written over the lines
it spans, their length kept.

What is the article is told by the thread's structure, not by its wording. A repost is quoted
("[quote=Author]...[/quote]", one quote a post when it is split over several): the quotes holding numbered
section headings are the article, and after the first of them everything outside them is the forum's.
Unquoted, the posts holding the sections are the article: their bodies stay, without the posts' headers,
signatures and footers, and without the posts after them. What lies before the article is left to the noise
filter (the page's title is there).
"""

from __future__ import annotations

import re
from itertools import accumulate

from .markuplines import join_lines, split_lines
from .sections import classify_heading

__all__ = ["bbcode_as_markdown"]

# A closing tag of BBCode's own elements, after its "[": a page is BBCode when it holds three of them. A markdown
# link "[text](url)", a shortcode "[/su_box]" or a bracketed "[Repost]" is none.
_CLOSING_TAG = re.compile(r"/(?:b|i|u|s|size|colou?r|font|url|img|quote|list|table|tr|td|th|code|center)\]", re.I)
_MIN_CLOSING_TAGS = 3
_TAG = re.compile(r"\[(/?)(\*|[A-Za-z]+)(?:=([^\[\]\n]*))?\]")
# Tags that render their content with a look of its own (or none): the content is kept, the tags go.
_WRAPPERS = frozenset(
    "b i u s strike size color colour font center left right justify sub sup highlight indent code spoiler".split()
)
# Tags whose content is no text: an image's or a video's URL, an attachment's file name.
_NO_TEXT = frozenset("img youtube media video flash attachment".split())
_LINKS = frozenset(("url", "email"))
_STRUCTURE = frozenset("list * quote table tr td th hr".split())
_KNOWN = _WRAPPERS | _NO_TEXT | _LINKS | _STRUCTURE
_CELLS = ("td", "th")
# A section's heading once its markup is gone: "1) Role Summary".
_NUMBERED_TITLE = re.compile(r"\d{1,2}\)\s+[^\W\d]")
_TITLE_LENGTH = 100
# phpBB's smiley codes, written between spaces: ":)", ";)", ":D", ":lol:", ":roll:", "8-)". Not "8)": an item.
# Taken with the space before them, so the words around are one space apart.
_SMILEY = re.compile(
    r"(?:^|\s)(?::(?:lol|roll|oops|cry|evil|twisted|shock|idea|arrow|mrgreen|geek|ugeek|wink|smile|sad|razz|"
    r"neutral|eek|confused|cool|mad|[?!x]|\?\?\?):|[:;]-?[()DPpOo|]|8-\)|:\?|:x)(?!\S)"
)
_SMILEY_CHARS = (":", ";", "8-)")
# A repost's note where a post's part ends or the next one begins: "-- end of part 1 of 3 --", "Part 2 of 3".
_PART_NOTE = re.compile(r"[\W_]*(?:(?:end of|continued (?:in|from)) part \d+|part \d+ of \d+)\b", re.I)
# A post's date line (phpBB: "Posted: Mon Nov 10, 2025 9:14 am", "by user » Mon Nov 10, 2025 9:14 am").
_POST_DATE = re.compile(r"(?:Posted:?\s|(?:Post )?by\s[^\n»]{1,60}»\s*)[^\n]{0,24}?\b(?:19|20)\d\d\b")
# The poster's profile, beside or above the post: "Posts: 412", "Joined: Sat Mar 09, 2019 4:51 pm".
_PROFILE_FIELD = re.compile(r"(?:Posts|Joined|Location|Rank|Reputation|Thanks|Contact):\s", re.I)
_SUBJECT = re.compile(r"Post subject:|Subject:", re.I)
# What ends a post's body: its signature's rule, its footer links ("Top", "Report post  Quote").
_SIGNATURE_RULE = re.compile(r"_{5,}|--")
_POST_FOOTER = re.compile(r"(?:Top|Back to top|Report post\b.*|Quote|Reply with quote)", re.I)
_RULE = "***"  # "[hr]": a thematic break; "---" under a line would make it a setext heading


def bbcode_as_markdown(text: str) -> str:
    """The page as markdown if it is BBCode (three closing tags of its elements at least), else the page as it is.

    Every line keeps its length. Any other page costs a one-character scan for "[" (_is_bbcode).

    >>> bbcode_as_markdown("[b]1) Role Summary[/b]\\n[list]\\n[*][url=x]Link[/url] :)\\n[/list]").splitlines()
    ['## 1) Role Summary   ', '      ', '- Link               ', '       ']
    """
    return _Rewrite(text).markdown() if _is_bbcode(text) else text


def _is_bbcode(text: str) -> bool:
    """Whether the page holds three closing tags of BBCode's elements.

    A one-character scan, from one "[" to the next, the tag's name matched only after a "[/": a regex search for
    "[/" over a page is ~5x slower, and most pages hold no "[" or a few dozen (links).
    """
    found = 0
    at = text.find("[")
    while at != -1:
        if text[at + 1 : at + 2] == "/" and _CLOSING_TAG.match(text, at + 1):
            found += 1
            if found == _MIN_CLOSING_TAGS:
                return True
        at = text.find("[", at + 1)
    return False


class _Rewrite:
    """One page's lines (their bodies and line ends apart), rewritten in place."""

    def __init__(self, text: str) -> None:
        self.bodies, self.ends = split_lines(text)
        self.depth = 0  # of the open lists
        self.sections = 0  # numbered section headings written so far

    def markdown(self) -> str:
        """The page as markdown: the forum's lines blanked, each table written as pipe rows, the rest line by line."""
        for i in self._forum_lines():
            self.bodies[i] = " " * len(self.bodies[i])
        i = 0
        while i < len(self.bodies):
            if any(tag.group(2).lower() == "table" and not tag.group(1) for tag in self._tags(i)):
                i = self._table(i)
                continue
            self.bodies[i] = self._line(i)
            i += 1
        return join_lines(self.bodies, self.ends)

    # --- the thread around the article --------------------------------------------------------

    def _forum_lines(self) -> list[int]:
        """The lines that are the forum's, not the article's: after the article's first line, all but the
        article's quotes, or else all but the bodies of the posts holding sections."""
        titles = [i for i in range(len(self.bodies)) if self._section_title(i)]
        quotes = self._quotes()
        unquoted = [i for i in titles if not any(first <= i <= last for first, last in quotes)]
        if titles and not unquoted:
            # A reply's one-line quote of a heading ("[quote=user]7) KPIs[/quote]") is no part of the article.
            article = [(a, b) for a, b in quotes if b > a and any(a <= i <= b for i in titles)]
        else:  # an article posted unquoted may quote a line that reads as a heading: its posts are the article
            article = self._article_posts(unquoted)
        if not article:
            return []
        kept = set()
        for first, last in article:
            kept.update(range(first, last + 1))
        return [i for i in range(article[0][0], len(self.bodies)) if i not in kept or self._part_note(i)]

    def _quotes(self) -> list[tuple[int, int]]:
        """The top-level quotes, as (opening line, closing line)."""
        spans: list[tuple[int, int]] = []
        depth = opened = 0
        for i in range(len(self.bodies)):
            for tag in self._tags(i):
                if tag.group(2).lower() != "quote":
                    continue
                if not tag.group(1):
                    opened = i if depth == 0 else opened
                    depth += 1
                elif depth:
                    depth -= 1
                    if depth == 0:
                        spans.append((opened, i))
        return spans

    def _article_posts(self, titles: list[int]) -> list[tuple[int, int]]:
        """The bodies (first line, last line) of the posts holding section headings (at ``titles``)."""
        dates = [i for i, body in enumerate(self.bodies) if _POST_DATE.match(body)]
        heads = [self._post_head(date) for date in dates] + [len(self.bodies)]
        posts = []
        for date, end in zip(dates, heads[1:]):
            first = date + 1
            while first < end and (not self.bodies[first].strip() or _SUBJECT.match(self.bodies[first])):
                first += 1
            last = first
            while last < end and not self._ends_post(last):
                last += 1
            if any(first <= i < last for i in titles):
                posts.append((first, last - 1))
        return posts

    def _post_head(self, date: int) -> int:
        """The first line of the post dated at line ``date``: its poster's profile above it, if there."""
        above = date - 1
        while above >= 0 and not self.bodies[above].strip():
            above -= 1
        top = above
        while top >= 0 and self.bodies[top].strip():
            top -= 1
        profile = any(_PROFILE_FIELD.match(self.bodies[k]) for k in range(top + 1, above + 1))
        return top + 1 if profile else date

    def _ends_post(self, i: int) -> bool:
        stripped = self.bodies[i].strip()
        return _SIGNATURE_RULE.fullmatch(stripped) is not None or _POST_FOOTER.fullmatch(stripped) is not None

    def _section_title(self, i: int) -> bool:
        """Whether line i is a numbered heading naming a blueprint's section, "1) Role Summary" (its markup gone)."""
        if ")" not in self.bodies[i]:
            return False
        plain = self._plain(i).strip()
        return (
            len(plain) < _TITLE_LENGTH
            and _NUMBERED_TITLE.match(plain) is not None
            and classify_heading(plain).spec is not None
        )

    def _part_note(self, i: int) -> bool:
        return "art" in self.bodies[i] and _PART_NOTE.match(self._plain(i)) is not None

    # --- lines ------------------------------------------------------------------------------------

    def _tags(self, i: int) -> list[re.Match[str]]:
        body = self.bodies[i]
        if "[" not in body:
            return []
        return [tag for tag in _TAG.finditer(body) if tag.group(2).lower() in _KNOWN]

    def _plain(self, i: int) -> str:
        """Line i's text without its tags."""
        body = self.bodies[i]
        for tag in reversed(self._tags(i)):
            body = body[: tag.start()] + body[tag.end() :]
        return body

    def _line(self, i: int) -> str:
        """Line i as markdown, padded to its length."""
        body = self.bodies[i]
        tags = self._tags(i)
        line = (self._heading(body, tags) or self._markup(body, tags)) if tags else body
        if any(char in line for char in _SMILEY_CHARS):
            line = _SMILEY.sub("", line)
        while len(line) > len(body) and line[:1] in " \t":  # a deep item's indent where its line has no room
            line = line[1:]
        return (line if len(line) <= len(body) else self._plain(i)).ljust(len(body))

    def _heading(self, body: str, tags: list[re.Match[str]]) -> str | None:
        """A line wholly wrapped in formatting as a heading: "## 1) Role Summary" for a numbered section's, "#"
        for a line in a larger size before the first section (the post's title); else None."""
        if body[: tags[0].start()].strip() or body[tags[-1].end() :].strip():
            return None
        if any(tag.group(2).lower() not in _WRAPPERS for tag in tags):
            return None
        plain = "".join(body[a.end() : b.start()] for a, b in zip(tags, tags[1:])).strip()
        if not plain or len(plain) >= _TITLE_LENGTH:
            return None
        if _NUMBERED_TITLE.match(plain):
            self.sections += 1
            return f"## {plain}"
        sizes = [tag.group(3) for tag in tags if tag.group(2).lower() == "size" and tag.group(3)]
        if not self.sections and any(_larger(size) for size in sizes):
            return f"# {plain}"
        return None

    def _markup(self, body: str, tags: list[re.Match[str]]) -> str:
        """A line's tags as markdown: a list's item marked "- " at its depth (one space a level deeper, a tab
        two), bold as "**" (when it closes on the line), a rule alone on its line; other tags as nothing."""
        bold_pairs = sum(1 for tag in tags if tag.group(2).lower() == "b" and not tag.group(1))
        bold = "**" if 2 * bold_pairs == sum(1 for tag in tags if tag.group(2).lower() == "b") else ""
        out: list[str] = []
        at = 0
        hidden = None  # the tag whose content is no text, while inside it
        items = 0
        for tag in tags:
            closing, name = tag.group(1), tag.group(2).lower()
            if hidden is None:
                out.append(body[at : tag.start()])
            at = tag.end()
            if hidden is not None:
                hidden = None if closing and name == hidden else hidden
            elif name in _NO_TEXT and not closing:
                hidden = name
            elif name == "list":
                self.depth = max(self.depth - 1, 0) if closing else self.depth + 1
            elif name == "*":
                if not "".join(out).strip():
                    out.clear()  # the item's marker replaces the indentation before it
                indent = _indent(max(self.depth, 1))
                out.append(f"{indent}- " if not items else f"\n{indent}- ")
                items += 1
            elif name == "b":
                out.append(bold)
            elif name == "hr" and len(tags) == 1 and not (body[: tag.start()] + body[tag.end() :]).strip():
                out.append(_RULE)
            elif name == "quote" and closing:
                self.depth = 0  # a quote's lists end with it
        if hidden is None:
            out.append(body[at:])
        return "".join(out)

    # --- tables -----------------------------------------------------------------------------------

    def _table(self, i: int) -> int:
        """Write the table opening at line i as pipe rows, each over the lines it spans; return the line after
        it. A table left open is read line by line."""
        end = next((j for j in range(i, len(self.bodies)) if any(
            tag.group(2).lower() == "table" and tag.group(1) for tag in self._tags(j))), None)
        if end is None:
            self.bodies[i] = self._line(i)
            return i + 1
        span = "".join(self.bodies[k] + self.ends[k] for k in range(i, end + 1))
        line_starts = list(accumulate((len(self.bodies[k]) + len(self.ends[k]) for k in range(i, end)), initial=0))
        rows = _rows(span)
        for k in range(i, end + 1):
            self.bodies[k] = " " * len(self.bodies[k])
        groups: list[tuple[int, int, list[str]]] = []  # (first line, last line, rows written there)
        for number, (start, stop, cells, header) in enumerate(rows):
            first = i + _line_of(line_starts, start)
            last = i + _line_of(line_starts, stop)
            written = [_pipe_row(cells)]
            if number == 0 and header:
                written.append("|" + "---|" * len(cells))
            if groups and first <= groups[-1][1]:
                groups[-1] = (groups[-1][0], max(last, groups[-1][1]), groups[-1][2] + written)
            else:
                groups.append((first, last, written))
        for first, last, written in groups:
            self._join(first, last, "\n".join(written))
        return end + 1

    def _join(self, first: int, last: int, line: str) -> None:
        """Write ``line`` over lines first..last as one, padded to their length with their line ends; a line too
        long for them stays blank."""
        length = sum(len(self.bodies[k]) + len(self.ends[k]) for k in range(first, last)) + len(self.bodies[last])
        if len(line) > length:
            return
        self.bodies[first] = line.ljust(length)
        for k in range(first + 1, last + 1):
            self.bodies[k] = ""
        for k in range(first, last):
            self.ends[k] = ""


def _rows(span: str) -> list[tuple[int, int, list[str], bool]]:
    """A table's rows: (offset of "[tr]", offset of "[/tr]", cells, whether a header row: all "[th]" or all bold)."""
    rows: list[tuple[int, int, list[str], bool]] = []
    cells: list[str] = []
    header = True
    row_start = cell_start = -1
    kind = "td"
    for tag in _TAG.finditer(span):
        closing, name = tag.group(1), tag.group(2).lower()
        if name == "tr" and not closing:
            row_start, cells, header = tag.start(), [], True
        elif name in _CELLS or (name == "tr" and row_start >= 0):
            if cell_start >= 0:  # a cell's end; or the next cell's or the row's, its closing tag left out
                content = span[cell_start : tag.start()].strip()
                header = header and (kind == "th" or (content[:3].lower() == "[b]" and content[-4:].lower() == "[/b]"))
                cells.append(_cell_text(content))
                cell_start = -1
            if name in _CELLS and not closing:
                cell_start, kind = tag.end(), name
            elif name == "tr":
                rows.append((row_start, tag.start(), cells, header and bool(cells)))
                row_start = -1
    return rows


def _cell_text(content: str) -> str:
    """A cell's text, tags gone: a list's items each a line of the cell ("<br>", as the pipe-table reader reads
    a cell's lines), the rest's whitespace one space."""
    parts: list[str] = []
    at = 0
    hidden = None
    for tag in _TAG.finditer(content):
        closing, name = tag.group(1), tag.group(2).lower()
        if name not in _KNOWN:
            continue
        if hidden is None:
            parts.append(content[at : tag.start()])
        at = tag.end()
        if hidden is not None:
            hidden = None if closing and name == hidden else hidden
        elif name in _NO_TEXT and not closing:
            hidden = name
        elif name == "*":
            parts.append("\n")
    if hidden is None:
        parts.append(content[at:])
    lines = (" ".join(_SMILEY.sub("", line).split()) for line in "".join(parts).split("\n"))
    return "<br>".join(line for line in lines if line).replace("|", "\\|")


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _line_of(line_starts: list[int], offset: int) -> int:
    """The index of the line (from the span's first) holding ``offset``."""
    line = 0
    while line + 1 < len(line_starts) and line_starts[line + 1] <= offset:
        line += 1
    return line


def _indent(depth: int) -> str:
    """An item's indent at a list depth, in no more characters than "[*]" leaves an item three levels deep: none,
    a space, a tab (four columns), two tabs."""
    return "" if depth == 1 else " " if depth == 2 else "\t" * (depth - 2)


def _larger(size: str) -> bool:
    """Whether a "[size=...]" value is larger than the text's: phpBB's percent ("150"), a pixel or point size
    ("18", "18px"), a vBulletin step ("5", of 1 to 7)."""
    digits = re.match(r"\d+", size.strip())
    if digits is None:
        return "large" in size.lower()
    value = int(digits.group())
    return value > 100 if value >= 50 else value > 14 if value >= 8 else value > 3
