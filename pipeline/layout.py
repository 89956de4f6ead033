"""Layout rules shared by every input form.

HTML-to-text scrapers flatten structure in the same few ways whatever the
source: a paragraph holding an inline list joined by `` – `` (or by `` • ``
after a lead) and list nesting lost to a single indentation level. These functions restore it so that text,
markdown and HTML renderings of one page give the same blocks.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

from .blocks import Block, BlockKind

__all__ = [
    "ITEM_MARKERS",
    "MD_STRONG",
    "QUOTE_OPENERS",
    "TAB_ITEM_MARKERS",
    "Piece",
    "dash_run",
    "infer_nesting",
    "is_code_like_word",
    "is_headline",
    "is_quotation",
    "md_heading",
    "new_piece",
    "split_inline_list",
]


class Piece(NamedTuple):
    """A block plus the evidence the noise filter needs about it."""

    block: Block
    link_ratio: float  # share of the block's text that was link text


# Piece(block, ratio) without NamedTuple's Python-level __new__: the same tuple, built in C at ~60%
# of the cost; the HTML and layout paths build ~500 a page.
new_piece = partial(tuple.__new__, Piece)


# List bullets as scrapers and editors type them, in text and inside HTML paragraphs alike. "○" and "■" are
# the deeper levels' bullets of a Google Docs plain-text export ("* " over "   ○ " over "      ■ ").
ITEM_MARKERS = "-*+•◦▪●‣·›○■"
# A checklist's ballot box opening an item ("☑ Care plans", "[ ] Report": Apple Notes, GitHub, Notion) marks
# it done or to do: the item's marker, not its name.
BALLOT_BOXES = "☐☑☒✅"
BALLOT_BOX = re.compile(rf"(?:\[[ xX]\]|[{BALLOT_BOXES}])\s+")
BALLOT_OPENERS = BALLOT_BOXES + "["  # a line's first character, checked before calling unticked


def unticked(line: str) -> str:
    """An item's line without the ballot box opening it."""
    ballot = BALLOT_BOX.match(line)
    return line[ballot.end():] if ballot else line
# Microsoft Word's plain-text export writes its deeper list levels' bullets as characters of their
# fonts, "o" (Courier New, level 2) and "§" (Wingdings, level 3), always with a tab after them.
TAB_ITEM_MARKERS = "o§"

# "Typical interaction teams: Finance • Marketing • Product": a horizontal list flattened by a scraper.
_INLINE_BULLET = re.compile(r"\s+[•·]\s+")
# "...five dimensions: 1. Scope ownership: ... 2. Technical depth: ..."
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[A-Z“\"(])")


# A count opening a team's member: "1–3 admins", "2 Salesforce developers"; not "30 days: ..." (no colon after it).
_COUNT = re.compile(r"\d{1,3}(?:[–-]\d{1,3})? [\w ]+$")


def _starts_item(text: str) -> bool:
    if not text:
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "“\"'(" or _opens_with_product(text)


# A word its maker writes with a capital or a digit inside, never first: "iOS", "pgBouncer", "k8s", "eBPF".
_CODE_LIKE_WORD = re.compile(r"[a-z]+[A-Z0-9]\S*")


def _opens_with_product(text: str) -> bool:
    """Whether a lower-case text opens with a product's name, which opens an item as a capital does ("dbt jobs
    scheduled by Airflow", "iOS builds signed in CI"): a name the tool gazetteer writes in lower case, or a word
    with a capital or digit inside."""
    if not text[0].islower():
        return False  # a mark or a symbol: no name
    word = text.split(None, 1)[0].rstrip(",;:.")
    return word in _lowercase_tool_names() or is_code_like_word(word)


def is_code_like_word(word: str) -> bool:
    """Whether a word is written as its maker writes it, a capital or a digit inside and never first: "iOS",
    "pgBouncer", "k8s", "eBay". Such a word opens a name or an item as a capital does."""
    return _CODE_LIKE_WORD.fullmatch(word) is not None


@lru_cache(maxsize=1)
def _lowercase_tool_names() -> frozenset[str]:
    """The gazetteer's names written in lower case ("dbt", "npm", "pytest"): only so spelled are they names."""
    from .nlp import load_vocab_lines  # here: nlp imports spaCy, which a rerun with nothing to extract never needs

    return frozenset(name for name in load_vocab_lines("tools.txt") if name[0].islower())


def _numbered_cuts(text: str) -> list[tuple[int, int, int]]:
    """(number, marker start, text start) of an inline 1., 2., 3. run, else []."""
    if "1." not in text or "2." not in text:
        return []  # most paragraphs: a run needs items 1 and 2, so skip the regex scan
    cuts: list[tuple[int, int, int]] = []
    for match in _INLINE_NUMBER.finditer(text):
        number = int(match.group(1))
        if number == len(cuts) + 1:
            cuts.append((number, match.start(), match.end()))
    return cuts if len(cuts) >= 2 else []


def split_inline_list(block: Block, link_ratio: float = 0.0) -> list[Piece]:
    """Split a paragraph that holds an inline ``lead: – a – b`` list into blocks.

    "Outcomes expected: – Working prototypes – Faster cycles" →
    paragraph "Outcomes expected:", items "Working prototypes", "Faster cycles".
    An inline "1. a 2. b" run becomes numbered items the same way, and so does
    "Teams: Finance • Marketing" (see _bulleted_items).
    """
    text = block.text
    numbered = _numbered_cuts(text)
    if numbered and text[: numbered[0][1]].rstrip().endswith(":"):
        lead = text[: numbered[0][1]].strip()
        pieces = [new_piece((Block.paragraph(lead, block.start, block.start + len(lead)), link_ratio))]
        for k, (number, _, begin) in enumerate(numbered):
            stop = numbered[k + 1][1] if k + 1 < len(numbered) else len(text)
            item = text[begin:stop].strip()
            numbered_item = Block.list_item(item, block.start + begin, block.start + stop, 0, f"{number}.", number)
            pieces.append(new_piece((numbered_item, link_ratio)))
        return pieces
    # The separator's own character first: CPython finds one character several times faster than a string
    # ending in a space, which stops its search at every space.
    if ("•" in text and " • " in text) or ("·" in text and " · " in text):
        bulleted = _bulleted_items(text)
        if bulleted is not None:
            return _as_pieces(block, link_ratio, *bulleted)
    if "–" not in text or " – " not in text:
        return [new_piece((block, link_ratio))]
    cuts = [cut for cut in _dash_separators(text) if not _in_brackets(text, cut[0])]
    if not cuts:
        return [new_piece((block, link_ratio))]
    lead = text[: cuts[0][0]].strip()
    stops = [start for start, _ in cuts[1:]]
    stops.append(len(text))
    # One pass over the segments; the first empty or ill-formed one settles that this is no list.
    items: list[tuple[str, int, int, int]] = []  # text, start, end, depth
    parent_open = False
    # "The role steps in when: – a launch must be paused; – a tool outage blocks planning": after a lead that
    # ends with a colon, a run whose items all open in lower case and end in semicolons (all but the last) is a
    # list of sentence fragments.
    fragments = lead.endswith(":") and text[cuts[0][1] : cuts[0][1] + 1].islower()
    for (_, begin), stop in zip(cuts, stops):
        item = text[begin:stop].strip()
        if not item:
            return [new_piece((block, link_ratio))]
        # "Tasks: – build a baseline, – propose a plan" nests the lowercase run, and a count opening a member
        # ("Team with: – 1–3 admins – a business analyst") is one of it.
        depth = 1 if parent_open and (item[:1].islower() or _COUNT.match(item)) else 0
        if fragments:
            if not item[:1].islower() or (stop < len(text) and not item.endswith(";")):
                return [new_piece((block, link_ratio))]
        elif depth == 0:
            if not _starts_item(item):
                return [new_piece((block, link_ratio))]
            parent_open = item.endswith(":")
        items.append((item, begin, stop, depth))
    if not (lead.endswith(":") or len(items) >= 2):
        return [new_piece((block, link_ratio))]
    return _as_pieces(block, link_ratio, lead, items, "–")


def dash_run(item: str) -> list[tuple[str, int, int]]:
    """The items, with their (start, end) in it, of a dash line's text that runs on into more dash items: "Open
    terrain early – Defend claims – Retain pass holders" → three items, as split_inline_list cuts a lead's run
    (each opening as an item does; two dashes or more: one is a title's detail); [] otherwise."""
    pieces = split_inline_list(Block.paragraph(item, 0, len(item)))
    lead = pieces[0].block
    if len(pieces) < 3 or lead.kind is not BlockKind.PARAGRAPH:
        return []
    if lead.text.endswith(":") or not lead.text[:1].isupper():
        return []  # "Tasks: – a – b" is a lead's list, "build – test – ship" no items
    if any(piece.block.depth for piece in pieces[1:]):
        return []  # a nested run ("Tasks: – build – propose") is no flat list of items
    return [(piece.block.text, piece.block.start, piece.block.end) for piece in pieces]


def _dash_separators(text: str) -> list[tuple[int, int]]:
    r"""The (start, end) of each " – " separator in text, the spans ``re.finditer(r"\s+–\s+", text)`` gives.

    Found from each dash by a fast search, not by a regex tried at every space: a separator takes the
    spaces on both sides of its dash (one at least), but those an earlier separator took.
    """
    spans: list[tuple[int, int]] = []
    taken = 0  # the spaces before it are the last separator's
    while (dash := text.find("–", taken)) >= 0:
        start, end = dash, dash + 1
        while start > taken and text[start - 1].isspace():
            start -= 1
        while end < len(text) and text[end].isspace():
            end += 1
        if start < dash and end > dash + 1:
            spans.append((start, end))
            taken = end
        else:
            taken = dash + 1  # no separator: the dash is no space for the next one either
    return spans


def _in_brackets(text: str, index: int) -> bool:
    """Whether an open bracket comes before index with no closing one after it: a dash in
    "Forecast bridges (prior outlook – current outlook)" is the item's own, no list separator.

    The last bracket decides: a stray "1)" before the item does not count.
    """
    opening = max(text.rfind("(", 0, index), text.rfind("[", 0, index))
    return opening >= 0 and opening > max(text.rfind(")", 0, index), text.rfind("]", 0, index))


def _bulleted_items(text: str) -> tuple[str, list[tuple[str, int, int, int]], str] | None:
    """ "Lead: a • b • c" (or "Lead: • a • b") as its lead and items, else None.

    Only after a lead that ends with a colon: a line of "•"-joined phrases without one is as often
    an ad's or a footer's ("Top-rated programs • Flexible schedules", "© Site · Privacy"), and a
    list item is never judged as noise.
    """
    cuts = list(_INLINE_BULLET.finditer(text))
    colon = text.find(": ", 0, cuts[0].start() + 1)
    if colon < 0:
        return None
    lead = text[: colon + 1]
    bounds = [colon + 1, *(cut.end() for cut in cuts)]
    stops = [cut.start() for cut in cuts] + [len(text)]
    items: list[tuple[str, int, int, int]] = []
    for begin, stop in zip(bounds, stops):
        item = text[begin:stop].strip()
        if not item and begin == colon + 1:
            continue  # "Lead: • a • b": the first bullet follows the colon
        if not _starts_item(item):
            return None
        items.append((item, stop - len(text[begin:stop].lstrip()), stop, 0))
    if len(items) < 2:
        return None
    marker = text[cuts[0].start() : cuts[0].end()].strip()
    return lead.strip(), items, marker


def _as_pieces(
    block: Block, link_ratio: float, lead: str, items: list[tuple[str, int, int, int]], marker: str
) -> list[Piece]:
    """The lead as a paragraph (when there is one), then one list item per (text, start, end, depth)."""
    pieces: list[Piece] = []
    if lead:
        pieces.append(new_piece((Block.paragraph(lead, block.start, block.start + len(lead)), link_ratio)))
    for item, a, b, depth in items:
        pieces.append(new_piece((Block.list_item(item, block.start + a, block.start + b, depth, marker), link_ratio)))
    return pieces


_HEADLINE_WORDS = 3


def is_headline(text: str) -> bool:
    """An ad's headline: three words or more, each capitalised ("Build Reliable Systems With Confidence")."""
    words = text.split()
    if len(words) < _HEADLINE_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    return all(word[0].isupper() for word in words)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ".)", ".”"))


# A quotation, its closing quote mark ending the paragraph or followed by its attribution on the same line:
# '"The best managers audit everything." — VP Claims' (group "by"). Greedy: a quote in ‘…’ holds apostrophes.
_QUOTATION = re.compile(
    r"[\"“„«‘](?P<said>[^\"“”»]+)[\"“”»’](?P<end>[.!?]?)(?:\s+(?:[—–―]|--?)\s*(?P<by>[^\s\"“”»’].*))?"
)
QUOTE_OPENERS = '"“„«‘'  # what a quotation opens with: a cheap first test before is_quotation
_MAX_ATTRIBUTION_WORDS = 15


def _quotation(text: str) -> re.Match[str] | None:
    """The parts of a quoted sentence, attributed or not; None for other text. Unattributed, its sentence ends at
    or after the closing mark: a quoted term alone ('"Human in the loop"') is no quotation."""
    match = _QUOTATION.fullmatch(text.strip())
    if match is None:
        return None
    if match["by"] is not None:
        return match if _is_attribution(match["by"]) else None
    return match if match["end"] or match["said"].endswith((".", "!", "?", "…")) else None


def is_quotation(text: str) -> bool:
    """Whether a paragraph is a quoted sentence, its attribution after it or not: an article's pull quote or a
    testimonial, set among a section's lists ("> \"The best release managers ...\" — Engineering Director")."""
    return text.lstrip()[:1] in QUOTE_OPENERS and _quotation(text) is not None  # most paragraphs: no quote mark


def _is_attribution(text: str) -> bool:
    """Who said a quote ("VP Claims, regional P&C carrier"): a few words, no "Label: text" detail."""
    return ":" not in text and len(text.split()) <= _MAX_ATTRIBUTION_WORDS


def _attributed(pieces: list[Piece], k: int) -> Piece | None:
    """A quotation and the lone dash line under it (pieces[k - 1], pieces[k]: "— VP Claims, regional carrier") as
    one paragraph, as when both stand on one line; None when the block above is no quotation or already names who
    said it, or when the dash line opens a run of them (an item's details, "– Use: ...").

    A text reader takes the dash line for an item's detail, and a list section read it as one of its items.
    """
    quote, line = pieces[k - 1], pieces[k]
    said, by = quote.block, line.block
    if said.text[:1] not in QUOTE_OPENERS or said.kind is not BlockKind.PARAGRAPH or not _is_attribution(by.text):
        return None
    if k + 1 < len(pieces) and pieces[k + 1].block.marker in ("–", "—"):
        return None
    match = _quotation(said.text)
    if match is None or match["by"] is not None:
        return None
    text = f"{said.text} {by.marker} {by.text}"
    ratio = (quote.link_ratio * len(said.text) + line.link_ratio * len(by.text)) / len(text)
    return new_piece((Block.paragraph(text, said.start, by.end), ratio))


# The marks that close an item: one ending so goes on into no list (infer_nesting tests them before the call).
_CLOSING_MARKS = ".,;:!?)"


def _continued_as_list(pieces: list[Piece], k: int) -> bool:
    """Whether the bullet item pieces[k], ending with no mark, is a sentence the items after it go on as a list
    without the colon: "Common setup: a manager plus 2–5 members" over "• hardware analysts,", "• licensing
    specialists,". The next item, at the same depth, opens in lower case and ends with a comma."""
    if k + 1 >= len(pieces):
        return False
    after = pieces[k + 1].block
    return (
        after.text.endswith(",")
        and after.text[:1].islower()
        and after.kind is BlockKind.LIST_ITEM
        and after.number is None
        and after.depth == pieces[k].block.depth
        and after.marker == pieces[k].block.marker
    )


def infer_nesting(pieces: list[Piece]) -> list[Piece]:
    """Restore nesting under bullet items that end with a colon.

    Flattened "• Write code for:", "• model training,", "• reporting." becomes
    the parent at depth d and its two children at depth d + 1. Children start
    lowercase or carry no full stop; the first item that does not fit closes
    the group. Runs whose nesting the source already marked are left alone.
    A parent may lack the colon when its children go on its sentence (see _continued_as_list).
    A lone dash line under a quotation is who said it, joined to it (_attributed).
    """
    out = list(pieces)
    joined: list[int] = []  # the attribution lines joined to the quotation before them
    after = -1  # the last block that is no list item: only a dash line right after one may be an attribution
    parent_depth: int | None = None
    last_child = ""
    list_item = BlockKind.LIST_ITEM  # a local: this loop visits every block of the page
    for k, piece in enumerate(out):
        block = piece.block
        if block.kind != list_item:
            parent_depth = None
            after = k
            continue
        if block.number is not None:
            continue
        if block.marker in ("–", "—"):
            # A lone dash line under a quotation, not one of a run of an item's details ("– Use: ...").
            if after == k - 1 and (attributed := _attributed(out, k)):
                out[k - 1] = attributed
                joined.append(k)
            continue
        depth = block.depth or 0
        text = block.text
        if parent_depth is not None and depth == parent_depth and not text.endswith(":"):
            # An enumeration ending "..., PM (tradeoffs), Engineering lead." keeps its last, capitalised
            # member, and so does one of alternatives ("self-hosted vault, or", "SaaS vault.").
            continues = last_child.endswith((",", ";", " or", " and"))
            if text[:1].islower() or not _ends_sentence(text) or continues:
                # Built afresh through the validator: ~half the cost of model_copy, the same block (its number is None).
                child = Block.list_item(text, block.start, block.end, depth + 1, block.marker)
                out[k] = new_piece((child, piece.link_ratio))
                last_child = text
                continue
        end = text[-1:]  # most items end with a mark: no call for them
        parent_depth = depth if end == ":" or (end not in _CLOSING_MARKS and _continued_as_list(out, k)) else None
        last_child = ""
    if joined:
        return [piece for k, piece in enumerate(out) if k not in joined]
    return out


# Markdown strong emphasis, "**text**" or "__text__": its text kept (group 2), the markers no text.
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")

# An ATX heading's opening hashes and the spaces after them; md_heading reads the title after them.
_MD_HEADING = re.compile(r"(#{1,6})\s+")
# A pandoc or kramdown attribute block closing a heading: "## Title {#title .wp-block-heading}", "{.entry-title}",
# "{: #id}". Ids, classes and key=value pairs only: a "{...}" of words is the title's own text. A class's "--"
# ("notice--info") reaches here as the en dash the page's dash repair read it as (sources._markdown_dashes).
_MD_ATTRIBUTE = r"(?:[#.][\w:.–—-]+|[\w-]+=(?:\"[^\"]*\"|\S+?))"
_MD_HEADING_ATTRIBUTES = re.compile(rf"\s*\{{:?\s*{_MD_ATTRIBUTE}(?:\s+{_MD_ATTRIBUTE})*\s*\}}$")
# kramdown's markup anywhere else, which no prose opens with "{:": an attribute list on the line under a block or
# after a span ("{: .notice--info}", "[Apply](url){: .btn}"), a reference to a definition ("{:toc}"), a definition
# ("{:callout: .box}"), an extension's tags ('{::options auto_ids="false" /}', "{::nomarkdown}", "{:/}"). Not a
# Python format field ("{:.2f}", "{:d}"): no class or id opens with a digit, no reference is one letter.
_KRAMDOWN_ITEM = rf"(?:(?![#.]\d){_MD_ATTRIBUTE}|[A-Za-z][\w-]+)"
KRAMDOWN_MARKUP = re.compile(
    rf"\{{(?::(?:[\w-]+:)?|::[a-z]+)(?:\s*{_KRAMDOWN_ITEM}(?:\s+{_KRAMDOWN_ITEM})*)?\s*/?\}}|\{{:/[a-z]*\}}"
)


def md_heading(line: str) -> tuple[int, str] | None:
    """A stripped line's markdown heading level and title ("## Title ##" -> (2, "Title")), or None: in a
    markdown page, or pasted as a paragraph's text into an HTML one.

    A closing run of "#" follows a space ("## Title ##"); one glued to the title is its text ("## C#"). The
    title holds no line break (an unescaped "&#10;" can put one in a line).
    """
    match = _MD_HEADING.match(line)
    if match is None:
        return None
    title = line[match.end() :].rstrip()
    if title.endswith("}"):
        title = _MD_HEADING_ATTRIBUTES.sub("", title)
    while title.endswith("#") and (not (closed := title.rstrip("#")) or closed[-1].isspace()):
        title = closed.rstrip()
    return None if "\n" in title else (len(match.group(1)), title)
