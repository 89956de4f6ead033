"""Emacs Org-mode source read as the markdown the text reader knows.

A blog written in Org (exported by ox-hugo or ox-html) may be scraped as its source: "* 1) Role Summary"
headings with TODO/DONE/COMMENT keywords and ":tag:" suffixes, "#+TITLE:" and other "#+KEYWORD:" lines,
"#+BEGIN_X" ... "#+END_X" blocks, ":PROPERTIES:" ... ":END:" drawers, "CLOSED: [date]" planning lines,
"# comment" lines, tables ruled "|---+---|", "- Term :: definition" items, and inline /italic/, =verbatim=,
~code~, [[url][text]] links, [fn:1] footnote references and "[@6]" counter cookies. Read as markdown, "* Title"
is a bullet and the rest is noise. :func:`org_as_markdown` rewrites such a page line by line, every line as
long as it was (the rewrite shorter, padded with spaces), so the blocks' offsets stay true in the page as given.
What Org does not export is blanked: a COMMENT or :noexport: subtree, "#+BEGIN_EXPORT html" blocks (the site's
menus, ads and comment widgets), drawers, planning lines, comments, keywords and footnote definitions.
"""

from __future__ import annotations

import re

from .markuplines import join_lines, split_lines

__all__ = ["org_as_markdown"]

# A keyword line "#+TITLE: ...", "#+begin_src", "#+END_EXPORT", "#+CAPTION: ...". A page is Org source when two
# such lines open lines (found from each line's "+", a one-character scan) and a "* " heading opens another: a
# markdown page's "* item" bullets come without keyword lines.
_KEYWORD = re.compile(r"#\+(?:(?:begin|end)_\w+|\w+:)", re.IGNORECASE)
_KEYWORD_LINES = 2
_HEADING_LINE = re.compile(r"\n\*+ ")
# A keyword line's parts: "#+TITLE: text", "#+BEGIN_EXPORT html", "#+END_QUOTE".
_KEYWORD_LINE = re.compile(r"[ \t]*#\+(\w+?)(?:(_\w+)|:)?(?:[ \t]+(.*))?", re.IGNORECASE)
# Blocks whose content Org never shows as the article's text: another format's markup (the site's chrome), code,
# verbatim examples (a sample worksheet, its aligned pipes no table) and comments.
_HIDDEN_BLOCKS = frozenset(("export", "src", "example", "comment", "html", "latex"))
# A heading: its stars, a TODO keyword (Org's own and common custom ones; a page's "#+TODO:" names more), a
# priority cookie "[#A]", COMMENT, the title, then ":tags:".
_HEADING = re.compile(
    r"(\*+)[ \t]+(?:(TODO|DONE|NEXT|WAITING|HOLD|STARTED|CANCELLED|CANCELED|DRAFT)[ \t]+)?"
    r"(?:\[#\w\][ \t]+)?(COMMENT(?:[ \t]+|$))?(.*?)(?:[ \t]+(:[\w@#%:]+:))?[ \t]*"
)
_ANY_LEVEL = 99
_TODO_KEYWORDS = frozenset(("todo", "seq_todo", "typ_todo"))
_EXCLUDE_TAGS = "exclude_tags"
# Org's default footnote section, "* Footnotes": Org files the definitions under it, not the article's text.
_FOOTNOTE_SECTION = "Footnotes"
_FOOTNOTE_DEFINITION = re.compile(r"\[fn:[\w-]+\]")
_STATISTICS_COOKIE = re.compile(r"[ \t]*\[\d*(?:/\d*|%)\]")
# A drawer ":PROPERTIES:", ":LOGBOOK:" up to its ":END:"; a planning line "CLOSED: [...]", "SCHEDULED: <...>".
_DRAWER = re.compile(r"[ \t]*:[\w-]+:[ \t]*")
_DRAWER_END = ":end:"
_PLANNING = re.compile(r"[ \t]*(?:CLOSED|SCHEDULED|DEADLINE):")
_COMMENT = re.compile(r"[ \t]*#(?:[ \t]|$)")
# A fixed-width line, ": text": a verbatim example, as a "#+BEGIN_EXAMPLE" block's lines.
_FIXED_WIDTH = re.compile(r"[ \t]*:(?:[ \t]|$)")
# A list item: its bullet, a counter cookie "[@6]" (Org's renumbering), a checkbox, then "Term :: definition".
_ITEM = re.compile(r"([ \t]*)([-+]|[ \t]\*|\d+[.)])[ \t]+(?:\[@\d+\][ \t]*)?(?:\[[ X-]\][ \t]+)?")
_DESCRIPTION = re.compile(r"(.*?\S)[ \t]+::(?:[ \t]+|$)")
_TABLE_RULE = re.compile(r"[ \t]*\|-[-+|:]*")
# A link "[[target][text]]" or "[[target]]"; an external one as a markdown link in as many characters.
_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?\]")
_EXTERNAL = re.compile(r"[a-z][\w+.-]*://", re.IGNORECASE)
# A footnote reference "[fn:1]", "[fn:name]" or an inline footnote "[fn:: text]": dropped with the space before.
_FOOTNOTE_REFERENCE = re.compile(r" ?\[fn:[\w-]*(?::[^\[\]\n]*)?\]")
_EXPORT_SNIPPET = re.compile(r"@@[\w-]+:.*?@@")
# Emphasis: a marker after a line start, a space or an opening character, its text not starting or ending in a
# space, the same marker before a line end, a space or punctuation. /italic/ is the text; =verbatim= and ~code~
# are markdown code spans. *bold* and _underline_ read as markdown's own emphasis: kept.
_EMPHASIS = re.compile(r"(?<![^\s\-({'\"])([/=~])(?=\S)(.+?)(?<=\S)\1(?=[\s\-.,;:!?')}\[\"\\]|$)")
_LINE_BREAK = "\\\\"


def org_as_markdown(text: str) -> str:
    """The page as markdown if it is Org source, else the page as it is. Every line keeps its length.

    >>> org_as_markdown("#+TITLE: Role\\n#+OPTIONS: toc:nil\\n* TODO 1) A  :x:\\n:PROPERTIES:\\n:END:\\n- a :: /b/")
    '# Role       \\n                  \\n# 1) A          \\n            \\n     \\n- a: b    '
    """
    return _Rewrite(text).markdown() if _is_org(text) else text


def _is_org(text: str) -> bool:
    """Whether two lines open with an Org keyword ("#+TITLE:", "#+BEGIN_QUOTE") and a "* " heading opens one.

    One-character scans, from one line's first "+" to the next line's: most pages hold few "+", and a
    page-long search for a two-character string is far slower.
    """
    keywords = 0
    at = text.find("+")
    while at != -1:
        if text[at - 1 : at] == "#" and text[at - 2 : at - 1] in ("", "\n") and _KEYWORD.match(text, at - 1):
            keywords += 1
            if keywords == _KEYWORD_LINES:
                return text.startswith("* ") or text.startswith("** ") or _HEADING_LINE.search(text) is not None
        line_end = text.find("\n", at)
        at = -1 if line_end == -1 else text.find("+", line_end)
    return False


class _Rewrite:
    """One page's lines (their bodies and line ends apart), rewritten in place."""

    def __init__(self, text: str) -> None:
        self.bodies, self.ends = split_lines(text)
        self.todo: set[str] = set()  # the page's own TODO keywords ("#+TODO: DRAFT | PUBLISHED")
        self.excluded = {"noexport"}  # tags of subtrees Org does not export
        self.titled = False

    def markdown(self) -> str:
        bodies = self.bodies
        i = 0
        while i < len(bodies):
            body = bodies[i]
            first = body.lstrip()[:1]
            if first == "*" and (heading := _HEADING.fullmatch(body)):
                i = self._heading(i, heading)
                continue
            if first == "#" and (keyword := _KEYWORD_LINE.fullmatch(body)):
                i = self._keyword(i, keyword)
                continue
            if first == ":" and _DRAWER.fullmatch(body) and (end := self._drawer_end(i)):
                self._blank(i, end + 1)
                i = end + 1
                continue
            if (
                (first == "#" and _COMMENT.match(body))
                or (first == ":" and _FIXED_WIDTH.match(body))
                or (first in "CSD" and _PLANNING.match(body))
            ):
                self._blank(i, i + 1)
            elif first == "[" and _FOOTNOTE_DEFINITION.match(body.lstrip()):
                i = self._footnote(i)
                continue
            elif first:
                bodies[i] = _line(body).ljust(len(body))
            i += 1
        return join_lines(bodies, self.ends)

    def _blank(self, start: int, end: int) -> None:
        for j in range(start, end):
            self.bodies[j] = " " * len(self.bodies[j])

    def _heading(self, i: int, heading: re.Match[str]) -> int:
        """The heading at line i as a markdown heading of its level; a subtree Org does not export (COMMENT, an
        excluded tag, the footnote section) blanked to the next heading of its level or above. The next line."""
        stars, keyword, comment, title, tags = heading.groups()
        if keyword is None and title.split(" ", 1)[0] in self.todo:
            title = title.split(" ", 1)[1] if " " in title else ""
        tag_set = set(tags.strip(":").split(":")) if tags else set()
        if comment or tag_set & self.excluded or title == _FOOTNOTE_SECTION:
            end = i + 1
            while end < len(self.bodies) and not self._heads_level(end, len(stars)):
                end += 1
            self._blank(i, end)
            return end
        title = _STATISTICS_COOKIE.sub("", title) if "[" in title else title
        self.bodies[i] = ("#" * min(len(stars), 6) + " " + _inline(title)).ljust(len(self.bodies[i]))
        return i + 1

    def _heads_level(self, j: int, level: int) -> bool:
        """Whether line j is a heading of the given level or above."""
        body = self.bodies[j]
        stars = len(body) - len(body.lstrip("*"))
        return 0 < stars <= level and body[stars : stars + 1] in (" ", "\t")

    def _keyword(self, i: int, keyword: re.Match[str]) -> int:
        """A keyword line at i blanked, "#+TITLE:" as the page's "# Title"; a block's markers blanked, and
        its content too if Org shows it as no text of the article. The next line."""
        name, suffix, value = keyword.group(1).lower(), (keyword.group(2) or "").lower(), keyword.group(3) or ""
        body = self.bodies[i]
        if name == "begin" and suffix:
            end = self._block_end(i, suffix)
            if end is not None:
                hidden = suffix[1:] in _HIDDEN_BLOCKS
                self._blank(i, end + 1 if hidden else i + 1)
                self._blank(end, end + 1)
                return i + 1 if not hidden else end + 1
        if name == "title" and not suffix and value.strip() and not self.titled:
            self.titled = True
            self.bodies[i] = ("# " + _inline(value.strip())).ljust(len(body))
            return i + 1
        if name in _TODO_KEYWORDS and not suffix:
            self.todo.update(word for word in value.split() if word != "|" and word.isupper())
        elif name == _EXCLUDE_TAGS and not suffix:
            self.excluded.update(value.split())
        self._blank(i, i + 1)
        return i + 1

    def _block_end(self, i: int, suffix: str) -> int | None:
        """The line of the "#+END_X" closing the block opened at line i, else None."""
        closing = "#+end" + suffix
        for j in range(i + 1, len(self.bodies)):
            if self.bodies[j].strip().lower() == closing:
                return j
        return None

    def _drawer_end(self, i: int) -> int | None:
        """The line of the ":END:" closing the drawer opened at line i, else None (the line is no drawer)."""
        if self.bodies[i].strip().lower() == _DRAWER_END:
            return None
        for j in range(i + 1, len(self.bodies)):
            stripped = self.bodies[j].strip()
            if stripped.lower() == _DRAWER_END:
                return j
            if stripped.startswith("*") and self._heads_level(j, _ANY_LEVEL):
                return None
        return None

    def _footnote(self, i: int) -> int:
        """A footnote's definition at line i blanked with its paragraph; the line after it."""
        end = i + 1
        while end < len(self.bodies) and self.bodies[end].strip() and not self._heads_level(end, _ANY_LEVEL):
            if _FOOTNOTE_DEFINITION.match(self.bodies[end].lstrip()):
                break
            end += 1
        self._blank(i, end)
        return end


def _line(body: str) -> str:
    """One line of text, a list item or a table row as markdown, never longer than the line."""
    if (rule := _TABLE_RULE.fullmatch(body)) and body.rstrip()[-1:] == "|":
        return rule.group(0).replace("+", "|")  # "|---+---|" as markdown's "|---|---|"
    if (item := _ITEM.match(body)) is not None:
        indent, bullet = item.group(1, 2)
        rest = body[item.end() :]  # past a counter cookie "[@6]": its numbers are the list's as written
        if "::" in rest and (term := _DESCRIPTION.match(rest)):
            rest = f"{term.group(1)}: {rest[term.end() :]}"  # "Term :: definition" as "Term: definition"
        return f"{indent}{bullet} {_inline(rest)}"
    return _inline(body)


def _inline(text: str) -> str:
    """A line's inline Org as the markdown it reads as, never longer."""
    if "[" in text:
        text = _FOOTNOTE_REFERENCE.sub("", text) if "[fn:" in text else text
        text = _LINK.sub(_link, text) if "[[" in text else text
    if "@@" in text:
        text = _EXPORT_SNIPPET.sub("", text)
    if "/" in text or "=" in text or "~" in text:
        text = _EMPHASIS.sub(_emphasis, text)
    if text.endswith(_LINE_BREAK):
        text = text[: -len(_LINE_BREAK)]
    return text


def _link(match: re.Match[str]) -> str:
    """An external link as "[text](url)" (or "<url>"): as long as "[[url][text]]", and read as a link; an internal
    link ("[[#kpis][the KPIs]]", "[[*Tools]]") as its text."""
    target, text = match.group(1), match.group(2)
    if _EXTERNAL.match(target):
        return f"[{text}]({target})" if text else f"<{target}>"
    return text or target.lstrip("*#")


def _emphasis(match: re.Match[str]) -> str:
    marker, text = match.group(1), match.group(2)
    return text if marker == "/" else f"`{text}`"
