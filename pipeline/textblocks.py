"""Plain text and markdown to blocks.

Scraped text arrives in two layouts (page-family.md): blank-line style, where
paragraphs are separated by blank lines and tables lost their cell borders,
and compact style, with no blank lines, ``- `` bullets split across lines and
pipe tables. Crawler markdown adds ``#`` headings, emphasis and links. One
line classifier serves all three, so a page that mixes them still parses.

A page copied from a browser (its innerText) has no list markers at all: every
item on a line of its own, tables one cell a line or tab-separated. A cheap
page-level test finds that layout, and the one-line paragraphs the classifier
made of it are read again as sub-headings, items with their details and tables.
A browser's reader or print view saved as text has no markers either, but a blank line
around every block; its lists under leads ending ":" are read again the same way. So is a news
extractor's text (newspaper3k, goose3), a blank line around every line, its tables one cell a paragraph.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from itertools import accumulate, repeat
from operator import add, methodcaller
from typing import NamedTuple

from .asciidoc import asciidoc_as_markdown
from .bbcode import bbcode_as_markdown
from .bear import bear_as_markdown
from .blocks import Block, BlockKind
from .dokuwiki import dokuwiki_as_markdown
from .dumps import MESSAGE_QUOTE, quoted_message, rejoin_broken_words, running_lines
from .gdocs import docs_comment_spans
from .htmlblocks import ADMONITION_TYPES, TEMPLATE_COMMENT, TEMPLATE_MARK, shortcode_tags
from .layout import (
    BALLOT_BOX,
    ITEM_MARKERS,
    KRAMDOWN_MARKUP,
    MD_STRONG,
    TAB_ITEM_MARKERS,
    Piece,
    dash_run,
    is_headline,
    md_heading,
    new_piece,
    split_inline_list,
)
from .markdown_html import (
    html_comment_spans,
    read_html_block,
    shortcode_columns,
    shortcode_title,
    strip_inline_tags,
)
from .nlp import load_vocab
from .noise import is_ad_box, is_banner_copy, is_widget, is_wrapped_ad_label
from .orgmode import org_as_markdown
from .outliner import outline_as_markdown
from .roam import roam_as_markdown
from .rst import rst_as_markdown
from .sections import classify_heading, is_area_authority_label, subheading_key
from .tables import (
    EM_DASH_CELLS,
    continues_cell_line,
    is_column_line,
    is_column_name,
    is_pipe_separator,
    match_header_cells,
    match_lost_border_header,
    may_open_header,
    parse_pipe_row,
    split_lost_border_rows,
    too_long_for_a_row_label,
)
from .wikimarkup import wiki_as_markdown
from .wikitext import wikitext_as_markdown

__all__ = ["join_wrapped", "text_to_pieces"]

# A "1. Role Summary" line's share of words a section's title covers for it to be that title, not an item.
_SECTION_TITLE_COVERAGE = 0.9
# "7) KPIs and Productivity Metrics": the scraper's rendering of an <h2>.
_NUMBERED_HEADING = re.compile(r"^(\d{1,2})\)\s+(\S.*)$")
# The same heading marked up, "**7) KPIs ...**", "## 7) KPIs ..." or "## **7) ...**": a page that marks its
# section headings so writes its numbered list items plainly ("1) Shape the agenda").
# Searched from a newline, a literal the regex engine skips to: a "^" anchor in MULTILINE mode
# is tried at every character of the page. The page's first line is its title anyway.
_MARKED_NUMBERED_HEADING = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]+(?:\*\*|__)?|\*\*|__)\d{1,2}\)[ \t]")
# A setext heading's underline: "Title" over "=====" (level 1) or "-----" (level 2). Three
# characters at least: a lone "-" is compact style's bullet whose text is on the next line.
_SETEXT_UNDERLINE = re.compile(r"(={3,}|-{3,})")
# A line can be an item only if it opens with a bullet (layout.ITEM_MARKERS) or a digit. A task list's
# checkbox after the marker ("- [x] Done", "- [ ] To do": GitHub, Notion; "- ☑ Done") is markup, not the item's text.
_ITEM = re.compile(rf"^(\s*)([{re.escape(ITEM_MARKERS)}]|\d{{1,3}}[.)])\s+(?:{BALLOT_BOX.pattern})?(\S.*)$")
# A Word plain-text item marked by a letter: a deeper level's bullet (layout.TAB_ITEM_MARKERS) or a lettered
# item, "a." or "b)". Word writes a tab after its list markers: an "o " or "a. m." opening prose is a word.
_TAB_MARKER = re.compile(rf"[{TAB_ITEM_MARKERS}]|[A-Za-z][.)]")
_TAB_ITEM = re.compile(rf"^(\s*)({_TAB_MARKER.pattern})\t+(\S.*)$")
# A lettered item typed with spaces, "a) Define the operating model", "(b) ...", "c. ..." (Word's, with a tab, is
# _TAB_ITEM): a list marker only on a page that holds a run of them, a "b" line marked alike, so that prose opening
# "a) " or "a. " stays prose. The run test searches from a newline, a literal the engine skips to, and only once
# "b)" or "b." is in the page.
_LETTERED_ITEM = re.compile(r"^(\s*)(\(?([a-z])([.)])) +(\S.*)$")
_LETTER_RUN = re.compile(r"\n[ \t]*(\()?b([.)]) +\S")
# A thematic break: three or more of one of "*", "-", "_", spaces between allowed ("* * *", "___").
# A rule between sections, not a list item "* *": the line is no content.
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}")
# A pandoc grid table's border, "+-----+----+", "+=====+====+" under the header row ("+:===+" aligns).
_GRID_BORDER = re.compile(r"\+(?:[-=:]+\+)+")
# A pandoc simple table's rule under its header line: a group of dashes per column, "------  -------".
# Three dashes a group at least and two groups, so "- - -" stays a thematic break.
_DASH_GROUPS = re.compile(r"-{3,}(?:[ \t]+-{3,})+")
_DASH_GROUP = re.compile(r"-+")
# A reference link's definition, "[7]: https://...", gathered at the page's end by html2text/pandoc.
_LINK_DEFINITION = re.compile(r"\[[^\[\]]+\]:\s+\S")
# A blockquote's markers, "> " or nested "> > ", up to three spaces in (CommonMark): a reader-crawler's rendering
# of an <aside> or callout box (often an ad or a sign-up form) or of a quote in the article (a testimonial, a tip).
# Not a comparison opening a line, a target cell written a line ("> 95%", "> $1M").
_QUOTE_MARKERS = re.compile(r" {0,3}>(?:[ \t]?>)*(?:[ \t]|$)(?![ \t]*[\d$€£¥₹])")
# A quoted line after the first, searched only on pages holding a ">" (a one-character scan, far faster).
_QUOTED_LINE = re.compile(r"\n {0,3}>")
_CALLOUT = re.compile(r"\[![A-Za-z][\w-]*\][+-]?(.*)")  # "[!tip]- Title": the type, a fold sign, the title
_DETAIL = re.compile(r"^(\s*)[–—]\s+(\S.*)$")
_LONE_MARKERS = ("-", "*", "•")  # a line holding only a bullet: the item text is on the next line
# A fenced code block's opening fence, "```bash" or "~~~", and its closing one: the same character, as many or more.
_CODE_FENCE = re.compile(r"(`{3,}(?!.*`)|~{3,}).*")
_FENCE_REACH = 400  # lines: a role page's code block is a snippet
# Hashnode's embed, "%[https://youtube.com/watch?v=...]" alone on its line (a widget "%%[name]"): a player, no text.
_HASHNODE_EMBED = re.compile(r"%%?\[\S+\]")
# Compact style glues the next item's "-" to the end of the previous line.
_TRAILING_MARKER = re.compile(r"^(.*\S)\s+-$")
_LABEL_LINE_CHARS = 30  # a label wrapped in dashes is short ("- From our sponsors -"): compact items skip the call

# No bracket inside link text, no parenthesis or bracket inside a URL part but one balanced
# pair, no "<" in an autolink: each scan stops where the next candidate begins, so a line of
# thousands of "![" or "[a](" is read in linear time, not quadratic. The URL's parts are taken possessively,
# a run of plain characters at a time: giving any back leaves a "(" or a plain character next, never the
# closing ")", so the matches are those of the plain pattern, found ~3x faster on a page's links.
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()\[\]]*\)")
# Empty text allowed: a linked image "[![alt](src)](url)" leaves "[](url)" once its image is gone, no text at all.
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\[\]]++|\([^()\[\]]*+\))*+\)")
# Reference style, "[text][7]" and "![alt][7]": the URL is in a definition line elsewhere.
_MD_REF_IMAGE = re.compile(r"!\[([^\[\]]*)\]\[[^\[\]]*\]")
# Empty text allowed: a linked image "[![alt][7]][8]" leaves "[][8]" once its image is gone.
_MD_REF_LINK = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
_MD_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
# A pandoc bracketed span, its text kept: "[Critical]{.highlight}", "[By Priya]{.byline}" (its link unwrapped first).
_MD_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
# A footnote reference, "years[^1]"; not its definition "[^1]: Source ...", a link definition line.
_MD_FOOTNOTE_REF = re.compile(r"\[\^[^\[\]\s]+\](?!:)")
_MD_ITALIC = re.compile(r"(?<![\w*\\])\*(?=\S)([^*]+?)(?<=[^\s\\])\*(?![\w*])")  # "\*" escapes a star
# "_x_" emphasis (html2text, pandoc): underscores at word boundaries only, so snake_case
# names and escaped "\_" stay as they are.
_MD_UNDERSCORE_ITALIC = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s\\])_(?!\w)")
# A backslash escape of ASCII punctuation, "1\. Frame ..." or "snake\_case": the character itself.
# Not "\|": the pipe-row reader tells an escaped pipe in a cell from a cell border.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{}~])")
# A footnote's escaped star opening a label line ("\*Notes on implementation: – ..."), referring to a star above it.
_STARRED_LABEL = re.compile(r"\\\*[A-Z][^:*]{0,48}:(?:\s|$)")
_MD_CODE = re.compile(r"`([^`]+)`")
# GFM's strikethrough "~~retired item~~" and Bear's underline "~word~": their text, as an HTML page's <del>/<s>
# and <u> are read. The underline's tildes hug words, so "~5 years" and "approx ~3" stay as written.
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_TILDE_UNDERLINE = re.compile(r"(?<![\w~])~(?=\w)([^~\n]+?)(?<=\w)~(?![\w~])")
# A wiki-link "[[Note]]" or "[[Note|alias]]" (Bear, Obsidian): its text, as the outliner reads a page link. A
# word opens the text and no space closes it: "[[, ]]" listing markup is no link.
_MD_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]\n|]*\|)?(\w[^\[\]\n|]*?)(?<=\S)\]\]")
_MD_HIGHLIGHT = re.compile(r"(?<!=)==(?=[^\s=])([^=]+?)(?<=\S)==(?!=)")  # Obsidian's and Typora's "==marked=="
# crawl4ai's markdown_with_citations writes a link "[Figma](url)" as "Figma⟨33⟩" and an image as "![alt⟨7⟩]",
# the URLs in a "## References" block of "⟨33⟩ https://...: Figma" lines. A mark glued to its text is no text,
# and a reference line, opened by its mark, is a link definition (_LINK_DEFINITION). A linked image's leftover
# "![alt⟨7⟩](url)" is a markdown image, taken by _MD_IMAGE.
_CITATION = re.compile(r"(?<=\S)⟨\d+⟩")
_CITATION_REFERENCE = re.compile(r"\s*⟨\d+⟩\s+\S")
_CITED_IMAGE = re.compile(r"!\[[^\[\]]*⟨\d+⟩\](?!\()")
_CITATION_OPEN = "⟨"
_WHOLLY_BOLD = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*:?\s*$")
# Replacements that keep one group, as C callables: a template such as r"\2" is expanded by
# Python code for every match. The kept groups always take part in a match, so no None.
_GROUP_1 = methodcaller("group", 1)
_GROUP_2 = methodcaller("group", 2)


class _Lines(NamedTuple):
    """A page's lines as parallel lists, index by index.

    Not a tuple per line: a page has about a thousand lines, and each tuple would be an
    allocation for the garbage collector to track.
    """

    texts: list[str]  # without the newline and markdown inline syntax, right-stripped
    raws: list[str]  # as on the page, without the newline, HTML comments blanked (_uncommented)
    starts: list[int]  # offset of each line's first character
    inline: dict[int, tuple[float, bool]]  # share of link text and whole-line bold of lines with inline syntax

    def end(self, i: int) -> int:
        """Offset just past line i, before its newline."""
        return self.starts[i] + len(self.raws[i])


_PLAIN = (0.0, False)  # no link text, not bold: a line without inline syntax


def _strip_inline(raw: str) -> tuple[str, float, bool]:
    """Remove markdown inline syntax; return text, share of link text, whole-line bold.

    Each pattern runs only when the text holds the literal characters every match of it
    needs ("](" for a link, "**" or "__" for bold, ...), checked on the text as the
    previous substitutions left it: skipping a pattern that cannot match changes nothing.
    So a line without any of them comes back as it is, at no link text, not bold: _lines
    does not call this for such lines.
    """
    if raw[-1:] == "\\" and raw[-2:-1] != "\\":  # pandoc's hard line break: the line ends there, as "  " does
        raw = raw[:-1]
    bold = ("**" in raw or "__" in raw) and _WHOLLY_BOLD.match(raw) is not None
    text = raw
    if "[^" in text:
        text = _MD_FOOTNOTE_REF.sub("", text)
    if "![" in text:
        text = _MD_IMAGE.sub("", text)
        if "][" in text:
            text = _MD_REF_IMAGE.sub("", text)
    link_chars = 0
    if "](" in text:
        text, link_chars = _unwrap(_MD_LINK, text)
    if "][" in text:
        text, ref_chars = _unwrap(_MD_REF_LINK, text)
        link_chars += ref_chars
    if "]{" in text:
        text = _MD_SPAN.sub(_GROUP_1, text)
    if "<http" in text:
        text, autolink_chars = _unwrap(_MD_AUTOLINK, text)
        link_chars += autolink_chars
    if "<" in text:  # raw HTML phrasing tags: "<em>(optional)</em>"
        text = strip_inline_tags(text)
    if "**" in text or "__" in text:
        text = MD_STRONG.sub(_GROUP_2, text)
    if text.count("*") >= 2:  # a markdown bullet "* item" alone is no italic
        text = _MD_ITALIC.sub(_GROUP_1, text)
    if "_" in text:
        text = _MD_UNDERSCORE_ITALIC.sub(_GROUP_1, text)
    if "`" in text:
        text = _MD_CODE.sub(_GROUP_1, text)
    if "==" in text:
        text = _MD_HIGHLIGHT.sub(_GROUP_1, text)
    if "~" in text:
        text = _MD_TILDE_UNDERLINE.sub(_GROUP_1, _MD_STRIKE.sub(_GROUP_1, text) if "~~" in text else text)
    if "[[" in text:
        text = _MD_WIKI_LINK.sub(_GROUP_1, text)
    if "\\" in text:  # after the emphasis patterns: an escaped "\*" or "\_" marks no emphasis
        if text[:2] == "\\*" and _STARRED_LABEL.match(text):
            text = text[2:]  # a footnote's star opening a label ("\*Notes on implementation: ..."): no word of it
        text = _MD_ESCAPE.sub(_GROUP_1, text)
    if "&" in text:
        text = html.unescape(text)
    if not link_chars:
        return text, 0.0, bold  # most lines with syntax: bold or emphasis, no link
    visible = len(text.strip()) or 1
    return text, min(1.0, link_chars / visible), bold


def _unwrap(pattern: re.Pattern[str], text: str) -> tuple[str, int]:
    """Replace each match of pattern by its group 1 (the link text); also return that text's length."""
    kept = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal kept
        kept += len(match.group(1))
        return match.group(1)

    return pattern.sub(keep, text), kept


def _uncited(visible: list[str]) -> list[str]:
    """The lines with crawl4ai's citation marks cut out, as a link's URL is: "Figma⟨33⟩" reads "Figma", a
    cited image "![alt⟨7⟩]" nothing, a reference line "⟨33⟩ https://...: Figma" nothing, nor the heading
    over them. Only the visible lines: the raw ones keep the page's offsets."""
    uncited = [_uncited_line(line) if _CITATION_OPEN in line else line for line in visible]
    if (heading := _references_heading(visible)) is not None:
        uncited[heading] = ""
    return uncited


def _references_heading(visible: list[str]) -> int | None:
    """The line of the heading right over the first reference line ("## References"), if a heading is there:
    it heads the page's link list, which crawl4ai appends after everything, page chrome included."""
    references = (k for k, line in enumerate(visible) if _CITATION_OPEN in line and _CITATION_REFERENCE.match(line))
    if (first := next(references, None)) is None:
        return None
    above = first - 1
    while above >= 0 and not visible[above].strip():
        above -= 1
    return above if above >= 0 and md_heading(visible[above].strip()) else None


def _uncited_line(line: str) -> str:
    if _CITATION_REFERENCE.match(line):
        return ""
    if "![" in line:
        line = _CITED_IMAGE.sub("", line)
    return _CITATION.sub("", line)


def _lines(text: str) -> _Lines:
    with_newlines = text.splitlines(keepends=True)
    raws = [line.rstrip("\r\n") for line in with_newlines]
    starts = [0, *accumulate(map(len, with_newlines))]
    visible = raws
    notes = docs_comment_spans(text)  # a Google Docs export's comments, at the page's end, and their anchors
    # A one-character scan first: a page-long "<!--" search is ~10x slower.
    if notes or ("<" in text and "<!--" in text) or ("{" in text and TEMPLATE_MARK.search(text)):
        raws, visible = _uncommented(text, raws, starts, notes)
    if ">" in text and (text[:4].lstrip(" ")[:1] == ">" or _QUOTED_LINE.search(text)):
        if quoted_message(raws):  # a forward not unquoted upstream (sources._text_page unquotes a text page's)
            raws, visible = _unquoted(raws, visible, MESSAGE_QUOTE)
        raws, visible = _unquoted(raws, visible)  # the quotes left: the article's own (an ad's box, a tip)
    if "[" in text or ("{" in text and ("{{" in text or "{%" in text or "{:" in text)):
        raws, visible = _without_shortcodes(text, raws, visible, starts)
    if _CITATION_OPEN in text:  # a one-character scan: most pages have no citation mark
        visible = _uncited(visible)
    texts = list(map(str.rstrip, visible))
    inline: dict[int, tuple[float, bool]] = {}
    emptied: list[int] = []  # lines of markup alone: a linked banner image among them
    for i in _inline_lines(visible, "==" in text):
        clean, ratio, bold = _strip_inline(visible[i])
        texts[i] = clean.rstrip()
        inline[i] = (ratio, bold)
        if not texts[i]:
            emptied.append(i)
    for i in emptied:
        if (copy := _banner_copy(texts, visible, inline, i)) is not None:
            inline[copy] = (1.0, inline[copy][1])  # the banner's link: link-dense, which the noise filter drops
    rejoin_broken_words(texts, text)  # "regu- latory": a PDF's line-end break a converter kept inside the line
    for i in running_lines(texts):  # a print's running headers and footers (a PDF converted to markdown) are no content
        texts[i] = ""
    return _Lines(texts, raws, starts, inline)


# A linked image alone on its line, "[![alt](src)](url "title")": the link's target in group 1.
_LINKED_IMAGE = re.compile(r"\s*\[!\[[^\[\]]*\]\([^()\[\]]*\)\]\((\S*?)(?:\s+\"[^\"]*\")?\)\s*")
# A target that is an image file: a thumbnail linking to its full-size image, the article's figure.
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif)(?:[?#]|$)", re.IGNORECASE)
_BANNER_GAP = 2  # a crawler writes a blank line between the banner and the ad's copy


def _banner_copy(texts: list[str], visible: list[str], inline: dict[int, tuple[float, bool]], i: int) -> int | None:
    """The line under the linked banner image at i that is the ad's copy (noise.is_banner_copy), closed by its
    button's link: "[![LumaFit ...](banner.gif)](https://ads.../click)" over "**LumaFit Smart Treadmills** – Train
    at home with live coaching. [Shop the Spring Sale](...)". Its words need not be foreign to the article: once the
    banner is dropped, the copy alone inside a section reads as the section's lead. A heading or a table's row is
    the article's."""
    banner = _LINKED_IMAGE.fullmatch(visible[i])
    if banner is None or _IMAGE_FILE.search(banner.group(1)):
        return None
    j = next((j for j in range(i + 1, min(i + 1 + _BANNER_GAP, len(texts))) if texts[j]), None)
    if j is None or j not in inline or visible[j].lstrip()[:1] in "#|":
        return None
    line = visible[j].rstrip()
    closing = None
    for closing in _MD_LINK.finditer(line):
        pass
    if closing is None or line[closing.end() :].strip(" →›»"):
        return None
    return j if is_banner_copy(texts[j], closing.group(1).strip("*_ ")) else None


# The characters one of which every inline pattern needs (see _strip_inline), besides two "*" or a "==" highlight.
_INLINE_MARKS = ("[", "<", "`", "&", "_", "\\", "*", "~")


def _inline_lines(visible: list[str], highlights: bool) -> list[int]:
    """The indexes, in order, of the lines that may hold inline syntax: a character of _INLINE_MARKS ("*" twice),
    or "==" on a page with highlights. Most lines, "* item" bullets too, hold none: they keep their text.

    One page-long scan per character, not up to eight tests per line: most pages lack most of them.
    """
    joined = "\n".join(visible)
    ends = list(accumulate(map(add, map(len, visible), repeat(1))))  # line k ends before ends[k] in joined
    found: set[int] = set()
    for mark in (*_INLINE_MARKS, "==") if highlights else _INLINE_MARKS:
        at = joined.find(mark)
        while at != -1:
            k = bisect_right(ends, at)
            if mark != "*" or visible[k].count("*") > 1:
                found.add(k)
            at = joined.find(mark, ends[k])
    return sorted(found)


@cache
def _annotation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an editor's annotation's line, a reply's line after it): vocab/noise_editorial.json."""
    data = load_vocab("noise_editorial.json")
    return tuple(
        re.compile("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE)
        for key in ("annotation_openings", "reply_openings")
    )


_ANNOTATION_WORDS = ("Comment", "Suggest")  # open every annotation: "Comment – ...", "Suggested edits ..."


def _annotation_end(texts: list[str], i: int) -> int | None:
    """The last line of an editor's annotation pasted into a draft with the article, opening at line i, its
    replies' lines after it included: a Google Docs comment ("Comment – Dana Whitfield, 10:42 AM: ... Resolved by
    ..."), a suggested edit ("Suggested edits (accepted): ..."). Else None. As HTML comments (_uncommented),
    the editors' notes are no content."""
    annotation, reply = _annotation_patterns()
    if annotation.match(texts[i].lstrip()) is None:
        return None
    while i + 1 < len(texts) and reply.match(texts[i + 1].lstrip()):
        i += 1
    return i


def _uncommented(
    text: str, raws: list[str], starts: list[int], notes: list[tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """The lines with the page's HTML and template comments, and the ``notes`` spans, blanked by spaces, and cut out.

    Comments are never content ("<!-- wp:list -->", "<!-- TODO editor ... -->", a Jekyll post's "{% comment %}
    Editorial note ... {% endcomment %}": htmlblocks.TEMPLATE_COMMENT), nor are a Google Docs export's comments
    and their anchors "[a]" (gdocs.docs_comment_spans: the ``notes``). Blanked, the
    raw lines keep their lengths, so offsets hold and a block starts at its text, past a comment;
    cut, the lines give their text: "text <!-- note --> more" reads "text more", and a comment's
    own lines are blank. Each line is rebuilt once, however many comments it holds.
    """
    spans = html_comment_spans(text)
    if "{" in text and TEMPLATE_MARK.search(text):
        spans = _apart([*spans, *(comment.span() for comment in TEMPLATE_COMMENT.finditer(text))])
    if notes:
        spans = _apart([*spans, *notes])
    cuts: dict[int, list[tuple[int, int]]] = {}  # line -> the columns its comments cover, in order
    for start, end in spans:
        for k in range(bisect_right(starts, start) - 1, bisect_right(starts, end - 1)):
            cuts.setdefault(k, []).append((max(start - starts[k], 0), min(end - starts[k], len(raws[k]))))
    blanked, cut = raws.copy(), raws.copy()
    for k, columns in cuts.items():
        blanked[k], cut[k] = _cut(raws[k], columns)
    return blanked, cut


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order and apart: overlapping ones (a "<!--" inside a "{% comment %}") are joined."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _cut(raw: str, columns: list[tuple[int, int]]) -> tuple[str, str]:
    """A line with these columns (in order, apart) blanked by spaces, and cut out."""
    bounds = [0, *(column for span in columns for column in span), len(raw)]
    kept = [raw[a:b] for a, b in zip(bounds[::2], bounds[1::2])]  # the text around the columns
    blanked = "".join(f"{part}{' ' * (b - a)}" for part, (a, b) in zip(kept, columns)) + kept[-1]
    words: list[str] = []
    for part in kept:
        if words and not part[:1].strip():
            words[-1] = words[-1].rstrip()  # one space between the words around a cut, not two
        words.append(part)
    return blanked, "".join(words)


def _without_shortcodes(
    text: str, raws: list[str], visible: list[str], starts: list[int]
) -> tuple[list[str], list[str]]:
    """The lines with their unrendered shortcodes and kramdown markup blanked by spaces, and cut out.

    A shortcode is markup, as on an HTML page (markdown_html.shortcode_columns): "Get [su_button url=...]the
    PDF[/su_button]" reads "Get the PDF", a Liquid "{% include related.html %}" nothing. So is kramdown's markup
    (layout.KRAMDOWN_MARKUP): "{: .notice--info}" under a paragraph, a link's "{: .btn}"; a "{:toc}" also takes
    the list it closes, kramdown's placeholder for the table of contents ("* TOC"). As for comments
    (_uncommented), blanked raw lines keep offsets true. Only the lines holding something shaped like a tag are
    read: on most pages, none or a few link texts.
    """
    tagged = {bisect_right(starts, tag.start()) - 1 for tag in shortcode_tags(text)}
    if "{" in text and "{:" in text:  # a one-character scan first: a page-long "{:" search is ~10x slower
        tagged.update(bisect_right(starts, markup.start()) - 1 for markup in KRAMDOWN_MARKUP.finditer(text))
    if not tagged:
        return raws, visible
    blanked, cut = raws.copy(), visible.copy()
    for k in sorted(tagged):
        raw = raws[k]
        if columns := _markup_columns(raw):
            blanked[k], cut[k] = _cut(raw, columns)
            if (shown := visible[k]) is not raw:  # cut apart: a comment or a quote's markers moved its columns
                cut[k] = _cut(shown, _markup_columns(shown))[1]
            if not cut[k].strip() and (title := shortcode_title(raw)):
                cut[k] = title  # a disclosure's or a tab's title heads what it encloses, as a <summary> does
            if "".join(raw.split()) == "{:toc}":
                item = k - 1
                while item >= 0 and _ITEM.match(raws[item]):
                    blanked[item], cut[item] = " " * len(raws[item]), ""
                    item -= 1
    return blanked, cut


def _markup_columns(line: str) -> list[tuple[int, int]]:
    """The columns of a line that its shortcodes and kramdown markup cover, in order and apart."""
    columns = shortcode_columns(line)
    if "{:" in line:
        columns = _apart([*columns, *(markup.span() for markup in KRAMDOWN_MARKUP.finditer(line))])
    return columns


def _unquoted(
    raws: list[str], visible: list[str], markers: re.Pattern[str] = _QUOTE_MARKERS
) -> tuple[list[str], list[str]]:
    """The lines with their blockquote markers blanked by spaces, and cut out.

    Only the markers go: a quote's lines are read as any others ("> ### Title" a heading, "> * item" an item,
    a lone ">" a blank line), and what they say is left to the noise filter, an ad's box or the article's tip.
    As for comments (_uncommented), blanked raw lines keep offsets true and a block starts at its text.
    """
    blanked, cut = raws.copy(), visible.copy()
    for k, raw in enumerate(raws):
        if (marker := markers.match(raw)) is not None:
            blanked[k] = " " * marker.end() + raw[marker.end() :]
            # A line with a comment is cut apart from its blanked raw line: its markers are matched again.
            shown = marker if visible[k] is raw else markers.match(visible[k])
            if shown is not None:
                cut[k] = visible[k][shown.end() :]
                if cut[k][:2] == "[!":
                    cut[k] = _callout_title(cut[k])
    return blanked, cut


def _callout_title(line: str) -> str:
    """A callout's header line ("[!tip] Interviewer tip", Obsidian's and GitHub's "> [!note]"), as the HTML path
    reads an admonition's title: a bare type is dropped, a title in real words is the bold lead of the text."""
    callout = _CALLOUT.match(line)
    if callout is None:
        return line
    title = callout.group(1).strip()
    return "" if not title or title.lower().rstrip(":") in ADMONITION_TYPES else f"**{title}**"


def _indent_depth(indent: str, stack: list[int]) -> int:
    """Depth of a list item from its indentation, relative to open items."""
    width = len(indent.expandtabs(4))
    while stack and stack[-1] > width:
        stack.pop()
    if not stack or stack[-1] < width:
        stack.append(width)
    return len(stack) - 1


def _tab_item_depth(pieces: list[Piece], marker: str) -> int:
    """Depth of a Word plain-text item (_TAB_ITEM), which the export does not indent: its marker tells the
    level. One below the nearest item with a plain marker ("•", "1."), whose sub-item it is, unless an item
    marked alike ("o", or "a." then "b.") stands nearer: its depth; else, opening a list, 0."""
    for piece in reversed(pieces):
        block = piece.block
        if block.kind is not _LIST_ITEM:
            break
        above = block.marker or ""
        if not _TAB_MARKER.fullmatch(above):
            return block.depth + 1
        if len(above) == len(marker) and above[-1] == marker[-1]:
            return block.depth
    return 0


def _letter_styles(text: str) -> frozenset[str]:
    """The lettered markers a page runs lists with, "a)", "(a)" or "a.", each as its opening and closing marks
    ("" and ")", "(" and ")", "" and "."): those with a "b" line. Empty on nearly every page."""
    if "b)" not in text and "b." not in text:
        return frozenset()
    runs = _LETTER_RUN.findall(text)
    return frozenset(f"{opening}{closer}" for opening, closer in runs if not opening or closer == ")")


def _lettered_item(body: str, styles: frozenset[str]) -> re.Match[str] | None:
    """A lettered list item's match on a page running such lists (_letter_styles); else None."""
    match = _LETTERED_ITEM.match(body)
    if match is None:
        return None
    opening = "(" if match.group(2)[0] == "(" else ""
    return match if f"{opening}{match.group(4)}" in styles else None


def text_to_pieces(text: str) -> list[Piece]:
    """Split plain text or markdown into blocks in document order.

    >>> [p.block.kind.value for p in text_to_pieces("1) Role Summary\\n\\nHello.\\n  • item")]
    ['heading', 'paragraph', 'list_item']
    """
    # Lightweight markup sources saved as text, rewritten into markdown line for line (offsets hold); each
    # returns any other page as it is, after a scan or two. DokuWiki and wikitext before AsciiDoc, which would
    # take their closed "== Title ==" headings for its own.
    text = dokuwiki_as_markdown(text)
    text = wikitext_as_markdown(text)
    text = roam_as_markdown(text)  # Roam's tables and sub-headings made the outline the outliner reads
    text = outline_as_markdown(text)
    text = asciidoc_as_markdown(text)
    text = rst_as_markdown(text)
    text = wiki_as_markdown(text)
    text = org_as_markdown(text)
    text = bbcode_as_markdown(text)
    text = bear_as_markdown(text)
    lines = _lines(text)
    texts, raws, starts, inline = lines  # locals: read for every line
    pieces: list[Piece] = []
    indent_stack: list[int] = []
    run_bases: dict[int, int] = {}  # piece index -> depth of the first line of its run of dash lines
    pending_item = False
    section_number = 0  # the number of the last numbered section heading read
    # Two marked numbered headings tell the page's convention; one could be a stray bold line. Marking takes
    # a "#", "**" or "__": most plain text pages have none, and no page-long search. A page-long search for a
    # two-character string is ~10x slower than for one character: "*" and "_" are looked for first.
    column_names: list[int] = []  # the pieces that are one-line paragraphs naming a known column
    letter_styles = _letter_styles(text)
    plain_numbered_headings = True
    if "#" in text or ("*" in text and "**" in text) or ("_" in text and "__" in text):
        marked = _MARKED_NUMBERED_HEADING.finditer(text)
        plain_numbered_headings = next(marked, None) is None or next(marked, None) is None
    i = 0
    count = len(texts)
    while i < count:
        body = texts[i]
        stripped = body.strip()
        if not stripped:
            i += 1
            continue
        if stripped in _LONE_MARKERS:
            pending_item = True
            i += 1
            continue
        first = stripped[0]
        # Markup opening a line: an HTML block or an admonition's fence ("<", ":"), a code fence or an embed. One
        # test for them all, so that a line of text pays for none.
        if first in "<:`~%":
            if first in "<:":
                markup = read_html_block(text, raws, starts, i, text_to_pieces)
            else:
                markup = _code_or_embed(lines, i)
            if markup is not None:
                block_pieces, i = markup
                pieces.extend(block_pieces)
                indent_stack.clear()
                pending_item = False
                continue
        # A simple table's rule and a setext underline open with three dashes or "=": "- item" is neither.
        dashes = first in "-=" and stripped[1:3] == first * 2
        if dashes and " " in stripped and _DASH_GROUPS.fullmatch(stripped) and (after := _simple_table(lines, i, pieces)):
            i = after
            pending_item = False
            continue
        if first in "*-_=":
            underline = dashes and _SETEXT_UNDERLINE.fullmatch(stripped)
            if underline or (stripped[-1] == first and _THEMATIC_BREAK.fullmatch(stripped)):
                # A rule is no content; under a title, "===" or "---" underlines it and makes it a heading.
                if underline:
                    _underlines(pieces, lines, i)
                indent_stack.clear()
                pending_item = False
                i += 1
                continue
        next_pending = False
        # The regex only on lines ending "-" (body holds a character: stripped does) and not pipe rows (a row may
        # end "| -"). The marker cut keeps the line's first character: its group ends at a later one. A label
        # wrapped in dashes ("- Advertisement -", an ad slot's) keeps its closing dash: no item follows it.
        if (
            body[-1] == "-"
            and first != "|"
            and (trailing := _TRAILING_MARKER.match(body))
            and not (first == "-" and len(stripped) <= _LABEL_LINE_CHARS and is_wrapped_ad_label(stripped))
        ):
            body, next_pending = trailing.group(1), True
            stripped = body.strip()

        # Tables first: a grid table's border, a pipe row or a known header of a border-less table.
        if first in _GRID_CORNERS and _GRID_BORDER.fullmatch(stripped.translate(_BOX_DRAWING)):
            i = _grid_table(lines, i, pieces)
            pending_item = False
            continue
        if "|" in stripped and parse_pipe_row(stripped) is not None:  # a pipe row holds a pipe: skip the call
            i = _pipe_table(lines, i, pieces)
            pending_item = False
            continue
        if "|" in stripped and _two_column_rule(lines, i):
            i = _pipe_table(lines, i, pieces, two_column=True)
            pending_item = False
            continue
        # The header test's first step, by the line's first character (cached), without a call per line.
        header_initial = may_open_header(first)
        if header_initial and (known := match_lost_border_header(stripped)) is not None:
            i = _lost_border_table(lines, i, known, pieces)
            pending_item = False
            continue

        raw = raws[i]
        end = starts[i] + len(raw)  # lines.end(i), without a call per line
        start = end - len(raw.lstrip())
        link_ratio, bold = inline.get(i, _PLAIN)
        # Each line regex is tried only where the line's first character allows it to match.
        if first == "[" and _LINK_DEFINITION.match(stripped):
            i += 1
            continue
        numeric = first.isdigit()
        if first == "#" and (heading := md_heading(stripped)):
            level, title = heading
            pieces.append(new_piece((Block.heading(title, start, end, level), link_ratio)))
            indent_stack.clear()
        elif first == "*" and stripped[1:3] == "* " and (title := _marker_heading(stripped)):
            match = _numbered_heading(title)
            pieces.append(new_piece((Block.heading(title, start, end, 2 if match else 3), link_ratio)))
            indent_stack.clear()
            section_number = int(match.group(1)) if match else section_number
        elif (
            numeric
            and (plain_numbered_headings or bold)
            and (match := _numbered_heading(body))
        ):
            pieces.append(new_piece((Block.heading(stripped, start, end, 2), link_ratio)))
            indent_stack.clear()
            section_number = int(match.group(1))
        elif numeric and (number := _dotted_section_heading(lines, i, pieces, section_number)):
            pieces.append(new_piece((Block.heading(stripped, start, end, 2), link_ratio)))
            indent_stack.clear()
            section_number = number
        elif pending_item:
            pieces.append(new_piece((Block.list_item(stripped, start, end, 0, "-"), link_ratio)))
        elif first in "–—" and (match := _DETAIL.match(body)):
            depth = _detail_depth(pieces, match.group(2), run_bases)
            if depth == 0 and " – " in match.group(2) and (run := dash_run(match.group(2))):
                # "– A – B – C" under a lead line: the list run on in one line, one item a dash, each at its
                # place in the line (so it reads as items split from one line, not as dash-opened lines).
                base = start + max(0, text.find(match.group(2), start, end) - start)
                for item, a, b in run:
                    pieces.append(new_piece((Block.list_item(item, base + a, base + b, 0, first), link_ratio)))
            else:
                pieces.append(new_piece((Block.list_item(match.group(2), start, end, depth, first), link_ratio)))
        elif (numeric or first in ITEM_MARKERS) and (match := _ITEM.match(body)):
            indent, marker, item_text = match.groups()
            depth = _indent_depth(indent, indent_stack)
            number = int(marker[:-1]) if numeric else None  # the marker opens with the line's first character
            pieces.append(new_piece((Block.list_item(item_text.strip(), start, end, depth, marker, number), link_ratio)))
        elif (
            letter_styles
            and (first == "(" or (first.islower() and stripped[1:2] in ".)"))
            and (match := _lettered_item(body, letter_styles))
        ):
            # Read as a numbered item, its letter its number: "a)" over "\t– detail" as "1." over "    – detail".
            indent, marker, letter, item_text = match.group(1), match.group(2), match.group(3), match.group(5)
            depth = _indent_depth(indent, indent_stack)
            lettered = Block.list_item(item_text.strip(), start, end, depth, marker, ord(letter) - ord("a") + 1)
            pieces.append(new_piece((lettered, link_ratio)))
        elif "\t" in stripped[1:3] and (match := _TAB_ITEM.match(body)):
            marker, item_text = match.group(2), match.group(3)
            depth = _tab_item_depth(pieces, marker)
            pieces.append(new_piece((Block.list_item(item_text.strip(), start, end, depth, marker), link_ratio)))
        elif first == ":" and (match := _DEFINITION.match(body)) and _term_above(pieces, start, text):
            definition = Block.list_item(match.group(1).strip(), start, end, 1, _DEFINITION_MARKER)
            pieces.append(new_piece((definition, link_ratio)))
        elif first in "CS" and stripped.startswith(_ANNOTATION_WORDS) and (last := _annotation_end(texts, i)):
            i = last  # an editor's annotation: skipped, its replies with it
        elif bold and _heading_like(stripped.strip("*_: ")):
            title = stripped.strip("*_ ")
            pieces.append(new_piece((Block.heading(title, start, end, 4), link_ratio)))
        else:
            indent_stack.clear()
            if header_initial and is_column_line(stripped):
                column_names.append(len(pieces))  # may head a table written a cell a paragraph
            pieces.extend(split_inline_list(Block.paragraph(stripped, start, end), link_ratio))
        pending_item = next_pending
        i += 1
    if _spaced_layout(texts):
        return _read_inner_text(_dash_details_as_lines(pieces, text), text, spaced=True)
    if (unmarked := _unmarked_lines(lines)) is not None:
        if _inner_text_layout(lines, unmarked):
            return _read_inner_text(_joined_labels(_dash_details_as_lines(pieces, text), text), text)
        if _reader_view_layout(unmarked):
            return _read_inner_text(pieces, text, spaced=True, colon=True)
    if len(column_names) > 1:  # a header needs two column names: nearly every page has none
        pieces = _paragraph_cell_tables(pieces, text, column_names)
    # Tab-separated lines are a browser copy's tables: one scan rules out every other page.
    return _untabbed(_bulletless_lists(pieces, text)) if "\t" in text else pieces


def _code_or_embed(lines: _Lines, i: int) -> tuple[list[Piece], int] | None:
    """A fenced code block or an embed opening at line i: its pieces and the line past it; None for any other line.

    A code block is one paragraph, its lines kept, as the HTML reader reads a <pre> of source code: a "# comment"
    in it is no heading, "- x" no bullet. A "~~~" fence needs a blank line above it, else it underlines a title;
    a fence not closed within _FENCE_REACH lines fences nothing (nor makes a page of stray fences quadratic)."""
    raws = lines.raws
    stripped = raws[i].strip()
    if stripped[:1] == "%":
        return ([], i + 1) if _HASHNODE_EMBED.fullmatch(stripped) else None
    fence = _CODE_FENCE.fullmatch(stripped)
    if fence is None or (stripped[0] == "~" and i and raws[i - 1].strip()):
        return None
    marks = fence.group(1)
    reach = range(i + 1, min(len(raws), i + 1 + _FENCE_REACH))
    close = next((k for k in reach if _closes_fence(raws[k], marks)), None)
    if close is None:
        return None
    code = "\n".join(line.rstrip() for line in raws[i + 1 : close]).strip("\n")
    if not code.strip():
        return [], close + 1
    return [new_piece((Block.paragraph(code, lines.starts[i + 1], lines.end(close - 1)), 0.0))], close + 1


def _closes_fence(raw: str, marks: str) -> bool:
    fence = raw.strip()
    return fence[:1] == marks[0] and len(fence) >= len(marks) and fence == marks[0] * len(fence)


_TABS = re.compile(r"\s*\t\s*")


def _untabbed(pieces: list[Piece]) -> list[Piece]:
    """The pieces with the tabs of a line read as text, not as a table's row, made spaces: a cell border
    outside its table says nothing a field could keep, and no field holds a raw tab."""
    out = pieces
    for k, (block, link_ratio) in enumerate(pieces):
        if block.kind is _TABLE or "\t" not in block.text:
            continue
        text = _TABS.sub(" ", block.text.strip())
        if block.kind is _PARAGRAPH:
            untabbed = Block.paragraph(text, block.start, block.end)
        elif block.kind is _HEADING:
            untabbed = Block.heading(text, block.start, block.end, block.level)
        else:
            untabbed = Block.list_item(text, block.start, block.end, block.depth, block.marker, block.number)
        out = out if out is not pieces else list(pieces)
        out[k] = new_piece((untabbed, link_ratio))
    return out


def _underlines(pieces: list[Piece], lines: _Lines, i: int) -> bool:
    """Read line i as a setext underline if it is one: the paragraph on the line above becomes a heading.

    Only a short title-like paragraph that is the whole line right above counts, or a "N) Title"
    line read as a list item (_underlined_numbered_heading): a "---" under a table, another
    list item or a blank line is a rule.
    """
    if not pieces:
        return False
    above, link_ratio = pieces[-1]
    if above.kind == "heading" and above.end == lines.end(i - 1):
        return True  # "1) Role Summary" over "----": already read as a heading, the underline adds nothing
    level = 1 if lines.texts[i].lstrip()[0] == "=" else 2
    if above.kind == "list_item" and _underlined_numbered_heading(pieces, lines, i):
        title = lines.texts[i - 1].strip()
        pieces[-1] = new_piece((Block.heading(title, above.start, above.end, level), link_ratio))
        return True
    if above.kind != "paragraph" or above.end != lines.end(i - 1) or not _heading_like(above.text):
        return False
    if above.start != lines.end(i - 1) - len(lines.raws[i - 1].lstrip()):
        return False  # one of several pieces split from the line: an inline list, not a title
    pieces[-1] = new_piece((Block.heading(above.text, above.start, above.end, level), link_ratio))
    return True


def _underlined_numbered_heading(pieces: list[Piece], lines: _Lines, i: int) -> bool:
    """Whether the list item above line i is a "1) Role Summary" the page underlines as its heading.

    A page that marks other section headings ("## 11) ...", "**1) Exercise**") reads its plain
    "N) Title" lines as list items; an underline marks one as a heading all the same. Not the
    last item of a list over a rule: the line above the title is blank (or none) or no item's.
    """
    above = pieces[-1].block
    if above.end != lines.end(i - 1) or _numbered_heading(lines.texts[i - 1]) is None:
        return False
    before = pieces[-2].block if len(pieces) > 1 else None
    return before is None or before.kind != "list_item" or not lines.texts[i - 2].strip()


def _numbered_heading(line: str) -> re.Match[str] | None:
    """A "7) KPIs and Productivity Metrics" heading: a short title, not an inline "1) a 2) b" list."""
    match = _NUMBERED_HEADING.match(line)
    if match is None or not _heading_like(match.group(2)):
        return None
    return None if f" {int(match.group(1)) + 1}) " in match.group(2) else match


def _dotted_section_heading(lines: _Lines, i: int, pieces: list[Piece], section_number: int) -> int:
    """The number of a "1. ROLE SUMMARY" section heading on line i (a reader view's or print view's <h2>), or 0.

    Numbered with a dot, it reads as a list item; it is a section heading when, at the line's start, its
    text is a canonical section title whole (not an item that opens like one, "Core responsibilities
    include ...") numbered as that section is or next after the last section heading, and no list goes on
    through it: the line right above, the next line that is not blank and the page's last numbered item are
    not the items numbered one before or after it (a table of contents, "9. Soft skills" under "8. SQL").
    A section heading has its content under it.
    """
    head = lines.texts[i].partition(".")[0]
    if not head.isdigit() or int(head) <= section_number:
        return 0  # most numbered lines: an item under a section already open, or indented, or "N)"
    match = _ITEM.match(lines.texts[i])
    if match is None or match.group(1) or not match.group(2)[0].isdigit() or match.group(2)[-1] != ".":
        return 0
    number = int(match.group(2)[:-1])
    if number <= section_number or not _heading_like(match.group(3)):
        return 0
    texts = lines.texts
    below = i + 1
    while below < len(texts) and not texts[below].strip():
        below += 1  # a loose list's next item, past blank lines
    if (i and texts[i - 1].lstrip().startswith(f"{number - 1}.")) or (
        below < len(texts) and texts[below].lstrip().startswith(f"{number + 1}.")
    ):
        return 0
    last_item = next((piece.block for piece in reversed(pieces) if piece.block.kind is not _PARAGRAPH), None)
    if last_item is not None and last_item.kind is _LIST_ITEM and last_item.number == number - 1:
        return 0
    heading = classify_heading(lines.texts[i].strip())
    spec = heading.spec
    if spec is None or heading.coverage < _SECTION_TITLE_COVERAGE or number not in (spec.number, section_number + 1):
        return 0
    return number


def _marker_heading(line: str) -> str | None:
    """The title of a "** 1) Role Summary" line, or None: a text/plain email part (Mailchimp) marks each heading
    with two stars and a space, never closed. Not bold ("**Lead** rest", "** a **") nor a "* item" bullet."""
    if not line.startswith("** ") or "**" in line[3:]:
        return None
    title = line[3:].strip()
    return title if _heading_like(title) else None


def _heading_like(title: str) -> bool:
    """True for a short title, not a sentence that happens to start with '1)'."""
    words = title.split()
    return 0 < len(words) <= 14 and not title.rstrip().endswith((".", ",", ";"))


def _detail_depth(pieces: list[Piece], text: str, bases: dict[int, int]) -> int:
    """A '– detail' line hangs under the list item before it.

    Within a run of dash lines, lowercase lines after one ending in ':' nest
    one deeper ("– Tasks:", "– build a baseline,"), as inline lists do.
    ``bases`` remembers each dash line's run base, so a run of thousands of
    lines is not walked back again for every line.
    """
    last = len(pieces) - 1
    if last < 0:
        return 0
    previous = pieces[last].block
    if not _is_dash(previous):
        return (previous.depth or 0) + 1 if previous.kind == "list_item" else 0
    base = _run_base(pieces, last, bases)
    nested = previous.text.endswith(":") or (previous.depth or 0) > base
    return base + 1 if nested and text[:1].islower() else base


# A definition of a markdown definition list (kramdown, PHP Markdown Extra, pandoc): ": text" under its term's line.
_DEFINITION = re.compile(r" {0,3}:[ \t]+(\S.*)")
_DEFINITION_MARKER = ":"


def _term_above(pieces: list[Piece], start: int, text: str) -> bool:
    """Whether a definition line starting at ``start`` has its term above it, as a <dd> its <dt>: the paragraph on
    the line above (a blank line between them allowed), made the item its definitions hang under ("Change
    leadership" over ": Why it matters: ..." lines), or the definition before it."""
    if not pieces:
        return False
    above, ratio = pieces[-1]
    if above.kind is BlockKind.PARAGRAPH and text.count("\n", above.end, start) <= 2:
        pieces[-1] = new_piece((Block.list_item(above.text, above.start, above.end, 0, "•"), ratio))
        return True
    return above.kind is BlockKind.LIST_ITEM and above.marker == _DEFINITION_MARKER


def _is_dash(block: Block) -> bool:
    return block.kind == "list_item" and block.marker in ("–", "—")


def _run_base(pieces: list[Piece], last: int, bases: dict[int, int]) -> int:
    """Depth of the first dash line of the run that ends at pieces[last] (memoized in bases)."""
    unknown: list[int] = []
    k = last
    while k >= 0 and _is_dash(pieces[k].block) and k not in bases:
        unknown.append(k)
        k -= 1
    if k >= 0 and k in bases and _is_dash(pieces[k].block):
        base = bases[k]
    else:
        base = pieces[unknown[-1]].block.depth or 0
    for k in unknown:
        bases[k] = base
    return base


def _two_column_rule(lines: _Lines, i: int) -> bool:
    """Whether line i, with one inner pipe and no outer ones ("Role title| Widget Technician"), heads a
    two-column table: the next line is its "---|---" rule (html2text writes tables so), or it opens a run of
    "Label | value" rows."""
    rule = lines.texts[i + 1].strip() if i + 1 < len(lines.texts) else ""
    if is_pipe_separator(rule) and rule.strip("|").count("|") == 1:
        return True
    # Without a rule (an email's text/plain part, "Role title | Widget Technician"): a run of label rows.
    end = i + _TWO_COLUMN_ROWS
    return end <= len(lines.texts) and all(_label_row(line) for line in lines.texts[i:end])


def _label_row(line: str) -> bool:
    """Whether a line is a "Label | value" row: one pipe, spaced, after a label of a few words."""
    label, pipe, value = line.strip().partition(" | ")
    return bool(pipe and value) and "|" not in label and "|" not in value and len(label.split()) <= _LABEL_WORDS


def _pipe_table(lines: _Lines, i: int, pieces: list[Piece], two_column: bool = False) -> int:
    """Consume consecutive pipe rows starting at line i; return the next index.

    In a two-column table confirmed by its rule (_two_column_rule), a row with one inner pipe is a row too.
    """
    rows: list[list[str]] = []
    header: list[str] = []
    start = lines.starts[i]
    end = lines.end(i)
    # A table whose lines open and close with a pipe: a row line that does not close was cut inside a cell
    # (_rejoined_row). Without a closing pipe on its header, a table's rows may all be written so.
    head = lines.texts[i].strip()
    framed = head[0] == "|" == head[-1]
    cut = ""  # the last row's line as written, while it lacks its closing pipe
    j = i
    while j < len(lines.texts):
        stripped = lines.texts[j].strip()
        if not stripped:
            break
        if cut and header and (joined := _rejoined_row(cut, stripped, len(header))) is not None:
            rows[-1] = joined
            cut = join_wrapped([cut, stripped]) if stripped[-1] != "|" else ""
            end = lines.end(j)
            j += 1
            continue
        if is_pipe_separator(stripped) or (len(rows) == 1 and not header and _plain_rule_under(stripped, rows[0])):
            if len(rows) == 1 and not header:
                header = rows.pop()
            j += 1
            continue
        cells = parse_pipe_row(stripped)
        if cells is None and two_column and "|" in stripped:
            cells = parse_pipe_row(f"|{stripped}|")  # its outer pipes, which html2text leaves out
        if cells is None:
            break
        rows.append(cells)
        cut = stripped if framed and stripped[-1] != "|" else ""
        end = lines.end(j)
        j += 1
    if not header and rows:
        header, rows = _labelled_columns(rows) or (rows[0], rows[1:])
    width = len(header)
    # A row of one cell across a wider table stays one cell: a group label over the rows under it, as the HTML
    # reader keeps a row spanning every column (tables.group_label), not a row of empty cells.
    rows = [(row + [""] * width)[:width] if width and len(row) > 1 else row for row in rows]
    pieces.append(Piece(Block.table(header, rows, start, end), 0.0))
    return j


def _rejoined_row(cut: str, line: str, width: int) -> list[str] | None:
    """The cells of a pipe row that a scraper wrapped inside a long cell, its rest on the next line, which opens
    without a pipe: "| Average discount depth | ... | Shows where margin is being given away" over "and which
    segments drive it | ≤ 18% | Monthly |". The two lines read as one when together they make the table's
    width and the rest closes with the table's pipe, or, holding no pipe, the rest reads on from the cell
    (tables.continues_cell_line) and stays open. Else None: a line after the table (a note, a paragraph)."""
    if line[0] == "|":
        return None
    closed = line[-1] == "|"
    if not closed and ("|" in line or not continues_cell_line(cut.rsplit("|", 1)[-1].strip(), line)):
        return None
    cells = parse_pipe_row(join_wrapped([cut, line]))
    if cells is None or len(cells) > width or (closed and len(cells) < width):
        return None
    return cells


def _plain_rule_under(line: str, cells: list[str]) -> bool:
    """Whether a line of dashes without pipes rules off the header row above it (a text edition's
    "a | b | c" over "--------"): it reaches over most of the header, so it is the table's rule, not a
    short break that ends it."""
    return line[0] == "-" and len(line) * 2 >= len(" | ".join(cells)) and line.strip("-") == ""


def _labelled_columns(rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """A header-less table whose cells carry their own labels ("KPI: Time to fill | Target: 35 days"), every
    row the same label per column: the labels are its header, the rest of each cell its value. Else None."""
    if len(rows) < 2 or len(rows[0]) < 2 or ":" not in rows[0][0]:  # the cheap test first
        return None
    labelled = [[_LABELLED_CELL.fullmatch(cell) for cell in row] for row in rows]
    if not all(all(labelled_row) and len(labelled_row) == len(rows[0]) for labelled_row in labelled):
        return None
    header = [m.group(1) for m in labelled[0]]
    if any([m.group(1) for m in labelled_row] != header for labelled_row in labelled):
        return None
    return header, [[m.group(2) for m in labelled_row] for labelled_row in labelled]


# A table drawn with box-drawing characters ("w3m -dump", tabulate, rich) is a grid table: each character
# is one column wide, so read as its ASCII counterpart ("┼" "+", "│" "|", "─" "-", heavy and double "="),
# it keeps the grid's columns. A table's top border opens with "+" or a top-left corner.
_BOX_DRAWING = {code: "+" for code in range(0x2500, 0x2580)} | str.maketrans(
    "─┄┈╌━┅┉╍═│┆┊╎┃┇┋╏║", "----=====|||||||||"
)
_GRID_CORNERS = "+┌┍┎┏╒╓╔╭"


def _grid_table(lines: _Lines, i: int, pieces: list[Piece]) -> int:
    """Consume a pandoc grid table, or one drawn with box characters, whose top border is line i; return the
    next index.

    A row's cells wrap over several "| ... |" lines up to the next border: the border's
    "+" columns cut each line into cells, and a cell's pieces join with spaces. The row
    above a "+===+" border is the header; without one, the first row is. A grid of one
    column is a frame around text (a callout, an ad box): its lines are the page's lines.
    """
    top = lines.raws[i].strip().translate(_BOX_DRAWING)
    indent = lines.raws[i].translate(_BOX_DRAWING).index("+")
    cuts = [indent + k for k, char in enumerate(top) if char == "+"]
    width = len(cuts) - 1
    header: list[str] = []
    wrapped: list[list[str]] = [[] for _ in range(width)]  # the open row's cell lines
    spans: list[tuple[list[list[str]], bool]] = []  # each run of lines between borders, and whether "=" closes it
    end = lines.end(i)
    j = i + 1
    while j < len(lines.raws):
        raw = lines.raws[j].rstrip().translate(_BOX_DRAWING)
        stripped = raw.strip()
        border = _GRID_BORDER.fullmatch(stripped) is not None
        if not border and not stripped.startswith("|"):
            break
        if border:
            spans.append((wrapped, "=" in stripped))
            wrapped = [[] for _ in range(width)]
        elif all(raw[cut : cut + 1] == "|" for cut in cuts):
            for column in range(width):
                wrapped[column].append(raw[cuts[column] + 1 : cuts[column + 1]].strip())
        else:  # a line off the border's grid (wide characters, a spanning cell): its pipes cut it
            cells = parse_pipe_row(stripped) or [stripped]
            for column, cell in enumerate((cells + [""] * width)[:width]):
                wrapped[column].append(cell)
        end = lines.end(j)
        j += 1
    if width == 1:
        _frame_lines(lines, i, j, pieces)
        return j
    spans.append((wrapped, False))  # a table cut before its bottom border keeps its last row
    rows: list[list[str]] = []
    for cell_lines, ruled in _line_per_row(spans):
        row = _grid_row(cell_lines)
        if ruled and row and not header and not rows:
            header = row
        elif row:
            rows.append(row)
    if not header and rows:
        header = rows.pop(0)
    pieces.append(Piece(Block.table(header, rows, lines.starts[i], end), 0.0))
    return j


def _line_per_row(spans: list[tuple[list[list[str]], bool]]) -> list[tuple[list[list[str]], bool]]:
    """The runs of a grid's lines between borders, a bordered table's body split a row a line.

    A MySQL- or psql-style table ("+---+" over its one-line header, under it and under the body) rules off
    no row from the next: its body is one run of lines, each a row that fills its first cell. A grid table
    (pandoc, RST) borders every row and rules its header with "="; a row wrapped over lines leaves cells blank
    where their text is shorter, its first cell too most often. So a table of one header line ruled with "-" over
    one run of lines, each filling its first cell and most filling every cell, is read a row a line.
    """
    filled = [span for span in spans if span[0] and span[0][0]]
    if len(filled) != 2 or filled[0][1] or len(filled[0][0][0]) != 1:  # not one header line ruled with "-"
        return spans
    body, ruled = filled[1]
    height = len(body[0])
    full = sum(all(column[k] for column in body) for k in range(height))
    if height < 2 or not all(body[0]) or full * 2 <= height:
        return spans
    return [filled[0], *(([[column[k]] for column in body], ruled) for k in range(height))]


def _frame_lines(lines: _Lines, i: int, j: int, pieces: list[Piece]) -> None:
    """The text lines of a one-column grid on lines i to j - 1, each a paragraph without its frame."""
    for k in range(i + 1, j):
        framed = lines.raws[k].translate(_BOX_DRAWING).strip()
        text = _strip_inline(framed.strip("|").strip())[0] if framed[:1] == "|" else ""  # not a border
        if text:
            pieces.append(Piece(Block.paragraph(text, lines.starts[k], lines.end(k)), 0.0))


def _grid_row(wrapped: list[list[str]]) -> list[str]:
    """A grid row's cells, each its lines joined and read as markdown; [] when all are empty."""
    row = [_strip_inline(join_wrapped(parts))[0] for parts in wrapped]
    return row if any(row) else []


_WORD_BREAKS = ("-", "/")  # where a browser breaks a word too long for its cell's column


def join_wrapped(parts: list[str]) -> str:
    """Join a cell's lines by spaces, but a word wrapped at its hyphen ("post-" / "release") or slash
    ("Example target/" / "benchmark") whole."""
    text = ""
    for part in filter(None, parts):
        glued = text[-1:] in _WORD_BREAKS and text[-2:-1].isalpha()
        text = f"{text}{part}" if glued or not text else f"{text} {part}"
    return text


def _simple_table(lines: _Lines, i: int, pieces: list[Piece]) -> int:
    """Read a pandoc simple or multiline table whose dash-group rule is line i; return the next index, or 0 if it
    is none.

    The header is the lines right above, up to a blank line or a multiline table's opening line of dashes, already
    read as blocks: they are taken back. Each dash group gives a column, which starts where its group starts. A
    simple table's rows are its lines, up to a blank line or a closing dashed line; a multiline table's are its
    runs of lines between blank lines, up to its closing line of dashes, each cell's lines joined. The header must
    fill two columns, and a row follow.
    """
    rule = lines.raws[i]
    cuts = [match.start() for match in _DASH_GROUP.finditer(rule)]
    top = i
    while top > 0 and lines.texts[top - 1].strip() and not _THEMATIC_BREAK.fullmatch(lines.texts[top - 1].strip()):
        top -= 1
    if top == i or not pieces or pieces[-1].block.end != lines.end(i - 1):
        return 0
    taken = len(pieces)
    while taken and pieces[taken - 1].block.start >= lines.starts[top]:
        taken -= 1
    if taken == len(pieces) or pieces[taken].block.start != lines.starts[top] + _indent_width(lines.raws[top]):
        return 0  # the header's first line is inside a block that opened above it: no table's
    if any(piece.block.kind != "paragraph" for piece in pieces[taken:]):
        return 0  # a list item or heading over the rule is no header line
    header = _joined_row([_simple_row(lines.raws[k], cuts) for k in range(top, i)])
    if sum(1 for cell in header if cell) < 2:
        return 0
    multiline = top > 0 and set(lines.texts[top - 1].strip()) == {"-"}
    rows: list[list[str]] = []
    row_lines: list[list[str]] = []
    end = lines.end(i)
    j = i + 1
    while j < len(lines.raws) and (lines.texts[j].strip() or (multiline and row_lines)):
        raw = lines.raws[j]
        j += 1
        if not raw.strip():  # a multiline table's row ends at a blank line
            rows.append(_joined_row(row_lines))
            row_lines = []
            continue
        if _DASH_GROUPS.fullmatch(raw.strip()) or set(raw.strip()) == {"-"}:  # the closing rule
            end = lines.end(j - 1)
            break
        row_lines.append(_simple_row(raw, cuts))
        if not multiline:
            rows.append(_joined_row(row_lines))
            row_lines = []
        end = lines.end(j - 1)
    if row_lines:
        rows.append(_joined_row(row_lines))
    if not rows:
        return 0
    del pieces[taken:]
    pieces.append(Piece(Block.table(header, rows, lines.starts[top], end), 0.0))
    return j


def _indent_width(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _joined_row(row_lines: list[list[str]]) -> list[str]:
    """A row's cells from its lines' cells, each column's lines joined as a wrapped cell's."""
    return [join_wrapped(list(column)) for column in zip(*row_lines)]


def _simple_row(raw: str, cuts: list[int]) -> list[str]:
    """A simple table line cut at its columns' starts; a cut inside a word moves back to the word's start."""
    bounds = []
    for cut in cuts:
        while 0 < cut < len(raw) and raw[cut - 1] != " " and raw[cut] != " ":
            cut -= 1
        bounds.append(cut)
    bounds.append(len(raw))
    return [_strip_inline(raw[a:b].strip())[0] for a, b in zip(bounds, bounds[1:])]


def _lost_border_table(lines: _Lines, i: int, known, pieces: list[Piece]) -> int:  # noqa: ANN001
    """Consume a header line and the row lines under it; recover their cells."""
    start = lines.starts[i]
    end = lines.end(i)
    row_lines: list[str] = []
    tabbed = "\t" in lines.texts[i].strip()  # a tab-separated table's rows hold tabs: a line without is no row
    dashed = not tabbed and EM_DASH_CELLS in lines.texts[i]  # so an em-dash-joined one's rows hold " — "
    last_raw = ""  # the last row as written: its empty last cells kept
    j = i + 1
    while j < len(lines.texts):
        stripped = lines.texts[j].strip()
        if tabbed and stripped and "\t" not in stripped and row_lines and _continues_cell_list(row_lines[-1], stripped):
            # Google Docs' plain text: a cell's numbered paragraphs on lines of their own, read as the inline "1) A
            # 2) B" run a cell writes on one line (a line opening with a digit wraps the cell, _finishes_split_cell).
            row_lines[-1] = f"{row_lines[-1]} {stripped}"
            last_raw = f"{last_raw} {stripped}"
            end = lines.end(j)
            j += 1
            continue
        if not stripped or _ITEM.match(lines.texts[j]) or md_heading(stripped):
            break
        if tabbed and "\t" not in stripped and _continues_last_cell(lines, j, last_raw, len(known.columns)):
            # Word's plain text: the row's last cell held a paragraph break, the rest of it on a line of its own.
            row_lines[-1] = f"{row_lines[-1]}{chr(10) if stripped[0].isupper() else ' '}{stripped}"
            last_raw = f"{last_raw} {stripped}"
            end = lines.end(j)
            j += 1
            continue
        if (tabbed and "\t" not in stripped) or (dashed and EM_DASH_CELLS not in stripped):
            break
        if _NUMBERED_HEADING.match(stripped) and _heading_like(stripped):
            break
        if stripped[0] == "-" and _DASH_GROUPS.fullmatch(stripped):  # the header's underline, "-------  ----": no row
            j += 1
            continue
        if tabbed and _finishes_split_cell(last_raw, lines.raws[j], len(known.columns)):
            # As an HTML cell's <br> (htmlblocks._cell_text): a capitalised line is an entry of its own ("SAP
            # S/4HANA" over "Oracle Fusion Cloud ERP": two tools); one opening otherwise wraps the cell's text.
            row_lines[-1] = f"{row_lines[-1]}{chr(10) if stripped[0].isupper() else ' '}{stripped}"
            last_raw = f"{last_raw} {lines.raws[j]}"
        elif tabbed:  # a tab opening a row closes its empty first cell; one ending it, its empty last cell
            last_raw = lines.raws[j]
            row_lines.append(lines.texts[j] + "\t" * (last_raw.count("\t") - lines.texts[j].count("\t")))
        elif dashed:  # its dashes are its cell borders, read as a tab-separated row's tabs
            row_lines.append(stripped.replace(EM_DASH_CELLS, "\t"))
        else:
            row_lines.append(stripped)
        end = lines.end(j)
        j += 1
    rows = split_lost_border_rows(known, row_lines)
    pieces.append(Piece(Block.table(list(known.columns), rows, start, end), 0.0))
    return j


def _finishes_split_cell(above: str, line: str, width: int) -> bool:
    """Whether a tab-separated line finishes the row above, one of whose cells held a line break (a browser's
    copy of a cell with a <br>: "...⇥≥ 99.95% excluding planned" / "maintenance windows⇥Monthly"): the row is
    short of cells, the two lines' cells add up to one more than the table's, and neither half is empty."""
    above_cells = above.split("\t")
    cells = line.split("\t")
    return (
        len(above_cells) < width
        and len(above_cells) + len(cells) == width + 1
        and bool(above_cells[-1].strip())
        and bool(cells[0].strip())
    )


# A numbered entry's marker in a cell, "1) " or "2. ", where the cell or a line or a word of it opens.
_CELL_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})([.)])\s")


def _continues_cell_list(row: str, line: str) -> bool:
    """Whether a tab-less line goes on with the numbered list the row's last cell opens ("Top 10 responsibilities⇥1)
    Portfolio monitoring" over "2) Referred decisions"): the cell's entries run 1, 2, ... and the line opens with
    the next number, marked alike. A numbered line after a cell that lists nothing is an item or a heading."""
    markers = _CELL_NUMBER.findall(row.rsplit("\t", 1)[-1].lstrip())
    if not markers or markers[0][0] != "1":
        return False
    number, mark = markers[-1]
    return line.startswith(f"{int(number) + 1}{mark} ")


_CELL_GOES_ON = (",", ";", ":", "–", "—", "-", "&", "/", "(")  # a cell cut after these is not finished


def _continues_last_cell(lines: _Lines, j: int, above: str, width: int) -> bool:
    """Whether tab-less line j finishes the full row above, whose last cell held a paragraph break (Word's
    "Save as Plain Text" writes the rest of such a cell on a line of its own, with no tab): a tab row follows,
    so the table goes on, and the line reads on from the cell (the cell stops on a comma or the like, or the
    line opens lower-case or with a digit) or is prose; a short title-like line is a group label or a lead."""
    cells = above.split("\t")
    if len(cells) != width or not cells[-1].strip() or j + 1 >= len(lines.texts):
        return False
    after = lines.texts[j + 1]
    line = lines.texts[j].strip()
    if "\t" not in after.strip() or line[-1] == ":" or md_heading(line) or _NUMBERED_HEADING.match(line):
        return False
    return cells[-1].rstrip().endswith(_CELL_GOES_ON) or not line[0].isupper() or _is_prose(line)


# --------------------------------------------------------------------------
# innerText: what a browser's innerText, or a copy of the rendered page, gives
# --------------------------------------------------------------------------
# No list markers at all: every list item, title and detail line on its own line, sub-headings as
# plain short lines, tables one cell a line (header cells first, then each row's). The lines above
# read each one as a paragraph; _read_inner_text reads them again within the page's sections.

_INNER_TEXT_MIN_HEADINGS = 5  # "N) Title" section headings, each number once
_INNER_TEXT_LINES_PER_BLANK = 2  # blank lines around paragraphs and boxes (a <p>'s), not between items
_INNER_TEXT_LINES_PER_SECTION = 4  # many short lines: a section of one or two lines is prose, whatever its layout
_CLOSED = (".", "!", "?", ";", ",")  # no heading ends so
_CLAUSE_ENDS = (*_CLOSED, ":")  # nor does a title or a row's label
_SUBHEADING_WORDS = 14  # as extraction's sub-headings
# "Use: Java, Go ...", "Why it matters: ...": a short label, a colon, its text.
_LABELLED = re.compile(r"^([A-Z][^:]{0,48}):\s+\S")
_LABELLED_CELL = re.compile(r"([A-Z][^:]{0,48}):\s+(\S.*)", re.S)  # a table cell that names its column
_LABEL_WORDS = 5
_TWO_COLUMN_ROWS = 3  # "Label | value" lines in a row that make a two-column table without its rule
_PARENTHESISED = re.compile(r"\([^)]*\)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z“\"]")
# Two sentences on one line: their mark closes a word. " ? " between two names is no question but an arrow
# a code page lost ("Team Lead ? Supervisor"), "→" being outside cp1252.
_JOINED_SENTENCES = re.compile(r"(?<=\S)[.!?]\s+[A-Z“\"]")
_PROSE_WORDS = 25  # a section's intro line this long, or of two sentences, is its prose
_STATEMENT_WORDS = 20  # a sub-heading's one line this long is its statement ("Role success definition")
_TITLE_WORDS = 12  # an unknown sub-heading's at most
_CELL_WORDS = 9  # the longest known column name has 9 words
_MAX_HEADER_CELLS = 8
_READER_VIEW_MIN_LISTS = 3  # lists under a lead, titles with indented details: a reader view's, not a stray line's
_READER_VIEW_LEADS_ALONE = 2 * _READER_VIEW_MIN_LISTS
# A news extractor's text: nearly as many blank lines as lines, hardly two lines one under the other.
_SPACED_BLANK_SHARE = 0.95
_SPACED_GLUED_SHARE = 0.02
_PARAGRAPH, _HEADING, _LIST_ITEM, _TABLE = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.TABLE


class _Unmarked(NamedTuple):
    """What a page without list markers shows of its layout (_unmarked_lines)."""

    numbers: set[int]  # the numbers of its "N) Title" section headings
    blank: int  # blank lines
    leads: int  # short lines ending ":" over a blank line and a short line without closing punctuation
    details: int  # indented lines right under an unindented line without closing punctuation


def _unmarked_lines(lines: _Lines) -> _Unmarked | None:
    """The page's layout where no line opens with a bullet, a markdown heading or a table's pipe and its
    numbered section headings each come once (numbered items styled so would repeat "1)"), but in a table of
    contents; None otherwise. Numbered items ("1. Title", "– detail" under it) are typed text a copy keeps.

    Other layouts stop at their first marker line, near the page's top.
    """
    numbers: set[int] = set()
    blank = leads = details = 0
    # A table of contents (a CMS plugin's, over the article) lists the headings glued one under the other in
    # order, each line as its heading reads: the numbers of its lines, and each line, come once more.
    contents: dict[int, str] = {}
    repeated: set[int] = set()
    last_heading = (-2, 0, "")  # the line, number and text of the last numbered section heading
    texts = lines.texts
    for k, text in enumerate(texts):
        stripped = text.lstrip()
        if not stripped:
            blank += 1
            continue
        first = stripped[0]
        if first == "#" or stripped in _LONE_MARKERS or (first == "|" and "|" in stripped[1:]):
            return None
        if first in ITEM_MARKERS and stripped[1:2].isspace():
            return None
        if first.isdigit() and (heading := _numbered_heading(stripped)):
            number = int(heading.group(1))
            if last_heading[0] == k - 1 and last_heading[1] < number:
                contents[last_heading[1]], contents[number] = last_heading[2], stripped
            elif number in numbers:
                if number in repeated or contents.get(number) != stripped:
                    return None
                repeated.add(number)
            numbers.add(number)
            last_heading = (k, number, stripped)
        if text[0].isspace():
            above = texts[k - 1] if k else ""
            details += bool(above) and not above[0].isspace() and not above.endswith(_CLAUSE_ENDS)
        elif text[-1] == ":" and k + 2 < len(texts) and not texts[k + 1]:
            listed = texts[k + 2]
            leads += _is_short(text) and not listed.endswith(_CLAUSE_ENDS) and not _is_prose(listed)
    return _Unmarked(numbers, blank, leads, details)


def _inner_text_layout(lines: _Lines, unmarked: _Unmarked) -> bool:
    """Whether a page without markers (_unmarked_lines) is in innerText layout: lines outnumber blank
    lines and sections several times over (many short lines, no blank-line paragraphs)."""
    numbers = unmarked.numbers
    filled = len(lines.texts) - unmarked.blank
    return (
        len(numbers) >= _INNER_TEXT_MIN_HEADINGS
        and filled >= _INNER_TEXT_LINES_PER_BLANK * unmarked.blank
        and filled >= _INNER_TEXT_LINES_PER_SECTION * len(numbers)
    )


def _dash_details_as_lines(pieces: list[Piece], text: str) -> list[Piece]:
    """innerText whose item details open a line with a dash (a scraper's text nodes, "– Use: ..." under a
    skill's title): each detail is one more line under its title, read as an undashed page's are. Items
    split from one line at its dashes ("Data deliverables – Datasets – Guidelines") stay as they are, and so
    do the details of a numbered item ("1. Title" over "– detail"): they hang under their item already."""
    out = list(pieces)
    under_item = False  # the dash lines' title is a list item
    for k, (block, link_ratio) in enumerate(pieces):
        if not _is_dash(block):
            under_item = block.kind is _LIST_ITEM
        elif not under_item and text[block.start] in "–—":
            out[k] = new_piece((Block.paragraph(block.text, block.start, block.end), link_ratio))
    return out


def _joined_labels(pieces: list[Piece], text: str) -> list[Piece]:
    """innerText that split a bold label from its text ("<strong>Why it matters:</strong> Field work ..."
    gives "Why it matters:" over "Field work ..."): each label and its line are one line again, as the
    paragraph had them, where two such pairs at least follow one another and the label heads such a pair
    elsewhere too (one per skill). A line ending ":" over lines is a lead otherwise: "Core mission:" over its
    statement, "Typical interaction teams:" over its list, "Notes:" over a note."""
    pairs = [k for k in range(len(pieces) - 1) if _label_over_text(pieces[k], pieces[k + 1], text)]
    paired = set(pairs)
    recurring = Counter(pieces[k].block.text.strip() for k in pairs)
    joined = [k for k in pairs if (k - 2 in paired or k + 2 in paired) and recurring[pieces[k].block.text.strip()] > 1]
    if not joined:
        return pieces
    out = list(pieces)
    for k in reversed(joined):
        label, line = pieces[k].block, pieces[k + 1].block
        block = Block.paragraph(f"{label.text.strip()} {line.text.strip()}", label.start, line.end)
        out[k : k + 2] = [new_piece((block, max(pieces[k].link_ratio, pieces[k + 1].link_ratio)))]
    return out


def _label_over_text(label: Piece, line: Piece, text: str) -> bool:
    """Whether label is a short line ending ":" (one colon) and line, right under it, its text."""
    first, second = label.block, line.block
    return (
        first.kind is _PARAGRAPH
        and second.kind is _PARAGRAPH
        and first.text.endswith(":")
        and first.text.count(":") == 1
        and len(first.text.split(None, _LABEL_WORDS)) <= _LABEL_WORDS
        and not second.text.endswith(":")
        and text.count("\n", first.end, second.start) == 1
    )


def _reader_view_layout(unmarked: _Unmarked) -> bool:
    """Whether a page without markers (_unmarked_lines), not in innerText layout, is a browser's reader or
    print view: a blank line around every paragraph and list item alike, a list under its lead ending ":"
    ("Strategic responsibilities:"), an item's details indented under it ("    Use: ..."). Several of each, or
    lists under leads twice as many where no item has details."""
    if unmarked.details >= _READER_VIEW_MIN_LISTS:
        return unmarked.leads >= _READER_VIEW_MIN_LISTS
    return unmarked.leads >= _READER_VIEW_LEADS_ALONE


def _spaced_layout(texts: list[str]) -> bool:
    """Whether a page is a news extractor's text (newspaper3k's or goose3's ``Article.text``): every block a
    paragraph of its own, a blank line between any two lines (list items, sub-headings, table cells alike), no
    list marker, heading mark or pipe, and numbered section headings. A table of contents and a cell's numbered
    lines repeat the headings' numbers: they are not counted.

    One count rules out nearly every other page: they have fewer blank lines than lines.
    """
    blank = texts.count("")
    if blank < _SPACED_BLANK_SHARE * (len(texts) - blank):
        return False
    numbers: set[int] = set()
    glued = 0  # lines right under another
    above = ""
    for line in texts:
        glued += bool(line and above)
        above = line
        first = line[:1]
        if not first or first in "–—":
            continue
        if first in "#|" or (first in ITEM_MARKERS and line[1:2].isspace()) or line.strip() in _LONE_MARKERS:
            return False
        if first.isdigit() and (heading := _numbered_heading(line)):
            numbers.add(int(heading.group(1)))
    return len(numbers) >= _INNER_TEXT_MIN_HEADINGS and glued <= _SPACED_GLUED_SHARE * (len(texts) - blank)


def _read_inner_text(pieces: list[Piece], text: str, spaced: bool = False, colon: bool = False) -> list[Piece]:
    """Read an innerText page's one-line paragraphs as sub-headings, list items and tables.

    Within a section, a run of lines between blank lines is the article's when it opens with the
    section heading, one of the section's known sub-headings, a lead ending ":" or a table; a run
    that opens otherwise (an ad's box, the comment area, a paragraph) keeps its paragraphs for the
    noise filter. A blank line under a heading or sub-heading (a <p>'s) opens no new run. Known sub-headings stay
    paragraphs (they play sub-headings), a one-cell-a-line table becomes a table and the lines
    after it its notes; the lines under each sub-heading are read by _read_lines.

    A ``spaced`` page has a blank line around every block, paragraph or list item (a reader view, a news
    extractor's text): there a run ends where the article's lists do, at a prose line after them or a block of
    several lines not indented as details are (a "Notes" box, an ad's), a table's cells may stand apart, and
    "SECTION 7 – KPIs" lines, paragraphs, head sections as headings do. With ``colon`` (a reader view's own),
    a sub-heading is a line ending ":" ("Advanced Excel (Critical)" is a skill).
    """
    out: list[Piece] = []
    section = ""  # canonical id of the section being read; "" outside the article
    reading = notes = False
    key: str | None = None  # the last sub-heading's key; None in a section's first lines
    lead = False  # the last sub-heading ends ":"
    seen: set[str] = set()  # the section's sub-heading keys so far: each heads one part of it
    parent_open = False  # the last line read is an item ending ":"
    under: list[Piece] = []  # the lines under the last sub-heading, not read yet
    subheading: Piece | None = None  # the last sub-heading's piece
    grouped = False  # the last run was a group of items under its title (_opens_group)

    def flush(before: str = "") -> None:
        if under:
            out.extend(_read_lines(under, section, key, lead, before))
            under.clear()

    previous: Piece | None = None  # the piece read last
    ads = _ad_boxes(pieces, text)
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        block = piece.block
        # A blank line opens a new run, but under a heading or sub-heading (a <p>'s blank line).
        new_run = (
            previous is not None
            and text.count("\n", previous.block.end, block.start) > 1
            and previous.block.kind is not _HEADING
            and previous is not subheading
        )
        after_heading = previous is not None and previous.block.kind is _HEADING
        previous = piece
        k += 1
        split = k < len(pieces) and pieces[k].block.start <= text.find("\n", block.end)  # next piece on the same line
        if new_run and spaced and reading:
            prose = _is_prose(block.text) and not (under and _list_goes_on(pieces, k))
            new_run = prose or _unindented_block(pieces, k, text)
        section_line = spaced and block.kind is _PARAGRAPH and _numbered_section_line(block.text)
        if block.kind is not _PARAGRAPH or split or section_line:  # a heading, a table, or pieces split from one line
            flush("table" if block.kind is _TABLE else "")
            parent_open = False
            notes = block.kind is _TABLE  # a tab-separated table's, as a one-cell-a-line one's
            if block.kind is _HEADING or section_line:
                spec = classify_heading(block.text).spec
                section = spec.id if spec else ""
                reading = bool(section)
                key, lead = None, False
                seen.clear()
            out.append(piece)
            continue
        if k - 1 in ads:  # an ad's box amid the article's lines, told by its layout: no line of the page
            continue
        table = _cell_table(pieces, k - 1, text, spaced) if section else None
        # Groups head a section's parts where no known sub-heading or table does (a sidebar's lists after them).
        group = (
            table is None
            and reading
            and (new_run or after_heading)
            and not (spaced or notes or seen)
            and _opens_group(pieces, k - 1, text, section, grouped)
        )
        # A list section's items right under its intro, no sub-heading over them (a reader drops the bullets).
        own_list = new_run and reading and key is None and not seen and under
        own_list = own_list and _opens_section_list(pieces, k - 1, text, section)
        if new_run:
            was_reading = reading
            opens = group or own_list or table is not None or _opens_part(section, block.text, colon)
            reading = bool(section) and opens
            # Before a run that is not the article's (an ad's copy and button), a title-cased line that breaks
            # the shape of the lines above it is that ad's headline: a paragraph, for the noise filter.
            headline = under.pop() if was_reading and not reading and _ad_headline(under) else None
            # The section's first lines over its first known sub-heading or group: its intro sentence is prose, as
            # it is where no blank line parts them (flush("subheading") below).
            first_part = reading and key is None and under and (
                group or own_list or _inner_subheading(section, block.text, colon)
            )
            flush("subheading" if first_part else "")
            if own_list:  # its lines are items, as under a sub-heading no vocabulary knows
                key, lead = _UNKNOWN_SUBHEADING, False
            if headline is not None:
                out.append(headline)
            notes = False
        if new_run or after_heading:
            grouped = bool(group)
        if group:  # a group's title heads its items as an unknown sub-heading does
            flush("subheading")
            out.append(piece)
            subheading = piece
            notes = parent_open = False
            # A title alone over a blank line heads a list of any lines, sentences too (_lone_title_end).
            alone = k < len(pieces) and text.count("\n", block.end, pieces[k].block.start) > 1
            key, lead = _UNKNOWN_SUBHEADING if alone else None, False
            continue
        if not reading:
            out.append(piece)
            parent_open = False
            continue
        if table:
            flush("table")
            table_piece, k = table
            out.append(table_piece)
            previous = table_piece
            notes = True  # what follows a table under its sub-heading is its notes
        elif (
            (found := _inner_subheading(section, block.text, colon))
            and not _rated_skill(section, block.text)
            and _heads_part(found, seen, parent_open, section, block.text, new_run)
        ):
            flush("subheading")
            out.append(piece)
            subheading = piece
            notes = False
            seen.add(found)
            key, lead = found, block.text.rstrip().endswith(":")
        elif seen and not notes and _names_unknown_part(section, block.text.strip()):
            flush("subheading")
            out.append(piece)  # a paragraph over items: extraction makes it a sub-heading of its own
            subheading = piece
            key, lead = _UNKNOWN_SUBHEADING, False
        elif notes:
            out.append(piece)
        else:
            under.append(piece)
        # A line ending ":" opens a parent item: the lines under it without a full stop are its children (as
        # layout.infer_nesting reads them), even one opening with a one-word sub-heading.
        line = block.text.rstrip()
        parent_open = bool(under) and under[-1] is piece and (line.endswith(":") or (parent_open and line[-1:] != "."))
    flush()
    return out


_BUTTON_CHARACTERS = 40  # a call to action's button is a few words


def _ad_boxes(pieces: list[Piece], text: str) -> set[int]:
    """The indices of the lines of ad boxes glued to the article's lines, no blank line around them
    (noise.is_ad_box: headline, copy, button), the button closing a section (an ad sits between the
    article's blocks: a title, its sentence and an item opening on "Check ..." are the article's)."""
    ads: set[int] = set()
    for k in range(2, len(pieces)):
        button = pieces[k].block
        if button.kind is not _PARAGRAPH or len(button.text) > _BUTTON_CHARACTERS:
            continue
        if k + 1 < len(pieces) and pieces[k + 1].block.kind is not _HEADING:
            continue
        box = pieces[k - 2 : k + 1]
        texts = [piece.block.text.strip() for piece in box if piece.block.kind is _PARAGRAPH]
        if len(texts) == len(box) and is_ad_box(*texts):
            ads.update((k - 2, k - 1, k))
    return ads


def _list_goes_on(pieces: list[Piece], k: int) -> bool:
    """Whether pieces[k] is one more of a reader view's items: a short line, not a lead ending ":" nor a section's
    heading. A prose line between items is an item in two sentences; at a list's end, prose after it (an ad's)."""
    if k == len(pieces) or pieces[k].block.kind is not _PARAGRAPH:
        return False
    line = pieces[k].block.text
    return not (_is_prose(line) or line.endswith(":") or _numbered_section_line(line))


def _unindented_block(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k - 1] opens a block of several lines, the next one not indented as an item's details
    are: "Notes" over "[1] ...", an ad's box. Not a lead ending ":" over its statement ("Core mission:")."""
    block = pieces[k - 1].block
    if k == len(pieces) or block.text.endswith(":"):
        return False
    below = pieces[k].block.start
    line_start = text.rfind("\n", 0, below) + 1
    return text.count("\n", block.end, below) == 1 and not text[line_start].isspace()


def _numbered_section_line(line: str) -> bool:
    """Whether a paragraph is a numbered section heading, "SECTION 7 – KPIs ...", "7 - KPIs ..."."""
    if not (line[:1].isdigit() or line[:8].lower().startswith(("section ", "part "))):
        return False
    heading = classify_heading(line)
    return heading.spec is not None and heading.number is not None


def _ad_headline(under: list[Piece]) -> bool:
    """Whether the last of these lines is a headline ("Build Reliable Systems With Confidence") below a line
    that is none ("Leaves code better than they found it."): a list of titles ends in a title."""
    return len(under) > 1 and is_headline(under[-1].block.text) and not is_headline(under[-2].block.text)


def _opens_part(section: str, line: str, colon: bool = False) -> bool:
    """Whether a line after a blank one opens a part of the section: a known sub-heading, or a lead ending ":"."""
    if _inner_subheading(section, line, colon) is not None:
        return True
    line = line.rstrip()
    return line.endswith(":") and len(line.split(None, _SUBHEADING_WORDS)) <= _SUBHEADING_WORDS


def _inner_subheading(section: str, line: str, colon: bool = False) -> str | None:
    """The key of a known sub-heading of the section on a line of its own ("Weekly activities", "Core mission:");
    with ``colon``, only on a line ending ":"."""
    line = line.strip()
    if colon and not line.endswith(":"):
        return None
    # A known sub-heading's parenthesised qualifier may run long: not counted, as in extraction.
    own = _PARENTHESISED.sub(" ", line) if "(" in line else line
    if line.endswith(_CLOSED) or ": " in own or len(own.split(None, _SUBHEADING_WORDS)) > _SUBHEADING_WORDS:
        return None
    return subheading_key(section, line.rstrip(":"))


# The noun a category sub-heading ends in, by section: "Clinical responsibilities" next to "Strategic responsibilities".
_CATEGORY_NOUNS = {"responsibilities": "responsibilities"}
_CATEGORY_WORDS = 3  # "Clinical responsibilities", "Patient safety responsibilities"; an item says more
_ROLE_VARIANTS = "role_variants"
_CONTRAST = re.compile(r" (?:vs\.?|versus) ", re.IGNORECASE)
_CONTRAST_WORDS = 6  # "Pediatric vs adult hospice"


def _names_unknown_part(section: str, line: str) -> bool:
    """Whether a line names a part of the section the vocabulary lacks, of the known parts' shape: a category of
    responsibilities ("Clinical responsibilities": a short capitalised line ending in the categories' noun; an
    item is longer, a verb leading it), or a dimension of role variants contrasting two kinds as the known ones
    do ("Non-profit vs for-profit"; a variant is labelled, "Non-profit: ...")."""
    if not line[:1].isupper():
        return False
    if section == _ROLE_VARIANTS:
        return (
            not line.endswith(_CLOSED)
            and ":" not in line
            and len(line.split(None, _CONTRAST_WORDS)) <= _CONTRAST_WORDS
            and _CONTRAST.search(line) is not None
        )
    noun = _CATEGORY_NOUNS.get(section)
    if noun is None:
        return False
    words = line.split(None, _CATEGORY_WORDS)
    return 2 <= len(words) <= _CATEGORY_WORDS and words[-1].lower() == noun


def _heads_part(key: str, seen: set[str], parent_open: bool, section: str, line: str, after_blank: bool) -> bool:
    """Whether a line naming a known sub-heading heads a part of the section: the first with its key,
    and, under an item ending ":", more than a one-word sub-heading its child opens with ("Data lake
    (object storage)" under "Storage:"). After a blank line, a key several approver levels share heads
    one more part ("Requires executive approval" after "Requires manager/director approval"):
    decision_rights reads such headings relative to each other; an item naming an approver stays one."""
    if key in seen:
        return after_blank and key in _shared_tier_keys().get(section, ())
    return not parent_open or subheading_key(section, line.split(None, 1)[0]) != key


_TECHNICAL_SKILLS = "technical_skills"


def _rated_skill(section: str, line: str) -> bool:
    """Whether a technical skills line ends in its importance rating, "(Critical)", "(Optional → Important if
    ...)": a skill, even one opening with a tier's word ("Advanced spreadsheet modeling (...) (Critical)") or
    holding a colon ("Financial acumen: unit economics (Critical)"); no tier heading is rated."""
    return section == _TECHNICAL_SKILLS and line.rstrip()[-1:] == ")" and _closing_rating().search(line) is not None


@cache
def _closing_rating() -> re.Pattern[str]:
    """A bracketed importance rating closing a line (skills_to_decisions.json "importance")."""
    words = [word for terms in load_vocab("skills_to_decisions.json")["importance"].values() for word in terms]
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\((?:{alternatives})\b[^()]*\)\s*$", re.IGNORECASE)


@cache
def _shared_tier_keys() -> dict[str, frozenset[str]]:
    """The sub-heading keys several approver levels share, by section (subheadings.json "_approval")."""
    approval = load_vocab("subheadings.json")["_approval"]
    keys = Counter(level["key"] for level in approval["levels"])
    return {approval["section"]: frozenset(key for key, count in keys.items() if count > 1)}


def _opens_group(pieces: list[Piece], k: int, text: str, section: str, grouped: bool) -> bool:
    """Whether the run opening at pieces[k] is one of a section's groups of items, each under its title
    ("Financial deliverables" over its items, a blank line, the next group: a <p> whose lines are <br>'s):
    a run of short title-like lines, the first no known sub-heading, after a run of that shape read so, or
    before one. A run alone of that shape is a list (its first line an item): it needs one more beside it."""
    end = _group_end(pieces, k, text) or _lone_title_end(pieces, k, text)
    title = pieces[k].block.text
    if not end or _inner_subheading(section, title) is not None or is_widget(title):
        return False
    return grouped or bool(_group_end(pieces, end, text) or _lone_title_end(pieces, end, text))


_GROUP_ITEMS = 2  # a group's title is over two items at least
# The key of a sub-heading no vocabulary knows, over its list: its lines are items, not a section's opening prose.
_UNKNOWN_SUBHEADING = ""


def _lone_title_end(pieces: list[Piece], k: int, text: str) -> int:
    """The index after the items of a group whose title stands alone over a blank line, the items one a line
    under it ("Search and pipeline artifacts", a blank line, "Sourcing strategy per requisition: ...", ...): a
    CMS's plain articleBody puts a blank line after every block, none between a list's items. 0 if none."""
    first = k + 1
    if first >= len(pieces) or not _is_group_line(pieces[k].block):
        return 0
    if text.count("\n", pieces[k].block.end, pieces[first].block.start) < 2:
        return 0
    end = first
    while end < len(pieces) and pieces[end].block.kind is _PARAGRAPH:
        end += 1
        if end < len(pieces) and text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) != 1:
            break
    if end - first < _GROUP_ITEMS:
        return 0
    # The items end at a blank line or a heading, as a group's do (_group_end).
    if end < len(pieces) and pieces[end].block.kind is not _HEADING:
        if text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) < 2:
            return 0
    return end


def _group_end(pieces: list[Piece], k: int, text: str) -> int:
    """The index after the last line of a group run opening at pieces[k], a title over its items, each a
    group line (_is_group_line) on the line under the one above; 0 if the run is no such group."""
    end = k
    while end < len(pieces) and _is_group_line(pieces[end].block):
        end += 1
        if end < len(pieces) and text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) != 1:
            break
    if end - k <= _GROUP_ITEMS:
        return 0
    # The run ends at a blank line or a heading: a line of another shape in it (a sentence, a labelled detail,
    # a table) makes it none, as do pieces split from one line (an inline list).
    if end < len(pieces) and pieces[end].block.kind is not _HEADING:
        if text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) < 2:
            return 0
    return end


_SECTION_LIST_MIN_ITEMS = 3  # several lines in a row: two could be an intro's second paragraph and a note


@cache
def _section_lists() -> frozenset[str]:
    """The sections whose field is one list under no sub-heading (subheadings.json "_bulletless_lists")."""
    return frozenset(load_vocab("subheadings.json")["_bulletless_lists"]["_whole_section"])


def _opens_section_list(pieces: list[Piece], k: int, text: str, section: str) -> bool:
    """Whether the run opening at pieces[k] is a list section's items, one a line ("Deliverables should be
    reviewable ...", a blank line, "Control testing workpapers ..."): several item lines one under the other,
    ending at a blank line or a heading."""
    if section not in _section_lists():
        return False
    end = k
    while end < len(pieces) and _is_section_item(pieces[end].block):
        end += 1
        if end < len(pieces) and text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) != 1:
            break
    if end - k < _SECTION_LIST_MIN_ITEMS:
        return False
    if end == len(pieces) or pieces[end].block.kind is _HEADING:
        return True
    return text.count("\n", pieces[end - 1].block.end, pieces[end].block.start) > 1  # a blank line ends it


def _is_section_item(block: Block) -> bool:
    """Whether a line may be a list's item: no prose, lead or label; a full stop only on a short line."""
    line = block.text.strip()
    if block.kind is not _PARAGRAPH or _is_prose(line) or _label(line) is not None:
        return False
    return not line.endswith(_CLAUSE_ENDS) or (line.endswith(".") and _is_short(line))


def _is_group_line(block: Block) -> bool:
    """Whether a line may be a group's title or item: short, without closing punctuation or label."""
    line = block.text.strip()
    return block.kind is _PARAGRAPH and not line.endswith(_CLAUSE_ENDS) and _is_short(line) and _label(line) is None


def _read_lines(lines: list[Piece], section: str, key: str | None, lead: bool, before: str) -> list[Piece]:
    """Read the lines under one sub-heading (key None: a section's first lines) as list items.

    ``before`` says what comes next: "subheading", "table" or "" (the run's or section's end).

    * A sub-heading's one line stays a paragraph, its statement, under a lead ending ":" or when long.
    * Under a line ending ":", the lines that continue it are its children ("Storage:" over "Data lake").
    * A title line (no closing punctuation) takes the labelled lines under it as its details ("Use:
      ...", "Why it matters: ..."), unless they are items of their own: two lines or more whose labels
      never repeat ("Decision memo: ...", "Runbook: ..." under a group title).
    * Where the lines open with a title and two titles at least have such lines under them (or one
      title has one line), each title takes the lines under it: a responsibility and its detail
      sentence, a variant and its points.
    * In a section's first lines, a short title that takes nothing, over two lines or more, is a
      sub-heading the vocabularies do not know ("Common challenges").
    * A title naming one area of authority and the line under it are one labelled item.
    * Paragraphs stay: labelled facts whose label is another sub-heading of the section ("Role
      horizon: Current"; under "Regulated vs non-regulated", "Regulated (finance): ..." is an item),
      a section's opening prose (its long lines, and the lines before its first title where more
      than a plain list follows) and the lines before a table, its lead.
    """
    texts = [piece.block.text.strip() for piece in lines]
    count = len(texts)
    if key is not None and count == 1 and (lead or len(texts[0].split(None, _STATEMENT_WORDS)) > _STATEMENT_WORDS):
        return list(lines)  # "Core mission:" over its one sentence: the statement, a paragraph as in other layouts
    labels = [None if _rated_skill(section, text) else _label(text) for text in texts]
    # Under a line ending ":", the lines without a full stop (or opening lowercase, or after a child ending
    # "," or ";") are its children, as layout.infer_nesting reads them: "Storage:" over "Data lake (object storage)".
    children: list[bool] = []
    parent = False
    for k, text in enumerate(texts):
        continues = bool(children) and children[-1] and texts[k - 1].endswith((",", ";"))
        child = parent and not text.endswith(":") and (text[:1].islower() or not text.endswith(".") or continues)
        children.append(child)
        parent = text.endswith(":") or child
    # Titles: no closing punctuation, whatever their length ("Software Engineer with ML focus → ... (if ...)").
    titles = [not (child or label or t.endswith(_CLAUSE_ENDS)) for t, label, child in zip(texts, labels, children)]
    recurring = {label for label, n in Counter(filter(None, labels)).items() if n > 1}
    runs = _title_runs(children, titles)
    explained = {k: _explains(run, labels, recurring) for k, run in runs.items()}
    with_lines = [k for k, run in runs.items() if run and explained[k]]
    # From the first line on, titles over lines that explain them, twice at least, or one title over one line:
    # each title takes the lines under it. A title over a run of lines, alone, is a sub-heading (see below).
    first = next((k for k in range(count) if not children[k]), None)
    single = len(with_lines) == 1 and len(runs[with_lines[0]]) == 1 and sum(map(bool, runs.values())) == 1
    grouped = first is not None and titles[first] and (len(with_lines) > 1 or single)
    depths: list[int | None] = []  # per line: its list depth, None for a paragraph
    joined: set[int] = set()  # lines read as one labelled item with the line under them
    open_title = False  # the last item is a title that takes the lines under it as details
    parent_depth = 0  # the depth of the last line that is no child
    for k, (text, label) in enumerate(zip(texts, labels)):
        run = runs.get(k, [])
        takes = bool(run) and explained[k] and (grouped or all(labels[j] for j in run))
        depth: int | None = 0
        if k - 1 in joined:
            pass  # the statement of the authority above
        elif label is not None and subheading_key(section, label) not in (None, key):
            depth = None  # a labelled fact
        elif key is None and _is_prose(text):
            depth = None
        elif k == 0 and key is not None and count > 2 and text.endswith(":") and (_is_prose(text) or not children[1]):
            # A sentence leading the sub-heading's list ("... It strengthens the company's ability to:", "Urgent
            # work does occur when:" over sentences), as a paragraph over a list is: its lead; the lines under it
            # are the list's items, not its children.
            depths.append(None)
            parent_depth = -1
            continue
        elif children[k]:
            depths.append(parent_depth + 1)
            continue
        elif open_title and (label is not None or (grouped and not titles[k])):
            depth = 1
        elif titles[k] and run == [k + 1] and not labels[k + 1] and is_area_authority_label(text):
            joined.add(k)  # "Budget authority" over "None directly.": one labelled line, as other layouts write it
        elif key is None and titles[k] and not takes and len(run) > 1 and _is_short(text):
            depth = None  # "Common challenges" over its items
        depths.append(depth)
        parent_depth = depth or 0
        open_title = (depth == 0 and takes and k not in joined) or (depth == 1 and open_title)
    # The lines before a section's first title are its prose where more than a plain list follows,
    # and those before a table are its lead.
    plain = all(depth == 0 or child for depth, child in zip(depths, children))
    if (key is None and (before or not plain)) or before == "table":
        for k in range(count):
            if titles[k]:
                break
            depths[k] = None
    if section in _GROUPED_SECTIONS:
        for k in _group_titles(section, texts, depths):
            depths[k] = None  # a paragraph over items: extraction makes it their group's sub-heading
            if key is None and k and all(depths[j] == 0 and texts[j].endswith(".") for j in range(k)):
                depths[:k] = [None] * k  # the sentence over the first group is the section's intro
    out: list[Piece] = []
    for k, (piece, text, depth) in enumerate(zip(lines, texts, depths)):
        block = piece.block
        if k - 1 in joined:
            continue
        if k in joined:
            item = Block.list_item(f"{text}: {texts[k + 1]}", block.start, lines[k + 1].block.end, 0, "")
        elif depth is None:
            out.append(piece)
            continue
        else:
            item = Block.list_item(text, block.start, block.end, depth, "")
        out.append(new_piece((item, piece.link_ratio)))
    return out


# Sections whose lists come in named groups: "Clinical documentation" over its deliverables, "Care settings" over
# the places a tech stack lists. Plain text (a WET body) writes a group's name as a bare line among its items.
_GROUPED_SECTIONS = frozenset(("deliverables", "tech_stack"))
_GROUP_NAME_WORDS = 4  # "Program and quality artifacts"
_GROUP_NAME_MARGIN = 2  # each item under the name is this many words longer at least


def _group_titles(section: str, texts: list[str], depths: list[int | None]) -> list[int]:
    """The lines among a run of items that name a group of the items under them: a short capitalised line of two
    words or more, no closing punctuation, over two items or more each clearly longer, as are the items above it
    (a short item among long ones, "Python", is no group's name: one word)."""
    found: list[int] = []
    for k, text in enumerate(texts):
        words = len(text.split(None, _GROUP_NAME_WORDS))
        if depths[k] != 0 or not 2 <= words <= _GROUP_NAME_WORDS or not text[:1].isupper():
            continue
        if text.endswith(_CLAUSE_ENDS):
            continue
        longer = words + _GROUP_NAME_MARGIN
        # Its items run to the next line that is no item or no longer: the next group's name.
        end = next((j for j in range(k + 1, len(texts)) if depths[j] != 0 or len(texts[j].split()) < longer), None)
        if (end if end is not None else len(texts)) - k - 1 < _GROUP_ITEMS:
            continue
        above = [j for j in range(found[-1] + 1 if found else 0, k) if depths[j] == 0]
        if all(len(texts[j].split()) >= longer for j in above):
            found.append(k)
    # Two names of that shape confirm each other; one alone must end as the section's known names do
    # ("Regulatory environment" as "Systems environment") or open the list right under the section's intro
    # ("Care settings"): a short item among long ones is an item.
    if len(found) > 1:
        return found
    ends = _known_name_ends(section)
    return [k for k in found if texts[k].rsplit(None, 1)[-1].lower() in ends or _under_intro(k, depths)]


def _under_intro(k: int, depths: list[int | None]) -> bool:
    return k > 0 and all(depth is None for depth in depths[:k])


@cache
def _known_name_ends(section: str) -> frozenset[str]:
    """The last words of the section's known sub-headings of two words or more: "environment", "topology"."""
    phrases = load_vocab("subheadings.json").get(section, {})
    return frozenset(p.rsplit(None, 1)[-1] for group in phrases.values() for p in group if " " in p)


def _explains(run: list[int], labels: list[str | None], recurring: set[str]) -> bool:
    """Whether the lines under a title explain it, rather than being labelled items of their own: two
    lines or more, each labelled with a label that never repeats ("Decision memo: ...", "Runbook: ...")."""
    return len(run) == 1 or any(labels[j] is None or labels[j] in recurring for j in run)


def _title_runs(children: list[bool], titles: list[bool]) -> dict[int, list[int]]:
    """For each title line, the lines under it up to the next title, children aside."""
    runs: dict[int, list[int]] = {}
    current: list[int] | None = None
    for k, (child, title) in enumerate(zip(children, titles)):
        if title:
            current = runs[k] = []
        elif not child and current is not None:
            current.append(k)
    return runs


def _label(text: str) -> str | None:
    """The label of a "Label: text" line, if its label is short."""
    match = _LABELLED.match(text)
    if match is None or len(match.group(1).split()) > _LABEL_WORDS:
        return None
    return match.group(1)


def _is_short(text: str) -> bool:
    return len(text.split(None, _TITLE_WORDS)) <= _TITLE_WORDS


def _is_prose(text: str) -> bool:
    return len(text.split(None, _PROSE_WORDS)) > _PROSE_WORDS or _SENTENCE_BREAK.search(text) is not None


# --------------------------------------------------------------------------
# A browser page selected and pasted into a text editor: tables as tab-separated lines, the bullets the
# page typed as characters ("• ") kept, those of its HTML lists lost. Such a list's items come out as
# plain lines right under their sub-heading, which the lines above read as paragraphs: its intro, as a
# parser sees it. _bulletless_lists reads them again as the list they were.

_BULLETLESS_MIN_ITEMS = 2  # one line alone under a sub-heading is its statement or intro


@cache
def _bulletless_list_keys() -> dict[str, frozenset[str]]:
    """The sub-heading keys whose field is a list, by section (subheadings.json "_bulletless_lists")."""
    lists = load_vocab("subheadings.json")["_bulletless_lists"]
    return {section: frozenset(keys) for section, keys in lists.items() if not section.startswith("_")}


def _bulletless_lists(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with each run of lines that fills a list sub-heading alone read as its items.

    Such a run opens on the line under the sub-heading and ends at the next sub-heading (a known one not
    seen yet in the section, or a line labelled by one: "Typical reporting line: ..."), a heading or a
    blank line; each of its lines is a paragraph of its own, no lead ending ":" and no sentences joined.
    Lines followed by items or a table under the same sub-heading are its intro or lead, and stay.
    """
    list_keys = _bulletless_list_keys()
    keys: frozenset[str] = frozenset()  # the list keys of the section being read
    section = ""
    seen: set[str] = set()
    run: list[int] = []  # the lines under the last sub-heading, while they may be its list
    listing = False  # the last sub-heading's field is a list and the lines under it so far fit one
    items: list[int] = []

    def close(is_list: bool) -> None:
        nonlocal listing
        if is_list and listing and len(run) >= _BULLETLESS_MIN_ITEMS:
            items.extend(run)
        run.clear()
        listing = False

    previous_end = 0
    for k, piece in enumerate(pieces):
        block = piece.block
        on_next_line = text.count("\n", previous_end, block.start) == 1
        previous_end = block.end
        if block.kind is _HEADING:
            close(True)
            spec = classify_heading(block.text).spec
            section = spec.id if spec else ""
            keys = list_keys.get(section, frozenset())
            seen.clear()
            continue
        if not keys:
            continue
        if block.kind is not _PARAGRAPH:
            close(False)  # items or a table under the sub-heading: the lines above them are its intro
            continue
        line = block.text.strip()
        found = _inner_subheading(section, line)
        label = _label(line) if found is None else None
        found = found or (label and subheading_key(section, label))
        if found and found not in seen:  # "Daily 10-minute team stand-up" under "Recurring meetings": an item
            close(True)
            seen.add(found)
            listing = found in keys and label is None
            continue
        alone = k + 1 == len(pieces) or pieces[k + 1].block.start > text.find("\n", block.end) >= 0
        if not on_next_line:
            close(True)  # a blank line ends the list
        elif listing and alone and line[-1] != ":" and not _JOINED_SENTENCES.search(line):
            run.append(k)
        else:
            run.clear()
            listing = False
    close(True)
    if not items:
        return pieces
    out = list(pieces)
    for k in items:
        block = pieces[k].block
        out[k] = new_piece((Block.list_item(block.text.strip(), block.start, block.end, 0, ""), pieces[k].link_ratio))
    return out


def _paragraph_cell_tables(pieces: list[Piece], text: str, heads: list[int]) -> list[Piece]:
    """The pieces with each table written a cell a paragraph made one table.

    Turndown without its GFM tables plugin (a markdown export of an HTML page) writes every <th> and <td> as a
    paragraph of its own, a blank line between any two cells, rows no different from cells. The header is a run
    of such paragraphs naming known columns (heads: the pieces that name one), a blank line between any two of
    them; the rows are read as a news extractor's spaced cells are (_cell_table). Header lines without blank
    lines between them are a text dump's table (tables.stacked_tables reads it by its blocks) or paragraphs of
    a few lines, not this layout.
    """
    out: list[Piece] = []
    done = 0  # the pieces before this index are in out
    named = set(heads)
    for head in heads:
        if head < done or head + 1 not in named or not _blank_line_apart(pieces, head, head + 2, text):
            continue  # cheap tests first: a header of two column names at least, a blank line between them
        found = _cell_table(pieces, head, text, spaced=True)
        if found is None or not _blank_line_apart(pieces, head, head + len(found[0].block.header or ()), text):
            continue
        table, after = found
        out += pieces[done:head]
        out.append(table)
        done = after
    return out + pieces[done:] if out else pieces


def _blank_line_apart(pieces: list[Piece], start: int, end: int, text: str) -> bool:
    """Whether a blank line parts each of pieces[start:end] from the next."""
    blocks = [piece.block for piece in pieces[start:end]]
    return all(text.count("\n", above.end, below.start) > 1 for above, below in zip(blocks, blocks[1:]))


def _cell_table(pieces: list[Piece], i: int, text: str, spaced: bool = False) -> tuple[Piece, int] | None:
    """A table written one cell a line whose header cells start at pieces[i]: (table, next index), or None.

    The header is the run of lines naming known columns (tables.py's vocabularies), as long as a
    table kind accepts it; each row is the next as many lines, while its first cell reads as a row's
    label and no blank line cuts it. What is left over is no row. On a ``spaced`` page (a news extractor's
    text) every cell is a paragraph of its own, blank lines between: there no blank line ends the table.
    """
    header: list[str] = []
    j = i
    while j < len(pieces) and len(header) < _MAX_HEADER_CELLS and (cell := _cell(pieces, j, i, text, spaced)):
        if cell.endswith(".") or len(cell.split(None, _CELL_WORDS)) > _CELL_WORDS or not is_column_name(cell):
            break
        header.append(cell)
        j += 1
    known = next((table for width in range(len(header), 1, -1) if (table := match_header_cells(header[:width]))), None)
    if known is None:
        return None
    width = len(known.columns)
    rows: list[list[str]] = []
    j = i + width
    while j + width <= len(pieces):
        row, after = _cell_row(pieces, j, width, i, text, spaced)
        label = row[0]
        # The post's footer under the article's last table ("Posted in", "Tagged") is no row.
        if not all(row) or label.endswith(_CLAUSE_ENDS) or too_long_for_a_row_label(label) or is_widget(label):
            break
        rows.append(row)
        j = after
    if not rows:
        return None
    table = Block.table(list(known.columns), rows, pieces[i].block.start, pieces[j - 1].block.end)
    return new_piece((table, 0.0)), j


def _cell_row(pieces: list[Piece], j: int, width: int, first: int, text: str, spaced: bool) -> tuple[list[str], int]:
    """The ``width`` cells of a row opening at pieces[j] ("" where a line can be no cell), and the index past it.

    On a spaced page a cell's line breaks are paragraph breaks too: a cell opening a numbered list ("1)
    Commercial judgment") takes the paragraphs that go on with it ("2) Storytelling ..."), which the lines
    above may have read as numbered headings.
    """
    row: list[str] = []
    for column in range(width):
        if j >= len(pieces):
            return row + [""] * (width - column), j
        cell = _cell(pieces, j, first, text, spaced)
        if not cell and column and spaced:  # a cell's first numbered line, read as a heading
            cell = _numbered_cell_line(pieces[j].block)
        j += 1
        while spaced and cell and j < len(pieces):
            line = _numbered_cell_line(pieces[j].block)
            if not _continues_cell_list(cell, line):
                break
            cell = f"{cell}\n{line}"
            j += 1
        row.append(cell)
    return row, j


def _numbered_cell_line(block: Block) -> str:
    """A numbered line that can be one of a cell's lines ("3) Influence without authority"), "" otherwise: not one
    naming a section ("11) Typical Tech Stack"), which ends the table."""
    line = block.text.strip()
    if not line[:1].isdigit() or block.kind is _TABLE:
        return ""
    if block.kind is _HEADING and classify_heading(line).spec is not None:
        return ""
    return line


def _cell(pieces: list[Piece], j: int, first: int, text: str, spaced: bool = False) -> str:
    """The text of pieces[j] as a cell of a table starting at pieces[first], "" when it can be none.

    A cell is a whole line with no blank line above it (but the table's first, or on a spaced page). A line that
    opens like a numbered item ("1) Translate problems ... 2) Curate ...") is a cell's text all the same.
    """
    block = pieces[j].block
    if block.kind is not _PARAGRAPH and block.kind is not _LIST_ITEM:
        return ""
    if j > first and not spaced and text.count("\n", pieces[j - 1].block.end, block.start) > 1:
        return ""
    line_end = text.find("\n", block.end)
    if j + 1 < len(pieces) and 0 <= line_end and pieces[j + 1].block.start < line_end:
        return ""  # one of several pieces split from one line
    return block.text.strip() if block.kind is _PARAGRAPH else text[block.start : block.end].strip()
