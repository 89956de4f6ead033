"""Atlassian wiki markup (Confluence's legacy editor, Jira) read as the markdown the text reader knows.

A knowledge-base scraper may save a Confluence or Jira page as its wiki markup source: headings "h2. Title",
lists "# item" (numbered) and "* item" with deeper levels "** sub" / "#* sub", tables "||Header||Header||"
over "|cell|cell|", macros "{panel:title=...}...{panel}", "{color:red}...{color}", "{toc}", links
"[text|url]", mentions "[~user]", forced line breaks "\\\\", emoticons "(!)", "--" for an en dash. Read as text,
"# item" is a markdown heading and "||" an empty cell. :func:`wiki_as_markdown` rewrites such a page line by
line into markdown, every line as long as it was (the rewrite shorter, padded with spaces), so the blocks'
offsets stay true in the page as given.
"""

from __future__ import annotations

import re
from itertools import islice

from .textile import is_textile, textile_as_markdown

__all__ = ["wiki_as_markdown"]

# A wiki heading line, "h2. 1) Role Summary". A page is wiki markup when three lines at least open so: a
# markdown or text page may say "h2. " in prose, not head its sections with it. Searched from a newline, a
# literal the regex engine skips to; the page's first line is checked apart.
_HEADING_LINE = re.compile(r"\nh[1-6]\. ")
_WIKI_HEADINGS = 3
_HEADING = re.compile(r"h([1-6])\.\s+")
# A list item: a run of "*" (bullet) and "#" (numbered) markers, one per level, then a space. A "*bold*" line
# has no space after its star. Markdown's "- " is the item of the shortest rewrite: a "#" run is a
# markdown heading, and a number, "1. ", would make the line longer. One space of indent a level deeper.
_LIST_ITEM = re.compile(r"([*#]+)\s+(?=\S)")
# A macro's tag ("{panel:title=Sponsored|borderStyle=dashed}", "{color:red}", "{color}", "{toc:maxLevel=2}",
# "{status:colour=Green|title=Published}"): markup, its content between the tags kept.
_MACRO = re.compile(r"\{[a-z][\w-]*(?::[^{}\n]*)?\}")
# A link "[text|url]", written the markdown way "[text](url)" in as many characters: the URL one shorter
# (it is read for nothing). A user mention "[~jdoe]" is no text. A bare link "[https://...]" an autolink.
_LINK = re.compile(r"\[([^\[\]|\n]*)\|([^\[\]\n]+)\]")
_MENTION = re.compile(r"\[~[^\[\]\n]*\]")
_BARE_LINK = re.compile(r"\[(https?://[^\[\]\s|]+)\]")
# A verbatim block's tag, "{noformat}" or "{code:java}": the lines from one to the next hold code or the exporter's
# stamp ("Page ID: 184467231 | Version 14 | Exported ..."), no text of the blueprint, and their pipes are no
# table. Blanked, as a <pre> on an HTML page is no table either.
_VERBATIM = re.compile(r"\{(?:noformat|code)(?::[^{}\n]*)?\}")
# A box macro opening its line, with its title: "{info:title=Reading tip}", "{panel:title=Sponsored|bgColor=#eee}".
# A box titled as the site's own (an ad, a newsletter, a note on reading the page) is chrome, as an HTML box is by
# its class words: blanked to its closing tag ("{info}"), its copy then judged by no cohesion with the article
# (the site's boxes take its subject). A box titled in the article's words ("Note on scope") is the article's.
_BOX_OPENING = re.compile(r"\s*\{(panel|info|tip|note|warning):(?:[^{}\n]*\|)?title=([^|{}\n]*)[^{}\n]*\}")
_CHROME_TITLE = re.compile(
    r"\b(?:sponsored|sponsor|advertisement|advert|ads?|promo(?:tion)?|newsletter|reading tips?|how to read)\b",
    re.IGNORECASE,
)
# Strike-through "-text-", word-bounded ("-RTE as project manager.- The RTE facilitates"): the text read without its
# dashes, as an HTML page's <del>/<s> is read as its text. No space inside either dash, so "pre- and post-PI",
# "3-5 years" and a spaced "x - y" hold none; no cell border inside.
_STRIKE = re.compile(r"(?<![\w-])-(?=[^\s-])([^|\n]*?[^\s|-])-(?![\w-])")
# Monospace "{{text}}": markdown's code span.
_MONOSPACE = re.compile(r"\{\{([^{}\n]+)\}\}")
# An emoticon: (!) warning, (/) tick, (x) cross, (i) info, (?) question, (y)/(n) thumbs, (on)/(off), (*) star.
_EMOTICON = re.compile(r"\((?:[!/xi?yn+\-]|on|off|\*[rgby]?)\)")
# A forced line break "\\": the line's parts stay on it, apart.
_LINE_BREAK = "\\\\"
# "--" between spaces or digits is an en dash ("10--40 analysts", "title -- detail"), "---" an em dash.
_EM_DASH = re.compile(r"(?<=\s)---(?=\s)")
_EN_DASH = re.compile(r"(?<=[\s\d])--(?=[\s\d])")
# A header cell's border, in a header row ("||Metric||Target||") or opening a row's label ("||Role title|...|"):
# one pipe, as a markdown row writes it. An empty cell is "| |" in wiki markup: "||" is never one.
_HEADER_CELLS = "||"


def wiki_as_markdown(text: str) -> str:
    """The page as markdown if it is wiki markup (three "hN. " heading lines at least), else the page as it is.

    Every line keeps its length. A text or markdown page costs one scan for "\\nhN. ".
    """
    headings = len(list(islice(_HEADING_LINE.finditer(text), _WIKI_HEADINGS)))
    if headings + bool(_HEADING.match(text)) < _WIKI_HEADINGS:
        return text
    if is_textile(text):  # Confluence's ancestor, its tables, links and macros its own
        return textile_as_markdown(text)
    lines = text.splitlines(keepends=True)
    verbatim = False
    chrome_box = ""  # the closing tag of the chrome box the lines are in ("{info}"), or ""
    for k, line in enumerate(lines):
        after = 0  # where the box's closing tag is looked for: after its opening tag on the opening line
        if not chrome_box and line[:1] in " {" and (box := _chrome_box(line)):
            chrome_box, after = box
        elif chrome_box and line[:1] == "h" and _HEADING.match(line):
            chrome_box = ""  # a box left open ends at the next heading: no section is blanked
        if chrome_box:
            if chrome_box in line[after:]:
                chrome_box = ""
            lines[k] = _blank(line)
            continue
        tags = len(_VERBATIM.findall(line)) if "{" in line else 0
        if verbatim or tags:
            lines[k] = _blank(line)
            verbatim ^= tags % 2 == 1
        else:
            lines[k] = _markdown_line(line)
    return "".join(lines)


def _chrome_box(line: str) -> tuple[str, int] | None:
    """The closing tag of the box macro opening the line and where its opening tag ends, when its title names the
    site's chrome."""
    box = _BOX_OPENING.match(line)
    if box is None or _CHROME_TITLE.search(box.group(2)) is None:
        return None
    return "{" + box.group(1) + "}", box.end()


def _blank(line: str) -> str:
    """The line as spaces, its line ending kept."""
    body = line.splitlines()[0]
    return " " * len(body) + line[len(body) :]


def _markdown_line(line: str) -> str:
    """One wiki markup line as markdown, padded with spaces to its length, its line ending kept."""
    if not line.strip():
        return line
    body = line.splitlines()[0]
    out = body
    if "{" in out:
        out = _MONOSPACE.sub(r"`\1`", out)
        out = _MACRO.sub("", out)
    if "[" in out:
        out = _MENTION.sub("", out)
        out = _LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)[:-1]})", out)
        out = _BARE_LINK.sub(r"<\1>", out)
    if "(" in out:
        out = _EMOTICON.sub("", out)
    if _LINE_BREAK in out:
        out = out.replace(_LINE_BREAK, "  ")
    if "--" in out:
        out = _EN_DASH.sub("–", _EM_DASH.sub("—", out))
    if "-" in out:
        out = _STRIKE.sub(r"\1", out)
    if out[:1] == "|" and _HEADER_CELLS in out:
        out = out.replace(_HEADER_CELLS, "| ")
    elif out[:1] == "h" and (heading := _HEADING.match(out)):
        # Up to three "#": "h4. " is as long as "### ", and a line may not grow.
        out = "#" * min(int(heading.group(1)), 3) + " " + out[heading.end() :]
    elif out[:1] in "*#" and (item := _LIST_ITEM.match(out)):
        out = " " * (len(item.group(1)) - 1) + "- " + out[item.end() :]
    if out == body:
        return line
    return out.ljust(len(body)) + line[len(body) :]
