"""Section parser: role_summary (section 1).

The summary is mostly prose. Labelled facts are picked out wherever they sit
(scrapers often file "Role horizon: ..." under the previous sub-heading):
the role horizon ("Role horizon: Current (...)" or "This is a Current role:
..."), the typical reporting line, the interaction surface (an inline
enumeration or a list grouped by area) and business value points.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pydantic import Field
from spacy.matcher import Matcher, PhraseMatcher

from ..blocks import Block, BlockKind
from ..models import Section
from ..nlp import load_vocab, nlp, phrase_matcher
from ..sections import subheading_key
from .common import FieldsModel, SectionFields, continues_line
from .text import (
    CAPITALISED_WORD,
    LEADING_ARTICLE,
    paren_depth,
    spelled_out_start,
    split_at_colon,
    split_enumeration,
    split_label,
    split_note,
    split_top_level,
)
from .vocabulary import (
    SUMMARY_TO_KPIS,
    PhraseRuns,
    may_match,
    names_a_role,
    names_a_team,
    phrase_gate,
    phrase_runs,
    word_phrase_hits,
)

__all__ = ["InteractionSurface", "ReportingLine", "RoleHorizon", "RoleSummary", "TeamGroup", "parse", "without_subject"]

_SECTION = "role_summary"


class RoleHorizon(FieldsModel):
    """The role's horizon as stated (Current, Emerging, ...) and the note that qualifies it."""

    horizon: str = Field(description="Horizon word(s) as on the page, e.g. 'Current' or 'Emerging'.")
    note: str | None = Field(default=None, description="Explanation given with the horizon, without brackets.")
    text: str


class ReportingLine(FieldsModel):
    """Whom the role typically reports to."""

    reports_to: str = Field(
        description="The manager role(s) as stated, without the 'Reports to' lead or a leading article (a, an, the)."
    )
    qualifier: str | None = Field(default=None, description="Qualifier of the label in parentheses, e.g. 'inferred'.")
    text: str


class TeamGroup(FieldsModel):
    """Teams the role interacts with, under an area name when the page groups them."""

    area: str | None = Field(
        default=None, description="Group name, e.g. 'AI/ML' or 'Customer-facing'; null if ungrouped."
    )
    area_note: str | None = Field(default=None, description="Parenthesised note on the area, e.g. 'context-specific'.")
    teams: list[str] = Field(description="Team or role names as on the page (notes such as '(as needed)' kept).")
    text: str


class InteractionSurface(FieldsModel):
    """The typical interaction surface: which teams the role works with."""

    lead: str | None = Field(default=None, description="Lead wording, e.g. 'Typical interaction surfaces include'.")
    groups: list[TeamGroup] = Field(default_factory=list)
    qualifier: str | None = Field(
        default=None, description="Trailing condition on the whole list, e.g. 'depending on whether ...'."
    )
    text: str = Field(description="The sentence as on the page, or the sub-heading when the teams are listed below it.")

    @property
    def teams(self) -> list[str]:
        """Every team name, across groups."""
        return [team for group in self.groups for team in group.teams]


class RoleSummary(SectionFields):
    """Typed fields of the role summary: prose plus the labelled facts it carries."""

    paragraphs: list[str] = Field(default_factory=list, description="Descriptive paragraphs, in page order.")
    role_horizon: RoleHorizon | None = None
    interaction: InteractionSurface | None = None
    reporting_line: ReportingLine | None = None
    business_value: list[str] = Field(
        default_factory=list,
        description="Business value points: a listed 'Business value created' group, or an inline "
        "'The business value created includes A, B and C' enumeration (its paragraph stays in paragraphs).",
    )


# --- wording rules ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_vocab(SUMMARY_TO_KPIS)["summary"]


@lru_cache(maxsize=1)
def _horizon_matcher() -> Matcher:
    """'This is a Current role' / 'This is an Emerging role'."""
    matcher = Matcher(nlp().vocab)
    word = {"IS_TITLE": True, "IS_ALPHA": True}
    matcher.add(
        "HORIZON_SENTENCE",
        [[{"LOWER": "this"}, {"LOWER": "is"}, {"LOWER": {"IN": ["a", "an"]}}, word, {"LOWER": "role"}]],
    )
    return matcher


_PHRASE_GROUPS = {"QUALIFIER": "qualifier_leads", "BUSINESS_VALUE": "business_value_leads", "REPORTS_TO": "reports_to"}


@cache
def _group_phrases(label: str) -> tuple[str, ...]:
    """A group's phrases; the reporting verbs also with a word naming the line between them and 'to'
    ("reports functionally to", "reporting dotted-line into"), which leaves the verb a lead."""
    phrases = tuple(_vocab()[_PHRASE_GROUPS[label]])
    if label != "REPORTS_TO":
        return phrases
    adverbs = _vocab()["reporting_adverbs"]
    return phrases + tuple(
        f"{verb} {adverb} {to}" for verb in ("reports", "reporting") for adverb in adverbs for to in ("to", "into")
    )


@lru_cache(maxsize=1)
def _phrases() -> PhraseMatcher:
    return phrase_matcher({label: _group_phrases(label) for label in _PHRASE_GROUPS})


@cache
def _group_gate(label: str) -> re.Pattern[str]:
    return phrase_gate(_group_phrases(label))


@cache
def _group_runs(label: str) -> PhraseRuns:
    runs = phrase_runs({label: _group_phrases(label)})
    if any(first.isspace() for first in runs):
        # _phrase_spans reads a text without its leading spaces, a whitespace token no such phrase may open.
        raise ValueError(f"a {label} phrase opens with a space")
    return runs


def _phrase_spans(text: str, label: str) -> list[tuple[int, int]]:
    """Character spans of a vocabulary group's phrases in the text."""
    if not may_match(text, _group_gate(label)):
        return []  # most texts: no phrase of the group can match, so no tokenizing
    # Found without a Doc when the words allow (see word_phrase_hits): tokenizing a sentence costs ~4 µs a word.
    # A sentence cut from a paragraph opens with a space: the Doc's whitespace token there is in no phrase
    # (see _group_runs), and the tokens after it are the rest's (spaCy tokenizes each space-separated chunk
    # on its own), so the rest's spans, shifted, are the text's.
    body = text.lstrip(" ")
    hits = word_phrase_hits(body, _group_runs(label))
    if hits is not None:
        shift = len(text) - len(body)
        return [(hit.start + shift, hit.end + shift) for hit in hits]
    doc = nlp().make_doc(text)
    strings = nlp().vocab.strings
    return [
        (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        for match_id, start, end in _phrases()(doc)
        if strings[match_id] == label
    ]


def _starts_with(text: str, label: str) -> int | None:
    """End offset of the longest phrase of the group that opens the text."""
    ends = [end for start, end in _phrase_spans(text, label) if start == 0]
    return max(ends) if ends else None


# --- facts -----------------------------------------------------------------------------------------------------

_LEAD_WORD = re.compile(r"^([A-Z][\w-]*(?:\s*/\s*[A-Z][\w-]*)?)\s*(.*)$", re.S)
_STRIP_PUNCT = " .;,:–—-"


def horizon_from_value(value: str, text: str) -> RoleHorizon | None:
    """Split 'Current (widely established ...)' / 'Emerging – expected ...' into horizon and note."""
    match = _LEAD_WORD.match(value.strip())
    if not match:
        return None
    rest = match.group(2).strip()
    if rest.startswith("(") and rest.rstrip(".;, ").endswith(")"):
        rest = rest.rstrip(".;, ")[1:-1]
    note = rest.strip(_STRIP_PUNCT) or None
    return RoleHorizon(horizon=match.group(1), note=note, text=text)


_HORIZON_PREFIX = 60


def _repeats_horizon(text: str, horizon: RoleHorizon) -> bool:
    """Whether a labelled horizon line after the horizon was read ("Role horizon: Current" under "This is a Current
    role: it is well established ...") only names the same horizon again, with no note: no paragraph of the
    summary, nothing lost. Another horizon, or a note of its own, keeps the line."""
    found = parse_horizon(text)
    return found is not None and found.note is None and found.horizon.lower() == horizon.horizon.lower()


def parse_horizon(text: str) -> RoleHorizon | None:
    """Read the horizon from 'Role horizon: Current (...)' or 'This is a Current role: ...'."""
    label, value = split_label(text)
    if label and subheading_key(_SECTION, label) == "horizon":
        return horizon_from_value(value, text)
    if text[:4].lower() != "this":
        return None  # the sentence form opens with "This is": most paragraphs need no tokenising
    # The sentence form opens the paragraph: tokenising its first words is enough.
    doc = nlp().make_doc(text[:_HORIZON_PREFIX])
    for _, start, end in _horizon_matcher()(doc):
        if start == 0:
            word = doc[end - 2].text
            rest = text[doc[end - 1].idx + len(doc[end - 1]) :].strip(_STRIP_PUNCT)
            return RoleHorizon(horizon=word, note=rest or None, text=text)
    return None


def parse_reporting_line(text: str, labelled: bool = True) -> ReportingLine | None:
    """'Typical reporting line (inferred): Reports to X' → reports_to 'X', qualifier 'inferred'."""
    label, value = split_label(text, max_words=6)
    qualifier = None
    if label and subheading_key(_SECTION, label) == "reporting_line":
        qualifier = split_note(label)[1]
    elif not labelled:
        value = text.strip()
    elif _starts_with(text, "REPORTS_TO") is None:
        return None
    end = _starts_with(value, "REPORTS_TO")
    if end is None:
        end = _after_subject(value)
    # The line names the manager roles up to the first ';' or sentence end ("...; works as a senior IC"), or
    # to the last of the clauses that each name a setting's managers ("A (consulting); B (public works)").
    reports_to = _named_managers(_manager_clauses(value[end:] if end is not None else value))
    if not reports_to:
        return None
    return ReportingLine(reports_to=reports_to, qualifier=qualifier, text=text)


# The lead an alternative repeats after "or": "the Director of X or to the VP of Y", "X, or directly to the CEO".
_ALTERNATIVE_LEAD = re.compile(r"(?<=\sor\s)(?:[a-z]+ly\s+)?(?:in)?to\s+(?:(?:an?|the)\s+)?(?=\S)")


# After the managers: a second line, named by its kind ("X, administratively to Y", "X and clinically to Y"; one
# after ';' _manager_clauses leaves out), or the purpose of the line ("X to preserve independence"): an infinitive
# after a manager's name, its verb lower-case and no article ("X or to the VP" is an alternative's lead).
# "directly" names no kind of line: ", directly to the CFO" is an alternative ("X or, in small firms, directly to Y").
@cache
def _after_managers() -> re.Pattern[str]:
    kinds = "|".join(re.escape(adverb) for adverb in _vocab()["reporting_adverbs"] if adverb != "directly")
    return re.compile(
        rf"\s*(?:,|\band\b)\s+(?:{kinds})\s+(?:in)?to\b.*"
        r"|(?<=[A-Za-z)])\s+to\s+(?!(?:the|a|an|its|their|both|either|whoever|whichever)\b)[a-z]+\b.*",
        re.S,
    )


def _without_line_after(managers: str) -> str:
    """The managers without a second line or a purpose clause after them (see _after_managers)."""
    if " to " not in managers:
        return managers  # most lines: "to" only in the lead, cut before
    found = _after_managers().search(managers)
    return managers[: found.start()] if found and found.start() else managers


def _named_managers(text: str) -> str:
    """The managers a reporting line names, as the field holds them: no punctuation around them, no leading article
    ("an Environmental Manager": the role is the name), no lead repeated before an alternative ("X or to the
    VP of Y" → "X or VP of Y": the alternatives alone, as "X or Y" is written), no second line or purpose
    after them ("the board to preserve independence and administratively to the CFO" → "board"), and no unit
    they sit in closing them ("X within the Risk function" → "X")."""
    managers = LEADING_ARTICLE.sub("", _without_line_after(text.strip(_STRIP_PUNCT)).strip(_STRIP_PUNCT), count=1)
    managers = _without_unit_after(managers)
    return _ALTERNATIVE_LEAD.sub("", managers) if " or " in managers else managers


# The unit the managers sit in, closing the line: "..., usually within the People / HR function", "... in the
# Practice Technology group", "... within the Infrastructure & Operations (I&O) department". The unit is where the
# role sits (the header reads a department's name), no manager. "in" takes "the" only: "in a multi-unit group", "in
# larger organizations" are settings an alternative holds for. A unit before more of the line stays (it is no end).
_UNIT_AFTER = re.compile(
    r",?\s+(?:(?:usually|typically|often|generally|normally)\s+)?"
    r"(?:within\s+(?:(?:the|a|an)\s+)?|in\s+the\s+)(?:[^,;()]|\([^()]*\))*?\b"
    r"(?:department|team|function|organi[sz]ation|org|group|division)\Z"
)


def _without_unit_after(managers: str) -> str:
    """The managers without the unit closing the line (_UNIT_AFTER); the line as it is when only a unit is named."""
    if " within " not in managers and " in the " not in managers:
        return managers  # most lines: no unit named after the managers
    found = _UNIT_AFTER.search(managers)
    return managers[: found.start()] if found and found.start() else managers


# What a sentence's subject holds none of: a clause mark. Before "reports to" past one, the phrase is no verb of
# the line's own subject ("Billing Lead (reports to the PFS Manager)", "Head of Billing, who reports to ...").
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _after_subject(value: str) -> int | None:
    """Where the managers start in a labelled line written as a sentence ("the Medical Billing Specialist reports to
    a Billing Supervisor ..."): after its "reports to", when only the role, its subject, stands before it; else None.
    The subject and its verb name no manager."""
    span = _subject_verb(value)
    return span[1] if span else None


def without_subject(value: str) -> str:
    """A labelled reporting line as stated, less its sentence's subject: "the Medical Billing Specialist reports to
    a Billing Supervisor" → "Reports to a Billing Supervisor", as a line that opens with its verb reads."""
    span = _subject_verb(value)
    if not span or not any(char.isalpha() for char in value[: span[0]]):
        return value  # no subject: the verb opens the line (after an opening quote, say)
    return value[span[0]].upper() + value[span[0] + 1 :]


def _subject_verb(value: str) -> tuple[int, int] | None:
    """The span of a line's "reports to" when only its subject, the role, stands before it; else None."""
    if "report" not in value:
        return None  # most lines: the manager's name alone
    head = _first_clause(value)
    spans = _phrase_spans(head, "REPORTS_TO")
    if not spans or _CLAUSE_MARK.search(head, 0, spans[0][0]) or _someone_elses(head, spans[0][0]):
        return None
    return spans[0]


def _manager_clauses(text: str) -> str:
    """The first clause, with the ';' clauses after it that open with a role's capitalised name: "Project Manager
    (consulting); Assistant City Engineer (public works)". A clause of another kind ("in smaller companies, to
    the CFO", "dotted line to ...") and all after it are left out."""
    clauses = split_top_level(text, ";")
    kept = 1
    while kept < len(clauses) and _names_managers(clauses[kept]) and not _SENTENCE_END.search(clauses[kept - 1]):
        kept += 1
    if kept == 1:
        return _first_clause(text)
    return "; ".join([*clauses[: kept - 1], _first_clause(clauses[kept - 1])])


def _names_managers(clause: str) -> bool:
    """A clause that is only a role's name, its setting in brackets perhaps: "Design Section Supervisor (public
    works)"."""
    name = split_note(clause.strip().rstrip("."))[0]
    return name[:1].isupper() and names_a_role(name)


def _first_clause(text: str) -> str:
    """The text up to its first ';' outside brackets or its first sentence end."""
    head = split_top_level(text, ";")[0]
    stop = _SENTENCE_END.search(head)
    return head[: stop.start()] if stop else head


def split_qualifier(parts: list[str]) -> tuple[list[str], str | None]:
    """Split a trailing qualifier ('depending on ...') off an enumeration's last member."""
    if not parts:
        return parts, None
    last = parts[-1]
    spans = [start for start, _ in _phrase_spans(last, "QUALIFIER") if paren_depth(last, start) == 0]
    if not spans:
        return parts, None
    start = min(spans)
    head = last[:start].strip(_STRIP_PUNCT)
    qualifier = last[start:].strip(_STRIP_PUNCT)
    return (parts[:-1] + [head] if head else parts[:-1]), qualifier


# Longest form first and whole words: "includes" is no "include" + "s", "issues" no "is" + "sues".
_INCLUDE_VERB = re.compile(
    r"^\s*(?:(?:including|includes|include|spans|span|covers|cover|are|is)\b)?\s*(?::|[–—](?=\s))?\s*", re.I
)


def parse_interaction_sentence(text: str, lead_end: int) -> InteractionSurface:
    """'Typical interaction surfaces include A, B, and C, depending on ...' → one ungrouped team list; a closing
    reporting-line clause is no team (see interaction_reporting_line)."""
    verb = _INCLUDE_VERB.match(text[lead_end:])
    body_start = lead_end + (verb.end() if verb else 0)
    lead = text[:body_start].strip(" :")
    clause = _reporting_clause(text, body_start)
    body = text[body_start : clause[0] if clause else len(text)]
    teams, condition = _cut_condition(body)
    parts, qualifier = split_qualifier(split_teams(teams))
    qualifier = condition or qualifier
    group = TeamGroup(teams=parts, text=body.strip())
    return InteractionSurface(lead=lead, groups=[group] if parts else [], qualifier=qualifier, text=text)


# A condition the list closes on with no lead of the vocabulary's: "..., and Legal, whether in-house or outside".
_WHETHER = re.compile(r"\bwhether\s", re.I)
# The list's closing 'and'/'or' before a condition: only a closed list ends there ("A, especially B, and C" goes on).
_CLOSING_CONJUNCTION = re.compile(r"\s(?:and|or)\s")


def _cut_condition(body: str) -> tuple[str, str | None]:
    """The team list and the condition after it: "A, B, and C, depending on whether it sits in D, in E, or F" →
    ("A, B, and C", "depending on whether it sits in D, in E, or F"). The condition's own commas part no teams,
    so it is cut off the whole list (split_qualifier sees only the last member): a lead after a comma, outside
    brackets, once the list has closed on 'and'/'or'."""
    if "," not in body:
        return body, None
    starts = [start for start, _ in _phrase_spans(body, "QUALIFIER")]
    if "whether" in body:
        starts += [m.start() for m in _WHETHER.finditer(body)]
    for start in sorted(starts):
        head = body[:start].rstrip()
        if head.endswith(",") and not paren_depth(body, start) and _CLOSING_CONJUNCTION.search(head):
            return head.rstrip(","), body[start:].strip(_STRIP_PUNCT)
    return body, None


# A clause of the interaction sentence that says whom the role reports to: "..., and Business Intelligence, with the
# reporting line usually into a Director of Data Platform or Head of Data Engineering."
_REPORTING_CLAUSE = re.compile(
    r",\s+(?:(?:with|and|while)\s+)?(?:(?:the|a|its)\s+)?(?:role(?:['’]s)?\s+|it\s+)?"
    r"(?:reporting line\b|report(?:s|ing)\s+(?:in)?to\b)",
    re.I,
)
# The clause's words before the managers: "with the reporting line usually into ", "reporting to ".
_REPORTING_CLAUSE_LEAD = re.compile(
    r"^.*?(?:reporting line|reports|reporting)(?:\s+(?:is|goes|runs|sits|[a-z]+ly))*\s+(?:(?:in)?to\s+)?", re.I
)


def _reporting_clause(text: str, start: int = 0) -> tuple[int, ReportingLine] | None:
    """(where the clause's comma is, its reporting line) of an interaction sentence closing on one, else None."""
    if "report" not in text:
        return None  # nearly every interaction sentence
    clause = next((m for m in _REPORTING_CLAUSE.finditer(text, start) if not paren_depth(text, m.start())), None)
    if clause is None:
        return None
    said = text[clause.start() + 1 :].strip()
    lead = _REPORTING_CLAUSE_LEAD.match(said)
    reports_to = _named_managers(_manager_clauses(said[lead.end() if lead else 0 :]))
    if not reports_to[:1].isupper():
        return None  # "..., and reports to whoever owns the budget": no manager named
    return clause.start(), ReportingLine(reports_to=reports_to, text=said)


# A relative pronoun before "reports to": the sentence says whom someone else reports to ("..., who reports to X").
_SOMEONE_ELSE = re.compile(r"\b(?:who|which|that|whom)\s+(?:[a-z]+ly\s+)?$", re.I)
# Others before "reporting to": "teams reporting to X", "analysts reporting to X" (a plural or a team noun), where
# "individual contributor (IC) reporting to X" is the role's own line.
_OTHERS_REPORTING = re.compile(r"\b(?:[a-z]{2,}[a-rt-z]s|team|staff|group)\s+$", re.I)


def _someone_elses(text: str, start: int) -> bool:
    """Whether the reporting phrase at start says whom someone else reports to."""
    before = text[:start]
    return bool(_SOMEONE_ELSE.search(before)) or (
        text.startswith("reporting", start) and _OTHERS_REPORTING.search(before) is not None
    )


def prose_reporting_line(text: str) -> ReportingLine | None:
    """The reporting line a plain summary paragraph states in a sentence, with no label of its own: "The IT Asset
    Manager ... reports to the Head of IT Service Management, the Director of IT Operations, or the IT
    Finance/Vendor Management lead, depending on ..." → the three alternatives as stated, the condition cut off."""
    if "report" not in text:
        return None  # nearly every paragraph
    start, end = next(
        ((start, end) for start, end in _phrase_spans(text, "REPORTS_TO") if not _someone_elses(text, start)),
        (0, 0),
    )
    if not end:
        return None
    managers, _ = _cut_condition(_first_clause(text[end:]))
    reports_to = _named_managers(managers)
    if not reports_to[:1].isupper():
        return None  # "reports to whoever owns the budget": no manager named
    return ReportingLine(reports_to=reports_to, text=_first_clause(text[start:]).strip(_STRIP_PUNCT))


def interaction_reporting_line(text: str) -> ReportingLine | None:
    """The reporting line a clause of the interaction sentence states: "..., with the reporting line usually into a
    Director of Data Platform or Head of Data Engineering" → "Director of Data Platform or Head of Data Engineering"."""
    clause = _reporting_clause(text)
    return clause[1] if clause else None


def parse_team_group(text: str) -> TeamGroup:
    """'AI/ML: NLP Scientists, ML Engineers' → area 'AI/ML' and its teams."""
    label, value = split_label(text, max_words=6)
    area = note = None
    if label:
        area, note = split_note(label)
        if note is None:
            area = label
    teams, _ = split_qualifier(split_teams(value))
    return TeamGroup(area=area, area_note=note, teams=teams or [value.strip()], text=text)


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
_HELD_COMMA = "\x1f"  # a comma inside an acronym's spelled-out name, hidden from the splitter (C0: never in text)


_SHARED_HEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:and|or|&)\s+)?[A-Z][\w'’-]*\s+[a-z]+s")
_CONJUNCTION = re.compile(r"\s(?:and|or|&)\s")


def _shares_head(text: str, parts: list[str]) -> bool:
    """Whether one-word capitalised names, coordinated by 'and'/'or', share the last one's plural head.

    "Legal, Privacy and Accessibility specialists" → True: one group of specialists. "Product
    Management, Design, and Legal" → False: no head; "Finance, RevOps, Customer Success
    operations" → False: no coordination, a plain list.
    """
    return (
        len(parts) > 1
        and _CONJUNCTION.search(text) is not None
        and all(CAPITALISED_WORD.fullmatch(part) for part in parts[:-1])
        and _SHARED_HEAD.fullmatch(split_note(parts[-1])[0]) is not None
    )


_CLOSING_CONJUNCT = re.compile(r"\s(?:and|&)\s+(?=\S)")


def _shares_people_head(text: str, parts: list[str]) -> bool:
    """Whether a series of functions closes on the people they all have: "Finance, procurement, supply chain and
    sales operations process owners" is one group of process owners, not a team "Finance".

    The functions before the last are teams only ("Finance", "supply chain"); the last member is one more
    function in lower case and a lower-case plural head of two words naming a role ("process owners"). "Finance,
    Legal and product managers" stays three: nothing stands before the head; so does "Finance, payroll, and HR
    business partners": a capitalised function before the head makes a title of its own (HR business partner).
    """
    if len(parts) < 2 or " and " not in text and " & " not in text:
        return False  # most lists: no closing conjunction
    *functions, last = _CLOSING_CONJUNCT.split(split_note(text.strip().rstrip("."))[0])
    words = last.split()
    if len(words) < 3 or not last.islower() or not last.endswith("s"):
        return False  # most lists: the last member is a name of its own, not a function and a plural head
    members = [member for part in functions for member in split_enumeration(part)]
    return (
        names_a_role(" ".join(words[-2:]))
        and bool(members)
        and all(names_a_team(member) and not names_a_role(member) for member in members)
    )


def _modifier_series(text: str) -> bool:
    """Whether a comma series is one group: single words that name no team nor a group of people of their own
    ("Creative", not "Subcontractors"), then a last member coordinating one more before the head they all share
    ("media and PR agencies") — "Creative, media and PR agencies" is agencies of three kinds, not a team named
    "Creative"; "Billing, Finance and Revenue Operations" and "Subcontractors, suppliers and fabricators" are
    three each. After an Oxford comma the last member is the modifier and head alone: "Other full-stack,
    frontend, and backend engineers in the squad" is one group of engineers too."""
    parts = split_enumeration(text)
    if len(parts) < 2 or not all(map(_bare_modifier, [_DETERMINER.sub("", parts[0]), *parts[1:-1]])):
        return False
    if _LEADING_AND.match(split_top_level(text, ",")[-1]):  # the Oxford comma: "..., and backend engineers"
        return _modified_head(parts[-1])
    return _modifiers_before_head(parts[-1])


# A word before the first modifier that is none of them: "Other full-stack, frontend, and backend engineers".
_DETERMINER = re.compile(r"^(?:other|fellow|all)\s+(?=\S)", re.IGNORECASE)


def _bare_modifier(word: str) -> bool:
    """One word that names no team nor a group of people of its own: "Creative", "iOS", not "Subcontractors"."""
    return " " not in word and not word.endswith("s") and not names_a_team(word)


_PHRASE_HEAD_WORDS = 3


def _modifier_phrase(words: str) -> bool:
    """Two lower-case words that name no team, no role and no plural: "crop protection" of "Seed, crop protection
    and fertilizer manufacturer representatives" (representatives of three kinds of manufacturer); not "supply
    chain" (a team), "school psychologist" (a role) nor "Real Estate" (a name)."""
    pair = words.split()
    return (
        len(pair) == 2
        and words.islower()
        and not pair[1].endswith("s")
        and not names_a_team(words)
        and not names_a_role(words)
    )


def _modifiers_before_head(part: str) -> bool:
    """Whether a member coordinates a bare modifier with one more before the plural head they share: "media and PR
    agencies", "Android and React Native engineers"."""
    if not (conjunction := _CONJUNCTION.search(part)):
        return False
    head = _before_qualifier(split_note(part[conjunction.end() :])[0])
    before = part[: conjunction.start()]
    if " " not in head.strip() or _PLURAL_HEAD.search(head) is None:
        return False
    if " " not in before:
        return _bare_modifier(before)
    # Two words before the 'and' ("crop protection and fertilizer manufacturer representatives") share a head of
    # two words or more after its own modifier; before a two-word member ("cleaning contractor and maintenance
    # vendors") they are a member of their own.
    return len(head.split()) >= _PHRASE_HEAD_WORDS and _modifier_phrase(before)


def _modified_head(part: str) -> bool:
    """Whether a member is one bare modifier and the lower-case plural head it shares with the modifiers before
    it ("backend engineers in the squad"), not a name of its own ("Site Reliability Engineering")."""
    head = _before_qualifier(split_note(part)[0]).strip()
    modifier, _, noun = head.partition(" ")
    return _bare_modifier(modifier) and noun.islower() and " " not in noun and _PLURAL_HEAD.search(head) is not None


def _before_qualifier(head: str) -> str:
    """A head without the phrase that qualifies it: "mobile engineers in the squad" → "mobile engineers"."""
    qualifier = _PREPOSITION.search(head)
    return head[: qualifier.start()] if qualifier else head


def _with_modifier_runs(parts: list[str]) -> list[str]:
    """The members, a run of bare modifiers joined back to the member that closes it on their shared head: "iOS,
    Android and React Native engineers, QA" → ["iOS, Android and React Native engineers", "QA"]; "iOS" alone is
    no team (a _modifier_series in a longer list)."""
    joined: list[str] = []
    for part in parts:
        run = len(joined)
        if run and _bare_modifier(joined[-1]) and _modifiers_before_head(part):
            while run and _bare_modifier(joined[run - 1]):
                run -= 1
        joined[run:] = [", ".join([*joined[run:], part])]
    return joined


# "..., Partner teams and, above all, the customer's IT, architecture and business stakeholders": an aside
# of a few lower-case words set off by commas right after the closing 'and'/'or'.
_ASIDE_AFTER_CONJUNCTION = re.compile(r"\s(?:and|or),\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(?=\S)")


def split_teams(text: str) -> list[str]:
    """Split an enumeration of teams, keeping a name an acronym spells out whole.

    "Governance, Risk and Compliance (GRC), Internal Audit" → ["Governance, Risk and Compliance (GRC)", "Internal Audit"];
    names that share the last one's plural head stay one group: "Legal, Privacy and Accessibility specialists".
    An aside after the closing 'and' ("A, B and, above all, C, D and E") is no member; what follows it is the
    list's last member, commas and all: ["A", "B", "C, D and E"].
    """
    if (series := _dash_series(text)) is not None:
        return series
    aside = next((m for m in _ASIDE_AFTER_CONJUNCTION.finditer(text) if not paren_depth(text, m.start())), None)
    if aside is not None:
        return split_teams(text[: aside.start()]) + split_enumeration(text[aside.end() :], ";")
    parts = split_enumeration(text)
    if _shares_head(text, parts) or _shares_people_head(text, parts) or _qualifier_series(parts):
        return [text.strip().rstrip(".")]
    if len(parts) > 1 and " and " in parts[0] and (opened := _series_after_and(text)) is not None:
        return opened
    held = text
    if "(" in text and "," in text:  # most enumerations have no bracketed acronym after a comma
        for match in _ACRONYM.finditer(text):
            start = spelled_out_start(text, match.start(), match.group(1))
            if start is not None:
                held = held[:start] + held[start : match.start()].replace(",", _HELD_COMMA) + held[match.start() :]
    if "," in held and _CONJUNCTION.search(held):  # "Creative, media and PR agencies; Legal for claims review"
        segments = split_top_level(held, ";")
        if any(map(_modifier_series, segments)):
            held = "; ".join(
                segment.replace(",", _HELD_COMMA) if _modifier_series(segment) else segment for segment in segments
            )
    if held is not text:
        parts = [part.replace(_HELD_COMMA, ",") for part in split_enumeration(held)]
    if len(parts) > 2 and _CONJUNCTION.search(text):
        parts = _with_modifier_runs(parts)
    return _closing_and_split(text, parts)


def _series_after_and(text: str) -> list[str] | None:
    """The two members of a list whose first comma member closes on 'and' and a bare modifier that opens a
    modifier series: "Ophthalmologists and retina, glaucoma, and cornea subspecialists" → ["Ophthalmologists",
    "retina, glaucoma, and cornea subspecialists"] (subspecialists of three kinds, not teams "glaucoma" and
    "Ophthalmologists and retina"); None when the first member's 'and' opens no such series, or what stands before
    it is one more modifier ("Clinical and retina, ...": a group the plain rules keep as they do)."""
    first = split_top_level(text, ",")[0]
    cut = text.find(first) + first.rfind(" and ")
    before, series = text[:cut], text[cut + len(" and ") :].strip().rstrip(".")
    if not before.strip() or _bare_modifier(before.strip()) or not _modifier_series(series):
        return None
    return [before.strip(), series]


# One lower-case word, hyphens allowed: "phone", "drive-through".
_BARE_WORD = re.compile(r"[a-z][a-z-]*")


def _qualifier_series(parts: list[str]) -> bool:
    """Whether the members after the first go on the phrase that qualifies it: "Patients and caregivers at the
    counter, phone, and drive-through" is one audience met in three places. A place or a channel is a bare
    singular word; a team or a group of people has a name or a plural of its own ("Engineers in the squad,
    designers, and QA" stays three)."""
    if len(parts) < 2 or " " not in parts[0] or not (qualifier := _PREPOSITION.search(parts[0])):
        return False  # most lists: no qualifier in the first member
    return parts[0][qualifier.end() :].islower() and all(
        _BARE_WORD.fullmatch(part) and not part.endswith("s") and not names_a_team(part) for part in parts[1:]
    )


_SPACED_DASH = re.compile(r"\s[–—]\s")


def _dash_series(text: str) -> list[str] | None:
    """The members of a list whose separators are spaced dashes, commas kept inside them ("A / B – C – D,
    E, and F"), or None: two dashes at least outside brackets, and not one dash to each
    comma-separated member ("Sales – EMEA, Sales – APAC": members with a note each)."""
    if "–" not in text and "—" not in text:
        return None
    cuts = [m for m in _SPACED_DASH.finditer(text) if not paren_depth(text, m.start())]
    commas = split_top_level(text, ",")
    if len(cuts) < 2 or all(len(_SPACED_DASH.findall(part)) == 1 for part in commas):
        return None
    bounds = [0, *(b for m in cuts for b in (m.start(), m.end())), len(text)]
    parts = (text[a:b].strip(" .;") for a, b in zip(bounds[::2], bounds[1::2]))
    return [part for part in parts if part]


# The closing 'and' of a team list, and a list's last member that opens with one (an Oxford comma before it).
_AND = re.compile(r"\s+and\s+")
_LEADING_AND = re.compile(r"\s*(?:and|or)\s", re.IGNORECASE)
# Two words or more closed by a plural or a team noun: the head a one-word name before 'and' shares.
_PLURAL_HEAD = re.compile(r"\s(?:\w+s|\w+men|office|team|group|function|department|board|committee)$", re.IGNORECASE)
# A preposition before the 'and': the 'and' is inside a qualifier's phrase.
_PREPOSITION = re.compile(r"\s(?:during|in|for|with|on|at|across|from)\s")


def _closing_and_split(text: str, parts: list[str]) -> list[str]:
    """The members of a comma list whose closing 'and' has no comma before it: "Finance, Procurement and Real
    Estate" → three teams, as "Finance, Procurement, and Real Estate" is. A last member that is one name stays
    whole: a function name ("Health and Safety"), a team ("Security and Privacy team"), an acronym's spelled-out
    name ("Governance, Risk and Compliance (GRC)", its comma kept), a shared head ("Storage and Network teams",
    "Incident and Change Managers"), a qualifier ("GMs during planning and quarterly reviews")."""
    last = parts[-1] if len(parts) >= 2 else ""
    if " and " not in last or "," in last or names_a_team(last) or _LEADING_AND.match(split_top_level(text, ",;")[-1]):
        return parts  # no closing 'and', or the Oxford comma closes the list: "A, B, and C and D"
    cuts = [m for m in _AND.finditer(last) if not paren_depth(last, m.start())]
    if len(cuts) != 1:
        return parts
    first, second = last[: cuts[0].start()].strip(), last[cuts[0].end() :].strip()
    if (" " not in first and _PLURAL_HEAD.search(split_note(second)[0])) or _PREPOSITION.search(first):
        return parts
    return [*parts[:-1], first, second]


_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?=\s+[A-Z“\"]|\s*$)")


def inline_business_value(text: str) -> list[str]:
    """'The business value created includes A, B, and C.' → [A, B, C]; [] when the sentence is absent."""
    if "value" not in text.lower():
        return []  # no sentence of the text can mention value (most paragraphs): skip splitting it
    start = 0
    for stop in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:stop]
        start = stop + 1
        # Only sentences that mention value are tokenised (paragraphs are long).
        if "value" not in sentence.lower():
            continue
        spans = _phrase_spans(sentence, "BUSINESS_VALUE")
        if spans:
            first = min(begin for begin, _ in spans)
            end = max(end for begin, end in spans if begin == first)
            return business_values(_INCLUDE_VERB.sub("", sentence[end:], count=1))
    return []


def business_values(text: str) -> list[str]:
    """The members of a business-value list: "measurable: fewer outages, and faster, safer delivery" →
    ["fewer outages", "faster, safer delivery"].

    A short lead before a colon ("measurable:") only introduces the list; the members are phrases
    whose closing 'and' opens the last one, so "faster, safer delivery" stays whole.
    """
    lead = split_at_colon(text, max_words=3)
    if lead and "," not in lead[0]:
        text = lead[1]
    if (series := _dash_series(text)) is not None:  # "A – B – faster, safer C": the dashes part the members
        return series
    text = _held_standards(text)
    members: list[str] = []
    # "faster, more predictable enrollment": a lone comparative before a graded member shares its noun.
    for member in split_enumeration(text, closing=True):
        if members and _comparative(members[-1].rpartition(", ")[2]) and _comparative(member.split()[0]):
            members[-1] = f"{members[-1]}, {member}"
        else:
            members.append(member)
    if len(members) >= 2:
        members[-1] = _without_closing_participle(members[-1])
    return [member.replace(_HELD_COMMA, ",") for member in members]


# A dash closing a list's last member before an "-ing" word ("..., and a clean audit trail—turning forecasts into
# slots"): a participle clause that qualifies the whole sentence. An unspaced en dash is a range ("28–35%"), not one.
_CLOSING_PARTICIPLE = re.compile(r"\s*(?:—|\s–\s)\s*(?=([a-z]{3,}ing)\b)")
# "-ing" words that open a phrase of the member itself: "—including spares", "—during peak season".
_ING_PREPOSITIONS = frozenset({"including", "excluding", "during", "following", "regarding", "concerning", "pending"})


def _without_closing_participle(member: str) -> str:
    """The last member of a business-value list without a closing "—<participle clause>": the clause qualifies
    the sentence (the paragraph keeps it), not the member. A dash before any other word stays inside."""
    if "—" not in member and "–" not in member:
        return member
    for match in _CLOSING_PARTICIPLE.finditer(member):
        if match.start() and not paren_depth(member, match.start()) and match.group(1) not in _ING_PREPOSITIONS:
            return member[: match.start()].rstrip(" ,;")
    return member


# A standard or framework by its initials, its number or a second acronym perhaps: "SOX", "ISO 27001", "PCI DSS".
_STANDARD = r"[A-Z][A-Z0-9&/-]+(?:\s+(?:[A-Z][A-Z0-9&/-]+|\d[\w.:-]*))?"
# "outcomes for SOX, ISO 27001, and SOC 2": a series of standards after a preposition, its closing 'and'/'or' too.
_STANDARDS_SERIES = re.compile(
    rf"\b(?:for|under|against|across|with)\s+{_STANDARD}(?:,\s+{_STANDARD})*,?\s+(?:and|or)\s+{_STANDARD}\b"
)


def _held_standards(text: str) -> str:
    """The text, the commas of a series of standards inside one outcome hidden from the splitter: "clean audit
    outcomes for SOX, ISO 27001, and SOC 2" is one outcome, not three."""
    if "," not in text:
        return text
    return _STANDARDS_SERIES.sub(lambda m: m.group().replace(",", _HELD_COMMA), text)


def _comparative(word: str) -> bool:
    """A single lower-case word that grades a noun: 'faster', 'safer', 'more' (not 'revenue', 'retention')."""
    return word.isalpha() and word.islower() and (word.endswith("er") or word in _vocab()["grading_words"])


# --- parse -----------------------------------------------------------------------------------------------------


def parse(section: Section) -> RoleSummary:
    """Parse the section's blocks into typed fields."""
    paragraphs: list[str] = []
    business_value: list[str] = []
    groups: list[TeamGroup] = []
    horizon: RoleHorizon | None = None
    reporting: ReportingLine | None = None
    interaction: InteractionSurface | None = None
    interaction_heading: str | None = None
    stated: ReportingLine | None = None  # said in the interaction sentence: a labelled line wins over it
    reported: list[str] = []  # plain paragraphs that may say it in a sentence: the last resort
    unparsed: list[str] = []

    placed: list[tuple[str | None, str | None, Block]] = [(None, None, b) for b in section.blocks]
    for sub in section.subsections:
        placed += [(sub.key, sub.title, b) for b in sub.blocks]

    for key, heading, block in _rejoin_interaction_lines(placed):
        text = block.text.strip()
        if not text:
            continue
        if block.kind == BlockKind.PARAGRAPH:
            fact_key = subheading_key(_SECTION, text)
            if horizon is None and (found := parse_horizon(text)):
                horizon = found
            elif fact_key == "horizon" and horizon is not None and _repeats_horizon(text, horizon):
                continue  # "This is a Current role: ..." then "Role horizon: Current": the label says it again
            elif reporting is None and fact_key == "reporting_line" and (line := parse_reporting_line(text)):
                reporting = line
            elif fact_key == "interaction":
                lead_end = _lead_end(text)
                sentence = parse_interaction_sentence(text, lead_end)
                stated = stated or interaction_reporting_line(text)
                if interaction is None:
                    interaction = sentence
                else:
                    groups.extend(sentence.groups)
            elif fact_key == "business_value" and split_label(text)[0]:
                business_value.extend(business_values(split_label(text)[1]))
            elif key == "horizon" and horizon is None and (found := horizon_from_value(text, text)):
                horizon = found
            elif key == "reporting_line" and reporting is None and (line := parse_reporting_line(text, False)):
                reporting = line
            else:
                paragraphs.append(text)
                business_value.extend(inline_business_value(text))
                if "report" in text:  # read at the end, only if no other line states it
                    reported.append(text)
        elif block.kind == BlockKind.LIST_ITEM and key == "interaction":
            groups.append(parse_team_group(text))
            interaction_heading = interaction_heading or heading
        elif block.kind == BlockKind.LIST_ITEM and key == "business_value":
            business_value.append(text)
        elif (
            block.kind == BlockKind.LIST_ITEM
            and key == "horizon"
            and horizon is None
            and (found := horizon_from_value(text, text))
        ):
            horizon = found
        elif (
            block.kind == BlockKind.LIST_ITEM
            and key == "reporting_line"
            and reporting is None
            and (line := parse_reporting_line(text, False))
        ):
            reporting = line
        else:
            unparsed.append(text)

    if groups:
        if interaction is None:
            interaction = InteractionSurface(lead=interaction_heading, groups=groups, text=interaction_heading or "")
        else:
            interaction = interaction.model_copy(update={"groups": interaction.groups + groups})
    return RoleSummary(
        paragraphs=paragraphs,
        role_horizon=horizon,
        interaction=interaction,
        reporting_line=reporting or stated or next(filter(None, map(prose_reporting_line, reported)), None),
        business_value=business_value,
        unparsed=unparsed,
    )


def _rejoin_interaction_lines(
    placed: list[tuple[str | None, str | None, Block]],
) -> list[tuple[str | None, str | None, Block]]:
    """The placed blocks, an interaction sentence the block layer cut at its dashes whole again.

    "Typical interaction teams: Platform Engineering – SRE – FinOps" reaches the parser as a paragraph
    ending at the first team and one dash item a team, the items under no sub-heading: read apart, all
    but the first team would be unparsed. Joined, the sentence parser splits the teams (see _dash_series).
    """
    joined: list[tuple[str | None, str | None, Block]] = []
    for key, heading, block in placed:
        if joined and (last := joined[-1])[0] == key and _continues_interaction(last[2], block):
            line = Block.paragraph(f"{last[2].text} – {block.text}", last[2].start, block.end)
            joined[-1] = (key, last[1], line)
        else:
            joined.append((key, heading, block))
    return joined


def _continues_interaction(previous: Block, block: Block) -> bool:
    return (
        previous.kind == BlockKind.PARAGRAPH
        and continues_line(previous, block)
        and subheading_key(_SECTION, previous.text) == "interaction"
    )


def _lead_end(text: str) -> int:
    """End offset of the interaction sub-heading phrase that opens a sentence ('Typical interaction surfaces')."""
    hits = word_phrase_hits(text, _interaction_runs())  # the paragraph's words, without a Doc when they allow
    if hits is not None:
        return max((hit.end for hit in hits if hit.first == 0), default=0)
    doc = nlp().make_doc(text)
    ends = [end for _, start, end in _interaction_matcher()(doc) if start == 0]
    if not ends:
        return 0
    last = doc[max(ends) - 1]
    return last.idx + len(last)


def _interaction_phrases() -> dict[str, list[str]]:
    """The interaction sub-heading wordings (shared with sub-heading detection)."""
    return {"INTERACTION": load_vocab("subheadings.json")[_SECTION]["interaction"]}


@lru_cache(maxsize=1)
def _interaction_matcher() -> PhraseMatcher:
    return phrase_matcher(_interaction_phrases())


@lru_cache(maxsize=1)
def _interaction_runs() -> PhraseRuns:
    return phrase_runs(_interaction_phrases())
