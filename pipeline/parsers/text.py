"""Splitting the text of one item: brackets, enumerations, labels, titles and notes.

Plain string code, no spaCy: what wording decides lives in vocabulary.py.
Every splitter ignores separators inside brackets, so "SQL (Spark, Hive)" or
"Error analysis (slices: by locale)" stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "CAPITALISED_WORD",
    "CLOSING_STOP",
    "LEADING_ARTICLE",
    "OR_SEPARATOR",
    "SENTENCE_GAP",
    "heading_note",
    "is_short_form",
    "labelled_parts",
    "labelled_segments",
    "labelled_sentences",
    "normalise_label",
    "paren_depth",
    "paren_groups",
    "spelled_out_start",
    "split_at_colon",
    "split_dash_label",
    "split_enumeration",
    "split_label",
    "split_note",
    "split_title_description",
    "split_title_detail",
    "split_top_level",
]

# Shared word patterns: the "or" between alternatives ("Head of X or VP Y"), and an article opening a name ("the
# CISO", "an Environmental Manager") that the name itself does not hold.
OR_SEPARATOR = re.compile(r"\s+or\s+")
LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S)", re.IGNORECASE)

# --- brackets ------------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[()\[\]]")


def paren_depth(text: str, index: int) -> int:
    """Bracket nesting depth at a position, '(' and '[' alike: paren_depth("a (b: c)", 4) → 1.

    A stray closing bracket does not go below 0, so "a) b (c" is at depth 1 after the '('.
    """
    if text.find("(", 0, index) < 0 and text.find("[", 0, index) < 0:
        return 0  # most texts have no bracket before the position: skip the scan
    depth = 0
    for match in _BRACKETS.finditer(text, 0, index):
        if match.group() in "([":
            depth += 1
        elif depth:
            depth -= 1
    return depth


_PAREN = re.compile(r"[()]")


def paren_groups(text: str) -> list[tuple[int, int, str]]:
    """Top-level parenthesised groups as (start of '(', end after ')', inner text).

    "A (b (c)) d (e)" → [(2, 9, "b (c)"), (12, 15, "e")].
    """
    if "(" not in text:
        return []
    groups: list[tuple[int, int, str]] = []
    depth, start = 0, -1
    for match in _PAREN.finditer(text):
        index = match.start()
        if text[index] == "(":
            if depth == 0:
                start = index
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1, text[start + 1 : index]))
    return groups


# --- enumerations --------------------------------------------------------------------------------

_SEPARATOR_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _separator_patterns(separators: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the brackets and the separator characters, the separator characters alone) as patterns, compiled once
    per separator set."""
    patterns = _SEPARATOR_PATTERNS.get(separators)
    if patterns is None:
        patterns = _SEPARATOR_PATTERNS[separators] = (
            re.compile("[()\\[\\]" + re.escape(separators) + "]"),
            re.compile("[" + re.escape(separators) + "]"),
        )
    return patterns


# A comma between digits with three more after it. Written from the comma, its digit before checked behind it:
# the regex engine then skips ahead to the commas, where a pattern opening with a look-behind tries every position.
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separator characters outside brackets, parts stripped: "a (b, c), d" with "," → ["a (b, c)", "d"].

    A thousands separator is no separator: "cost per 1,000 queries, uptime" → ["cost per 1,000 queries", "uptime"].
    """
    pattern, bare = _separator_patterns(separators)
    has_thousands = "," in separators and _THOUSANDS.search(text) is not None
    if "(" not in text and "[" not in text and not has_thousands:
        # Most texts: with no opening bracket every separator is outside brackets (a stray ')' or ']' leaves
        # the depth at 0 below), and none is a thousands separator; so the loop below splits at each one.
        return [part.strip() for part in bare.split(text)]
    thousands = {m.start() for m in _THOUSANDS.finditer(text)} if has_thousands else set()
    parts: list[str] = []
    depth = 0
    begin = 0
    for match in pattern.finditer(text):
        char = match.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and match.start() not in thousands:
            parts.append(text[begin : match.start()].strip())
            begin = match.end()
    parts.append(text[begin:].strip())
    return parts


_LEADING_CONJUNCTION = re.compile(r"^(?:and|or)\s+")


def split_enumeration(text: str, separators: str = ",;", closing: bool = False) -> list[str]:
    """Split "A, B (x, y), and C" on separators outside brackets, dropping 'and'/'or' and full stops.

    "Python, SQL (Spark, Hive), and Git" → ["Python", "SQL (Spark, Hive)", "Git"]. With ``closing``
    the member the list's closing 'and'/'or' opens is its last, so its own commas stay inside it:
    "fewer outages, and faster, safer delivery" → ["fewer outages", "faster, safer delivery"].
    """
    parts = split_top_level(text, separators)
    if closing:
        last = next((k for k, part in enumerate(parts) if k and _LEADING_CONJUNCTION.match(part)), len(parts))
        parts = parts[:last] + ([", ".join(parts[last:])] if last < len(parts) else [])
    items = []
    for part in parts:
        if part.startswith(("and", "or")):  # what _LEADING_CONJUNCTION needs to match: most parts skip the sub
            part = _LEADING_CONJUNCTION.sub("", part)
        part = part.strip().rstrip(".").strip()
        if part:
            items.append(part)
    return items


# --- titles, labels and notes --------------------------------------------------------------------

# A spaced dash: "Title – detail", "Head – Label: text".
_SPACED_DASH = re.compile(r"\s+[–—-]\s+")
# Whether a text holds one (a dash with whitespace before and after it), looked for from the dash: the regex
# engine skips ahead to the dash characters, where _SPACED_DASH tries every space of a paragraph (~5x slower).
_HAS_SPACED_DASH = re.compile(r"[–—-](?<=\s.)(?=\s)")


def split_title_detail(text: str) -> tuple[str, str | None]:
    """Split "Title – detail" (a spaced dash outside brackets) into its parts, else (text, None).

    "Communication – Explaining tradeoffs" → ("Communication", "Explaining tradeoffs").
    """
    if not _HAS_SPACED_DASH.search(text):
        return text.strip(), None  # most texts: no spaced dash
    for match in _SPACED_DASH.finditer(text):
        if paren_depth(text, match.start()) == 0:
            title, detail = text[: match.start()].strip(), text[match.end() :].strip()
            if title and detail:
                return title, detail
    return text.strip(), None


_COLON = re.compile(r":\s+")


def split_at_colon(text: str, max_words: int | None = None) -> tuple[str, str] | None:
    """Split "Head: tail" at the first ': ' outside brackets, parts stripped; None when a part is empty.

    "Brief (1–3 pages): objective, risks" → ("Brief (1–3 pages)", "objective, risks");
    "Runbook (see: wiki)" → None; with ``max_words`` a longer head (brackets included) → None too.
    """
    if ":" not in text:
        return None  # most texts: no colon at all
    for match in _COLON.finditer(text):
        if paren_depth(text, match.start()):
            continue
        head, tail = text[: match.start()].strip(), text[match.end() :].strip()
        if head and tail and (max_words is None or len(head.split()) <= max_words):
            return head, tail
        return None  # only the first colon outside brackets can end a title
    return None


def _opens_name(head: str) -> bool:
    """Whether a title's first two characters open a name: a capital or a digit, or a lower-case letter before a
    capital, a brand's own spelling ("eDiscovery vendor", "iOS release")."""
    first = head[:1]
    return first.isupper() or first.isdigit() or first.islower() and head[1:2].isupper()


_PARENS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_QUOTES = "“”\"‘’'"


def split_title_description(text: str, max_words: int = 8) -> tuple[str | None, str]:
    """Split "Title: description" at the first colon outside brackets when the title is a short phrase.

    "“Leaderboard chasing”: optimizing one metric" → ("Leaderboard chasing", "optimizing one metric");
    "Months 0–3: learning systems" → ("Months 0–3", "learning systems"); a sentence → (None, text).
    The title opens with a capital or a digit, has at most ``max_words`` words outside parentheses and no
    sentence end; quotes around it are dropped, not a quoted phrase's in it
    (_unquoted_title). Unlike split_label it takes digits, dashes and quotes.
    """
    stripped = text.strip()
    parts = split_at_colon(stripped)
    if parts is None:
        return None, stripped
    title, description = parts
    bare = _PARENS.sub("", title).strip(_QUOTES + " ")
    # The first letter or digit: most titles open with one, the rest with a quote or a bracket.
    start = 0 if bare[:1].isalnum() else next((i for i, c in enumerate(bare) if c.isalnum()), len(bare))
    if (
        start == len(bare)
        or not _opens_name(bare[start : start + 2])
        or len(bare.split()) > max_words
        or _SENTENCE_END.search(bare)
    ):
        return None, stripped
    return _unquoted_title(title.strip()), description


_DOUBLE_QUOTES = "“”\""
_SINGLE_QUOTE = re.compile(r"[‘’'](?![^\W\d_])|(?<![^\W\d_])[‘’']")  # not an apostrophe between letters


def _unquoted_title(title: str) -> str:
    """A title without the quotes around it. An end quote goes when nothing inside the title answers it (its
    pair is the other end, or lies past the colon): '"Verification only" practice' and '"Build" or "buy"'
    keep theirs."""
    head, tail = title[:1] in _QUOTES, len(title) > 1 and title[-1] in _QUOTES
    inner = title[1 if head else 0 : -1 if tail else None]
    if head and not _answers(inner, title[0]):
        title = title[1:]
    if tail and not _answers(inner, title[-1]):
        title = title[:-1]
    return title.strip()


def _answers(inner: str, quote: str) -> bool:
    """Whether a quote of the same kind as ``quote`` stands inside a title (an apostrophe does not)."""
    if quote in _DOUBLE_QUOTES:
        return any(other in inner for other in _DOUBLE_QUOTES)
    return _SINGLE_QUOTE.search(inner) is not None


# A label opens with a capital, or with a lower-case letter before one: a brand's own spelling ("eDiscovery
# vendors", "iOS engineers") is a name.
_LABEL = re.compile(r"^((?:[A-Z]|[a-z](?=[A-Z]))[\w /&’'()-]{0,60}?):\s+(\S.*)$")


def split_label(text: str, max_words: int = 5) -> tuple[str | None, str]:
    """Split "Label: value" when the label is a few plain words (letters, '/', '&', brackets), else (None, text).

    "Use: training scripts, evaluation" → ("Use", "training scripts, evaluation").
    """
    stripped = text.strip()
    if ":" not in stripped or not ("A" <= stripped[:1] <= "Z" or "A" <= stripped[1:2] <= "Z"):
        return None, stripped  # most texts: no colon, or no capital to open a label
    match = _LABEL.match(stripped)
    if match and _label_words(match.group(1)) <= max_words:
        return match.group(1).strip(), match.group(2).strip()
    return None, stripped


_JOINERS = frozenset("/&–—-")  # a lone joiner between names is no word: "Principal Scientist / Associate Director"


def _label_words(label: str) -> int:
    return sum(1 for word in label.split() if word not in _JOINERS)


_TRAILING_NOTE = re.compile(r"^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*([.;,]?)$")
# A plural's ending in brackets, "licence(s)", "certification(s)", is the name's own word, no note.
_PLURAL_ENDINGS = frozenset(("s", "es"))


def split_note(text: str) -> tuple[str, str | None]:
    """Split a trailing parenthetical note from a name.

    "Applied Scientist (next level; larger scope)" → ("Applied Scientist", "next level; larger scope");
    "Adjuster licence(s)" → ("Adjuster licence(s)", None).
    """
    stripped = text.strip()
    if ")" in stripped:  # most texts have no closing bracket, so no trailing note
        match = _TRAILING_NOTE.match(stripped)
        if match and match.group(1) and match.group(2) not in _PLURAL_ENDINGS:
            return match.group(1).strip(), match.group(2).strip()
    return stripped.rstrip(".;,"), None


def is_short_form(note: str) -> bool:
    """One token in capitals, a plural 's' allowed: a name's own short form ("ROPA", "DPIAs", "TRIR"), not a note."""
    return " " not in note and note.removesuffix("s").isupper()


CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
# A word of a spelled-out name in running case ("Environment, health and safety (EHS)"): function words are no
# initials of the acronym, so they are not matched as words at all.
_CONTENT_WORD = re.compile(r"\b(?!(?:and|or|of|the|for|in|to)\b)[A-Za-z][\w'’-]*")
# ...and each part of a hyphenated word, which gives the acronym one initial a part ("Vendor-neutral archive (VNA)").
_CONTENT_PART = re.compile(r"\b(?!(?:and|or|of|the|for|in|to)\b)[A-Za-z][\w'’]*")


def spelled_out_start(text: str, paren: int, acronym: str) -> int | None:
    """Where the name an acronym abbreviates begins: "Governance, Risk and Compliance (GRC)" → 0.

    The capitals of the acronym are the initials of the capitalised words just before it; lower-case words
    ('and', 'of') between them do not count. A name written in running case spells it with the initials of its
    content words, lower-case ones too: "Environment, health and safety (EHS)" → 0, or of their hyphenated parts:
    "Vendor-neutral archive (VNA)" → 0. None when no words spell it.
    """
    initials = [c for c in acronym if c.isupper()]
    start = _initials_start(list(CAPITALISED_WORD.finditer(text, 0, paren)), initials)
    if start is None and len(initials) > 1:  # one initial would match any word before the bracket
        start = _initials_start(list(_CONTENT_WORD.finditer(text, 0, paren)), initials)
        if start is None and "-" in text[:paren]:
            start = _initials_start(list(_CONTENT_PART.finditer(text, 0, paren)), initials)
    return start


def _initials_start(words: list[re.Match[str]], initials: list[str]) -> int | None:
    """Where the last words begin when their initials spell the acronym's capitals, else None."""
    if len(words) < len(initials):
        return None
    spelled = words[len(words) - len(initials) :]
    if any(word.group()[0].upper() != initial for word, initial in zip(spelled, initials, strict=True)):
        return None
    return spelled[0].start()


def heading_note(heading: str) -> str | None:
    """The parenthetical closing a sub-heading: "Certifications (rarely required)" → "rarely required".

    "30-day goals (onboarding (first month))" → "onboarding (first month)"; "(only a note)" → None.
    """
    return split_note(heading)[1]


_SPACES = re.compile(r"\s+")


def normalise_label(label: str) -> str:
    """Lower-case a label, collapse spaces, drop quotes and end punctuation: '“What  Good”:' → 'what good'."""
    text = _SPACES.sub(" ", label.replace("’", "'").replace("“", "").replace("”", "").replace('"', ""))
    return text.strip().strip(".:;,").strip().lower()


# --- labelled segments ---------------------------------------------------------------------------


# A sentence end before a capital: where "Why it matters: ... . How it shows up: ..." may open its next label, and
# where a statement's next sentence opens ("... decide on scope. Unresolved conflicts go to ...").
SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

# The full stop closing an item, not an abbreviation's ("etc.", "e.g."): what a list's punctuation may drop.
CLOSING_STOP = re.compile(r"(?<!\betc)(?<!\b[a-z]\.[a-z])\.$")


def split_dash_label(text: str, dashed: Callable[[str], bool]) -> tuple[str | None, str]:
    """Split "Label – value" when the words before the first spaced dash are a whole label ``dashed`` knows,
    else (None, text): a page that writes its labels with a dash for the colon ("Why it matters – the best
    solution ..."). Only the caller's own labels: "Name – Scope – text" holds no label otherwise.
    """
    stripped = text.strip()
    if not _HAS_SPACED_DASH.search(stripped):
        return None, stripped  # most texts: no spaced dash
    dash = _SPACED_DASH.search(stripped)
    label = stripped[: dash.start()]
    if _DASH_LABEL.fullmatch(label) and _label_words(label) <= _DASH_LABEL_WORDS and dashed(label):
        return label, stripped[dash.end() :].strip()
    return None, stripped


# A label closed by a dash is plain words: no colon, bracket or digit (a label with a colon is split_label's).
_DASH_LABEL = re.compile(r"(?:[A-Z]|[a-z](?=[A-Z]))[\w /&’']{0,60}")
_DASH_LABEL_WORDS = 5


def labelled_segments(
    text: str, known: Callable[[str], bool] | None = None, dashed: Callable[[str], bool] | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Split "Head – Label: text – Label: text" at spaced dashes that open a labelled segment.

    "Attention to detail – Why it matters: bugs – How it shows up: checks" →
    ("Attention to detail", [("Why it matters", "bugs"), ("How it shows up", "checks")]).
    A dash not followed by a short "Label:" stays inside the text around it. Past the first segment, a sentence
    end opens one too when the label after it is ``known`` (the caller's labels): "... bugs. How it shows up:
    ..."; an unknown label after a full stop ("... bugs. Note: ...") stays inside the text. A whole label
    ``dashed`` knows may close with a spaced dash for its colon (split_dash_label): "Attention to detail – Why
    it matters – bugs – How it shows up – checks" splits the same way.
    """
    if not _HAS_SPACED_DASH.search(text) or (":" not in text and dashed is None):
        return text.strip(), []  # a segment opens with a spaced dash and "Label:": most texts lack one or the other
    cuts: list[re.Match[str]] = [
        m
        for m in _SPACED_DASH.finditer(text)
        if paren_depth(text, m.start()) == 0 and _segment_label(text[m.end() :], dashed)[0] is not None
    ]
    if not cuts:
        return text.strip(), []
    if known is not None and text.count(":") > 1:  # a second label needs a second colon
        cuts += [
            m
            for m in SENTENCE_GAP.finditer(text, cuts[0].end())
            if paren_depth(text, m.start()) == 0 and (label := split_label(text[m.end() :])[0]) and known(label)
        ]
        cuts.sort(key=lambda m: m.start())
    head = text[: cuts[0].start()].strip()
    segments: list[tuple[str, str]] = []
    for k, cut in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
        label, value = _segment_label(text[cut.end() : stop], dashed)
        segments.append((label or "", value.strip()))
    return head, segments


def _segment_label(text: str, dashed: Callable[[str], bool] | None) -> tuple[str | None, str]:
    """The label opening a segment: a dashed one first (its value may hold a colon of its own), else "Label:"."""
    if dashed is not None:
        label, value = split_dash_label(text, dashed)
        if label is not None:
            return label, value
    return split_label(text)


def labelled_sentences(label: str | None, value: str, known: Callable[[str], bool]) -> list[tuple[str | None, str]]:
    """A labelled line cut where a sentence opens with another ``known`` label, one part each: "Why it matters:
    teams must accept them. How it shows up: negotiates rollouts." → why and how, as the seeds' lines a label each
    are. Only a known label opens one ("... them. Note: ..." stays), and only on a line with a known label."""
    if not label or ":" not in value or not known(label):  # a later label needs a colon of its own
        return [(label, value)]
    cuts = [
        gap.end()
        for gap in SENTENCE_GAP.finditer(value)
        if paren_depth(value, gap.start()) == 0 and known(split_label(value[gap.end() :])[0] or "")
    ]
    if not cuts:
        return [(label, value)]
    sentences = [(label, value[: cuts[0]].strip())]
    for start, stop in zip(cuts, [*cuts[1:], len(value)]):
        later, text = split_label(value[start:stop])
        sentences.append((later, text.strip()))
    return sentences


def labelled_parts(text: str) -> list[tuple[str | None, str]]:
    """(label or None, text) of each part of a line, labelled_segments and split_label together.

    "Python (Critical) – Use: scripts" → [(None, "Python (Critical)"), ("Use", "scripts")].
    """
    head, segments = labelled_segments(text)
    parts = [split_label(head)] if head else []
    return parts + [(label or None, value) for label, value in segments]
