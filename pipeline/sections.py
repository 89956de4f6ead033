"""Find the 20 canonical sections and their sub-headings.

Heading candidates are every heading block plus short title-like paragraphs
(scrapers often lose the heading markup). spaCy rules decide: a Matcher
reads the "7)" / "7." / "Section 7:" number prefix and a PhraseMatcher maps
the remaining words to a canonical section, tolerant of wording variants.
A heading at section level that matches nothing opens an "other" section,
so unknown content is kept under its own heading rather than dropped.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice, takewhile
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.util import filter_spans

from .blocks import Block, BlockKind
from .dumps import ends_mid_clause
from .layout import Piece
from .nlp import load_vocab, nlp, phrase_matcher

__all__ = [
    "HeadingMatch",
    "SectionSpec",
    "authority_label_ends",
    "classify_heading",
    "is_area_authority_label",
    "is_subheading_anywhere",
    "section_specs",
    "subheading_key",
    "undecorated",
]

_TERMINAL = (".", "!", "?", ",", ";")
# Enum members bound once: attribute access on an Enum class is slow in hot loops.
_HEADING, _PARAGRAPH = BlockKind.HEADING, BlockKind.PARAGRAPH
_PARENTHESISED = re.compile(r"\([^)]*\)")

# Pictographs decorate headings ("📌 1) Role Summary", "🗓️ 30-day goals", "Lead 🎧"): told by Unicode blocks
# and categories, not a list, so emoji not yet seen are decoration too.
_EMOJI_MARKS = frozenset("\ufe0e\ufe0f\u200d\u20e3")  # variation selectors, zero-width joiner, keycap
_KEYCAP_BASES = frozenset("#*0123456789")  # "1️⃣": the one decoration that opens with ASCII, a mark after it
_SYMBOL_CATEGORIES = ("So", "Sk")


def undecorated(text: str) -> str:
    """The text without the emoji and symbols that open or close it, nor the whitespace setting them apart.

    "📌 1) Role Summary" → "1) Role Summary"; "✅ Must-have skills" → "Must-have skills"; "Team Lead 🎧" →
    "Team Lead". Content stays: "C++", "$50K budget", "°C ranges", "Salesforce™", a text of symbols only ("★★★").
    """
    # Every decoration is outside ASCII but a keycap's base, which a mark follows: most texts end here.
    start = _decoration_length(text, forward=True) if text[:1] > "\x7f" or text[1:2] in _EMOJI_MARKS else 0
    end = _decoration_length(text, forward=False) if text[-1:] > "\x7f" else 0
    return text[start : len(text) - end] if start or end else text


def _decoration_length(text: str, forward: bool) -> int:
    """How many characters of decoration, with the whitespace after (or before) them, open (or close) the text.

    A pictograph may touch the word beside it ("🗓️30-day goals"); another symbol must stand apart
    ("© 2025 Acme", not "°C"). 0 when there is none, or when the text is nothing but decoration.
    """
    size = len(text)
    count = cut = 0
    glued = False  # the last character read is a pictograph
    while count < size:
        index = count if forward else size - 1 - count
        char = text[index]
        if _pictographic(char) or (char in _KEYCAP_BASES and text[index + 1 : index + 2] in _EMOJI_MARKS):
            glued = True
        elif char > "\x7f" and unicodedata.category(char) in _SYMBOL_CATEGORIES:
            glued = False
        elif count and char.isspace():
            glued, cut = False, count + 1
        else:
            return count if glued else cut
        count += 1
    return 0


def _pictographic(char: str) -> bool:
    """An emoji, a symbol or dingbat, a flag's tag character, or a mark that joins or shapes them."""
    return (
        "\U0001f000" <= char <= "\U0001faff"
        or "\u2600" <= char <= "\u27bf"
        or char in _EMOJI_MARKS
        or "\U000e0020" <= char <= "\U000e007f"
    )


@dataclass(frozen=True)
class SectionSpec:
    """A canonical section: id, published number and published title."""

    id: str
    number: int
    title: str


@dataclass(frozen=True)
class HeadingMatch:
    """What a heading candidate says about itself."""

    number: int | None
    title: str  # the heading text without its number prefix
    spec: SectionSpec | None
    coverage: float  # share of the title's words the matched variant covers


@lru_cache(maxsize=1)
def section_specs() -> dict[str, SectionSpec]:
    """Return the canonical sections by id, in published order."""
    data = load_vocab("sections.json")["sections"]
    return {s["id"]: SectionSpec(s["id"], s["number"], s["title"]) for s in data}


@lru_cache(maxsize=1)
def _section_matcher() -> PhraseMatcher:
    data = load_vocab("sections.json")["sections"]
    return phrase_matcher({s["id"]: s["variants"] for s in data})


_PLAIN_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


@lru_cache(maxsize=1)
def _section_openers() -> tuple[str, ...]:
    """What a title must open with to match a section variant, lowercased: the variant itself when it is plain
    words with single spaces (its tokens match only a title opening with that text: "common pitfalls and risks"
    lets "Common role challenges" by untokenized), else its first token."""
    data = load_vocab("sections.json")["sections"]
    variants = [v.lower() for s in data for v in s["variants"] if v.strip()]
    openers = {v if _PLAIN_WORDS.fullmatch(v) else nlp().make_doc(v)[0].lower_ for v in variants}
    # Lowercasing a word's start can depend on what follows only outside ASCII (a final
    # sigma): with such an opener, "" lets every title through to the tokenizer.
    return tuple(sorted(openers)) if all(o.isascii() for o in openers) else ("",)


_NUMBER_WORDS = ("section", "part")  # "Section 7:", "Part 7 -"
_NUMBER = {"TEXT": {"REGEX": r"^\d{1,2}$"}}
_DASH = {"TEXT": {"IN": ["-", "–"]}}
_NUMBER_PATTERNS = {
    # A dash sets a number apart only with a space on either side of it: "30-day goals", "6-month" are
    # hyphenated compounds, not sections 30 and 6.
    "NUMBER": [
        [_NUMBER, {"TEXT": {"IN": [")", ".", ":"]}}],
        [{**_NUMBER, "SPACY": True}, _DASH],
        [_NUMBER, {**_DASH, "SPACY": True}],
        [{"TEXT": {"REGEX": r"^\d{1,2}[.)]$"}}],
    ],
    "SECTION_NUMBER": [[{"LOWER": {"IN": list(_NUMBER_WORDS)}}, _NUMBER, {"IS_PUNCT": True, "OP": "?"}]],
}
# Only a number prefix counts, and no pattern repeats a token: the first tokens, as many as the
# longest pattern has, hold every match that starts the heading.
_NUMBER_TOKENS = max(len(pattern) for patterns in _NUMBER_PATTERNS.values() for pattern in patterns)


@lru_cache(maxsize=1)
def _number_matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    for name, patterns in _NUMBER_PATTERNS.items():
        matcher.add(name, patterns)
    return matcher


@dataclass(frozen=True)
class _SubheadingRules:
    """A section's sub-heading PhraseMatcher and what a match needs of a text's opening words."""

    matcher: PhraseMatcher
    openers: tuple[str, ...]  # every phrase's first token, lowercased
    opening: re.Pattern[str]  # a text's first words, as many as the longest phrase has tokens


@lru_cache(maxsize=1)
def _subheading_matchers() -> dict[str, _SubheadingRules]:
    data = load_vocab("subheadings.json")
    rules: dict[str, _SubheadingRules] = {}
    for section, keys in data.items():
        if section.startswith("_"):
            continue
        phrases = [nlp().make_doc(v) for variants in keys.values() for v in variants if v.strip()]
        rules[section] = _SubheadingRules(
            matcher=phrase_matcher(keys),
            openers=tuple(sorted({doc[0].lower_ for doc in phrases})),
            opening=re.compile(rf"\S+(?:\s+\S+){{0,{max(len(doc) for doc in phrases) - 1}}}"),
        )
    return rules


def _words(tokens) -> int:
    return sum(1 for t in tokens if t.is_alpha or t.like_num)


@lru_cache(maxsize=4096)
def classify_heading(text: str) -> HeadingMatch:
    """Read a heading's number and map its title to a canonical section.

    "7) KPIs and Productivity Metrics" → number 7, section "kpis"; "📈 7) KPIs ..." the same.
    """
    text = undecorated(text)
    # Most candidates are neither numbered nor open with a section's words: answered
    # untokenized. Without leading whitespace the first token is a prefix of the text,
    # and every match counts only from the first token: a number prefix needs a digit
    # there or a number word, a section one of its openers. Without either, no match
    # at all, and the title is the whole text, stripped.
    first = text[:1]
    lower = text.lower()
    numbered = first.isspace() or first.isdigit() or lower.startswith(_NUMBER_WORDS)
    if not (numbered or lower.startswith(_section_openers())):
        return HeadingMatch(None, text.strip(), None, 0.0)
    return _classify_tokens(text, numbered)


def _classify_tokens(text: str, numbered: bool = True) -> HeadingMatch:
    """classify_heading on tokens; numbered=False when the text cannot open with a number prefix."""
    doc = nlp().make_doc(text)
    number: int | None = None
    body_start = 0
    number_matches = _number_matcher()(doc[:_NUMBER_TOKENS]) if numbered else []
    for _match_id, start, end in sorted(number_matches, key=lambda m: (m[1], -m[2])):
        if start == 0:
            digits = re.search(r"\d+", doc[start:end].text)
            number = int(digits.group(0)) if digits else None
            body_start = end
            break
    # Whitespace past a single space is a token of its own ("1.\tRole Summary", as Word
    # writes numbered headings; "1.   Title"): the title opens after it.
    while body_start < len(doc) and doc[body_start].is_space:
        body_start += 1
    body = doc[body_start:]
    title = body.text.strip()
    # Matched on the span, not a copy of it (Span.as_doc() costs more than the rest): the same
    # tokens give the same matches, at positions counted from the doc's start.
    at_start = [(match_id, end) for match_id, start, end in _section_matcher()(body) if start == body_start]
    if not at_start:
        return HeadingMatch(number, title, None, 0.0)
    # Parenthetical qualifiers ("(context-specific)") do not count against a match.
    core = _PARENTHESISED.sub("", title)
    core_words = _words(nlp().make_doc(core)) or 1
    best: tuple[float, int, SectionSpec] | None = None
    for match_id, end in at_start:
        coverage = _words(doc[body_start:end]) / core_words
        spec = section_specs()[nlp().vocab.strings[match_id]]
        if best is None or (coverage, end) > best[:2]:
            best = (coverage, end, spec)
    coverage, _end, spec = best
    return HeadingMatch(number, title, spec if _names_section(number, spec, coverage) else None, coverage)


def _names_section(number: int | None, spec: SectionSpec, coverage: float) -> bool:
    """Whether a title whose opening words are a section's names that section. Its own number agreeing, it may
    add more words of its own ("13) Decision Rights and Ownership": 2 of 4 words); without it, most of its words
    must be the section's."""
    return coverage >= 0.6 or (number == spec.number and coverage >= 0.5)


@dataclass(frozen=True)
class _ApprovalRules:
    """How a decision_rights sub-heading is keyed by its words anywhere (subheadings.json "_approval")."""

    section: str
    matcher: PhraseMatcher  # "ASK" for the asking words, "ALONE" for deciding alone, one label per approver level
    asks: tuple[str, ...]  # every asking phrase's first token, lowercased
    keys: dict[str, str]  # approver level → sub-heading key, lowest level first
    independent: str  # the key of decisions taken alone
    alone: tuple[str, ...]  # every "decides alone" phrase, lowercased
    negations: frozenset[str]  # tokens that negate an asking word after them
    reach: int  # how many tokens before the asking word a negation may stand
    authority: str  # the key of the authority areas
    authority_ends: tuple[str, ...]  # last words of an authority heading
    areas: frozenset[str]  # authority area names (skills_to_decisions.json)


_ASK, _ALONE = "ASK", "ALONE"
_AREA_JOINS = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b)\s*")


@lru_cache(maxsize=1)
def _approval_rules() -> _ApprovalRules:
    data = load_vocab("subheadings.json")["_approval"]
    levels = {level["level"]: level for level in data["levels"]}
    independent, authority = data["independent"], data["authority"]
    approvers = {name: lv["approvers"] for name, lv in levels.items()}
    return _ApprovalRules(
        section=data["section"],
        matcher=phrase_matcher({_ASK: data["asks"], _ALONE: independent["phrases"], **approvers}),
        asks=tuple(sorted({nlp().make_doc(a)[0].lower_ for a in data["asks"]})),
        keys={name: lv["key"] for name, lv in levels.items()},
        independent=independent["key"],
        alone=tuple(p.lower() for p in independent["phrases"]),
        negations=frozenset(independent["negations"]),
        reach=independent["reach"],
        authority=authority["key"],
        authority_ends=tuple(authority["ends"]),
        areas=frozenset(
            v.lower()
            for variants in load_vocab("skills_to_decisions.json")["authority_areas"].values()
            for v in variants
        ),
    )


def _approver_levels(rules: _ApprovalRules, text: str) -> set[str]:
    matches = rules.matcher(nlp().make_doc(text), as_spans=True)
    # The longest phrase wins: "leadership team" names executives, not a team.
    return {span.label_ for span in filter_spans([m for m in matches if m.label_ not in (_ASK, _ALONE)])}


def _approval_key(rules: _ApprovalRules, text: str) -> str | None:
    """Key a heading that asks for approval by the lowest approver level it names.

    "Decisions requiring director or VP approval" → "manager_approval"; "Requires team or
    peer-manager approval" → "team_approval" (any one approver named suffices, so the lowest).
    A heading that asks nobody ("Decisions not requiring approval") takes decisions alone.
    """
    core = _PARENTHESISED.sub(" ", text)
    lower = core.lower()
    # Most headings ask nobody's approval: answered untokenized. A parenthesis that asks
    # ("Can decide independently (no approval needed)") does not make the heading ask.
    if not any(ask in lower for ask in rules.asks):
        return None
    core_doc = nlp().make_doc(core)
    ask_starts = [start for match_id, start, _end in rules.matcher(core_doc) if nlp().vocab.strings[match_id] == _ASK]
    if not ask_starts:
        return None
    if any(t.lower_ in rules.negations for start in ask_starts for t in core_doc[max(0, start - rules.reach) : start]):
        return rules.independent
    # The qualifier names the approvers only when the heading's own words do not:
    # "Decisions requiring approval (director or VP)".
    named = _approver_levels(rules, core) or _approver_levels(rules, " ".join(_PARENTHESISED.findall(text)))
    return next((key for level, key in rules.keys.items() if level in named), None)


def _scope_key(rules: _ApprovalRules, text: str) -> str | None:
    """Key a heading that asks no approval by what it says of the role's scope, anywhere in its words.

    "Decisions the SRE can make independently" → "independent"; "Budget, vendor, hiring and
    compliance authority" or "Budget, vendor and hiring" → "authority"; "Budget authority" → None.
    """
    core = _PARENTHESISED.sub(" ", text).strip().rstrip(":").strip()
    lower = core.lower()
    # Substring tests first: most headings say neither; tokens confirm whole words ("alone", not "standalone").
    if any(phrase in lower for phrase in rules.alone) and any(
        nlp().vocab.strings[match_id] == _ALONE for match_id, _start, _end in rules.matcher(nlp().make_doc(core))
    ):
        return rules.independent
    words = lower.split()
    if words and words[-1] in rules.authority_ends:
        # One area's own label ("Budget authority – none") heads no group.
        return None if _names_one_area(rules, words) else rules.authority
    areas = [part for part in _AREA_JOINS.split(lower) if part]
    if len(areas) >= 2 and all(area in rules.areas for area in areas):
        return rules.authority
    return None


def _names_one_area(rules: _ApprovalRules, words: list[str]) -> bool:
    return " ".join(words[:-1]) in rules.areas


def is_area_authority_label(label: str) -> bool:
    """One authority area's own label: "Hiring authority" → True; "Budget and hiring authority" → False."""
    rules = _approval_rules()
    words = label.lower().split()
    return len(words) >= 2 and words[-1] in rules.authority_ends and _names_one_area(rules, words)


def authority_label_areas(label: str) -> list[str]:
    """The areas a label names when it names two or more (as written), else [].

    "Budget, vendor, and hiring authority" → ["Budget", "vendor", "hiring"]; "Hiring authority" → [].
    """
    rules = _approval_rules()
    words = _PARENTHESISED.sub(" ", label).split()
    if words and words[-1].lower() in rules.authority_ends:
        words = words[:-1]
    areas = [part for part in _AREA_JOINS.split(" ".join(words)) if part]
    return areas if len(areas) >= 2 and all(area.lower() in rules.areas for area in areas) else []


def authority_label_ends() -> tuple[str, ...]:
    """The last words of an authority label or heading ("authority", ...)."""
    return _approval_rules().authority_ends


@lru_cache(maxsize=8192)
def subheading_key(section_id: str, text: str) -> str | None:
    """Return the stable key of a known sub-heading inside a section, if any.

    ("responsibilities", "Strategic responsibilities (early-career scope)") → "strategic".
    """
    rules = _subheading_matchers().get(section_id)
    if rules is None:
        return None
    text = undecorated(text)  # "🎯 Strategic responsibilities"
    key = _opening_key(rules, text)
    approval = _approval_rules()
    if section_id != approval.section:
        return key
    # Decision headings are worded around who approves, or around deciding alone, anywhere
    # in the line; an opening that says otherwise ("Can decide independently") keeps its key.
    if key is None or key in approval.keys.values():
        key = _approval_key(approval, text) or key
    return key or _scope_key(approval, text)


def _opening_key(rules: _SubheadingRules, text: str) -> str | None:
    """The key of the longest sub-heading phrase the text starts with, after a qualifier word or two.

    "Common challenges", "Key bottlenecks": the qualifier only ranks the phrase that follows it. So does
    a first word of a pair the page names together ("Banking and infrastructure environment", "Customer
    and cross-functional responsibilities", "Safety, compliance, and quality responsibilities"), when
    the first word is no known phrase itself, a first member of two words before its comma ("Food safety,
    compliance, and quality responsibilities"), one paired by a slash ("Clinical / technical
    responsibilities"), and one paired after a variant heading's "By" ("By sport or industry").
    """
    key = _phrase_key(rules, text)
    passed = 0
    while key is None and passed < _MAX_QUALIFIERS:
        words = text.split(None, 2)
        if len(words) < 2:
            break
        if words[0].lower() in _leading_qualifiers() or words[0].endswith(","):
            text = text.split(None, 1)[1]
        elif len(words) == 3 and words[1].endswith(","):  # a first pair member of two words: "Food safety, ..."
            text = words[2]
        elif len(words) == 3 and words[1].lower() in _PAIR_JOINS:
            text = words[2]
        elif "/" in words[0]:  # the pair written close: "Clinical/technical responsibilities"
            text = text.split("/", 1)[1]
        elif len(words) == 3 and words[0].lower() == "by" and words[2].split(None, 1)[0].lower() in _PAIR_JOINS:
            # a pair after "By", its first member a word no phrase names: "By sport or industry" → "By industry"
            text = f"{words[0]} {words[2].split(None, 1)[-1]}"
        else:
            break
        passed += 1
        key = _phrase_key(rules, text)
    return key


_PAIR_JOINS = frozenset(("and", "&", "or", "/"))


_MAX_QUALIFIERS = 2  # "Most common challenges"


@lru_cache(maxsize=1)
def _leading_qualifiers() -> frozenset[str]:
    return frozenset(load_vocab("subheadings.json")["_leading_qualifiers"]["words"])


def _phrase_key(rules: _SubheadingRules, text: str) -> str | None:
    """The key of the longest sub-heading phrase the text starts with."""
    opening = rules.opening.match(text)
    # Tokens never span whitespace, so the first token is a prefix of the first
    # word: most lines (every paragraph and list item is asked) end here, untokenized.
    if opening is None or not opening.group().lower().startswith(rules.openers):
        return None
    # Only matches at the start count, none has more tokens than the opening has
    # words, and every word is at least one token: the opening holds them all.
    doc = nlp().make_doc(opening.group())
    best: tuple[int, str] | None = None
    for match_id, start, end in rules.matcher(doc):
        if start == 0 and (best is None or end > best[0]):
            best = (end, nlp().vocab.strings[match_id])
    return best[1] if best else None


def is_title_like(text: str, max_words: int = 12) -> bool:
    """True for a short line that reads as a heading, not a sentence."""
    stripped = undecorated(text.strip())
    if not (stripped[:1].isupper() or stripped[:1].isdigit()) or stripped.endswith(_TERMINAL):
        return False
    return len(stripped.split(None, max_words)) <= max_words  # counts no further than it needs


@dataclass(frozen=True)
class SectionStart:
    """Where a section begins in the piece list and what it is."""

    index: int
    match: HeadingMatch
    heading: Block


def find_section_starts(pieces: list[Piece]) -> list[SectionStart]:
    """Locate the section headings among the pieces, in document order."""
    candidates: list[tuple[int, HeadingMatch, Block]] = []
    for index, piece in enumerate(pieces):
        block = piece.block
        if block.kind is _HEADING or (
            block.kind is _PARAGRAPH and is_title_like(block.text) and not _continues_line_above(pieces, index)
        ):
            match = classify_heading(block.text)
            candidates.append((index, match, block))
    known = [c for c in candidates if c[1].spec is not None and _accept(c[1], c[2])]
    if contents := _table_of_contents(known):
        known = [c for c in known if c[0] not in contents]
        candidates = [c for c in candidates if c[0] not in contents]
    if not known:
        return []
    if numbered_titles := _numbered_titles(candidates, known):
        candidates = [(i, numbered_titles.get(i, m), b) for i, m, b in candidates]
        known = sorted(
            [c for c in known if c[0] not in numbered_titles] + [c for c in candidates if c[0] in numbered_titles],
            key=lambda c: c[0],
        )
    # The heading level most canonical sections use is the section level;
    # other headings at that level open sections we do not know.
    levels = [c[2].level for c in known if c[2].kind is _HEADING]
    section_level = min(set(levels), key=lambda lv: (-levels.count(lv), lv)) if levels else None
    numbered = sum(1 for c in known if c[1].number is not None) * 2 > len(known)
    subheading_level = _subheading_level(candidates, known, section_level) if numbered else None
    starts: list[SectionStart] = []
    last_number = 0
    list_number: int | None = None  # number of the last numbered heading read as a list item
    first_index = known[0][0]
    known_indexes = {c[0] for c in known}
    numbered_at = _last_numbered_titles(known)
    for index, match, block in candidates:
        if index in known_indexes:
            if block.kind is _PARAGRAPH and match.spec is not None and match.spec.number <= last_number:
                continue  # a bare title line out of order is more likely prose
            if block.kind is _PARAGRAPH and match.number is None and numbered_at.get(match.spec.id, -1) > index:
                continue  # "Operating environment" under section 3, "11) ... Environment" further on: a sub-heading
            if numbered and starts and _names_own_section(match, block, starts[-1], section_level):
                continue  # "16) Risks, ..." then its <h3>Failure modes</h3>: a sub-heading, no second copy
            starts.append(SectionStart(index, match, block))
            last_number = max(last_number, match.spec.number if match.spec else 0)
            list_number = None
        elif (
            index > first_index
            and block.kind is _HEADING
            and section_level is not None
            and block.level == section_level
            and _opens_unknown_section(pieces, index, match, numbered, subheading_level)
        ):
            number = match.number
            if number is not None and (number <= last_number or (list_number is not None and number == list_number + 1)):
                # Not the next section ("21) FAQ" after 20) but a numbered list styled as headings:
                # "1)" under section 3, and the "4)", "5)" that continue it.
                list_number = number
                continue
            starts.append(SectionStart(index, match, block))
            last_number = max(last_number, number or 0)
    return starts


def _last_numbered_titles(known: list[tuple[int, HeadingMatch, Block]]) -> dict[str, int]:
    """The piece index of each section's last numbered title: a bare line naming the section before it is no
    start of the section, which its number opens further on."""
    return {c[1].spec.id: c[0] for c in known if c[1].number is not None}


def _names_own_section(match: HeadingMatch, block: Block, current: SectionStart, section_level: int | None) -> bool:
    """Whether an unnumbered heading below the section level names the numbered section it sits in: a page that
    numbers its sections opens none with a sub-heading, and its order puts this one inside the section."""
    return (
        match.number is None
        and block.kind is _HEADING
        and section_level is not None
        and block.level > section_level
        and current.match.spec is match.spec
        and current.match.number is not None
    )


def _subheading_level(
    candidates: list[tuple[int, HeadingMatch, Block]], known: list[tuple[int, HeadingMatch, Block]], level: int | None
) -> int | None:
    """The level of the page's sub-headings where its headings tell sections from sub-headings by level, else None:
    every known section title a heading at the section level, and most other headings past the first below it
    (markdown "##" sections over "###" sub-headings, HTML h2 over h3); the level most of those use.

    Where the scraper left no levels of the page's own, sections and sub-headings are told apart by the outline
    alone: bold lines are read as sub-headings whatever they head, and plain "N) Title" lines take the section
    level only because they are numbered.
    """
    if level is None or any(c[2].kind is not _HEADING or c[2].level != level for c in known):
        return None
    first, known_indexes = known[0][0], {c[0] for c in known}
    others = [c[2].level for c in candidates if c[0] > first and c[0] not in known_indexes and c[2].kind is _HEADING]
    lower = [lv for lv in others if lv > level]
    if len(lower) <= len(others) - len(lower):
        return None
    return max(set(lower), key=lambda lv: (lower.count(lv), -lv))


def _opens_unknown_section(
    pieces: list[Piece], index: int, match: HeadingMatch, numbered: bool, subheading_level: int | None
) -> bool:
    """Whether a heading at the section level that names no section opens one of its own ("other").

    Where the page numbers its sections, an unknown heading must be numbered too, unless the page's
    levels set its sections apart; otherwise a bold sub-heading at the same level ("Data deliverables")
    would split its section in two. An unnumbered one then heads the article's kind of content (a
    salary table, an FAQ's questions, a list of sources), not an ad's tagline and button: the noise
    cut drops an ad's lines, and its heading too unless the heading opens a section.
    """
    if numbered and match.number is not None:
        return True
    if numbered and not (subheading_level and _heads_structure(pieces, index, subheading_level)):
        return False
    return not is_subheading_anywhere(match.title)


_LINKED = 0.5  # a paragraph with this share of link text or more is a link


def _heads_structure(pieces: list[Piece], index: int, subheading_level: int) -> bool:
    """Whether a heading heads a list, a table or a heading at the page's sub-heading level before any other
    heading, and no link before it, alone on its line or as a button's short label ("Browse EV Rentals"): an
    ad's heading heads a tagline and a button, a promotion's a bold line."""
    for block, link_ratio in islice(pieces, index + 1, None):
        if block.kind is _HEADING:
            return block.level == subheading_level
        if block.kind is not _PARAGRAPH:
            return True
        if link_ratio and (link_ratio >= _LINKED or is_title_like(block.text)):
            return False
    return False


def _numbered_titles(
    candidates: list[tuple[int, HeadingMatch, Block]], known: list[tuple[int, HeadingMatch, Block]]
) -> dict[int, HeadingMatch]:
    """The headings that name their section by its number, by piece index, as matches of that section.

    Only where the page numbers its sections by the outline (the known titles around the heading bear their
    own sections' numbers), the heading's number falls in order between them, and its section has no title
    of its own: "11) Maintain the tech stack" in a list styled as headings under section 3 comes out of order,
    and on a page that inserts a section and renumbers the rest the titles around no longer bear their
    sections' numbers. The heading names that section with its words past their opening ("11) Working
    Environment and Tech Stack"), or with none at all where it continues the outline (_numbered_runs), the
    outline's numbering being fixed across the family ("9) Behavioural Competencies", "10) Tools and
    Technology" between 8 and 12). A title whose words name a section another title holds by its own number
    ("20) Role Summary Scorecard" beside "1) Role Overview") yields to its number the same way.
    """
    agreeing = {c[1].spec.id for c in known if c[1].number == c[1].spec.number}
    misread = {c[0] for c in known if c[1].number not in (None, c[1].spec.number) and c[1].spec.id in agreeing}
    neighbours = [c for c in known if c[0] not in misread]
    positions = [c[0] for c in neighbours]
    taken = {c[1].spec.id for c in neighbours}
    continued = _numbered_runs(candidates, neighbours)
    titles: dict[int, HeadingMatch] = {}
    for index, match, block in candidates:
        if (match.spec is not None and index not in misread) or match.number is None or block.kind is not _HEADING:
            continue
        named = _numbered_section(match.title, match.number)
        spec = named or _section_numbered(match.number)
        if spec is None or spec.id in taken:
            continue
        position = bisect_left(positions, index)
        before, after = neighbours[position - 1 : position] if position else [], neighbours[position : position + 1]
        in_order = all(c[1].number == c[1].spec.number < spec.number for c in before) and all(
            c[1].number == c[1].spec.number > spec.number for c in after
        )
        if in_order and (named or index in continued):
            titles[index] = replace(match, spec=spec)
            taken.add(spec.id)
    return titles


def _numbered_runs(
    candidates: list[tuple[int, HeadingMatch, Block]], neighbours: list[tuple[int, HeadingMatch, Block]]
) -> set[int]:
    """The numbered headings (by piece index) that continue the outline from the known title before them: at its
    heading level (a numbered sub-heading below it counts for nothing), in a gap between two known titles whose
    numbered headings at that level all number in order between theirs (9, 10, 11 between 8 and 12, not a list's
    1, 2, 3, 4 under section 3), each numbered one past the heading before it ("11)" right after "2)" skips the
    outline's sections between: its number alone says little)."""
    positions = [c[0] for c in neighbours]
    known_indexes = set(positions)
    gaps: dict[int, list[tuple[int, int]]] = {}  # position of the title after → (index, number) of each heading
    for index, match, block in candidates:
        if match.number is None or block.kind is not _HEADING or index in known_indexes:
            continue
        position = bisect_left(positions, index)
        if not position:
            continue  # before the first title: no outline to be in order with
        if all(c[2].kind is _HEADING and c[2].level == block.level for c in neighbours[position - 1 : position + 1]):
            gaps.setdefault(position, []).append((index, match.number))
    continued: set[int] = set()
    for position, run in gaps.items():
        bounds = neighbours[position - 1 : position + 1]
        # Past the last title the run must reach the outline's end: "6) Frequently Asked Questions" after 5,
        # on a page whose outline stops there, names no goals.
        last = max(spec.number for spec in section_specs().values())
        ordered = [bounds[0][1].number, *(number for _index, number in run), *[c[1].number for c in bounds[1:]]]
        if len(bounds) == 1 and run[-1][1] != last:
            continue
        if None in ordered or any(a >= b for a, b in zip(ordered, ordered[1:])):
            continue
        continued.update(index for (index, number), previous in zip(run, ordered) if number == previous + 1)
    return continued


def _section_numbered(number: int) -> SectionSpec | None:
    return next((spec for spec in section_specs().values() if spec.number == number), None)


@lru_cache(maxsize=1024)
def _numbered_section(title: str, number: int) -> SectionSpec | None:
    """The section numbered ``number`` if the title has its words anywhere ("Working Environment and Tech Stack", 11
    → tech_stack)."""
    specs = section_specs()
    ids = {nlp().vocab.strings[match_id] for match_id, _start, _end in _section_matcher()(nlp().make_doc(title))}
    return next((specs[i] for i in ids if specs[i].number == number), None)


_CONTENTS_RUN = 3  # titles in a row: two could be a heading and a title-like first line under it
# Characters between two titles in a row: a contents line's markup ('</a></span></p><p class="c4"><a href=...>').
# Read on the page's text, not on its pieces, so that what a cut drops between them changes nothing.
_CONTENTS_GAP = 300


def _table_of_contents(known: list[tuple[int, HeadingMatch, Block]]) -> set[int]:
    """The piece indexes of a table of contents among the known section titles: a run of them with no text
    between ("3) Core Responsibilities" lines linking down the page, as a Google Docs export has them), each
    of whose sections has its title again further on.

    Read as section starts, such a run opened every section empty, and only the first of a section's
    repeats is parsed. A page's own sections have something under their titles and do not repeat.
    """
    contents: set[int] = set()
    run: list[int] = []  # positions in known
    for k in range(len(known) + 1):
        if k < len(known) and run and known[k][2].start - known[run[-1]][2].end <= _CONTENTS_GAP:
            run.append(k)
            continue
        # The run's leading titles whose sections come again: the first section's own title may follow the
        # contents' last line right away, and so belong to the run.
        if len(run) >= _CONTENTS_RUN:
            entries = list(takewhile(lambda j: any(c[1].spec.id == known[j][1].spec.id for c in known[j + 1 :]), run))
            if len(entries) >= _CONTENTS_RUN:
                contents.update(known[j][0] for j in entries)
        run = [k]
    return contents


def starts_after_cut(pieces: list[Piece], starts: list[SectionStart], kept: list[int]) -> list[SectionStart]:
    """find_section_starts of the pieces kept (by their indexes, in order), given its ``starts`` among all the pieces.

    The starts are read from the heading candidates alone (each piece's own: a heading or a title-like
    paragraph), in order, and from what each says. No start changes when the cut drops a piece that is no
    candidate, one before the first section that names none (the first known candidate opens the first
    section, unless it is a table of contents' line), or one that opens no section and has neither a section
    nor a number: it counts in no tally, and without a number it opens a section wherever it passes for one.
    Only where the cut drops another candidate are the kept pieces read again.
    """
    opened = {start.index for start in starts}
    first = starts[0].index if starts else len(pieces)
    dropped = set(range(len(pieces))).difference(kept)
    for index in dropped:
        # A title-like line is read with the line above it (_continues_line_above): a new line above, a new reading.
        after = index + 1
        if after < len(pieces) and after not in dropped and _title_like_paragraph(pieces[after].block):
            return find_section_starts([pieces[k] for k in kept])
        block = pieces[index].block
        if block.kind is _HEADING or (block.kind is _PARAGRAPH and is_title_like(block.text)):
            match = classify_heading(block.text)
            # Before the first section only a known title counts: it may be a table of contents' line.
            if match.spec is not None or (index >= first and (index in opened or match.number is not None)):
                return find_section_starts([pieces[k] for k in kept])
    return [SectionStart(bisect_left(kept, start.index), start.match, start.heading) for start in starts]


def _title_like_paragraph(block: Block) -> bool:
    return block.kind is _PARAGRAPH and is_title_like(block.text)


def _continues_line_above(pieces: list[Piece], index: int) -> bool:
    """Whether a title-like line is the rest of the paragraph line above, cut where it cannot end: a page
    title wrapped in print ("…Skills, KPIs, and" / "Career Path") names no section."""
    above = pieces[index - 1].block if index else None
    return above is not None and above.kind is _PARAGRAPH and ends_mid_clause(above.text)


def _accept(match: HeadingMatch, block: Block) -> bool:
    """A paragraph counts as a section title only when it is nothing else."""
    if block.kind is _HEADING:
        return True
    return match.coverage >= 0.9 or (match.number is not None and match.spec is not None)


def is_subheading_anywhere(title: str) -> bool:
    """Whether a line is a known sub-heading of any section ("Next likely roles after this role")."""
    return any(subheading_key(section, title) for section in _subheading_matchers())
