"""The parsers' vocabularies and the spaCy matchers built from them, once per process.

Three files in pipeline/vocab/, one per group of sections, each saying in its
"_comment" how its phrases are written: summary_to_kpis.json (sections 1-7),
skills_to_decisions.json (8-13; plain phrases, read with :func:`label_key`
and :func:`find_terms`) and experience_to_scorecard.json (14-20; phrases
with wildcards, read with :func:`find_rules`). Then the tool gazetteer
tools.txt, and the readers only wording decides: example labels, tool names,
role nouns, qualifiers and arrows, and the ranks of seniority.json that open a role name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, count
from operator import itemgetter
from typing import NamedTuple, TypeVar

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..nlp import load_vocab, load_vocab_lines, nlp, per_word, phrase_matcher, tokens_of_words
from .text import normalise_label, paren_depth, split_note

__all__ = [
    "EXPERIENCE_TO_SCORECARD",
    "SKILLS_TO_DECISIONS",
    "SUMMARY_TO_KPIS",
    "RuleSet",
    "arrow_path",
    "ends_with_role",
    "find_rules",
    "find_terms",
    "label_key",
    "label_kind",
    "may_match",
    "names_a_role",
    "names_a_team",
    "opens_with_example",
    "page_tool_names",
    "phrase_gate",
    "role_qualifier_words",
    "rule_set",
    "split_role_qualifier",
    "starts_with_term",
    "term_keys",
    "text_doc",
    "tools_by_segment",
    "tools_in",
    "writes_name",
]

SUMMARY_TO_KPIS = "summary_to_kpis.json"
SKILLS_TO_DECISIONS = "skills_to_decisions.json"
EXPERIENCE_TO_SCORECARD = "experience_to_scorecard.json"
SENIORITY = "seniority.json"


# --- labels and terms (skills_to_decisions.json) ---------------------------------------------------


@cache
def _label_table(group: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, phrases in load_vocab(SKILLS_TO_DECISIONS)[group].items():
        for phrase in phrases:
            table.setdefault(normalise_label(phrase), key)
    return table


@lru_cache(maxsize=4096)
def label_key(label: str | None, group: str) -> str | None:
    """Canonical key of a short label ("What good looks like" → what_good_looks_like).

    The label's longest word prefix found in the vocabulary group decides, so
    "Use (examples)" is still a use line; unknown labels give None.
    Cached: the same few labels ("Use", "Value", "Nature") recur on every item of every page.
    """
    if not label:
        return None
    table = _label_table(group)
    words = normalise_label(label).split()
    for n in range(len(words), 0, -1):
        key = table.get(" ".join(words[:n]))
        if key is not None:
            return key
    if len(words) > 1 and words[0] in _label_qualifiers():
        return label_key(" ".join(words[1:]), group)  # "Typical escalation" is an escalation column
    return None


@cache
def _label_qualifiers() -> frozenset[str]:
    """Words that open a label without changing what it names ("Typical", "Main", "Key")."""
    return frozenset(load_vocab(SKILLS_TO_DECISIONS)["label_qualifiers"])


Kind = TypeVar("Kind", bound=StrEnum)


def label_kind(label: str | None, group: str, unknown: Kind) -> Kind:
    """The member of ``unknown``'s enum that a label names, else ``unknown``.

    label_kind("Nature", "stakeholder_details", StakeholderDetailKind.OTHER) → NATURE; "Depth" → OTHER.
    """
    # The enum's value map gives the member kinds(key) would, without the ~1 µs of Enum.__call__ (~70 a page).
    return type(unknown)._value2member_map_.get(label_key(label, group), unknown)


@cache
def _terms_matcher(group: str) -> PhraseMatcher:
    phrases = load_vocab(SKILLS_TO_DECISIONS)[group]
    return phrase_matcher(phrases if isinstance(phrases, dict) else {group: phrases})


@lru_cache(maxsize=8192)
def find_terms(text: str, group: str) -> tuple[tuple[str, int, int], ...]:
    """Vocabulary terms in a text: (key, start char, end char), longest match first, in page order.

    find_terms("Optional / Common", "prevalence") → (("optional", 0, 8), ("common", 11, 17)).
    A group that is a plain list of phrases reports the group's name as key.
    Cached: short cells such as "Common" or "Critical" recur on every page.
    """
    if not text:
        return ()
    doc = nlp().make_doc(text)
    strings = nlp().vocab.strings
    keys = {(s, e): strings[m] for m, s, e in _terms_matcher(group)(doc)}
    spans = _without_overlaps([doc[s:e] for s, e in keys])
    return tuple((keys[(sp.start, sp.end)], sp.start_char, sp.end_char) for sp in spans)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """The spans filter_spans keeps (the longest of overlapping ones), in page order, as filter_spans returns them.

    Fewer than two spans are kept as they are: most texts have no match, or one.
    """
    return spans if len(spans) < 2 else filter_spans(spans)


def term_keys(text: str, group: str) -> list[str]:
    """Distinct vocabulary keys found in a text, in page order: "Optional / Common" → [optional, common]."""
    out: list[str] = []
    for key, _, _ in find_terms(text, group):
        if key not in out:
            out.append(key)
    return out


def starts_with_term(text: str, group: str) -> str | None:
    """Key of a vocabulary term that opens the text ("Optional / Context-specific" → optional)."""
    text = text.lstrip()
    terms = find_terms(text, group)
    return terms[0][0] if terms and terms[0][1] == 0 else None


# --- rules (experience_to_scorecard.json) ----------------------------------------------------------


def _token_pattern(tokens: list[str]) -> list[dict]:
    """Matcher pattern of a tokenized phrase with wildcards: '*' any one optional word, '#' one optional number."""
    pattern: list[dict] = []
    for text in tokens:
        if text == "*":
            pattern.append({"IS_ALPHA": True, "OP": "?"})
        elif text == "#":
            pattern.append({"LIKE_NUM": True, "OP": "?"})
        elif _is_abbreviation(text):
            pattern.append({"ORTH": text})
        else:
            pattern.append({"LOWER": text.lower()})
    return pattern


def _is_abbreviation(token: str) -> bool:
    """'MS', 'M.S.', 'GED' are matched case-sensitively (so 'ms' in running text is not a degree)."""
    return len(token) > 1 and token.isupper()


class RuleSet:
    """Vocabulary phrases compiled for speed: PhraseMatchers for plain phrases, a Matcher only for wildcards."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        language = nlp()
        self.lower = PhraseMatcher(language.vocab, attr="LOWER")
        self.exact = PhraseMatcher(language.vocab, attr="ORTH")
        self.wild = Matcher(language.vocab)
        heads: set[str] = set()
        required: set[str] = set()
        for label, phrases in groups.items():
            lower, exact, wild = [], [], []
            for phrase in phrases:
                if not phrase.strip():
                    continue
                doc = language.make_doc(phrase)
                tokens = [t.text for t in doc]
                # The longest word a match must hold ('*' and '#' are optional; none left lets every text through).
                required.add(max((t.lower() for t in tokens if t not in ("*", "#")), key=len, default=""))
                if "*" in tokens or "#" in tokens:
                    wild.append(_token_pattern(tokens))
                    heads.add(tokens[0].lower())
                elif all(_is_abbreviation(t) for t in tokens):
                    exact.append(doc)
                else:
                    lower.append(doc)
            if not (lower or exact or wild):
                # An empty group would silently match nothing and hide a typo.
                raise ValueError(f"vocabulary group {label!r} has no phrases")
            if lower:
                self.lower.add(label, lower)
            if exact:
                self.exact.add(label, exact)
            if wild:
                self.wild.add(label, wild)
        # The Matcher costs ~20x a PhraseMatcher: run it only on texts holding a wildcard phrase's first word.
        self.wild_heads = (
            re.compile(r"\b(?:" + "|".join(re.escape(h) for h in sorted(heads)) + r")\b", re.IGNORECASE)
            if heads
            else None
        )
        # may_match's gate: most texts asked about are not tokenized (see find_rules).
        self.gate = re.compile("|".join(re.escape(word) for word in sorted(required)))

    def spans(self, doc: Doc, text: str) -> list[Span]:
        """Non-overlapping matches in page order, the longest winning overlaps."""
        matches = self.lower(doc) + self.exact(doc)
        if self.wild_heads is not None and self.wild_heads.search(text):
            matches += self.wild(doc)
        return _without_overlaps([Span(doc, start, end, label=match_id) for match_id, start, end in matches])


@cache
def rule_set(key: str) -> RuleSet:
    """The compiled rules of one vocabulary entry (a dict of groups, or a list: one group named after the key)."""
    entry = load_vocab(EXPERIENCE_TO_SCORECARD)[key]
    groups = entry if isinstance(entry, Mapping) else {key: entry}
    return RuleSet(groups)


@lru_cache(maxsize=512)
def text_doc(text: str) -> Doc:
    """The tokenized text (cached: one item is often asked several questions; labels recur across pages)."""
    return nlp().make_doc(text)


@lru_cache(maxsize=1024)
def find_rules(key: str, text: str) -> tuple[Span, ...]:
    """Matches of a vocabulary entry in a text, in page order: find_rules("arrows", "A → B") → (→,).

    Cached: an item is often asked the same question twice (an education line's degree levels and its fields;
    a certification's requirement word), and short texts ("Optional", "preferred") recur across pages.
    A text that holds no phrase's required word (a certification's name asked for an importance word) has none,
    and is not tokenized.
    """
    rules = rule_set(key)
    if not may_match(text, rules.gate):
        return ()
    return tuple(rules.spans(text_doc(text), text))


# --- phrase pre-check -----------------------------------------------------------------------------


def phrase_gate(phrases: Iterable[str]) -> re.Pattern[str]:
    """The longest token of each phrase, lower-cased as a LOWER PhraseMatcher compares it, as one pattern.

    What :func:`may_match` looks for: phrase_gate(["depending on", "subject to"]) finds "depending" or "subject".
    """
    words = {max((t.lower_ for t in nlp().make_doc(p)), key=len) for p in phrases if p.strip()}
    return re.compile("|".join(re.escape(word) for word in sorted(words)))


def may_match(text: str, gate: re.Pattern[str]) -> bool:
    """False only when no phrase of the gate's can match the text, so tokenizing it can be skipped (most texts).

    Exact for ASCII text: every token is a slice of the text and its lower form that slice lower-cased, so the
    longest word of a matching phrase is a substring of text.lower(). Other text is left to spaCy.
    """
    return not text.isascii() or gate.search(text.lower()) is not None


# --- example labels (summary_to_kpis.json) ---------------------------------------------------------


@lru_cache(maxsize=1)
def _example_labels() -> tuple[PhraseMatcher, tuple[str, ...]]:
    """The example-label matcher, and the first words of the labels (lower-cased) for a cheap pre-check."""
    labels = load_vocab(SUMMARY_TO_KPIS)["nesting"]["example_labels"]
    heads = tuple({doc[0].lower_ for doc in map(nlp().make_doc, labels) if len(doc)})
    return phrase_matcher({"EXAMPLE": labels}), heads


def opens_with_example(text: str) -> bool:
    """Whether an item opens with an example label: "Example: add a slice" → True, "Build it." → False."""
    matcher, heads = _example_labels()
    if not text.lower().startswith(heads):
        return False  # a label match at the first token needs the text to open with a label's first word
    doc = nlp().make_doc(text)
    return any(start == 0 for _, start, _ in matcher(doc))


# --- tool names (tools.txt) ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tool_names() -> tuple[str, ...]:
    """Tool names of the gazetteer pipeline/vocab/tools.txt, as the table splitter reads them."""
    return tuple(dict.fromkeys(load_vocab_lines("tools.txt")))


@lru_cache(maxsize=1)
def _tool_matcher() -> tuple[PhraseMatcher, dict[int, str]] | None:
    names = _tool_names()
    if not names:
        return None
    language = nlp()
    matcher = PhraseMatcher(language.vocab, attr="LOWER")
    ids: dict[int, str] = {}
    for name in names:
        ids[language.vocab.strings.add(name)] = name
        matcher.add(name, [language.make_doc(name)])
    return matcher, ids


def tools_by_segment(texts: list[str], page_tools: Sequence[str] = ()) -> list[list[str]]:
    """Tool names of the gazetteer found in each text, longest match first, in page order.

    ["Python and Git", "no tools here", "Docker"] → [["Python", "Git"], [], ["Docker"]].
    Matching ignores case, but a name written with capitals is not taken
    from all-lowercase text ("understanding transformers" is not the library).
    ``page_tools`` (see :func:`page_tool_names`) are found too, as written: "in Gainsight and Salesforce".
    """
    built = _tool_matcher()
    if built is None:
        return [[] for _ in texts]
    matcher, ids = built
    found: list[list[str]] = []
    for text in texts:
        page_hits = _page_tool_hits(text, page_tools) if page_tools else []
        if not (page_hits or _may_name_a_tool(text)):
            found.append([])
            continue
        text = text.replace("\n", " ")
        names = None if page_hits else _tools_in_words(text)
        if names is None:
            # One doc per text, not one for the section: after a special case (a newline, an em dash, "can't")
            # spaCy caches none of the doc's later words, so in a long doc most words were split afresh every page.
            names = _tools_in_doc(nlp().make_doc(text), matcher, ids, page_hits)
        found.append(names)
    return found


def page_tool_names(names: Iterable[str]) -> tuple[str, ...]:
    """The names of a page's tools table that are products the gazetteer lacks ("Gainsight", "ChurnZero").

    A generic tool kind ("Secrets manager", "Data lake", "in-house platform") is none: a product name opens and
    ends with a capital or a digit, or is one word its maker writes in lower case ("fastlane", "pgAdmin"). Nor is
    a name of two letters: "CI" of "GitLab (Actions / CI)" is a practice; a letter and a digit ("k2" of "k2 /
    icefall", "D3") are a product's code, no practice is written so. A capital letter alone is a language
    ("R", "C"): a skill's text names it only in a list of tools (see :func:`_page_tool_hits`).
    """
    known = _known_tool_names()
    return tuple(
        dict.fromkeys(
            name
            for name in names
            if name.lower() not in known
            and (
                (len(name) > 2 and (_PRODUCT_NAME.fullmatch(name) or _is_lowercase_product(name)))
                or _is_letter_name(name)
                or _CODE_NAME.fullmatch(name)
            )
        )
    )


def _is_letter_name(name: str) -> bool:
    return len(name) == 1 and name.isupper()


# Opening and closing with a capital or a digit: "Gainsight", "Power BI", "Microsoft Defender for Endpoint".
_PRODUCT_NAME = re.compile(r"[A-Z0-9](?:.*\s[A-Z0-9])?\S*")
# A letter and a digit: a product's short code ("k2", "D3"), where two letters are a practice ("CI").
_CODE_NAME = re.compile(r"[A-Za-z][0-9]")
# One word of letters and digits opening in lower case: "fastlane", "dbatools", "pgAdmin"; not "in-house".
_LOWERCASE_NAME = re.compile(r"[a-z][A-Za-z0-9]+")


def _is_lowercase_product(name: str) -> bool:
    """A lower-case one-word name of a tools table: its maker's spelling ("fastlane"), not a function word
    ("others" of "Slack / Teams / others"). A skill's text names it as written: lower case, a whole word."""
    return bool(_LOWERCASE_NAME.fullmatch(name)) and name not in STOP_WORDS


@lru_cache(maxsize=1)
def _known_tool_names() -> frozenset[str]:
    return frozenset(name.lower() for name in _tool_names())


def _page_tool_hits(text: str, page_tools: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where the page's tool names stand in a text as whole words: (start, end, name), the name as the table
    writes it.

    The text may spell a name in other capitals than the table, its words opening as the name's do: a brand set in
    capitals in one place is written in mixed case in another ("ONESOURCE Tax Provision" in the table, "OneSource
    Tax Provision" in a skill; "BlackLine", "Blackline"), while a lower-case word is no capitalised name ("linear"
    of "Linear"). A name that may be an ordinary word ("Linear", "Notion", "Endpoint") counts only where its
    capital is its own: not inside a capitalised phrase ("Linear Algebra"), and where it opens a sentence or line
    only when a list joins it to another tool ("Embase and PubMed search", not "Linear algebra"). A letter name is
    a tool only so too ("Python or R", "R, Python"), and never glued to a sign ("R&D", "R-squared").
    """
    hits: list[tuple[int, int, str]] = []
    list_only: list[tuple[int, int, str]] = []  # tools only where a list joins them to another tool
    folded = text.lower()
    for name in page_tools:
        if not writes_name(text, folded, name):  # plain substring tests first: most texts name none
            continue
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if not _spelled_as(hit.group(), name) or _after_non(text, hit.start()):
                continue
            found = (hit.start(), hit.end(), name)
            if _is_letter_name(name):
                if not (_GLUED.match(text, hit.end()) or _GLUED.match(text, max(hit.start() - 1, 0), hit.start())):
                    list_only.append(found)
            elif not _may_be_a_word(name):
                hits.append(found)
            elif _CAPITALISED_NEXT.match(text, hit.end()):
                continue
            elif _SENTENCE_OPENS.search(text, 0, hit.start()):
                list_only.append(found)
            else:
                hits.append(found)
    return hits + _listed_with_tools(text, list_only, hits) if list_only else hits


def writes_name(text: str, lowered: str, name: str) -> bool:
    """Whether the text (``lowered``: the same, lower-cased) writes a page's tool name as :func:`_page_tool_hits`
    reads it, in the name's capitals or in others opening its words alike; a substring test, no word bounds."""
    if name in text:
        return True
    folded = name.lower()
    at = lowered.find(folded)
    while at >= 0:
        if _spelled_as(text[at : at + len(name)], name):
            return True
        at = lowered.find(folded, at + 1)
    return False


def _spelled_as(written: str, name: str) -> bool:
    """Whether a text's spelling of a name, the same letters, opens each word with the name's case: "OneSource Tax
    Provision" is "ONESOURCE Tax Provision", "linear" or "k2" is no "Linear" or "K2"."""
    return written == name or all(
        word[:1].isupper() == own[:1].isupper() for word, own in zip(written.split(), name.split(), strict=False)
    )


def _listed_with_tools(
    text: str, candidates: list[tuple[int, int, str]], hits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The candidates a list joins to a tool: "Embase" of "Embase and PubMed", of "Embase, Ovid or PubMed".

    A neighbour is a hit or a gazetteer name, or a candidate joined so itself ("Linear, Notion and Jira").
    """
    tools = [(start, end) for start, end, _ in hits] + _gazetteer_tool_chars(text)
    listed: list[tuple[int, int, str]] = []
    joined = True
    while joined:  # a name joined to a tool is a tool the next name may be joined to
        joined = False
        for candidate in candidates:
            start, end, _ = candidate
            if candidate not in listed and any(
                _LIST_JOINER.fullmatch(text, end, other_start) or _LIST_JOINER.fullmatch(text, other_end, start)
                for other_start, other_end in tools
            ):
                listed.append(candidate)
                tools.append((start, end))
                joined = True
    return listed


_GLUED = re.compile(r"[&'’-]")  # a sign gluing a letter to a word: "R&D", "R-squared", "C's"
# What joins two items of a list: ", ", " and ", ", or ", " / ", "/".
_LIST_JOINER = re.compile(r"\s*(?:[,/&+]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def _gazetteer_tool_chars(text: str) -> list[tuple[int, int]]:
    """Where the gazetteer's tool names stand in the text, by the case rule of :func:`_tools_in_words`.

    Nothing is found in a text only a Doc can split into words (other whitespace than single spaces, newlines).
    """
    hits = word_phrase_hits(text.replace("\n", " "), _tool_phrases()) or []
    return [
        (hit.start, hit.end)
        for hit in hits
        if any(name.islower() for name in hit.labels) or not text[hit.start : hit.end].islower()
    ]


def _may_be_a_word(name: str) -> bool:
    """One word, capitalised at its first letter only: "Gainsight" or "Linear", not "HubSpot", "Power BI", "fastlane"."""
    return name.isalpha() and name[:1].isupper() and name[1:].islower()


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n])\s*$")  # a line of its own opens a sentence too
# A capitalised word after a name, on its line: a name closing a line ("..., or Pact") is not glued to the next
# line's first word (a skill's text is its name and detail lines, one a line).
_CAPITALISED_NEXT = re.compile(r"[^\S\n]+[A-Z]")


# Lower-case ASCII letters kept, every other byte a space: splits a text into its runs of letters.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _may_name_a_tool(text: str) -> bool:
    """False only when no tool name can match the text, so tokenizing it can be skipped (most texts).

    Exact for ASCII text: spaCy's English rules split two adjacent letters only inside a special case
    ("cannot" → can|not); a prefix, suffix or infix is punctuation, or a unit after a digit ("10km").
    So every run of letters of a token that is no special case's piece is a whole run of the text.
    """
    if not text.isascii():
        return True  # lower() may change lengths or join letters: let spaCy decide
    runs = set(text.lower().encode().translate(_LETTERS_ONLY).split())
    runs_needed = _tool_runs()
    for run in runs & _tool_heads():  # the text's runs that some name is listed under, intersected in C
        for needed in runs_needed[run]:
            if needed <= runs:
                return True
    return False


@lru_cache(maxsize=1)
def _tool_runs() -> dict[bytes, list[frozenset[bytes]]]:
    """The runs of letters each tool name's match needs, listed under the name's longest run.

    "Amazon Web Services" needs amazon, web and services; "C++" needs c, "K8s" k and s. A token that a
    special case may split off a letter ("na" of "gonna", "not" of "cannot") may sit inside a run: not needed.
    """
    language = nlp()
    pieces: set[str] = set()
    for special in language.tokenizer.rules.values():
        orths = [piece[ORTH] for piece in special]
        for left, right in zip(orths, orths[1:]):
            if left[-1:].isalpha() and right[:1].isalpha():
                pieces |= {left.lower(), right.lower()}
    runs_needed: dict[bytes, list[frozenset[bytes]]] = {}
    for name in _tool_names():
        tokens = [token.lower_ for token in language.make_doc(name)]
        runs = {run for t in tokens if t not in pieces for run in _LETTER_RUN.findall(t)}
        if not runs:
            raise ValueError(f"tool name {name!r} has no word the pre-check can look for")
        needed = frozenset(run.encode() for run in runs)
        runs_needed.setdefault(max(sorted(needed), key=len), []).append(needed)
    return runs_needed


@lru_cache(maxsize=1)
def _tool_heads() -> frozenset[bytes]:
    """The runs the tool names are listed under in :func:`_tool_runs`."""
    return frozenset(_tool_runs())


_LETTER_RUN = re.compile(r"[a-z]+")


class _TokenRange(NamedTuple):
    """Tokens start..end-1 of a doc: all that filter_spans reads of a span, without building the Span."""

    start: int
    end: int


def _tools_in_doc(
    doc: Doc, matcher: PhraseMatcher, ids: dict[int, str], page_hits: list[tuple[int, int, str]]
) -> list[str]:
    found: dict[_TokenRange, str] = {}
    for match_id, start, end in matcher(doc):
        name = ids[match_id]
        if not name.islower() and doc[start:end].text.islower() or _after_non(doc.text, doc[start].idx):
            continue
        found.setdefault(_TokenRange(start, end), name)
    for start_char, end_char, name in page_hits:
        span = doc.char_span(start_char, end_char)  # None when the name is no whole tokens ("Gong" of "Gong-style")
        if span is None and _is_letter_name(name):
            span = doc.char_span(start_char, end_char, alignment_mode="expand")  # "R." closing a sentence is one token
        if span is not None:
            found.setdefault(_TokenRange(span.start, span.end), name)
    return _names_in_order(found)


def _names_in_order(found: dict[_TokenRange, str]) -> list[str]:
    """The names of the hits that filter_spans keeps (the longest of overlapping ones), in page order, once each."""
    if len(found) < 2:
        return list(found.values())  # most texts: no tool at all, or one hit, which filter_spans keeps
    names: list[str] = []
    for hit in filter_spans(found):  # in page order
        name = found[hit]
        if name not in names:
            names.append(name)
    return names


def _tools_in_words(text: str) -> list[str] | None:
    """What _tools_in_doc finds in a text without page tools, without a Doc (see :func:`word_phrase_hits`).

    None when only a Doc can tell: a text with other whitespace than single spaces between words, or a run two
    names spell (NGINX, Nginx), where the matcher's order decides between them.
    """
    hits = word_phrase_hits(text, _tool_phrases())
    if hits is None:
        return None
    found: dict[_TokenRange, str] = {}
    for hit in hits:
        if len(hit.labels) > 1:
            return None
        name = hit.labels[0]
        if (name.islower() or not text[hit.start : hit.end].islower()) and not _after_non(text, hit.start):
            found[_TokenRange(hit.first, hit.stop)] = name
    return _names_in_order(found)


def _after_non(text: str, start: int) -> bool:
    """Whether a name opens right after "non-": "non-Atlassian tooling" names the tools not used, no tool."""
    return start > 3 and text[start - 1] == "-" and text[start - 4 : start - 1].lower() == "non"


@lru_cache(maxsize=1)
def _tool_phrases() -> PhraseRuns:
    return phrase_runs({name: [name] for name in _tool_names()})


# --- phrase matching without a Doc ----------------------------------------------------------------


PhraseRuns = dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]


def phrase_runs(phrases: Mapping[str, Iterable[str]]) -> PhraseRuns:
    """Phrases as lower-cased token runs, by first token, each with the labels listing it: for word_phrase_hits."""
    labels: dict[tuple[str, ...], list[str]] = {}
    for label, variants in phrases.items():
        for phrase in variants:
            if phrase.strip():
                run = labels.setdefault(tuple(token.lower_ for token in nlp().make_doc(phrase)), [])
                if label not in run:
                    run.append(label)
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for run, run_labels in labels.items():
        by_first.setdefault(run[0], []).append((run, tuple(run_labels)))
    return {first: tuple(runs) for first, runs in by_first.items()}


class PhraseHit(NamedTuple):
    """A phrase found in a text: its tokens first..stop-1, its characters start..end-1, the labels listing it."""

    first: int
    stop: int
    start: int
    end: int
    labels: tuple[str, ...]


def word_phrase_hits(text: str, phrases: PhraseRuns) -> list[PhraseHit] | None:
    """The matches a PhraseMatcher(attr="LOWER") of the phrases finds in the text's Doc, found without the Doc.

    A match is a run of tokens whose lower-cased forms spell a phrase. When the text's only whitespace is single
    spaces between words (printable text: every other space character is not), the Doc's tokens are its words'
    tokens in turn (see _word_tokens), cached. Other texts give None: ask a Doc. Building a Doc, not tokenizing,
    is most of make_doc's cost for a sentence once its words are cached.
    """
    words = text.split(" ")
    if not text.isprintable() or "" in words:
        return None
    word_tokens = _word_tokens(words)
    lowers = list(chain.from_iterable(map(itemgetter(0), word_tokens)))
    hits: list[PhraseHit] = []
    where: tuple[list[int], list[int]] | None = None  # see _token_chars; built at the first hit
    for first in compress(count(), map(phrases.__contains__, lowers)):  # the few tokens that open a phrase
        for run, labels in phrases[lowers[first]]:
            stop = first + len(run)
            if tuple(lowers[first:stop]) == run:
                if where is None:
                    where = (
                        list(accumulate(map(len, map(itemgetter(0), word_tokens)))),
                        [0, *accumulate(map(len, words))],
                    )
                start = _token_chars(first, *where, word_tokens)[0]
                hits.append(PhraseHit(first, stop, start, _token_chars(stop - 1, *where, word_tokens)[1], labels))
    return hits


def _token_chars(
    token: int, word_ends: list[int], letters_before: list[int], word_tokens: list[_WordTokens]
) -> tuple[int, int]:
    """Where a token stands in a text of words joined by single spaces: (start, end).

    ``word_ends[k]``: word k's tokens end before that token; ``letters_before[k]``: the length of the words before k.
    """
    k = bisect_right(word_ends, token)
    start, end = word_tokens[k][1][token - (word_ends[k] - len(word_tokens[k][0]))]
    offset = letters_before[k] + k  # and a space after each word before it
    return offset + start, offset + end


_WordTokens = tuple[tuple[str, ...], tuple[tuple[int, int], ...]]  # lower-cased forms; (start, end) in the word
_word_tokens_cache: dict[str, _WordTokens] = {}


def _word_tokens(words: list[str]) -> list[_WordTokens]:
    """Each word's tokens: their lower-cased forms, and where each starts and ends in the word.

    A word's tokens are the same wherever it stands (see tokens_of_words): cached per word (nlp.per_word).
    The words hold no whitespace.
    """
    return per_word(_word_tokens_cache, words, _tokenized)


def _tokenized(words: list[str]) -> list[_WordTokens]:
    return [
        (tuple(lower for lower, _, _ in word_tokens), tuple((a, b) for _, a, b in word_tokens))
        for word_tokens in tokens_of_words(words)
    ]


@lru_cache(maxsize=8192)
def tools_in(text: str) -> tuple[str, ...]:
    """Tool names of the gazetteer found in one text ("Use: PyTorch or TensorFlow" → PyTorch, TensorFlow)."""
    return tuple(tools_by_segment([text])[0])


# --- role names (experience_to_scorecard.json) -----------------------------------------------------


@lru_cache(maxsize=1)
def _role_words() -> PhraseMatcher:
    """Role nouns ('engineer', 'intern') and the words that open a trailing qualifier ('with', 'if')."""
    language = nlp()
    matcher = PhraseMatcher(language.vocab, attr="LOWER")
    matcher.add("ROLE_NOUN", [language.make_doc(word) for word in sorted(_role_nouns())])
    matcher.add("QUALIFIER", [language.make_doc(word) for word in sorted(role_qualifier_words())])
    return matcher


@lru_cache(maxsize=1)
def role_qualifier_words() -> frozenset[str]:
    """The words that open a qualifier after a role's name ('with', 'if', 'for', 'transitioning'), lower-case."""
    return frozenset(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["role_qualifier_words"])


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    nouns = {n.lower() for n in load_vocab(EXPERIENCE_TO_SCORECARD)["role_nouns"]}
    return frozenset(nouns | {n + "s" for n in nouns})


@lru_cache(maxsize=1)
def _any_arrow() -> re.Pattern[str]:
    """Any arrow of the vocabulary, as one pattern: one search instead of a substring test per arrow."""
    return re.compile("|".join(re.escape(arrow) for arrow in load_vocab(EXPERIENCE_TO_SCORECARD)["arrows"]))


_WORDS = re.compile(r"[a-z]+")
# A hyphenated compound closing a name has its head before the preposition: "Operator-in-Training",
# "Editor-in-Chief", "Member-at-Large" name an operator, an editor, a member.
_COMPOUND_TAIL = re.compile(r"(?<=[a-z])-(?:in|at|of|on)-[a-z-]+\W*$")


@lru_cache(maxsize=1)
def _role_noun_suffixes() -> tuple[str, ...]:
    return tuple(load_vocab(EXPERIENCE_TO_SCORECARD)["role_noun_suffixes"])


def ends_with_role(text: str) -> bool:
    """Whether a name ends with a role noun: "Research Assistant/Engineer" → True, "data decision" → False.

    A noun of a person-only ending is one though the vocabulary does not list it ("CRO Biostatistician",
    "Interventional Radiologists"): the family has thousands of roles. A closing hyphenated compound is named
    by its head ("Engineer-in-Training").
    """
    name, _ = split_note(text)
    name = name.lower()
    if "-" in name:  # most names have no hyphen: the compound's regex is spared
        name = _COMPOUND_TAIL.sub("", name)
    words = _WORDS.findall(name)
    return bool(words) and (words[-1] in _role_nouns() or words[-1].removesuffix("s").endswith(_role_noun_suffixes()))


def names_a_role(text: str) -> bool:
    """Whether a name is a role: one ending with a role noun, or one its rank opens.

    "Data Engineer", "Director of CS", "VP Support", "Head of Customer Success", "Senior Manager of Customer
    Support" → True; "Director approval", "Head of the queue" → False: after a rank (and an 'of') come the words
    of a name, capitalised.
    """
    if ends_with_role(text):
        return True
    words = split_note(text)[0].split()
    lowered = [word.lower() for word in words]
    starts = _rank_starts()
    for k, word in enumerate(words):
        # The rank may follow capitalised modifiers: "Senior Manager of Support", "Regional Director of Sales".
        if k and not word[:1].isupper():
            break
        for rank in starts.get(lowered[k], ()):
            if lowered[k : k + len(rank)] == rank:
                rest = words[k + len(rank) :]
                return _names_after_rank(rest[1:] if rest[:1] == ["of"] else rest)
    return False


@lru_cache(maxsize=1)
def _rank_starts() -> dict[str, tuple[list[str], ...]]:
    """The ranks by their first word, longest first: one look-up a word."""
    starts: dict[str, list[list[str]]] = {}
    for rank in _ranks():
        starts.setdefault(rank[0], []).append(rank)
    return {first: tuple(ranks) for first, ranks in starts.items()}


_NAME_JOINS = frozenset(("and", "or", "&"))


def _names_after_rank(words: list[str]) -> bool:
    """Whether the words after a rank (and its 'of') are a name's: capitalised, an 'and' or 'or' between two of
    them joining them ("Head of Sales and Marketing", "Manager of Customer Support or Technical Support")."""
    inner = range(1, len(words) - 1)
    return all(
        not word[:1].isalpha() or word[:1].isupper() or (k in inner and word in _NAME_JOINS)
        for k, word in enumerate(words)
    )


@lru_cache(maxsize=1)
def _team_words() -> tuple[frozenset[str], frozenset[str]]:
    """(function names, team nouns): 'product', 'legal' ...; 'team', 'org', 'committee' ..."""
    vocab = load_vocab(EXPERIENCE_TO_SCORECARD)
    return frozenset(vocab["function_names"]), frozenset(vocab["team_nouns"])


def names_a_team(text: str) -> bool:
    """Whether a name is a team or business function, who can be turned to as a role can.

    "Product", "Legal", "Security team", "Platform Engineering org" → True; "Priority conflicts", "the
    team" → False: a name closed by a team noun is capitalised, any other is a function name.
    """
    functions, team_nouns = _team_words()
    words = split_note(text)[0].split()
    grouped = bool(words) and words[-1].lower() in team_nouns
    if grouped:
        words = words[:-1]
    if not words:
        return False
    if " ".join(words).lower() in functions or (grouped and all(w[:1].isupper() for w in words)):
        return True
    # A committee is a body to turn to however prose writes its name: "development committee", "audit committee".
    return grouped and len(words) <= _MAX_BODY_WORDS and _named_body(text, words)


_MAX_BODY_WORDS = 3  # "finance and audit committee"
_BODY_OPENERS = frozenset(("the", "a", "an", "this", "that", "our", "your", "their", "its", "each", "any", "every"))


# Words that make a clause of the words before a body's noun ("Sign-off by committee", "report to council").
_BODY_CLAUSE_WORDS = frozenset(("to", "from", "by", "with", "for", "of", "in", "on", "at", "via", "and", "or"))


def _named_body(text: str, words: list[str]) -> bool:
    """Whether the words before a team noun and the noun itself name a governing body ("development committee"):
    the noun one of experience_to_scorecard.json "body_nouns", the words no article or determiner, nor a
    preposition or conjunction ("Sign-off by committee" is a clause)."""
    name = split_note(text)[0].split()
    return (
        name[-1].lower() in body_nouns()
        and words[0].lower() not in _BODY_OPENERS
        and not any(word.lower() in _BODY_CLAUSE_WORDS for word in name[:-1])
    )


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """The team nouns of a governing body (experience_to_scorecard.json "body_nouns"): 'committee', 'council'."""
    return frozenset(load_vocab(EXPERIENCE_TO_SCORECARD)["body_nouns"])


@lru_cache(maxsize=1)
def _ranks() -> tuple[list[str], ...]:
    """The ranks that can open a role name (the levels from the top down to manager), longest first.

    "head of" is read as head: an 'of' is read after any rank.
    """
    levels = {level: words for level, words in load_vocab(SENIORITY)["levels"].items() if level != "_comment"}
    top = list(levels)[: list(levels).index("manager") + 1]
    ranks = {word.removesuffix(" of") for level in top for word in levels[level]}
    return tuple(sorted((rank.split() for rank in ranks), key=len, reverse=True))


def arrow_path(text: str) -> list[str]:
    """Steps of an arrow chain outside brackets: "A → B (x)" → ["A", "B (x)"]; no arrow → []."""
    if not _any_arrow().search(text):
        return []
    cuts = [(s.start_char, s.end_char) for s in find_rules("arrows", text) if not paren_depth(text, s.start_char)]
    if not cuts:
        return []
    bounds = [0] + [c for cut in cuts for c in cut] + [len(text)]
    steps = [text[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    return steps if all(steps) else []


@lru_cache(maxsize=1)
def _name_joiners() -> frozenset[str]:
    return frozenset(w.lower() for w in load_vocab(EXPERIENCE_TO_SCORECARD)["role_name_joiners"])


def _joins_title_case_name(doc: Doc, start: int) -> bool:
    """Whether the qualifier word at ``start`` is inside a title-case name: "Engineer in Test", not "in fintech"."""
    after = doc[start + 1].text if start + 1 < len(doc) else ""
    return (
        doc[start].lower_ in _name_joiners()
        and after[:1].isupper()
        and not after.isupper()  # "Researcher in NLP": a field, not a name
        and all(t.text[:1].isupper() for t in doc[:start] if t.is_alpha)
    )


_HYPHENS = frozenset("-\u2010\u2011")


def _inside_hyphenated_compound(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` is joined to the one before by an unspaced hyphen: "Operator-in-Training",
    "Engineer-at-Large" are one word, which the tokenizer cuts at its hyphens; no qualifier opens inside it."""
    if start < 2:
        return False
    hyphen = doc[start - 1]
    return hyphen.text in _HYPHENS and not hyphen.whitespace_ and not doc[start - 2].whitespace_


def split_role_qualifier(text: str) -> tuple[str, str | None]:
    """Split a trailing qualifier off a role: "Engineer with ML focus" → ("Engineer", "with ML focus").

    The qualifier word must follow a role noun, or the note closing after one
    ("Research Assistant (NLP) transitioning to industry"), or close a name a rank opens ("Head of Change in a
    local authority"), outside brackets. A joiner
    word inside a title-case name opens none: "Software Development Engineer in Test (SDET) Lead", nor does one
    after a slash, which joins alternatives of one title, nor one inside a hyphenated compound ("Operator-in-Training").
    A participle right after a role noun opens one too, as the listed ones do: "Junior ML engineer working on
    audio features", "Data analyst supporting finance".
    """
    if role_qualifier_words().isdisjoint(_WORDS.findall(text.lower())) and "ing " not in text:
        return text, None  # most roles: no qualifier word at all
    doc = text_doc(text)
    nouns: set[int] = set()
    qualifiers: set[int] = set()
    qualifier_label = nlp().vocab.strings["QUALIFIER"]
    for match_id, start, _ in _role_words()(doc):
        (qualifiers if match_id == qualifier_label else nouns).add(start)
    for start in sorted(qualifiers | _participles_after(doc, nouns)):
        token = doc[start]
        # After a slash it opens the title's other alternative: "Director of Customer Service / After-Sales".
        after_slash = start > 0 and doc[start - 1].text == "/"
        if (
            start == 0
            or after_slash
            or _inside_hyphenated_compound(doc, start)
            or paren_depth(text, token.idx)
            or _joins_title_case_name(doc, start)
        ):
            continue
        before = start - 1
        if doc[before].text == ")":
            opening = next((k for k in range(before - 1, -1, -1) if doc[k].text == "("), None)
            before = opening - 1 if opening else -1
        # After a role noun, or closing a name a rank opens ("Head of Change in a local authority").
        if before in nouns or names_a_role(text[: token.idx].strip()):
            return text[: token.idx].strip(), text[token.idx :].strip()
    return text, None


_PARTICIPLE_STEM = 3  # letters before "-ing": "working", "building"; not "thing", "string"


def _participles_after(doc: Doc, nouns: set[int]) -> set[int]:
    """Where a lower-case "-ing" word follows a role noun and words follow it: a participle phrase qualifying the
    role ("engineer working on ...", "analyst supporting finance"); a role name has none after its noun."""
    return {
        k
        for k in range(1, len(doc) - 1)
        if k - 1 in nouns
        and (word := doc[k].text).endswith("ing")
        and word.islower()
        and word.isalpha()
        and len(word) > _PARTICIPLE_STEM + 3
    }
