"""Header facts about the role: title, seniority, horizon, department, reporting line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .blocks import Block, BlockKind
from .models import RoleFacts, Section, SectionId, Seniority
from .nlp import load_vocab, nlp, phrase_matcher
from .parsers.summary import prose_reporting_line, without_subject
from .sections import undecorated

__all__ = ["manages_no_one", "role_facts", "role_title_from", "seniority_of"]

_SENIORITY = "seniority.json"
# A title's "manager" that manages a product, a program or a portfolio of accounts, not people: no level.
_PORTFOLIO_MANAGER = "PORTFOLIO_MANAGER"
# A post whose name holds level words ("Chief of Staff"): the words inside it are no level.
_POST = "POST_WITHOUT_LEVEL"
# Level words in the summary when the title has none.
_SUMMARY_LEVELS = ((re.compile(r"\bmid-level\b|\bmid level\b", re.I), Seniority.MID),)
# The suffix runs to the title's end over any line break: a help centre's heading wraps its print control onto a
# line of its own ("... Career Path\n Print").
_TITLE_SUFFIX = re.compile(
    r"\s*(?::|[–—|-])\s*role blueprint\b.*$|\s*:\s*(responsibilities|skills|kpis)\b.*$"
    r"|\s*\(role blueprint\)\s*$",  # a wiki's disambiguator: "Genetic Counselor (role blueprint)"
    re.IGNORECASE | re.DOTALL,
)
# A site's name after the title: " | Site", " – Site"; a help centre's " : Site" or " :: Site" (spaced on both sides,
# unlike a label's "Role: ...").
_SITE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::?)\s+[^|–—-]{2,40}$")
_CRUMB = re.compile(r"\s[»›]\s")
# A printed page's running header puts the print's date and time before the page title: "12/6/26, 6:41 AM   Title".
_PRINT_STAMP = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s+", re.IGNORECASE
)
# A forum thread's title prefixes: a reply's "Re: ", a tag in brackets ("[Repost] ", "[Guide] "), the copied
# post header's "Post subject: ", a forwarded email's "Subject: " line.
_FORUM_PREFIX = re.compile(r"^(?:(?:re|fwd?|(?:post )?subject)\s*:\s*|\[[^\[\]\d]{1,24}\]\s+)+", re.IGNORECASE)
_REPORTING_LINE = re.compile(r"^(typical )?reporting line[^:]*:\s*(.+)$", re.IGNORECASE)
# A closing sentence that describes the role, not whom it reports to: "... Chief Product Officer. The role is usually
# a senior individual contributor or a manager of 1–3 analysts." ("In smaller companies, reports to the CTO." stays.)
_ROLE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:the|this)\s+(?:role|position|job)\b.*$", re.I | re.S)
# The site's pointer to another of its pages, a sentence closing the paragraph: "See also our Security Engineer
# blueprint for the broader role.", "Read our guide to ...". No part of the reporting line.
_CROSS_LINK = re.compile(
    r"(?<=[.!?])\s+(?:see(?: also)? our|see also:|read (?:also )?our|check out our|learn more about)\b.*$", re.I | re.S
)


@lru_cache(maxsize=1)
def _levels() -> dict[Seniority, list[str]]:
    """Level words by level, highest level first."""
    levels = load_vocab(_SENIORITY)["levels"]
    return {Seniority(level): words for level, words in levels.items() if level != "_comment"}


@lru_cache(maxsize=1)
def _seniority_matcher() -> PhraseMatcher:
    vocab = load_vocab(_SENIORITY)
    families = vocab["portfolio_manager_families"]["families"]
    return phrase_matcher(
        {
            **{level.value: words for level, words in _levels().items()},
            _PORTFOLIO_MANAGER: [f"{family} manager" for family in families],
            _POST: vocab["posts_without_level"]["phrases"],
        }
    )


@lru_cache(maxsize=1)
def _no_reports_matcher() -> PhraseMatcher:
    return phrase_matcher({"NO_REPORTS": load_vocab(_SENIORITY)["no_reports"]["phrases"]})


@lru_cache(maxsize=1)
def _self_description() -> dict:
    return load_vocab(_SENIORITY)["self_description"]


@lru_cache(maxsize=1)
def _self_level_matcher() -> Matcher:
    """'<level> [up to 3 words] <role noun>', labelled by level (seniority.json's self_description). The anchor and
    article before it are checked on the snippet's first tokens: a pattern opening with an IN set is tested in
    Python at every token."""
    vocab = _self_description()
    # Words between the level and the noun ("technical", "individual", "delivery"): no joiner, so a range
    # ("senior or staff-level role") or another person ("senior leaders in the role") reaches no noun. A word may
    # be a hyphened compound, split into its parts and hyphens ("non-coding leadership-support role",
    # "individual-contributor role"): three words, or fewer compounds, in six tokens.
    between = {
        "TEXT": {"REGEX": r"^(?:[^\W\d_]+|-)$"},
        "LOWER": {"NOT_IN": vocab["not_between"] + vocab["role_nouns"]},
        "OP": "{0,6}",
    }
    noun = {"LOWER": {"IN": vocab["role_nouns"]}}
    # Coordinate adjectives: "a senior, non-coding ... role" is still a senior role.
    comma = {"ORTH": ",", "OP": "?"}
    matcher = Matcher(nlp().vocab)
    for level, phrases in vocab["levels"].items():
        words = [[{"LOWER": token.lower_} for token in nlp().make_doc(phrase)] for phrase in phrases]
        matcher.add(level, [[*level_words, comma, between, noun] for level_words in words])
    return matcher


@lru_cache(maxsize=1)
def _self_level_gate() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The first words of the levels, and the anchor (and article) that ends right before one."""
    vocab = _self_description()
    firsts = {re.split(r"[\s-]", phrase)[0] for phrases in vocab["levels"].values() for phrase in phrases}
    return tuple(sorted(firsts)), re.compile(rf"\b(?:{'|'.join(vocab['anchors'])})\s+(?:an?\s+)?$")


_ANCHOR_REACH = 20  # characters before a level word an anchor and article can take ("describes an ")
_SNIPPET = 160  # characters from an anchor a self-description takes: the level, three words and the role noun


def _self_description_snippets(texts: list[str]) -> list[str]:
    """The stretches of ``texts`` from each anchor a level word follows, in reading order: only these are tokenized
    (most pages hold none). Found with str.find over the texts joined, as a regex over them costs ten times more;
    a line break between two texts is a token of its own, which no pattern spans."""
    firsts, anchor = _self_level_gate()
    joined = "\n".join(texts)
    lowered = joined.lower()
    starts = []
    for word in firsts:
        at = lowered.find(word)
        while at != -1:
            if match := anchor.search(lowered, max(0, at - _ANCHOR_REACH), at):
                starts.append(match.start())
            at = lowered.find(word, at + 1)
    return [joined[start : start + _SNIPPET] for start in sorted(starts)]


def _self_described_level(texts: list[str]) -> Seniority:
    """The level the page gives the role in describing it, the first in reading order: "The Cloud Solutions
    Architect is a senior technical role" → senior; "is an early-career delivery role" → junior; "is a
    mid-to-senior individual contributor" → senior (a range's upper end)."""
    anchors = set(_self_description()["anchors"])
    for snippet in _self_description_snippets(texts):
        doc = nlp().make_doc(snippet)
        if len(doc) < 3 or doc[0].lower_ not in anchors:
            continue
        level_at = 2 if doc[1].lower_ in ("a", "an") else 1  # "is a senior ...", "Scope is senior ..."
        level_at = _range_upper_end(doc, level_at)
        for match_id, start, _ in _self_level_matcher()(doc):
            if start == level_at:
                return Seniority(nlp().vocab.strings[match_id])
    return Seniority.UNKNOWN


def _range_upper_end(doc: Doc, at: int) -> int:
    """Where the level of a hyphenated range "mid-to-senior" (or "early-to-mid") starts, its upper end: the level
    the role reaches, as "early-to-mid level" reads mid; ``at`` itself when no range opens there."""
    words = doc[at : at + 4]
    if len(words) == 4 and words[0].lower_ in _self_level_gate()[0] and [w.text for w in words[1:]] == ["-", "to", "-"]:
        return at + 4
    return at


_HORIZON_WORD = {"IS_TITLE": True, "IS_ALPHA": True}
_HORIZON_PATTERNS = {
    "HORIZON": [{"LOWER": "role"}, {"LOWER": "horizon"}, {"ORTH": ":"}, _HORIZON_WORD],
    "HORIZON_SENTENCE": [
        {"LOWER": "this"},
        {"LOWER": "is"},
        {"LOWER": {"IN": ["a", "an"]}},
        _HORIZON_WORD,
        {"LOWER": "role"},
    ],
}


def _token_gate(token: dict) -> str:
    """A regex for what a pattern token can be in its text's lowercase (a token's lowercase is part of it)."""
    lower = token.get("LOWER")
    if isinstance(lower, str):
        return re.escape(lower)
    if isinstance(lower, dict):
        return "(?:" + "|".join(map(re.escape, lower["IN"])) + ")"
    if "ORTH" in token:
        return re.escape(token["ORTH"].lower())
    return r"\S+"  # _HORIZON_WORD: an alphabetic token holds no whitespace


# A text some pattern matches holds the pattern's tokens in order, apart by whitespace at most (tokens
# never span it): a text this misses cannot match, and is not tokenized. Derived, so it follows the patterns.
_HORIZON_GATE = re.compile("|".join(r"\s*".join(map(_token_gate, p)) for p in _HORIZON_PATTERNS.values()))


# spaCy makes a space other than " " (a no-break or thin space) a token of its own: one may sit between words.
_SPACE_TOKENS = {"IS_SPACE": True, "OP": "*"}


@lru_cache(maxsize=1)
def _horizon_matcher() -> Matcher:
    matcher = Matcher(nlp().vocab)
    for name, pattern in _HORIZON_PATTERNS.items():
        matcher.add(name, [[part for token in pattern for part in (_SPACE_TOKENS, token)][1:]])
    return matcher


@lru_cache(maxsize=1)
def _department_matcher() -> PhraseMatcher:
    # "within the", "in a", ...: as phrases, not a Matcher pattern opening with an IN set, which
    # the Matcher tests in Python at every token (that was 3/4 of role_facts).
    phrases = [f"{word} {article}" for word in ("within", "in") for article in ("the", "a", "an")]
    return phrase_matcher({"DEPARTMENT": phrases})


def seniority_of(title: str, *, manages_people: bool = True) -> Seniority:
    """Read the seniority level from a role title.

    "Associate Applied Scientist" → associate; "Senior Engineering Manager" → manager;
    "Senior Product Manager" → senior (a product, program or account manager manages no one by title).
    With ``manages_people`` False (the page says the role has no reports) no "manager" of the title is a level:
    "Marketing Manager" → unknown. A post named with level words gives none ("Chief of Staff, Engineering" →
    unknown), nor does the leader a role serves ("Executive Assistant to the CEO" → unknown).
    """
    doc = nlp().make_doc(title)
    served = _served_from(doc)
    matches = [(nlp().vocab.strings[m], start, end) for m, start, end in _seniority_matcher()(doc) if start < served]
    portfolio = {end for label, _, end in matches if label == _PORTFOLIO_MANAGER}
    posts = [(start, end) for label, start, end in matches if label == _POST]
    found = {
        Seniority(label)
        for label, start, end in matches
        if label not in (_PORTFOLIO_MANAGER, _POST)
        and not any(post_start <= start and end <= post_end for post_start, post_end in posts)
        and not (label == Seniority.MANAGER.value and (end in portfolio or not manages_people))
    }
    if not found:
        return Seniority.UNKNOWN
    return min(found, key=list(_levels()).index)


def _served_from(doc: Doc) -> int:
    """Where a title turns to the leader the role serves, its spaced "to" ("Chief of Staff to the CTO"): the levels
    after it are that leader's. The doc's end when there is none ("Go-to-Market" is hyphened, no turn)."""
    for token in doc[1:]:
        if token.lower_ == "to" and token.whitespace_ and doc[token.i - 1].whitespace_:
            return token.i
    return len(doc)


def manages_no_one(sections: Iterable[Section]) -> bool:
    """Whether the page says its role has no reports, where it speaks of the role's leadership.

    In the leadership-responsibilities sub-heading: "Leadership responsibilities (informal at this level)",
    "(influence-based; no direct reports)"; or opening the leadership-experience expectations: "Not required;
    informal mentoring is a plus" (not "Has managed 3+ direct reports", nor "People management not required
    for first-time managers", which speaks of the candidate's past).
    """
    matcher = _no_reports_matcher()
    for section in sections:
        if section.id not in (SectionId.RESPONSIBILITIES, SectionId.EXPERIENCE):
            continue
        for sub in section.subsections:
            if sub.key != "leadership":
                continue
            if section.id is SectionId.RESPONSIBILITIES:
                if matcher(nlp().make_doc(sub.title)):
                    return True
            elif sub.blocks and any(start == 0 for _, start, _ in matcher(nlp().make_doc(sub.blocks[0].text))):
                return True
    return False


def role_title_from(text: str) -> str | None:
    """Strip the blueprint suffix from a page title.

    "Associate NLP Scientist: Role Blueprint, Responsibilities, ..." → "Associate NLP Scientist";
    "🎧 Customer Support Team Lead: Role Blueprint, ..." → "Customer Support Team Lead";
    "12/6/26, 6:41 AM   Financial Controller – Role Blueprint | Hub" (a print's header) → "Financial Controller";
    "Re: [Repost] Restaurant General Manager: Role Blueprint, ..." (a forum thread's) → "Restaurant General Manager".
    """
    text = _CRUMB.split(text)[-1]  # "Home » Roles » Title": the last crumb
    text = _PRINT_STAMP.sub("", text)
    if text[:1] in "[RrPpFfSs":  # most titles open with none of a prefix's letters: no regex call
        text = _FORUM_PREFIX.sub("", text)
    title = _TITLE_SUFFIX.sub("", text.strip())
    if title == text.strip():
        title = _SITE_SUFFIX.sub("", title)
    title = undecorated(title.strip(" :–—|-"))  # "🎧 Customer Support Team Lead"
    if not title or title.lower().startswith("role blueprint"):
        return None  # a heading that names the page kind, not the role
    return title


def role_facts(
    title_candidates: Iterable[tuple[str, str | None]], summary: list[Block], sections: Iterable[Section] = ()
) -> RoleFacts:
    """Type the header facts from title candidates and section 1's blocks.

    A "Manager" title no job family decides is read against the page's ``sections``: whether the role has reports.
    """
    title, source = None, None
    for candidate_source, candidate in title_candidates:
        if candidate and (cleaned := role_title_from(candidate)):
            title, source = cleaned, candidate_source
            break
    seniority = seniority_of(title) if title else Seniority.UNKNOWN
    if seniority is Seniority.MANAGER and manages_no_one(sections):
        seniority = seniority_of(title, manages_people=False)
    texts = [b.text for b in summary if b.kind != BlockKind.TABLE]
    if seniority is Seniority.UNKNOWN:
        seniority = _self_described_level(texts)
    if seniority is Seniority.UNKNOWN:
        joined = " ".join(texts)
        for pattern, level in _SUMMARY_LEVELS:
            if pattern.search(joined):
                seniority = level
    return RoleFacts(
        title=title,
        title_source=source,
        seniority=seniority,
        horizon=_horizon(texts),
        department=_department(texts),
        reporting_line=_reporting_line(summary),
    )


def _horizon(texts: list[str]) -> str | None:
    # Only a text the gate finds is tokenized (most are not), and only until the first match.
    matcher = _horizon_matcher()
    for text in texts:
        if not _HORIZON_GATE.search(text.lower()):
            continue
        doc = nlp().make_doc(text)
        for match_id, start, end in matcher(doc):
            words = [token for token in doc[start:end] if not token.is_space]
            word = words[-1] if nlp().vocab.strings[match_id] == "HORIZON" else words[-2]
            return word.text
    return None


def _department(texts: list[str]) -> str | None:
    matcher = _department_matcher()
    for text in texts:
        if "department" not in text.lower():
            continue  # what is returned ends at the word 'department' (checked below)
        doc = nlp().make_doc(text)
        for _match_id, _start, end in matcher(doc):
            # "within the AI & ML department": the words up to 'department'.
            k, stop = end, end + 7
            while k < min(stop, len(doc)):
                if doc[k].lower_ in ("department", "function", "organization", "org"):
                    words = [t for t in doc[end:k] if t.lower_ not in ("mature", "broader", "larger", "central")]
                    if words and doc[k].lower_ == "department" and _names_one_department(doc[words[0].i : k]):
                        return doc[words[0].i : k].text
                    break
                if _bracketed_acronym(doc, k):
                    k, stop = k + 3, stop + 3  # "Infrastructure & Operations (I&O) department": the name's acronym
                    continue
                if doc[k].is_punct and doc[k].text not in ("&", "/"):
                    break  # "AI & ML", "Operations / Supply Chain": one department's name
                k += 1
    return None


def _names_one_department(name: Span) -> bool:
    """Whether the words before 'department' name one: "AI & ML or Platform Engineering" (names, title case) and
    "corporate tax" do; "security engineering or platform" (in a mature ... department) only describes a kind of
    department, its lower-case alternatives joined by 'or'."""
    if not any(token.lower_ == "or" for token in name):
        return True
    alternatives: list[list[Token]] = [[]]
    for token in name:
        if token.lower_ == "or":
            alternatives.append([])
        else:
            alternatives[-1].append(token)
    return all(any(token.text[:1].isupper() for token in words) for words in alternatives)


def _bracketed_acronym(doc: Doc, k: int) -> bool:
    """Whether tokens k.. are an acronym in brackets: "(", "I&O", ")"."""
    return doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and doc[k + 1].text.isupper()


def _reporting_line(summary: list[Block]) -> str | None:
    for block in summary:
        match = _REPORTING_LINE.match(block.text)
        if match:
            return _without_role_sentence(_without_cross_link(without_subject(match.group(2).strip())))
        if block.text.lower().startswith("reports to "):
            return _without_role_sentence(_without_cross_link(block.text.strip()))
    return _stated_in_prose(summary)


def _stated_in_prose(context: list[Block]) -> str | None:
    """The reporting line an intro paragraph states inside a sentence, with no label of its own: "Scope is
    individual contributor (IC) reporting to an Infrastructure Manager or ..." where responsibilities are
    introduced. Paragraphs only: a list item's "reports to" is a duty ("Coach the analysts who report to you")."""
    for block in context:
        if block.kind is BlockKind.PARAGRAPH and (line := prose_reporting_line(block.text)) is not None:
            return line.reports_to
    return None


def _without_role_sentence(text: str) -> str:
    """The text without closing sentences about the role itself (_ROLE_SENTENCE), unless they speak of reporting."""
    if ". " not in text:
        return text  # most lines: one sentence
    found = _ROLE_SENTENCE.search(text)
    return text[: found.start()] if found and "report" not in found.group().lower() else text


def _without_cross_link(text: str) -> str:
    """The text without a closing sentence that sends the reader to another page of the site (_CROSS_LINK)."""
    return _CROSS_LINK.sub("", text)
