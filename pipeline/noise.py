"""Keep the article and only the article.

Ads, comment widgets, menus and promotions change from scrape to scrape, so
no list of their exact strings can keep up. We use structure instead:

* what lies before the first section is not the article (the page title
  excepted);
* a comment area or footer after the last section ends the article;
* widget lines, link-dense blocks, contact lines and lists of other pages'
  titles (related-post teasers) are noise anywhere (a linked item of a
  section's list that is no more links than plain items is the article's,
  and so is a list of links its heading names the article's sources);
* short blocks carrying a call to action, a promotion or a slogan are noise
  when their words are foreign to the article (low lexical cohesion), and
  they take neighbouring short, equally foreign blocks with them; a run of
  short lines in a sign-up form's vocabulary goes whatever its cohesion; an
  offer ("save up to 25%") right after an ad's lines is the ad's last line;
  in an ad, its headline, the lines naming its product and whatever lies
  between its lines go too (an article line beside an ad lies at its edge);
  a lone weak cue on a line sharing the article's words (a button's verb,
  one promotion's phrase) needs a second one in its run to make an ad, and
  an ad's lines hold together around its signals;
* an ad plugin's promos inside the article take its subject, so they go by
  what they say, whatever words they share: a list item or a table's row
  opened by a sponsorship label that promotes, a row across a table with two
  cues, and a run holding a line that says it is an ad (a label, a sponsor's
  credit, an affiliate's disclosure) or stacks three cues;
* a news web part's teaser cards (a title, a summary, "Author · 5 days ago") go whole by their
  repetition, with the widget's title, whatever words they share with the article; in an ad's run,
  a call-out box's headline and copy go with its removed button;
* after the last section's last list or table, a block of any length with a
  promotion's phrase and foreign words is the site's, not the article's; so
  is a line or list made only of course titles (the site's catalogue).

Section headings and known sub-headings are never removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_

from .blocks import Block, BlockKind
from .htmlblocks import SHORTCODE
from .layout import Piece, new_piece
from .nlp import load_vocab
from .parsers.scorecard import match_label
from .sections import SectionStart, starts_after_cut, subheading_key
from .tables import column_cell

__all__ = [
    "ArticleCut",
    "article_lead",
    "cut_article",
    "is_ad_box",
    "is_ad_copy",
    "is_ad_label",
    "is_banner_copy",
    "is_widget",
    "is_wrapped_ad_label",
]

_WORD = re.compile(r"[a-z][a-z-]{2,}")
# Enum members bound once: attribute access on an Enum class is slow in hot loops.
_LISTED = (BlockKind.LIST_ITEM, BlockKind.TABLE)
_HEADING, _LIST_ITEM, _TABLE = BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.TABLE
_PARAGRAPH = BlockKind.PARAGRAPH
# The first character of a line that may be shortcodes only (_shortcodes_only): WordPress's "[adsense]", a
# static site's '{{< ad slot="mid" >}}' or "{% include ad.html %}" (a line of several starts as its first does).
_SHORTCODE_FIRST = frozenset("[{")
# An email's header line naming the page kind ("Subject: Role blueprint page for the search", "Fwd: Role blueprint
# ...") above a forwarded page: its label is no role, the page's own title line below it is the title.
_EMAIL_HEADER_LABEL = r"(?:subject|from|to|cc|bcc|date|sent|reply-to|re|fwd?)"
_TITLE_LINE = re.compile(
    rf"^(?!{_EMAIL_HEADER_LABEL}\s*:\s*role blueprint\b)(?P<role>.{{2,120}}?)\s*[:–—|-]\s*role blueprint\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[“\"'‘].*[”\"'’][.!]?$")
# An icon that decorates a label ("📎 Related pages", "📣 Sponsored"): arrows, technical symbols, shapes,
# dingbats and pictographs, with their variation selector and joiner (not "≥" or "©": text of their own).
_ICON = "[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
_LEADING_ICON = re.compile(rf"^{_ICON}+\s*")
# A rating widget's row of stars alone ("★★★★☆", "⭐⭐⭐⭐"): its score, no article's text (a KPI's "★★★★ or
# above" has words, and is kept).
_RATING_STARS = re.compile(r"[\u2605\u2606\u2729-\u2730\u2b50\u2bea\u2beb\ufe0f\s]{3,}")
_EMPTY_EMPHASIS = ("__ ", "** ")


@dataclass(frozen=True)
class ArticleCut:
    """The article's blocks and what was cut around and inside it."""

    pieces: list[Piece]
    title: Block | None
    removed: int
    starts: list[SectionStart]  # the sections the kept pieces open, as find_section_starts finds them


@dataclass(frozen=True)
class _Vocab:
    widget_lines: frozenset[str]
    widget_starts: re.Pattern[str]  # the anchored widget patterns, tried at the start only
    widget_phrases: tuple[str, ...]  # the unanchored patterns that are plain words: substring tests
    widget_anywhere: tuple[re.Pattern[str], ...]  # the other unanchored ones, apart: each scans for its own prefix
    share_lead: re.Pattern[str]  # a share bar's lead inside a line, searched in lowercased text
    share_action: re.Pattern[str]  # one item of a share bar split into items, matched whole against lowercased text
    comment_starts: frozenset[str]
    comment_patterns: re.Pattern[str]
    author_bio: re.Pattern[str]
    author_archive: re.Pattern[str]  # an author box's link to the author's other posts, searched in lowercased text
    bio_opening: re.Pattern[str]  # a bio in the third person: a capitalised name and a bio's verb, matched at the start
    closing_disclaimer: re.Pattern[str]  # the publisher's legal disclaimer, matched at the start of lowercased text
    contact_pitch: re.Pattern[str]  # the site's call to write to it, searched in lowercased text
    cta_verbs: frozenset[str]
    promo: tuple[str, ...]  # lowercase phrases, found as substrings
    signup: re.Pattern[str]  # a sign-up box's vocabulary, searched in lowercased text
    price: re.Pattern[str]  # a price, searched in lowercased text
    offer: re.Pattern[str]  # an offer's wording, searched in lowercased text
    lead_magnet: re.Pattern[str]  # the site's free resource ("free hiring plan template"), searched in lowercased text
    lead_magnet_call: re.Pattern[str]  # a call to take it ("download", "get") opening a clause, in lowercased text
    newsletter_call: re.Pattern[str]  # a newsletter's call to its readers, searched in lowercased text
    newsletter_pitch: re.Pattern[str]  # a newsletter's call to join its readers, searched in lowercased text
    ad_label: re.Pattern[str]  # a sponsorship label opening a block ("📣 Sponsored —"), matched at its start
    sponsor_credit: re.Pattern[str]  # a sponsor credit as a sentence: "This issue is brought to you by X."
    ad_badge: re.Pattern[str]  # a sponsorship label opening a block, whatever follows it ("Sponsored MerchFlow ...")
    ad_cells: frozenset[str]  # a table's cell that is a sponsorship label alone: "Sponsored", "Ad:", "[Ad]"
    dashed_labels: frozenset[str]  # a sponsorship label wrapped in dashes as a text line: "- advertisement -"
    ad_declaration: re.Pattern[str]  # a sponsor's credit, an affiliate's disclosure, searched in lowercased text
    promo_code: re.Pattern[str]  # a promo code handed out ("use code beaver20"), searched in lowercased text
    course_title: re.Pattern[str]  # one course title, matched against lowercased text
    course_list: re.Pattern[str]  # a line of two course titles or more, matched against lowercased text
    source_heading: re.Pattern[str]  # a heading's words naming the article's sources, searched in lowercased text
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load_vocab("noise.json")
    # A regex of alternatives tries every alternative at every position: the
    # anchored patterns need trying at the start only, the others apart.
    # They run on lowercased text, so they are compiled case-sensitive (faster).
    # A possessive quantifier ("{1,40}+") may cut backtracking that cannot succeed.
    uppercase = [p for p in data["widget_patterns"] if re.search(r"(?<!\\)[A-Z]", p)]
    if uppercase:
        raise ValueError(f"noise.json: widget patterns are matched against lowercased text: {uppercase}")
    anchored = [p[1:] for p in data["widget_patterns"] if p.startswith("^")] + [_share_bar(data), _share_button(data)]
    anywhere = [p for p in data["widget_patterns"] if not p.startswith("^")]
    # Words and spaces alone have no regex syntax: such a pattern matches where it is a substring.
    phrases = [p for p in anywhere if re.fullmatch(r"[\w ]+", p)]
    starts = [s for s in data["comment_area_starts"] if not s.startswith("^")]
    # A course title: a few words ending in a course noun ("kubernetes certification");
    # titles joined by commas or "and", then perhaps the school ("by our academy").
    title = rf"(?:[\w+#./-]+ ){{1,5}}(?:{'|'.join(data['course_nouns'])})s?"
    school = r"(?: (?:by|at|from) [^,]{1,40})?\.?"
    start_patterns = [s for s in data["comment_area_starts"] if s.startswith("^")]
    return _Vocab(
        widget_lines=frozenset(data["widget_lines"]) | _share_button_lines(data) | _wrapped_label_lines(data),
        widget_starts=re.compile("|".join(f"(?:{p})" for p in anchored)),
        widget_phrases=tuple(phrases),
        widget_anywhere=tuple(re.compile(p) for p in anywhere if p not in phrases),
        share_lead=re.compile(rf"\b(?:{_alternatives(data['share_bar_leads'])})\b"),
        share_action=_share_action(data),
        comment_starts=frozenset(starts),
        comment_patterns=re.compile("|".join(f"(?:{p})" for p in start_patterns), re.IGNORECASE),
        author_bio=re.compile("|".join(f"(?:{p})" for p in data["author_bio_openings"])),
        author_archive=_searched(data["author_archive_links"]),
        bio_opening=_bio_opening(data["author_bio_verbs"]),
        closing_disclaimer=re.compile("|".join(f"(?:{p})" for p in data["closing_disclaimers"])),
        contact_pitch=_searched(data["contact_pitches"]),
        cta_verbs=frozenset(data["cta_verbs"]),
        promo=tuple(p.lower() for p in data["promo_phrases"]),
        signup=_searched(data["signup_patterns"]),
        price=_searched(data["price_patterns"]),
        offer=_searched(data["offer_patterns"]),
        lead_magnet=_searched(data["lead_magnet_offers"]),
        lead_magnet_call=_searched(data["lead_magnet_calls"]),
        newsletter_call=_searched(data["newsletter_calls"]),
        newsletter_pitch=_searched(data["newsletter_pitches"]),
        ad_label=_ad_label(data),
        sponsor_credit=_sponsor_credit(data),
        ad_badge=_ad_badge(data),
        ad_cells=_ad_cells(data["ad_labels"]),
        dashed_labels=_dashed_label_lines(data),
        ad_declaration=_searched(data["ad_declarations"]),
        promo_code=_searched(data["promo_codes"]),
        course_title=re.compile(title + school),
        course_list=re.compile(rf"{title}(?:(?:, (?:and |& )?| and | & ){title})+{school}"),
        source_heading=re.compile(rf"\b(?:{_alternatives(data['source_list_headings'])})\b"),
        stopwords=frozenset(data["stopwords"]),
    )


def _bio_opening(verbs: list[str]) -> re.Pattern[str]:
    """The opening of a bio in the third person: a capitalised name of up to three words, then a bio's verb ("Lorna
    writes", "Sam Ortiz is"), matched case-sensitive: the name's capitals tell it from a sentence's first word."""
    return re.compile(rf"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}}),? (?:{'|'.join(verbs)})\b")


def _searched(patterns: list[str]) -> re.Pattern[str]:
    """The patterns as one regex to search with, a leading word boundary moved past the word character after it."""
    return re.compile("|".join(f"(?:{_boundary_after_first(p)})" for p in patterns))


# A word boundary opening a pattern, then one word character: a letter, digit or "_", or \d or \w; unrepeated.
_LEADING_BOUNDARY = re.compile(r"\\b(\w|\\[dw])(?![?*+{])")


def _boundary_after_first(pattern: str) -> str:
    """The pattern with its opening "\\b" asserted after the word character that follows it: "\\bnewsletter"
    → "n(?<!\\w.)ewsletter".

    A search tries a pattern opening with an assertion at every position; one opening with a character
    only where that character is (~2.5 → ~1.6 µs for a price, ~19 → ~11 µs for a sign-up line). The
    same matches: a boundary before a word character is a non-word character or none before it, which
    is what "(?<!\\w.)" asserts once that character is read ("." reads any but a line break).
    """
    lead = _LEADING_BOUNDARY.match(pattern)
    return pattern if lead is None else lead.group(1) + r"(?<!\w.)" + pattern[lead.end() :]


def _share_bar(data: dict) -> str:
    """The pattern of a share bar's line, lowercased: its lead, then network names joined by separators
    or spaces ("share: linkedin | x | email", "follow us on facebook · instagram")."""
    network = f"(?:{_alternatives(data['social_networks'])})"
    lead = f"(?:{_alternatives(data['share_bar_leads'])})"
    return rf"{lead}(?:\s*:\s*|\s+){network}(?:\s*[|·•,/]\s*{network}|\s+{network})*\s*$"


# A share button's note that it opens a window (Jetpack's screen-reader text), after its label.
_NEW_WINDOW = ("(opens in new window)", "(opens in a new window)", "(opens in new tab)", "(opens in a new tab)")


def _share_button(data: dict) -> str:
    """The pattern of a share button's title as text, lowercased: Jetpack's "Click to share on LinkedIn (Opens in new
    window)", "Click to print", "Click to email a link to a friend". Its "click to" tells the button from an article's
    line naming a network; the pattern opens on that literal, which a line opening otherwise fails at once."""
    network = f"(?:{_alternatives(data['social_networks'])})"
    window = f"(?: (?:{'|'.join(map(re.escape, _NEW_WINDOW))}))"
    return rf"click to (?:share on )?{network}(?: a link to a friend)?{window}?(?: {network})?$"


def _share_button_lines(data: dict) -> frozenset[str]:
    """A share button's label as text, lowercased, its note on the window after it and perhaps the label again:
    "LinkedIn (Opens in new window)", "Print (Opens in new window) Print". Whole lines, looked up as the widget
    lines are (a regex opening on a network would be tried on every line)."""
    labels = [*data["social_networks"], "email a link to a friend"]
    lines = {f"{label} {note}" for label in labels for note in _NEW_WINDOW}
    return frozenset(lines | {f"{label} {note} {label.split()[0]}" for label in labels for note in _NEW_WINDOW})


# The closing half of a sponsorship label's wrapping ("- Advertisement -", "— Sponsored —", "· Sponsored ·").
_LABEL_WRAPPINGS = ("-", "--", "–", "—", "·", "•")


def _wrapped_label_lines(data: dict) -> frozenset[str]:
    """A wrapped sponsorship label as a line holds it once its opening mark is read as a bullet, lowercased: the label
    and the closing mark left dangling ("advertisement -", "sponsored ·"), an ad slot's label (tagDiv's themes print
    "- Advertisement -" over every ad). A bare label may be an article's item; the dangling mark says it is none.
    Whole lines, looked up as the widget lines are (a regex opening on a label would be tried on every line)."""
    return frozenset(f"{label} {mark}" for label in data["ad_labels"] for mark in _LABEL_WRAPPINGS)


def is_wrapped_ad_label(line: str) -> bool:
    """Whether a text line is a sponsorship label wrapped in dashes ("- Advertisement -"): its closing " -" is the
    label's, not the next item's bullet glued on (compact style), so the line stays whole for the noise filter."""
    return _normal(line) in _vocab().dashed_labels


def _dashed_label_lines(data: dict) -> frozenset[str]:
    """A sponsorship label wrapped in dashes as a whole line holds it, lowercased: "- advertisement -"."""
    return frozenset(f"- {label} -" for label in data["ad_labels"])


def _share_action(data: dict) -> re.Pattern[str]:
    """The pattern of one share bar item, lowercased: a network, perhaps after a verb and before its recipient
    ("copy link", "post on linkedin", "email a colleague", "share via whatsapp")."""
    network = f"(?:{_alternatives(data['social_networks'])})"
    verb = rf"(?:(?:{_alternatives(data['share_bar_verbs'])}) (?:it |this )?(?:on|to|via|by|with) )"
    recipient = r"(?: (?:it |this )?(?:to |with )?(?:a|your) [a-z]+)"
    return re.compile(rf"{verb}?{network}{recipient}?")


def _ad_label(data: dict) -> re.Pattern[str]:
    """The pattern of a sponsorship label opening a block, after an icon perhaps: in brackets ("[Ad]")
    or followed by a dash, colon, pipe, full stop or the block's end ("Sponsored —", "Advertisement:",
    "A word from this week's sponsor."), not by words ("Sponsored by the VP", "Ad-hoc requests")."""
    label = f"(?:{_alternatives(data['ad_labels'])}|{'|'.join(data['ad_label_patterns'])})"
    ending = r"(?:\s*[:|—–·.]|\s+-(?:\s|$)|\s*$)"
    return re.compile(rf"(?:{_ICON}+\s*)?(?:\[{label}\]|\({label}\)|{label}{ending})", re.IGNORECASE)


def _sponsor_credit(data: dict) -> re.Pattern[str]:
    """The pattern of a newsletter's sponsor credit as a sentence of its own opening a block, after an icon perhaps:
    "Today’s issue is brought to you by Funnelcraft." It says the copy after it is the sponsor's, which need hold
    no button or price."""
    return re.compile(rf"(?:{_ICON}+\s*)?[*_]*(?:{'|'.join(data['ad_label_patterns'])})[.:]", re.IGNORECASE)


def _ad_badge(data: dict) -> re.Pattern[str]:
    """The pattern of a sponsorship label opening a block, printed apart from the ad's copy (a badge: "Sponsored
    MerchFlow AI ...") or set off from it: only the copy after it tells an ad from an item on sponsored content
    ("Sponsored content performance"). "Ad hoc" is no label."""
    return re.compile(rf"(?:{_ICON}+\s*)?[\[(]?(?:{_alternatives(data['ad_labels'])})\b(?![\s-]*hoc\b)", re.IGNORECASE)


def _ad_cells(labels: list[str]) -> frozenset[str]:
    """A sponsorship label as a table's cell holds it, in any case, perhaps bracketed or closed by a colon."""
    forms = {form for label in labels for form in (label, label.capitalize(), label.title(), label.upper())}
    marks = (("", ""), ("", ":"), ("[", "]"), ("(", ")"))
    return frozenset(f"{before}{form}{after}" for form in forms for before, after in marks)


def _alternatives(phrases: list[str]) -> str:
    """Phrases as regex alternatives, the longest first (a phrase that begins another is tried after it)."""
    return "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))


def _normal(text: str) -> str:
    """The text lowercased, its whitespace runs as single spaces, none at the ends, without a leading
    icon (a label's decoration: "📎 Related pages" is the widget line "related pages")."""
    lower = text.lower()
    # Printable text holds no whitespace but " " (the others are separators or controls;
    # tests/test_noise.py checks every code point): without a double, leading or trailing
    # space it is normal already, unsplit.
    if not (lower.isprintable() and "  " not in lower and not lower.startswith(" ") and not lower.endswith(" ")):
        lower = " ".join(lower.split())
    if lower[:3] in _EMPTY_EMPHASIS:  # html2text writes an icon's empty <i></i> as "__": "__ Subscribe"
        lower = lower[3:]
    if lower[:1] >= "\u2190":  # the icons' lowest code point: a text opening in ASCII spares the regex
        return _LEADING_ICON.sub("", lower, count=1)
    return lower


def _content_words(text: str, vocab: _Vocab) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in vocab.stopwords and w not in vocab.cta_verbs]


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Fold plurals so 'hospitals' and 'hospital' count as one word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _more_words_than(text: str, n: int) -> bool:
    """Whether the text has more than n words, counting no further than it needs.

    n + 1 words take n + 1 characters and n spaces between them at least: a shorter text is
    answered unsplit. split(None, n) stops after n words: more than n items only when the text has them.
    """
    return len(text) > 2 * n and len(text.split(None, n)) > n


def _in_article(stem: str, article_words: set[str]) -> bool:
    """Whether one of the article's words has this stem.

    _stem keeps a word, drops its final 's' or turns its 'ies' into 'y': only
    these three words can have the stem. Asking them spares stemming all the
    article's words for the few dozen a page asks about.
    """
    return any(w in article_words and _stem(w) == stem for w in (stem, stem + "s", stem[:-1] + "ies"))


_WIDGET_WORDS = 25  # widget, menu and footer lines are short; article prose is not checked


@lru_cache(maxsize=65536)
def is_widget(text: str) -> bool:
    """True for a line of a comment widget, share bar, menu or footer."""
    if len(text) > 300 or text.count(" ") >= _WIDGET_WORDS:
        return False
    vocab = _vocab()
    normal = _normal(text)
    if not normal:  # icons alone, which _normal drops
        return _is_rating_stars(text)
    if normal in vocab.widget_lines or vocab.widget_starts.match(normal) is not None:
        return True
    # "Related posts:" is the widget line with its label colon; a single word with a
    # colon ("Email:", "Meta:") is more likely a label of the article's own.
    if normal.endswith(":") and " " in normal and normal.rstrip(":") in vocab.widget_lines:
        return True
    for phrase in vocab.widget_phrases:
        if phrase in normal:
            return True
    for pattern in vocab.widget_anywhere:
        if pattern.search(normal):
            return True
    return False


def _is_rating_stars(text: str) -> bool:
    stripped = text.strip()
    return _RATING_STARS.fullmatch(stripped) is not None and sum(not c.isspace() for c in stripped) >= 3


def _shortcodes_only(text: str) -> bool:
    """A line of unrendered shortcodes and nothing else, WordPress's ("[adsense]", '[ad_slot id="3"]',
    "[/su_box]") or a static site's (Hugo's '{{< ad slot="mid" >}}', a Liquid "{% include ad.html %}"): a
    plugin's or template's markup on a text or markdown page, which the block readers leave when it names chrome
    and is never closed (htmlblocks.blank_shortcodes); one that names a promotion ('[su_box title="Sponsored"]')
    opens an ad."""
    return not SHORTCODE.sub("", text).strip()


def _heads_items(body: list[Piece], k: int) -> bool:
    """Whether the list item at k has items nested under it."""
    return k + 1 < len(body) and (body[k + 1].block.depth or 0) > (body[k].block.depth or 0)


def _starts_comment_area(text: str) -> bool:
    vocab = _vocab()
    normal = _normal(text).rstrip(":")
    return normal in vocab.comment_starts or bool(vocab.comment_patterns.search(normal))


_TAB_WORDS = 3  # an issue tracker's activity tab: "All", "Work Log", "History"


def _activity_start(body: list[Piece], k: int, first: int) -> int:
    """Where the comment area opening at k starts: at an issue tracker's "Activity" label or its tab row ("All |
    Comments | Work Log | History | Activity") just before the first comment, not after the article's first block."""
    while k > first and "activity" in (tabs := _normal(body[k - 1].block.text).split(" | ")):
        if any(_more_words_than(tab, _TAB_WORDS) for tab in tabs):
            break
        k -= 1
    return k


def _is_call_to_action(text: str, vocab: _Vocab) -> bool:
    words = text.split()
    return bool(words) and len(words) <= 14 and words[0].lower().strip("“\"'") in vocab.cta_verbs


def _cohesion(text: str, article_words: set[str], vocab: _Vocab) -> float:
    """Share of a block's content words that the article uses elsewhere."""
    words = _content_words(text, vocab)
    if not words:
        return 0.0
    return sum(1 for w in words if _in_article(w, article_words)) / len(words)


def _article_words(texts: list[str], vocab: _Vocab) -> set[str]:
    """The article's own words, unstemmed, from its texts: list items, tables and long paragraphs
    up to the tail, none link-dense or a teaser's.

    No block judged by its cohesion vouches for itself: the judged blocks are the short
    ones (up to _GROUP_WORDS words) and those of the tail.
    """
    words = _distinct_words("\n".join(texts))
    words.difference_update(vocab.stopwords, vocab.cta_verbs)
    return words


# _WORD's characters kept, capitals as lowercase letters; every other byte becomes a space.
_WORD_BYTES = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 or b == 45 else 32 for b in range(256))
# The only non-ASCII characters whose lowercase holds an ASCII character (İ → i̇, Kelvin sign → k);
# tests/test_noise.py checks this against every code point.
_LOWERS_TO_ASCII = ("\u0130", "\u212a")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A run without its leading hyphens opens with a letter: under three characters, it is one of these.
_SHORT_RUNS = frozenset(_LETTERS) | frozenset(a + b for a in _LETTERS for b in _LETTERS + "-")


def _distinct_words(text: str) -> set[str]:
    """The distinct words _WORD finds in the text lowercased, without a match object per word.

    Outside _LOWERS_TO_ASCII, lowercasing leaves non-ASCII text non-ASCII: the text's runs of
    letters and hyphens, lowercased, are those of its ASCII bytes mapped through _WORD_BYTES
    (every other character encoded as "?", a space there). _WORD finds in a run the run
    without its leading hyphens, when that is three characters or more.
    """
    if any(c in text for c in _LOWERS_TO_ASCII):
        text = text.lower()
    runs = text.encode("ascii", "replace").translate(_WORD_BYTES)
    # A run's leading hyphens follow a space (one put first for the first run): each " -" opens a part.
    runs = b" ".join(part.lstrip(b"-") for part in (b" " + runs).split(b" -"))
    words = set(runs.decode("ascii").split())
    words.difference_update(_SHORT_RUNS)  # in place: the set is far larger than what it removes
    return words


def find_title(pieces: list[Piece]) -> Block | None:
    """Pick the page title among the blocks before the first section."""
    candidates = [p.block for p in pieces if p.link_ratio < 0.5 and not is_widget(p.block.text)]
    titled = [b for b in candidates if _TITLE_LINE.match(b.text)]
    # The <h1>/# title beats a teaser or breadcrumb that repeats its words.
    for block in sorted(titled, key=lambda b: (b.kind != BlockKind.HEADING or b.level != 1)):
        return block
    headings = [p.block for p in pieces if p.block.kind == BlockKind.HEADING and p.link_ratio < 0.5]
    level_one = [h for h in headings if h.level == 1 and not is_widget(h.text)]
    return level_one[0] if level_one else None


def cut_article(pieces: list[Piece], starts: list[SectionStart]) -> ArticleCut:
    """Return the article's blocks, from the first section to the last one's end."""
    if not starts:
        return ArticleCut(pieces, find_title(pieces), 0, [])
    vocab = _vocab()
    first = starts[0].index
    # Scan for the comment area from the last canonical section: a 'Related
    # posts' heading at section level must not count as the last section.
    last = max((s.index for s in starts if s.match.spec is not None), default=starts[-1].index)
    title = find_title(pieces[:first])
    body = pieces[first:]
    removed = first - (1 if title is not None else 0)

    # The comment area or footer after the last section ends the article. An article's list item
    # may read "Comments"; one heading items of its own is a label, as a toggle's summary
    # ("<details><summary>Related pages</summary>" and its list).
    end = len(body)
    for k in range(last - first + 1, len(body)):
        block = body[k].block
        if (block.kind is not _LIST_ITEM or _heads_items(body, k)) and _starts_comment_area(block.text):
            end = _activity_start(body, k, last - first + 1)
            break
    removed += len(body) - end
    body = body[:end]

    protected = {s.index - first for s in starts}
    section_of = _section_ids(len(body), starts, first)
    noise = _noise_marks(body, protected, section_of, last - first, vocab)
    keep = list(map(not_, noise))
    kept = list(compress(body, keep))
    removed += len(body) - len(kept)
    # The sections the kept pieces open: those found already, unless the cut drops a piece that decides them.
    starts = starts_after_cut(pieces, starts, list(compress(range(first, first + len(body)), keep)))
    return ArticleCut(kept, title, removed, starts)


_GROUP_WORDS = 30  # blocks longer than this are article prose, not an ad's lines

_AD_COHESION = 0.65  # an ad shares fewer of its words with the article than this
_LINE_COHESION = 0.5  # inside an ad's run, a line sharing at least this much with the article is the article's
_HEADLINE_COHESION = 0.3  # below this, a line is foreign to the article even under a heading


def article_lead(before: list[Piece], role_title: str | None) -> list[Block]:
    """The paragraphs under the page's title, before the first section, that open the article: long prose that
    defines the role by its title ("The <role> is a mid-level operations role that ...", "<role> runs the
    ..."), as a site's lead under the title does. Not a link's text, a widget's or a promotion's line, and not a
    greeting, a disclosure or a note about the page (they name no role as their subject).
    """
    if not role_title:
        return []
    vocab = _vocab()
    return [
        piece.block
        for piece in before
        if piece.block.kind is _PARAGRAPH
        and piece.link_ratio == 0
        and _more_words_than(piece.block.text, _GROUP_WORDS)
        and _defines_role(piece.block.text, role_title)
        and not is_widget(piece.block.text)
        and not _is_promotional(piece.block.text, vocab)
        and not _is_labelled_ad(piece, vocab)
    ]


# An article before a role's title ("The Associate ..."), and the verb the title is the subject of.
_ROLE_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\s+[a-z]")


def _defines_role(text: str, role_title: str) -> bool:
    """Whether a paragraph opens with the role's title as the subject of its first sentence: "The Legal Operations
    Manager runs the business side ...", not "Legal Operations Manager: Role Blueprint ..." (a label)."""
    opening = _ROLE_ARTICLE.match(text)
    start = opening.end() if opening else 0
    end = start + len(role_title)
    return text[start:end].lower() == role_title.lower() and _SUBJECT_VERB.match(text, end) is not None


def _noise_marks(
    body: list[Piece], protected: set[int], section_of: list[str], last_section: int, vocab: _Vocab
) -> list[bool]:
    """Mark widget lines, link-dense blocks, teaser lists, whole ads (runs of short foreign
    blocks with a promotional signal) and the site's promotions after the article's content."""
    noise = _teaser_lists(body)
    _mark_teaser_labels(body, noise, protected, section_of)
    _mark_course_catalogues(body, noise, last_section, vocab)
    _mark_newsletter_calls(body, noise, last_section, vocab)
    tail = _content_end(body, noise, last_section)
    article_texts: list[str] = []  # read in the same pass: noise holds no mark of this pass yet where it is read
    signal = [False] * len(body)
    runs: list[list[int]] = []  # consecutive candidate lines of an ad, as [start, end)
    article_links: dict[int, bool] = {}  # a list's items inside a section -> whether its links are the article's
    related_boxes: list[int] = []  # the labels of boxes of other pages' teasers ("Related jobs you may like")
    table = _TABLE  # a local: the loop asks every piece
    for k, piece in enumerate(body):
        if noise[k]:  # a teaser list's item, a newsletter's call (perhaps a split share bar's lead)
            _mark_split_share_bar(body, noise, k, vocab)
            continue
        block = piece.block
        kind = block.kind
        if kind is table and (cleaned := _without_ad_rows(block, vocab)) is not block:
            body[k] = piece = new_piece((cleaned, piece.link_ratio))  # its words vouch for nothing either
            block = cleaned
        elif (
            kind is _PARAGRAPH
            and (block.text.endswith(_HINT_ENDINGS) or _HINT_VERB.search(block.text, len(block.text) - _HINT_REACH))
            and (trimmed := _without_ui_hint(block))
        ):
            body[k] = piece = new_piece((trimmed, piece.link_ratio))
            block = trimmed
        text = block.text
        markup = text[:1] in _SHORTCODE_FIRST and _shortcodes_only(text)
        if markup and not _is_promotional(text, vocab):
            noise[k] = True  # plugin markup, no ad's line: it says nothing of the blocks around it
            continue
        listed_or_long = kind in _LISTED or _more_words_than(text, _GROUP_WORDS)  # no ad's line
        dense = piece.link_ratio >= 0.5
        if dense and kind is _LIST_ITEM:
            # An ad plugin's item among the article's is its link, opened by a sponsorship label.
            labelled_ad = _is_labelled_item(text, vocab)
            if not labelled_ad:  # judged once per list, on its first linked item
                if k not in article_links:
                    article_links.update(_article_links(body, k, bool(section_of[k]), vocab))
                dense = not article_links[k]
        else:
            # A long block opened by a sponsorship label is an ad all the same (a short one is judged as an ad's line);
            # so is an item a label opens whose copy stacks an ad's cues: a plain-text page's ad, read as an item
            # of the list above it ("Sponsored: ... – use code CHART20 at checkout. Shop FlexRise Desks").
            if kind not in _LISTED:
                labelled_ad = listed_or_long and _is_labelled_ad(piece, vocab)
            else:
                labelled_ad = kind is _LIST_ITEM and _is_labelled_line_ad(text, vocab)
        if listed_or_long and k < tail and not dense and not labelled_ad:
            article_texts.append(text)
        hard = markup or dense or labelled_ad or (is_widget(text) and not _stacked_cell(body, k, section_of[k]))
        if not hard and listed_or_long:
            continue
        # Section headings and known sub-headings stay (asked only of a block that could go); a paragraph of
        # sentences opening on a sub-heading's word heads nothing ("Weekly trading tips ... Join 18,000 pros."):
        # the substring test spares most sub-headings the regex.
        if k in protected or (
            subheading_key(section_of[k], text) and not (". " in text and _SENTENCE_BREAK.search(text))
        ):
            continue
        # The kind and colon asked here first: most blocks are spared the call.
        if kind is _PARAGRAPH and text[-1:] == ":" and _mark_split_share_bar(body, noise, k, vocab):
            continue  # its items are skipped as marked
        promotional = hard or _is_promotional(text, vocab)
        # A short line that introduces a list or table is the article's own lead (not one
        # introducing a teaser list or course catalogue: that lead is judged as any line); so is a
        # heading whose one cue is a button's verb ("Shop and infrastructure environment"), and a plain
        # text's paragraph that names a sub-heading of its section by its last word ("Shop environment").
        if (
            (
                not promotional
                or (
                    (kind is _HEADING or _names_subheading(kind, text, section_of[k]))
                    and not hard
                    and _only_verb_cue(text, vocab)
                )
            )
            and k + 1 < len(body) and body[k + 1].block.kind in _LISTED and not noise[k + 1]
        ):
            continue
        noise[k] = hard
        signal[k] = promotional
        if hard and kind is not _LIST_ITEM and _RELATED_BOX.match(_normal(text)):
            related_boxes.append(k)
        if runs and runs[-1][1] == k:
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    runs = [
        part
        for run in runs
        for rest in _without_card_widgets(body, noise, run)
        for part in _split_after_fields(body, signal, rest, section_of)
    ]
    forms = [_signup_form(body, k, run_end, vocab) for k, run_end in runs]
    # A run of short blocks without a promotional signal stays, so its words are the article's too: on a
    # page whose items carry no markers, they are short paragraphs, the lists' words missing otherwise.
    # One pass over both: the distinct words of joined texts are the union of theirs.
    article_texts += [
        body[i].block.text
        for (k, run_end), form in zip(runs, forms)
        if run_end <= tail and not form and not any(signal[k:run_end])
        for i in range(k, run_end)
    ]
    article_words = _article_words(article_texts, vocab)
    # A lone weak cue on a line not foreign to the article does not make its run an ad alone: "Support
    # expedite decisions" (a button's verb), "Reports are trusted and on time" (a promotion's phrase) are
    # the article's wording. In a run another signal makes an ad, the line goes as the ad's all the same.
    decides = [False] * len(body)
    declaring: set[int] = set()  # the lines that say they are an ad, or read as one by themselves
    for k in compress(range(len(body)), signal):  # the few lines with a signal, not every piece
        if noise[k]:  # a widget's line, a link-dense block: no need to count its cues
            decides[k] = True
            continue
        text = body[k].block.text
        cues = _cues(text, vocab)
        if cues >= _AD_CUES or _declares_ad(text, vocab):
            declaring.add(k)
        decides[k] = cues != 1 or k in declaring or _cohesion(text, article_words, vocab) < _HEADLINE_COHESION
    # An ad is a run of short blocks with at least one promotional signal whose
    # words, taken together, are foreign to the article.
    for (k, run_end), form in zip(runs, forms):
        for i in form:
            signal[i] = decides[i] = True
        # Skipping the heading's content below passes no signal: without one, the run stays.
        if not any(decides[k:run_end]) and not _weak_cues_agree(body, signal, k, run_end):
            continue
        # The first lines under a heading are that heading's content, unless
        # they are promotional or wholly foreign (an ad's headline). Stops at
        # the run's signal at the latest.
        while (
            not signal[k]
            and k > 0
            and body[k - 1].block.kind is _HEADING
            and _cohesion(body[k].block.text, article_words, vocab) >= _HEADLINE_COHESION
        ):
            k += 1
        run = range(k, run_end)
        words = " ".join(body[i].block.text for i in run if not noise[i])
        # A sign-up form goes even when it names the article's subject ("new role blueprints"); so does a
        # promotion's box after the article's content, the site's promoting its own pages in the article's words,
        # and a run a line of which says it is an ad (the site's ads take its subject too).
        if (
            form
            or not words.strip()
            or (k >= tail and _holds_ad_box(body, k, run_end))
            or _cohesion(words, article_words, vocab) < _AD_COHESION
            or not declaring.isdisjoint(run)
        ):
            _mark_ad_lines(body, noise, signal, k, run_end, article_words, vocab)
    _mark_sponsor_boxes(body, noise, protected, section_of, vocab)
    _mark_labelled_lists(body, noise, protected, section_of, vocab)
    # After the article's last list or table, a block with a promotion's phrase is the site's,
    # however long ("... has introduced a series of courses"), when it is foreign to the article
    # or holds several such phrases (a course promotion shares words with a page on training);
    # so is a promotion's heading left with nothing below it, a line of course titles (the
    # site's catalogue, however many words it shares with a page on training), and an author
    # box's bio, a paragraph in the first person ("I'm a DevOps Expert ..."), the publisher's
    # legal disclaimer ("Disclaimer: This blueprint is general guidance ...") and the site's pitch
    # asking the reader to write to it ("... — email wholesale@…"); an author box's bio in the third person
    # ("Lorna writes ... View all posts by Lorna Vittadini →") and its title ("About Lorna Vittadini") left
    # with nothing below it, as is a related-posts widget's title ("Related roles") once its cards went;
    # so is a reaction bar's counter left alone on its line ("--", "2": _is_reaction_counter).
    # No canonical section starts there.
    kept_below = False  # a kept block lies between this one and the next heading
    for k in range(len(body) - 1, tail - 1, -1):
        block = body[k].block
        if not noise[k] and block.kind not in _LISTED:
            phrases = _promo_phrases(block.text.lower(), vocab)
            if _is_course_list(block.text, vocab) or (
                block.kind is BlockKind.PARAGRAPH
                and (
                    _is_reaction_counter(block.text)
                    or _signs_off(block.text.lower(), vocab)
                    or _third_person_bio(body, k, article_words, vocab)
                )
            ) or (
                phrases
                and (
                    len(phrases) > 1
                    or (block.kind is _HEADING and not kept_below)
                    or _cohesion(block.text, article_words, vocab) < _AD_COHESION
                )
            ) or (
                # a box's call to the reader under the last table: "Book a health check with the CoE – 30-minute slots"
                (block.kind is BlockKind.PARAGRAPH or not kept_below)
                and _opens_on_call(block.text, vocab)
                and _cues(block.text, vocab) >= _CALL_CUES
            ) or (
                # a widget's title may read as a section of its own ("other"), never as a canonical one
                block.kind is _HEADING
                and not kept_below
                and (k not in protected or not section_of[k])
                and _heads_no_article(block.text)
            ):
                noise[k] = True
        if block.kind is _HEADING:
            kept_below = False
        elif not noise[k]:
            kept_below = True
    _mark_related_teasers(body, noise, related_boxes, protected, section_of)
    _mark_related_widget_excerpts(body, noise, tail, protected)
    _mark_headlines_after_tables(body, noise, protected, section_of, vocab)
    return noise


def _mark_headlines_after_tables(
    body: list[Piece], noise: list[bool], protected: set[int], section_of: list[str], vocab: _Vocab
) -> None:
    """Mark a run of two or more title-case lines between a table and the next heading: other posts' titles
    ("10 Apps Every Social Team Should Install This Year", "Why Your Brand Needs a Crisis Playbook Before It Needs
    One") a plain-text copy kept without their box's label. A table's own notes are sentences, and a known
    sub-heading heads the section's next part: neither goes."""
    table, paragraph = _TABLE, BlockKind.PARAGRAPH
    for k, piece in enumerate(body):
        if piece.block.kind is not table:
            continue
        j = k + 1
        while j < len(body) and body[j].block.kind is paragraph and not noise[j] and j not in protected:
            text = body[j].block.text
            if ":" in text or not _is_headline(text, vocab) or subheading_key(section_of[j], text):
                break
            j += 1
        if j - k > 2 and j < len(body) and body[j].block.kind is _HEADING:
            noise[k + 1 : j] = [True] * (j - k - 1)


def _mark_related_widget_excerpts(body: list[Piece], noise: list[bool], tail: int, protected: set[int]) -> None:
    """Mark the excerpts of a related-posts widget after the article's content: once its removed title opens
    the widget ("Related role blueprints"), the paragraphs under its removed cards ("Software Development
    Engineer in Test owns automation frameworks…") are its to the widget's end, the next kept heading. They
    tell of sibling roles in the article's words, so no cohesion test tells them apart: the title does."""
    for k in range(tail, len(body)):
        block = body[k].block
        if noise[k] and block.kind is _HEADING and _RELATED_WIDGET_TITLE.fullmatch(_normal(block.text).rstrip(":")):
            break
    else:
        return
    for j in range(k + 1, len(body)):
        kind = body[j].block.kind
        if j in protected or (kind is _HEADING and not noise[j]):
            return
        if kind in _TEASER_KINDS:
            noise[j] = True


# How a collapsible widget's hint ends: "Click each capability to expand.", "Click to expand/collapse", "Expand all".
# Few endings, the likeliest first: every paragraph is asked (~60 ns).
_HINT_ENDINGS = ("expand.", "expand", "collapse.", "expand.)", "xpand all")
# A widget's hint may name what it shows ("... Select a tab to see each cadence.", "Expand each capability to see
# why it matters and how it shows up."): its verb lies in the paragraph's last characters, looked for there only.
# One regex search from there (~0.1 µs a paragraph) costs less than two substring searches.
_HINT_VERB = re.compile(r" to (?:see|view) ")
_HINT_REACH = 64


def _without_ui_hint(paragraph: Block) -> Block | None:
    """The paragraph without the collapsible widget's hint closing it ("... these behaviors decide whether the
    platform is trusted. Click each capability to expand."), or None when its last sentence is no hint: the page's
    mechanics, not the article. A paragraph that is the hint alone is a widget line, judged as one."""
    text = paragraph.text
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut < 0 or not is_widget(text[cut + 2 :].strip("() ").rstrip(".")):
        return None
    return Block.paragraph(text[: cut + 1], paragraph.start, paragraph.end)


def _mark_split_share_bar(body: list[Piece], noise: list[bool], k: int, vocab: _Vocab) -> bool:
    """Mark a share bar opening at k that was split into its lead and items, the one-line bar's words ("Found this
    useful? Share it with your team:" over "Copy link", "Post on LinkedIn", "Email a colleague"); whether it is one.

    Two items at least, the whole list: an article's list is not all networks. A lead's words are asked first
    ("share", "follow" as substrings before the regex): most leads end there.
    """
    lead = body[k].block
    text = lead.text
    if lead.kind is not _PARAGRAPH or text[-1:] != ":" or not ("hare" in text or "ollow" in text):
        return False
    if vocab.share_lead.search(text.lower()) is None:
        return False
    end = k + 1
    while end < len(body) and body[end].block.kind is _LIST_ITEM:
        if vocab.share_action.fullmatch(_normal(body[end].block.text)) is None:
            return False
        end += 1
    if end - k < 3:
        return False
    noise[k:end] = [True] * (end - k)
    return True


def _signs_off(lower: str, vocab: _Vocab) -> bool:
    """Whether a paragraph after the article's content is the site's sign-off: an author box's bio or its link to
    the author's posts ("View all posts by ..."), the publisher's legal disclaimer, the site's pitch asking the
    reader to write to it ("Hiring for this role at a coffee brand? Our wholesale team is happy to help — email
    wholesale@…")."""
    return (
        vocab.author_bio.match(lower) is not None
        or vocab.author_archive.search(lower) is not None
        or vocab.closing_disclaimer.match(lower) is not None
        or vocab.contact_pitch.search(lower) is not None
    )


# A reaction bar's counter under a post, alone on its line: Medium's clap and response buttons saved as text, their
# icons lost, leave "--" for an empty count and the count itself ("2", "1.4K", "1,204"). No field's content: a
# lone dash or number says nothing. Asked of a paragraph after the article's last list or table only; the first
# character spares most of them the match.
_REACTION_COUNTER = re.compile(r"(?:-{2,3}|[–—])|\d[\d,.]*[KkMm]?")
_COUNTER_FIRST = frozenset("-–—0123456789")


def _is_reaction_counter(text: str) -> bool:
    """Whether a paragraph is a reaction bar's counter alone ("--", "2", "1.4K")."""
    return text[:1] in _COUNTER_FIRST and _REACTION_COUNTER.fullmatch(text) is not None


_ABOUT = "about "  # an author box's title: "About Lorna Vittadini"
# A related-posts widget's title over its cards: "Related roles", "More from Role Blueprints", "You may also like".
_RELATED_WIDGET_TITLE = re.compile(
    r"(?:related|similar|recommended|more|other) [a-z][\w /&'’-]{1,40}|you (?:may|might) also (?:like|enjoy)"
    r"|(?:read|up) next|keep reading"
)


def _heads_no_article(text: str) -> bool:
    """Whether a heading left with nothing below it after the article's content is a widget's title: an author box's
    ("About Lorna Vittadini") or a related-posts widget's, its cards gone as link-dense teasers."""
    normal = _normal(text)
    return normal.startswith(_ABOUT) or _RELATED_WIDGET_TITLE.fullmatch(normal.rstrip(":")) is not None
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")


def _third_person_bio(body: list[Piece], k: int, article_words: set[str], vocab: _Vocab) -> bool:
    """Whether the paragraph at k, after the article's content, is an author box's bio in the third person: opened by
    a name foreign to the article and a bio's verb ("Lorna writes role blueprints for ..."), and telling of a person
    (a personal pronoun: "She spent eleven years ...", or the name again) or under the box's title ("About Lorna
    Vittadini"). A note naming a tool or a source opens on a word of the article's, or tells of no person."""
    text = body[k].block.text
    opening = vocab.bio_opening.match(text)
    if opening is None:
        return False
    name = opening.group(1)
    stems = _content_words(name, vocab)
    if not stems or any(_in_article(stem, article_words) for stem in stems):
        return False
    rest = text[opening.end() :]
    return (
        _PERSONAL_PRONOUN.search(rest) is not None
        or name.split()[0] in rest
        or (k > 0 and body[k - 1].block.kind is _HEADING and _normal(body[k - 1].block.text).startswith(_ABOUT))
    )


# A box of links to other pages inside the article, by its label: "Related jobs you may like", "Similar posts".
_RELATED_BOX = re.compile(
    r"(?:related|similar|recommended) (?:jobs|posts|articles|stories|reading)\b"
    r"|(?:jobs )?you (?:may|might) (?:also )?like\b"
)


def _mark_related_teasers(
    body: list[Piece], noise: list[bool], labels: list[int], protected: set[int], section_of: list[str]
) -> None:
    """Mark the teasers under a related-pages box's label inside the article: its short lines up to the next
    heading, sub-heading or long block ("Veterinary Hospital Administrator — Lakeshore Pet Hospital — Madison,
    WI", "View all 312 practice management jobs ›"). Their words are the article's subject, so no cohesion test
    tells them apart: the label does."""
    for k in labels:
        j = k + 1
        while j < len(body) and j not in protected:
            block = body[j].block
            if block.kind not in _TEASER_KINDS or _more_words_than(block.text, _GROUP_WORDS):
                break
            if subheading_key(section_of[j], block.text):
                break
            noise[j] = True
            j += 1


def _stacked_cell(body: list[Piece], k: int, section: str | None) -> bool:
    """Whether a widget-like line inside a section is a stacked table's cell: a blog's "Category: DevOps" is
    meta, but "Category: Pharmacy information system" over "Tool: Epic Willow" is a mobile rendering's row
    (tables.stacked_tables reads it)."""
    if not section or column_cell(body[k].block.text) is None:
        return False
    return any(0 <= j < len(body) and column_cell(body[j].block.text) is not None for j in (k - 1, k + 1))


def _article_links(body: list[Piece], k: int, in_section: bool, vocab: _Vocab) -> dict[int, bool]:
    """The items of the list holding the item at k, each with whether the list's linked items are the
    article's: a list inside a section whose linked items are no more than its plain ones is the article's
    own, linking a credential or a sibling role among its items ("[ASQ Certified Quality Engineer][14] –
    Important"); a menu, a share bar or a list of other posts is all links (the current page's item at most
    plain). So is the article's list of sources, but its heading says what it is (_lists_sources)."""
    start, end = k, k + 1
    while start > 0 and body[start - 1].block.kind is _LIST_ITEM:
        start -= 1
    while end < len(body) and body[end].block.kind is _LIST_ITEM:
        end += 1
    items = body[start:end]
    linked = sum(piece.link_ratio >= 0.5 for piece in items)
    plain = sum(piece.link_ratio < 0.5 and not is_widget(piece.block.text) for piece in items)
    return dict.fromkeys(range(start, end), (in_section and linked <= plain) or _lists_sources(body, start, vocab))


def _lists_sources(body: list[Piece], start: int, vocab: _Vocab) -> bool:
    """Whether the list opening at start is headed as the article's sources: its heading or short lead line
    ("## Sources and further reading", "References:"), perhaps above one lead paragraph, names them."""
    for k in range(start - 1, max(start - 3, -1), -1):
        block = body[k].block
        if block.kind is _HEADING or not _more_words_than(block.text, _FIELD_WORDS):
            return vocab.source_heading.search(block.text.lower()) is not None
        if block.kind is not BlockKind.PARAGRAPH:
            return False
    return False


# A teaser card's byline closing on a relative time: "Sofia Almeida · 2 days ago", "3 hours ago", "Tom | yesterday".
_RELATIVE_BYLINE = re.compile(
    r"(?:^|[\s·•|,–—-])(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?$"
    r"|(?:^|[·•|,–—-]\s*)(?:yesterday|just now)\.?$",
    re.IGNORECASE,
)
_BYLINE_WORDS = 8
_CARD_LINES = 4  # a card: its title, perhaps a summary line or two, its byline
_WIDGET_TITLE_WORDS = 6  # "News", "Latest from the People Hub"


def _is_relative_byline(text: str) -> bool:
    """Whether a short line is a card's byline dated relatively ("Tom Whitaker · 5 days ago")."""
    return text.endswith(("ago", "ago.", "day", "day.", "now", "now.")) and (
        not _more_words_than(text, _BYLINE_WORDS) and _RELATIVE_BYLINE.search(text) is not None
    )


def _without_card_widgets(body: list[Piece], noise: list[bool], run: list[int]) -> list[list[int]]:
    """The run without a news web part's teaser cards, which are marked: cards of the same few lines (title,
    summary, "Author · 5 days ago") repeated, each closed by a byline dated relatively, with the widget's
    title above them ("News", then its "See all" link). Their words are the site's news, any subject: the
    repetition tells them, not their cohesion, and the parts of the run around them are judged apart."""
    start, end = run
    if end - start < 4:  # two cards of a title and a byline at least: most runs are a line or two
        return [run]
    bylines = [i for i in range(start, end) if _is_relative_byline(body[i].block.text)]
    if len(bylines) < 2:
        return [run]
    first = 0
    while first + 1 < len(bylines):
        period = bylines[first + 1] - bylines[first]
        last = first + 1
        while last + 1 < len(bylines) and bylines[last + 1] - bylines[last] == period:
            last += 1
        cards = bylines[first] - period + 1
        if 2 <= period <= _CARD_LINES and cards >= start:
            widget = _widget_title(body, noise, start, cards)
            noise[widget : bylines[last] + 1] = [True] * (bylines[last] + 1 - widget)
            before = [[start, widget]] if widget > start else []
            after = [bylines[last] + 1, end]
            return before + (_without_card_widgets(body, noise, after) if after[0] < end else [])
        first = last
    return [run]


def _widget_title(body: list[Piece], noise: list[bool], start: int, cards: int) -> int:
    """Where a card widget opens: at its title's heading right above the cards, perhaps over a removed link
    ("News" / "See all"), or at the cards."""
    for k in range(cards - 1, max(start, cards - 2) - 1, -1):
        block = body[k].block
        if block.kind is _HEADING:
            return cards if _more_words_than(block.text, _WIDGET_TITLE_WORDS) else k
        if not (noise[k] or is_widget(block.text)):
            return cards
    return cards


# A "Label: value" line, as the parsers read a field ("Top KPIs: Time to fill, offer acceptance rate").
_FIELD_LINE = re.compile(r"[A-Z][^:]{0,48}:\s+\S")


def _split_after_fields(
    body: list[Piece], signal: list[bool], run: list[int], section_of: list[str]
) -> list[list[int]]:
    """A run cut after its last field line without a signal: the article's labelled lines (a scorecard's
    "Label: value" lines) and the ad's tail after them are judged apart, so their words do not blend.

    A final scorecard printed cell by cell (pdftotext's reading order) writes each label on a line of its
    own, its value on the lines under it ("Main goals" / "Independent practice by 90 days; ..."): the
    article's rows then run on to the first line with a signal after the last such label.

    A line in title case that lists nothing is no field but an ad's headline naming its advertiser ("FreshLine
    Capital: Commercial Kitchen Equipment Leasing"): cut after it, the ad's copy under it would be judged without
    its headline. A field's value in title case lists its items ("Summary: Director of Pharmacy Services; ...").
    """
    k, run_end = run
    for i in range(run_end - 2, k - 1, -1):
        if signal[i]:
            continue
        text = body[i].block.text
        if ":" in text and _FIELD_LINE.match(text) and not _advertiser_headline(text) and not _under_ad_label(body, i):
            return [[k, i + 1], [i + 1, run_end]]
        if section_of[i] == "scorecard" and match_label(text)[0] is not None:
            cut = next((j for j in range(i + 1, run_end) if signal[j]), run_end)
            return [[k, cut], [cut, run_end]] if cut < run_end else [run]
    return [run]


def _under_ad_label(body: list[Piece], i: int) -> bool:
    """Whether the line at i lies right under a sponsorship label: the ad's headline naming its advertiser
    ("Sponsored" / "BrightPath Tutoring: SAT & ACT prep from $29 a session"), whatever its case, not a field."""
    return i > 0 and _vocab().ad_label.match(body[i - 1].block.text) is not None


def _advertiser_headline(text: str) -> bool:
    """Whether a "Name: words" line is an ad's headline: in title case, listing no items (no "," or ";")."""
    return "," not in text and ";" not in text and _is_headline(text, _vocab())


def _mark_ad_lines(
    body: list[Piece],
    noise: list[bool],
    signal: list[bool],
    start: int,
    end: int,
    article_words: set[str],
    vocab: _Vocab,
) -> None:
    """Mark the ad's own lines in a run judged an ad; an article line caught beside the ad stays.

    The site's ads take the site's subject, so their lines share the article's words: a line
    goes on its own signal or foreign words, and also as the ad's headline (title case or a
    question), as an offer right after the ad's removed lines ("Book early – save up to 25% on
    summer stays."), or as naming the ad's product (a capitalised word foreign to the article
    that the ad's removed lines name: "SprintDesk"). What lies between the ad's removed lines
    is the ad's too: an article line caught beside an ad lies at its edge, not inside it. The
    ad's lines hold together around its signals: a line at most between two of them.
    """
    # A sponsorship label opens the ad ("Ad: Need forklift certification ..."): before it, only a line with
    # a signal of its own is the ad's.
    opening = _label_opening(body, signal, start, end, vocab)
    for i in range(start + 2, end):
        if noise[i] and _closes_callout(body, i, vocab):
            noise[i - 2] = noise[i - 1] = True
    for i in range(start, end):
        text = body[i].block.text
        # A headline closing the run ahead of the article's next block introduces that block.
        introduces_next = i == end - 1 and end < len(body)
        if i < opening and not signal[i]:
            continue
        if (
            signal[i]
            or _cohesion(text, article_words, vocab) < _LINE_COHESION
            or (not introduces_next and _is_headline(text, vocab))
            or (i > start and noise[i - 1] and _is_offer(text, vocab))
            or (i == end - 1 and i > start and noise[i - 1] and _fine_print(body, i, vocab))
        ):
            noise[i] = True
    names = {
        word
        for i in range(start, end)
        if noise[i]
        for word in _CAPITALISED.findall(body[i].block.text)
        if _content_words(word, vocab) and not _in_article(_stem(word.lower()), article_words)
    }
    lines = [i for i in range(start, end) if noise[i] or names.intersection(_CAPITALISED.findall(body[i].block.text))]
    # The ad's lines hold together around its signals, a description line perhaps between two of them: lines
    # marked for their words or form alone, further from the signals, are the article's (a run of items
    # without markers: "Scale Or Complexity:"), and so are those between two ads.
    first = 0
    for n, i in enumerate(lines):
        if n + 1 < len(lines) and lines[n + 1] - i <= 2:
            continue  # the group goes on
        group = lines[first : n + 1]
        first = n + 1
        if any(signal[j] for j in group):
            noise[group[0] : i + 1] = [True] * (i + 1 - group[0])
        else:
            for j in group:
                noise[j] = False
    if not noise[start] and _heads_only_removed(body, noise, start):
        noise[start] = True  # the box's own heading over its removed copy: "**Switch to ... with LedgerBridge**"


def _heads_only_removed(body: list[Piece], noise: list[bool], k: int) -> bool:
    """Whether the block at k is a heading every block under which, up to the next heading, is removed: a
    promotion's box headed by a bold line, left heading nothing once its copy and button went."""
    if body[k].block.kind is not _HEADING:
        return False
    end = k + 1
    while end < len(body) and body[end].block.kind is not _HEADING:
        end += 1
    return end > k + 1 and all(noise[k + 1 : end])


def _label_opening(body: list[Piece], signal: list[bool], start: int, end: int, vocab: _Vocab) -> int:
    """Where a sponsorship label opens the ad in a run: at the label, unless the label closes the ad's lines above
    it (a line with a signal at most a line over it: "Get My Free Quotes" / "Free 3D layout ..." / "Sponsored ·
    Why am I seeing this ad?"), a trailer that opens nothing: the ad runs from the run's start, its headline too."""
    label = next((i for i in range(start, end) if vocab.ad_label.match(body[i].block.text)), start)
    return start if True in signal[max(start, label - 2) : label] else label


# A sponsor's box between its label and its button: a headline, a paragraph or two, and a few bullets of the
# product's points (a beehiiv issue's "Together with NightLedger" box: "Works with every major PMS").
_SPONSOR_BOX_LINES = 5


def _mark_sponsor_boxes(
    body: list[Piece], noise: list[bool], protected: set[int], section_of: list[str], vocab: _Vocab
) -> None:
    """Mark a newsletter sponsor's box between its removed label and its removed button ("Today's issue is brought
    to you by Ledgerline" / "Stop chasing SOC 2 reports by email" / "Ledgerline automates SOC 2 evidence ..." /
    "Book a 15-minute demo"), when its lines name the sponsor the label or the button names.

    The copy takes the newsletter's subject and may run long, so neither its words nor its length tell it (a long
    paragraph is judged no ad's line): the label and the button around it do, and the name they repeat in it.
    """
    # Only removed blocks are asked, and only those with a removed block a few lines below: a label and its button.
    for k in compress(range(len(body) - 2), noise):
        label = body[k].block
        if (
            label.kind is not BlockKind.PARAGRAPH
            or True not in noise[k + 2 : k + 2 + _SPONSOR_BOX_LINES]
            or not vocab.ad_label.match(label.text)
        ):
            continue
        after = range(k + 2, min(k + 2 + _SPONSOR_BOX_LINES, len(body)))
        button = next((j for j in after if noise[j] and _is_box_button(body[j], vocab)), None)
        if button is None:
            continue
        copy = range(k + 1, button)
        if any(
            j in protected or body[j].block.kind not in _BOX_KINDS or subheading_key(section_of[j], body[j].block.text)
            for j in copy
        ):
            continue
        names = _names(_CAPITALISED.findall(label.text)[1:] + _CAPITALISED.findall(body[button].block.text)[1:])
        # A headline in capitals names the product all the same: "GRITLINE ANCHORS" over "Download the Anchor Guide".
        if any(names.intersection(_names(_CAPITALISED.findall(body[j].block.text))) for j in copy):
            noise[k + 1 : button] = [True] * len(copy)


_BOX_KINDS = (_HEADING, BlockKind.PARAGRAPH, _LIST_ITEM)


def _names(words: list[str]) -> set[str]:
    """Capitalised words as names, whatever their case or number: "ANCHORS" and "Anchor" name one product."""
    return {_stem(word.lower()) for word in words}


_AD_LIST_ITEMS = 6  # an ad's headline, copy, button and fine print; a longer list is an article's


def _mark_labelled_lists(
    body: list[Piece], noise: list[bool], protected: set[int], section_of: list[str], vocab: _Vocab
) -> None:
    """Mark the list right under a removed sponsorship label standing alone, when an item of it promotes ("Sponsored"
    over "GrantBridge Pro — never miss a deadline" / "Start your free 14-day trial"): an outliner writes an ad's lines
    as the label's child bullets, and a list's items are otherwise never judged as an ad's lines."""
    for k in compress(range(len(body) - 1), noise):  # only removed blocks are asked
        if body[k + 1].block.kind is not _LIST_ITEM or vocab.ad_label.fullmatch(_normal(body[k].block.text)) is None:
            continue
        end = k + 1
        while end < len(body) and body[end].block.kind is _LIST_ITEM:
            end += 1
        items = range(k + 1, end)
        if len(items) > _AD_LIST_ITEMS or any(
            j in protected or subheading_key(section_of[j], body[j].block.text) for j in items
        ):
            continue
        if any(_is_promotional(body[j].block.text, vocab) or _is_offer(body[j].block.text, vocab) for j in items):
            noise[k + 1 : end] = [True] * len(items)


def _is_box_button(piece: Piece, vocab: _Vocab) -> bool:
    """Whether a block is a box's button: a link or a call to action of a few words ("Book a 15-minute demo"), its
    footnote's marker after it in a plain-text email ("Book a 15-minute demo [5]": the link is in the footnote)."""
    text = piece.block.text
    if text.endswith("]") and (marker := _FOOTNOTE_MARKER.search(text)):
        text = text[: marker.start()]
    # A box's button may name what it hands out ("Download the Anchor Design Guide"): a verb's call of a few more words.
    if _more_words_than(text, _BUTTON_WORDS + 2):
        return False
    return piece.link_ratio >= 0.5 or _opens_on_call(text, vocab)


_FOOTNOTE_MARKER = re.compile(r"\s*\[\d{1,3}\]$")


def _closes_callout(body: list[Piece], k: int, vocab: _Vocab) -> bool:
    """Whether the removed line at k is the button closing a call-out box over it: a headline, a sentence of copy,
    then a link or a call to action of a few words ("Benefits enrolment closes Friday" / "Review your ... choices
    before Friday 30 May." / "Open benefits portal"). In an ad's run, the box's headline and copy are the ad's
    with its button, whatever words they share with the article (an intranet's notice takes its subject)."""
    button, copy, headline = (body[k - n] for n in range(3))
    return (
        (button.link_ratio >= 0.5 or _is_button(button.block.text, vocab))
        and not _more_words_than(button.block.text, _BUTTON_WORDS)
        and copy.block.kind is BlockKind.PARAGRAPH
        and copy.block.text.endswith((".", "!"))
        and headline.block.kind not in _LISTED
        and not headline.block.text.endswith((".", ";", ",", ":"))
        and not _more_words_than(headline.block.text, _HEADLINE_WORDS)
    )


def _fine_print(body: list[Piece], k: int, vocab: _Vocab) -> bool:
    """Whether a line closing an ad's run is its fine print ("Find a Car", then "No hidden fees — free cancellation
    on most bookings."): a short line right under the ad's button, set off from the article's next heading by a
    wider gap than from the button (a text page's blank lines), or closing the page. Where every block is set off
    by the same gap (pandoc's markdown), a line addressing the reader is the ad's sign-off ("Browse Fertility
    Clinics", then "Your family plan starts with the right team — start comparing today."): an article line
    right under a removed button, closing its section, does not speak to "you"."""
    button, line = body[k - 1].block, body[k].block
    if not _is_button(button.text, vocab) or _more_words_than(line.text, _HEADLINE_WORDS):
        return False
    if k + 1 == len(body):
        return True
    after = body[k + 1].block
    if after.kind is not _HEADING:
        return False
    return line.start - button.end < after.start - line.end or _SECOND_PERSON.search(line.text) is not None


# A capitalised word: "\b[A-Z][A-Za-z0-9-]{2,}", its boundary asserted after the capital (as _boundary_after_first
# does), so that findall skips to the capitals instead of trying every position (~2.5 → ~0.9 µs a line).
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[A-Za-z0-9-]{2,}")
_HEADLINE_WORDS = 15


def _is_headline(text: str, vocab: _Vocab) -> bool:
    """A short question ("Looking for a Better Way to Run Sprints?") or a line in title case
    ("Level Up Your Career"): every word but the short and function words capitalised."""
    words = text.split()
    if len(words) > _HEADLINE_WORDS:
        return False
    if text.rstrip().endswith("?"):
        return True
    if len(words) < 3 or text.rstrip().endswith((".", ";", ",")):
        return False
    bare = (word.strip("“”\"'‘’()[]:!") for word in words)
    long_words = [word for word in bare if len(word) > 3 and word.lower() not in vocab.stopwords]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words)


def _content_end(body: list[Piece], noise: list[bool], last_section: int) -> int:
    """The index after the last section's last list or table: the article's content ends there.

    The family ends its last section with a table; a last section without a list or table
    shows no end, and the whole body is content.
    """
    for k in range(len(body) - 1, last_section, -1):
        piece = body[k]
        if piece.block.kind in _LISTED and not noise[k] and piece.link_ratio < 0.5 and not is_widget(piece.block.text):
            return k + 1
    return len(body)


_FIELD_WORDS = 4  # a form's field or button: "Your email address", "Subscribe"
# What an embedded form's frame shows until its script loads it: a scraper saves the placeholder, not the fields.
_LOADING_LINES = frozenset(("loading…", "loading...", "loading"))


def _signup_form(body: list[Piece], start: int, end: int, vocab: _Vocab) -> list[int]:
    """The lines of a newsletter sign-up box in a run of short lines, or none.

    A box has two lines or more in a sign-up form's vocabulary, one of them a field or
    a button; the article mentions a newsletter or privacy in passing, in longer prose.
    """
    if end - start < 2:
        return []
    lines = [i for i in range(start, end) if vocab.signup.search(body[i].block.text.lower())]
    if len(lines) < 2:
        return []
    button = lines[-1] + 1  # the submit button under the box's last field, in its own words: "Send me the blueprints"
    if button < end and _normal(body[button].block.text) in _LOADING_LINES:
        return [*lines, button]  # an embedded form (a Google Form's iframe) saved before it loaded: its fields
    if not any(not _more_words_than(body[i].block.text, _FIELD_WORDS) for i in lines):
        return []
    if button < end and _is_form_button(body[button].block.text):
        lines.append(button)
    return lines


def _is_form_button(text: str) -> bool:
    """A form's button: a few words that end no sentence ("Send me the blueprints", "Count me in")."""
    return not _more_words_than(text, _FIELD_WORDS) and not text.rstrip().endswith((".", ":", ";", ",", "?"))


# A print or a plain-text copy loses the list's markup: its titles are lines (paragraphs) of their own.
_TEASER_KINDS = (_LIST_ITEM, BlockKind.PARAGRAPH)


def _teaser_lists(body: list[Piece]) -> list[bool]:
    """Mark the lists of other pages' titles: related-post teasers.

    The family titles its pages "<Role>: Role Blueprint, ...", so such titles in a list link to
    other pages wherever they sit, even as plain text without their links or list markers. Two
    lists in a row read as one: a run of two titles or more goes, and a single title only as a
    whole list.
    """
    marks = [False] * len(body)
    # The substring test spares the regex for the article's own items (none names a blueprint).
    titles = {
        k
        for k, piece in enumerate(body)
        if piece.block.kind in _TEASER_KINDS
        and "blueprint" in piece.block.text.lower()  # any case, as _TITLE_LINE ("Role BluePrint")
        and _TITLE_LINE.match(piece.block.text)
    }
    end = 0
    for k in sorted(titles):
        if k < end:
            continue
        end = k + 1
        while end in titles:
            end += 1
        whole_list = body[k].block.kind is _LIST_ITEM and (
            (k == 0 or body[k - 1].block.kind is not _LIST_ITEM)
            and (end == len(body) or body[end].block.kind is not _LIST_ITEM)
        )
        if end - k > 1 or whole_list:
            marks[k:end] = [True] * (end - k)
    return marks


def _mark_teaser_labels(body: list[Piece], noise: list[bool], protected: set[int], section_of: list[str]) -> None:
    """Mark the label right above a run of teaser titles: a short line that lists no item of its own ("Related Role
    Blueprints", "More from the library") titles the box of other pages' links, and goes with it. A section's
    heading or a known sub-heading ("Adjacent roles") heads the article's own list, and stays."""
    for k in range(1, len(body)):
        if not noise[k] or noise[k - 1]:
            continue
        label = body[k - 1].block
        if (
            label.kind in _TEASER_LABEL_KINDS
            and not label.text.endswith((".", "!", "?", ";", ","))
            and not _more_words_than(label.text, _WIDGET_TITLE_WORDS)
            and k - 1 not in protected
            and not subheading_key(section_of[k - 1], label.text)
        ):
            noise[k - 1] = True


_TEASER_LABEL_KINDS = (_HEADING, BlockKind.PARAGRAPH)


def _is_promotional(text: str, vocab: _Vocab) -> bool:
    """A button, a promotion, a slogan or a marketing sentence."""
    words = text.split()
    if not words:
        return False
    first = words[0].lower().strip("“\"'[(")
    if first in vocab.cta_verbs:
        if len(words) <= 6 and not text.rstrip().endswith((".", ":", ";", ",")):
            return True  # a button: "Book Your Visit", "Explore Hospitals"
        if _SECOND_PERSON.search(text) or _is_offer(text.split(None, 1)[-1], vocab):
            # "Start your journey today — compare options in one place."; an offer after the verb: "Compare
            # clinics ... — and book a free consultation" (not the verb itself: "Book early demo slots ...").
            return True
    lower = text.lower()
    if _offers_lead_magnet(lower, vocab):
        return True  # "Get our free Hiring Plan Template — Download the spreadsheet (no sign-up required)."
    if vocab.price.search(lower) and _closes_with_call_to_action(text, vocab):
        return True  # a one-line ad: "Mesh routers from $129 – whole-home coverage in minutes. See Deals"
    if vocab.ad_label.match(text) is not None:
        return True  # a sponsorship label, alone or opening the ad: "From our sponsors", "This week's sponsor: ..."
    if _newsletter_pitch(text, vocab):
        return True  # "The Data Ops Digest — ... read by 11,400+ analysts. Join free on Substack →"
    return bool(_promo_phrases(lower, vocab)) or (bool(_QUOTED.match(text)) and len(words) <= 15)


def _lone_cue(text: str, vocab: _Vocab) -> bool:
    """Whether a promotional line holds a single cue: a call to action's verb, one promotion's phrase or a
    quote, with no second one (another phrase, a second person, a price, an offer, a headline's form)."""
    return _cues(text, vocab) == 1


_AD_CUES = 3  # a line stacking this many cues reads as an ad by itself, whatever words it shares with the article


def _cues(text: str, vocab: _Vocab) -> int:
    """The promotional cues a line holds: a call to action's verb opening it, each promotion's phrase, a quote,
    a second person, an offer, a closing button, a headline's form ("PixelPIM – one catalogue for every channel.
    Book a 15-minute demo.": a demo's phrase, an offer to book, a closing button). A sponsorship label among its
    phrases ("Sponsored", "-- End of advertisement --") says the line is an ad: it weighs two, never a lone cue."""
    words = text.split()
    phrases = _promo_phrases(text.lower(), vocab)
    return (
        (words[0].lower().strip("“\"'[(") in vocab.cta_verbs)
        + sum(2 if vocab.ad_label.fullmatch(phrase) else 1 for phrase in phrases)
        + bool(_QUOTED.match(text))
        + bool(_SECOND_PERSON.search(text))
        + _is_offer(text, vocab)
        + _closes_with_call_to_action(text, vocab)
        + _is_headline(text, vocab)
    )


def _only_verb_cue(text: str, vocab: _Vocab) -> bool:
    """Whether a line's one promotional cue is its first word, a button's verb ("Shop and infrastructure
    environment"): the words after it hold no promotion, offer, price or second person."""
    rest = text.split(None, 1)[1:]
    return bool(rest) and not (
        _is_promotional(rest[0], vocab) or _is_offer(rest[0], vocab) or _SECOND_PERSON.search(rest[0])
    )


def _names_subheading(kind: BlockKind, text: str, section: str) -> bool:
    """Whether a paragraph names a sub-heading of its section by its last word, as the tech stack's "Data
    environment" does: a plain text's sub-heading is a paragraph line ("Shop environment", "Call center
    environment"), its verb no button's then."""
    ends = _heading_ends().get(section) if kind is _PARAGRAPH else None
    return bool(ends) and " " in text and text.rpartition(" ")[2].lower() in ends


@lru_cache(maxsize=1)
def _heading_ends() -> dict[str, frozenset[str]]:
    """Per section, the last words that make a label its sub-heading (subheadings.json's heading_ends)."""
    ends = load_vocab("subheadings.json")["_colon_labels"]["heading_ends"]
    return {section: frozenset(words) for section, words in ends.items()}


def _weak_cues_agree(body: list[Piece], signal: list[bool], start: int, end: int) -> bool:
    """Whether a run's weak cues add up to an ad: a line with a signal and another one, or a question (an
    ad's headline), at most a line apart, as an ad's lines hold together ("Looking for a Better Way to Run
    Sprints?", its description, "Try it free for 14 days"); items far apart are a list's."""
    if not any(signal[start:end]):
        return False
    cues = [i for i in range(start, end) if signal[i] or body[i].block.text.rstrip().endswith("?")]
    return any(b - a <= 2 and (signal[a] or signal[b]) for a, b in zip(cues, cues[1:]))


# Where a block's copy breaks between a sentence, a quote and its buttons ("... a week." Book a demo · See pricing).
_COPY_BREAKS = re.compile(r"[.!?·•|→›»“”\"]|\s[–—-]\s")


def _is_labelled_ad(piece: Piece, vocab: _Vocab) -> bool:
    """A block opened by a sponsorship label that promotes: a link, a price or a button among its
    copy ("📣 Sponsored — Slotwise for Support Teams: ... Book a demo · See pricing"), an offer or a promotion's phrase.

    The label says what the block is, so its length does not: asked of blocks past _GROUP_WORDS, which
    are otherwise article prose (a shorter one is judged as an ad's line, its label a promotion's phrase).
    Prose naming a sponsor ("Executive sponsorship is essential", "Sponsored by the VP") opens with no label.
    """
    text = piece.block.text
    if vocab.ad_label.match(text) is None:
        return False
    # Its copy's offer or promotion's phrase says so too ("📣 Sponsor: ... Start your free trial (30% off ...)").
    return piece.link_ratio > 0 or vocab.sponsor_credit.match(text) is not None or _promotes(text, vocab)


def _is_labelled_line_ad(text: str, vocab: _Vocab) -> bool:
    """Whether an item without links is an ad: a sponsorship label opens it, set off by its colon or dash
    ("Sponsored: ..."), and it stacks an ad's cues (a second person, an offer, a closing button). An item naming a
    sponsor ("Sponsor: VP of Sales – approves budget over $50,000") holds one cue at most."""
    return vocab.ad_label.match(text) is not None and _cues(text, vocab) >= _AD_CUES


def _declares_ad(text: str, vocab: _Vocab) -> bool:
    """Whether a line says it is an ad: a sponsorship label opens it ("Advertisement", "Sponsored — ..."), or it
    credits a sponsor ("... (sponsored by Cartwheel Commerce)"), discloses an affiliate's earnings or offers the site's
    free resource (a lead magnet)."""
    lower = text.lower()
    return (
        vocab.ad_label.match(text) is not None
        or vocab.ad_declaration.search(lower) is not None
        or _newsletter_pitch(text, vocab)
        or _offers_lead_magnet(lower, vocab)
    )


def _offers_lead_magnet(lower: str, vocab: _Vocab) -> bool:
    """Whether a lowercased line offers the site's free resource for the taking: a free template, checklist or guide,
    and a call to download or get it or the sign-up it takes ("Get our free Hiring Plan Template — Download the
    spreadsheet (no sign-up required)."). The site's resources take the article's subject, so its words tell nothing;
    the offer does. "free" is asked first: most lines hold none."""
    return (
        "free" in lower
        and vocab.lead_magnet.search(lower) is not None
        and (vocab.lead_magnet_call.search(lower) is not None or vocab.signup.search(lower) is not None)
    )


def _newsletter_pitch(text: str, vocab: _Vocab) -> bool:
    """Whether a line pitches a newsletter: a sign-up box's wording closed by its button ("The Data Ops Digest — one
    checklist every Thursday, read by 11,400+ analysts. Join free on Substack →"), a box written as one line, or a
    call to join its readers ("... Subscribe to the digest and join 40,000 delivery leaders."). The button and
    "join" are asked first: most lines hold neither."""
    lower = text.lower()
    if _closes_with_call_to_action(text, vocab) and vocab.signup.search(lower) is not None:
        return True
    return "join" in lower and vocab.newsletter_pitch.search(lower) is not None


def _is_labelled_item(text: str, vocab: _Vocab) -> bool:
    """Whether a list item (or a table's row) is an ad: a sponsorship label opens it, a badge printed apart from
    the copy ("Sponsored MerchFlow AI sorts your pages – book a free demo today") or set off from it
    ("Advertisement – Master GA4 ... now $19"), and its copy promotes. An item on sponsored things opens on
    the word too ("Sponsored content performance reviewed weekly"), but promotes nothing."""
    return vocab.ad_badge.match(text) is not None and _promotes(text, vocab)


def _promotes(text: str, vocab: _Vocab) -> bool:
    """Whether an ad's copy promotes: a price, an offer, a promotion's phrase (a sponsorship label's aside),
    or a button among its copy ("... – start your free trial →")."""
    lower = text.lower()
    if vocab.price.search(lower) is not None or vocab.offer.search(lower) is not None:
        return True
    if any(vocab.ad_label.fullmatch(phrase) is None for phrase in _promo_phrases(lower, vocab)):
        return True
    return any(_is_button(copy, vocab) for copy in _COPY_BREAKS.split(text))


def _without_ad_rows(table: Block, vocab: _Vocab) -> Block:
    """The table without the rows an ad plugin injected into it (the same table when it has none).

    Such a row is one cell across the table that promotes ("Sponsored • ShopMetrics tracks sell-through for
    you – start your free trial →"), or opens with a sponsorship label's cell ("Sponsored", "Ad – all your
    KPIs in one screen") in a row that promotes ("From $49/mo →"): a price in a row of the article's
    ("Cost per hire | $4,000") has no label. A row of one cell of a few words is a group's label. Most tables
    are asked no more than two passes in C: for a row of one cell, and for a first cell that is a label.
    """
    rows = table.rows
    if not rows or (min(map(len, rows)) > 1 and vocab.ad_cells.isdisjoint(map(_FIRST_CELL, rows))):
        return table
    ads = [
        n
        for n, row in enumerate(rows)
        if row
        and (row[0] in vocab.ad_cells or (len(row) == 1 and _more_words_than(row[0], _GROUP_LABEL_WORDS)))
        and _is_ad_row(row, vocab)
    ]
    if not ads:
        return table
    kept = [row for n, row in enumerate(rows) if n not in ads]
    return Block.table(table.header or [], kept, table.start, table.end)


_GROUP_LABEL_WORDS = 4  # "Commerce platforms": a row naming the group of the rows under it
_FIRST_CELL = itemgetter(0)


def _is_ad_row(row: list[str], vocab: _Vocab) -> bool:
    """Whether a table's row is an ad's (see _without_ad_rows)."""
    cells = [cell for cell in row if cell]
    if len(cells) == 1:  # one cell across the table, an ad's line: labelled, or with two promotional cues
        text = cells[0]
        return _is_labelled_item(text, vocab) or (_is_promotional(text, vocab) and not _lone_cue(text, vocab))
    return any(vocab.ad_label.match(cell) for cell in cells) and _promotes(" | ".join(cells), vocab)


_CALL_CUES = 2  # a call's verb and a second cue (an offer, a headline's form): "Book a ... – 30-minute slots ..."


def _opens_on_call(text: str, vocab: _Vocab) -> bool:
    """Whether a text opens on a call to action's verb: "Book ...", "[Download ..."."""
    words = text.split(None, 1)
    return bool(words) and words[0].lower().strip("“\"'[(") in vocab.cta_verbs


def _is_button(text: str, vocab: _Vocab) -> bool:
    """A few words opening on a call to action's verb: "Book a demo", "See pricing", "[Start free trial"."""
    words = text.split()
    return 0 < len(words) <= _BUTTON_WORDS and words[0].lower().strip("[(") in vocab.cta_verbs


def _holds_ad_box(body: list[Piece], start: int, end: int) -> bool:
    """Whether a run of blocks holds an ad's box (:func:`is_ad_box`): "Explore More Role Blueprints" /
    "<Site> publishes blueprints for over 300 roles. ..." / "Browse All Blueprints"."""
    return any(is_ad_box(*(body[i + n].block.text for n in range(3))) for i in range(start, end - 2))


def is_ad_label(text: str) -> bool:
    """Whether a text is a sponsorship label and nothing else: "Sponsored", "Advertisement", "[Ad]"."""
    return _vocab().ad_label.fullmatch(_normal(text)) is not None


def is_ad_copy(text: str) -> bool:
    """Whether a callout box's text says it is an ad: a sponsorship label opens it ("Partner course: Blue Team
    Bootcamp by ..."), or it hands out a promo code ("Use code BEAVER20 at checkout"). A box holding the article's
    own note says neither. The box's other promotions are judged as its blocks are: asked of every linked callout
    of a page, this stays one anchored match and, rarely, a search."""
    vocab = _vocab()
    if vocab.ad_label.match(text) is not None:
        return True
    lower = text.lower()
    return "code" in lower and vocab.promo_code.search(lower) is not None


def is_banner_copy(text: str, closing_link: str) -> bool:
    """Whether a line under an ad's linked banner image is the ad's copy: a few sentences at most, closed by a
    promotional link ("LumaFit Smart Treadmills – Train at home with live coaching. [Shop the Spring Sale](...)").
    The banner says nothing the copy does not, so the copy's words need not be foreign to the article: its
    place and its button tell it. An article's paragraph under its own figure runs longer or closes on no button."""
    return _is_promotional(closing_link, _vocab()) and not _more_words_than(text, _GROUP_WORDS)


# A course's or an offer's deadline in a note box's ad ("Last chance", "Spring cohort closes Friday"). Not among the
# offer_patterns: in a text's lines it would reach an ad's tail the other rules leave to the article's blocks.
_DEADLINE_OFFER = re.compile(r"\blast chance\b|\b(?:cohort|intake|enrol(?:l)?ment|registration|applications) closes\b")


def is_offer_box(text: str, closing_link: str) -> bool:
    """Whether a note box's text is an ad's: it closes on a promotional link after an offer's wording ("Spring
    cohort closes Friday — apply now", "Last chance"). A box of the article's closes on a link to read more, not an
    offer with a deadline or a discount."""
    vocab = _vocab()
    closing = closing_link.strip()
    return (
        bool(closing)
        and text.rstrip(" .!").endswith(closing)
        and _is_promotional(closing, vocab)
        and (_is_offer(text, vocab) or _DEADLINE_OFFER.search(text.lower()) is not None)
    )


def is_ad_box(headline: str, copy: str, button: str) -> bool:
    """Whether three lines one under the other are an ad's box scraped one text node a line, with no blank
    line around it: a title-case headline, its copy's sentence and a call to action's button ("Rent Scissor
    Lifts & Forklifts by the Day" / "Same-day rental across 40 cities." / "Check Availability")."""
    vocab = _vocab()
    return (
        _is_button(button, vocab)
        and not button.endswith((".", ":", ";", ","))
        and copy.endswith((".", "!"))
        and _is_headline(headline, vocab)
    )


def _is_course_list(text: str, vocab: _Vocab) -> bool:
    """Whether a line lists two course titles or more and nothing else:
    "DevOps Certification, SRE Certification, and DevSecOps Certification by DevOpsSchool"."""
    return not _more_words_than(text, _GROUP_WORDS) and vocab.course_list.fullmatch(_normal(text)) is not None


def _mark_course_catalogues(body: list[Piece], noise: list[bool], last_section: int, vocab: _Vocab) -> None:
    """Mark the lists of course titles after the last section's table: the site's catalogue
    ("Explore the following programs:", then "DevSecOps Certification", "SRE Certification").

    The article lists certifications in its own sections; after its final table, a list made
    only of course titles is the site's, and must not count as the article's last content.
    """
    table = next((k for k in range(last_section + 1, len(body)) if body[k].block.kind is BlockKind.TABLE), len(body))
    k = table + 1
    while k < len(body):
        end = k
        while end < len(body) and body[end].block.kind is _LIST_ITEM:
            end += 1
        items = range(k, end)
        if len(items) > 1 and all(
            not _more_words_than(body[i].block.text, _GROUP_WORDS)
            and vocab.course_title.fullmatch(_normal(body[i].block.text))
            for i in items
        ):
            noise[k:end] = [True] * len(items)
        k = end + 1


def _mark_newsletter_calls(body: list[Piece], noise: list[bool], last_section: int, vocab: _Vocab) -> None:
    """Mark a newsletter's calls to its readers in the last section ("Upgrade to paid for $8/month ...", "If this
    was useful, forward it to ..."): a post signs off there, after its content, and the call is the newsletter's
    whatever words it shares with the article (its templates, its blueprint)."""
    for k in range(last_section + 1, len(body)):
        block = body[k].block
        if block.kind is BlockKind.PARAGRAPH and vocab.newsletter_call.search(block.text.lower()) is not None:
            noise[k] = True
            if block.text.endswith("?") and k + 1 < len(body) and _poll_answers(body[k + 1].block):
                noise[k + 1] = True  # the poll's answers under its question: "Loved it / It was okay / Not for me"


_POLL_SEPARATOR = re.compile(r"\s+[/|·•]\s+")
_POLL_ANSWER_WORDS = 4


def _poll_answers(block: Block) -> bool:
    """Whether a paragraph is a poll's answers in a row, a few words each ("Loved it / It was okay / Not for me")."""
    answers = _POLL_SEPARATOR.split(_FOOTNOTE_MARKER.sub("", block.text))
    return (
        block.kind is BlockKind.PARAGRAPH
        and 2 <= len(answers) <= 5
        and not any(_more_words_than(answer, _POLL_ANSWER_WORDS) for answer in answers)
    )


def _is_offer(text: str, vocab: _Vocab) -> bool:
    """An offer's wording: "Book early", "save up to 25%", "limited", a price."""
    lower = text.lower()
    return vocab.offer.search(lower) is not None or vocab.price.search(lower) is not None


# The line's last words after a sentence end or a spaced dash: a button's few capitalised words.
_CLOSING_WORDS = re.compile(r"(?:[.!?]|\s[–—|])\s+([A-Z][^.!?–—|]{0,40}?)[\s.!›»→]*$")
_BUTTON_WORDS = 4


def _closes_with_call_to_action(text: str, vocab: _Vocab) -> bool:
    """Whether a line ends with a call to action after its copy: "... in minutes. See Deals", "... – Shop now"."""
    closing = _CLOSING_WORDS.search(text)
    if closing is None:
        return False
    words = closing.group(1).split()
    return len(words) <= _BUTTON_WORDS and words[0].lower() in vocab.cta_verbs


def _promo_phrases(lower: str, vocab: _Vocab) -> list[str]:
    """The promotion's phrases in a lowercased text, a phrase inside another found one counted once."""
    found = [phrase for phrase in vocab.promo if phrase in lower]
    if len(found) < 2:
        return found
    return [phrase for phrase in found if not any(phrase != other and phrase in other for other in found)]


_SECOND_PERSON = re.compile(r"\b(you|your|yours|today|now)\b", re.IGNORECASE)
# A sentence ending inside a text, another opening after it: a paragraph, not a heading.
_SENTENCE_BREAK = re.compile(r"\.\s+[A-Z]")


def _section_ids(length: int, starts: list[SectionStart], offset: int) -> list[str]:
    """The canonical section id each body position falls in ('' when unknown)."""
    ids = [""] * length
    for n, start in enumerate(starts):
        stop = starts[n + 1].index - offset if n + 1 < len(starts) else length
        section = start.match.spec.id if start.match.spec else ""
        first, last = start.index - offset, min(stop, length)
        ids[first:last] = [section] * (last - first)
    return ids
