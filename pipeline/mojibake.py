"""Repair UTF-8 text that went through a Thai or a Western code page and back; fold no-break spaces.

The scraped pages were UTF-8 bytes decoded as Windows-874 (bytes A1–FF) with
Windows-1252 for 80–9F, then stored again as UTF-8. A dash ``–`` (E2 80 93)
thus reads ``โ€“``. We undo that in two passes:

1. Lossless: any run of characters that maps back to bytes forming valid UTF-8
   is decoded (this covers ``โ€“``, ``โ†’``, ``โ‰ค`` and every other character,
   not only the ones seen so far).
2. Lossy: where bytes were dropped (``โ€`` with its last byte gone, or a bare
   ``โ`` with both continuation bytes gone), the meant character is chosen
   from the context around it.

ftfy does not recognise this code-page mix, so it cannot do pass 1 for us.

The web's most common damage, UTF-8 read as Windows-1252 or Latin-1
(``companyâ€™s``, ``rÃ©sumÃ©``), is ftfy's own field: after the Thai repair,
ftfy's encoding fixes run on the stretches that look like it, only there (over
a whole page it costs more than the page's time budget). Last, no-break spaces
become spaces, as the HTML path's whitespace folding does: rules read words
apart by spaces, and spaCy makes a no-break space a token of its own.
"""

from __future__ import annotations

import html
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from operator import methodcaller

import ftfy

__all__ = ["PRIVATE_USE", "Repair", "repair_text"]


@dataclass(frozen=True)
class Repair:
    """One kind of repair and how often it was applied on a page."""

    broken: str
    fixed: str
    count: int


@lru_cache(maxsize=1)
def _byte_of() -> dict[str, int]:
    """Map each character of the hybrid code page back to its byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        codec = "cp1252" if byte < 0xA0 else "cp874"
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        table[char] = byte
    return table


# A run is a lead-byte character (C2–F4 in cp874: Thai letters) followed by one to three continuation-byte
# characters (80–BF: cp1252 punctuation or Thai). No character is both: a run never starts inside another.
_LEADS = frozenset(c for c, b in _byte_of().items() if 0xC2 <= b <= 0xF4)
_CONTINUATION = "[{}]".format("".join(re.escape(c) for c, b in _byte_of().items() if 0x80 <= b <= 0xBF))
_CONTINUATIONS = _CONTINUATION + "{1,3}"
_RUN = re.compile(f"[{''.join(map(re.escape, sorted(_LEADS)))}]{_CONTINUATIONS}")
_START = methodcaller("start")
# A Thai-block character's UTF-8 bytes (U+0E00–U+0E7F: E0 B8 80 – E0 B9 BF), every lead's among them. E0 is no
# continuation byte: each match is one whole character.
_THAI_BLOCK_UTF8 = re.compile(rb"\xe0[\xb8\xb9][\x80-\xbf]")
_THAI_LETTER = re.compile("[\u0e01-\u0e5b]")
# ``โ€`` whose third byte was lost (most often 9D, the closing quote ”); between digits it is a bare ``โ``
# before a euro amount: "€5โ€10" is €5–€10. The literal comes first so that re finds it by a fast substring
# search: a pattern opening with an alternation or a lookbehind is tried at every position (~1 ms a page).
_LOST_LAST = re.compile("\u0e42\u20ac(?:(?!\\d)|(?<!\\d\u0e42\u20ac))")
# ``โ`` whose two continuation bytes were both lost.
_BARE = re.compile("\u0e42")
# ≥ and ≤ (E2 89 A5, E2 89 A4) whose middle byte was lost, 89 having no Windows-874 character: ``โฅ``, ``โค``. The
# last byte's Thai letter names the sign. A target's number follows, past a space at most ("โฅ95%", "โค 72 hours",
# "NPS โฅ +40", "<td>โค&nbsp;$450"); Thai words open with the same two letters ("โครงการ"), not before a number.
_LOST_MIDDLE = re.compile("\u0e42[\u0e04\u0e05](?=(?:\\s|&nbsp;)?[-+$€£₹]?\\d|%)")
_LOST_MIDDLE_SIGN = {"\u0e04": "≤", "\u0e05": "≥"}

# A bare ``โ`` with a space on each side is a dash that separates clauses, list
# items or a label from its text ("pipelines. – Reduces incidents", "Data
# environment – Managed databases"), or an arrow in a flow of short phrases
# ("baseline → ablation", "Senior Engineer → Manager", "governance → escalate").
# The helpers below read the clues a reader uses, on the separator's own line.

# Words that follow a spaced dash when it separates an item from its level
# ("Cloud fundamentals (Azure/AWS/GCP) – Optional"); between two of them the
# character is an arrow ("Optional → Important if regulated").
_LEVEL_WORDS = frozenset(
    "optional common critical important required preferred recommended "
    "context-specific nice-to-have mandatory essential helpful rare".split()
)
# Words that open a clause added with a dash ("by city and services — all in
# one place"), not a step an arrow leads to ("→ escalate to manager", "→ next").
_CLAUSE_OPENERS = frozenset(
    "all and or but not no nor so yet which who whose where while including especially "
    "often usually typically even just only plus by from with without because whether".split()
)
_CONTRACTION_TAILS = ("s", "t", "d", "m", "ll", "re", "ve")
# The two ends of a range: a number, or a numbered token ("Q3", "FY24", "9am"), then another or an amount
# ("Q4", "FY25", "5pm", "$85,000").
_RANGE_START = re.compile(r"\d[A-Za-z]{0,2}\Z")
_RANGE_END = re.compile(r"[$€£₹]?[A-Za-z]{0,3}\d")
_LOWER_RUN = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"\s*([\w-]+)")
_LAST_WORD = re.compile(r"([\w-]+)\W*$")
_SPACED_SEPARATOR = re.compile(" [–—→\u0e42] ")
_LIST_MARKER = re.compile(r"\s*(?:[-*•▪◦·]|\d{1,2}[.)]|#{1,6})?\s*")
# A label that opens the text after a dash: "Why it matters: ...", "Platform and operations: ...".
_LABEL = re.compile(r"[A-Z][\w/&'’-]*(?: [\w/&'’()-]+){0,4}:\s")
_CLAUSE_END = ".;:!?"
_CLAUSE_PUNCT = re.compile("[.,;:!?]")
_ASIDE = re.compile(r"\([^().,;:!?]*\)")
_FLOW_STEP_WORDS = 5  # "Senior Site Reliability Engineer", "Release Engineering Manager (smaller scope)"
_LABEL_WORDS = 3  # "Retrieval fundamentals – lexical versus dense retrieval, ..."
_LINE_WINDOW = 400  # characters each way: far more than a list item, far less than a minified page


@lru_cache(maxsize=4096)  # a page repeats the same few runs hundreds of times
def _decode_run(run: str) -> str | None:
    """Return the character a run encodes, or None when it is not UTF-8."""
    byte_of = _byte_of()
    try:
        return bytes(byte_of[c] for c in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None


@lru_cache(maxsize=64)
def _lead_run(lead: str) -> re.Pattern[str]:
    """_RUN for the runs opening with one lead: a literal first character, which re finds by a fast search."""
    return re.compile(re.escape(lead) + _CONTINUATIONS)


# An HTML entity in a run's place, a continuation byte's character a CMS escaped: "20โ€&#8220;60" is the en dash
# (E2 80 93) whose 93, read as “, was written as the curly quote's entity. Only Windows-1252 punctuation (bytes
# 80–9F) is escaped so; a no-break space after a run is the page's own ("โค&nbsp;$450" is a ≤ that lost a byte).
_ENTITY = "&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});"
_ENTITY_RE = re.compile(_ENTITY)


@lru_cache(maxsize=64)
def _lead_run_with_entity(lead: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of one lead whose continuation characters may be entities, and the test for one (an entity after
    the lead or a continuation); literal first, as _lead_run."""
    return (
        re.compile(f"{re.escape(lead)}(?:{_CONTINUATION}|{_ENTITY}){{1,3}}"),
        re.compile(f"{re.escape(lead)}{_CONTINUATION}{{0,2}}&"),
    )


def _unescape_continuation(match: re.Match[str]) -> str:
    """The run with its entities unescaped when each is Windows-1252 punctuation and the run then decodes; else
    the text as it was (a real entity after a Thai letter, a no-break space)."""
    run = match.group(0)
    if "&" not in run:
        return run
    byte_of = _byte_of()
    chars = [html.unescape(entity) for entity in _ENTITY_RE.findall(run)]
    if not all(0x80 <= byte_of.get(char, 0) <= 0x9F for char in chars):
        return run
    unescaped = html.unescape(run)
    return unescaped if _decode_run(unescaped) is not None else run


def _lossless(text: str, fixes: Counter[tuple[str, str]], utf8: bytes) -> str:
    """Decode every run of text (``utf8``: its UTF-8 bytes), what ``_RUN.sub`` does.

    _RUN's class of leads is tried at every character of the page (~0.1 ms); the leads the page holds, which
    its bytes tell by a fast search for E0, are found each by a literal search. Runs never overlap, so those
    of each lead are the runs _RUN finds that open with it; they are replaced in the page's order.
    """
    leads = {char for char in (code.decode() for code in set(_THAI_BLOCK_UTF8.findall(utf8))) if char in _LEADS}
    if "&" in text:
        # Unescaped first, or the run would read as one whose last byte was lost ("โ€" → ”, the “ left after it).
        for lead in leads:
            run, entity_in_run = _lead_run_with_entity(lead)
            if entity_in_run.search(text):
                text = run.sub(_unescape_continuation, text)
    runs = sorted((match for lead in leads for match in _lead_run(lead).finditer(text)), key=_START)
    out: list[str] = []
    last = 0
    for match in runs:
        run = match.group(0)
        out.append(text[last : match.start()])
        last = match.end()
        # Try the longest prefix that decodes: a run may swallow a real
        # Thai-looking character that follows the mojibake.
        for end in range(len(run), 1, -1):
            decoded = _decode_run(run[:end])
            if decoded is not None:
                fixes[(run[:end], decoded)] += 1
                out.append(decoded + run[end:])
                break
        else:
            out.append(run)
    out.append(text[last:])
    return "".join(out)


def _is_word(char: str) -> bool:
    return char.isalnum()


def _first_word(text: str) -> str:
    match = _NEXT_WORD.match(text)
    return match.group(1) if match else ""


def _last_word(text: str) -> str:
    match = _LAST_WORD.search(text)
    return match.group(1) if match else ""


def _separator_line(text: str, i: int) -> tuple[str, int]:
    """The line around position i, and i's place in it.

    An HTML tag ends a line too, and a window bounds it: a minified page can be one line.
    """
    low, high = max(0, i - _LINE_WINDOW), i + _LINE_WINDOW
    start = max(text.rfind("\n", low, i), text.rfind(">", low, i), low - 1) + 1
    end = min((end for end in (text.find("\n", i, high), text.find("<", i, high)) if end >= 0), default=high)
    return text[start:end], i - start


def _left_phrase(left: str) -> tuple[str, bool]:
    """The phrase before a separator, and whether it starts the line (a label's place).

    It runs back to the previous separator, an open parenthesis, a colon or the list marker.
    """
    content = _LIST_MARKER.match(left).end()
    start = max((separator.end() for separator in _SPACED_SEPARATOR.finditer(left)), default=content)
    open_paren = left.rfind("(")
    if open_paren > left.rfind(")"):
        start = max(start, open_paren + 1)
    colon = left.rfind(": ")
    if colon >= 0:
        start = max(start, colon + 2)
    return left[start:].strip(), start == content


def _right_phrase(right: str) -> str:
    """The phrase after a separator: to the next one, the parenthesis it closes, or the line end."""
    separator = _SPACED_SEPARATOR.search(right)
    end = separator.start() if separator else len(right)
    depth = 0
    for k in range(end):
        if right[k] == "(":
            depth += 1
        elif right[k] == ")":
            if not depth:
                end = k
                break
            depth -= 1
    phrase = right[:end].strip()
    return phrase.removesuffix(".") if end == len(right) else phrase


def _is_flow_step(phrase: str) -> bool:
    """A few words without clause punctuation, asides in parentheses aside: "ML Engineer (NLP or IR)"."""
    words = _ASIDE.sub("", phrase).strip("*_ ")
    return bool(words) and len(words.split()) <= _FLOW_STEP_WORDS and not _CLAUSE_PUNCT.search(words)


# A lowercase note in parentheses that ends a step: "PharmD (long-term, for technicians pursuing a pharmacist
# career)". Its commas are the note's, not the step's. A capitalised aside with commas, a list of examples, stays
# in the phrase: "Data environment – Managed databases (Postgres, MySQL)" is a label's text.
_TRAILING_NOTE = re.compile(r" \(([a-z][^()]*)\)\Z")


def _without_note(phrase: str) -> str:
    """The phrase without its trailing note; a level's aside stays: "Specialty (optional, for cloud roles)"."""
    note = _TRAILING_NOTE.search(phrase)
    if note is None or _first_word(note.group(1)) in _LEVEL_WORDS:
        return phrase
    return phrase[: note.start()]


def _is_clear_dash(left: str, right: str) -> bool:
    """A clause or a label ends before the separator, a label starts after it (not the next role of a career
    step), or the item's level does: "AWS Certified Database – Specialty – Optional"."""
    return (
        left[-1:] in _CLAUSE_END
        or (_LABEL.match(right) is not None and not _is_career_step(left, right))
        or _is_level_dash(left, right)
    )


def _is_level_dash(left: str, right: str) -> bool:
    """A level word after the separator and none before it: "Specialty – Optional", not "Optional → Important"."""
    return _level_word(right) in _LEVEL_WORDS and _last_word(left).lower() not in _LEVEL_WORDS


# An adverb qualifying the level after it: "Increasingly required", "Usually preferred", "Highly recommended".
_LEVEL_ADVERB = re.compile(r"\s*[A-Za-z]+ly\s+([\w-]+)")


def _level_word(right: str) -> str:
    """The word after a separator that would give an item's level, lowercased: the first, or the one an adverb
    before it qualifies ("Increasingly required", "Usually preferred")."""
    word = _first_word(right).lower()
    if word.endswith("ly") and word not in _LEVEL_WORDS and (adverb := _LEVEL_ADVERB.match(right)):
        return adverb.group(1).lower()
    return word


_ROLE_ALTERNATIVES = re.compile(r" or | / ")


def _is_career_step(left: str, right: str) -> bool:
    """A role, then a label naming the next one with the same head word: "DBA → Senior DBA: from ...",
    "Senior DBA → Lead DBA or Database Architect: ..."; not "Python (Critical) – Python basics: ..."."""
    label = _LABEL.match(right)
    if label is None:
        return False
    phrase, _ = _left_phrase(left)
    head = _last_word(_ASIDE.sub("", phrase))
    if not head or not _is_flow_step(phrase):
        return False
    return any(role.endswith(" " + head) for role in _ROLE_ALTERNATIVES.split(label.group().rstrip(": ")))


def _line_separators(line: str, skip: int) -> set[str]:
    """Separators elsewhere on the line: well-formed ones, and bare ones that are clearly dashes."""
    seen = set()
    for separator in _SPACED_SEPARATOR.finditer(line):
        at = separator.start() + 1
        char = line[at]
        if at == skip:
            continue
        if char == "\u0e42":
            if not _is_clear_dash(line[:at].rstrip(), line[at + 1 :].lstrip()):
                continue
            char = "–"
        seen.add(char)
    return seen


def _is_capitalised(phrase: str) -> bool:
    return phrase.lstrip("*_“\"")[:1].isupper()


def _is_chain_step(phrase: str) -> bool:
    """A flow step, or a choice of them: "VP Revenue Strategy / Chief Commercial Officer (long-term)"."""
    return all(_is_flow_step(choice) for choice in _ROLE_ALTERNATIVES.split(phrase))


def _chain_link(line: str, at: int) -> tuple[str, str] | None:
    """The two steps the separator at ``at`` joins, or None when it is well-formed, a clear dash, or a side is
    no step. The step it leads to may be a role with its team: "Tech Lead → Engineering Manager, Platform"."""
    left, right = line[:at].rstrip(), line[at + 1 :].lstrip()
    if line[at] != "\u0e42" or _is_clear_dash(left, right):
        return None
    # "... → billing → ERP. – Pricing"; a clause after the last step is no part of it: "UAT → production; runs ..."
    steps = _left_phrase(left)[0], _last_step(_right_phrase(right).removesuffix(".").partition("; ")[0])
    if not _is_chain_step(steps[0]):
        return None
    return steps if _is_chain_step(steps[1]) or _is_team_role(steps[1]) else None


_STAGE_WORDS = 2  # "business pilot", "broad deployment"


def _last_step(phrase: str) -> str:
    """A lowercase one-word step a comma's clause follows ends there: "staging → marts, with dbt tests on key
    tables", a two-word one too when the clause opens with a word such as "with": "business pilot → broad
    deployment, with defined success criteria"; a capitalised one opens a list or a place ("Weave – Phones,
    texting", "Austin, TX"), and a longer phrase keeps its comma, a role's team ("Engineering Manager, Platform")
    or a clause's."""
    step, comma, clause = phrase.partition(", ")
    if not comma:
        return phrase
    if _HYPHENATED_WORD.fullmatch(step) or (_is_lowercase_stage(step) and _first_word(clause) in _CLAUSE_OPENERS):
        return step
    return phrase


def _is_lowercase_stage(step: str) -> bool:
    """A stage's plain name: a few lowercase words, "broad deployment"."""
    words = step.split(" ")
    return len(words) <= _STAGE_WORDS and all(map(_HYPHENATED_WORD.fullmatch, words))


_TEAM_WORDS = 3  # "Platform", "Customer Support", "Cloud Infrastructure"


def _is_team_role(phrase: str) -> bool:
    """A role name, a comma, then its team in a few capitalised words: "Engineering Manager, Platform"; its comma
    is the title's, not a clause's."""
    role, comma, team = phrase.partition(", ")
    if not comma or not _is_flow_step(role) or not _is_flow_step(team) or len(team.split()) > _TEAM_WORDS:
        return False
    from .parsers.vocabulary import names_a_role  # the parsers' vocabulary, as _names_party loads it

    return _is_role_name(phrase, names_a_role)


# Four steps make a chain whatever their case ("CRM → CPQ → contract management → billing → ERP"); of three,
# the first two must be capitalised, as role and stage names are (the last may be the stage's plain name: "Sandbox
# → UAT → production promotion"): lowercase phrases may be an aside between two dashes ("the team – small and
# senior – owns it").
_CHAIN_STEPS_ANY_CASE = 4


def _chain_steps(line: str, at: int) -> list[str]:
    """The steps of the chain the bare separator at ``at`` links, up to _CHAIN_STEPS_ANY_CASE (all a rule needs:
    a long chain's links then cost no more than a short one's): its neighbours join while each link's right
    step is the next one's left. No steps when the separator is no link."""
    separators = [separator.start() + 1 for separator in _SPACED_SEPARATOR.finditer(line)]
    link = _chain_link(line, at) if at in separators else None
    if link is None:
        return []
    steps = list(link)
    before = after = separators.index(at)
    while len(steps) < _CHAIN_STEPS_ANY_CASE and before > 0:
        before -= 1
        previous = _chain_link(line, separators[before])
        if previous is None or previous[1] != steps[0]:
            break
        steps.insert(0, previous[0])
    while len(steps) < _CHAIN_STEPS_ANY_CASE and after + 1 < len(separators):
        after += 1
        following = _chain_link(line, separators[after])
        if following is None or following[0] != steps[-1]:
            break
        steps.append(following[1])
    return steps


def _is_arrow_chain(line: str, at: int) -> bool:
    """This bare separator links a chain of short phrases: roles or stages ("VP Finance → Director of FP&A →
    FP&A Manager"), an arrow even on a line whose list is joined by – . Every link of a chain is an arrow, the
    last one to a choice of roles too ("Director of Pricing → VP Revenue Strategy / Chief Commercial Officer")."""
    steps = _chain_steps(line, at)
    if len(steps) >= _CHAIN_STEPS_ANY_CASE or (len(steps) == 3 and all(map(_is_capitalised, steps[:2]))):
        return True
    return len(steps) == 3 and _is_stage_words(line, steps)


def _is_stage_words(line: str, steps: list[str]) -> bool:
    """Three one-word steps of any case ("raw → staging → marts") inside an item: on a line whose own separators
    are intact – (the bare one is then no separator of that line's list), or in a label's text ("Layers: raw →
    staging → marts"); steps of two words only in a label's text ("Ring-based release: IT pilot → business pilot
    → broad deployment"), where no aside opens. Longer lowercase phrases may be an aside between two dashes."""
    words = max(len(step.split(" ")) for step in steps)
    if words > _STAGE_WORDS:
        return False
    return f": {steps[0]} " in line or (words == 1 and " – " in line)


_ITEM_MARKER = re.compile(r"\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s")
# Words a list of names holds in lowercase ("Director of Pricing, then CRO/CFO"), the slash between a title's
# alternatives ("Field Service Supervisor / Team Lead"), and where a list splits.
_NAME_JOINERS = frozenset("and or of the then & /".split())
_NAME_LIST = re.compile(r"\s*(?:,|/|\b(?:and|or|then)\b)\s*")


def _is_item(text: str, line_start: int, left: str) -> bool:
    """The line is a list item: its marker opens it, or an HTML ``<li>`` tag does."""
    if _ITEM_MARKER.match(left):
        return True
    return line_start > 0 and text[line_start - 1] == ">" and text.startswith("<li", text.rfind("<", 0, line_start))


def _is_escalation(left_phrase: str, right: str) -> bool:
    """A situation, then only the names of whom it goes to: "Price-book errors affecting invoices → Revenue
    Accounting and Billing Operations immediately", not a label's text ("Analytical depth – Can they ...") nor a
    certificate's issuer. The line holds no other separator."""
    return len(left_phrase.split()) > _LABEL_WORDS and _is_situation(left_phrase) and _goes_to_parties(right)


def _is_situation(phrase: str) -> bool:
    """A phrase in running words, not a title: a word after the first in lowercase ("Serious safety incident")."""
    return any(word[:1].islower() for word in phrase.split()[1:])


def _goes_to_parties(right: str) -> bool:
    return _SPACED_SEPARATOR.search(right) is None and _names_parties(_right_phrase(right))


def _is_listed_escalation(text: str, i: int, left_phrase: str, right: str) -> bool:
    """A short situation and whom it goes to, "Serious safety incident → EHS lead and senior management", in a
    list whose other items escalate: alone, a label of a few words may name parties after a dash."""
    if not (_is_situation(left_phrase) and _goes_to_parties(right)):
        return False
    return any(map(_is_escalation_item, _sibling_items(text, i)))


def _is_described_list(text: str, i: int) -> bool:
    """A list whose other items open with a short label, then a bare separator and a text no flow step (a clause:
    "Dosage math – Accurate dose and fluid rate calculations."): a short text after an item's label is its text
    too, not a step an arrow leads to."""
    return any(map(_is_described_item, _sibling_items(text, i)))


def _is_described_item(line: str) -> bool:
    separator = _SPACED_SEPARATOR.search(line)
    if separator is None or line[separator.start() + 1] != "\u0e42":
        return False
    left_phrase, is_line_start = _left_phrase(line[: separator.start()])
    right = line[separator.end() :]
    return (
        is_line_start
        and len(left_phrase.split()) <= _LABEL_WORDS
        and _first_word(right)[:1].isupper()
        and not _is_flow_step(_without_note(_right_phrase(right)))
    )


def _is_escalation_item(line: str) -> bool:
    """A list item whose first separator, bare or an arrow, joins a situation to whom it goes."""
    separator = _SPACED_SEPARATOR.search(line)
    if separator is None or line[separator.start() + 1] not in ("\u0e42", "→"):
        return False
    left_phrase, is_line_start = _left_phrase(line[: separator.start()])
    return is_line_start and _is_escalation(left_phrase, line[separator.end() :])


# A deadline after whom a situation goes to: "within 30 minutes", "within one business day", "within the hour".
_DEADLINE = re.compile(
    r" within (?:\d+(?:[–-]\d+)?|an?|the|one|two|three|four)(?: business| working)? (?:minutes?|hours?|days?)$"
)


def _names_parties(phrase: str) -> bool:
    """Names only, opening with a capitalised one, an adverb after them, one naming a role or a team: "Director of
    Pricing, then CRO/CFO", "Legal and Compliance", "Revenue Accounting and Billing Operations immediately". A name
    in lowercase words is a role's or a team's own, in a few words: "Regional Director and account director",
    "EHS lead and senior management", "Product Engineering and Quality leadership"."""
    if " within " in phrase:
        phrase = _DEADLINE.sub("", phrase)  # "PR lead and Head of Brand within 30 minutes"
    words = phrase.split()
    if words and words[-1].islower() and words[-1].endswith("ly"):
        words.pop()  # "immediately", "promptly"
    opening = next((word for word in words if word not in _NAME_JOINERS), "")
    if not _is_capitalised(opening):
        return False  # "finance and operations": a clause's words, no names
    names = [name for name in _NAME_LIST.split(" ".join(words)) if name]
    return any(map(_names_party, names)) and all(map(_is_party_name, names))


def _is_party_name(name: str) -> bool:
    """Capitalised words, or a short role or team name of plain words, some in lowercase: "account director",
    "senior management"; not one with a note ("CISO (weekly)": a label's text)."""
    words = name.split()
    if all(word[:1].isupper() or word in _NAME_JOINERS for word in words):
        return True
    plain = all(word.isupper() or _HYPHENATED_WORD.fullmatch(word.lower()) for word in words)
    return plain and len(words) <= _TEAM_WORDS and _names_party(name)


def _is_feeder_step(text: str, i: int, left_phrase: str, right: str) -> bool:
    """A career step from a role into a role, a line of a feeder list: "Head of IT Risk & Compliance → CISO (common
    in financial services)", "Senior Manager, Customer Support → Director of Customer Support". A role name each
    side is not enough ("LinkedIn Certified Professional – Recruiter"): the role after it must be the page's own,
    or the list's other items arrows."""
    from .parsers.vocabulary import names_a_role  # the parsers' vocabulary, as _names_party loads it

    phrase = _right_phrase(right)
    role = _ASIDE.sub("", phrase).strip()
    if any(map(_is_level, _ASIDE.findall(phrase))):
        return False  # a certificate's level: "Solutions Architect – Associate (Common)"
    if _SPACED_SEPARATOR.search(right) or not _is_flow_step(role) or not names_a_role(role):
        return False
    if not _is_role_name(left_phrase, names_a_role):
        return False
    return _names_page_role(text, role) or any(map(_holds_arrow, _sibling_items(text, i)))


def _is_level(aside: str) -> bool:
    """An aside of level words only: "(Optional)", "(Common / Context-specific)"; not "(common in banks)"."""
    words = _LEVEL_ASIDE_SPLIT.split(aside.strip("() ").lower())
    return all(word in _LEVEL_WORDS for word in words)


_LEVEL_ASIDE_SPLIT = re.compile(r"\s*(?:/|,|\bor\b)\s*|\s+")


def _is_role_name(phrase: str, names_a_role: Callable[[str], bool]) -> bool:
    """Capitalised words naming a role, a department after a comma too: "Head of IT Risk & Compliance", "Senior
    Manager, Customer Support"; not a sentence ending with one ("Work with the Engineering Manager")."""
    words = _ASIDE.sub("", phrase).replace("&amp;", "&").strip()  # an HTML page's "Risk &amp; Compliance"
    head, _, department = words.partition(", ")
    if _CLAUSE_PUNCT.search(head + " " + department):
        return False
    if not all(word[:1].isupper() or word in _NAME_JOINERS for word in words.replace(",", "").split()):
        return False
    return names_a_role(head)


def _names_page_role(text: str, role: str) -> bool:
    """The page's own role: a line (or an element, or a heading) opens with it, as the page's title does, or the
    page defines it as an abbreviation: "Chief Information Security Officer (CISO)"."""
    return text.startswith(role) or f"({role})" in text or any(opener + role in text for opener in ("\n", ">", "# "))


_SIBLING_WINDOW = 1000  # characters each way: a few list items


def _sibling_items(text: str, i: int) -> list[str]:
    """The list items on the lines next to position i's, up and down until a line is no item."""
    low = max(0, i - _SIBLING_WINDOW)
    above = text[low:i].split("\n")[-2 : 0 if low else None : -1]  # nearest first; a window-cut line is left out
    below = text[i : i + _SIBLING_WINDOW].split("\n")[1:-1]
    return [*takewhile(_is_item_line, above), *takewhile(_is_item_line, below)]


def _is_item_line(line: str) -> bool:
    return _ITEM_MARKER.match(line) is not None or line.lstrip().startswith("<li")


def _holds_arrow(line: str) -> bool:
    """An arrow, or a bare separator between two short steps (that one is repaired as an arrow)."""
    return "→" in line or any(
        _chain_link(line, separator.start() + 1) for separator in _SPACED_SEPARATOR.finditer(line)
    )


# An escalation a situation leads to: "escalate to CEO", "immediate escalation to the Audit Committee chair".
_ESCALATION = re.compile(r"(?:[a-z]+ )?escalat(?:e|es|ed|ion)\b")


def _is_escalation_action(text: str, i: int, right: str) -> bool:
    """An escalation after the separator, in a list whose other items escalate after one too: "Potentially
    material incident → immediate escalation to CEO, ...", not a short label's text."""
    return _ESCALATION.match(right) is not None and any(map(_escalates, _sibling_items(text, i)))


def _escalates(line: str) -> bool:
    return any(_ESCALATION.match(line, separator.end()) for separator in _SPACED_SEPARATOR.finditer(line))


def _names_party(name: str) -> bool:
    """A role ("Director of Pricing", "CFO"), a function ("Legal") or a department named after one ("Billing
    Operations")."""
    # The role and team vocabularies are the parsers'; imported at the first such line, so that repairing a page
    # that has none does not load them.
    from .parsers.vocabulary import names_a_role, names_a_team

    return names_a_role(name) or names_a_team(name) or (" " in name and names_a_team(name.rsplit(" ", 1)[1]))


def _spaced_replacement(text: str, i: int) -> str:
    """Choose between a dash and an arrow for a bare ``โ`` between two spaces."""
    line, at = _separator_line(text, i)
    left, right = line[:at].rstrip(), line[at + 1 :].lstrip()
    if not left:
        return "–"  # a detail line's marker: "– Why it matters: ..."
    next_word = _first_word(right)
    if _level_word(right) in _LEVEL_WORDS:
        return "→" if _last_word(left).lower() in _LEVEL_WORDS else "–"
    if _is_career_step(left, right):
        return "→"  # "DBA → Senior DBA: from operating systems to ..."
    if left[-1] in "|:" and _TARGET_NUMBER.match(right):
        return _comparison_sign(text, i, i + 2)  # a cell's or a label's target: "| ≥ 90% of ... |", "Target: ≥ 4.5/5"
    if left[-1] == ";" and _TARGET_NUMBER.match(right):
        sign = _parallel_sign(text, i - at, left)
        if sign:
            return sign  # "≥ 99.5% crash-free users; ≥ 99.8% for mature apps"
    if left[-1].isalpha() and _TARGET_NUMBER.match(right):
        sign = _word_target_sign(text, i, left)
        if sign:
            return sign  # "crash-free users ≥ 99.5%", "releases with ≤ 1 missed train"
    if next_word[:1].isdigit() and _is_progression(line, at):
        return "→"  # "staged rollout (1% → 10% → 50% → 100%)"
    if next_word[:1].isdigit() or _is_clear_dash(left, right):
        return "–"
    if _is_arrow_chain(line, at):
        return "→"  # "VP Finance → Director of FP&A → FP&A Manager", whatever else the line holds
    # A list's separators never stand inside brackets: those on the line say nothing of one there.
    on_line = set() if left.rfind("(") > left.rfind(")") else _line_separators(line, at)
    if on_line and "→" not in on_line:
        return "—" if on_line == {"—"} else "–"
    if on_line == {"→"}:
        return "→"
    if next_word in _CLAUSE_OPENERS:  # lowercase only: a clause goes on
        return "—"
    left_phrase, is_line_start = _left_phrase(left)
    lower_text = next_word[:1].islower()
    if lower_text and is_line_start and left_phrase.startswith("**") and left_phrase.endswith("**"):
        return "–"  # a bold label: "**GRC and Internal Audit** – consume control mappings"
    if _is_flow_step(left_phrase) and _is_flow_step(_without_note(_right_phrase(right))):
        if not lower_text and is_line_start and _is_item(text, i - at, left) and _is_described_list(text, i):
            return "–"  # "- Teamwork – Behavior during a busy shift." below "- Dosage math – Accurate dose and ..."
        return "→"
    if not lower_text and is_line_start and _is_item(text, i - at, left):
        if (
            _is_escalation(left_phrase, right)
            or _is_feeder_step(text, i, left_phrase, right)
            or _is_listed_escalation(text, i, left_phrase, right)
        ):
            # "Discount requests above delegated authority → Director of Pricing, then CRO/CFO"; "Head of IT Risk &
            # Compliance → CISO (common in financial services)"
            return "→"
    if not lower_text:
        return "–"  # a label and its text, or the next item: "Data environment – Managed databases"
    if is_line_start and len(left_phrase.split()) <= _LABEL_WORDS and not _is_escalation_action(text, i, right):
        return "–"  # "Retrieval fundamentals – lexical versus dense retrieval, ..."
    return "→"  # a condition and its action: "governance → escalate to manager"


# Three or more numbers joined by spaced separators, bare or arrows: "1% → 10% → 50% → 100%".
_NUMBER_CHAIN = re.compile(r"(?<![\w.,])(?:[$€£₹]?\d[\d.,]*%? [\u0e42→] ){2,}[$€£₹]?\d[\d.,]*%?(?![\w.,]\d)")
_CHAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _is_progression(line: str, at: int) -> bool:
    """The separator at ``at`` links a rising chain of three or more numbers, a progression ("staged rollout (1% →
    10% → 50% → 100%)"), not ranges: a range joins two numbers, never a third."""
    for chain in _NUMBER_CHAIN.finditer(line):
        if chain.start() < at < chain.end():
            values = [float(number) for number in _CHAIN_NUMBER.findall(chain.group().replace(",", ""))]
            return all(a < b for a, b in zip(values, values[1:], strict=False))
    return False


def _bare_replacement(text: str, i: int) -> str:
    """Choose the character a bare ``โ`` stood for, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _RANGE_START.search(text, max(0, i - 3), i) and _RANGE_END.match(text, i + 1):
        return "–"  # a range: 3–5, $65,000–$85,000, Q3–Q4, FY24–FY25, 9am–5pm
    if before.isalpha() and after.isdigit():
        # A quote never opens right after a letter; one open on the line closes here (a footnote: “golden path”2).
        return "”" if _quote_opens_before(text, i) else "–"  # a version skew or a span: N–2, K–12
    if before.isalpha() and after.isalpha():
        tail = _LOWER_RUN.match(text, i + 1, i + 4)
        if tail and tail.group(0) in _CONTRACTION_TAILS:
            return "’"  # organization’s, don’t
        if before.isupper() and after.isupper():
            return "–"  # a pair or span joining two names in capitals: the AE–SA pair, EU–US transfers, A–Z
        return "—"  # documentation—under
    if before.isspace() and after.isspace():
        return _spaced_replacement(text, i)
    if not _is_word(before) and before not in ",.;:!?)" and not after.isspace():
        if _TARGET_NUMBER.match(text, i + 1) and not _quote_closes(text, i):
            return _comparison_sign(text, i)  # a target: ≥99.9% of fills, ≤2 business days
        return "“"  # opening quote: “Scientist
    if not after.isalnum():
        if before == "s" and _is_plural_possessive(text, i):
            return "’"  # customers’ security teams
        return "”"  # closing quote: Scientist” or good,”
    return "“"


# A comparison sign (≥ E2 89 A5, ≤ E2 89 A4) left as a bare ``โ`` before a target's number: "| โ99.9% of fills
# error-free |". A quote mark closing it on the line would make it a quote ("scored “3” on the rubric").
_TARGET_NUMBER = re.compile(r"[$€£₹]?\d[\d.,/]*(?:[\u0e42–-]\d[\d.,/]*)?%?")
# A target is a floor (≥) unless its number counts what should stay low: a duration ("≤ 2–3 weeks for scoped
# problems", "≤24h") or failures ("≤ 3 errors per audit"), named right after the number or before it in its clause
# ("Accident-year loss ratio ≤55–60%"). A duration before "before" is a lead time, a floor: "≥ 90 days before
# expiry".
_DURATION_UNITS = frozenset(
    "s sec secs second seconds min mins minute minutes h hr hrs hour hours d day days wk wks week weeks "
    "mo month months yr yrs year years".split()
)
_LOWER_IS_BETTER = frozenset(
    "error errors defect defects discrepancy discrepancies cancellation cancellations downtime incident incidents "
    "backlog exception exceptions finding findings complaint complaints loss losses variance rework overtime "
    "escalation escalations missed failed failure failures breach breaches violation violations denial "
    "denials".split()
)
_LEAD_TIME_WORDS = frozenset("before ahead prior".split())
# Words that end the number's own phrase: "99.9% of fills", "2 business days for standard referrals".
_PHRASE_ENDS = _LEAD_TIME_WORDS | frozenset(
    "of for by in at on per within to from with without across over after under and or than".split()
)
# The number's own words: a unit written on it ("24h") and the words that follow it up to any punctuation ("2
# business days", not "reports/month", nor the next table cell); and the few words of its clause before it
# ("Accident-year loss ratio ≤55–60%"), not the previous cell's.
_WORDS_AFTER = re.compile(r"[A-Za-z]*(?:[ \u00a0][A-Za-z][\w-]*){0,3}")
_CLAUSE_BREAK = re.compile(r"[|;:,()\[\]<>–—\n\t]|\s\s")
_CLAUSE_WINDOW = 80  # characters: a few words, searched without a scan of the line
_CLAUSE_WORDS = 3


def _comparison_sign(text: str, i: int, number_at: int | None = None) -> str:
    """≤ or ≥ for the bare ``โ`` at i before a target's number (right after it, or at number_at past a space),
    from the words of that number's phrase."""
    number = _TARGET_NUMBER.match(text, number_at or i + 1)
    words = _WORDS_AFTER.match(text, number.end()).group().lower().split()
    unit = list(takewhile(lambda word: word not in _PHRASE_ENDS, words))
    following = words[len(unit) : len(unit) + 1] or [""]
    is_duration = not number.group().endswith("%") and _DURATION_UNITS.intersection(unit)
    if is_duration and following[0] not in _LEAD_TIME_WORDS:
        return "≤"
    before = _CLAUSE_BREAK.split(text[max(0, i - _CLAUSE_WINDOW) : i])[-1].lower().split()[-_CLAUSE_WORDS:]
    if _LOWER_IS_BETTER.intersection(unit + before):
        return "≤"
    line, at = _separator_line(text, i)
    return "≤" if _follows_none(line[:at]) or (_is_count(number.group()) and _row_counts_failures(line)) else "≥"


# A part of a cell or clause that opens with a comparison sign before its number: "≥ 99.5% crash-free users".
_SIGNED_PART = re.compile(r"\s*([≥≤<>\u0e42])\s?[$€£₹]?\d")
_CAPS = "≤<"


def _parallel_sign(text: str, line_start: int, left: str) -> str | None:
    """The sign of the part before "; " that opens with one, for a parallel part after it: "≥ 99.5% crash-free
    users; ≥ 99.8% for mature apps". A bare sign there is read as its own repair reads it."""
    part_start = left.rfind("|") + 1
    for part in left[part_start:].split(";")[:-1]:
        signed = _SIGNED_PART.match(part)
        if signed:
            sign = signed.group(1)
            if sign != "\u0e42":
                return "≤" if sign in _CAPS else "≥"
            at = line_start + part_start + signed.start(1)
            return _comparison_sign(text, at, at + 2) if text[at + 1] == " " else _comparison_sign(text, at)
        part_start += len(part) + 1
    return None


# A share metric's words before its floor: "crash-free users ≥ 99.5%", "uptime ≥ 99.9%".
_SHARE_METRIC_WORDS = frozenset("rate rates users coverage uptime availability score scores".split())


def _word_target_sign(text: str, i: int, left: str) -> str | None:
    """A word, then a bare sign before a number, spaced: no range (one needs a number each side). A cap when the
    number counts what should stay low ("releases with ≤ 1 missed train"), a floor after a share metric
    ("crash-free users ≥ 99.5%"); None otherwise (a dash before a number: "Team size – 5 engineers")."""
    number = _TARGET_NUMBER.match(text, i + 2)
    words = _WORDS_AFTER.match(text, number.end()).group().lower().split()
    unit = list(takewhile(lambda word: word not in _PHRASE_ENDS, words))
    if _LOWER_IS_BETTER.intersection(unit):
        return "≤"
    if _last_word(left[-_WORD_WINDOW:]).lower() not in _SHARE_METRIC_WORDS or not number.group().endswith("%"):
        return None
    # The metric's own words, not a flattened row's previous cell: "Front-end denial rate ≤ 2% of claims".
    metric = _CLAUSE_BREAK.split(left[-_CLAUSE_WINDOW:])[-1].lower().split()[-_CLAUSE_WORDS:]
    return "≤" if _LOWER_IS_BETTER.intersection(metric) else "≥"


# A cell's earlier part that allows none of something: "Zero P1; ≤1 P2 per quarter", "0 critical, ≤2 minor".
_CELL_PARTS = re.compile(r"[;,]")
_NONE_WORDS = frozenset("zero no 0".split())


def _follows_none(left: str) -> bool:
    """The number's cell (to its left on the line) allows none of a worse kind before it: the rest is a cap."""
    parts = _CELL_PARTS.split(left[left.rfind("|") + 1 :])[:-1]
    return any(part.split()[:1] and part.split()[0].lower() in _NONE_WORDS for part in parts)


def _is_count(number: str) -> bool:
    """A plain count, not a share or an amount: "1", "2–3"; a percentage may be a floor of a share of failures
    ("Incidents resolved within SLA | ≥ 95%")."""
    return not number.endswith("%") and number[:1].isdigit()


def _row_counts_failures(line: str) -> bool:
    """A table row whose first named cell, the metric, counts what should stay low: "| Production incidents caused
    by change | ... |", "| Escaped defects | ... |"."""
    if "|" not in line:
        return False
    name = next((cell for cell in line.split("|") if any(map(str.isalpha, cell))), "")
    return not _LOWER_IS_BETTER.isdisjoint(_HYPHENATED_WORD.findall(name.lower()))


# A word, a compound whole: "defect-free releases" counts no defects.
_HYPHENATED_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _quote_closes(text: str, i: int) -> bool:
    """A quote mark after position i, in its table cell or on its line, closes a quote: ”, or a bare ``โ`` after a
    non-space and before no letter or digit ("โ24/7 coverageโ"); a range's ``โ`` ("55โ60%") closes none."""
    line, at = _separator_line(text, i)
    cell = line[at + 1 :].split("|", 1)[0]
    for mark in _QUOTE_MARK.finditer(cell):
        k = mark.start()
        if mark.group() == "”" or (k and not cell[k - 1].isspace() and not cell[k + 1 : k + 2].isalnum()):
            return True
    return False


def _is_plural_possessive(text: str, i: int) -> bool:
    """A plural's apostrophe, not a closing quote: a word follows ("risk owners’ mitigation"), a capitalised one
    after a lowercase plural too ("teammates’ PRs"), and no quote is open before it on its line ("What “exceeds”
    looks like" closes one)."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalpha():
        return False
    if not text[i + 2].islower() and not _LOWER_PLURAL.search(text, max(0, i - _WORD_WINDOW), i):
        return False
    return not _quote_opens_before(text, i)


# A lowercase word's plural ending right before the mark: "teammates", not "APIs" nor "Google Docs".
_LOWER_PLURAL = re.compile(r"(?<![\w-])[a-z]+s\Z")
_WORD_WINDOW = 40  # characters: longer than any plural word


def _quote_opens_before(text: str, i: int) -> bool:
    """A quote is open on position i's line, to its left."""
    line, at = _separator_line(text, i)
    return _quote_is_open(line[:at])


def _quote_is_open(left: str) -> bool:
    """The last quote mark in the text opens a quote: “, or a bare ``โ`` after a space and before a word
    character. Apostrophes inside words (a bare ``โ`` between letters) are no quote marks."""
    for mark in reversed(list(_QUOTE_MARK.finditer(left))):
        k = mark.start()
        if mark.group() != "\u0e42":
            return mark.group() == "“"
        before = left[k - 1] if k else " "
        after = left[k + 1] if k + 1 < len(left) else " "
        if not (before.isalpha() and after.isalpha()):
            return not before.isalnum() and not after.isspace()
    return False


_QUOTE_MARK = re.compile("[“”\u0e42]")


def _fix_lost_last(pattern: re.Pattern[str], text: str, fixes: Counter[tuple[str, str]]) -> str:
    """Replace each ``€``-ending lead (E2 80) whose third byte was lost: ‐ between letters, else ”.

    The two bytes no Windows-1252 character holds are the ones lost: 90 (‐) and 9D (”).
    """

    def lost_last(match: re.Match[str]) -> str:
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        fixed = "‐" if before.isalpha() and after.isalpha() else "”"
        fixes[(match.group(0), fixed)] += 1
        return fixed

    return pattern.sub(lost_last, text)


def _fix_lost_middle(text: str, fixes: Counter[tuple[str, str]]) -> str:
    """Replace each ``โฅ`` / ``โค`` before a number by ≥ / ≤; after a Thai letter it is a Thai word's."""

    def lost_middle(match: re.Match[str]) -> str:
        i = match.start()
        if i and _THAI_LETTER.match(text, i - 1):
            return match.group(0)
        fixed = _LOST_MIDDLE_SIGN[match.group(0)[1]]
        fixes[(match.group(0), fixed)] += 1
        return fixed

    return _LOST_MIDDLE.sub(lost_middle, text)


def _lossy(text: str, fixes: Counter[tuple[str, str]]) -> str:
    text = _fix_lost_last(_LOST_LAST, text, fixes)
    if "\u0e42" not in text:
        return text
    text = _fix_lost_middle(text, fixes)
    out: list[str] = []
    last = 0
    for match in _BARE.finditer(text):
        fixed = _bare_replacement(text, match.start())
        # A Thai letter left after it is a lost byte's too: the report names it, not a routine "โ → “".
        after = text[match.end() : match.end() + 1]
        thai = after if _THAI_LETTER.match(after) else ""
        fixes[("โ" + thai, fixed + thai)] += 1
        out.append(text[last : match.start()])
        out.append(fixed)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _latin_letters(ascii_text: bytes) -> int:
    return len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))


def _looks_thai(text: str) -> bool:
    """True when Thai letters are the page's script, not mojibake debris."""
    ascii_only = text.encode("ascii", "ignore")
    # Thai letters are among the non-ASCII characters, and Latin letters of a prefix are
    # among the page's: a prefix whose letters reach the non-ASCII count settles the
    # first test below without counting every letter and every Thai letter of the page.
    non_ascii = len(text) - len(ascii_only)
    if _latin_letters(ascii_only[: 4 * non_ascii]) >= non_ascii:
        return False
    latin = _latin_letters(ascii_only)
    if len(_THAI_LETTER.findall(text)) <= latin:
        return False  # even if every Thai letter were real, Latin would outnumber them
    debris = _RUN.sub(lambda m: "" if _decode_run(m.group(0)[:2]) or _decode_run(m.group(0)) else m.group(0), text)
    # A bare โ between Latin characters is debris too.
    debris = re.sub(r"(?<![\u0e01-\u0e5b])\u0e42(?![\u0e01-\u0e5b])", "", debris)
    return len(_THAI_LETTER.findall(debris)) > latin


def _has_thai_letter(text: str, utf8: bytes | None = None) -> bool:
    """Whether text holds a Thai letter: the mark of mojibake (and of Thai pages).

    A memchr over the UTF-8 bytes (``utf8``, when the caller has them) proves most clean
    pages clean several times faster than a regex scan: a Thai letter (U+0E01–U+0E5B)
    encodes with lead byte E0, which only U+0800–U+0FFF have ("surrogatepass" writes a
    lone surrogate as ED ..).
    """
    if text.isascii() or b"\xe0" not in (text.encode("utf-8", "surrogatepass") if utf8 is None else utf8):
        return False
    return _THAI_LETTER.search(text) is not None


def _western_chars(low: int, high: int) -> str:
    """The characters bytes low–high read as, in Windows-1252 and in Latin-1 (C1 controls for 80–9F), escaped."""
    chars = []
    for byte in range(low, high + 1):
        chars.append(chr(byte))
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            pass  # 81, 8D, 8F, 90, 9D: no Windows-1252 character
    return "".join(re.escape(c) for c in dict.fromkeys(chars))


_WESTERN_CONTINUATION = _western_chars(0x80, 0xBF)  # € ™ “ – © ...
# UTF-8 read as Windows-1252 or Latin-1: a lead-byte character (C2–F4: Â Ã â ð ...) and the
# continuation-byte characters after it; adjacent sequences ("ÃƒÂ©", read twice) form one run.
_WESTERN_RUN = re.compile(f"(?:[{_western_chars(0xC2, 0xF4)}][{_WESTERN_CONTINUATION}]{{1,3}})+")
# ``â€`` whose third byte was lost, as ``โ€`` in the Thai form: "What â€œmeets barâ€ looks like".
_WESTERN_LOST_LAST = re.compile(f"\u00e2\u20ac(?![{_WESTERN_CONTINUATION}])")
# ftfy's encoding fixes alone: its other fixers straighten quotes, expand ligatures, normalize, unescape
# entities ..., which would change well-formed text.
_FTFY_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _may_be_western_mojibake(text: str, utf8: bytes | None = None) -> bool:
    """Whether text holds a run that may be UTF-8 read as Windows-1252 or Latin-1.

    Every lead-byte character (U+00C2–U+00F4) encodes with lead byte C3: a memchr over
    the UTF-8 bytes (``utf8``, when the caller has them) proves most pages clean before any regex scan.
    """
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    return b"\xc3" in data and _WESTERN_RUN.search(text) is not None


@lru_cache(maxsize=4096)  # a page repeats the same few runs
def _fix_western_run(run: str) -> str:
    # ftfy judges the run: a well-formed "é»" or "É–" comes back as it is.
    return ftfy.fix_encoding(run, _FTFY_ENCODING_ONLY)


def _western(text: str, fixes: Counter[tuple[str, str]]) -> str:
    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        fixed = _fix_western_run(run)
        if fixed != run:
            fixes[(run, fixed)] += 1
        return fixed

    text = _fix_lost_last(_WESTERN_LOST_LAST, text, fixes)
    return _WESTERN_RUN.sub(fix, text)


def _mac_roman_chars(low: int, high: int) -> str:
    return "".join(re.escape(bytes([byte]).decode("mac_roman")) for byte in range(low, high + 1))


# UTF-8 read as Mac Roman ("‚Äì" for –, "√©" for é, "¬†" for a no-break space): a lead-byte character (C2–F4)
# and the continuation-byte characters (80–BF) after it. No character is both.
_MAC_ROMAN_CONTINUATION = _mac_roman_chars(0x80, 0xBF)
_MAC_ROMAN_RUN = re.compile(f"[{_mac_roman_chars(0xC2, 0xF4)}][{_MAC_ROMAN_CONTINUATION}]{{1,3}}")
# The leads of the commonest characters: E2 (dashes, quotes, bullets, arrows, ≤ ≥), C3 (é ×), C2 (no-break
# space, ±), each a rare character in clean text. The tell is one with its continuations: "‚" with two, "√" with
# one, "¬" with one of A0–BF (C2 80–9F are controls: "¬â" is a piece of Western mojibake, "â‚¬â€œ").
_MAC_ROMAN_TELLS = ("\u201a", "\u221a", "\u00ac")
_MAC_ROMAN_TELL = re.compile(
    f"\u201a[{_MAC_ROMAN_CONTINUATION}]{{2}}|\u221a[{_MAC_ROMAN_CONTINUATION}]|\u00ac[{_mac_roman_chars(0xA0, 0xBF)}]"
)
_C1_CONTROL = re.compile("[\u0080-\u009f]")


def _may_be_mac_roman_mojibake(text: str, utf8: bytes | None = None) -> bool:
    """Whether text holds UTF-8 read as Mac Roman.

    "‚" (E2 80 9A) and "√" (E2 88 9A) end in byte 9A, "¬" (C2 AC) in AC: a memchr over the UTF-8 bytes
    (``utf8``, when the caller has them) rules most pages out, faster than a search per tell in a wide string.
    """
    if utf8 is not None and b"\x9a" not in utf8 and b"\xac" not in utf8:
        return False
    return any(tell in text for tell in _MAC_ROMAN_TELLS) and _MAC_ROMAN_TELL.search(text) is not None


@lru_cache(maxsize=4096)  # a page repeats the same few runs
def _decode_mac_roman_run(run: str) -> str | None:
    try:
        decoded = run.encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return None
    # A C1 control is no character a page means: the run is another damage's debris.
    return None if _C1_CONTROL.search(decoded) else decoded


def _mac_roman(text: str, fixes: Counter[tuple[str, str]]) -> str:
    """Decode every Mac Roman run that is UTF-8 for a character; a run that is not (a real "–é") stays."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        fixed = _decode_mac_roman_run(run)
        if fixed is None:
            return run
        fixes[(run, fixed)] += 1
        return fixed

    return _MAC_ROMAN_RUN.sub(fix, text)


# The entity forms of a no-break space a text page may keep: its lines are unescaped later, to U+00A0.
_NO_BREAK_SPACE_ENTITY = re.compile("&(?:nbsp|#0*160|#[xX]0*[aA]0);")
# Characters that only say where a word may break or must not, and are no text: scraped pages keep them inside
# words ("Respon\u00adsibilities", "Tech\u200bnical"), where they hide headings, sub-headings and tool names
# from every match and would reach the HR system's values.
_INVISIBLE = {
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
}
_DELETE_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE))
# Icon-font glyphs (Font Awesome, Divi's "et-pb-icon", WordPress dashicons; Material Design Icons past U+F0000):
# characters of Unicode's private-use areas, U+E000-U+F8FF and planes 15-16, that only the icon font draws; no
# reader reads them as text, and a page's innerText or a markdown crawl keeps them as they are. Found by their
# UTF-8 lead byte first (a literal lead makes each search fast), most pages holding none.
PRIVATE_USE = (range(0xE000, 0xF900), range(0xF0000, 0x110000))
_ICON_GLYPH_BYTES = tuple(
    (lead, re.compile(re.escape(lead) + rest))
    for lead, rest in (
        (b"\xee", rb"[\x80-\xbf]{2}"),
        (b"\xef", rb"[\x80-\xa3][\x80-\xbf]"),
        (b"\xf3", rb"[\xb0-\xbf][\x80-\xbf]{2}"),
        (b"\xf4", rb"[\x80-\x8f][\x80-\xbf]{2}"),
    )
)
_ICON_GLYPH = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Typographic ligatures a PDF's text keeps inside words ("ﬁnancing", "ﬂux"), where no word or vocabulary
# matches them. One standing alone is a character the text names: it stays.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_LIGATURE_IN_WORD = re.compile(r"(?<=\w)[\ufb00-\ufb04]|[\ufb00-\ufb04](?=\w)")
# Their entity forms, unescaped later by the HTML and markdown readers.
_INVISIBLE_ENTITY = re.compile(
    r"&(?:shy|ZeroWidthSpace|zwj|zwnj|NoBreak"
    r"|#0*(?:173|8203|8204|8205|8288|65279)|#[xX]0*(?:[aA][dD]|200[bBcCdD]|2060|[fF][eE][fF][fF]));"
)
_ENTITY_CHAR = {"shy": "\u00ad", "ZeroWidthSpace": "\u200b", "zwj": "\u200d", "zwnj": "\u200c", "NoBreak": "\u2060"}


def _fold_spacing(text: str, fixes: Counter[tuple[str, str]]) -> str:
    """Replace no-break spaces by spaces, drop invisible break and join characters, raw or as entities, and
    spell ligatures inside words out.

    The invisible characters removed are counted in fixes, by name; the ligatures, as they are.

    >>> _fold_spacing("Role horizon:\u00a0Current, 8&nbsp;years", Counter())
    'Role horizon: Current, 8 years'
    >>> _fold_spacing("3) Core Respon\u00adsibilities, Kuber&shy;netes", Counter())
    '3) Core Responsibilities, Kubernetes'
    """
    if not text.isascii():
        if "\u00a0" in text:
            text = text.replace("\u00a0", " ")
        # `in` first: it stops at a hit and scans ~10x faster than count, which only a page holding the
        # character (few do) pays.
        found = {char: n for char in _INVISIBLE if char in text and (n := text.count(char))}
        if found:
            text = text.translate(_DELETE_INVISIBLE)
            for char, n in found.items():
                fixes[(_INVISIBLE[char], "removed")] += n
        if any(char in text for char in _LIGATURES):
            text = _LIGATURE_IN_WORD.sub(lambda m: _spell_ligature(m, fixes), text)
    if "&" in text:
        text = _NO_BREAK_SPACE_ENTITY.sub(" ", text)
        if "&" in text:
            text = _INVISIBLE_ENTITY.sub(lambda m: _drop_entity(m, fixes), text)
    return text


def _spell_ligature(match: re.Match[str], fixes: Counter[tuple[str, str]]) -> str:
    fixes[(match.group(0), _LIGATURES[match.group(0)])] += 1
    return _LIGATURES[match.group(0)]


def _drop_entity(match: re.Match[str], fixes: Counter[tuple[str, str]]) -> str:
    name = match.group(0)[1:-1]
    char = _ENTITY_CHAR.get(name) or chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    fixes[(_INVISIBLE[char], "removed")] += 1
    return ""


def repair_text(text: str, utf8: bytes | None = None) -> tuple[str, list[Repair]]:
    """Undo mojibake, fold no-break spaces, drop invisible characters and icon-font glyphs and spell ligatures
    in words out; return the text and the repairs made.

    ``utf8``: the text's own UTF-8 bytes, when the caller has them (a file that decoded as UTF-8): the page is
    not encoded again to look for the lead bytes of mojibake.

    >>> repair_text("deployableโ€”turning 3โ5 years")[0]
    'deployable—turning 3–5 years'
    >>> repair_text("the companyâ€™s rÃ©sumÃ©")[0]
    'the company’s résumé'
    """
    fixes: Counter[tuple[str, str]] = Counter()
    if text.isascii():
        text = _fold_spacing(text, fixes)
        return text, [Repair(broken, fixed, n) for (broken, fixed), n in sorted(fixes.items())]
    # Before the Western repair, which would read the tail of a Mac Roman "‚Ä¶" (…) as "Ä¶" (Ķ), and before the
    # icon glyphs go: Mac Roman reads an emoji's lead byte F0 as the private-use Apple logo U+F8FF.
    if _may_be_mac_roman_mojibake(text, utf8):
        text = _mac_roman(text, fixes)
        utf8 = None  # no longer the text's
    if utf8 is None:
        utf8 = text.encode("utf-8", "surrogatepass")  # once, for the tests below
    if any(lead in utf8 and glyph.search(utf8) for lead, glyph in _ICON_GLYPH_BYTES):
        text, glyphs = _ICON_GLYPH.subn("", text)
        fixes[("icon-font glyph", "removed")] += glyphs
        utf8 = text.encode("utf-8", "surrogatepass")
    if _has_thai_letter(text, utf8) and not _looks_thai(text):
        text = _lossless(text, fixes, utf8)
        text = _lossy(text, fixes)
        utf8 = None  # no longer the text's
    # After the Thai repair: ftfy would straighten or garble the Thai forms (page-family.md).
    if _may_be_western_mojibake(text, utf8):
        text = _western(text, fixes)
        # Damaged twice, the Thai route then a Western one over it ("à¹‚â‚¬â€œ"): the Thai forms show only now.
        if _has_thai_letter(text) and not _looks_thai(text):
            text = _lossless(text, fixes, text.encode("utf-8", "surrogatepass"))
            text = _lossy(text, fixes)
    text = _fold_spacing(text, fixes)
    return text, [Repair(broken, fixed, n) for (broken, fixed), n in sorted(fixes.items())]
